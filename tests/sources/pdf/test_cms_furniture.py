"""Things a site's theme or a CMS prints among a plan's values that are no values: big pale
numbers behind the step names (sources.pdf.backdrop_glyphs) and « À LIRE AUSSI » teaser boxes
a related-posts plugin drops into cells (sources.pdf.teasers). Each rule has cases that must
stay as printed."""

from __future__ import annotations

import io
from types import SimpleNamespace
from typing import Any

import pytest

from sources.action_plan import parse_action_plan
from sources.pdf.backdrop_glyphs import backdrop_chars
from sources.pdf.engine import ENGINE_ENV, ENGINES
from sources.pdf.teasers import teaser_objects
from tests.sources.pdf.hand_pages import BOUNDS, HEIGHT, HandPages, page_texts

PALE, DARK = (0.86, 0.89, 0.93), (0.12, 0.12, 0.12)
ROWS = (
    ("Lancer un test", "Auditer", "2019", "18000", "GACdG", "CCI"),
    ("Définir", "Choisir", "2020", "interne", "GACdG", "ADEME"),
)


def _glyph(text: str, x: float, top: float, size: float, colour: Any) -> dict[str, Any]:
    return {"text": text, "x0": x, "x1": x + 0.55 * size, "top": top, "bottom": top + size,
            "size": size, "non_stroking_color": colour, "upright": True}  # fmt: skip


def _line(text: str, x: float, top: float, size: float = 8.0, colour: Any = DARK) -> list:
    return [_glyph(ch, x + 0.55 * size * k, top, size, colour) for k, ch in enumerate(text)]


def test_big_pale_glyphs_under_text_are_a_backdrop() -> None:
    body = _line("Lancer un test", 60.0, 100.0) + _line("texte courant", 60.0, 300.0) * 3
    under = _line("01", 58.0, 96.0, 22.0, PALE)  # the name printed over it
    alone = _line("02", 300.0, 500.0, 22.0, PALE)  # nothing over it: a big pale heading
    dark = _line("03", 58.0, 296.0, 22.0, DARK)  # a dark drop cap beside text
    page = SimpleNamespace(chars=[*body, *under, *alone, *dark])
    assert backdrop_chars(page) == {id(c) for c in under}


@pytest.mark.parametrize("engine", ENGINES)
def test_a_steps_tables_backdrop_numbers_are_no_part_of_the_step_names(
    engine: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENGINE_ENV, engine)

    def plan(numbers: bool) -> bytes:
        pages = HandPages()
        pages.fiche_head()
        if numbers:  # « 01 », « 02 » 22 pt pale, drawn first: the names print over them
            pages.c.setFillColorRGB(*PALE)
            for k in range(len(ROWS)):
                pages.text(BOUNDS[0] + 2.0, 166.0 + 18.0 * k - 2.0, f"0{k + 1}", bold=True,
                           size=22.0)  # fmt: skip
            pages.c.setFillColorRGB(0.0, 0.0, 0.0)
        pages.next_fiche(pages.steps_table(150.0, ROWS))
        pages.c.showPage()
        return pages.save()

    read = [
        [(s.step, s.planning_label) for s in parse_action_plan(plan(n), "p.pdf", "0" * 64).steps]
        for n in (True, False)
    ]
    assert read[0] == read[1] == [("Lancer un test", "2019"), ("Définir", "2020")]


def _box(x0: float, top: float, x1: float, bottom: float, colour: Any) -> dict[str, Any]:
    return {"x0": x0, "x1": x1, "top": top, "bottom": bottom, "fill": True,
            "non_stroking_color": colour}  # fmt: skip


def test_a_teaser_box_is_set_aside_and_the_same_words_elsewhere_stay() -> None:
    kicker = _line("À LIRE AUSSI", 140.0, 206.0, 6.0)
    title = _line("Budget participatif", 140.0, 214.0, 7.0)
    box = _box(129.0, 203.0, 314.0, 224.0, (0.96, 0.96, 0.96))
    bar = _box(129.0, 203.0, 131.0, 224.0, (0.78, 0.06, 0.18))
    prose = _line("à lire aussi le rapport", 140.0, 400.0)  # lower case, a sentence
    loose = _line("À LIRE AUSSI", 140.0, 500.0, 6.0)  # capitals outside any box
    page = SimpleNamespace(
        chars=[*kicker, *title, *prose, *loose], rects=[box, bar], curves=[], lines=[]
    )
    assert teaser_objects(page) == {id(o) for o in [*kicker, *title, box, bar]}


@pytest.mark.parametrize("engine", ENGINES)
def test_the_engines_set_a_teaser_aside(engine: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from reportlab.pdfgen import canvas

    monkeypatch.setenv(ENGINE_ENV, engine)
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=(595.0, HEIGHT))
    c.setFont("Helvetica", 9.0)
    c.drawString(60.0, HEIGHT - 100.0, "Animer et faire vivre ce réseau d'entreprises")
    c.setFillColorRGB(0.96, 0.96, 0.96)
    c.rect(60.0, HEIGHT - 140.0, 200.0, 28.0, stroke=0, fill=1)
    c.setFillColorRGB(0.78, 0.06, 0.18)
    c.setFont("Helvetica-Bold", 6.0)
    c.drawString(66.0, HEIGHT - 121.0, "À LIRE AUSSI")
    c.setFillColorRGB(0.04, 0.36, 0.54)
    c.setFont("Helvetica-Bold", 7.0)
    c.drawString(66.0, HEIGHT - 133.0, "Budget participatif : votez")
    c.save()
    (text,) = page_texts(buffer.getvalue())
    assert text == "Animer et faire vivre ce réseau d'entreprises"
