"""A municipal site whose theme marks key words with a FELT-PEN HIGHLIGHTER
(hundred-and-seventy-eighth held-out set, ``plan_html_feutre``): every step name and every
« Planification » value in a ``<span class="feutre">`` (:func:`_cell`) painted, line by
line (``box-decoration-break: clone``), with a yellow band under the lower
:data:`BAND_PERCENT` % of each line (``linear-gradient(transparent …, BAND …)``, :data:`_CSS`).

Each steps table a ``table.feutre`` (:func:`feutre`): fixed columns of :data:`WIDTHS`, a
thin grey full grid, the labels bold on a pale fill in a repeated ``<thead>``. Everything
else flows as ``plan_html_romaine``'s page (:func:`tests.generators.plan_html._flowing_page`
on ``ETAPES_PAGE_CSS``, the fields ``<th>`` labels beside ``<td>`` values). Only the layout
comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, th_fields
from tests.generators.seed001 import Block
from tests.generators.site_body import ETAPES_PAGE_CSS, br_paragraphs, steps_table

WIDTHS = (16, 38, 11, 12, 11, 12)  # %, the steps columns
BAND = "#FFE27A"  # the highlighter's yellow
BAND_PERCENT = 45  # the band's share of a line, from its foot
MARKED = (0, 2)  # the columns marked: « Etape » and « Planification »

_CSS = (
    ETAPES_PAGE_CSS
    + f"""\
table.feutre {{ width: 100%; table-layout: fixed; border-collapse: collapse;
  margin: 4px 0 10px; }}
table.feutre th, table.feutre td {{ border: 1px solid #BFBFBF; padding: 3px 5px;
  font-size: 8.5pt; vertical-align: top; text-align: left; }}
table.feutre th {{ background: #F2F2F2; font-weight: bold; }}
table.feutre td.etape {{ font-weight: bold; }}
span.feutre {{ background: linear-gradient(180deg, transparent {100 - BAND_PERCENT}%,
  {BAND} {100 - BAND_PERCENT}%); padding: 0 2px;
  -webkit-box-decoration-break: clone; box-decoration-break: clone; }}
"""
)


def _cell(column: int, label: str, value: str) -> str:
    """A step value, its paragraphs ``<br>``-separated; the step name and the planning on
    the highlighter's band."""
    text = br_paragraphs(value)
    if column == 0 and text:
        return f"<strong><span class='feutre'>{text}</span></strong>"
    if column in MARKED and text:
        return f"<span class='feutre'>{text}</span>"
    return text


def feutre(block: Block) -> list[str]:
    """A fiche's steps as a ``table.feutre``."""
    return steps_table(block, "feutre", WIDTHS, _cell)


def plan_html_feutre() -> str:
    """The seed as the site's page, step names and plannings highlighted."""
    return _flowing_page(_CSS, lambda block: th_fields(block, td=br_paragraphs), feutre)


__all__ = ["BAND", "WIDTHS", "feutre", "plan_html_feutre"]
