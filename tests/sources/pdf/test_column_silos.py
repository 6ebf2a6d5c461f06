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

    read = silo_rows(*_block())
    assert read is not None
    rows, ends = read
    assert _texts(rows) == [
        ["Lancer la phase", "Auditer vingt entreprises.", "2019"],
        ["Définir", "Choisir.", "2020"],
    ]
    assert [back for _, _, back in rows] == [None, None]  # rows of their own
    assert ends == [0, 0, 0]  # every column at the last row at the block's end


def _texts(rows: list) -> list[list[str]]:
    return [[" ".join(p[0] for p in cell) for cell in row] for _, row, _ in rows]


def _page(lines: list, rules: list[tuple[float, float, float]], bounds: list[float]) -> tuple:
    """(page, lines, columns, bounds) for :func:`silo_rows`: ``rules`` (y, x0, x1)."""
    from types import SimpleNamespace

    from sources.pdf.geometry_tables import _split_segments

    edges = [{"orientation": "h", "top": y, "x0": x0, "x1": x1} for y, x0, x1 in rules]
    columns = {id(ln): _split_segments(ln, bounds) for ln in lines}
    return SimpleNamespace(edges=edges), lines, columns, bounds


def test_one_line_columns_ending_level_still_independent_columns() -> None:
    """Two steps in five columns: the one-line values of two columns end level, so do the
    three-line ones of two others, only the description's rule stands apart — yet the rules
    stand at three heights while no column holds more than one: no grid's row lines."""
    from sources.pdf.column_silos import silo_rows
    from tests.sources.pdf.hand_lines import hand_line

    bounds = [50.0, 150.0, 250.0, 350.0, 450.0, 550.0]
    lines = [
        hand_line(
            100, (52, 90, "Lancer"), (152, 200, "Auditer"), (252, 280, "2019"),
            (352, 380, "18000"), (452, 480, "GACdG"),
        ),
        hand_line(
            110, (52, 90, "la"), (152, 200, "vingt."), (252, 280, "2020"),
            (352, 380, "interne"), (452, 480, "CCI du"),
        ),
        hand_line(120, (52, 90, "phase"), (152, 200, "Choisir."), (452, 480, "Gers")),
        hand_line(130, (52, 90, "Définir"), (452, 480, "ADEME")),
    ]  # fmt: skip
    rules = [  # each column's separator: two pairs level, one alone
        (128.5, 52, 140), (118.5, 152, 240), (108.5, 252, 340), (108.5, 352, 440),
        (128.5, 452, 540),
    ]  # fmt: skip
    read = silo_rows(*_page(lines, rules, bounds))
    assert read is not None
    assert _texts(read[0]) == [
        ["Lancer la phase", "Auditer vingt.", "2019", "18000", "GACdG CCI du Gers"],
        ["Définir", "Choisir.", "2020", "interne", "ADEME"],
    ]


def test_a_block_going_on_puts_each_columns_values_in_its_own_row() -> None:
    """The page before ended with the description one value behind the other columns
    (``going_on`` [0, -1, 0]): its first value here is the rest of the row above the last,
    its second the last row's; the step column, past its rule, opens a new row."""
    from sources.pdf.column_silos import silo_rows
    from tests.sources.pdf.hand_lines import hand_line

    bounds = [50.0, 150.0, 250.0, 350.0]
    lines = [
        hand_line(40, (52, 90, "Animer"), (152, 200, "5) Animer")),
        hand_line(50, (152, 200, "le réseau")),
        hand_line(60, (152, 200, "Sur la base")),
    ]
    rules = [(39.5, 52, 140), (58.5, 152, 240)]
    read = silo_rows(*_page(lines, rules, bounds), [0, -1, 0])
    assert read is not None
    rows, ends = read
    assert _texts(rows) == [
        ["", "5) Animer le réseau", ""],
        ["", "Sur la base", ""],
        ["Animer", "", ""],
    ]
    assert [back for _, _, back in rows] == [1, 0, None]
    assert ends == [0, -1, -1]  # the description and the planning a row behind the step
    # read afresh (no block going on), one column's rule is no block of columns
    assert silo_rows(*_page(lines, rules, bounds)) is None


def test_rests_joined_to_their_rows() -> None:
    from sources.action_plan.parser import _silo_rests
    from sources.pdf.content import TableRow

    above = [
        TableRow(1, 100.0, {"step": "Lancer", "description": "Les actions :"}),
        TableRow(1, 200.0, {"step": "Définir", "description": ""}),
    ]
    rows = [
        TableRow(2, 40.0, {"step": "", "description": "5) Animer"}, back=1),
        TableRow(2, 60.0, {"step": "", "description": "Sur la base"}, back=0),
        TableRow(2, 90.0, {"step": "Animer", "description": "Deux rencontres"}),
    ]
    left = _silo_rests(rows, above)
    assert [r.cells["step"] for r in left] == ["Animer"]
    assert [r.cells["description"] for r in above] == ["Les actions : 5) Animer", "Sur la base"]


def test_a_grid_or_underlined_text_is_no_block_of_columns() -> None:
    from sources.pdf.column_silos import silo_rows

    assert silo_rows(*_block(column_rule=True)) is None
    assert silo_rows(*_block(underlined=True)) is None


def _foot(*, underlined: bool = False) -> tuple:
    """A block's first values at the page's foot (fiche 1.4.2 of plan_html_silos): the step
    « Former au bilan carbone » over two lines closed by its rule, the owner's two lines too,
    the planning's « 2021 » then its rule then the second step's « 2022 », the description's
    three lines unruled to the body's last line (``underlined``: a rule under that line in
    every column reaching it)."""
    from tests.sources.pdf.hand_lines import hand_line

    bounds = [50.0, 150.0, 250.0, 350.0, 450.0]
    lines = [
        hand_line(
            100, (52, 90, "Former au bilan"), (152, 200, "Développer"), (252, 280, "2021"),
            (352, 380, "GACdG, pôle"),
        ),
        hand_line(110, (52, 90, "carbone"), (152, 200, "un pool"), (352, 380, "Climat")),
        hand_line(120, (152, 200, "d'experts."), (252, 280, "2022")),
    ]  # fmt: skip
    rules = [(118.5, 52, 140), (108.5, 252, 340), (118.5, 352, 440)]
    if underlined:
        rules += [(128.5, 152, 240), (128.5, 252, 340)]
    return _page(lines, rules, bounds)


def test_first_values_cut_at_the_foot_are_read_column_by_column() -> None:
    """Three columns of four closed on their rule, the rules at two heights while none
    holds more than one: read on its own the block is no block of columns (text underlined
    paragraph by paragraph), at the page's foot it is one cut after its first values."""
    from sources.pdf.column_silos import silo_rows

    assert silo_rows(*_foot()) is None
    read = silo_rows(*_foot(), at_foot=True)
    assert read is not None
    rows, ends = read
    assert _texts(rows) == [
        ["Former au bilan carbone", "Développer un pool d'experts.", "2021", "GACdG, pôle Climat"],
        ["", "", "2022", ""],
    ]
    assert ends == [0, -1, 0, 0]  # the description a row behind: it goes on where it stands


def test_underlined_text_at_the_foot_is_no_block_of_columns() -> None:
    """Every column closed on a rule, the last one under the body's last line: underlined
    text, even at the page's foot."""
    from sources.pdf.column_silos import silo_rows

    assert silo_rows(*_foot(underlined=True), at_foot=True) is None
    assert silo_rows(*_block(underlined=True), at_foot=True) is None
