"""A side panel CONTINUED PAST A PAGE BREAK (sources.pdf.flow / pages, read on by
sources.action_plan.document): the panel of fields runs to the foot of page n and goes on at
the top of page n+1 beside the main column; the text there is the rest of the field the
panel ended with. Drawn with reportlab (tests.sources.pdf.test_side_columns' landscape
fiche); negative cases: a panel ending above the page's foot, a new field label opening the
next page's panel, a panel on the other side."""

from __future__ import annotations

import io

from sources.action_plan import parse_action_plan
from sources.pdf.flow import SideColumns, goes_on_panel
from tests.sources.pdf.test_side_columns import FIELDS, ROWS, _aside_pdf, _draw_page

LINKS = [f"Réduction des émissions de GES, ligne {n}" for n in range(1, 40)]


def _links(data: bytes) -> list[str]:
    doc = parse_action_plan(data, "plans/aside.pdf", "0" * 64)
    assert [a.action_code for a in doc.actions] == ["1.1.1"]
    return doc.actions[0].regulatory_links


def test_the_panel_text_at_the_next_page_top_goes_on_its_field() -> None:
    links = _links(_aside_pdf(2))
    assert links[-3:] == [
        "ligne 39",  # the last line of page 1's panel
        "Qualité de l'air et suite de la liste des objectifs réglementaires visés",
        "Adaptation au changement climatique et ses effets sur le territoire",
    ]


def test_the_steps_beside_both_panels_are_unchanged() -> None:
    doc = parse_action_plan(_aside_pdf(2), "plans/aside2.pdf", "0" * 64)
    got = [(s.page, s.step, s.planning_label, s.owner) for s in doc.steps]
    assert got == [
        (1, "Lancer une phase test", "2019", "GACdG"),
        (1, "Définir une stratégie", "2020", "GACdG"),
        (2, "Suivre la démarche", "2021", "GACdG"),
    ]
    action = doc.actions[0]
    assert action.target_audiences == ["Entreprises", "Associations"]
    assert action.indicators == ["Nombre d'entreprises engagées"]


def _two_pages(first_bottom: float, rest: list[tuple[str, bool]]) -> bytes:
    """The fiche's panel on page 1 ending at ``first_bottom``, ``rest`` in a panel at the top
    of page 2 beside a third steps row."""
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=(842.0, 595.0))
    heading = "FICHE 1.1.1 Objectif opérationnel : Tester la lecture en colonnes"
    more = [("Liens avec les objectifs réglementaires", True)]
    n_links = int((first_bottom - 330.0) / 10.0)
    more += [(text, False) for text in LINKS[:n_links]]
    _draw_page(c, heading, (52.0, first_bottom), FIELDS + more, 70.0, ROWS)
    third = (62.0, ["Suivre la", "démarche"], ["Un bilan"], "2021", "5000", "GACdG", "ADEME")
    _draw_page(c, None, (34.0, 100.0), rest, 34.0, [third])
    c.save()
    return buffer.getvalue()


REST = [
    ("Qualité de l'air et suite de la liste", False),
    ("des objectifs réglementaires visés", False),
    ("", False),
    ("Adaptation au changement climatique", False),
    ("et ses effets sur le territoire", False),
]


def test_a_panel_ending_above_the_page_foot_is_not_continued() -> None:
    """Page 1's panel ends half-way down: the text in page 2's panel is no rest of it."""
    links = _links(_two_pages(420.0, REST))
    assert links[-1] == "ligne 9"  # the rest of the page-2 panel is no part of them


def test_a_field_label_opening_the_next_panel_starts_its_own_field() -> None:
    rest = [("Publics cibles", True), ("Collectivités", False), ("", False), ("Élus", False)]
    links = _links(_two_pages(575.0, [*rest, ("", False), ("Fin", False)]))
    assert links[-1] == "ligne 24"  # nothing of the next page's panel added to the links


def test_goes_on_panel_needs_the_same_side_a_near_gutter_and_the_page_top() -> None:
    before = SideColumns(285.0, 52.0, 575.5, panel_left=True)
    assert goes_on_panel(before, SideColumns(285.0, 33.5, 100.5, panel_left=True), 34.0, 842.0)
    # the panel on the other side, or its gutter far off: another page composition
    assert not goes_on_panel(before, SideColumns(285.0, 33.5, 100.5, panel_left=False), 34.0, 842)
    assert not goes_on_panel(before, SideColumns(560.0, 33.5, 100.5, panel_left=True), 34.0, 842)
    # text above the next page's panel (a heading across the page): no continuation
    assert not goes_on_panel(before, SideColumns(285.0, 90.0, 200.0, panel_left=True), 34.0, 842)
    assert not goes_on_panel(None, SideColumns(285.0, 33.5, 100.5, panel_left=True), 34.0, 842)
