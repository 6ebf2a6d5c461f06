"""A drawn vertical rule between two words of a line parts them whatever the gap
(sources.pdf.walls): a spreadsheet fiche template printed « fit to page » (plan_xlsx_paires,
fields two pairs a row at 4.8 pt type) sets the next cell's label under three points after
the value's last word. A left value's line ending a hair short of the second label stays in
the paired row (sources.action_plan.line_kinds.PairedFields). Negative: a fill's edge (a
highlight) between two words of a sentence cuts nothing. Drawn by hand with reportlab; the
whole plan read with the parser."""

from __future__ import annotations

from types import SimpleNamespace

from reportlab.pdfbase.pdfmetrics import stringWidth

from sources.action_plan import parse_action_plan
from sources.pdf.lines import words_to_lines
from sources.pdf.walls import mark_walls
from tests.sources.pdf.hand_pages import HEIGHT, HandPages

SIZE = 5.0
COLS = (57.0, 110.0, 538.0)  # the fiche's left, the first value's left, its right
LEFT = [  # the Contexte value's lines
    "L'agglomération mène une opération test d'économie circulaire sur le territoire. Une",
    "vingtaine d'entreprises représentatives sont auditées par la CCI Gers",
    "afin de connaître leurs ressources.",
    "Il s'agit d'une démarche pérenne.",
]


def _word(x0: float, text: str, top: float = 100.0) -> dict:
    x1 = x0 + stringWidth(text, "Helvetica", SIZE)
    return {"x0": x0, "x1": x1, "top": top, "bottom": top + SIZE, "text": text, "size": SIZE}


def test_a_rule_between_two_words_cuts_the_line() -> None:
    words = [_word(200.0, "serre."), _word(215.5, "Objectifs")]
    page = SimpleNamespace(
        lines=[{"x0": 214.5, "x1": 214.5, "top": 90.0, "bottom": 120.0}], rects=[]
    )
    assert words[1]["x0"] - words[0]["x1"] < 3.5  # closer than any gap cut so far
    lines = words_to_lines(mark_walls(words, page), 1)
    assert [s.text for s in lines[0].segments] == ["serre.", "Objectifs"]


def test_a_fill_edge_between_two_words_cuts_nothing() -> None:
    words = [_word(200.0, "serre."), _word(215.5, "Objectifs")]
    fill = {"x0": 214.5, "x1": 260.0, "top": 99.0, "bottom": 106.0, "fill": True, "stroke": False}
    lines = words_to_lines(mark_walls(words, SimpleNamespace(lines=[], rects=[fill])), 1)
    assert [s.text for s in lines[0].segments] == ["serre. Objectifs"]


def _plan() -> bytes:
    """Fiche 1.1.1's heading, then its fields row « Contexte | value | Objectifs… | value »,
    the left value's longest line ending 0.8 pt short of the second label's rule."""
    pages = HandPages()
    pages.text(57.0, 60.0, "Axe 1 : Un territoire sobre", bold=True, size=14.0)
    pages.text(57.0, 85.0, "FICHE 1.1.1", bold=True, size=12.0)
    pages.text(57.0, 104.0, "Objectif opérationnel : Expérimenter", bold=True, size=12.0)
    c = pages.c
    c.setLineWidth(0.5)
    left = COLS[1] + 0.5
    split = left + max(stringWidth(t, "Helvetica", SIZE) for t in LEFT) + 0.8
    cols = (COLS[0], COLS[1], split, split + 80.0, COLS[-1])
    top, pitch = 150.0, 6.0
    bottom = top + 2.0 + pitch * len(LEFT) + 2.0
    for x in cols:
        c.line(x, HEIGHT - top, x, HEIGHT - bottom)
    for y in (top, bottom):
        c.line(cols[0], HEIGHT - y, cols[-1], HEIGHT - y)
    pages.text(cols[0] + 0.5, top + 1.0, "Contexte", bold=True, size=SIZE)
    pages.text(cols[2] + 0.5, top + 1.0, "Objectifs et résultats attendus", bold=True, size=SIZE)
    for k, text in enumerate(LEFT):
        pages.text(left, top + 1.0 + pitch * k, text, size=SIZE)
    pages.text(cols[3] + 0.5, top + 1.0, "Des démarches sont menées.", size=SIZE)
    pages.next_fiche(bottom + 20.0)
    c.showPage()
    return pages.save()


def test_two_pairs_a_row_at_small_type() -> None:
    doc = parse_action_plan(_plan(), "plans/paires.pdf", "0" * 64)
    first = doc.actions[0]
    assert first.action_code == "1.1.1"
    assert first.expected_results == "Des démarches sont menées."
    assert " ".join((first.context or "").split()) == " ".join(LEFT)
