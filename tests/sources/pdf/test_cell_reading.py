"""Grid cells read as printed (sources.pdf.cell_overflow, cell_bullets, small_print): a word
running past its cell's rule goes back to the cell it starts in, list bullets drawn as shapes
read as « • », shrink-to-fit text read line by line. Pages drawn with reportlab, read by both
engines (pdfplumber's page and the PDFium page)."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest

from sources.pdf.cell_bullets import mark_bullets
from sources.pdf.cell_overflow import keep_overflow
from sources.pdf.small_print import cell_text, reread_small_print
from sources.values import bulleted_names

HEIGHT = 842.0
RULES = (60.0, 160.0, 215.0, 300.0)  # three columns; the middle one narrow
ROWS = (100.0, 150.0)


@contextmanager
def _plumber(data: bytes) -> Iterator[Any]:
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        yield pdf.pages[0]


@contextmanager
def _pdfium(data: bytes) -> Iterator[Any]:
    from sources.pdf.engine import iter_plumber_pages

    page = next(iter_plumber_pages(data))
    try:
        yield page
    finally:
        page.close()


ENGINES = {"pdfplumber": _plumber, "pdfium": _pdfium}


def _grid(draw: Callable[[Any], None]) -> bytes:
    """A one-row ruled grid of :data:`RULES` columns between :data:`ROWS`, then ``draw``."""
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=(595.0, HEIGHT))
    c.setLineWidth(0.5)
    for y in ROWS:
        c.line(RULES[0], HEIGHT - y, RULES[-1], HEIGHT - y)
    for x in RULES:
        c.line(x, HEIGHT - ROWS[0], x, HEIGHT - ROWS[-1])
    draw(c)
    c.save()
    return buffer.getvalue()


def _text(c: Any, x: float, top: float, s: str, size: float = 9.0) -> float:
    c.setFont("Helvetica", size)
    c.drawString(x, HEIGHT - top - size, s)
    return x + c.stringWidth(s, "Helvetica", size)


def _table(page: Any) -> tuple[Any, list[list[str | None]]]:
    tables = page.find_tables()
    assert len(tables) == 1
    return tables[0], tables[0].extract()


@pytest.mark.parametrize("engine", ENGINES)
def test_a_word_running_past_its_cells_rule_is_read_in_that_cell(engine: str) -> None:
    def draw(c: Any) -> None:
        # « Planification » set 3 pt into the narrow column runs 8 pt past its right rule;
        # the next cell's own text starts 10 pt in (its second line shows that edge)
        width = c.stringWidth("Planification", "Helvetica", 9.0)
        _text(c, RULES[2] + 8.0 - width, 105.0, "Planification")
        _text(c, RULES[2] + 10.0, 105.0, "Ressources")
        _text(c, RULES[2] + 10.0, 116.0, "à mobiliser")
        _text(c, RULES[0] + 3.0, 105.0, "Etape")
        # a word of the last column running out of the grid's right edge
        last = c.stringWidth("professionnelles", "Helvetica", 9.0)
        _text(c, RULES[3] - last + 12.0, 130.0, "professionnelles")

    with ENGINES[engine](_grid(draw)) as page:
        table, data = _table(page)
        assert "Planification" not in (data[0][1] or "")  # cut at the rule as read
        fixed, cells = keep_overflow(page, table, data)
    assert fixed[0][1] == "Planification"
    assert fixed[0][2] == "Ressources\nà mobiliser\nprofessionnelles"
    assert set(cells) == {(0, 1), (0, 2)}


@pytest.mark.parametrize("engine", ENGINES)
def test_a_line_running_on_past_the_grid_word_after_word_is_read_in_its_cell(
    engine: str,
) -> None:
    """A sheet's value typed wrap off in the last column (plan_xlsx_rallonge): its line runs
    on past the grid's right edge over the empty cells beside the table, whole words after a
    space; a word standing far away on that line (a note in the margin) stays out."""

    def draw(c: Any) -> None:
        _text(c, RULES[0] + 3.0, 105.0, "Etape")
        first = c.stringWidth("Chambres du", "Helvetica", 9.0)  # ends 1 pt inside the rule:
        end = _text(c, RULES[3] - 1.0 - first, 130.0, "Chambres du Commerce")  # « Commerce » out
        _text(c, end + 40.0, 130.0, "Note")

    with ENGINES[engine](_grid(draw)) as page:
        table, data = _table(page)
        fixed, _ = keep_overflow(page, table, data)
    assert "Commerce" not in (data[0][2] or "")  # out of the grid as read
    assert fixed[0][2] == "Chambres du Commerce"


@pytest.mark.parametrize("engine", ENGINES)
def test_a_word_running_over_the_next_cells_text_is_read_in_its_cell(engine: str) -> None:
    def draw(c: Any) -> None:
        # « communication » runs 14 pt past the rule, over « naturalistes » that starts 3 pt
        # in (Chromium's fixed layout: the overflow printed over the next cell's first word)
        width = c.stringWidth("communication", "Helvetica", 9.0)
        _text(c, RULES[2] + 14.0 - width, 105.0, "communication")
        _text(c, RULES[2] + 3.0, 105.0, "naturalistes")
        _text(c, RULES[2] + 3.0, 116.0, "locales")
        # past the edge over an empty line of the next cell
        width = c.stringWidth("agglomération", "Helvetica", 9.0)
        _text(c, RULES[2] + 9.0 - width, 130.0, "agglomération")

    with ENGINES[engine](_grid(draw)) as page:
        table, data = _table(page)
        fixed, _ = keep_overflow(page, table, data)
    assert fixed[0][1] == "communication\nagglomération"
    assert fixed[0][2] == "naturalistes\nlocales"


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("end", [5.0, 3.2], ids=["over", "touching"])
def test_an_overflow_interleaved_with_the_glyphs_it_covers_is_read_in_its_cell(
    engine: str, end: float
) -> None:
    def draw(c: Any) -> None:
        # the text layer as PDFium orders a header printed over (Chromium, fixed layout):
        # « Planificatio », then « R » of the next cell, then « n », then « essources »; « o »
        # ends ``end`` pt past the rule — over « R », or 0.2 pt past the next cell's text edge
        # so touching its « R » (« n » set on from « o »: the word's, the « R » the cell's)
        c.setFont("Helvetica-Bold", 9.0)
        width = c.stringWidth("Planificatio", "Helvetica-Bold", 9.0)
        c.drawString(RULES[2] + end - width, HEIGHT - 114.0, "Planificatio")
        c.drawString(RULES[2] + 3.0, HEIGHT - 114.0, "R")
        c.drawString(RULES[2] + end, HEIGHT - 114.0, "n")
        r = c.stringWidth("R", "Helvetica-Bold", 9.0)
        c.drawString(RULES[2] + 3.0 + r, HEIGHT - 114.0, "essources")
        _text(c, RULES[2] + 3.0, 116.0, "à mobiliser")

    with ENGINES[engine](_grid(draw)) as page:
        table, data = _table(page)
        fixed, _ = keep_overflow(page, table, data)
    assert fixed[0][1] == "Planification"
    assert fixed[0][2] == "Ressources\nà mobiliser"


@pytest.mark.parametrize("engine", ENGINES)
def test_a_call_glued_to_an_overflowing_word_goes_with_it(engine: str) -> None:
    from sources.pdf.footnotes import mark_calls

    def draw(c: Any) -> None:
        # « agglomération » runs past the rule into an empty cell, its link call « 78 »
        # raised and smaller right after it
        width = c.stringWidth("agglomération", "Helvetica", 9.0)
        end = _text(c, RULES[2] + 6.0 - width, 105.0, "agglomération")
        c.setFont("Helvetica", 6.5)
        c.drawString(end, HEIGHT - 105.0 - 9.0 + 3.0, "78")
        _text(c, RULES[2] + 3.0, 130.0, "CCI")

    with ENGINES[engine](_grid(draw)) as page:
        mark_calls(page.chars)
        table, data = _table(page)
        fixed, _ = keep_overflow(page, table, data)
    assert fixed[0][1] == "agglomération⁷⁸"
    assert fixed[0][2] == "CCI"


@pytest.mark.parametrize("engine", ENGINES)
def test_words_within_their_cells_are_left_as_read(engine: str) -> None:
    def draw(c: Any) -> None:
        _text(c, RULES[1] + 3.0, 105.0, "2019")
        # ends right at the rule, the next cell's text 2 pt after it: two words, no overflow
        width = c.stringWidth("interne", "Helvetica", 9.0)
        _text(c, RULES[2] - width - 0.5, 120.0, "interne")
        _text(c, RULES[2] + 2.0, 120.0, "GACdG")

    with ENGINES[engine](_grid(draw)) as page:
        table, data = _table(page)
        fixed, cells = keep_overflow(page, table, data)
    assert fixed is data and cells == {}
    assert data[0][2] == "GACdG"


@pytest.mark.parametrize("engine", ENGINES)
def test_list_bullets_drawn_as_shapes_read_as_bullets(engine: str) -> None:
    def draw(c: Any) -> None:
        x = RULES[2] + 14.0
        for top, s in ((105.0, "élus"), (116.0, "services de"), (127.0, "l'agglomération")):
            _text(c, x, top, s)
        c.setFillGray(0.1)
        for top in (105.0, 116.0):  # a disc 3 pt across, 8 pt left of the item's first line
            c.circle(x - 9.5, HEIGHT - top - 3.5, 1.5, stroke=0, fill=1)
        # a status dot after a word, a big disc: no bullets
        _text(c, RULES[0] + 3.0, 105.0, "Réalisé")
        c.circle(RULES[0] + 45.0, HEIGHT - 108.5, 1.5, stroke=0, fill=1)
        c.circle(RULES[1] + 8.0, HEIGHT - 108.5, 5.0, stroke=0, fill=1)
        _text(c, RULES[1] + 16.0, 105.0, "2019")

    with ENGINES[engine](_grid(draw)) as page:
        table, data = _table(page)
        assert "•" not in (data[0][2] or "")
        marked = mark_bullets(page, table, data)
    assert marked[0][2] == "• élus\n• services de\nl'agglomération"
    assert marked[0][0] == "Réalisé" and marked[0][1] == "2019"
    assert bulleted_names(marked[0][2]) == "élus, services de l'agglomération"


def test_bulleted_names_on_one_line() -> None:
    assert bulleted_names("• Trigone • chambres consulaires") == "Trigone, chambres consulaires"
    assert bulleted_names("•GACdG") == "GACdG"
    assert bulleted_names("GACdG, pôle Climat Energie") == "GACdG, pôle Climat Energie"
    assert bulleted_names("  ") is None and bulleted_names(None) is None


LINES = (
    "Les actions à développer sont les suivantes :",
    "1) Organisation de rencontres annuelles",
    "2) Mettre en relation les entreprises",
)


@pytest.mark.parametrize("engine", ENGINES)
def test_shrink_to_fit_text_read_line_by_line(engine: str) -> None:
    def draw(c: Any) -> None:
        for k, s in enumerate(LINES):  # 2.7 pt text, its lines 2.9 pt apart (as Calc sets it)
            _text(c, RULES[0] + 3.0, 104.0 + 2.9 * k, s, size=2.7)
        _text(c, RULES[1] + 3.0, 105.0, "2019")

    with ENGINES[engine](_grid(draw)) as page:
        table, data = _table(page)
        assert data[0][0] != "\n".join(LINES)  # lines within 3 pt run into one
        fixed = reread_small_print(page, table, data, {})
        chars = [c for c in page.chars if c["x0"] < RULES[1]]
    assert fixed[0][0] == "\n".join(LINES)
    assert fixed[0][1] == "2019"  # ordinary print: as read
    assert cell_text(chars) == "\n".join(LINES)


@pytest.mark.parametrize("engine", ENGINES)
def test_an_overflow_glyph_at_the_next_cells_text_edge_goes_on_with_its_word(
    engine: str,
) -> None:
    def draw(c: Any) -> None:
        # « agglomération » runs into an empty line of the next cell, its « i » starting just
        # where that cell's own text starts (« CCI », 3 pt in): set on from « t » by its
        # advance, it is the word's, not the cell's
        width = c.stringWidth("agglomérat", "Helvetica", 9.0)
        _text(c, RULES[2] + 3.0 - width, 105.0, "agglomération")
        _text(c, RULES[2] + 3.0, 130.0, "CCI")

    with ENGINES[engine](_grid(draw)) as page:
        table, data = _table(page)
        fixed, _ = keep_overflow(page, table, data)
    assert fixed[0][1] == "agglomération"
    assert fixed[0][2] == "CCI"


# a description cell set in two newspaper columns (CSS ``column-count: 2``): 7 pt text in
# the first column (60–160), 3 pt padding, a 7 pt gap across the middle of the text area
_LEFT = ("Les actions", "à lancer", "sont les")
_RIGHT = ("suivantes :", "un réseau")


def _two_columns(c: Any, right_x: float = 113.5) -> None:
    for k, line in enumerate(_LEFT):
        _text(c, RULES[0] + 3.0, 103.0 + 9.0 * k, line, size=7.0)
    for k, line in enumerate(_RIGHT):
        _text(c, right_x, 103.0 + 9.0 * k, line, size=7.0)


@pytest.mark.parametrize("engine", ENGINES)
def test_a_cell_set_in_two_columns_is_read_column_after_column(engine: str) -> None:
    from sources.pdf.cell_columns import read_cell_columns

    with ENGINES[engine](_grid(_two_columns)) as page:
        table, data = _table(page)
        assert (data[0][0] or "").startswith("Les actions suivantes :")  # line by line
        fixed = read_cell_columns(page, table, data)
    assert fixed[0][0] == "Les actions\nà lancer\nsont les\nsuivantes :\nun réseau"


@pytest.mark.parametrize("engine", ENGINES)
def test_values_on_a_tab_stop_or_one_column_stay_line_by_line(engine: str) -> None:
    from sources.pdf.cell_columns import read_cell_columns

    def draw(c: Any) -> None:
        _two_columns(c, right_x=130.0)  # the right part at a tab stop, well past the middle
        for k, line in enumerate(("Chambre de", "commerce et", "industrie")):
            _text(c, RULES[1] + 3.0, 103.0 + 9.0 * k, line, size=7.0)

    with ENGINES[engine](_grid(draw)) as page:
        table, data = _table(page)
        assert read_cell_columns(page, table, data) is data


def test_the_right_column_never_holds_more_lines_than_the_left() -> None:
    from sources.pdf.cell_columns import two_columns

    def glyphs(x: float, top: float, word: str) -> list[dict[str, Any]]:
        return [
            {
                "text": ch,
                "x0": x + 4.0 * k,
                "x1": x + 4.0 * (k + 1),
                "top": top,
                "bottom": top + 7.0,
                "size": 7.0,
            }  # fmt: skip
            for k, ch in enumerate(word)
        ]

    left = [g for k in range(2) for g in glyphs(63.0, 103.0 + 9.0 * k, "abcd efghi")]
    right = [g for k in range(2) for g in glyphs(113.5, 103.0 + 9.0 * k, "abcd efghi")]
    halves = two_columns(left + right, (60.0, 160.0))
    assert halves is not None and [len(h) for h in halves] == [20, 20]
    more = right + glyphs(113.5, 121.0, "abcd efghi")
    assert two_columns(left + more, (60.0, 160.0)) is None
    # lone words spread over the cell (distributed alignment): no word space, no columns
    lone = [
        g for k in range(2) for x in (63.0, 113.5) for g in glyphs(x, 103.0 + 9.0 * k, "abcdefghij")
    ]
    assert two_columns(lone, (60.0, 160.0)) is None
