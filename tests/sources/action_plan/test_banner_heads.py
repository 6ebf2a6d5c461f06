"""A fiche's heading set as a BANNER (sources.action_plan.banner_heads): a one-row table, a
small « FICHE » over a big « 1.1.2 » in its left cell, the title in its right cell — on the
kicker's line, or centred so that it starts above it. The fiche is found, its title read
whole, its steps its own. A banner whose left cell holds more than a kicker and a code is
left as read. Pages drawn by hand with reportlab."""

from __future__ import annotations

import pytest

from sources.action_plan import parse_action_plan
from sources.action_plan.banner_heads import banner_headings
from sources.pdf.engine import ENGINE_ENV, ENGINES
from tests.sources.pdf.hand_lines import hand_line
from tests.sources.pdf.hand_pages import HEIGHT, HandPages

TITLE = ("Objectif opérationnel : Etendre l'expérimentation", "aux autres acteurs du territoire")


def _banner(pages: HandPages, top: float, title_top: float) -> float:
    """The banner (57–538 pt, its cells cut at 110 pt) from ``top``; returns its bottom."""
    c, bottom = pages.c, top + 40.0
    c.setLineWidth(0.5)
    for y in (top, bottom):
        c.line(57.0, HEIGHT - y, 538.0, HEIGHT - y)
    for x in (57.0, 110.0, 538.0):
        c.line(x, HEIGHT - top, x, HEIGHT - bottom)
    pages.text(72.0, top + 8.0, "FICHE", bold=True, size=6.0)
    pages.text(64.0, top + 16.0, "1.1.2", bold=True, size=16.0)
    for k, line in enumerate(TITLE):
        pages.text(118.0, title_top + 12.0 * k, line, bold=True, size=10.0)
    return bottom


def _plan(title_top: float) -> bytes:
    pages = HandPages()
    pages.fiche_head()
    bottom = pages.steps_table(
        150.0, [("Lancer un test", "Auditer", "2019", "18000", "GACdG", "CCI")]
    )
    bottom = _banner(pages, bottom + 30.0, bottom + 30.0 + title_top)
    pages.text(57.0, bottom + 20.0, "Modalités de mise en oeuvre", bold=True)
    pages.steps_table(bottom + 40.0, [("Former", "Réunir", "2020", "5000", "GACdG", "CMA")])
    pages.c.showPage()
    return pages.save()


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("title_top", [8.0, 3.0], ids=["beside", "centred"])
def test_a_banner_heads_its_fiche(
    engine: str, title_top: float, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENGINE_ENV, engine)
    doc = parse_action_plan(_plan(title_top), "plans/vignette.pdf", "0" * 64)
    assert [a.action_code for a in doc.actions] == ["1.1.1", "1.1.2"]
    assert doc.actions[1].title == "Etendre l'expérimentation aux autres acteurs du territoire"
    assert [(s.action_id.split(":")[1], s.step) for s in doc.steps] == [
        ("1.1.1", "Lancer un test"),
        ("1.1.2", "Former"),
    ]


def test_a_left_cell_with_more_than_a_code_is_no_banner() -> None:
    kicker = hand_line(100.0, (72.0, 90.0, "FICHE"), (118.0, 300.0, "Objectif opérationnel"))
    code = hand_line(108.0, (64.0, 100.0, "1.1.2"), size=9.0)
    kicker.band = code.band = 3
    (heading,) = banner_headings([kicker, code])
    assert heading.text == "FICHE 1.1.2 Objectif opérationnel"
    more = hand_line(108.0, (64.0, 100.0, "1.1.2 suite"), size=9.0)
    more.band = 3
    assert banner_headings([kicker, more]) == [kicker, more]
    kicker.band = code.band = None  # no ruled band: lines of text, not a banner's cells
    assert banner_headings([kicker, code]) == [kicker, code]


def test_fiche_entries_of_a_sommaire_set_so_are_no_banner() -> None:
    lines = []
    for k, (code, title) in enumerate((("1.4.1", "Intégrer"), ("1.4.2", "Mettre en œuvre"))):
        lines.append(hand_line(100.0 + 26.0 * k, (98.0, 120.0, "FICHE"), (156.0, 300.0, title)))
        lines.append(hand_line(111.0 + 26.0 * k, (98.0, 118.0, code)))
    for line in lines:
        line.band = 0
    assert banner_headings(lines) == lines
