"""The plan as the EDIT VIEW of the agglomeration's project-tracking web application
(thirty-ninth held-out set, ``plan_html_editform``), printed by Chromium as a chargé de mission
prints the form he is filling in: every field value and every step cell inside a form control.

The fields are ``<textarea>`` boxes under their labels, sized to their text
(``field-sizing: content``); the steps a table whose cells are ``<textarea>`` boxes, the
planning a ``<select>`` showing its selected value, a seventh column of trash-icon buttons and
a « + Ajouter une étape » button under each table. Only the layout comes from here: every value
is the seed's.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.generators.plan_html import _h
from tests.generators.seed001 import Block, _paragraphs, load_seed
from tests.generators.site_body import page_head, site_body

TITLE = "Modifier le programme d'actions – Suivi PCAET"
NAVY = "#0D3B66"
BLUE = "#0D6EFD"
PLANNING = "Planification"
WIDTHS = (15, 31, 12, 12, 12, 13, 5)  # % of the table: six seed columns, the buttons

_TRASH = (
    '<svg width="12" height="12" viewBox="0 0 16 16" aria-hidden="true">'
    '<path fill="#DC3545" d="M5.5 5.5A.5.5 0 0 1 6 6v6a.5.5 0 0 1-1 0V6a.5.5 0 0 1 .5-.5m2.5 0'
    "a.5.5 0 0 1 .5.5v6a.5.5 0 0 1-1 0V6a.5.5 0 0 1 .5-.5m3 .5a.5.5 0 0 0-1 0v6a.5.5 0 0 0 1 0z"
    "M14.5 3a1 1 0 0 1-1 1H13v9a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V4h-.5a1 1 0 0 1-1-1V2a1 1 0 0 1"
    " 1-1H6a1 1 0 0 1 1-1h2a1 1 0 0 1 1 1h3.5a1 1 0 0 1 1 1zM4.118 4 4 4.059V13a1 1 0 0 0 1 1h6"
    'a1 1 0 0 0 1-1V4.059L11.882 4zM2.5 3h11V2h-11z"/></svg>'
)

_CSS = f"""
@page {{ size: A4; margin: 12mm; }}
html {{ font-family: Roboto, "Helvetica Neue", Arial, sans-serif; font-size: 9.5pt;
  color: #212529; line-height: 1.4; }}
body {{ margin: 0; }}
header.app {{ background: #F8F9FA; border-bottom: 1px solid #DEE2E6; padding: 6px 10px;
  margin: 0 0 10px; }}
header.app .nom {{ font-weight: bold; font-size: 11pt; color: {BLUE}; margin-right: 12px; }}
header.app .fil {{ font-size: 8.5pt; color: #6C757D; }}
h2 {{ font-size: 14pt; font-weight: bold; color: {NAVY}; margin: 14px 0 8px; }}
h3 {{ font-size: 11.5pt; font-weight: bold; margin: 12px 0 6px; }}
h3.fiche {{ font-size: 12pt; color: {NAVY}; border-bottom: 1px solid #DEE2E6;
  padding-bottom: 2px; margin: 18px 0 6px; }}
h4 {{ font-size: 10pt; font-weight: bold; margin: 10px 0 5px; }}
p {{ margin: 0 0 6px; }}
.champ label {{ display: block; font-weight: bold; font-size: 8pt; color: #495057;
  margin: 4px 0 2px; }}
textarea {{ field-sizing: content; display: block; width: 100%; box-sizing: border-box;
  min-height: 1.5em; margin: 0; font: inherit; font-size: 9pt; line-height: 1.35;
  color: #212529; background: #FFFFFF; border: 1px solid #CED4DA; border-radius: 4px;
  padding: 3px 6px; resize: vertical; }}
table.saisie {{ width: 100%; table-layout: fixed; border-collapse: collapse; margin: 0; }}
table.saisie th {{ font-weight: bold; font-size: 8pt; color: #495057; background: #E9ECEF;
  text-align: left; vertical-align: bottom; border: 1px solid #DEE2E6; padding: 3px; }}
table.saisie td {{ border: 1px solid #DEE2E6; padding: 3px; vertical-align: top; }}
table.saisie textarea {{ font-size: 8.5pt; padding: 2px 4px; }}
select.form-select {{ width: 100%; box-sizing: border-box; font: inherit; font-size: 8.5pt;
  color: #212529; background-color: #FFFFFF; border: 1px solid #CED4DA; border-radius: 4px;
  padding: 2px 2px; }}
button.suppr {{ width: 22px; height: 22px; padding: 0; background: #FFFFFF;
  border: 1px solid #DC3545; border-radius: 4px; line-height: 0; }}
button.ajout {{ margin: 4px 0 8px; font: inherit; font-size: 8.5pt; color: {BLUE};
  background: #FFFFFF; border: 1px solid {BLUE}; border-radius: 4px; padding: 2px 8px; }}
"""


def _value(value: str) -> str:
    """A value's paragraphs as a form control's text: joined by newline characters."""
    return "\n".join(_paragraphs(value))


def _textarea(value: str) -> str:
    return f"<textarea>{_h(_value(value))}</textarea>"


def _planning_options() -> list[str]:
    """Every distinct planning value of the plan, in order of first appearance."""
    seen: list[str] = []
    for block in load_seed():
        if block.kind != "impl" or PLANNING not in block.header:
            continue
        at = block.header.index(PLANNING)
        for row in block.rows:
            value = " ".join(_paragraphs(row[at] if at < len(row) else ""))
            if value and value not in seen:
                seen.append(value)
    return seen


def _select(value: str, options: list[str]) -> str:
    chosen = " ".join(_paragraphs(value))
    items = ['<option value=""></option>']
    items += [
        f"<option{' selected' if option == chosen else ''}>{_h(option)}</option>"
        for option in options
    ]
    return '<select class="form-select">' + "".join(items) + "</select>"


def _fields(block: Block) -> list[str]:
    return [
        f'<div class="champ"><label>{_h(label)}</label>{_textarea(value)}</div>'
        for label, value in block.fields
    ]


def _steps(options: list[str]) -> Callable[[Block], list[str]]:
    def steps(block: Block) -> list[str]:
        out = ['<table class="saisie">', "<colgroup>"]
        out += [f'<col style="width: {w}%">' for w in WIDTHS]
        out += ["</colgroup>", "<thead><tr>"]
        out += [f"<th>{_h(label)}</th>" for label in block.header]
        out += ["<th></th>", "</tr></thead>", "<tbody>"]
        for row in block.rows:
            cells = []
            for c, label in enumerate(block.header):
                value = row[c] if c < len(row) else ""
                control = _select(value, options) if label == PLANNING else _textarea(value)
                cells.append(f"<td>{control}</td>")
            cells.append(
                '<td><button type="button" class="suppr" aria-label="Supprimer l\'étape">'
                f"{_TRASH}</button></td>"
            )
            out.append("<tr>" + "".join(cells) + "</tr>")
        out += ["</tbody>", "</table>"]
        out.append('<button type="button" class="ajout">+ Ajouter une étape</button>')
        return out

    return steps


def plan_html_editform() -> str:
    """The edit view: the application's bar, then the seed as a form."""
    out = [
        *page_head(TITLE, _CSS),
        '<header class="app"><span class="nom">Suivi PCAET</span>'
        '<span class="fil">Programme d\'actions › Modifier</span></header>',
        "<main>",
        "<form>",
    ]
    out += site_body("h2", "h3", _fields, _steps(_planning_options()))
    out += ["</form>", "</main>", "</body>", "</html>"]
    return "\n".join(out)
