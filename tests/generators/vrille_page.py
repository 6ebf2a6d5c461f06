"""A town's page whose theme TURNS EVERY STEPS HEADER LABEL A QUARTER TURN (two-hundred-and-
thirty-fourth held-out set, ``plan_html_vrille``): ``plan_html_inlabel``'s page
(:func:`tests.generators.site_body.etapes_page` on ``ETAPES_PAGE_CSS``: the fields a
``table.kv``, each steps table a ``table.etapes`` of 16 / 38 / 11 / 12 / 11 / 12 %, its
``<thead>`` repeated) unchanged but for the « vertical table headers » recipe web designers
use for narrow columns (:data:`TURNED_CSS`): each ``<th>``'s label in a ``<span>`` of
``writing-mode: vertical-rl; transform: rotate(180deg)``, one line reading bottom to top,
centred at the header cell's foot. Printed by headless Chromium as the other pages.

Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, _h, th_fields
from tests.generators.seed001 import Block
from tests.generators.site_body import ETAPES_PAGE_CSS, br_paragraphs, etapes_table

TURNED_CSS = """\
table.etapes thead th { vertical-align: bottom; text-align: center; }
table.etapes thead th > span.tourne { writing-mode: vertical-rl; transform: rotate(180deg);
  white-space: nowrap; display: inline-block; }
"""


def _turned(label: str) -> str:
    """A header label as one line turned to read bottom to top."""
    return f"<span class='tourne'>{_h(label)}</span>"


def _steps(block: Block) -> list[str]:
    """``etapes_page``'s steps table, its header labels turned."""
    return etapes_table(block, cell=lambda c, label, text: br_paragraphs(text), head_label=_turned)


def plan_html_vrille() -> str:
    """The seed as ``plan_html_inlabel``'s page, every steps header label turned."""
    return _flowing_page(
        ETAPES_PAGE_CSS + TURNED_CSS, lambda block: th_fields(block, td=br_paragraphs), _steps
    )


__all__ = ["TURNED_CSS", "plan_html_vrille"]
