"""ROWS TYPED AS TAB-SEPARATED TEXT (a sheet pasted « as unformatted text »): each paragraph a
row, its cells joined by tabs on the default tab stops, read cell by cell by counting the
tabs (sources.pdf.tab_rows): wrapped rows rejoined, a quoted cell's paragraphs one cell, two
tabs in a row an empty cell, a tab told from a space by the missing space glyph however
narrow its gap, a row cut by the page break read on as the rest of it. A table typed under
its labels (every cell where its label starts) is left to the geometry readers."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from sources.pdf.content import Line, Segment, TableBlock
from sources.pdf.tab_rows import tab_tables

ORIGIN, PITCH, RIGHT, SIZE = 56.8, 35.45, 400.0, 10.0
CHAR, SPACE = 5.0, 2.5  # a monospaced test font: every glyph 5 pt, a space 2.5 pt
KEYS = ["step", "description", "planning", "budget", "owner", "partners"]
FIXTURE = Path(__file__).parents[2] / "fixtures" / "producers" / "plan_odt_nappe.pdf"


def _never(line: Line) -> bool:
    return False


def _typeset(
    paragraphs: list[str], top: float = 100.0, stops: list[float] | None = None
) -> tuple[list[Line], list[dict[str, Any]]]:
    """Lines and glyphs of ``paragraphs`` set as a word processor sets them: a tab jumps to the
    next stop (``stops``, else one every PITCH) and wraps with its next word when that does
    not fit, a word that does not fit wraps to the left edge, 11.5 pt a line, 3 pt more
    above a paragraph; spaces printed, tabs not."""
    lines: list[Line] = []
    chars: list[dict[str, Any]] = []
    y = top
    for paragraph in paragraphs:
        tokens = [t for part in paragraph.split("\t") for t in ([*part.split(), "\t"])][:-1]
        x, row, text, after_word = ORIGIN, [], [], False

        def next_stop(at: float) -> float:
            if stops is not None:
                return next(s for s in stops if s > at)
            return ORIGIN + (int((at - ORIGIN + 1e-6) // PITCH) + 1) * PITCH

        def end_line() -> None:
            nonlocal y, row, text
            if row:
                x0, x1 = row[0]["x0"], row[-1]["x1"]
                words = " ".join(text)
                lines.append(Line(1, y, y + SIZE, x0, x1, SIZE, False,
                                  [Segment(x0, x1, words, False)]))  # fmt: skip
                chars.extend(row)
            row, text = [], []
            y += 11.5

        for k, token in enumerate(tokens):
            if token == "\t":
                word = next((t for t in tokens[k + 1 :] if t != "\t"), "")
                stop = next_stop(x)
                if stop + CHAR * len(word) > RIGHT:
                    end_line()
                    stop = next_stop(ORIGIN)
                x, after_word = stop, False
                continue
            start = x + (SPACE if after_word else 0.0)
            if start + CHAR * len(token) > RIGHT:
                end_line()
                start = ORIGIN
            elif after_word:
                row.append(_glyph(" ", x, x + SPACE, y))
            for n, letter in enumerate(token):
                row.append(_glyph(letter, start + CHAR * n, start + CHAR * (n + 1), y))
            text.append(token)
            x, after_word = start + CHAR * len(token), True
        end_line()
        y += 3.0
    return lines, chars


def _glyph(text: str, x0: float, x1: float, top: float) -> dict[str, Any]:
    return {"text": text, "x0": x0, "x1": x1, "top": top, "bottom": top + SIZE, "size": SIZE,
            "upright": True}  # fmt: skip


HEADER = "Etape\tDescriptif\tPlanification\tBudget\tPorteur\tPartenaires"


def test_tab_separated_rows_are_read_cell_by_cell() -> None:
    lines, chars = _typeset(
        [
            HEADER,
            'Lancer un test\t"Les actions :',
            "1) auditer vingt entreprises",
            "2) animer le réseau\"\t2019\t18000\tGACdG\tChambre du Commerce et de l'Industrie",
            "Définir\tsur la base du potentiel\t2020\t\tGACdG\tADEME",
        ]
    )
    lines.append(Line(1, 300.0, 313.0, ORIGIN, 150.0, 13.0, True,
                      [Segment(ORIGIN, 150.0, "FICHE 1.1.2", True)]))  # fmt: skip
    kept, blocks = tab_tables(lines, 1, None, chars, _never)
    assert [ln.text for ln in kept] == ["FICHE 1.1.2"]
    (block,) = blocks
    assert block.keys == KEYS and block.has_header and not block.open_at_bottom
    assert [list(r.cells.values()) for r in block.rows] == [
        ["Lancer un test", "Les actions :\n1) auditer vingt entreprises\n2) animer le réseau",
         "2019", "18000", "GACdG", "Chambre du Commerce et de l'Industrie"],
        ["Définir", "sur la base du potentiel", "2020", "", "GACdG", "ADEME"],
    ]  # fmt: skip
    assert [r.top for r in block.rows] == [lines[1].top, lines[-2].top]


@pytest.mark.parametrize("gap", [0.3, 2.5])
def test_a_tab_as_narrow_as_a_space_or_narrower_still_parts_two_cells(gap: float) -> None:
    # the description's last glyph widened to end ``gap`` pt before the planning's stop, no
    # space glyph between: a tab all the same (a space there would print a glyph)
    lines, chars = _typeset([HEADER, "Lancer un test\tla description\t2019\t5000\tGACdG\tCCI"])
    on_row = [c for c in chars if c["top"] == lines[1].top]
    planning = next(c for c in on_row if c["text"] == "2")
    assert planning["x0"] == pytest.approx(ORIGIN + 4 * PITCH)
    last = max((c for c in on_row if c["x1"] < planning["x0"]), key=lambda c: c["x1"])
    last["x1"] = planning["x0"] - gap
    _, blocks = tab_tables(lines, 1, None, chars, _never)
    (block,) = blocks
    assert block.rows[0].cells["description"] == "la description"
    assert block.rows[0].cells["planning"] == "2019"
    assert block.rows[0].cells["partners"] == "CCI"


def test_a_table_aligned_under_its_labels_is_left_to_the_geometry() -> None:
    # tab stops every 70 pt, each label and each cell on its own: every cell under its label
    stops = [ORIGIN + 70.0 * k for k in range(1, 6)]
    lines, chars = _typeset(
        ["Etape\tDescriptif\tPlanification\tPorteur", "Lancer\tTester\t2019\tGACdG"],
        stops=stops,
    )
    kept, blocks = tab_tables(lines, 1, None, chars, _never)
    assert blocks == [] and kept == lines


def _page_lines(number: int) -> tuple[list[Line], list[dict[str, Any]]]:
    pdfplumber = pytest.importorskip("pdfplumber")
    from sources.pdf.lines import _words, words_to_lines

    with pdfplumber.open(FIXTURE) as pdf:
        page = pdf.pages[number - 1]
        chars = list(page.chars)
        lines = words_to_lines(_words(page), number)
    # the running header above the body (« PCAET … Programme d'actions »): page furniture the
    # page reader drops before the tables are read
    return [ln for ln in lines if ln.top > 55.0], chars


def _blocks(number: int, previous: TableBlock | None = None) -> list[TableBlock]:
    lines, chars = _page_lines(number)
    return tab_tables(lines, number, previous, chars, _never)[1]


def test_a_writer_page_of_pasted_rows_reads_every_cell() -> None:
    """plan_odt_nappe: page 5's first steps table (a tab's gap of 0.36 pt, « publicsRéaliser »,
    and one of 2.1 pt, narrower than a space, « ETP)service »), page 7's (a planning cell in
    quotes over two paragraphs; « 400 000 » and « CGACdG » 2.9 pt apart, no space glyph)."""
    first = _blocks(5)[0]
    assert first.keys == KEYS
    assert first.rows[0].cells["step"] == "Impliquer et sensibiliser les publics"
    assert first.rows[0].cells["description"].startswith("Réaliser un programme d'animation")
    assert first.rows[1].cells["budget"] == "interne (0,1 ETP)"
    assert first.rows[1].cells["owner"] == "service communication"
    assert len(first.rows) == 4
    (plan,) = _blocks(7)
    assert [r.cells["planning"] for r in plan.rows] == ["2019\n- 2020", "2020-2021", "2022 et +"]
    assert plan.rows[2].cells["budget"] == "400 000"
    assert plan.rows[2].cells["owner"] == "CGACdG"


def test_a_row_cut_by_the_page_break_goes_on_as_its_rest() -> None:
    """plan_odt_nappe page 5's last row stops in its description at the page's foot (its last
    line full); page 6 opens on the rest: the description's last word, then the row's other
    cells, read as the rest of that row."""
    last = _blocks(5)[-1]
    assert last.open_at_bottom and last.tab_grid is not None and last.tab_grid.open_cell == 1
    assert last.rows[-1].cells["step"] == "Réaliser une première version"
    going_on = _blocks(6, last)[0]
    assert not going_on.has_header
    rest = going_on.rows[0]
    assert rest.rest
    assert rest.cells == {"description": "d'actualisation", "planning": "2020",
                          "budget": "3000", "owner": "GACdG", "partners": "université"}  # fmt: skip
    assert going_on.rows[1].cells["step"] == "Actualiser les données"
