"""A subscript or superscript glued inside a word (« CO₂ » written « CO<sub>2</sub> »: a
browser prints the digit smaller, its top a good third of an em under the word's) stays on
the word's line, joined to it in the order of x (sources.pdf.lines.glued_scripts); a smaller
word of the next line, or a smaller text standing apart, is no script."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pdfplumber

from sources.pdf.lines import _words, glued_scripts, words_to_lines

FIXTURE = Path(__file__).parents[2] / "fixtures" / "producers" / "plan_html_isotope.pdf"


def _word(
    x0: float, x1: float, top: float, bottom: float, size: float, text: str
) -> dict[str, Any]:
    return {
        "x0": x0,
        "x1": x1,
        "top": top,
        "bottom": bottom,
        "size": size,
        "text": text,
        "fontname": "LiberationSans",
    }


def _cell_words(script: dict[str, Any]) -> list[dict[str, Any]]:
    """A 8.93 pt line « évaluation CO » « , » with ``script``, and the next line under it."""
    return [
        _word(300.66, 336.41, 755.41, 764.34, 8.93, "évaluation"),
        _word(338.89, 352.29, 755.41, 764.34, 8.93, "CO"),
        _word(356.43, 358.91, 755.41, 764.34, 8.93, ","),
        script,
        _word(266.0, 270.0, 767.31, 776.24, 8.93, "-"),
        _word(272.5, 288.0, 767.31, 776.24, 8.93, "test"),
    ]


def test_a_lowered_smaller_digit_glued_to_a_word_is_on_its_line() -> None:
    # Chromium's <sub>: 7.44 pt for 8.93, top 3.7 pt under the word's, foot 2.2 pt under it
    lines = words_to_lines(_cell_words(_word(352.29, 356.43, 759.11, 766.55, 7.44, "2")), 8)
    assert [ln.text for ln in lines] == ["évaluation CO2,", "- test"]


def test_a_raised_smaller_exponent_glued_to_a_word_is_on_its_line() -> None:
    words = [
        _word(57.0, 90.0, 100.0, 108.93, 8.93, "120"),
        _word(92.5, 100.0, 100.0, 108.93, 8.93, "m"),
        _word(100.1, 104.2, 96.6, 104.04, 7.44, "2"),  # its top 3.4 pt over the word's
        _word(106.7, 130.0, 100.0, 108.93, 8.93, "isolés"),
    ]
    (line,) = words_to_lines(words, 1)
    assert line.text == "120 m2 isolés"


def test_smaller_words_that_are_no_script_keep_their_lines() -> None:
    # a smaller word of the next line touching the word's end: under the word's foot
    lines = words_to_lines(_cell_words(_word(352.29, 356.43, 763.5, 770.94, 7.44, "2")), 8)
    assert [ln.text for ln in lines] == ["évaluation CO ,", "2", "- test"]
    # a smaller text of five characters or more is a word of its own, not a script
    lines = words_to_lines(_cell_words(_word(352.29, 380.0, 759.11, 766.55, 7.44, "notes")), 8)
    assert [ln.text for ln in lines] == ["évaluation CO ,", "notes", "- test"]


def test_the_fixture_subscripts_read_inside_their_words() -> None:
    with pdfplumber.open(FIXTURE) as pdf:
        context = [ln.text for ln in words_to_lines(_words(pdf.pages[7]), 8)]
        indicators = [ln.text for ln in words_to_lines(_words(pdf.pages[8]), 9)]
    assert "- mise en place d'une démarche d'évaluation CO2," in context
    assert "2" not in context
    assert any(text.endswith("% marchés avec critère CO2 t eq CO2 évitées") for text in indicators)
    assert "2 2" not in indicators


def test_each_script_goes_with_the_word_it_touches() -> None:
    co = _word(338.89, 352.29, 755.41, 764.34, 8.93, "CO")
    two = _word(352.29, 356.43, 759.11, 766.55, 7.44, "2")
    comma = _word(356.43, 358.91, 755.41, 764.34, 8.93, ",")
    under = _word(340.0, 352.0, 767.31, 776.24, 8.93, "test")
    scripts = glued_scripts([co, two, comma, under])
    assert scripts == {id(two): co}  # the word it follows (a tie with « , »)
    assert glued_scripts([co, comma, under]) == {}


SMALL_CAPITALS = Path(__file__).parents[2] / "fixtures" / "producers" / "plan_html_incipit.pdf"


def test_small_capitals_on_the_capitals_baseline_are_no_script() -> None:
    # Chromium's bold small capitals (« L'A » 8.93 pt then « TLAS » 5.95 pt, glued): the
    # small letters' foot 0.63 pt higher, a fifth of the sizes' difference: one baseline
    big = _word(159.73, 174.29, 379.56, 388.49, 8.93, "L'A")
    small = _word(174.56, 190.91, 381.91, 387.86, 5.95, "TLAS")
    d = _word(303.98, 308.28, 381.91, 387.86, 5.95, "D")
    quote = _word(308.55, 310.67, 379.56, 388.49, 8.93, "'")
    assert glued_scripts([big, small, d, quote]) == {}
    # the same small letters lowered by 0.2 em, or raised over it, are scripts
    lowered = dict(small, top=381.91 + 1.8, bottom=387.86 + 1.8)
    assert glued_scripts([big, lowered]) == {id(lowered): big}
    raised = dict(small, top=381.91 - 3.5, bottom=387.86 - 3.5)
    assert glued_scripts([big, raised]) == {id(raised): big}


def test_the_fixture_small_capitals_read_in_order() -> None:
    with pdfplumber.open(SMALL_CAPITALS) as pdf:
        words = _words(pdf.pages[3])
    assert glued_scripts(words) == {}
    texts = [ln.text for ln in words_to_lines(words, 4)]
    assert (
        "Contexte L'ATLAS DE LA BIODIVERSITÉ EN COURS D'ÉLABORATION OFFRIRA UN RECENSEMENT"
        " EXHAUSTIF DE LA RICHESSE"
    ) in texts
