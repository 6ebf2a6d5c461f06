"""Word-processor FOOTNOTES in a plan: the CALL, a small number raised above the baseline and
glued to a heading or label (« Modalités de mise en oeuvre¹ », « Contexte³ », a steps table's
« Ressources² »), is told by its size and baseline and left out of the label matching; the
NOTES at the page's foot under a short separator rule are no text of the page's flow — not
the value of the field above them, not a row of the table above them
(sources.pdf.footnotes). Drawn with reportlab. Negative cases: a subscript (« CO₂ »), a
superscript ordinal (« 1er »), a digit of the word's own size (« A4 ») stay as printed; a
numbered line at a page's foot with no separator rule above it stays text."""

from __future__ import annotations

import io
from typing import Any

import pdfplumber
import pytest

from sources.action_plan import parse_action_plan
from sources.action_plan.line_kinds import _classify
from sources.pdf.columns import column_key
from sources.pdf.content import Line, Segment
from sources.pdf.engine import ENGINE_ENV, ENGINES
from sources.pdf.footnotes import footnote_lines, mark_calls, without_calls
from sources.pdf.lines import words_to_lines
from tests.sources.pdf.hand_pages import HEIGHT, HandPages

EDGE = 57.0
VALUE_X = 180.0


class _Pages(HandPages):
    called_label: str | None = None
    call = 0

    def called(self, x: float, top: float, s: str, n: int, *, bold: bool = False) -> None:
        """``s`` (9 pt) and the call ``n`` glued to it: 5.5 pt, raised by 3.5 pt."""
        right = self.text(x, top, s, bold=bold)
        self.c.setFont("Helvetica", 5.5)
        self.c.drawString(right + 0.2, HEIGHT - top - 9.0 + 3.5, str(n))

    def notes(self, top: float, *notes: str) -> None:
        """A footnote separator rule (a quarter of the text's width) and ``notes``, 7 pt."""
        self.c.setLineWidth(0.5)
        self.c.line(EDGE, HEIGHT - top, EDGE + 120.0, HEIGHT - top)
        for k, note in enumerate(notes):
            self.text(EDGE, top + 3.0 + 9.0 * k, note, size=7.0)

    def field(self, top: float, label: str, value: str, call: int | None = None) -> None:
        if call is None:
            self.text(EDGE, top, label, bold=True)
        else:
            self.called(EDGE, top, label, call, bold=True)
        self.text(VALUE_X, top, value)

    def header_cell(self, x: float, top: float, label: str) -> None:
        if label == self.called_label:
            self.called(x, top, label, self.call, bold=True)
        else:
            self.text(x, top, label, bold=True)

    def table(
        self, top: float, rows: list[tuple[str, ...]], call: int, called: str = "Ressources"
    ) -> float:
        """A ruled steps table, its ``called`` label with the call ``call``."""
        self.called_label, self.call = called, call
        return self.steps_table(top, rows)


def _plan() -> bytes:
    """Fiche 1.1.1 on page 1 (fields, the called steps heading and table, their two notes);
    fiche 1.1.2's fields filling page 2, its « Contexte » called, the note under its last
    field; its steps on page 3."""
    pages = _Pages()
    pages.text(EDGE, 60.0, "Axe 1 : Un territoire sobre", bold=True, size=14.0)
    pages.text(EDGE, 85.0, "FICHE 1.1.1", bold=True, size=12.0)
    pages.text(EDGE, 104.0, "Objectif opérationnel : Expérimenter", bold=True, size=12.0)
    pages.field(130.0, "Contexte", "Une opération test auprès des entreprises.")
    pages.field(150.0, "Publics cibles", "Entreprises, Associations")
    pages.called(EDGE, 180.0, "Modalités de mise en oeuvre", 1, bold=True)
    rows = [
        ("Lancer une phase test", "Auditer vingt entreprises.", "2019", "18000", "GACdG", "CCI"),
        ("Définir une stratégie", "Choisir les filières.", "2020", "5000", "GACdG", "ADEME"),
    ]
    pages.table(200.0, rows, 2)
    pages.notes(
        790.0, "1 Un calendrier indicatif, revu chaque année.", "2 Des montants hors taxes."
    )
    pages.c.showPage()
    pages.text(EDGE, 60.0, "FICHE 1.1.2", bold=True, size=12.0)
    pages.text(EDGE, 79.0, "Objectif opérationnel : Etendre", bold=True, size=12.0)
    pages.field(105.0, "Contexte", "Un réseau des acteurs locaux, ligne 1.", call=3)
    for n in range(2, 44):
        pages.text(VALUE_X, 90.0 + 15.0 * n, f"Un réseau des acteurs locaux, ligne {n}.")
    pages.field(775.0, "Publics cibles", "Collectivités")
    pages.notes(795.0, "3 Un réseau ouvert à toute structure du territoire gersois.")
    pages.c.showPage()
    pages.called(EDGE, 60.0, "Modalités de mise en oeuvre", 4, bold=True)
    pages.table(80.0, [("Animer le réseau", "Deux rencontres.", "2021", "interne", "GACdG", "")], 5)
    pages.notes(790.0, "4 Un calendrier indicatif.", "5 Des montants hors taxes.")
    pages.c.showPage()
    return pages.save()


