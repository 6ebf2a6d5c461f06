"""Fields as HANGING-INDENT paragraphs (« **Label** ⇥ value », further value lines at the
value's indent, no table): a label wider than the indent runs past it and its value starts
at the next tab stop, just beyond the label (:func:`sources.pdf.lines._tab_gap`, the label
column kept by the sheet reader). Drawn with reportlab; negative cases: a bold run-in word
followed by an ordinary space stays one segment, « Label : value » lines are read as before."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from sources.action_plan import parse_action_plan
from sources.pdf.lines import words_to_lines

HEIGHT = A4[1]
LEFT, INDENT, SIZE, STEP = 56.8, 198.6, 9.5, 12.5


def _pdf(draw) -> bytes:  # type: ignore[no-untyped-def]
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setTitle("Plan")

    def text(x: float, top: float, s: str, bold: bool = False, size: float = SIZE) -> float:
        font = "Helvetica-Bold" if bold else "Helvetica"
        c.setFont(font, size)
        c.drawString(x, HEIGHT - top - size, s)
        return x + c.stringWidth(s, font, size)

    text(LEFT, 30, "PCAET Communauté de test — Programme d'actions", size=8)
    text(LEFT, 60, "FICHE 1.1.1 Objectif opérationnel : Lancer une phase test", bold=True, size=13)
    draw(text)
    c.showPage()
    c.save()
    return buf.getvalue()


def _hanging(text) -> None:  # type: ignore[no-untyped-def]
    top = 100.0
    for label, lines in (
        ("Contexte", ["Une opération test est menée sur le territoire avec", "vingt entreprises."]),
        ("Indicateurs", ["Nombre d'entreprises engagées"]),
        ("Publics cibles", ["Entreprises, Associations"]),
        ("Prise en compte de l'EES", []),
    ):
        text(LEFT, top, label, bold=True)
        for line in lines:
            text(INDENT, top, line)
            top += STEP
        top += STEP if not lines else 4
    # a label wider than the indent: its value at the next tab stop, 4 pt beyond the label
    end = text(LEFT, top, "Liens avec les objectifs réglementaires", bold=True)
    text(end + 4, top, "Réduction des émissions de GES Séquestration carbone")
    text(INDENT, top + STEP, "Qualité de l'air Adaptation")


def test_label_past_the_indent_keeps_its_value_and_further_lines() -> None:
    doc = parse_action_plan(_pdf(_hanging), "plans/retraits.pdf", "0" * 64)
    (action,) = doc.actions
    assert (
        action.context == "Une opération test est menée sur le territoire avec vingt entreprises."
    )
    assert action.indicators == ["Nombre d'entreprises engagées"]
    assert action.target_audiences == ["Entreprises", "Associations"]
    assert action.regulatory_links == [
        "Réduction des émissions de GES",
        "Séquestration carbone",
        "Qualité de l'air",
        "Adaptation",
    ]


def _word(x0: float, x1: float, text: str, bold: bool) -> dict[str, object]:
    font = "Helvetica-Bold" if bold else "Helvetica"
    return {
        "x0": x0,
        "x1": x1,
        "top": 100.0,
        "bottom": 109.5,
        "text": text,
        "size": 9.5,
        "fontname": font,
    }


def test_tab_after_a_bold_label_cuts_the_line() -> None:
    words = [
        _word(56.8, 81.6, "Liens", True),
        _word(84.2, 105.3, "avec", True),
        _word(107.9, 121.1, "les", True),
        _word(124.9, 160.0, "Réduction", False),  # 3.8 pt: a tab, the spaces being 2.6
        _word(162.6, 177.9, "des", False),
        _word(180.5, 222.6, "émissions", False),
    ]
    (line,) = words_to_lines(words, 1)
    assert [s.text for s in line.segments] == ["Liens avec les", "Réduction des émissions"]


def test_bold_run_in_word_followed_by_a_plain_space_is_not_cut() -> None:
    words = [
        _word(56.8, 81.6, "Note", True),
        _word(84.2, 105.3, "avec", False),  # the line's ordinary space
        _word(107.9, 121.1, "les", False),
        _word(123.7, 160.0, "mêmes", False),
    ]
    (line,) = words_to_lines(words, 1)
    assert [s.text for s in line.segments] == ["Note avec les mêmes"]
    # justified: every space stretched alike, the bold word's one too
    stretched = [
        _word(56.8, 81.6, "Note", True),
        _word(86.0, 107.1, "avec", False),
        _word(111.3, 124.5, "les", False),
        _word(128.7, 165.0, "mêmes", False),
    ]
    (line,) = words_to_lines(stretched, 1)
    assert len(line.segments) == 1


def test_label_colon_value_lines_unchanged() -> None:
    def draw(text) -> None:  # type: ignore[no-untyped-def]
        text(LEFT, 100, "Indicateurs : Nombre d'entreprises engagées")
        text(LEFT, 116, "Publics cibles : Entreprises, Associations")
        text(LEFT, 132, "Liens avec les objectifs réglementaires : Séquestration carbone")

    (action,) = parse_action_plan(_pdf(draw), "plans/deux-points.pdf", "0" * 64).actions
    assert action.indicators == ["Nombre d'entreprises engagées"]
    assert action.target_audiences == ["Entreprises", "Associations"]
    assert action.regulatory_links == ["Séquestration carbone"]
