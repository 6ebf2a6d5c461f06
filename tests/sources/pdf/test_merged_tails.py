"""MERGED CELLS ALIGNED TO THEIR BOTTOM, cut by a page break: the sheet prints their text under
the part's last rule (« GACdG » for the fiche's four steps, « chambres consulaires ou /
opérateur » for its last two). That text goes to the top row of the column's last run of
merged cells (sources.pdf.merged_tails); a heading under the table, text in a column whose
last cell is not merged, or far below, stay lines."""

from __future__ import annotations

from sources.pdf.content import Line, Segment, TableBlock, TableRow
from sources.pdf.merged_tails import merged_tails

KEYS = ["step", "description", "planning", "budget", "owner", "partners"]
BOUNDS = [42.0, 131.0, 310.0, 354.0, 413.0, 473.0, 547.0]


def _table(bottom: float = 792.0) -> TableBlock:
    def row(step: str, partners: str | None) -> TableRow:
        return TableRow(1, 660.0, {"step": step, "description": "…", "planning": "2020", "budget": "5000",
                         "owner": None, "partners": partners})  # fmt: skip

    rows = [row("Faire connaître", "chambres consulaires"), row("Réaliser", None)]
    rows += [row("Créer et animer", "Chambres consulaires, acteurs"), row("Créer/Utiliser", None)]
    rows[0].cells["owner"] = None
    return TableBlock(1, bottom - 135.0, bottom, KEYS, True, rows, BOUNDS, 6, rows_ruled=True)


def _line(top: float, *cells: tuple[float, str]) -> Line:
    segs = [Segment(x, x + 3.0 * len(t), t, False) for x, t in cells]
    return Line(1, top, top + 5.3, segs[0].x0, segs[-1].x1, 5.3, False, segs)


def test_merged_cells_text_under_the_last_rule_fills_them() -> None:
    table = _table()
    tail = [_line(800.9, (473.5, "chambres consulaires ou")), _line(806.2, (414.0, "GACdG"), (473.5, "opérateur"))]  # fmt: skip
    kept = merged_tails(tail, [table], 842.0)
    assert kept == []
    assert [r.cells["owner"] for r in table.rows] == ["GACdG", None, None, None]
    assert [r.cells["partners"] for r in table.rows] == [
        "chambres consulaires",
        None,
        "Chambres consulaires, acteurs",
        "chambres consulaires ou opérateur",
    ]


def test_other_lines_under_a_table_stay() -> None:
    heading = [_line(800.0, (43.0, "FICHE 1.1.2"))]
    assert merged_tails(heading, [_table()], 842.0) == heading
    planning = [_line(800.0, (311.0, "2021"))]  # the last row's own planning: not merged
    assert merged_tails(planning, [_table()], 842.0) == planning
    far = [_line(830.0, (414.0, "GACdG"))]
    assert merged_tails(far, [_table()], 842.0) == far
    # text going on under it (a field beside the table, its value's next line): no cut part
    beside = [_line(608.0, (414.0, "Entreprises")), _line(616.0, (43.0, "Associations"))]
    assert merged_tails(beside, [_table(600.0)], 842.0) == beside


def test_a_heading_under_a_merged_label_column_is_no_tail() -> None:
    """A record table whose label column (« Modalités de mise en oeuvre ») is merged down
    beside its nested steps grid, the next fiche's heading right under it at the page's
    foot (plan_html_enchasse): a heading, never the label cell's text."""
    keys = ["col0", *KEYS]
    rows = [TableRow(1, 660.0, {"col0": None, **dict.fromkeys(KEYS, "x")})]
    bounds = [43.0, *[b + 115.0 for b in BOUNDS]]
    table = TableBlock(1, 532.0, 757.0, keys, True, rows, bounds, 7, rows_ruled=True)
    heading = [_line(762.0, (43.0, "FICHE 1.1.5"))]

    def is_stop(line: Line) -> bool:
        return line.text.startswith("FICHE")

    assert merged_tails(heading, [table], 842.0, is_stop) == heading
    assert rows[0].cells["col0"] is None
    table.rows[0].cells["col0"] = None
    assert merged_tails(heading, [table], 842.0) == []  # (no heading told: a tail)
