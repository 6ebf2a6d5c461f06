"""A lone word spread across its cell letter by letter (Writer's « Développer un mot isolé »)
is closed up; justified text, calendars of crosses and grids of one glyph a cell are not."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

from sources.pdf.engine import iter_plumber_pages
from sources.pdf.spread_words import close_spread_words, spread_runs

FIXTURE = Path(__file__).parents[2] / "fixtures" / "producers" / "plan_odt_laminoir.pdf"


def _glyphs(x0: float, text: str, gap: float, *, width: float = 4.7) -> list[dict[str, Any]]:
    """Glyphs ``width`` wide, ``gap`` apart (a space glyph is a blank 2.4 pt wide)."""
    out, x = [], x0
    for ch in text:
        w = 2.4 if ch == " " else width
        out.append(
            {"text": ch, "x0": x, "x1": x + w, "top": 111.9, "bottom": 121.4, "size": 9.5,
             "upright": True, "adv": w, "width": w}
        )  # fmt: skip
        x += w + gap
    return out


def _page(chars: list[dict[str, Any]], rules: list[float]) -> SimpleNamespace:
    lines = [{"x0": x, "x1": x, "top": 100.0, "bottom": 130.0} for x in rules]
    return SimpleNamespace(chars=chars, lines=lines, rects=[])


def _text(chars: list[dict[str, Any]]) -> str:
    """The line as a word grouping reads it: a blank or a gap over 2 pt parts words."""
    out, last = "", None
    for c in sorted(chars, key=lambda c: c["x0"]):
        if c["text"].isspace():
            out, last = out + " ", None
            continue
        if last is not None and c["x0"] - last["x1"] > 2.0:
            out += " "
        out, last = out + c["text"], c
    return " ".join(out.split())


def test_a_year_spread_over_its_cell_is_closed_up() -> None:
    chars = _glyphs(280.7, "2019", 10.74)
    page = _page(chars, [278.0, 334.0])
    assert _text(chars) == "2 0 1 9"
    close_spread_words(page)
    assert _text(chars) == "2019"
    assert chars[0]["x0"] == 280.7 and round(chars[-1]["x1"], 2) == round(
        280.7 + 4 * 4.7 + 3 * 10.74, 2
    )


def test_a_word_in_pieces_is_one_word_next_to_other_cells() -> None:
    # « Ci rcu lai r e »: gaps of about 2.5 pt, wider than the grouping's tolerance
    chars = _glyphs(59.6, "Circulaire", 2.5, width=4.2)
    for c, shift in zip(chars, [0, 0.05, -0.08, 0.1, 0, -0.05, 0.08, 0, 0.02, 0], strict=True):
        c["x0"] += shift
        c["x1"] += shift
    other = _glyphs(130.4, "Les actions", 0.0)
    page = _page(chars + other, [57.0, 127.6, 277.8])
    close_spread_words(page)
    assert _text(chars + other) == "Circulaire Les actions"


def test_justified_text_with_a_one_letter_word_is_left_alone() -> None:
    # PDFium drops the blanks: « actions à développer » justified, every word gap 6.2 pt
    chars = _glyphs(130.4, "actions", 0.0) + _glyphs(169.5, "à", 0.0) + _glyphs(180.4, "dév", 0.0)
    assert [round(c["x0"] - p["x1"], 1) for p, c in zip(chars, chars[1:], strict=False)][6:8] == [
        6.2,
        6.2,
    ]
    assert spread_runs(chars, [(127.6, 100.0, 130.0), (277.8, 100.0, 130.0)]) == []


def test_a_short_word_filling_its_cell_alone_is_closed_up() -> None:
    # « de » in a 2.2 cm cell: two glyphs 48 pt apart, each a padding from a rule
    chars = _glyphs(408.2, "de", 48.0)
    close_spread_words(_page(chars, [405.4, 467.7]))
    assert _text(chars) == "de"
    # the same two glyphs in a wider cell, not reaching its right rule: two words
    chars = _glyphs(408.2, "de", 48.0)
    close_spread_words(_page(chars, [405.4, 520.0]))
    assert _text(chars) == "d e"


def test_crosses_and_one_glyph_cells_are_no_words() -> None:
    crosses = _glyphs(300.0, "XXXX", 10.0)
    assert spread_runs(crosses, []) == []
    grid = _glyphs(300.0, "ABCD", 10.0)
    walls = [(300.0 + 4.7 + 5.0 + i * 14.7, 100.0, 130.0) for i in range(3)]
    assert spread_runs(grid, walls) == []
    # ruleless columns on an even pitch: glyphs of unequal widths leave unequal gaps
    pitch = []
    for i, (ch, w) in enumerate([("J", 3.8), ("M", 7.9), ("A", 6.3), ("S", 5.7)]):
        pitch += _glyphs(300.0 + 15.0 * i, ch, 0.0, width=w)
    assert spread_runs(pitch, []) == []


def test_the_writer_export_reads_whole_words() -> None:
    page = next(iter_plumber_pages(FIXTURE.read_bytes(), max_pages=2, first=1))
    try:
        words = {w["text"] for w in page.extract_words(x_tolerance=2)}
    finally:
        page.close()
    assert {"2019", "GACdG", "Circulaire", "(financé)", "interne"} <= words
    assert not {"G", "A", "C", "Ci", "rcu"} & words
