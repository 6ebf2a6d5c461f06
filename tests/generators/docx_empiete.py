"""Steps values pasted with a NEGATIVE LEFT INDENT (hundred-and-sixtieth held-out set,
``plan_docx_empiete``): the agent pasted the steps' values from a service's report « en
conservant la mise en forme source », and that report's body style carried « Retrait :
Gauche −0,3 cm » (its author's trick to line text up with the outer edges of its tables).
Kept on every pasted paragraph, the indent runs each line of a step value 0.11 cm PAST ITS
CELL'S LEFT RULE (Word's default cell margin is 0.19 cm): the rule through the line's first
letter, the first column's lines in the page margin, left of the table.

``plan_docx_echo``'s columns (2.8 / 5.6 / 2.0 / 2.2 / 2.0 / 2.4 cm, a 0.5 pt black grid, the
header bold 9 pt on #D9D9D9 repeated, typed in the template: no indent) without its footer
row, and its document otherwise (``plan_docx_narrowstep``'s fields). Only the layout comes
from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.docx_echo import close_table, headed_grid, step_cells
from tests.generators.seed001 import Block

INDENT_CM = -0.3  # the report's « Retrait : Gauche »


def empiete_impl(doc: object, block: Block) -> None:
    """The steps table: the repeated header, then a row a step whose every non-empty
    paragraph keeps the pasted negative left indent."""
    from docx.shared import Cm

    n_cols = len(block.header)
    table = headed_grid(doc, len(block.rows), block.header)
    for r, row in enumerate(block.rows, start=1):
        step_cells(table, r, row, n_cols)
        for c in range(n_cols):
            for par in table.cell(r, c).paragraphs:  # type: ignore[attr-defined]
                if par.text:
                    par.paragraph_format.left_indent = Cm(INDENT_CM)
    close_table(doc, table)


__all__ = ["INDENT_CM", "empiete_impl"]
