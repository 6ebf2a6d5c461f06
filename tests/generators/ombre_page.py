"""A municipal mobile site's page built on JQUERY MOBILE 1.3, whose default « c » swatch
gives every text an « embossed » WHITE TEXT SHADOW (sixty-ninth held-out set,
``plan_html_ombre``): ``.ui-body-c { background: #F9F9F9; color: #333333; text-shadow: 0 1px
0 #FFFFFF; }`` on the whole page, which Chromium prints by drawing every text run twice, its
white shadow 1 px lower as a text object of its own, then the text over it.

The seed flows as ``plan_html_inlabel``'s page, the fields a ``table.kv``, each steps table a
``table.etapes`` (:data:`tests.generators.site_body.ETAPES_CSS`: thin full grid, ``<thead>``
repeated). Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, _kv_fields
from tests.generators.seed001 import Block
from tests.generators.site_body import ETAPES_CSS, br_paragraphs, flowing_css, steps_table

_CSS = (
    flowing_css("15mm", "#333333")
    + ETAPES_CSS
    + """\
body.ui-body-c { background: #F9F9F9; color: #333333; text-shadow: 0 1px 0 #FFFFFF; }
"""
)

_WIDTHS = (16, 38, 11, 12, 11, 12)


def _impl(block: Block) -> list[str]:
    return steps_table(block, "etapes", _WIDTHS, lambda c, label, value: br_paragraphs(value))


def plan_html_ombre() -> str:
    """The seed as a jQuery Mobile page whose every text has a white shadow."""
    page = _flowing_page(_CSS, _kv_fields, _impl)
    return page.replace("</head><body>", "</head><body class='ui-body-c'>", 1)
