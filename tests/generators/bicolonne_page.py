"""A CMS page whose « Descriptif » field formatter wraps every long-text value in a
``div.texte-long`` that the theme sets in TWO COLUMNS (hundred-and-fifteenth held-out set,
``plan_html_bicolonne``): a rule meant for wide screens that also applies where the steps
tables print that field inside their cells, so a description runs down the left half of its
cell and on down the right half, the halves' lines side by side.

The seed flows as ``plan_html_inlabel``'s page, the fields a ``table.kv``; the steps tables
are ``table.etapes`` (thin full grid) on wider description columns. Only the layout comes
from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, _h, _kv_fields
from tests.generators.seed001 import Block, _paragraphs
from tests.generators.site_body import ETAPES_PAGE_CSS, br_paragraphs, steps_table

WIDTHS = (13, 46, 9, 10, 9, 13)  # %, the seed's six columns
DESCRIPTIF = 1  # the column whose values the field formatter wraps

_CSS = (
    ETAPES_PAGE_CSS
    + """\
div.texte-long { column-count: 2; column-gap: 4mm; }
div.texte-long p { margin: 0 0 3px; }
"""
)


def _cell(c: int, label: str, value: str) -> str:
    """A description's paragraphs as ``<p>`` in a two-column ``div.texte-long``, the other
    values bare (``<br>`` lines)."""
    if c == DESCRIPTIF and value:
        paragraphs = "".join(f"<p>{_h(p)}</p>" for p in _paragraphs(value))
        return f"<div class='texte-long'>{paragraphs}</div>"
    return br_paragraphs(value)


def _impl(block: Block) -> list[str]:
    return steps_table(block, "etapes", WIDTHS, _cell)


def plan_html_bicolonne() -> str:
    """The seed as a CMS page whose steps descriptions are set in two columns in their
    cells."""
    return _flowing_page(_CSS, _kv_fields, _impl)
