"""Boxed text runs inside a ruled cell (sources.pdf.inset_rules.text_boxes): a character
border boxes every line of a step name — four strokes and a fill each, inside the cell's
padding — and the table finder must not cut the row at each of them. A row of one-line cells
drawn cell by cell stays a row of cells. And two header columns of one key
(sources.pdf.columns.distinct_keys): the filled one keeps it."""

from __future__ import annotations

import io
from typing import Any

from sources.pdf.columns import distinct_keys
from sources.pdf.inset_rules import text_boxes, without_inset_strokes

HEIGHT = 842.0
RULES = (57.0, 127.0, 280.0)
NAME = ("Lancer une", "phase test", "d'un projet")


def _grid(boxed: bool) -> bytes:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=(595.0, HEIGHT))
    c.setLineWidth(0.5)
    for y in (100.0, 115.0, 170.0):  # a header row, then one step row
        c.line(RULES[0], HEIGHT - y, RULES[-1], HEIGHT - y)
    for x in RULES:
        c.line(x, HEIGHT - 100.0, x, HEIGHT - 170.0)
    c.setFont("Helvetica", 9.0)
    c.drawString(60.0, HEIGHT - 111.0, "Etape")
    c.drawString(130.0, HEIGHT - 111.0, "Descriptif")
    for k, line in enumerate(NAME):
        top = 118.0 + 14.0 * k
        width = c.stringWidth(line, "Helvetica", 9.0)
        if boxed:  # Writer's character border: fill, then a box as wide as the line
            c.setFillColorRGB(0.87, 0.92, 0.97)
            c.rect(59.5, HEIGHT - top - 13.0, width + 2.0, 13.0, stroke=0, fill=1)
            c.setStrokeColorRGB(0.18, 0.46, 0.71)
            c.rect(59.5, HEIGHT - top - 13.0, width + 2.0, 13.0, stroke=1, fill=0)
            c.setStrokeColorRGB(0.0, 0.0, 0.0)
            c.setFillColorRGB(0.0, 0.0, 0.0)
        c.drawString(60.5, HEIGHT - top - 10.0, line)
    c.drawString(130.0, HEIGHT - 128.0, "Auditer")
    c.save()
    return buffer.getvalue()


def _rows(data: bytes) -> list[list[Any]]:
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        page = pdf.pages[0]
        boxes = text_boxes(page)
        with without_inset_strokes(page) as grid_page:
            (table,) = grid_page.find_tables({"vertical_strategy": "lines",
                                              "horizontal_strategy": "lines"})  # fmt: skip
            return [boxes, table.extract()]


def test_a_step_names_character_borders_cut_no_row() -> None:
    boxes, rows = _rows(_grid(boxed=True))
    assert len(boxes) >= 3  # the three boxes' strokes (and fills) set aside for the grid
    assert rows == [["Etape", "Descriptif"], ["Lancer une\nphase test\nd'un projet", "Auditer"]]
    assert _rows(_grid(boxed=False))[1] == rows


def test_one_line_cells_drawn_cell_by_cell_are_no_boxed_text() -> None:
    import pdfplumber
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=(595.0, HEIGHT))
    c.setLineWidth(0.5)
    c.setFont("Helvetica", 9.0)
    for a, b, text in ((57.0, 127.0, "2019"), (127.0, 200.0, "GACdG"), (200.0, 280.0, "CCI")):
        c.rect(a, HEIGHT - 115.0, b - a, 15.0, stroke=1, fill=0)  # each cell its own box
        c.drawString(a + 3.0, HEIGHT - 111.0, text)
    c.save()
    with pdfplumber.open(io.BytesIO(buffer.getvalue())) as pdf:
        assert text_boxes(pdf.pages[0]) == []


def test_two_columns_of_one_key_leave_it_to_the_filled_one() -> None:
    keys = ["step", "planning", "planning", "budget", "col4"]
    body = [["A", "2019", "", "5000", ""], ["B", "2020", None, "", ""]]
    assert distinct_keys(keys, body) == ["step", "planning", "col2", "budget", "col4"]
    later = [["A", "", "2019", "5000", ""]]  # the second one filled: it keeps the key
    assert distinct_keys(keys, later) == ["step", "col1", "planning", "budget", "col4"]
    assert distinct_keys(["step", "owner"], body) == ["step", "owner"]
    # a tie (a header alone, no row yet; or both filled): the plainer label, then the last
    labels = ["Etape", "Planification", "Date de réalisation", "Ressources", ""]
    assert distinct_keys(keys, [], labels) == ["step", "planning", "col2", "budget", "col4"]
    phases = ["step", "step", "description"]
    assert distinct_keys(
        phases, [["Phase 1", "Lancer", "x"]], ["Phase", "Etape", "Descriptif"]
    ) == [
        "col0",
        "step",
        "description",
    ]
    assert distinct_keys(phases, [["a", "b", "x"]]) == ["col0", "step", "description"]


def test_a_nested_tables_cell_wider_than_its_text_is_no_run_box() -> None:
    """« GACdG » in a one-line cell of a table nested in the owner cell: a box inside the
    outer cell, but far wider than its text — the nested table's rules stay."""
    import pdfplumber
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=(595.0, HEIGHT))
    c.setLineWidth(0.5)
    for x in RULES:
        c.line(x, HEIGHT - 100.0, x, HEIGHT - 170.0)
    c.line(RULES[0], HEIGHT - 100.0, RULES[-1], HEIGHT - 100.0)
    c.line(RULES[0], HEIGHT - 170.0, RULES[-1], HEIGHT - 170.0)
    c.rect(132.0, HEIGHT - 120.0, 140.0, 14.0, stroke=1, fill=0)  # the nested cell
    c.setFont("Helvetica", 9.0)
    c.drawString(135.0, HEIGHT - 116.0, "GACdG")
    c.save()
    with pdfplumber.open(io.BytesIO(buffer.getvalue())) as pdf:
        assert text_boxes(pdf.pages[0]) == []