def test_calls_left_out_and_notes_not_read_as_text() -> None:
    doc = parse_action_plan(_plan(), "plans/notes.pdf", "0" * 64)
    assert [a.action_code for a in doc.actions] == ["1.1.1", "1.1.2"]
    first, second = doc.actions
    assert first.context == "Une opération test auprès des entreprises."
    assert first.target_audiences == ["Entreprises", "Associations"]
    assert second.context is not None
    assert second.context.startswith("Un réseau des acteurs locaux, ligne 1. Un réseau")
    assert second.context.endswith("ligne 43.")
    assert second.target_audiences == ["Collectivités"]  # not its page's footnote
    assert [(s.step, s.description, s.planning_label, s.owner) for s in doc.steps] == [
        ("Lancer une phase test", "Auditer vingt entreprises.", "2019", "GACdG"),
        ("Définir une stratégie", "Choisir les filières.", "2020", "GACdG"),
        ("Animer le réseau", "Deux rencontres.", "2021", "GACdG"),
    ]


def _cut_plan() -> bytes:
    """A steps table running to the foot of page 1, its last row cut by the page break, the
    page's two notes under it; the row goes on under the repeated header of page 2."""
    pages = _Pages()
    pages.text(EDGE, 60.0, "Axe 1 : Un territoire sobre", bold=True, size=14.0)
    pages.text(EDGE, 85.0, "FICHE 1.1.1", bold=True, size=12.0)
    pages.text(EDGE, 104.0, "Objectif opérationnel : Expérimenter", bold=True, size=12.0)
    pages.field(130.0, "Contexte", "Une opération test auprès des entreprises.")
    pages.called(EDGE, 150.0, "Modalités de mise en oeuvre", 1, bold=True)
    rows = [(f"Etape {k}", f"Une action {k}.", "2019", "1000", "GACdG", "CCI") for k in range(32)]
    rows.append(("Définir une", "Choisir les", "2020", "5000", "GACdG", "ADEME"))
    assert pages.table(170.0, rows, 2) == 780.0
    pages.notes(790.0, "1 Un calendrier indicatif, revu chaque année.", "2 Des montants HT.")
    pages.c.showPage()
    more = [
        ("stratégie", "filières.", "", "", "", ""),
        ("Animer le réseau", "Deux rencontres.", "2021", "interne", "GACdG", ""),
    ]
    pages.table(60.0, more, 3)
    pages.notes(790.0, "3 Des montants hors taxes.")
    pages.c.showPage()
    return pages.save()


def test_a_row_cut_above_the_notes_goes_on_over_the_page_break() -> None:
    """The notes under the table are no line of the page: the table still runs to the page's
    foot, so the first row of the next page is the rest of its last row."""
    doc = parse_action_plan(_cut_plan(), "plans/notes_coupees.pdf", "0" * 64)
    assert len(doc.steps) == 34
    assert [(s.step, s.description, s.planning_label) for s in doc.steps[-2:]] == [
        ("Définir une stratégie", "Choisir les filières.", "2020"),
        ("Animer le réseau", "Deux rencontres.", "2021"),
    ]


