"""A planning column split into one column a year (sources.action_plan.year_grid): the row
of years dropped, a planning typed under a later year gathered. Blocks are built by hand as
the ruled-table reader gives them (the later years' columns named by rank)."""

from __future__ import annotations

from sources.action_plan.year_grid import fold_year_grid
from sources.pdf.content import TableBlock, TableRow

KEYS = ["step", "description", "planning", "col5", "col6", "budget", "owner", "partners"]


def _row(step: str | None, planning: str, col5: str = "", col6: str = "") -> TableRow:
    cells: dict[str, str | None] = {k: None for k in KEYS}
    cells.update(planning=planning, col5=col5, col6=col6)
    if step is not None:
        cells.update(step=step, description="d", budget="5000", owner="GACdG", partners="")
    return TableRow(1, 0.0, cells)


def test_the_row_of_years_is_dropped_and_later_years_gathered() -> None:
    block = TableBlock(1, 0.0, 100.0, list(KEYS), True)
    block.rows = [
        _row(None, "2019 2020 2021", "2022", "2023"),
        _row("Lancer", "2019"),
        _row("Elaborer", "", "2022 et +"),
    ]
    out = fold_year_grid(block)
    assert [r.cells["step"] for r in out.rows] == ["Lancer", "Elaborer"]
    assert [r.cells["planning"] for r in out.rows] == ["2019", "2022 et +"]
    assert out.rows[1].cells["col5"] == ""


def test_other_tables_are_left() -> None:
    block = TableBlock(1, 0.0, 100.0, list(KEYS), True)
    # two years only, or years not one by one: body values, not a row of years
    block.rows = [_row(None, "2019", "2021"), _row("Lancer", "2019", "", "note")]
    assert fold_year_grid(block) is block
    plain = TableBlock(1, 0.0, 100.0, ["step", "planning", "budget"], True)
    plain.rows = [TableRow(1, 0.0, {"step": "x", "planning": "2019 2020 2021", "budget": ""})]
    assert fold_year_grid(plain) is plain
