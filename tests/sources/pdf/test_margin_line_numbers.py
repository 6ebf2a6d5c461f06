"""LINE NUMBERS in the left margin (Writer « Numérotation des lignes », a consultation
draft): a column of small grey integers right-aligned left of the text block, on the
baselines of the body lines, restarting on each page, is page furniture
(sources.pdf.line_numbers). Read as text, « 2 » stood between a heading's two lines and cut
the title. Drawn with reportlab; negative cases on hand-placed words: a steps table's « N° »
column (the cells' size and colour), a chart's axis (counting down the page), numbers beside
no line, a lone number on a page with no column seen before, all stay text."""

from __future__ import annotations

from typing import Any

import pytest

from sources.action_plan import parse_action_plan
from sources.pdf.engine import ENGINE_ENV, ENGINES
from sources.pdf.line_numbers import MarginColumn, margin_numbers
from tests.sources.pdf.hand_pages import HEIGHT, HandPages

EDGE = 57.0
VALUE_X = 180.0
NUMBER_RIGHT = 42.7  # 0.5 cm left of the text


class _Numbered(HandPages):
    """Hand pages whose body lines are numbered in the margin, counting from 1 on each page."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def numbered(
        self, x: float, top: float, s: str, *, bold: bool = False, size: float = 9.0
    ) -> None:
        """``s`` and its line number: Helvetica 7 pt grey, on the line's baseline."""
        self.text(x, top, s, bold=bold, size=size)
        self.count += 1
        self.c.setFont("Helvetica", 7.0)
        self.c.setFillGray(0.5)
        self.c.drawRightString(NUMBER_RIGHT, HEIGHT - top - size, str(self.count))
        self.c.setFillGray(0.0)

    def field(self, top: float, label: str, value: str) -> None:
        """A field of the fields table: not numbered (Writer numbers no table line)."""
        self.text(EDGE, top, label, bold=True)
        self.text(VALUE_X, top, value)

    def page_break(self) -> None:
        self.c.showPage()
        self.count = 0


def _plan() -> bytes:
    """Page 1: axis, a strategic objective and fiche 1.1.1's heading, each on two numbered
    lines (1–6), its fields and steps heading (7); page 2: fiche 1.1.2's heading (1, 2) and
    fields; page 3: only its steps heading numbered (« 1 »), over the steps table."""
    pages = _Numbered()
    pages.numbered(EDGE, 60.0, "Axe 1 :", bold=True, size=14.0)
    pages.numbered(EDGE, 80.0, "Aménager un territoire résilient", bold=True, size=12.0)
    pages.numbered(
        EDGE, 110.0, "1.1 Objectif stratégique : Dynamiser l'économie sociale et", size=12.0
    )
    pages.numbered(EDGE, 126.0, "solidaire, et l'économie circulaire", size=12.0)
    pages.numbered(
        EDGE, 160.0, "FICHE 1.1.1 Objectif opérationnel : Expérimenter un projet", size=12.0
    )
    pages.numbered(EDGE, 176.0, "auprès des entreprises", size=12.0)
    pages.field(200.0, "Contexte", "Une opération test auprès des entreprises.")
    pages.field(220.0, "Publics cibles", "Entreprises, Associations")
    pages.numbered(EDGE, 250.0, "Modalités de mise en oeuvre", bold=True, size=11.0)
    rows = [
        ("Lancer une phase test", "Auditer vingt entreprises.", "2019", "18000", "GACdG", "CCI"),
        ("Définir une stratégie", "Choisir les filières.", "2020", "5000", "GACdG", "ADEME"),
    ]
    pages.steps_table(270.0, rows)
    pages.page_break()
    pages.numbered(EDGE, 60.0, "FICHE 1.1.2", size=12.0)
    pages.numbered(
        EDGE, 80.0, "Objectif opérationnel : Etendre l'expérimentation aux acteurs", size=12.0
    )
    pages.field(110.0, "Contexte", "Un réseau des acteurs locaux.")
    pages.field(130.0, "Publics cibles", "Collectivités")
    pages.page_break()
    pages.numbered(EDGE, 60.0, "Modalités de mise en oeuvre", bold=True, size=11.0)
    pages.steps_table(80.0, [("Animer le réseau", "Deux rencontres.", "2021", "12", "GACdG", "")])
    pages.c.showPage()
    return pages.save()


def test_margin_line_numbers_are_no_text(monkeypatch: pytest.MonkeyPatch) -> None:
    data = _plan()
    for engine in ENGINES:
        monkeypatch.setenv(ENGINE_ENV, engine)
        doc = parse_action_plan(data, "plans/numerotee.pdf", "0" * 64)
        assert [(a.action_code, a.title, a.page) for a in doc.actions] == [
            ("1.1.1", "Expérimenter un projet auprès des entreprises", 1),
            ("1.1.2", "Etendre l'expérimentation aux acteurs", 2),
        ], engine
        first, second = doc.actions
        assert first.strategic_objective_code == "1.1"
        assert first.strategic_objective == (
            "Dynamiser l'économie sociale et solidaire, et l'économie circulaire"
        )
        assert first.context == "Une opération test auprès des entreprises."
        assert second.target_audiences == ["Collectivités"]
        assert [(s.step, s.planning_label, s.owner) for s in doc.steps] == [
            ("Lancer une phase test", "2019", "GACdG"),
            ("Définir une stratégie", "2020", "GACdG"),
            ("Animer le réseau", "2021", "GACdG"),
        ], engine


def _word(x1: float, top: float, text: str, size: float = 10.0, x0: float | None = None) -> dict:
    width = 0.55 * size * len(text)
    return {
        "x0": x1 - width if x0 is None else x0,
        "x1": x1 if x0 is None else x0 + width,
        "top": top,
        "bottom": top + size,
        "size": size,
        "text": text,
        "fontname": "Helvetica",
    }