def test_a_call_glued_to_a_ruled_grid_header_label(monkeypatch: pytest.MonkeyPatch) -> None:
    """« Etape¹ » in a ruled grid's header (its cell text read from the characters): the
    grid is a steps table, with either PDF engine."""
    pages = _Pages()
    pages.text(EDGE, 85.0, "FICHE 1.1.1", bold=True, size=12.0)
    pages.text(EDGE, 104.0, "Objectif opérationnel : Expérimenter", bold=True, size=12.0)
    pages.field(130.0, "Contexte", "Une opération test auprès des entreprises.")
    pages.text(EDGE, 150.0, "Modalités de mise en oeuvre", bold=True)
    rows = [("Lancer", "Auditer vingt entreprises.", "2019", "18000", "GACdG", "CCI")]
    pages.table(170.0, rows, 1, called="Etape")
    pages.notes(790.0, "1 Une étape est une phase du projet.")
    pages.c.showPage()
    data = pages.save()
    for engine in ENGINES:
        monkeypatch.setenv(ENGINE_ENV, engine)
        doc = parse_action_plan(data, "plans/etape.pdf", "0" * 64)
        steps = [(s.step, s.description, s.owner) for s in doc.steps]
        assert steps == [("Lancer", "Auditer vingt entreprises.", "GACdG")], engine


def _word(x0: float, x1: float, top: float, size: float, text: str) -> dict[str, Any]:
    return {
        "x0": x0,
        "x1": x1,
        "top": top,
        "bottom": top + size,
        "size": size,
        "text": text,
        "fontname": "Helvetica",
    }


def test_a_small_raised_number_glued_to_a_word_is_a_call() -> None:
    (line,) = words_to_lines(
        [_word(57.0, 100.0, 100.0, 11.0, "oeuvre"), _word(100.2, 103.4, 100.3, 6.4, "1")], 1
    )
    assert line.text == "oeuvre¹"
    (line,) = words_to_lines(  # a subscript sits lower: no call
        [_word(57.0, 70.0, 100.0, 9.0, "CO"), _word(70.1, 73.0, 101.7, 6.0, "2")], 1
    )
    assert line.text == "CO2"
    (line,) = words_to_lines(  # a superscript ordinal is letters
        [_word(57.0, 62.0, 100.0, 9.0, "1"), _word(62.1, 68.0, 99.0, 6.0, "er")], 1
    )
    assert line.text == "1er"
    (line,) = words_to_lines(  # a digit of the word's own size is the word's
        [_word(57.0, 63.0, 100.0, 9.0, "A"), _word(63.1, 68.0, 100.0, 9.0, "4")], 1
    )
    assert line.text == "A4"


def test_call_characters_marked_in_place() -> None:
    """Characters: « Etape » 9 pt then « 12 » 5.5 pt raised (a call of two digits); « CO »
    then a lowered « 2 » (a subscript); « A4 » at one size."""
    chars = [_word(57.0 + 5 * k, 62.0 + 5 * k, 100.0, 9.0, ch) for k, ch in enumerate("Etape")]
    chars += [_word(82.1, 85.0, 99.5, 5.5, "1"), _word(85.0, 88.0, 99.5, 5.5, "2")]
    chars += [_word(100.0, 106.0, 100.0, 9.0, "C"), _word(106.0, 112.0, 100.0, 9.0, "O")]
    chars += [_word(112.1, 115.0, 104.5, 5.5, "2")]
    chars += [_word(130.0, 136.0, 100.0, 9.0, "A"), _word(136.0, 141.0, 100.0, 9.0, "4")]
    mark_calls(chars)
    assert "".join(c["text"] for c in chars) == "Etape¹²CO2A4"


def _line(top: float, text: str, size: float = 9.0, width: float = 0.0) -> Line:
    seg = Segment(EDGE, EDGE + (width or 4.0 * len(text)), text, False)
    return Line(1, top, top + size, seg.x0, seg.x1, size, False, [seg])


def test_a_call_is_no_part_of_a_heading_nor_a_label() -> None:
    assert without_calls("Modalités de mise en oeuvre¹") == "Modalités de mise en oeuvre"
    assert without_calls("Surface de 200 m² rénovée") == "Surface de 200 m rénovée"
    assert without_calls("Contexte¹² : texte") == "Contexte : texte"
    kind = _classify(_line(100.0, "Modalités de mise en oeuvre¹"))
    assert kind is not None and kind.kind == "impl"
    kind = _classify(_line(100.0, "Contexte³"))
    assert kind is not None and (kind.kind, kind.key) == ("field", "context")
    assert column_key("Etape¹") == "step"
    assert column_key("Ressources à mobiliser²") == "budget"


