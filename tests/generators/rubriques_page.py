"""A FORM BACK-OFFICE's « version imprimable » printed from the browser (hundred-and-forty-
first held-out set, ``plan_html_rubriques``): each fiche's fields in an untitled
``<fieldset>`` frame, every field a bold label over its value in a read-only INPUT-LIKE BOX
(an empty value an empty box); the steps ``table.etapes`` in a second ``<fieldset>`` whose
``<legend>`` « Modalités de mise en oeuvre » sits on the frame's top rule, breaking it;
``<thead>`` repeated.

The seed flows as :func:`tests.generators.plan_html._flowing_page` writes it, the
« Modalités de mise en oeuvre » heading left to the legend. Only the layout comes from here:
every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, _h
from tests.generators.seed001 import IMPL_TITLE, Block
from tests.generators.site_body import br_paragraphs

WIDTHS = (16, 36, 11, 12, 11, 14)  # %, the six seed columns
FRAME = "#9AA5B1"

_CSS = f"""
@page {{ size: A4; margin: 15mm; }}
body {{ font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9pt; color: #222222;
  margin: 0; }}
h1 {{ font-size: 15pt; font-weight: bold; margin: 14px 0 6px; }}
h2 {{ font-size: 12pt; font-weight: bold; margin: 12px 0 5px; }}
h3 {{ font-size: 10.5pt; font-weight: bold; color: #1F4E79; margin: 10px 0 4px; }}
p {{ margin: 0.35em 0; }}
table.summary td {{ padding: 1px 6px 1px 0; }}
fieldset {{ border: 1px solid {FRAME}; border-radius: 4px; padding: 4px 8px 6px;
  margin: 6px 0; min-width: 0; }}
legend {{ font-size: 9.5pt; font-weight: bold; color: #1F4E79; padding: 0 4px; }}
div.champ {{ margin: 0 0 5px; }}
div.champ label {{ display: block; font-size: 8.5pt; font-weight: bold; color: #4A5561;
  margin: 0 0 1px; }}
div.valeur {{ border: 1px solid #CED4DA; border-radius: 3px; background: #F8F9FA;
  padding: 3px 5px; min-height: 12px; }}
table.etapes {{ width: 100%; border-collapse: collapse; }}
table.etapes th, table.etapes td {{ border: 1px solid #B8C2CC; padding: 3px 4px;
  vertical-align: top; text-align: left; }}
table.etapes th {{ background: #E9EEF3; font-weight: bold; }}
thead {{ display: table-header-group; }}
"""


def _fields(block: Block) -> list[str]:
    """The fields as the form's first group: a bold label over a read-only box a field."""
    out = ["<fieldset>"]
    for label, value in block.fields:
        out.append(
            f"<div class='champ'><label>{_h(label)}</label>"
            f"<div class='valeur'>{br_paragraphs(value)}</div></div>"
        )
    out.append("</fieldset>")
    return out


def _steps(block: Block) -> list[str]:
    """The steps as the form's second group: the legend on the frame, the table inside."""
    out = [
        f"<fieldset><legend>{_h(IMPL_TITLE)}</legend>",
        "<table class='etapes'><colgroup>",
        *(f"<col style='width:{w}%'>" for w in WIDTHS),
        "</colgroup><thead><tr>",
        *(f"<th>{_h(label)}</th>" for label in block.header),
        "</tr></thead><tbody>",
    ]
    for row in block.rows:
        values = [row[c] if c < len(row) else "" for c in range(len(block.header))]
        cells = [f"<td><b>{br_paragraphs(values[0])}</b></td>"]
        cells += [f"<td>{br_paragraphs(v)}</td>" for v in values[1:]]
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</tbody></table></fieldset>")
    return out


def plan_html_rubriques() -> str:
    """The seed as the form back-office's printable version."""
    return _flowing_page(_CSS, _fields, _steps, impl_heading=False)
