"""TURNED TEXT IN A SIDE MARGIN (a letterhead's vertical strip down every page's edge) is page
furniture (sources.pdf.margin_strips): the fiche beside it reads as without it. Turned text
inside the text block, or upright text in the margin, is kept. Drawn with reportlab."""

from __future__ import annotations

from sources.action_plan import parse_action_plan
from sources.pdf.margin_strips import turned_margin_words
from tests.sources.pdf.hand_pages import HEIGHT, HandPages, one_fiche_plan

ROWS = (
    ("Lancer un test", "Auditer", "2019", "18000", "GACdG", "CCI"),
    ("Définir une stratégie", "Choisir", "2020", "interne", "GACdG", "ADEME"),
)
STRIP = "Communauté d'agglomération Grand Auch — Plan Climat Air Énergie Territorial"


def _plan(strip: bool) -> bytes:
    pages = HandPages()
    if strip:
        c = pages.c
        c.saveState()
        c.setFont("Helvetica-Bold", 9.0)
        length = c.stringWidth(STRIP, "Helvetica-Bold", 9.0)
        c.translate(33.0, HEIGHT - 86.0 - length)  # its last letter level with « FICHE 1.1.1 »
        c.rotate(90)  # reading bottom to top
        for k, letter in enumerate(STRIP):  # set letter by letter, as Writer sets a frame's
            c.drawString(c.stringWidth(STRIP[:k], "Helvetica-Bold", 9.0), 0.0, letter)
        c.restoreState()
    return one_fiche_plan(ROWS, pages)


def test_a_turned_strip_down_the_page_edge_is_no_text() -> None:
    read = []
    for strip in (True, False):
        doc = parse_action_plan(_plan(strip), "plans/liseret.pdf", "0" * 64)
        read.append(
            (
                [(a.action_code, a.title) for a in doc.actions],
                [(s.step, s.start_year, s.owner) for s in doc.steps],
            )
        )
    assert read[0] == read[1]
    assert [s for s, _, _ in read[0][1]] == ["Lancer un test", "Définir une stratégie"]
    assert [code for code, _ in read[0][0]] == ["1.1.1", "1.1.2"]


def _word(x0: float, x1: float, upright: bool) -> dict[str, object]:
    return {"x0": x0, "x1": x1, "top": 100.0, "bottom": 110.0, "upright": upright, "text": "a"}


def test_only_turned_words_in_the_outer_strip_are_furniture() -> None:
    body = [_word(57.0, 300.0, True), _word(57.0, 538.0, True)]
    assert turned_margin_words([*body, _word(24.0, 33.0, False)], 595.0) == {2}
    assert turned_margin_words([*body, _word(560.0, 569.0, False)], 595.0) == {2}
    assert turned_margin_words([*body, _word(60.0, 69.0, False)], 595.0) == set()  # in a cell
    assert turned_margin_words([*body, _word(24.0, 33.0, True)], 595.0) == set()  # upright
    assert turned_margin_words([_word(24.0, 33.0, False)], 595.0) == set()  # a turned page
