"""A partners' extranet whose fiche pages are rendered from a database by a template engine
(ninety-second held-out set, ``plan_html_prewrap``), printed from the browser: the steps
``table.fiche`` prints its body cells with ``white-space: pre-wrap`` (so that the line breaks
typed in a text field print) AND WITH THE TEMPLATE'S OWN WHITE SPACE around each value — a
newline and 12 spaces before it, a newline and 10 spaces after it —: each cell a blank first
line, the value's first paragraph indented by the spaces, its later paragraphs flush left,
a blank last line.

The seed flows as ``plan_html_disclose``'s page, the fields a ``table.kv``. Only the layout
comes from here: every value is the seed's (the white space is not).
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, _h, _kv_fields
from tests.generators.seed001 import Block, _paragraphs
from tests.generators.site_body import flowing_css, steps_table_open

_CSS = (
    flowing_css("15mm", "#1E1E1E")
    + """\
table.fiche { width: 100%; table-layout: fixed; border-collapse: collapse;
  margin: 4px 0 10px; }
table.fiche th, table.fiche td { border: 1px solid #C8C8C8; padding: 3px 5px;
  font-size: 8.5pt; vertical-align: top; text-align: left; }
table.fiche th { background: #EEF2F5; font-weight: bold; white-space: normal; }
table.fiche td { white-space: pre-wrap; }
table.fiche td.etape { font-weight: bold; }
"""
)

_WIDTHS = (16, 38, 11, 12, 11, 12)
BEFORE = "\n" + " " * 12  # the template's newline and indent before a value
AFTER = "\n" + " " * 10  # and after it, before ``</td>``


def template_cell(value: str, css_class: str = "") -> str:
    """A body cell as the template writes it: its white space around the value, the value's
    paragraphs joined by newlines."""
    attr = f" class='{css_class}'" if css_class else ""
    text = "\n".join(_h(p) for p in _paragraphs(value))
    return f"<td{attr}>{BEFORE}{text}{AFTER}</td>"


def _impl(block: Block) -> list[str]:
    head = "".join(f"<th>{_h(label)}</th>" for label in block.header)
    out = steps_table_open("fiche", _WIDTHS, head)
    for row in block.rows:
        values = [row[c] if c < len(row) else "" for c in range(len(block.header))]
        cells = "".join(template_cell(v, "etape" if c == 0 else "") for c, v in enumerate(values))
        out.append(f"<tr>{cells}</tr>")
    out.append("</tbody></table>")
    return out


def plan_html_prewrap() -> str:
    """The seed as an extranet page whose steps cells keep their template's white space."""
    return _flowing_page(_CSS, _kv_fields, _impl)