def test_numbered_foot_lines_without_a_separator_rule_stay_text() -> None:
    with pdfplumber.open(io.BytesIO(_plan())) as pdf:
        page = pdf.pages[0]
        lines = [_line(100.0, "Un texte courant.", width=480.0), _line(120.0, "Un texte.")]
        foot = [_line(700.0, "1 Une ligne numérotée.", 7.0), _line(709.0, "2 Une autre.", 7.0)]
        assert footnote_lines([*lines, *foot], page, HEIGHT) == set()  # no rule above them
        notes = [_line(793.0, "1 Une note.", 7.0), _line(802.0, "2 Une autre note.", 7.0)]
        assert footnote_lines([*lines, *notes], page, HEIGHT) == {2, 3}
        big = [_line(793.0, "1 Un titre.", 9.0)]  # the body's size: no note
        assert footnote_lines([*lines, *big], page, HEIGHT) == set()


def _endnoted_plan() -> bytes:
    """Writer's ENDNOTES in its default numbering: lower-case roman calls glued to the
    values' ends (« circulairei »), the notes on a page of their own after the last one."""
    pages = _Pages()
    pages.text(EDGE, 60.0, "FICHE 1.1.1", bold=True, size=12.0)
    pages.text(EDGE, 79.0, "Objectif opérationnel : Expérimenter", bold=True, size=12.0)
    pages.field(105.0, "Contexte", "Une opération test auprès des entreprises.")
    pages.text(EDGE, 125.0, "Indicateurs", bold=True)
    for top, value, call in ((125.0, "Nombre d'entreprises", "i"), (145.0, "Tonnage", "ii")):
        end = pages.text(VALUE_X, top, value)
        pages.c.setFont("Helvetica", 5.5)
        pages.c.drawString(end + 0.2, HEIGHT - top - 9.0 + 3.5, call)
    pages.field(170.0, "Publics cibles", "Entreprises")
    rows = [("Lancer une phase test", "Auditer vingt entreprises.", "2019", "18000", "GACdG", "")]
    pages.steps_table(200.0, rows)
    pages.c.showPage()
    for k, note in enumerate(
        [
            "i Source : tableau de bord du service.",
            "ii Source : suivi annuel du PCAET.",
            "iii Donnée à consolider avec les partenaires.",
        ]
    ):
        pages.text(EDGE, 60.0 + 14.0 * k, note, size=8.0)
    pages.c.showPage()
    return pages.save()


def test_roman_endnote_calls_and_the_endnotes_page() -> None:
    doc = parse_action_plan(_endnoted_plan(), "plans/endnotes.pdf", "0" * 64)
    (action,) = doc.actions
    assert action.indicators == ["Nombre d'entreprises", "Tonnage"]  # the calls taken off
    assert [(s.step, s.partners) for s in doc.steps] == [("Lancer une phase test", [])]
    assert not any("Source" in (s.description or "") for s in doc.steps)


def test_roman_calls_and_endnote_lines_told_apart() -> None:
    from sources.pdf.footnotes import as_call, endnote_lines, is_call, roman_value

    word = {"text": "circulaire", "size": 10.0, "bottom": 669.0}
    call = {"text": "xii", "size": 5.8, "bottom": 665.1}
    assert is_call(word, call) and as_call("xii") == "¹²" and roman_value("iv") == 4
    # an ordinal's letters make no numeral, a numeral of the word's size is no call
    assert not is_call(word, {**call, "text": "e"})
    assert not is_call(word, {**call, "size": 10.0})

    def line(top: float, text: str, size: float = 8.0) -> Line:
        seg = Segment(57.0, 400.0, text, False, [(57.0, 400.0, text)])
        return Line(14, top, top + size, 57.0, 400.0, size, False, [seg])

    notes = [
        line(56.0 + 14 * k, f"{n} Source : note {k}.") for k, n in enumerate(["i", "ii", "iii"])
    ]
    assert endnote_lines(notes) == {0, 1, 2}
    # negative: out of sequence, or a page of the flow above them
    assert endnote_lines([notes[0], notes[2], notes[1]]) == set()
    assert endnote_lines([line(40.0, "Indicateurs", 10.0), *notes]) == set()
