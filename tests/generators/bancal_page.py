"""A CMS « vue liste » whose records template writes EACH STEP AS A ``<table>`` OF ITS OWN
(hundred-and-forty-fifth held-out set, ``plan_html_bancal``): the steps header a one-row
``table.etape`` of ``<th>``, then one one-row ``table.etape`` a step, every one 100 % wide,
``table-layout: auto``, no ``<col>`` nor width, so the browser sizes each table's columns by
its own content and THE COLUMNS DO NOT LINE UP from one row to the next; the tables stacked
with no gap (each top rule over the previous bottom rule). The fields one ``table.fiche``.

The seed flows as ``plan_html_inlabel``'s page (:func:`tests.generators.site_body.flowing_css`).
Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, _h
from tests.generators.seed001 import Block
from tests.generators.site_body import br_paragraphs, flowing_css

RULE = "1px solid #999999"

_CSS = flowing_css("15mm", "#1E1E1E") + (
    "table.fiche, table.etape { width: 100%; table-layout: auto; border-collapse: collapse;"
    " margin: 0; }"
    f" table.fiche th, table.fiche td, table.etape th, table.etape td {{ border: {RULE};"
    " padding: 4px 6px; vertical-align: top; text-align: left; }"
    " table.fiche th, table.etape th { background: #EEEEEE; font-weight: bold; }"
    " table.fiche th { width: 25%; }"
    " table.etape + table.etape { margin-top: -1px; }"
    " table.fiche, table.etape.last { margin-bottom: 8px; }"
)


def _fields(block: Block) -> list[str]:
    """The fields: one table, a row per field."""
    out = ["<table class='fiche'>"]
    for label, value in block.fields:
        out.append(f"<tr><th>{_h(label)}</th><td>{br_paragraphs(value)}</td></tr>")
    out.append("</table>")
    return out


def _steps(block: Block) -> list[str]:
    """The steps: a one-row table of the labels, then a one-row table a step."""
    n_cols = len(block.header)
    head = "".join(f"<th>{_h(label)}</th>" for label in block.header)
    out = [f"<table class='etape'><tr>{head}</tr></table>"]
    for index, row in enumerate(block.rows):
        values = [row[c] if c < len(row) else "" for c in range(n_cols)]
        cells = [f"<td><b>{br_paragraphs(values[0])}</b></td>"]
        cells += [f"<td>{br_paragraphs(v)}</td>" for v in values[1:]]
        last = " last" if index == len(block.rows) - 1 else ""
        out.append(f"<table class='etape{last}'><tr>" + "".join(cells) + "</tr></table>")
    return out


def plan_html_bancal() -> str:
    """The seed as a CMS list view, each step a table of its own."""
    return _flowing_page(_CSS, _fields, _steps)
