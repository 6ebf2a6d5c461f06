"""A CMS page whose display template PRINTS A PLACEHOLDER FOR EVERY EMPTY FIELD
(hundred-and-nineteenth held-out set, ``plan_html_nonrenseigne``): ``plan_html_inlabel``'s
page — the fields a ``table.kv``, each steps table a ``table.etapes`` — but every empty value,
in a fields table or a steps cell, holds ``<span class="nr">Non renseigné</span>`` (not in the
seed), italic grey #8A8A8A, the size of the cell's text, where the value would start.

Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, _p_paragraphs, th_fields
from tests.generators.site_body import ETAPES_PAGE_CSS, br_paragraphs, etapes_table

PLACEHOLDER = "<span class='nr'>Non renseigné</span>"

_CSS = (
    ETAPES_PAGE_CSS
    + """\
span.nr { font-style: italic; color: #8A8A8A; }
"""
)


def _field(value: str) -> str:
    """A fields value's paragraphs as ``<p>``, or the placeholder."""
    return _p_paragraphs(value) or PLACEHOLDER


def _step(c: int, label: str, value: str) -> str:
    """A steps value's paragraphs one a line, or the placeholder."""
    return br_paragraphs(value) or PLACEHOLDER


def plan_html_nonrenseigne() -> str:
    """The seed as a CMS page printing « Non renseigné » in every empty value."""
    return _flowing_page(
        _CSS,
        lambda block: th_fields(block, td=_field),
        lambda block: etapes_table(block, cell=_step),
    )
