"""Steps tables WITHOUT A HEADER ROW under column labels TYPED ON TAB STOPS (hundred-and-fifty-
first held-out set, ``plan_docx_chapeau``): the agent pasted each fiche's step rows from
another file without their header row and typed the labels back above the table, in one
« chapeau » paragraph — Liberation Sans bold :data:`SIZE` pt, shaded :data:`BAND_FILL` and
boxed by a 0.5 pt black paragraph border, kept with the table — ON LEFT TAB STOPS SET BY EYE
on the ruler's 0.25 cm steps (:data:`STOPS_CM`) near the columns' text starts; a label too
long for the room before the next stop goes on A SECOND LINE (a line break, then as many tabs
as it takes to stand under its beginning). The table itself ``plan_docx_echo``'s grid without
its header and footer rows (:data:`tests.generators.docx_echo.WIDTHS_CM`), rows free to break;
nothing repeats the labels on the next page.

``plan_docx_echo``'s document otherwise (``plan_docx_narrowstep``'s fields). Only the layout
comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.docx_echo import close_table, step_cells
from tests.generators.docx_narrowstep import _grid
from tests.generators.seed001 import Block
from tests.generators.text_metrics import pil_font

STOPS_CM = (2.75, 8.5, 10.5, 12.5, 14.75)  # the agent's tab stops, from the margin
TEXT_CM = 17.0  # the text area's width
SIZE = 8.5  # pt, the labels' size
BAND_FILL = "D9D9D9"
ROOM_PT = 1.0  # pt, kept free before the next stop


def _width_pt(text: str) -> float:
    """``text``'s width in pt, Liberation Sans Bold :data:`SIZE` pt."""
    return pil_font("Liberation Sans", True, 100).getlength(text) * SIZE / 100  # type: ignore[attr-defined]


def label_lines(labels: list[str]) -> tuple[list[str], list[str]]:
    """The chapeau's two lines, a list of six pieces each: each label whole on the first
    line when it holds in the room from its stop to the next (less :data:`ROOM_PT`), else
    its longest first words that hold there on the first line and the rest on the second;
    empty pieces on the second line where the label held whole."""
    starts = (0.0, *STOPS_CM)
    first, second = [], []
    for c, label in enumerate(labels):
        end = starts[c + 1] if c + 1 < len(starts) else TEXT_CM
        room = (end - starts[c]) / 2.54 * 72 - ROOM_PT
        words = label.split()
        k = len(words)
        while k > 1 and _width_pt(" ".join(words[:k])) > room:
            k -= 1
        first.append(" ".join(words[:k]))
        second.append(" ".join(words[k:]))
    return first, second


def _band(par: object) -> None:
    """``par`` shaded :data:`BAND_FILL` and boxed by a 0.5 pt black border, 1 pt from its
    text, on its four sides (« Bordure et trame › Encadré »)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    p_pr = par._p.get_or_add_pPr()  # type: ignore[attr-defined]
    borders = OxmlElement("w:pBdr")
    for side in ("top", "left", "bottom", "right"):
        edge = OxmlElement(f"w:{side}")
        edge.set(qn("w:val"), "single")
        edge.set(qn("w:sz"), "4")
        edge.set(qn("w:space"), "1")
        edge.set(qn("w:color"), "000000")
        borders.append(edge)
    p_pr.append(borders)
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), BAND_FILL)
    p_pr.append(shd)


def chapeau_paragraph(doc: object, labels: list[str]) -> None:
    """The labels' paragraph: :data:`STOPS_CM` left tab stops, the first line's pieces
    parted by tabs, a line break, the second line's pieces each after its tabs; bold
    :data:`SIZE` pt, banded and boxed, no space before nor after, kept with the table."""
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Cm, Pt

    first, second = label_lines(labels)
    par = doc.add_paragraph()  # type: ignore[attr-defined]
    fmt = par.paragraph_format
    fmt.space_before = fmt.space_after = Pt(0)
    fmt.keep_with_next = True
    for stop in STOPS_CM:
        fmt.tab_stops.add_tab_stop(Cm(stop), WD_TAB_ALIGNMENT.LEFT)
    text = "\t".join(first)
    if any(second):
        last = max(c for c, piece in enumerate(second) if piece)
        text += "\n" + "\t".join(second[: last + 1])
    run = par.add_run(text)  # python-docx writes « \t » as ``w:tab``, « \n » as ``w:br``
    run.bold = True
    run.font.size = Pt(SIZE)
    _band(par)


def chapeau_impl(doc: object, block: Block) -> None:
    """The steps: the labels' paragraph, then a black grid of a row a step (no header row),
    ``echo``'s widths, an empty paragraph after it."""
    chapeau_paragraph(doc, list(block.header))
    n_cols = len(block.header)
    table = doc.add_table(rows=len(block.rows), cols=n_cols)  # type: ignore[attr-defined]
    _grid(table)
    for r, row in enumerate(block.rows):
        step_cells(table, r, row, n_cols)
    close_table(doc, table)


__all__ = ["chapeau_impl", "chapeau_paragraph", "label_lines"]
