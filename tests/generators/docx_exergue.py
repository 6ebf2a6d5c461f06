"""Step names « MISES EN EXERGUE » WITH A HEADING STYLE (hundred-and-eighteenth held-out set,
``plan_docx_exergue``): as agents do who want every step to stand out and to show in Word's
navigation pane, each steps row's first cell holds the step name in a paragraph of Word's
built-in « Heading 4 » (« Titre 4 ») style (outline level 4, keep with next), its run
Liberation Sans 10.5 pt bold, not italic, #2F5496, the paragraph 4 pt before and 2 pt after;
the row's other five cells 9 pt Normal. The steps tables are ``plan_docx_vignette``'s
(``plan_docx_echo``'s without its footer row); ``plan_docx_narrowstep``'s document otherwise.

Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.docx_echo import close_table, headed_grid, step_cells
from tests.generators.seed001 import Block, _paragraphs

HEADING_STYLE = "Heading 4"
HEADING_COLOUR = "2F5496"
HEADING_SIZE = 10.5  # pt
BEFORE, AFTER = 4, 2  # pt, the heading paragraph's spacing


def heading_name(cell: object, name: str) -> None:
    """``cell`` emptied and given ``name`` as « Heading 4 » paragraphs (one a seed paragraph)."""
    from docx.shared import Pt, RGBColor

    first = cell.paragraphs[0]  # type: ignore[attr-defined]
    for run in list(first.runs):
        run._r.getparent().remove(run._r)
    for index, part in enumerate(_paragraphs(name) or [""]):
        par = first if index == 0 else cell.add_paragraph()  # type: ignore[attr-defined]
        par.style = HEADING_STYLE
        par.paragraph_format.space_before = Pt(BEFORE)
        par.paragraph_format.space_after = Pt(AFTER)
        run = par.add_run(part)
        run.bold, run.italic = True, False
        run.font.name, run.font.size = "Liberation Sans", Pt(HEADING_SIZE)
        run.font.color.rgb = RGBColor.from_string(HEADING_COLOUR)


def exergue_impl(doc: object, block: Block) -> None:
    """The steps table (``vignette``'s), every step name a « Heading 4 » paragraph, then an
    empty paragraph without space after."""
    table = headed_grid(doc, len(block.rows), block.header)
    for r, row in enumerate(block.rows, start=1):
        step_cells(table, r, row, len(block.header))
        heading_name(table.cell(r, 0), row[0] if row else "")  # type: ignore[attr-defined]
    close_table(doc, table)
