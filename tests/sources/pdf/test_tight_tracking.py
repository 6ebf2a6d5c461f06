"""Tight tracking (a theme's ``letter-spacing: -0.03em; word-spacing: -0.08em``, Chromium
printing a glyph a text object): the spaces PDFium drops are put back though they stand the
tracking before the glyph's end (sources.pdf.pdfium_chars._glyphs_before_spaces), a word
after a printed space is not glued to the word before however close
(sources.pdf.blank_glyphs, sources.pdf.lines), and a page's fast text that lost its spaces
is read again from the characters (sources.pdf.opening._spaces_dropped)."""

from __future__ import annotations

from typing import Any

from sources.pdf.blank_glyphs import mark_spaced
from sources.pdf.lines import words_to_lines
from sources.pdf.opening import _spaces_dropped
from sources.pdf.pdfium_chars import _glyphs_before_spaces

SIZE = 11.0
BASE = 730.17


def _glyph(text: str, x0: float, x1: float) -> dict[str, Any]:
    return {"text": text, "x0": x0, "x1": x1, "size": SIZE, "matrix": (1, 0, 0, 1, x0, BASE)}


def test_a_dropped_space_the_tracking_before_its_glyph_end_is_put_back() -> None:
    # « Objectif stratégique » of plan_html_serrage, page 1: « f » ends at 97.50 (its
    # advance), the space object stands 0.33 pt before (−0.03 em), « s » starts at 99.01
    chars = [_glyph("i", 91.11, 94.17), _glyph("f", 93.83, 97.50), _glyph("s", 99.01, 105.12)]
    assert _glyphs_before_spaces([(97.16, BASE)], chars) == [1]
    # a point past the next glyph's start, or on another baseline, stands after no glyph
    assert _glyphs_before_spaces([(99.60, BASE)], chars) == []
    assert _glyphs_before_spaces([(97.16, BASE - 12.0)], chars) == []
    # a wide tracking is no word space: more than 0.15 em from the end
    assert _glyphs_before_spaces([(95.70, BASE)], chars) == []
    # glyphs abutting (a big pale counter's « 0 » and « 1 », 22 pt, plan_html_decor): the
    # space object 1.1 pt before the « 0 »'s end stands after no glyph, no room for a space
    big = [
        {**_glyph("0", 45.7, 58.14), "size": 22.3},
        {**_glyph("1", 58.14, 70.6), "size": 22.3},
    ]
    assert _glyphs_before_spaces([(57.05, BASE)], big) == []
    assert _glyphs_before_spaces([(58.10, BASE)], big) == [0]  # at its end: a space


def _word(text: str, x0: float, x1: float, top: float = 565.1) -> dict[str, Any]:
    return {
        "text": text,
        "x0": x0,
        "x1": x1,
        "top": top,
        "bottom": top + 9.0,
        "size": 9.0,
        "fontname": "LiberationSans",
        "upright": True,
    }


def test_a_printed_space_parts_two_words_closer_than_letters() -> None:
    words = [_word("l'air", 413.67, 426.31), _word("Adaptation", 427.06, 467.7)]
    space = {**_word(" ", 426.04, 428.54)}
    generated = {**space, "generated": True}
    # without a printed space, words 0.75 pt apart touch: one word
    glued = [dict(w) for w in words]
    mark_spaced(glued, [generated], printed=True)  # PDFium's own space: no proof
    line = words_to_lines(glued, 1)[0]
    assert [s.text for s in line.segments] == ["l'airAdaptation"]
    spaced = [dict(w) for w in words]
    mark_spaced(spaced, [space], printed=True)
    line = words_to_lines(spaced, 1)[0]
    assert [s.text for s in line.segments] == ["l'air Adaptation"]


def test_fast_text_without_its_spaces_is_told() -> None:
    tight = (
        "Objectifstratégique:Dynamiser,soutenirl'économiesocialeetsolidaire,"
        "etl'économiecirculaire\n"
    ) * 8
    prose = (
        "Objectif stratégique : Dynamiser, soutenir l'économie sociale et solidaire, "
        "et l'économie circulaire\n"
    ) * 8
    assert _spaces_dropped(tight)
    assert not _spaces_dropped(prose)
    assert not _spaces_dropped(tight[:200])  # too short a page to tell
