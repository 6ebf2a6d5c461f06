"""A steps list grouped by a column, as an intranet's list view prints it
(sources.pdf.list_groups): before each run of steps sharing a « Planification », a row
« ⊟ Planification : 2019 (2) » across the list with a thin rule above it only; the heading is
no step and never runs onto the step under it. Negative: a « Label : value » without a toggle
or count is no heading, and a description or phase title stays text. Drawn with reportlab."""

from __future__ import annotations

from sources.action_plan import parse_action_plan
from sources.action_plan.pair_cells import as_group
from sources.pdf.content import TableRow
from sources.pdf.list_groups import list_group
from tests.sources.pdf.hand_pages import BOUNDS, HEADER, HEIGHT, HandPages

GROUPS = (
    ("2019", [("Lancer un test", "Auditer vingt entreprises", "2019", "18000", "GACdG", "CCI")]),
    (
        "2020",
        [
            ("Définir", "Choisir les filières", "2020", "interne", "GACdG", "ADEME"),
            ("Animer", "Réunir le réseau", "2020", "5000", "GACdG", "CMA"),
        ],
    ),
    ("", [("Évaluer", "Bilan du test", "", "interne", "GACdG", "")]),
)


def _plan() -> bytes:
    pages = HandPages()
    pages.fiche_head()
    top = 150.0
    for x, label in zip(BOUNDS, HEADER, strict=False):
        pages.text(x + 3.0, top, label, bold=True, size=8.0)
    pages.c.setLineWidth(0.75)
    pages.c.line(BOUNDS[0], HEIGHT - top - 12.0, BOUNDS[-1], HEIGHT - top - 12.0)
    top += 18.0
    for value, rows in GROUPS:
        pages.c.setLineWidth(0.5)
        pages.c.line(BOUNDS[0], HEIGHT - top + 3.0, BOUNDS[-1], HEIGHT - top + 3.0)
        pages.text(BOUNDS[0] + 3.0, top + 2.0, f"⊟ Planification : {value} ({len(rows)})", size=8.0)
        top += 14.0
        for row in rows:
            for x, cell in zip(BOUNDS, row, strict=False):
                pages.text(x + 3.0, top, cell, size=8.0)
            top += 16.0
    pages.text(57.0, top + 30.0, "FICHE 1.1.2", bold=True, size=12.0)
    pages.text(57.0, top + 50.0, "Objectif opérationnel : Etendre", bold=True, size=12.0)
    pages.c.showPage()
    return pages.save()


def test_group_headings_are_no_steps() -> None:
    doc = parse_action_plan(_plan(), "plans/liste_groupee.pdf", "0" * 64)
    got = [(s.step, s.description, s.planning_label, s.budget_label) for s in doc.steps]
    # an empty group (« Planification :  (1) ») gives its step no planning, not the one above
    assert got == [tuple(v or None for v in row[:4]) for _, rows in GROUPS for row in rows]


def test_group_heading_text() -> None:
    assert list_group("⊟ Planification : 2020 et + (2)") == ("planning", "2020 et +")
    assert list_group("▾ Porteur : GACdG") == ("owner", "GACdG")
    assert list_group("Planification :  (1)") == ("planning", "")
    assert list_group("Planification : 2020") is None  # no toggle, no count: a cell's text
    assert list_group("⊟ Phase 1 : diagnostic (2)") is None  # names no detail column
    assert list_group("Porteur : la commune (voir la délibération du 12 mars) (3)") is None


def test_a_heading_cut_over_two_cells_is_a_group_row() -> None:
    keys = ["step", "description", "planning", "budget", "owner", "partners"]
    row = TableRow(1, 200.0, {"step": "⊟ Planification : 2019", "description": "(2)"})
    group = as_group(row, keys)
    assert group.group and group.cells == {"planning": "2019"}
    plain = TableRow(1, 200.0, {"step": "Planification : 2019", "description": "Étude"})
    assert as_group(plain, keys) is plain
