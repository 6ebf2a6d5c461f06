"""Steps as a numbered list whose detail pairs are BULLETED lines (« • Planification : 2019 »),
a pair's long value wrapping at the bullet's text edge (« organisations professionnelles du »
/ « bâtiment »): the wrapped rest goes on that value, not on the next step
(sources.action_plan.step_list). A symbol font's bullet in the private-use area (Writer's
OpenSymbol U+F0B7, Word's Symbol) reads as « • » (sources.pdf.lines). Drawn with reportlab."""

from __future__ import annotations

from typing import Any

from sources.action_plan import parse_action_plan
from sources.pdf.lines import _words
from tests.sources.pdf.hand_pages import HandPages

EDGE = 57.0


class _Page:
    """The few page attributes the word reader asks for, around given words."""

    chars: list[dict[str, Any]] = []
    rects: list[dict[str, Any]] = []
    curves: list[dict[str, Any]] = []
    width = 595.0

    def __init__(self, words: list[dict[str, Any]]) -> None:
        self.words = words

    def extract_words(self, **_: Any) -> list[dict[str, Any]]:
        return self.words


def test_private_use_bullets_read_as_bullets() -> None:
    word = {"x0": 75.0, "x1": 80.0, "top": 10.0, "bottom": 19.0, "size": 9.0}
    words = [{**word, "text": "\uf0b7"}, {**word, "text": "Planification", "x0": 93.0}]
    assert [w["text"] for w in _words(_Page(words))] == ["•", "Planification"]
    # a private-use glyph inside a word is left as printed
    assert [w["text"] for w in _words(_Page([{**word, "text": "a\uf0b7"}]))] == ["a\uf0b7"]


def _plan() -> bytes:
    pages = HandPages()
    pages.text(EDGE, 60.0, "Axe 1 : Un territoire sobre", bold=True, size=14.0)
    pages.text(EDGE, 85.0, "FICHE 1.2.3", bold=True, size=12.0)
    pages.text(EDGE, 104.0, "Objectif opérationnel : Elaborer une charte", bold=True, size=12.0)
    pages.text(EDGE, 130.0, "Modalités de mise en oeuvre", bold=True)
    top = 150.0
    items = [
        (
            "Elaborer la charte",
            "Compiler les pratiques.",
            "2020",
            "organisations professionnelles du",
        ),
        ("Valider la charte", "Assurer l'engagement.", "2021", "communes"),
    ]
    for n, (name, desc, year, partners) in enumerate(items, 1):
        pages.text(EDGE, top, f"{n}.")
        pages.text(75.0, top, name, bold=True)
        pages.text(75.0, top + 12.0, desc)
        top += 24.0
        for label, value in (("Planification", year), ("Porteur", "GACdG")):
            pages.text(75.0, top, "•")
            pages.text(93.0, top, f"{label} : {value}")
            top += 12.0
        pages.text(75.0, top, "•")
        pages.text(93.0, top, f"Partenaires envisagés : {partners}")
        top += 12.0
        if n == 1:
            pages.text(93.0, top, "bâtiment")  # the wrapped rest, at the bullet's text edge
            top += 12.0
        top += 10.0
    pages.c.showPage()
    return pages.save()


def test_a_bulleted_pair_wrapped_at_its_text_edge() -> None:
    doc = parse_action_plan(_plan(), "plans/puces.pdf", "0" * 64)
    assert [(s.step, s.description, s.planning_label, s.owner) for s in doc.steps] == [
        ("Elaborer la charte", "Compiler les pratiques.", "2020", "GACdG"),
        ("Valider la charte", "Assurer l'engagement.", "2021", "GACdG"),
    ]
    assert [s.partners for s in doc.steps] == [
        ["organisations professionnelles du bâtiment"],
        ["communes"],
    ]
