"""HELP BADGES (sources.pdf.badges): a CMS template's « i » in a small blue disc after each
field label and steps header label, white and set smaller than the text. The badge is no
part of the label nor of the value beside it; a figure in a pill, a small « i » outside any
disc and a disc holding a word stay. Pages drawn by hand with reportlab."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from sources.action_plan import parse_action_plan
from sources.pdf.badges import badge_objects
from sources.pdf.engine import ENGINE_ENV, ENGINES
from tests.sources.pdf.hand_pages import HEIGHT, HandPages

ROWS = (("Lancer un test", "Auditer", "2019", "18000", "GACdG", "CCI"),)


def _badge(pages: HandPages, x: float, top: float, mark: str = "i") -> None:
    """A 8 pt blue disc whose left edge is at ``x``, level with a 9 pt line at ``top``, a
    white 6 pt ``mark`` in it."""
    c = pages.c
    cx, cy = x + 4.0, HEIGHT - top - 4.5
    c.setFillColorRGB(0.0, 0.39, 0.8)
    c.circle(cx, cy, 4.0, stroke=0, fill=1)
    c.setFillColorRGB(1.0, 1.0, 1.0)
    c.setFont("Times-BoldItalic", 6.0)
    c.drawCentredString(cx, cy - 2.0, mark)
    c.setFillColorRGB(0.0, 0.0, 0.0)


def _plan(badges: bool) -> bytes:
    pages = HandPages()
    pages.fiche_head()
    bottom = pages.steps_table(150.0, ROWS)
    for top, label, value in (
        (bottom + 20.0, "Indicateurs", "Nombre d'entreprises engagées"),
        (bottom + 40.0, "Publics cibles", "Entreprises, Associations"),
    ):
        end = pages.text(57.0, top, label, bold=True)
        if badges:
            _badge(pages, end + 3.0, top)
        pages.text(184.0, top, value)
    pages.next_fiche(bottom + 60.0)
    pages.c.showPage()
    return pages.save()


@pytest.mark.parametrize("engine", ENGINES)
def test_a_help_badge_after_a_label_is_no_part_of_the_field(
    engine: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENGINE_ENV, engine)
    read = []
    for badges in (True, False):
        action = parse_action_plan(_plan(badges), "plans/infobulle.pdf", "0" * 64).actions[0]
        read.append((action.indicators, action.target_audiences))
    assert read[0] == read[1] == (
        ["Nombre d'entreprises engagées"], ["Entreprises", "Associations"]
    )  # fmt: skip


def _glyph(text: str, x: float, top: float, size: float, colour: Any) -> dict[str, Any]:
    return {"text": text, "x0": x, "x1": x + 0.3 * size, "top": top, "bottom": top + size,
            "size": size, "non_stroking_color": colour}  # fmt: skip


def _disc(x: float, top: float, side: float = 8.0) -> dict[str, Any]:
    return {"x0": x, "x1": x + side, "top": top, "bottom": top + side, "fill": True,
            "non_stroking_color": (0.0, 0.39, 0.8)}  # fmt: skip


def test_figures_in_pills_and_words_in_discs_stay() -> None:
    white, black = (1.0, 1.0, 1.0), (0.0, 0.0, 0.0)
    body = [_glyph("a", 60.0 + 3.0 * k, 300.0, 9.0, black) for k in range(40)]
    badge = _glyph("i", 102.0, 101.0, 6.0, white)
    pill = _glyph("3", 202.0, 101.0, 6.0, white)  # a figure in a pill: a value
    loose = _glyph("i", 302.0, 101.0, 6.0, black)  # no disc under it
    word = [_glyph("i", 402.0, 101.0, 6.0, white), _glyph("n", 404.0, 101.0, 6.0, white)]
    discs = [_disc(100.0, 100.0), _disc(200.0, 100.0), _disc(400.0, 100.0)]
    page = SimpleNamespace(chars=[*body, badge, pill, loose, *word], curves=discs, rects=[])
    assert badge_objects(page) == {id(badge), id(discs[0])}
    big = _glyph("i", 102.0, 101.0, 9.0, white)  # as big as the text: a letter
    assert badge_objects(SimpleNamespace(chars=[*body, big], curves=discs, rects=[])) == set()
