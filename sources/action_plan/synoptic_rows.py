"""A SYNOPTIC TABLE: the whole plan one grid, A ROW A STEP, each fiche's heading and fields
cells MERGED DOWN beside its step rows.

Plans kept in a spreadsheet for a steering committee (« tableau synoptique des actions »,
exported from a tracking base, printed in A3) put every fiche on one band of rows: the
header names the fiche's own columns (« Fiche », then the field labels « Contexte »,
« Objectifs et résultats attendus », « Indicateurs » …) beside the steps table's columns
(« Etape », « Descriptif », « Planification » …); each body row is a step, and the fiche's
heading and each of its field values are ONE cell merged down over its step rows (read
``None`` in the rows under the first, :class:`~sources.pdf.content.TableRow`).

Such a grid is given back as the fiche a page prints one under another: for each band of
rows opened by a row with cells of its own in the fiche's columns, the heading's text as a
line, each field's label on a line of its own over its value (as
:mod:`sources.action_plan.field_rows` stacks a fields row), then the band's step rows as a
steps table. Rows at the top of a page whose fiche cells are merged with the page before's
are that fiche's further steps, the table going on.
"""

from __future__ import annotations

from dataclasses import replace

from sources.action_plan.field_rows import _stacked
from sources.action_plan.labels import _field_key
from sources.pdf.content import Line, Segment, TableBlock, TableRow

_MIN_FIELDS = 3  # field columns beside the steps: a synoptic grid, not a stray label
_SIZE = 8.0  # pt: the synthetic lines' size (no geometry read for them)
_HEADING_SIZE = 10.0  # pt: the heading's, larger (its next lines, the labels, none of it)
_STEP = 0.001  # pt between two synthetic lines: their order, never a gap


def fiche_columns(table: TableBlock) -> tuple[list[str], list[str], list[str]] | None:
    """The keys of the fiche's own columns — heading columns (named by no field), field
    columns — and the fields' labels, when the grid names at least :data:`_MIN_FIELDS`
    fields beside a step column; else None."""
    if "step" not in table.keys or len(table.header_labels) != len(table.keys):
        return None
    heads: list[str] = []
    fields: list[str] = []
    labels: list[str] = []
    for key, label in zip(table.keys, table.header_labels, strict=True):
        if not key.startswith("col"):
            continue  # a step column
        if label and _field_key(label) is not None:
            fields.append(key)
            labels.append(label[:1].upper() + label[1:])  # (folded: a label's capital back)
        elif not fields:
            heads.append(key)  # the columns before the fields: the fiche's heading
    if len(fields) < _MIN_FIELDS:
        return None
    return heads, fields, labels


def _opens(row: TableRow, own: list[str]) -> bool:
    """Does the row open a fiche's band (a cell of its own in the fiche's columns)?"""
    return any(row.cells.get(k) is not None for k in own)


def _line(page: int, top: float, x: float, text: str, bold: bool, size: float = _SIZE) -> Line:
    seg = Segment(x, x + 0.5 * size * len(text), text, bold)
    return Line(page, top, top + size, x, seg.x1, size, bold, [seg])


def synoptic_rows(
    lines: list[Line], tables: list[TableBlock]
) -> tuple[list[Line], list[TableBlock]]:
    """``lines`` with each synoptic grid's fiche headings and fields stacked in, and the
    tables with such a grid cut into one steps table a fiche (see the module); both as given
    when the page holds no such grid."""
    out_tables: list[TableBlock] = []
    added: list[Line] = []
    for table in tables:
        found = fiche_columns(table)
        if found is None or not table.rows:
            out_tables.append(table)
            continue
        heads, fields, labels = found
        own = heads + fields
        keep = [i for i, k in enumerate(table.keys) if k not in own]
        keys = [table.keys[i] for i in keep]
        header_labels = [table.header_labels[i] for i in keep]
        x = table.bounds[0] if table.bounds else 0.0
        bands: list[tuple[TableRow | None, list[TableRow]]] = []
        for row in sorted(table.rows, key=lambda r: r.top):
            if _opens(row, own) or not bands:
                bands.append((row if _opens(row, own) else None, []))
            bare = {k: v for k, v in row.cells.items() if k not in own}
            raw = {k: v for k, v in row.raw.items() if k not in own}
            if any(bare.values()):
                bands[-1][1].append(replace(row, cells=bare, raw=raw))
        for n, (opener, rows) in enumerate(bands):
            lead = opener or (rows[0] if rows else None)
            top = lead.top if lead is not None else table.top
            part_top = top
            if opener is not None:
                heading = " ".join(
                    " ".join((opener.cells.get(k) or "").split()) for k in heads
                ).strip()
                stack: list[Line] = []
                if heading:
                    stack.append(_line(table.page, top, x, heading, True, _HEADING_SIZE))
                first = _line(table.page, top + _STEP * (len(stack) + 1), x, "", True)
                values = [
                    [v] if (v := " ".join((opener.cells.get(k) or "").split())) else []
                    for k in fields
                ]
                stack += _stacked(first, [x], labels, values)
                added += stack
                part_top = stack[-1].top + _STEP
            if not rows:
                continue
            nxt = bands[n + 1] if n + 1 < len(bands) else None
            bottom = (nxt[0] or nxt[1][0]).top if nxt and (nxt[0] or nxt[1]) else table.bottom
            out_tables.append(
                replace(
                    table,
                    top=part_top,
                    bottom=bottom,
                    rows=rows,
                    keys=keys,
                    header_labels=header_labels,
                    header_bottom=table.header_bottom if n == 0 else 0.0,
                )
            )
    if not added:
        return lines, out_tables
    out = list(lines)
    for line in sorted(added, key=lambda ln: (ln.page, ln.top)):  # each before the page's
        # first line below it, the page's own order kept
        at = next(
            (i for i, ln in enumerate(out) if ln.page == line.page and ln.top > line.top),
            len(out),
        )
        out.insert(at, line)
    return out, out_tables
