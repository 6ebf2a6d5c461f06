"""A plan made from an agglomeration's Word template whose « charte graphique » styles carry
CHARACTER SPACING (fortieth held-out set, ``plan_docx_letterspaced``): Word « Police ›
Paramètres avancés › Espacement », ``w:spacing`` in twentieths of a point on the runs, every
character's advance widened (« Étendu ») or narrowed (« Condensé »). Fiche headings, field
labels and the steps header labels spread apart; field values and step cells condensed.

Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_docx import (
    _cell_text,
    _fixed_widths,
    _grid_borders,
    _repeat_header,
    _shade,
)
from tests.generators.seed001 import Block

GRID = "A6A6A6"
LABEL_FILL = "F2F2F2"
DARK = "1F4E79"
FIELD_WIDTHS_CM = (4.5, 12.5)
STEP_WIDTHS_CM = (2.8, 5.0, 2.4, 2.6, 2.0, 2.2)  # 17.0 cm
HEADING = 30  # « Étendu de 1,5 pt », twentieths of a point
LABEL = 20  # « Étendu de 1 pt »
HEADER = 40  # « Étendu de 2 pt »
BODY = -10  # « Condensé de 0,5 pt »
# the run properties that follow ``w:spacing`` in the schema's sequence
_AFTER_SPACING = (
    "w",
    "kern",
    "position",
    "sz",
    "szCs",
    "highlight",
    "u",
    "effect",
    "bdr",
    "shd",
    "fitText",
    "vertAlign",
    "rtl",
    "cs",
    "em",
    "lang",
    "eastAsianLayout",
    "specVanish",
)


def spaced(runs: object, twentieths: int) -> None:
    """``w:spacing`` on each run's properties: the character spacing Word's font dialog sets."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    later = {qn(f"w:{tag}") for tag in _AFTER_SPACING}
    for run in runs:  # type: ignore[attr-defined]
        r_pr = run._r.get_or_add_rPr()
        el = OxmlElement("w:spacing")
        el.set(qn("w:val"), str(twentieths))
        successor = next((child for child in r_pr if child.tag in later), None)
        if successor is None:
            r_pr.append(el)
        else:  # the schema's order: spacing before w, kern, position, sz…
            successor.addprevious(el)


def _cell_runs(cell: object) -> list[object]:
    return [run for par in cell.paragraphs for run in par.runs]  # type: ignore[attr-defined]


def letterspaced_fields(doc: object, fields: list[tuple[str, str]]) -> None:
    """A 2-column table 17 cm wide: bold dark-blue labels « Étendu de 1 pt » on light grey,
    values « Condensé de 0,5 pt », 9.5 pt, a thin grey full grid."""
    from docx.shared import RGBColor

    table = doc.add_table(rows=len(fields), cols=2)  # type: ignore[attr-defined]
    _grid_borders(table, GRID)
    for r, (label, value) in enumerate(fields):
        head, body = table.cell(r, 0), table.cell(r, 1)
        _cell_text(head, label, bold=True, size=9.5)
        for run in _cell_runs(head):
            run.font.color.rgb = RGBColor.from_string(DARK)  # type: ignore[attr-defined]
        spaced(_cell_runs(head), LABEL)
        _shade(head, LABEL_FILL)
        _cell_text(body, value, size=9.5)
        spaced(_cell_runs(body), BODY)
    _fixed_widths(table, FIELD_WIDTHS_CM)


def letterspaced_impl(doc: object, block: Block) -> None:
    """The steps table: six seed columns, labels bold white on dark blue « Étendu de 2 pt »,
    header repeated, cells « Condensé de 0,5 pt », a thin grey full grid."""
    from docx.shared import Pt, RGBColor

    table = doc.add_table(rows=1 + len(block.rows), cols=6)  # type: ignore[attr-defined]
    _grid_borders(table, GRID)
    for c, label in enumerate(block.header):
        cell = table.cell(0, c)
        _cell_text(cell, label, bold=True, size=8.5)
        for run in _cell_runs(cell):
            run.font.color.rgb = RGBColor.from_string("FFFFFF")  # type: ignore[attr-defined]
        spaced(_cell_runs(cell), HEADER)
        _shade(cell, DARK)
    _repeat_header(table.rows[0])
    for r, row in enumerate(block.rows, start=1):
        for c in range(len(block.header)):
            cell = table.cell(r, c)
            _cell_text(cell, row[c] if c < len(row) else "", size=9)
            spaced(_cell_runs(cell), BODY)
    _fixed_widths(table, STEP_WIDTHS_CM)
    doc.add_paragraph().paragraph_format.space_after = Pt(0)  # type: ignore[attr-defined]
