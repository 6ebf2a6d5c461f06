"""A municipal site's CMS page whose steps tables were typed in the TinyMCE editor, with AN
EMPTY ROW BETWEEN TWO STEPS AND AFTER THE LAST (sixty-first held-out set,
``plan_html_nbsprows``): TinyMCE writes ``<table border="1" style="border-collapse: collapse;
width: 100%">`` with a ``<tbody>`` only — the labels a first row of ``<strong>`` cells on
#CED4D9, printed once —, automatic layout with the editor's widths on the first row's cells,
and the editor typed a row of six ``&nbsp;`` cells after every step for air (bordered as the
others, one line high).

The seed flows as ``plan_html_inlabel``'s page, the fields a ``table.kv``. Only the layout
comes from here: every value is the seed's (the empty rows are no step).
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, _h, _kv_fields
from tests.generators.seed001 import Block, _paragraphs
from tests.generators.site_body import flowing_css

_CSS = (
    flowing_css("15mm", "#222222")
    + """\
table.mce { margin: 4px 0 10px; }
table.mce td { border: 1px solid #999999; padding: 3px 5px; font-size: 8.5pt;
  vertical-align: top; text-align: left; }
"""
)

_WIDTHS = (16, 36, 12, 13, 11, 12)
_LABEL_FILL = "#ced4d9"


def _cell(value: str) -> str:
    return "<br>".join(_h(p) for p in _paragraphs(value))


def _impl(block: Block) -> list[str]:
    out = ['<table class="mce" style="border-collapse: collapse; width: 100%;" border="1">']
    out.append("<tbody>")
    head = "".join(
        f'<td style="width: {w}%; background-color: {_LABEL_FILL};"><strong>{_h(label)}'
        "</strong></td>"
        for w, label in zip(_WIDTHS, block.header, strict=True)
    )
    out.append(f"<tr>{head}</tr>")
    empty = "<tr>" + "<td>&nbsp;</td>" * len(block.header) + "</tr>"
    for row in block.rows:
        cells = []
        for c in range(len(block.header)):
            value = _cell(row[c] if c < len(row) else "")
            if c == 0 and value:
                value = f"<strong>{value}</strong>"
            cells.append(f"<td>{value}</td>")
        out.append("<tr>" + "".join(cells) + "</tr>")
        out.append(empty)  # the editor's empty row, after every step
    out.append("</tbody></table>")
    return out


def plan_html_nbsprows() -> str:
    """The seed as a CMS page whose steps tables hold an empty row after every step."""
    return _flowing_page(_CSS, _kv_fields, _impl)
