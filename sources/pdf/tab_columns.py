"""Two columns typed in one grid column, on a tab stop: the cell read as two.

An agent short of columns in a Word table types two short values in one cell, apart on a tab
stop: « Planification TAB Ressources à mobiliser » in the header cell, « 2019 TAB 18000
(financé) » in the rows, a hanging indent at the tab stop setting the second value's wrapped
lines under its start. The grid has one column where the document means two; read as one,
the planning value would swallow the budget.

The header cell tells: its first line holds two runs apart by more than half an em (a tab,
not a space), the left one a column label, the right one — with its wrapped lines, which
start where it starts — another column's label the header names nowhere else. The column
is then cut at the right run's start in every row of the grid: the characters of a cell
left of the cut make the first column's text, those from the cut on the second's. A grid
going on from the page before without its header is cut where the previous page's was, when
it has the same column there.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sources.pdf.columns import label_key, labels_in

_TAB = 0.6  # em: a gap this wide between two runs of a header line is a tab, not a space
_LINE = 2.0  # pt: characters whose tops are this close stand on one line
_ALIGN = 1.5  # pt: wrapped lines of the right label start at its start


@dataclass(frozen=True)
class TabCut:
    """A grid column (its left and right edges) cut in two at ``x``."""

    left: float
    right: float
    x: float


@dataclass
class _Row:
    cells: list[tuple[float, float, float, float] | None]
    bbox: tuple[float, float, float, float]


@dataclass
class _Column:
    bbox: tuple[float, float, float, float]


class _CutTable:
    """A pdfplumber table with one column cut in two (the attributes the readers use)."""

    def __init__(self, table: Any, column: int, x: float) -> None:
        self.bbox = table.bbox
        self.rows = [_Row(_cut_cells(list(r.cells), column, x), r.bbox) for r in table.rows]
        self.columns: list[_Column] = []
        for c in table.columns:
            x0, top, x1, bottom = c.bbox
            if abs(x0 - table.columns[column].bbox[0]) < 0.01:
                self.columns += [_Column((x0, top, x, bottom)), _Column((x, top, x1, bottom))]
            else:
                self.columns.append(_Column(c.bbox))
        self.cells = [c for r in self.rows for c in r.cells if c is not None]


def _cut_cells(cells: list[Any], column: int, x: float) -> list[Any]:
    box = cells[column]
    if box is None:  # merged with the cell on its left: both halves merged
        return [*cells[:column], None, None, *cells[column + 1 :]]
    x0, top, x1, bottom = box
    return [*cells[:column], (x0, top, x, bottom), (x, top, x1, bottom), *cells[column + 1 :]]


def _chars_in(page: Any, box: tuple[float, float, float, float]) -> list[dict[str, Any]]:
    x0, top, x1, bottom = box
    return [
        c
        for c in page.chars
        if x0 <= (c["x0"] + c["x1"]) / 2 < x1
        and top <= (c["top"] + c["bottom"]) / 2 < bottom
        and c.get("upright", True)
    ]


def char_lines(chars: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """``chars`` grouped into lines (tops within :data:`_LINE`), top to bottom, each left to
    right."""
    lines: list[list[dict[str, Any]]] = []
    for c in sorted(chars, key=lambda c: (c["top"], c["x0"])):
        if lines and abs(c["top"] - lines[-1][0]["top"]) <= _LINE:
            lines[-1].append(c)
        else:
            lines.append([c])
    return [sorted(line, key=lambda c: c["x0"]) for line in lines]


def _text(chars: list[dict[str, Any]]) -> str:
    from pdfplumber import utils as plumber_utils

    return plumber_utils.extract_text(chars) if chars else ""


def _header_cut(
    page: Any, box: tuple[float, float, float, float], others: set[str]
) -> float | None:
    """Where a header cell holding two labels on a tab stop is cut (module docstring)."""
    lines = char_lines([c for c in _chars_in(page, box) if c["text"].strip()])
    if not lines or len(lines[0]) < 2:
        return None
    first = lines[0]
    size = max(float(c.get("size") or 9.0) for c in first)
    cut = next(
        (k for k in range(1, len(first)) if first[k]["x0"] - first[k - 1]["x1"] > _TAB * size),
        None,
    )
    if cut is None:
        return None
    x = float(first[cut]["x0"])
    rest = [ln for ln in lines[1:] if ln[0]["x0"] >= x - _ALIGN]
    if len(rest) != len(lines) - 1 or any(abs(ln[0]["x0"] - x) > _ALIGN for ln in rest):
        return None  # the wrapped lines of the right label start where it starts
    left = label_key(_text(first[:cut]))
    right = label_key("\n".join(_text(ln) for ln in [first[cut:], *rest]))
    if left is None or right is None or left == right or right in others:
        return None
    return x


def cut_tab_columns(
    page: Any,
    table: Any,
    data: list[list[str | None]],
    header: int | None,
    previous: list[TabCut],
) -> tuple[Any, list[list[str | None]], list[TabCut]]:
    """``table`` and its ``data`` with a column typed as two on a tab stop cut in two (the
    header row ``header``, or ``previous`` cuts for a grid going on), and the cuts made."""
    if not data or not table.rows:
        return table, data, []
    cuts: list[tuple[int, float]] = []
    if header is not None and header < len(table.rows):
        keys = {label_key(c) for c in data[header]} - {None}
        for column, box in enumerate(table.rows[header].cells):
            if box is None or column >= len(data[header]):
                continue
            if len(set(labels_in(data[header][column] or ""))) < 2:
                continue  # (one label at most: no two columns in it)
            own = label_key(data[header][column])
            x = _header_cut(page, box, {k for k in keys if k != own})  # type: ignore[misc]
            if x is not None:
                cuts.append((column, x))
                break  # one cut a grid: the reader's case
    else:
        for cut in previous:
            for column, c in enumerate(table.columns):
                x0, _, x1, _ = c.bbox
                if abs(x0 - cut.left) < 2 and abs(x1 - cut.right) < 2:
                    cuts.append((column, cut.x))
                    break
    if not cuts:
        return table, data, []
    column, x = cuts[0]
    edges = table.columns[column].bbox
    cut_table = _CutTable(table, column, x)
    out: list[list[str | None]] = []
    for raw, row in zip(data, table.rows, strict=False):
        box = row.cells[column] if column < len(row.cells) else None
        if box is None or column >= len(raw):
            out.append([*raw[:column], None, None, *raw[column + 1 :]] if box is None else raw)
            continue
        chars = _chars_in(page, box)
        left = [c for c in chars if c["x0"] < x - 0.5]
        right = [c for c in chars if c["x0"] >= x - 0.5]
        out.append([*raw[:column], _text(left), _text(right), *raw[column + 1 :]])
    return cut_table, out, [TabCut(float(edges[0]), float(edges[2]), x)]
