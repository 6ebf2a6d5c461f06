"""A CMS page whose editor writes each steps table FIXED-LAYOUT IN SIX EQUAL COLUMNS, in
11 pt type, under a theme that never breaks a word (hundred-and-ninth held-out set,
``plan_html_chevauche``): ``table-layout: fixed`` and six ``<col style="width: 16.6667%">``
as the rich-text editor's table tool writes them, ``overflow-wrap: normal``, ``word-break:
normal``, ``hyphens: manual``, ``overflow: visible``; so a word wider than its 30 mm column
stays whole on its line and RUNS OUT OF ITS CELL TO THE RIGHT, printed over the beginning of
the next cell's text (the last column's past the table's right rule, into the margin).

The seed flows as ``plan_html_inlabel``'s page (``table.kv`` fields). Only the layout comes
from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, _h, _kv_fields
from tests.generators.seed001 import Block
from tests.generators.site_body import br_paragraphs, flowing_css

COLUMN = "16.6667%"  # the editor's six equal columns

_CSS = (
    flowing_css("15mm", "#1E1E1E")
    + """\
table.editeur { width: 100%; table-layout: fixed; border-collapse: collapse;
  margin: 4px 0 12px; }
table.editeur th, table.editeur td { border: 1px solid #A6A6A6; padding: 4px 6px;
  font-size: 11pt; vertical-align: top; text-align: left; overflow: visible;
  overflow-wrap: normal; word-break: normal; hyphens: manual; }
table.editeur th { background: #F2F2F2; font-weight: bold; }
table.editeur td.etape { font-weight: bold; }
"""
)


def editeur_table(block: Block) -> list[str]:
    """A fiche's steps as the editor's ``table.editeur``: six equal ``<col>``, the labels a
    ``<thead>`` row, a row a step (the name ``td.etape``), a value's paragraphs
    ``<br>``-separated lines."""
    n = len(block.header)
    out = [
        "<table class='editeur'>",
        "<colgroup>" + f"<col style='width: {COLUMN}'>" * n + "</colgroup>",
        "<thead><tr>" + "".join(f"<th>{_h(label)}</th>" for label in block.header),
        "</tr></thead><tbody>",
    ]
    for row in block.rows:
        values = [row[c] if c < len(row) else "" for c in range(n)]
        cells = [
            ("<td class='etape'>" if c == 0 else "<td>") + br_paragraphs(v) + "</td>"
            for c, v in enumerate(values)
        ]
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</tbody></table>")
    return out


def plan_html_chevauche() -> str:
    """The seed as a site page whose fixed equal-column steps tables let long words overflow."""
    return _flowing_page(_CSS, _kv_fields, editeur_table)
