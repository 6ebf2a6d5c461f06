"""ICON NAMES PRINTED AS WORDS (an icon font that did not load: « event », « person » in the
default serif at the icon's size before each value) are set aside (sources.pdf.icon_names);
a heading in another face, a word said once, or the body text's own words stay. Drawn with
reportlab."""

from __future__ import annotations

from sources.action_plan import parse_action_plan
from tests.sources.pdf.hand_pages import BOUNDS, HandPages

ROWS = (
    ("Lancer un test", "Auditer", "2019", "18000", "GACdG", "CCI"),
    ("Définir", "Choisir", "2020", "interne", "GACdG", "ADEME"),
)
ICONS = ("label", "", "event", "euro", "", "")


def _plan(icons: bool) -> bytes:
    pages = HandPages()
    pages.fiche_head()
    c = pages.c
    bottom = pages.steps_table(150.0, [tuple("" for _ in range(6)) for _ in ROWS])
    for k, row in enumerate(ROWS):
        top = 166.0 + 18.0 * k
        for x, icon, text in zip(BOUNDS, ICONS, row, strict=False):
            x += 3.0
            if icons and icon:
                c.setFont("Times-Roman", 13.5)
                c.drawString(x, 842.0 - top - 12.0, icon)
                x += c.stringWidth(icon, "Times-Roman", 13.5)
            pages.text(x, top + 4.0, text, size=8.0)
    pages.text(57.0, bottom + 30.0, "FICHE 1.1.2", bold=True, size=12.0)
    pages.text(57.0, bottom + 50.0, "Objectif opérationnel : Etendre", bold=True, size=12.0)
    c.showPage()
    return pages.save()


def test_icon_names_printed_as_words_are_no_part_of_the_values() -> None:
    read = []
    for icons in (True, False):
        doc = parse_action_plan(_plan(icons), "plans/ligature.pdf", "0" * 64)
        read.append([(s.step, s.planning_label, s.budget_label, s.owner) for s in doc.steps])
    assert (
        read[0]
        == read[1]
        == [
            ("Lancer un test", "2019", "18000", "GACdG"),
            ("Définir", "2020", "interne", "GACdG"),
        ]
    )


def _chars(text: str, x: float, top: float, size: float, font: str) -> list[dict[str, object]]:
    out = []
    for ch in text:
        w = 0.5 * size
        out.append({"text": ch, "x0": x, "x1": x + w, "top": top, "bottom": top + size,
                    "size": size, "fontname": font})  # fmt: skip
        x += w
    return out


def test_other_big_words_in_another_face_stay() -> None:
    from types import SimpleNamespace

    from sources.pdf.icon_names import icon_name_chars

    body = [c for k in range(6) for c in _chars("GACdG pilote", 60.0, 100.0 + 12 * k, 8.0, "Sans")]
    once = _chars("introduction", 60.0, 40.0, 14.0, "Serif")  # a heading, said once
    capital = _chars("Contexte", 60.0, 60.0, 14.0, "Serif") * 2  # capitalised
    same_face = _chars("event", 60.0, 80.0, 14.0, "Sans") * 2  # the body's face
    title = [  # a big title's lower-case words, twice on the page: among big words
        c
        for top in (20.0, 30.0)
        for x, word in ((60.0, "Plan"), (95.0, "des"), (121.0, "actions"))
        for c in _chars(word, x, top, 14.0, "Serif")
    ]
    page = SimpleNamespace(chars=body + once + capital + same_face + title)
    assert icon_name_chars(page) == set()
    icons = _chars("event", 60.0, 200.0, 14.0, "Serif") + _chars(
        "event", 60.0, 220.0, 14.0, "Serif"
    )
    page = SimpleNamespace(chars=body + icons)
    assert icon_name_chars(page) == {id(c) for c in icons}
