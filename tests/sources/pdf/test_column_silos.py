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


def _block(*, column_rule: bool = False, underlined: bool = False) -> tuple:
    """Three columns of two values each, values of unlike heights, a rule under each
    column's first value only (``underlined``: a rule under every column's last line too;
    ``column_rule``: a vertical rule between the first two columns)."""
    from types import SimpleNamespace

    from sources.pdf.geometry_tables import _split_segments
    from tests.sources.pdf.hand_lines import hand_line

    bounds = [50.0, 150.0, 250.0, 350.0]
    lines = [
        hand_line(100, (52, 90, "Lancer"), (152, 200, "Auditer"), (252, 280, "2019")),
        hand_line(110, (52, 90, "la phase"), (152, 200, "vingt"), (252, 280, "2020")),
        hand_line(120, (52, 90, "Définir"), (152, 200, "entreprises.")),
        hand_line(130, (152, 200, "Choisir.")),
    ]
    edges = [  # under « la phase » (118), « entreprises. » (128), « 2019 » (108)
        {"orientation": "h", "top": y, "x0": x0, "x1": x1}
        for y, x0, x1 in ((118.5, 52, 140), (128.5, 152, 240), (108.5, 252, 340))
    ]
    if underlined:
        edges += [
            {"orientation": "h", "top": y, "x0": x0, "x1": x1}
            for y, x0, x1 in ((128.5, 52, 140), (138.5, 152, 240), (118.5, 252, 340))
        ]
    if column_rule:
        edges.append({"orientation": "v", "top": 95.0, "bottom": 140.0, "x0": 150.0, "x1": 150.0})
    page = SimpleNamespace(edges=edges)
    columns = {id(ln): _split_segments(ln, bounds) for ln in lines}
    return page, lines, columns, bounds


def test_silo_rows_read_each_column_down() -> None:
    from sources.pdf.column_silos import silo_rows

    rows = silo_rows(*_block())
    assert rows is not None
    texts = [[" ".join(p[0] for p in cell) for cell in row] for _, row in rows]
    assert texts == [
        ["Lancer la phase", "Auditer vingt entreprises.", "2019"],
        ["Définir", "Choisir.", "2020"],
    ]


def test_a_grid_or_underlined_text_is_no_block_of_columns() -> None:
    from sources.pdf.column_silos import silo_rows

    assert silo_rows(*_block(column_rule=True)) is None
    assert silo_rows(*_block(underlined=True)) is None
