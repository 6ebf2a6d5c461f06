"""A fiche-action template that ends every steps table with its « CIRCUIT DE VALIDATION »
(hundred-and-sixth held-out set, ``plan_docx_circuit``): the visa table the agents fill in
and sign, 2 pt under the steps table (the empty paragraph between them set in
:data:`GAP_PT` pt), 17 cm wide in the same black grid, four columns :data:`WIDTHS_CM`, a grey
bold header row like the steps header's (not repeated), then the « Nom et fonction »,
« Date » and empty « Visa » rows of :data:`ROWS` (the « Visa » row at least
:data:`VISA_HEIGHT_CM` cm high). The steps table ``plan_docx_confidentiel``'s.

Only the layout comes from here: every value is the seed's (the validation table is not).
"""

from __future__ import annotations

from tests.generators.docx_echo import HEAD_FILL, headed_grid, step_cells
from tests.generators.docx_echo import WIDTHS_CM as STEP_WIDTHS_CM
from tests.generators.docx_narrowstep import _grid
from tests.generators.plan_docx import _cell_text, _fixed_widths, _shade
from tests.generators.seed001 import Block

GAP_PT = 2
WIDTHS_CM = (3.2, 4.6, 4.6, 4.6)  # 17.0 cm
HEAD = ("Circuit de validation", "Rédaction", "Vérification", "Approbation")
ROWS = (
    (
        "Nom et fonction",
        "Chargée de mission Plan Climat",
        "Directeur du pôle Aménagement durable",
        "Vice-président délégué à la transition écologique",
    ),
    ("Date", "14/02/2024", "21/02/2024", "28/03/2024"),
    ("Visa", "", "", ""),
)
VISA_HEIGHT_CM = 1.2


def _gap(doc: object) -> None:
    """An empty paragraph in ``GAP_PT`` pt type, ``GAP_PT`` pt exact line spacing, no space
    before or after."""
    from docx.enum.text import WD_LINE_SPACING
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    par = doc.add_paragraph()  # type: ignore[attr-defined]
    fmt = par.paragraph_format
    fmt.space_before = fmt.space_after = Pt(0)
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.line_spacing = Pt(GAP_PT)
    r_pr = OxmlElement("w:rPr")  # the paragraph mark's size
    size = OxmlElement("w:sz")
    size.set(qn("w:val"), str(2 * GAP_PT))
    r_pr.append(size)
    par._p.get_or_add_pPr().append(r_pr)


def validation_table(doc: object) -> None:
    """The « Circuit de validation » table, then an empty paragraph without space after."""
    from docx.enum.table import WD_ROW_HEIGHT_RULE
    from docx.shared import Cm, Pt

    table = doc.add_table(rows=1 + len(ROWS), cols=len(HEAD))  # type: ignore[attr-defined]
    _grid(table)
    for c, label in enumerate(HEAD):
        _cell_text(table.cell(0, c), label, bold=True, size=9)
        _shade(table.cell(0, c), HEAD_FILL)
    for r, row in enumerate(ROWS, start=1):
        for c, value in enumerate(row):
            _cell_text(table.cell(r, c), value, bold=c == 0, size=9)
    visa = table.rows[len(ROWS)]
    visa.height = Cm(VISA_HEIGHT_CM)
    visa.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
    _fixed_widths(table, WIDTHS_CM)
    doc.add_paragraph().paragraph_format.space_after = Pt(0)  # type: ignore[attr-defined]


def circuit_impl(doc: object, block: Block) -> None:
    """The steps table (``confidentiel``'s: header repeated, black grid), the 2 pt gap, the
    validation table."""
    table = headed_grid(doc, len(block.rows), block.header)
    for r, row in enumerate(block.rows, start=1):
        step_cells(table, r, row, len(block.header))
    _fixed_widths(table, STEP_WIDTHS_CM)
    _gap(doc)
    validation_table(doc)
