"""Steps-table cells that are not one column's text: group rows and « Label : value » cells.

Two ways of writing a steps table without one column per detail, both common in Word/HTML
plans:

* a GROUP ROW spanning the table, « Planification : 2020 », before each run of steps sharing
  that value (the table has no planning column): the value is every following step's, up to
  the next group row of the same column; steps before the first group row get none;
* a COMBINED COLUMN (« Acteurs », « Intervenants », whatever its header says) whose cells
  hold « Porteur : v » and « Partenaires envisagés : v » on lines of their own: each labelled
  column gets its value, an empty value staying empty.

A column is read as combined only when most of its non-empty cells open with such a label and
their labels name columns the table does not have (or the column itself): a description that
happens to hold « Porteur : » in its text is never cut.
"""

from __future__ import annotations

from sources.action_plan.step_list import labelled_pairs
from sources.pdf.columns import labelled_value
from sources.pdf.content import TableRow
from sources.pdf.list_groups import list_group

_PAIR_KEYS = frozenset(("description", "planning", "budget", "owner", "partners"))


def as_group(row: TableRow, keys: list[str]) -> TableRow:
    """``row`` as a group row when its only text is « <detail label> : value » in its first
    column (a row spanning a table read from geometry, or a grid whose merged cell kept its
    column rules) naming a column the table does not have; else ``row`` itself. A phase
    title (« Phase 1 : diagnostic ») or a label of one of the table's columns stays a row,
    unless its cells read as a grouped list view's heading (:mod:`sources.pdf.list_groups`)."""
    if row.group or not keys:
        return row
    heading = list_group(" ".join(v for k in keys if (v := row.cells.get(k))))
    if heading is not None:  # « ⊟ Planification : 2019 (2) »: a grouped list view's heading
        return TableRow(row.page, row.top, dict([heading]), group=True)
    first = row.cells.get(keys[0])
    if not first or any(v for k, v in row.cells.items() if k != keys[0]):
        return row
    found = labelled_value(first)
    if found is None or found[0] in keys:
        return row
    return TableRow(row.page, row.top, dict([found]), group=True)


def join_rows(top: TableRow, bottom: TableRow, cells: dict[str, str | None]) -> None:
    """``top`` becomes the row cut in two (``cells``: both parts' cells joined); the printed
    lines of its paired cells (:attr:`TableRow.raw`) are joined too, line after line."""
    raw: dict[str, str] = {}
    for key in dict.fromkeys([*top.raw, *bottom.raw]):
        parts = [r.raw.get(key) or r.cells.get(key) or "" for r in (top, bottom)]
        raw[key] = "\n".join(p for p in parts if p)
    top.cells, top.raw = cells, raw


def split_pair_columns(rows: list[TableRow]) -> list[tuple[dict[str, str | None], set[str]]]:
    """Each non-group row's cells with its combined columns cut into the columns they label,
    and the keys a label set explicitly (an empty value there stays empty)."""
    body = [r for r in rows if not r.group]
    columns = {k for r in body for k in r.cells}
    out: list[tuple[dict[str, str | None], set[str]]] = [(dict(r.cells), set()) for r in body]
    for key in sorted(columns):
        found = _combined(body, key, columns)
        if found is None:
            continue
        for (cells, explicit), pairs in zip(out, found, strict=True):
            if pairs is None:
                continue
            if key not in {k for k, _ in pairs}:
                cells[key] = ""
            for pair_key, value in pairs:
                if pair_key in explicit and value:
                    cells[pair_key] = f"{cells[pair_key] or ''} {value}".strip()
                elif pair_key not in explicit:
                    cells[pair_key] = value
                explicit.add(pair_key)
    return out


def _combined(
    body: list[TableRow], key: str, columns: set[str]
) -> list[list[tuple[str, str]] | None] | None:
    """The pairs of each cell of column ``key`` when it is a combined column, else None."""
    allowed = (_PAIR_KEYS - columns) | {key}
    texts = [r.raw.get(key) or r.cells.get(key) or "" for r in body]
    filled = [t for t in texts if t.strip()]
    if not filled or ":" not in "".join(filled):
        return None
    found: list[list[tuple[str, str]] | None] = []
    new: set[str] = set()
    for text in texts:
        pairs = labelled_pairs(text) if text.strip() else None
        if pairs is not None and all(k in allowed for k, _ in pairs):
            found.append(pairs)
            new |= {k for k, _ in pairs} - columns
        else:
            found.append(None)
    n_paired = sum(1 for p in found if p is not None)
    return found if new and 2 * n_paired > len(filled) else None


def fill_groups(cells: dict[str, str | None], groups: dict[str, str]) -> None:
    """Group-row values for the cells a step leaves empty (or lacks: no such column)."""
    for key, value in groups.items():
        if not (cells.get(key) or ""):
            cells[key] = value