def _body(*tops: float) -> list[dict[str, Any]]:
    return [_word(0, top, "Une ligne du texte", x0=EDGE) for top in tops]


def test_the_column_needs_small_or_light_numbers_counting_down_beside_lines() -> None:
    tops = [100.0, 112.0, 124.0, 160.0]
    numbered = [_word(NUMBER_RIGHT, t + 3.0, str(n), 7.0) for n, t in enumerate(tops, 3)]
    words = _body(*tops) + numbered
    found, column = margin_numbers(words, [])
    assert found == {4, 5, 6, 7}  # 3, 4, 5, 6: a page need not restart at 1
    assert column == MarginColumn(NUMBER_RIGHT, 7.0)
    # a steps table's « N° » column: the cells' own size (and colour), kept
    steps = _body(*tops) + [_word(NUMBER_RIGHT, t, str(n), 10.0) for n, t in enumerate(tops, 1)]
    assert margin_numbers(steps, [])[0] == set()
    # a chart's axis: values going down the page, kept
    axis = _body(*tops) + [
        _word(NUMBER_RIGHT, t + 3.0, str(n), 7.0)
        for n, t in zip((30, 20, 10, 0), tops, strict=True)
    ]
    assert margin_numbers(axis, [])[0] == set()
    # beside no line of the text (a list of page references in a margin box), kept
    apart = _body(*tops) + [_word(NUMBER_RIGHT, t + 6.0, str(n), 7.0) for n, t in enumerate(tops)]
    assert margin_numbers(apart, [])[0] == set()
    # numbers not all left of the text block (a numbered list indented under a heading), kept
    listed = [_word(0, 90.0, "Titre", x0=30.0), *numbered, *_body(*tops)]
    assert margin_numbers(listed, [])[0] == set()


def test_a_lone_number_is_furniture_only_in_a_column_seen_before() -> None:
    words = [*_body(100.0), _word(NUMBER_RIGHT, 103.0, "1", 7.0)]
    assert margin_numbers(words, [])[0] == set()
    found, _ = margin_numbers(words, [], MarginColumn(NUMBER_RIGHT, 7.0))
    assert found == {1}
    elsewhere = MarginColumn(NUMBER_RIGHT - 12.0, 7.0)
    assert margin_numbers(words, [], elsewhere)[0] == set()


def test_numbers_of_the_text_size_taken_when_lighter() -> None:
    tops = [100.0, 112.0]
    words = _body(*tops) + [_word(NUMBER_RIGHT, t, str(n), 10.0) for n, t in enumerate(tops, 1)]

    def chars(word: dict[str, Any], gray: float) -> dict[str, Any]:
        return {
            "text": word["text"][0],
            "x0": word["x0"],
            "top": word["top"],
            "non_stroking_color": (gray,),
        }

    black = [chars(w, 0.0) for w in words[:2] for _ in range(10)]
    assert margin_numbers(words, [*black, *(chars(w, 0.5) for w in words[2:])])[0] == {2, 3}
    assert margin_numbers(words, [*black, *(chars(w, 0.0) for w in words[2:])])[0] == set()


def _glyphs(word: dict[str, Any], font: str) -> list[dict[str, Any]]:
    """One glyph per character of ``word``, set in ``font``."""
    return [
        {
            "text": ch,
            "x0": word["x0"] + k * 0.5 * word["size"],
            "top": word["top"],
            "fontname": font,
            "non_stroking_color": (0.0,),
        }
        for k, ch in enumerate(str(word["text"]))
    ]


def test_numbers_of_the_text_size_and_colour_taken_in_another_typeface() -> None:
    """Word's « Numéros de ligne » in a serif beside a sans-serif text, black and of the
    text's size: told by the typeface; the cells' own typeface (a « N° » column) stays text."""
    tops = [100.0, 112.0, 124.0]
    words = _body(*tops) + [_word(NUMBER_RIGHT, t, str(n), 10.0) for n, t in enumerate(tops, 1)]
    text = [g for w in words[:3] for g in _glyphs(w, "BAAAAA+LiberationSans")]
    serif = [g for w in words[3:] for g in _glyphs(w, "CAAAAA+LiberationSerif")]
    assert margin_numbers(words, [*text, *serif])[0] == {3, 4, 5}
    bold = [g for w in words[3:] for g in _glyphs(w, "DAAAAA+LiberationSans-Bold")]
    assert margin_numbers(words, [*text, *bold])[0] == set()


def test_an_empty_line_numbered_and_a_header_number_above_the_column() -> None:
    """Writer numbers the empty paragraph after a table (a number beside no text) and its
    header's own line (« 1 », smaller, above the column): the column is still told, the
    header's number left to the running header."""
    tops = [100.0, 112.0, 124.0, 136.0, 148.0]
    body = _body(100.0, 124.0, 136.0, 148.0)  # line 2 (top 112) is an empty paragraph
    numbers = [_word(NUMBER_RIGHT, t + 3.0, str(n), 7.0) for n, t in enumerate(tops, 1)]
    header = _word(NUMBER_RIGHT, 40.0, "1", 5.5)
    words = [*body, header, *numbers]
    found, column = margin_numbers(words, [])
    assert found == {5, 6, 7, 8, 9}
    assert column == MarginColumn(NUMBER_RIGHT, 7.0)
    # two of five beside nothing: no column (a list of page references in a margin box)
    sparse = [*_body(100.0, 136.0, 148.0), *numbers]
    assert margin_numbers(sparse, [])[0] == set()
