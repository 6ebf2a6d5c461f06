"""pdfplumber's ``lines`` table finder with its cell search done on precomputed sets.

``pdfplumber.table.intersections_to_cells`` rebuilds, for every pair of grid points it
compares, the sets of edges through both points (and re-evaluates type annotations on each
call): a word processor's table of a few hundred intersections costs tens of thousands of set
constructions. :func:`intersections_to_cells` is the same search — points in sorted order,
for each the points below and to the right in that order, the first cell whose four corners
are joined by common edges — with each point's edge sets built once and each point's column
and row looked up instead of filtered from every later point. Same cells, same order.
"""

from __future__ import annotations

from typing import Any

from pdfplumber import utils as plumber_utils
from pdfplumber.table import (
    Table,
    TableFinder,
    TableSettings,
    cells_to_tables,
    edges_to_intersections,
)

Point = tuple[float, float]
Box = tuple[float, float, float, float]


def intersections_to_cells(intersections: dict[Point, dict[str, list[Any]]]) -> list[Box]:
    """The cells described by the grid points (pdfplumber's function, same output)."""
    v_sets = {p: {plumber_utils.obj_to_bbox(e) for e in d["v"]} for p, d in intersections.items()}
    h_sets = {p: {plumber_utils.obj_to_bbox(e) for e in d["h"]} for p, d in intersections.items()}

    def connects(p1: Point, p2: Point) -> bool:
        if p1[0] == p2[0] and not v_sets[p1].isdisjoint(v_sets[p2]):
            return True
        return p1[1] == p2[1] and not h_sets[p1].isdisjoint(h_sets[p2])

    points = sorted(intersections)
    columns: dict[float, list[Point]] = {}  # same x, in sorted order (increasing y)
    rows: dict[float, list[Point]] = {}  # same y, in sorted order (increasing x)
    for p in points:
        columns.setdefault(p[0], []).append(p)
        rows.setdefault(p[1], []).append(p)
    place_in_column = {p: k for group in columns.values() for k, p in enumerate(group)}
    place_in_row = {p: k for group in rows.values() for k, p in enumerate(group)}
    cells: list[Box] = []
    for pt in points:
        below = columns[pt[0]][place_in_column[pt] + 1 :]
        right = rows[pt[1]][place_in_row[pt] + 1 :]
        cell = _smallest_cell(pt, below, right, intersections, connects)
        if cell is not None:
            cells.append(cell)
    return cells


def _smallest_cell(
    pt: Point,
    below: list[Point],
    right: list[Point],
    intersections: dict[Point, Any],
    connects: Any,
) -> Box | None:
    for below_pt in below:
        if not connects(pt, below_pt):
            continue
        for right_pt in right:
            if not connects(pt, right_pt):
                continue
            bottom_right = (right_pt[0], below_pt[1])
            if (
                bottom_right in intersections
                and connects(bottom_right, right_pt)
                and connects(bottom_right, below_pt)
            ):
                return (pt[0], pt[1], bottom_right[0], bottom_right[1])
    return None


def find_tables(page: Any, table_settings: dict[str, Any] | None = None) -> list[Table]:
    """``TableFinder(page, settings).tables`` (pdfplumber 0.11's constructor, step by step)
    with :func:`intersections_to_cells` for the cell search."""
    finder = TableFinder.__new__(TableFinder)
    finder.page = page
    finder.settings = TableSettings.resolve(table_settings)
    finder.edges = finder.get_edges()
    finder.intersections = edges_to_intersections(
        finder.edges,
        finder.settings.intersection_x_tolerance,
        finder.settings.intersection_y_tolerance,
    )
    finder.cells = intersections_to_cells(finder.intersections)
    finder.tables = [Table(page, group) for group in cells_to_tables(finder.cells)]
    return finder.tables
