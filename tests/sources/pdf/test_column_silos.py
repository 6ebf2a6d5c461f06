"""Steps laid out as independent columns, each its own stack of values parted by rules under
that column only (a CMS « Colonnes » block; sources.pdf.column_silos), on hand-drawn pages."""

from __future__ import annotations

import pytest

from sources.action_plan import parse_action_plan
from sources.pdf.engine import ENGINE_ENV, ENGINES
from tests.sources.pdf.hand_pages import HEIGHT, HandPages

# columns 10 pt apart: x from, x to
COLUMNS = ((57, 137), (147, 297), (307, 354), (364, 420), (430, 480), (490, 538))
LABELS = ("Etape", "Descriptif", "Planification", "Ressources", "Porteur", "Partenaires")
STEPS = [
    # (lines of each column's value): a two-line step name, a three-line description
    (["Lancer une phase", "de test"], ["Auditer vingt", "entreprises du", "territoire."],
     ["2019"], ["18000"], ["GACdG"], ["CCI"]),
    (["Définir une", "stratégie"], ["Choisir les", "filières."], ["2020"], ["interne"],
     ["GACdG"], ["ADEME, Région"]),
    (["Animer le réseau"], ["Deux rencontres", "par an."], ["2021"], ["12000"],
     ["Service"], []),
]  # fmt: skip


def _plan(*, level: bool = False) -> bytes:
    """Fiche 1.1.1 then the block (``level``: every column's rules at one height, as a grid
    whose cells draw their own bottom border), then fiche 1.1.2's heading."""
    pages = HandPages()
    pages.fiche_head()
    c = pages.c
    top = 150.0
    for (x0, _), label in zip(COLUMNS, LABELS, strict=True):
        pages.text(x0, top, label, bold=True)
    c.setLineWidth(1.5)
    for x0, x1 in COLUMNS:
        c.line(x0, HEIGHT - (top + 13), x1, HEIGHT - (top + 13))
    c.setLineWidth(0.75)
    bottom = top
    tallest = [max(len(step[col]) for col in range(6)) for step in STEPS]
    for col, (x0, x1) in enumerate(COLUMNS):
        y = top + 18.0
        for k, step in enumerate(STEPS):
            lines = step[col]
            for n, text in enumerate(lines):
                pages.text(x0, y + 10.0 * n, text, size=8.0)
            height = 10.0 * (tallest[k] if level else max(len(lines), 1))
            y += height + 4.0
            if k < len(STEPS) - 1:
                c.line(x0, HEIGHT - y, x1, HEIGHT - y)
                y += 4.0
        bottom = max(bottom, y)
    pages.next_fiche(bottom)
    c.showPage()
    return pages.save()


@pytest.mark.parametrize("engine", ENGINES)
def test_each_column_read_down_on_its_own(engine: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENGINE_ENV, engine)
    doc = parse_action_plan(_plan(), "plans/silos.pdf", "a" * 64)
    got = [(s.step, s.description, s.planning_label, s.budget_label, s.owner) for s in doc.steps]
    assert got == [
        ("Lancer une phase de test", "Auditer vingt entreprises du territoire.", "2019", "18000", "GACdG"),
        ("Définir une stratégie", "Choisir les filières.", "2020", "interne", "GACdG"),
        ("Animer le réseau", "Deux rencontres par an.", "2021", "12000", "Service"),
    ]  # fmt: skip
    assert [s.partners for s in doc.steps] == [["CCI"], ["ADEME", "Région"], []]


def test_level_rules_are_a_grids_rows() -> None:
    """The same rules all level (each cell's own bottom border): rows of a grid, read as
    rows — the same steps."""
    doc = parse_action_plan(_plan(level=True), "plans/grid.pdf", "a" * 64)
    assert [s.step for s in doc.steps] == [
        "Lancer une phase de test",
        "Définir une stratégie",
        "Animer le réseau",
    ]
