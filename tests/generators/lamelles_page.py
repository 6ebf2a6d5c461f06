"""A WordPress (Gutenberg) page whose agent HIGHLIGHTED EVERY STEPS VALUE with the block
editor's « Surligner » format, on a theme whose ``mark`` rule pads, rounds and clones the
highlight on every line (hundred-and-seventy-third held-out set, ``plan_html_lamelles``):
each steps table a ``table.lamelles`` without any rule, its ``<thead>`` labels white on navy,
each paragraph of each value one ``<mark style="background-color:#E3EEF9"
class="has-inline-color">`` (:func:`marked`) under ``box-decoration-break: clone`` and a 1.9
line height — so Chromium prints EVERY LINE OF EVERY VALUE AS ITS OWN ROUNDED PALE BLUE PILL,
the pills of a cell apart by white gaps.

Everything else flows as ``plan_html_inlabel``'s page (:func:`tests.generators.plan_html.
_flowing_page` on ``ETAPES_PAGE_CSS``, the fields a ``table.kv``). Only the layout comes
from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, _h, th_fields
from tests.generators.seed001 import Block, _paragraphs
from tests.generators.site_body import ETAPES_PAGE_CSS, br_paragraphs, steps_table

WIDTHS = (16, 38, 11, 12, 11, 12)  # % of the table's width, by column
HIGHLIGHT = "#E3EEF9"  # the colour the agent picked in « Surligner »
NAVY = "#003B71"

_CSS = (
    ETAPES_PAGE_CSS
    + f"""\
table.lamelles {{ width: 100%; table-layout: fixed; border-collapse: collapse;
  margin: 4px 0 12px; }}
table.lamelles th {{ background: {NAVY}; color: #FFFFFF; font-weight: bold; font-size: 8.5pt;
  text-align: left; vertical-align: bottom; padding: 4px 5px; border: 0; }}
table.lamelles td {{ font-size: 8.5pt; line-height: 1.9; vertical-align: top; text-align: left;
  padding: 3px 4px 5px; border: 0; }}
mark {{ color: #1E1E1E; padding: 0.15em 0.4em; border-radius: 3px;
  -webkit-box-decoration-break: clone; box-decoration-break: clone; }}
"""
)


def marked(value: str, bold: bool = False) -> str:
    """A value's paragraphs, each one Gutenberg highlight, ``<br>`` between them; an empty
    value nothing."""
    out = []
    for paragraph in _paragraphs(value):
        text = f"<strong>{_h(paragraph)}</strong>" if bold else _h(paragraph)
        out.append(
            f"<mark style='background-color:{HIGHLIGHT}' class='has-inline-color'>{text}</mark>"
        )
    return "<br>".join(out)


def lamelles(block: Block) -> list[str]:
    """A fiche's steps: the labels row, then a row a step, every value highlighted."""
    return steps_table(block, "lamelles", WIDTHS, lambda c, label, value: marked(value, c == 0))


def plan_html_lamelles() -> str:
    """The seed as the Gutenberg page, every steps value highlighted line by line."""
    return _flowing_page(_CSS, lambda block: th_fields(block, td=br_paragraphs), lamelles)
