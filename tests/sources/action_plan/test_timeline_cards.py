"""Steps printed as a TIMELINE (plan_html_quinconce: a WordPress « chronologie » block):
cards alternating left and right of a vertical line, each the step's bold name, its
description, « Label : valeur » lines, and the step's date printed alone on the other side of
the line, level with the card's top. Read into steps (sources.action_plan.timeline_cards),
the timeline going on at the next page's top under a steps heading at the page's foot, a
date at the page's very top kept (sources.pdf.pages._level_with_body). Negatives: a year
alone by no card's top, text at no card's edge. Drawn by hand with reportlab; the whole plan
read with the parser."""

from __future__ import annotations

from sources.action_plan import parse_action_plan
from sources.action_plan.timeline_cards import _timeline
from sources.pdf.content import Line, Segment
from tests.sources.pdf.hand_pages import HandPages

LEFT, RIGHT, LINE = 70.0, 320.0, 297.0
# name, description, date, resources, owner, partners
STEPS = (
    ("Lancer une phase test", "Rencontres annuelles.", "2019", "18000 (financé)", "GACdG", "CCI"),
    ("Définir une stratégie", "Sur la base du test.", "2020", "interne", "GACdG", "CCI du Gers"),
    ("Suivre le réseau", "Animer et faire vivre.", "2021 et +", "5000", "Trigone", "Communes"),
)


def _card(pages: HandPages, top: float, step: tuple[str, ...], left: bool) -> float:
    """One card at ``top`` (left or right of the line), its date across the line; returns
    the card's bottom."""
    x = LEFT if left else RIGHT
    pages.text(x, top, step[0], bold=True, size=9.5)
    pages.text(x, top + 14.0, step[1], size=8.5)
    y = top + 26.0
    for label, value in zip(
        ("Ressources à mobiliser", "Porteur", "Partenaires envisagés"), step[3:], strict=True
    ):
        end = pages.text(x, y, f"{label} :", bold=True, size=8.0)
        pages.text(end + 3.0, y, value, size=8.5)
        y += 11.0
    date = step[2]
    width = pages.c.stringWidth(date, "Helvetica-Bold", 10.0)
    pages.text(LINE + 20.0 if left else LINE - 20.0 - width, top - 3.0, date, bold=True, size=10.0)
    return y


def _plan() -> bytes:
    """Fiche 1.1.1's steps heading at the first page's foot, its timeline on the second
    page (the first card at the page's top), fiche 1.1.2's heading under it."""
    pages = HandPages()
    pages.fiche_head()
    pages.text(57.0, 160.0, "Contexte : une opération test d'économie circulaire.")
    pages.text(57.0, 760.0, "Modalités de mise en oeuvre", bold=True)
    pages.c.showPage()
    y = 42.0
    for k, step in enumerate(STEPS):
        y = _card(pages, y, step, left=k % 2 == 0) + 14.0
    pages.next_fiche(y)
    pages.c.showPage()
    return pages.save()


def test_a_timeline_is_read_into_steps() -> None:
    doc = parse_action_plan(_plan(), "plans/quinconce.pdf", "0" * 64)
    assert [s.step for s in doc.steps] == [r[0] for r in STEPS]
    assert [s.description for s in doc.steps] == [r[1] for r in STEPS]
    assert [s.start_year for s in doc.steps] == [2019, 2020, 2021]
    assert [s.budget_eur for s in doc.steps] == [18000.0, 0.0, 5000.0]
    assert [s.owner for s in doc.steps] == ["GACdG", "GACdG", "Trigone"]
    assert [s.partners for s in doc.steps] == [["CCI"], ["CCI du Gers"], ["Communes"]]
    assert {s.page for s in doc.steps} == {2}


def _line(top: float, *segs: tuple[float, str, bool]) -> Line:
    segments = [Segment(x, x + 6.0 * len(t), t, b) for x, t, b in segs]
    return Line(1, top, top + 9.0, segments[0].x0, segments[-1].x1, 9.0, False, segments)


def test_what_is_no_timeline() -> None:
    card = [
        _line(100.0, (70.0, "Lancer une phase test", True)),
        _line(112.0, (70.0, "Ressources à mobiliser : 5000", False)),
        _line(124.0, (70.0, "Porteur : GACdG", False)),
    ]
    block = _timeline([*card, _line(100.0, (317.0, "2019", True))], 1)
    assert block is not None and block.rows[0].cells["planning"] == "2019"
    # a year standing by no card's top (a note under the card), no date at all, text at no
    # card's edge: left as printed
    assert _timeline([*card, _line(150.0, (317.0, "2019", True))], 1) is None
    assert _timeline(card, 1) is None
    assert (
        _timeline(
            [*card, _line(100.0, (317.0, "2019", True)), _line(140.0, (90.0, "Note", False))], 1
        )
        is None
    )


def test_pairs_set_on_one_line_are_each_read() -> None:
    """A timeline card's detail pairs on one line, a middle dot between them
    (plan_html_timeline: « Ressources à mobiliser : 5 000 · Porteur : GACdG · … »)."""
    card = [
        _line(100.0, (85.0, "2020", True), (129.0, "Faire connaître la démarche", True)),
        _line(112.0, (129.0, "Communications ciblées", False)),
        _line(
            124.0,
            (
                129.0,
                "Ressources à mobiliser : 5 000 · Porteur : GACdG · Partenaires "
                "envisagés : chambres consulaires, acteurs",
                False,
            ),
        ),  # fmt: skip
        _line(136.0, (129.0, "du secteur", False)),
    ]
    block = _timeline(card, 1)
    assert block is not None
    cells = block.rows[0].cells
    assert (cells["planning"], cells["budget"], cells["owner"]) == ("2020", "5 000", "GACdG")
    assert cells["partners"] == "chambres consulaires, acteurs du secteur"
