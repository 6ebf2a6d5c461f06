"""A spreadsheet's merged cell cut by the page break prints its rest OVER the next page's grid
(sources.pdf.grid_overhang), and a page read by geometry gives each table way to the drawn
grid that reads it alike (sources.pdf.pages._drawn_where_alike). Lines and grids by hand."""

from __future__ import annotations

from sources.pdf.content import TableBlock, TableRow
from sources.pdf.grid_overhang import lift_overhang
from sources.pdf.pages import _drawn_where_alike
from tests.sources.pdf.hand_lines import hand_line

KEYS = ["step", "description", "planning", "budget", "owner", "partners"]
BOUNDS = [42.0, 128.0, 299.0, 342.0, 399.0, 457.0, 528.0]


def _grid(top: float = 42.3, header: bool = False, rows: int = 2) -> TableBlock:
    body = [
        TableRow(1, top + 20 * i, {k: f"{k} {i}" for k in KEYS}) for i in range(rows)
    ]
    return TableBlock(1, top, top + 20 * rows, list(KEYS), header, body, bounds=list(BOUNDS))


def _previous(description: str = "") -> TableBlock:
    """The table on the page before: its last row's description cell empty (the merged
    cell's text all printed past the break) unless given."""
    table = _grid(600.0)
    table.rows[-1].cells["description"] = description
    return table


def _text(top: float, text: str, x0: float = 129.0, bold: bool = False):
    return hand_line(top, (x0, x0 + 150, text), size=4.5, bold=bold)


def test_the_rest_of_a_merged_cell_over_the_grid_is_its_first_row() -> None:
    """Three lines over the top rule in the description column, a margin between: one row
    holding them in its description cell, the grid's top raised to them."""
    grid = _grid()
    lines = [_text(-3.0, "Compiler les pratiques"), _text(2.5, "les plus appropriées."),
             _text(8.0, "Une validation est nécessaire.")]  # fmt: skip
    taken = lift_overhang(grid, [hand_line(-20.0, (43, 200, "en-tête")), *lines], _previous())
    assert [ln.text for ln in taken] == [ln.text for ln in lines]
    assert len(grid.rows) == 3 and grid.top == -3.0
    first = grid.rows[0].cells
    assert first["description"] == (
        "Compiler les pratiques\nles plus appropriées.\nUne validation est nécessaire."
    )
    assert all(first[k] == "" for k in KEYS if k != "description")


def test_what_is_no_cell_rest_stays_a_line() -> None:
    # a line across two columns (a title), a bold line (« (suite) »), a grid with a header
    # repeated, lines far above the rule: nothing taken
    wide = hand_line(30.0, (43, 250, "Modalités de mise en oeuvre"), size=4.5, bold=False)
    cases = [
        (_grid(), [wide]),
        (_grid(), [_text(30.0, "(suite)", bold=True)]),
        (_grid(header=True), [_text(30.0, "le reste d'une cellule")]),
        (_grid(), [_text(-40.0, "loin au-dessus")]),
    ]
    for grid, lines in cases:
        assert lift_overhang(grid, lines, _previous()) == []
        assert len(grid.rows) == 2 and grid.top == 42.3
    # the column's cell above the break holds text: a page header (a sheet's name) over
    # the grid, no rest of a cell
    grid = _grid()
    header = [_text(30.0, "Fiche 1.1.1")]
    assert lift_overhang(grid, header, _previous("Texte déjà lu.")) == []
    assert len(grid.rows) == 2
    # centred over the column, not set from its left side: no cell's text
    grid = _grid()
    assert lift_overhang(grid, [_text(30.0, "titre", x0=190.0)], _previous()) == []
    # lines in two different columns: only the nearest column's run is taken
    grid = _grid()
    taken = lift_overhang(
        grid, [_text(20.0, "autre colonne", x0=300.0), _text(30.0, "reste")], _previous()
    )
    assert [ln.text for ln in taken] == ["reste"]


def test_a_page_read_by_geometry_keeps_the_grids_that_read_alike() -> None:
    geometry = [_grid(42.0), _grid(248.0), _grid(462.0)]
    drawn = [_grid(42.0, rows=1), _grid(248.0), _grid(462.0)]
    for t in geometry:  # geometry guessed merged cells: None where the grid reads text
        t.rows[1].cells["description"] = None
    lines = [_text(t.top + 2, "x") for t in geometry]
    chosen = _drawn_where_alike(geometry, drawn, lines)
    # the first: the grid reads a row fewer, geometry kept; the two others: the grid's
    assert chosen[0] is geometry[0]
    assert chosen[1] is drawn[1] and chosen[2] is drawn[2]
    # the grid reads a row as one cell across it (a shaded row): geometry kept
    glued = _grid(248.0)
    glued.rows[1].cells = {k: ("tout le texte" if k == "step" else "") for k in KEYS}
    assert _drawn_where_alike([geometry[1]], [glued], lines) == [geometry[1]]
    # the grid's rows start elsewhere than geometry's: geometry kept
    shifted = _grid(248.0)
    shifted.rows[1].top += 8.0
    assert _drawn_where_alike([geometry[1]], [shifted], lines) == [geometry[1]]
    # other columns read: geometry kept
    other = _grid(248.0)
    other.keys = ["step", "description", "planning", "budget", "owner", "col6"]
    assert _drawn_where_alike([geometry[1]], [other], lines) == [geometry[1]]
