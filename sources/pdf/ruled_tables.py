"""Ruled implementation tables, found by pdfplumber's ``lines`` strategy.

Borders missing where a row is cut by a page break are closed first, so the grid finder
keeps the first and last cells of each page; the sides of a rounded outer border, which stop
short of its corners, are run on to them (:mod:`sources.pdf.rounded_boxes`) so the corner cells
close too. A record may take two grid rows — its cells, then one cell merged across the grid
for the column a second header row names alone (« Descriptif »): the merged cell is read into
the record's row (:func:`_spanning_label`). A SYNOPTIC grid (the fiche's heading and fields
columns beside the steps', :mod:`sources.action_plan.synoptic_rows`) keeps its header alone
over rows merged across it, and its fiches' bands further down the page, parted from it by
those rows, are read under it (:func:`_grid_above`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sources.pdf.banded_columns import pillar_lines
from sources.pdf.cell_bullets import mark_bullets
from sources.pdf.cell_columns import read_cell_columns
from sources.pdf.cell_floats import without_floats
from sources.pdf.cell_overflow import keep_overflow
from sources.pdf.cells import _clean_cell
from sources.pdf.clipped_lines import lift_clipped_lines
from sources.pdf.columns import (
    column_key,
    distinct_keys,
    is_header,
    is_part_header,
    keys_in_sequence,
    label_key,
    labelled_value,
    without_own_label,
)
from sources.pdf.content import GridPiece, TableBlock, TableRow
from sources.pdf.footnotes import mark_calls
from sources.pdf.grid_holes import open_holes
from sources.pdf.inset_rules import without_inset_strokes
from sources.pdf.joint_cells import joint_column, split_named
from sources.pdf.key_columns import is_step_row, key_column, own_first
from sources.pdf.labels_above import labels_above
from sources.pdf.lower_tier import is_lower_row, lacks_lower, lower_tier, lower_values
from sources.pdf.nested_grids import fill_from_outer, outer_cells, with_nested_cells
from sources.pdf.rounded_boxes import rounded_box_sides
from sources.pdf.row_tables import own_cell_rows
from sources.pdf.rule_bands import band_rules
from sources.pdf.rules import horizontal_rules, vertical_rules
from sources.pdf.sheet_grid import first_cell_only
from sources.pdf.small_print import reread_small_print
from sources.pdf.stacked_grids import foreign_tail
from sources.pdf.stacked_steps import split_stacked_rows
from sources.pdf.tab_columns import cut_tab_columns
from sources.pdf.turned import read_turned_cells
from sources.values import fold


def _closing_rules(page: Any) -> list[dict[str, Any]]:
    """Missing top/bottom borders of ruled tables cut by a page break.

    Word processors (and reportlab with rows split across pages) often draw no border where a
    row is cut by the page break: the column rules just stop. Without that border pdfplumber's
    ``lines`` strategy cannot close the last (or first) cells and drops them. Where three or
    more vertical rules end (or start) at the same height and no horizontal rule passes there,
    a horizontal rule spanning them is added — and the rules ending at that height beside a
    cell closed there (a filled row-header cell's own edge) with them.
    """
    verticals = vertical_rules(page, 8)
    if len(verticals) < 3:
        return []
    horizontals = horizontal_rules(page, 3)

    def ruled(x: float, y: float) -> bool:
        return any(abs(hy - y) <= 3 and x0 - 3 <= x <= x1 + 3 for hy, x0, x1 in horizontals)

    out: list[dict[str, Any]] = []
    for end in (1, 2):  # 1: tops, 2: bottoms
        loose = sorted((v[end], v[0]) for v in verticals if not ruled(v[0], v[end]))
        groups: list[list[tuple[float, float]]] = []
        for y, x in loose:
            if groups and y - groups[-1][-1][0] <= 2:
                groups[-1].append((y, x))
            else:
                groups.append([(y, x)])
        for group in groups:
            xs = sorted({round(x) for _, x in group})
            if len(xs) < 3:
                continue
            y = sum(g[0] for g in group) / len(group)
            # rules ending there along a closed cell (a filled cell's own edge) span it too
            xs = sorted({*xs, *(round(v[0]) for v in verticals if abs(v[end] - y) <= 2)})
            out.append(
                {
                    "object_type": "closing_edge",
                    "orientation": "h",
                    "x0": float(xs[0]),
                    "x1": float(xs[-1]),
                    "top": y,
                    "bottom": y,
                    "width": float(xs[-1] - xs[0]),
                    "height": 0.0,
                }
            )
    return out


_SIDE_RULES = 3  # horizontal rules starting (or ending) at one x, at least
_SIDE_COLUMNS = 4  # columns at least (inner column lines + 1): a steps grid, no fields grid


def _side_rules(page: Any) -> list[dict[str, Any]]:
    """Missing outer sides of a grid drawn with its inner lines only (a theme drawing each
    cell's foot and right edge: the first column has no left side, the last no right one):
    pdfplumber's ``lines`` strategy cannot close the outer cells and drops them. Where three
    horizontal rules or more start (or end) at one x, one under the other with three inner
    column lines or more running across each gap between two of them (one steps grid; not
    underlined paragraphs, a label | value grid whose text is read as lines, nor the rules of
    several tables that merely start at the page's margin), and no vertical rule runs there,
    a vertical rule from the first of them to the last is added there."""
    horizontals = horizontal_rules(page, 3)
    if len(horizontals) < _SIDE_RULES:
        return []
    verticals = vertical_rules(page, 3)
    if len(verticals) < _SIDE_COLUMNS - 1:
        return []
    out: list[dict[str, Any]] = []
    for end in (1, 2):  # 1: left ends, 2: right ends
        groups: list[list[tuple[float, float, float]]] = []
        for rule in sorted(horizontals, key=lambda r: (round(r[end]), r[0])):
            if groups and abs(rule[end] - groups[-1][-1][end]) <= 2:
                groups[-1].append(rule)
            else:
                groups.append([rule])
        for group in groups:
            group.sort()
            run = [group[0]]
            for rule in group[1:]:
                if _columns_across(run[-1], rule, verticals) >= _SIDE_COLUMNS - 1:
                    run.append(rule)
                    continue
                out.extend(_side(run, end, verticals))
                run = [rule]
            out.extend(_side(run, end, verticals))
    return out


def _columns_across(
    upper: tuple[float, float, float],
    lower: tuple[float, float, float],
    verticals: list[tuple[float, float, float]],
) -> int:
    """Inner column lines running across the gap between two rules, within both."""
    x0, x1 = max(upper[1], lower[1]), min(upper[2], lower[2])
    return len(
        {
            round(vx)
            for vx, vt, vb in verticals
            if x0 + 2 < vx < x1 - 2 and vt <= upper[0] + 2 and vb >= lower[0] - 2
        }
    )


def _side(
    run: list[tuple[float, float, float]], end: int, verticals: list[tuple[float, float, float]]
) -> list[dict[str, Any]]:
    """The vertical side of a run of rules (empty under three rules, or drawn already)."""
    if len(run) < _SIDE_RULES:
        return []
    x = sum(r[end] for r in run) / len(run)
    top, bottom = run[0][0], run[-1][0]
    if any(abs(vx - x) <= 2 and vt <= top + 2 and vb >= bottom - 2 for vx, vt, vb in verticals):
        return []  # the side is drawn
    return [
        {
            "object_type": "side_edge",
            "orientation": "v",
            "x0": x,
            "x1": x,
            "top": top,
            "bottom": bottom,
            "width": 0.0,
            "height": bottom - top,
        }
    ]


def _text_lines(page: Any, box: tuple[float, float, float, float]) -> list[tuple[float, ...]]:
    """(x0, x1, height, width of its first character) of each text line inside ``box``, top
    to bottom: characters whose midpoint falls in the box (as the grid reader assigns them),
    grouped by their top."""
    x0, top, x1, bottom = box
    chars = sorted(
        (c["top"], c["x0"], c["x1"], c["bottom"] - c["top"])
        for c in page.chars
        if x0 <= (c["x0"] + c["x1"]) / 2 < x1
        and top <= (c["top"] + c["bottom"]) / 2 < bottom
        and c["text"].strip()
    )
    lines: list[list[float]] = []
    for c_top, c_x0, c_x1, height in chars:
        if lines and c_top - lines[-1][3] <= 3:
            line = lines[-1]
            if c_x0 < line[0]:
                line[0], line[4] = c_x0, c_x1 - c_x0
            line[1], line[2] = max(line[1], c_x1), max(line[2], height)
        else:
            lines.append([c_x0, c_x1, height, c_top, c_x1 - c_x0])
    return [(line[0], line[1], line[2], line[4]) for line in lines]


def _edge_finder(page: Any, boxes: list[Any]) -> Callable[[int, int], Callable[[int], bool]]:
    """Geometry of a word cut at a ruled column's edge, computed only when asked (rarely: the
    word list decides most joins): for the cell of body row ``r``, column ``c``, a function of
    a text line's index telling whether that line starts at the column's left edge while the
    line before reached its right edge (the widest line of the column), within about a
    letter."""
    columns: dict[int, tuple[float, float]] = {}
    hangs: dict[int, float | None] = {}
    cells: dict[tuple[int, int], list[tuple[float, ...]]] = {}

    def lines_of(r: int, c: int) -> list[tuple[float, ...]]:
        if (r, c) not in cells:
            box = boxes[r].cells[c] if c < len(boxes[r].cells) else None
            cells[r, c] = _text_lines(page, box) if box is not None else []
        return cells[r, c]

    def column(c: int) -> tuple[float, float]:
        if c not in columns:
            spans = [ln for r in range(len(boxes)) for ln in lines_of(r, c)]
            columns[c] = (min(ln[0] for ln in spans), max(ln[1] for ln in spans))
        return columns[c]

    def hang(c: int) -> float | None:
        """Where the column's lines after a paragraph's first go on, when most of them start
        at one place right of its left edge: a list's hanging indent (« 10. » at the edge,
        the text and its next lines 0.6 cm in)."""
        if c not in hangs:
            starts = [round(ln[0]) for r in range(len(boxes)) for ln in lines_of(r, c)[1:]]
            common = max(set(starts), key=starts.count) if starts else None
            hangs[c] = (
                float(common)
                if common is not None and starts.count(common) > len(starts) / 2
                else None
            )
        return hangs[c]

    def cell(r: int, c: int) -> Callable[[int], bool]:
        def at_edge(k: int) -> bool:
            lines = lines_of(r, c)
            if not 0 < k < len(lines):
                return False
            left, right = column(c)
            tol = 0.6 * max(lines[k][2], 1.0)
            # reached: within about a letter, or too near for the next line's first letter
            # (a wide « m » cut off a narrow column leaves more room than 0.6 em)
            reach = max(tol, lines[k][3] + 0.5)
            indent = hang(c)
            starts = lines[k][0] <= left + tol or (
                indent is not None and abs(lines[k][0] - indent) <= tol
            )
            return lines[k - 1][1] >= right - reach and starts

        return at_edge

    return cell


def _ruled_tables(
    page: Any,
    page_no: int,
    previous: TableBlock | None,
    grids: list[tuple[Any, list[list[str | None]]]] | None = None,
    headless: Headless | None = None,
) -> list[TableBlock]:
    """Implementation tables found by pdfplumber's ``lines`` strategy (ruled tables).
    ``grids``, when given, receives every grid of three columns or more, read or not (a
    transposed grid cut by a page break is joined across pages by the page reader).
    ``headless``: the document's last steps header and where the page's steps headings
    stand (:func:`_under_heading`)."""
    settings: dict[str, Any] = {
        "vertical_strategy": "lines",
        "horizontal_strategy": "lines",
        "snap_tolerance": 3,
        "join_tolerance": 3,
        "intersection_tolerance": 3,
    }
    mark_calls(page.chars)  # « Etape¹ »: a footnote call glued to a header label
    closing = _closing_rules(page)
    rounded_v, rounded_h = rounded_box_sides(page)  # a rounded border: corner cells closed
    pillar_h, pillar_v = pillar_lines(page)  # banded columns: the unfilled cells' edges
    sides = _side_rules(page)  # a grid drawn with its inner lines only: its outer sides
    band_v, band_h = band_rules(page)  # rows ruled above and under only, or not at all,
    sides += band_v  # going on from a grid
    closing += band_h
    if closing or rounded_h or pillar_h:
        settings["explicit_horizontal_lines"] = closing + rounded_h + pillar_h
    if rounded_v or pillar_v or sides:
        settings["explicit_vertical_lines"] = rounded_v + pillar_v + sides
    blocks: list[TableBlock] = []
    seen: list[tuple[Any, list[list[str | None]]]] = []  # every grid and its cells
    with without_inset_strokes(page) as grid_page:  # a paragraph's border is no row's edge
        found = grid_page.find_tables(table_settings=settings)
    every = list(found)  # (``found`` is used again below for a header's place)
    for table in every:
        data = read_turned_cells(page, table, table.extract())
        data, given = keep_overflow(page, table, data)  # words run past their cell's rule
        data = open_holes(page, table, data, given)  # empty cells drawn with no box
        data = lift_clipped_lines(page, table, data, given)  # lines past a fixed row's foot
        data = reread_small_print(page, table, data, given)  # shrink-to-fit cells
        data = without_floats(page, table, data, given)  # pull quotes, photo captions
        data = mark_bullets(page, table, data, given)  # list bullets drawn as shapes
        data = read_cell_columns(page, table, data, given)  # text in two columns
        data = _without_glued_table(table, data)  # a visa table snapped under the steps
        if data and len(data[0]) >= 3:  # two columns typed in one on a tab stop
            head = _header_at(data)
            table, data, cuts = cut_tab_columns(
                page,
                table,
                data,
                head[0] + head[1] - 1 if head is not None else None,
                previous.tab_cuts if previous is not None and not blocks else [],
            )
        else:
            cuts = []
        if len(every) > 1 and data and len(data[0]) >= 3:  # « Porteur | Partenaires » nested
            data = with_nested_cells(table, data, every, lambda g: _edge_finder(page, g.rows))
        seen.append((table, data))
        if grids is not None and data and len(data[0]) >= 3:
            grids.append((table, data))
        part_keys = [label_key(c) for c in data[0]] if data and len(data[0]) <= 3 else []
        if part_keys and is_part_header(part_keys):
            if len(data) > 1 and all(all(c is None for c in raw[1:]) for raw in data[1:]):
                continue  # only the header is a grid, each row one cell across (rows parted
                # by rules only): its lines read as text (:mod:`sources.action_plan.child_rows`)
            blocks.append(_part_block(page, page_no, table, data, [str(k) for k in part_keys]))
            continue
        if (
            data
            and previous is not None
            and previous.part
            and len(data[0]) == len(previous.keys)
            and not blocks
        ):
            blocks.append(_part_block(page, page_no, table, data, None, previous.keys))
            continue  # a part going on
        if not data or len(data[0]) < 3:
            continue
        going_on = previous.pair_last if previous is not None and not blocks else None
        if _pair_grid_at(data, going_on):
            blocks.append(_pair_grid_block(page, page_no, table, data, going_on))
            continue
        found = _header_at(data)
        # column bounds kept so that a continuation the grid finder cannot close (zebra
        # fills: the last, unfilled row has no edge below it) is read from geometry
        xs = [float(c.bbox[0]) for c in table.columns] + [float(table.bbox[2])]
        if found is None:
            transposed = _transposed_at(data)
            if transposed is not None:
                blocks.append(_transposed_block(page, page_no, table, data, *transposed))
                continue
        for part in _sheet_parts(data, found):
            _read_part(page, page_no, table, data, part, previous, blocks, xs, headless)
        if cuts and blocks:
            blocks[-1].tab_cuts = cuts
    for block in blocks:  # steps typed one under the other in a template's last row
        split_stacked_rows(page, block)
    if len(seen) > 1 and blocks:  # a steps grid nested in an outer grid's cell
        outer = outer_cells(seen)
        if outer:
            fill_from_outer(blocks, outer)
    return blocks


Part = tuple[int, int, list[str | None] | None, int]  # first row, header rows, keys, end row


def _sheet_parts(
    data: list[list[str | None]], found: tuple[int, int, list[str | None]] | None
) -> list[Part]:
    """A grid's parts, each read as a table of its own: from its header (``found``, else
    from the grid's first row, headerless) to the next part. A spreadsheet printing a whole
    sheet as ONE grid (:mod:`sources.pdf.sheet_grid`) holds one steps table after another, a
    fiche's heading and fields typed in its rows between them: a later header row of the
    grid, after a row that is no table row (text in the first cell only, or cells merged),
    starts the next part. A header row repeated right under table rows stays a repeat."""
    first = found[0] + found[1] if found is not None else 0
    starts: list[tuple[int, list[str | None]]] = []
    between = False  # a row since the last header that belongs to no table
    for index in range(first, len(data)):
        row = data[index]
        if between:
            keys = [label_key(c) for c in row]
            if is_header(keys):
                starts.append((index, keys))
                between = False
                continue
        if first_cell_only(row) or any(c is None for c in row[1:]):
            between = True
    ends = [index for index, _ in starts] + [len(data)]
    parts: list[Part] = [
        (found[0], found[1], found[2], ends[0]) if found is not None else (0, 0, None, ends[0])
    ]
    parts += [(index, 1, keys, end) for (index, keys), end in zip(starts, ends[1:], strict=True)]
    return parts


def _read_part(
    page: Any,
    page_no: int,
    table: Any,
    data: list[list[str | None]],
    part: Part,
    previous: TableBlock | None,
    blocks: list[TableBlock],
    xs: list[float],
    headless: Headless | None = None,
) -> None:
    """The block of one part of a grid (:func:`_sheet_parts`), appended to ``blocks``: rows
    under its header, or its rows when it has none (the table going on from the page
    before; a table under a steps heading printed without the header the document's first
    table had, :func:`_under_heading`)."""
    ncols = len(data[0])
    rows_bbox = table.rows
    top = float(table.bbox[1])
    start, height, header_keys, end = part
    bottom = float(rows_bbox[end].bbox[1]) if end < len(rows_bbox) else float(table.bbox[3])
    shifted = False  # cells read under the header's columns (:func:`_under_header`)
    own_cells: list[list[int]] = []  # each row's own cells (:func:`own_cell_rows`)
    strips = False  # the grid goes on the one above it on the page (:func:`_grid_above`)
    heads: list[int] = []  # the header's cells (grid indices) the shifted rows are read under
    header_alone = False
    lower: list[str | None] | None = None  # keys of split columns' lower halves
    joint: int | None = None  # the column holding each step's name over its description
    if header_keys is not None:
        if height == 1 and None in header_keys:  # labels cut at the wrong places
            header_keys = keys_in_sequence(data[start], header_keys) or header_keys
        keys = _corner_step([k or f"col{i}" for i, k in enumerate(header_keys)], data[start])
        headers = [_folded_label(c) for c in data[start + height - 1]]
        spanning_key = _spanning_label(data[start + height : start + height + 1], keys)
        height += 1 if spanning_key else 0
        if height == 1 and start + 1 < end:  # split detail columns: a second header row
            lower = lower_tier(data[start + 1], keys)
            height += 1 if lower else 0
        if height == 1 and "description" not in keys:  # « Etape » over « Descriptif »
            joint = joint_column(data[start])
        body, body_boxes, has_header = (
            data[start + height : end],
            rows_bbox[start + height : end],
            True,
        )
        realigned = (
            [
                _under_header(raw, box, rows_bbox[start])
                for raw, box in zip(body, body_boxes, strict=False)
            ]
            if height == 1
            else body
        )
        # a header alone (at a page's foot, its rows on the next page) whose cells hold a
        # label's few lines: all of it header (a grid with no row rules reads as one row)
        header_alone = not body_boxes and all(
            len([ln for ln in (c or "").split("\n") if ln.strip()]) <= 3
            for c in data[start + height - 1]
        )
        header_cells = {i for i, b in enumerate(rows_bbox[start].cells) if b is not None}
        lined_up = any(  # a row of as many cells as the header, in its columns: a true grid
            {i for i, b in enumerate(box.cells) if b is not None} == header_cells
            for box in body_boxes
        )
        if not lined_up and any(new is not raw for new, raw in zip(realigned, body, strict=True)):
            # rows whose own column rules miss the header's: read under the header's cells,
            # the grid's columns being the header's (a table going on reads them so too)
            heads = [i for i, b in enumerate(rows_bbox[start].cells) if b is not None]
            keys, headers = [keys[i] for i in heads], [headers[i] for i in heads]
            header_keys = [header_keys[i] for i in heads]
            xs = [float(rows_bbox[start].cells[i][0]) for i in heads]
            xs.append(float(rows_bbox[start].cells[heads[-1]][2]))
            body = [[row[i] for i in heads] for row in realigned]
            ncols, shifted = len(heads), True
        if height == 1 and not shifted:  # a column split by a rule its header spans
            joined = _join_spanned(data[start], body, keys, headers, header_keys, xs)
            if joined is not None:
                body, keys, headers, header_keys, xs = joined
                ncols = len(keys)
        top = float(rows_bbox[start].bbox[1])  # spanning rows above: the page's lines
        # a key column, or the same grid going on from the page before (a page holding
        # too few of its key cells to tell, or none: rows of text only)
        keyed = (
            not shifted
            and len(xs) == ncols + 1
            and (
                key_column(header_keys, body, body_boxes, xs)
                or (previous is not None and previous.keyed and previous.keys == keys)
            )
        )
    elif (
        end
        and _body_row(data[start])
        and (above_labels := labels_above(page, table.bbox, ncols, xs)) is not None
    ):
        # the labels printed above the grid, out of line with its columns (a plug-in's
        # header measured while hidden): the k-th names the k-th column
        keys, body, body_boxes, has_header = above_labels[0], data[:end], rows_bbox[:end], True
        spanning_key, keyed = None, False
        headers = [_folded_label(label) for label in above_labels[1]]
        top = above_labels[2]
    elif (
        previous is not None
        and not blocks
        and previous.ncols < ncols
        and (own := own_cell_rows(rows_bbox[:end], previous.ncols)) is not None
    ):
        # tables stacked one a row going on from the page before: each row by its own cells
        keys, has_header, body_boxes = previous.keys, False, rows_bbox[:end]
        body = [[raw[i] for i in idx] for raw, idx in zip(data[:end], own, strict=True)]
        spanning_key, keyed, headers = previous.spanning_key, False, previous.header_labels
        ncols, xs, own_cells = previous.ncols, list(previous.bounds), own
    elif previous is not None and previous.ncols == ncols and not blocks:
        keys, body, body_boxes, has_header = previous.keys, data[:end], rows_bbox[:end], False
        spanning_key, keyed = previous.spanning_key, previous.keyed and len(xs) == ncols + 1
        headers = previous.header_labels
        lower = previous.lower_keys or None
        joint = previous.joint
        rest = _header_rest(previous, data[0]) if data and end else None
        if rest is not None:  # the header's last lines, cut by the page break: its keys
            keys, headers, has_header = rest[0], rest[1], True
            body, body_boxes = data[1:end], rows_bbox[1:end]
    elif (above := _grid_above(blocks, ncols, xs, top, _full_row(rows_bbox, start))) is not None:
        # a grid right under the page's last steps grid, on its columns: its rows going on
        # past a spacer row drawn without side rules (each step a boxed strip of its own)
        keys, body, body_boxes, has_header = above.keys, data[:end], rows_bbox[:end], False
        spanning_key, keyed, headers = above.spanning_key, False, above.header_labels
        strips = True
    elif (model := _under_heading(headless, ncols, top, blocks)) is not None and _body_row(
        data[start]
    ):
        # a steps table under its heading, printed without a header: the rows pasted under
        # every fiche of a sheet whose header row was typed once, over its first table
        keys, body, body_boxes, has_header = model.keys, data[:end], rows_bbox[:end], True
        spanning_key, keyed, headers = None, False, model.header_labels
    else:
        return
    if (
        not keyed
        and spanning_key is None
        and body
        and all(all(c is None for c in raw[1:]) for raw in body)
    ):
        if not (has_header and header_keys is not None and _synoptic_keys(keys)):
            return  # only the header is a grid (filled header cells in an outer box): the
            # body is one cell across every column, its columns are read from geometry
        # a synoptic grid's header over rows merged across it (an axis, an objective): the
        # header alone, those rows the page's lines, the fiches' bands further down
        # (:func:`_grid_above`) read under it
        bottom = float(body_boxes[0].bbox[1])
        body, body_boxes, header_alone = [], [], True
    keys = distinct_keys(keys, body, headers)  # two columns of one key: one keeps it
    block = TableBlock(
        page_no,
        top,
        bottom,
        keys,
        has_header,
        bounds=xs if len(xs) == ncols + 1 else [],
        ncols=ncols,
        rows_ruled=True,
        header_bottom=(
            float(body_boxes[0].bbox[1]) if body_boxes else (bottom if header_alone else 0.0)
        )
        if has_header
        else 0.0,
        spanning_key=spanning_key,
        keyed=keyed,
        header_labels=headers,
    )
    block.whole_rows = strips  # (a strip is a whole row: no page break cuts it)
    block.lower_keys = lower or []
    block.joint = joint
    # the page's first row going on from the page before's last: a step's lower row cut off
    # from the row above by the page break, or the rest of a lower row the break cut (no
    # step of its own: its split cells are lower values too)
    last = (
        previous.rows[-1].cells
        if lower is not None
        and not blocks
        and previous is not None
        and previous.lower_keys == lower
        and previous.rows
        else None
    )
    if keyed and has_header:  # the header row: no text of the page
        block.aside.append((xs[0], top, xs[-1], block.header_bottom))
    edges = _edge_finder(page, body_boxes)
    if shifted:  # a body cell's own column rules, not the header's, bound its lines
        edges = _edges_under_header(edges, body_boxes, rows_bbox[start], heads)
    elif own_cells:  # likewise each row's own cells
        edges = _edges_of_own_cells(edges, own_cells)
    for r, (printed, box) in enumerate(zip(body, body_boxes, strict=False)):
        raw = _without_own_labels(printed, keys, block.header_labels)
        cells = {
            keys[i]: _clean_cell(v, edges(r, i) if v is printed[i] else None)
            for i, v in enumerate(raw)
            if i < len(keys)
        }
        if is_header([column_key(v) for v in cells.values()]):
            continue
        if joint is not None and joint < len(box.cells) and box.cells[joint] is not None:
            going_on = not block.rows and previous is not None and not blocks
            named = split_named(page, box.cells[joint], going_on)  # bold name, the rest
            if named is not None:
                cells[keys[joint]], cells["description"] = named
        if keyed:  # the key cell set aside; a row that is no step left to the lines
            del cells[keys[0]]
            if not is_step_row(raw):
                y0, y1 = float(box.bbox[1]), float(box.bbox[3])
                block.gaps.append((y0, y1))
                if own_first(box, xs[1]):
                    block.aside.append((xs[0], y0, xs[1], y1))
                continue
        if lower is not None and block.rows and is_lower_row(raw, lower):
            above = block.rows[-1].cells  # a step's second grid row: its lower values
            for key in lower:
                if key is not None:
                    above[key] = lower_values(cells, keys, lower)[key]
            block.joined_rows += 1
            continue
        if (
            lower is not None
            and last is not None
            and not block.rows
            and any(cells.values())
            and (lacks_lower(last, lower) or not (cells.get(keys[0]) or "").strip())
        ):
            values = lower_values(cells, keys, lower)
            block.rows.append(TableRow(page_no, float(box.bbox[1]), values, rest=True))
            continue
        if spanning_key is not None and _spans(raw):
            _join_spanning(block, spanning_key, cells[keys[0]] or "", page_no, box)
            continue
        group = labelled_value(cells[keys[0]]) if _spans(raw) else None
        if group is not None and group[0] not in keys:  # « Planification : 2020 » across
            # the grid, the table having no such column: a group row over the rows below
            block.rows.append(TableRow(page_no, float(box.bbox[1]), dict([group]), group=True))
            continue
        if any(cells.values()):
            lines = {keys[i]: v for i, v in enumerate(raw) if i < len(keys) and _paired(v)}
            spans = ncols > 2 and bool(raw[0]) and all(c is None for c in raw[1:])
            band = spans and "step" not in keys  # one cell across a grid naming no step
            block.rows.append(
                TableRow(
                    page_no,
                    float(box.bbox[1]),
                    cells,
                    lines,
                    band=band,
                    own_labels=sum(a is not b for a, b in zip(raw, printed, strict=True)) >= 2,
                )
            )
            if spans:
                block.spanning_rows += 1
    block.one_line_cells = bool(body) and all(
        "\n" not in (c or "").strip() for raw in body for c in raw
    )
    # (a step's lower row, :mod:`sources.pdf.lower_tier`, is no printed line of it)
    lines = [raw for raw in body if lower is None or not is_lower_row(raw, lower)]
    block.line_rows = block.one_line_cells and _line_rows(lines)
    blocks.append(block)


def _join_spanned(
    header: list[str | None],
    body: list[list[str | None]],
    keys: list[str],
    headers: list[str | None],
    header_keys: list[str | None],
    xs: list[float],
) -> (
    tuple[list[list[str | None]], list[str], list[str | None], list[str | None], list[float]] | None
):
    """Body cells under ONE header cell spanning several grid columns (its cells merged
    across them, read ``None``), with no second header row naming them: a column whose cells a
    rule splits (a long value set in two newspaper columns, ``column-rule``), each body cell
    read as its parts' text left to right, the grid's columns as the header's. None when no
    header cell spans columns, or no body row holds a part of its own."""
    spanned = [j for j in range(1, len(header)) if header[j] is None and header[j - 1] is not None]
    spanned += [
        j for j in range(1, len(header)) if header[j] is None and j - 1 in spanned
    ]  # (three parts or more)
    spanned = sorted(set(spanned))
    if not spanned or not any(raw[j] is not None for raw in body for j in spanned if j < len(raw)):
        return None
    owner = {j: max(i for i in range(j) if i not in spanned) for j in spanned}
    rows: list[list[str | None]] = []
    for raw in body:
        out = list(raw)
        for j in spanned:
            part = raw[j] if j < len(raw) else None
            if part is not None and part.strip():
                left = out[owner[j]]
                out[owner[j]] = f"{left}\n{part}" if left and left.strip() else part
        rows.append([c for n, c in enumerate(out) if n not in spanned])
    keep = [n for n in range(len(header)) if n not in spanned]
    bounds = [xs[n] for n in keep] + [xs[-1]] if len(xs) == len(header) + 1 else xs
    return (
        rows,
        [keys[n] for n in keep],
        [headers[n] for n in keep],
        [header_keys[n] for n in keep],
        bounds,
    )


def _part_block(
    page: Any,
    page_no: int,
    table: Any,
    data: list[list[str | None]],
    header: list[str] | None,
    keys: list[str] | None = None,
) -> TableBlock:
    """A grid headed « Etape | Descriptif » (or « … | Planification », :func:`is_part_header`,
    its keys ``header``): one part of a steps table split in two, each row a step name and
    its other cells; or, at the top of the next page, with no header (``header`` None, the
    part's ``keys``), its continuation (the first row perhaps the rest of a row cut by the
    page break, its step cell empty)."""
    has_header = header is not None
    skip = 1 if has_header else 0
    block = TableBlock(
        page_no,
        float(table.bbox[1]),
        float(table.bbox[3]),
        list(header or keys or ["step", "description"]),
        has_header,
        ncols=len(header or keys or ["step", "description"]),
        rows_ruled=True,
        header_bottom=float(table.rows[skip].bbox[1])
        if has_header and len(table.rows) > 1
        else 0.0,
        part=True,
    )
    edges = _edge_finder(page, table.rows[skip:])
    for r, (raw, box) in enumerate(zip(data[skip:], table.rows[skip:], strict=False)):
        cells = {
            k: _clean_cell(v, edges(r, i))
            for i, (k, v) in enumerate(zip(block.keys, raw, strict=False))
        }
        if any(cells.values()):
            block.rows.append(TableRow(page_no, float(box.bbox[1]), cells))
    return block


def _without_own_labels(
    raw: list[str | None], keys: list[str], headers: list[str | None]
) -> list[str | None]:
    """A body row's cells without their own column's label opening them (:func:`without_own_
    label`: a responsive page's inline labels, « Porteur : GACdG »), so that the row is
    neither taken for a repeated header nor read with the labels in its values."""
    cells = list(raw)
    for i, value in enumerate(raw[: len(keys)]):
        bare = without_own_label(value, keys[i], headers[i] if i < len(headers) else None)
        if bare is not None:
            cells[i] = bare
    return cells


def _under_header(raw: list[str | None], row: Any, header: Any) -> list[str | None]:
    """A body row of a grid whose rows do not share their column rules (tables stacked one
    a row, each laid out by its own content: an e-mail newsletter's modules; flex rows each
    sizing its cells from its own contents): as many cells as the header, standing in other
    grid columns than its cells; the k-th goes under the header's k-th cell, in reading
    order, however far its rules stand from the header's, the header's other columns left
    empty. Any other row (lined up with the header, or with cells merged) is kept as is."""
    heads = [i for i, b in enumerate(header.cells) if b is not None]
    cells = [i for i, b in enumerate(row.cells) if b is not None and i < len(raw)]
    if not heads or not cells:
        return raw
    if len(cells) != len(heads) or cells == heads:
        return raw  # lined up, or cells merged (a row spanning the table, a cell merged
        # with the one above: ``None`` keeps its meaning)
    out: list[str | None] = ["" for _ in raw]
    for i, k in zip(cells, heads, strict=True):
        out[k] = raw[i] or ""
    return out


def _corner_step(keys: list[str], header: list[str | None]) -> list[str]:
    """``keys`` with an EMPTY top-left corner named the step column: a table whose step names
    are row headers (``<th scope="row">``, set like the column headers) leaves the cell over
    them blank; its other labels name the description and the details."""
    if "step" in keys or not keys or keys[0] != "col0" or (header[0] or "").strip():
        return keys
    if "description" not in keys and len({k for k in keys if not k.startswith("col")}) < 3:
        return keys
    return ["step", *keys[1:]]


def _header_rest(
    previous: TableBlock, first: list[str | None]
) -> tuple[list[str], list[str | None]] | None:
    """A header printed alone at a page's foot (``previous``: a header, no row) whose labels'
    last lines a page break carried to the next page's first grid row (« Planificati » /
    « on », « Ressources » / « à mobiliser »): the keys and folded labels of the labels put
    back together, when they name more of the columns than the cut ones did; else None."""
    if not previous.has_header or previous.rows or len(previous.header_labels) != len(first):
        return None
    joined: list[str | None] = []
    for above, below in zip(previous.header_labels, first, strict=True):
        below = " ".join((below or "").split())
        if not below:
            joined.append(above)
            continue
        if not above:
            return None  # text under an empty header cell: a row of the table
        glued = f"{above}{below}"
        spaced = f"{above} {below}"
        joined.append(glued if column_key(glued) and not column_key(spaced) else spaced)
    keys = [label_key(j) for j in joined]
    before = len({k for k in previous.keys if not k.startswith("col")})
    if not is_header(keys) or len({k for k in keys if k}) <= before:
        return None  # (columns named, each key counted once: two columns may share one)
    return [k or f"col{i}" for i, k in enumerate(keys)], [_folded_label(j) for j in joined]


def _line_rows(body: list[list[str | None]]) -> bool:
    """Is each grid row (each cell one printed line at most) a printed LINE of its values (a
    sheet typed one line a row, wrap off, a rule under every line)? Four rows at least, two
    of them at least going on a value above: text beside an empty first cell (a value running
    on under a name that ended), or a first cell opening in lower case (a name's next line).
    """
    cells = [[(c or "").strip() for c in raw] for raw in body]
    if len(cells) < 4:
        return False
    going_on = sum(
        1 for row in cells if row and ((not row[0] and any(row[1:])) or row[0][:1].islower())
    )
    return going_on >= 2


def _edges_under_header(
    edges: Callable[[int, int], Callable[[int], bool]],
    boxes: list[Any],
    header: Any,
    heads: list[int],
) -> Callable[[int, int], Callable[[int], bool] | None]:
    """``edges`` for rows read under the header's cells (:func:`_under_header`): the cell of
    body row ``r`` under header column ``c`` is asked by its own grid index, so a word cut at
    the body cell's right edge (narrower than its header cell: Writer breaks a word too wide
    for it, « command » / « e ») is told by that cell's lines. None where no single cell of
    the row stands under that header cell (merged, or several)."""
    head_boxes = [(i, b) for i, b in enumerate(header.cells) if b is not None]

    def under(box: tuple[float, ...]) -> int:
        return max(head_boxes, key=lambda h: min(box[2], h[1][2]) - max(box[0], h[1][0]))[0]

    def finder(r: int, c: int) -> Callable[[int], bool] | None:
        if not head_boxes or c >= len(heads):
            return None
        cells = [i for i, b in enumerate(boxes[r].cells) if b is not None and under(b) == heads[c]]
        return edges(r, cells[0]) if len(cells) == 1 else None

    return finder


def _body_row(row: list[str | None]) -> bool:
    """Does a grid's first row hold text in two cells or more, as a step's row does? A header
    whose labels are set slanted, glyph by glyph, reads as one heap of letters in its first
    cell (« er bili s g é s … Et »): no pasted body."""
    return sum(1 for c in row if c and c.strip()) >= 2


def heads_steps(table: TableBlock) -> bool:
    """A ruled steps table read under a header row of its own."""
    return table.has_header and table.rows_ruled and "step" in table.keys and not table.part


Headless = tuple[TableBlock | None, list[tuple[float, float]]]  # last header, headings


def _under_heading(
    headless: Headless | None, ncols: int, top: float, blocks: list[TableBlock]
) -> TableBlock | None:
    """The document's last steps header (a ruled block with a header naming a step column,
    of ``ncols`` columns; the page's own ``blocks`` first) when a headerless grid starting at
    ``top`` stands right under one of the page's steps headings (« Modalités de mise en
    œuvre »: between the heading's foot and the next line's top), else None."""
    if headless is None:
        return None
    model, headings = headless
    model = next((b for b in reversed(blocks) if heads_steps(b)), model)
    if (
        model is None
        or model.ncols != ncols
        or len(model.keys) != ncols
        or "step" not in model.keys
        or not any(foot - 1.0 <= top <= below + 1.0 for foot, below in headings)
    ):
        return None
    return model


def _edges_of_own_cells(
    edges: Callable[[int, int], Callable[[int], bool]], own: list[list[int]]
) -> Callable[[int, int], Callable[[int], bool]]:
    """``edges`` for rows read by their own cells (:func:`own_cell_rows`): the ``c``-th cell
    of body row ``r`` is asked by its grid index."""

    def finder(r: int, c: int) -> Callable[[int], bool]:
        return edges(r, own[r][c])

    return finder


_STRIP_GAP = 20.0  # pt: a spacer row between two strips of one steps table, at most
_OWN_COLUMNS = 3  # unnamed columns beside the steps' of a synoptic grid, at least


def _full_row(rows: list[Any], start: int) -> bool:
    """Is the grid's row ``start`` a row of cells of its own in every column (none merged
    across)?"""
    return start < len(rows) and all(c is not None for c in rows[start].cells)


def _synoptic_keys(keys: list[str]) -> bool:
    """A SYNOPTIC grid's header: columns a steps table has not (the fiche's own, its
    heading and fields: at least :data:`_OWN_COLUMNS` read under no step key) beside a step
    column (:mod:`sources.action_plan.synoptic_rows`)."""
    return "step" in keys and sum(k.startswith("col") for k in keys) >= _OWN_COLUMNS


def _grid_above(
    blocks: list[TableBlock], ncols: int, xs: list[float], top: float, full: bool = False
) -> TableBlock | None:
    """The page's last steps grid when a headerless grid of ``ncols`` columns at ``xs``
    stands right under it (within :data:`_STRIP_GAP`) on the same column rules (within 3
    pt): the same table going on past a spacer row; else None. Under a SYNOPTIC grid
    (:func:`_synoptic_keys`) the gap may be any: a sheet keeping the whole plan as one table
    types its axes, objectives and their paragraphs in rows merged across it between the
    fiches' bands, drawn with no column rule, so the grid finder parts the bands from the
    header; a band opening the grid (its first row ``full``, a cell in every column) on the
    header's column rules is a band of that table."""
    if not blocks:
        return None
    above = blocks[-1]
    if (
        above.ncols != ncols
        or len(above.bounds) != len(xs)
        or any(abs(a - b) > 3.0 for a, b in zip(above.bounds, xs, strict=True))
        or top < above.bottom
        or (top - above.bottom > _STRIP_GAP and not (full and _synoptic_keys(above.keys)))
    ):
        return None
    return above


def _folded_label(text: str | None) -> str | None:
    """A header cell's label as :func:`without_own_label` compares it (lines joined, a
    word cut by a hyphen at a line's end rejoined, folded)."""
    return fold(" ".join(text.replace("-\n", "").split())) if text else None


def _paired(text: str | None) -> bool:
    """A cell whose lines may be « Label : value » pairs (a colon, several lines): its lines
    are kept as printed for the sheet reader."""
    return bool(text) and ":" in text and "\n" in text  # type: ignore[operator]


def _spans(raw: list[str | None]) -> bool:
    """A grid row that is one cell merged across every column (more than two)."""
    return len(raw) > 2 and raw[0] is not None and all(c is None for c in raw[1:])


def _spanning_label(rows: list[list[str | None]], keys: list[str]) -> str | None:
    """The column named by a header row spanning the whole grid under the header (« Etape |
    Planification | … » then « Descriptif » alone in one cell merged across the columns): each
    record is then a row of the grid's cells followed by one cell across the grid holding
    that column. A short label (:func:`_row_label`) naming a column the header does not name;
    else None (a title, a sentence, a step name spanning the grid, a group row « Planification :
    2020 » giving its value to the rows under it, :func:`~sources.pdf.columns.labelled_value`)."""
    if len(rows) != 1 or not _spans(rows[0]) or labelled_value(rows[0][0]) is not None:
        return None
    key = _row_label(rows[0][0])
    return key if key is not None and key != "no" and key not in keys else None


def _join_spanning(block: TableBlock, key: str, text: str, page_no: int, box: Any) -> None:
    """A grid row merged across every column under a header naming it (:func:`_spanning_label`):
    the ``key`` cell of the record read in the row above. At the top of a table continued on
    a new page it starts a row of its own, with no step: the rest of the record cut by the
    page break, joined to it by the sheet reader. The label repeated alone is no text."""
    block.joined_rows += 1
    if not text or _row_label(text) == key:
        return
    if block.rows:
        cells = block.rows[-1].cells
        cells[key] = f"{cells[key]} {text}" if cells.get(key) else text
        return
    cells = dict.fromkeys(block.keys, "")
    cells[key] = text
    block.rows.append(TableRow(page_no, float(box.bbox[1]), cells))


def _without_glued_table(table: Any, data: list[list[str | None]]) -> list[list[str | None]]:
    """``data`` without the rows of another table glued under the grid's own
    (:func:`~sources.pdf.stacked_grids.foreign_tail`), when the grid has a header."""
    if not data or len(data[0]) < 3 or len(data) != len(table.rows):
        return data
    head = _header_at(data)
    if head is None:
        return data
    cut = foreign_tail(table, head[0] + head[1] - 1)
    return data if cut is None else data[:cut]


def _header_at(data: list[list[str | None]]) -> tuple[int, int, list[str | None]] | None:
    """Where a grid's header is: (first row, number of header rows, column keys), or None.

    The header is the grid's first row (or first two rows, :func:`_two_row_header`), or a
    row further down when every row above it spans columns — a merged cell, read as
    ``None`` — (one table holding a sheet: its title, « Label | value » field rows and a
    « Modalités » heading row spanning the grid's columns, then the steps header and rows).
    A row above using every column (a body row, a title in the grid's own cells) ends the
    search: such a grid is read as before; but not a row holding text in its first cell at
    most, the others empty, when rows spanning columns stand above the header too (a
    spreadsheet printed with its grid: an empty row, or a heading typed in column A that fits
    it, among merged field values and overflowing headings, :func:`first_cell_only`). Labels
    are read by :func:`label_key` (« Plani-\\nfication », « Planificatio\\nn » cut at the
    cell's edge)."""
    first_only = spanning = False  # rows above: of the first cell only, spanning columns
    for start, row in enumerate(data):
        header_keys = [label_key(c) for c in row]
        found: tuple[int, int, list[str | None]] | None = None
        if is_header(header_keys):
            found = start, 1, header_keys
        else:
            two_rows = _two_row_header(data[start:])
            if two_rows is not None:
                found = start, 2, two_rows
        if found is not None:
            return None if first_only and not spanning else found
        if all(c is not None for c in row):
            if not first_cell_only(row):
                return None  # a row of the grid's own columns above any header
            first_only = True
        else:
            spanning = True
    return None


def _two_row_header(data: list[list[str | None]]) -> list[str | None] | None:
    """Column keys of a header on TWO grid rows: group labels (« Mise en œuvre », « Acteurs »)
    spanning columns whose own labels are in the second row, other labels merged vertically
    over both rows (their second-row cell empty). Each column takes the key of its
    second-row cell, else the one of its first-row cell; None when that is no header, or when
    either row alone is one (a title row above an ordinary header is left as before)."""
    if len(data) < 3 or len(data[0]) != len(data[1]):
        return None
    top = [label_key(c) for c in data[0]]
    below = [label_key(c) for c in data[1]]
    if is_header(top) or is_header(below) or not any(below):
        return None  # a one-row header (either row alone), or no label in the second row
    for upper, lower, text in zip(top, below, data[1], strict=True):
        if lower is None and (text or "").strip() and upper is None:
            return None  # a second-row cell naming no column: a body row, not a header
    keys = [lower or upper for upper, lower in zip(top, below, strict=True)]
    if len({k for k in keys if k}) != sum(1 for k in keys if k) or not is_header(keys):
        return None
    return keys


def _transposed_at(data: list[list[str | None]]) -> tuple[int, list[str | None]] | None:
    """Where a TRANSPOSED steps grid starts, and the key of each of its rows, or None.

    Steps as columns, the column labels down the grid's first column (reports and slides turn
    a wide table a quarter): a row whose first cell is a step label (« Etape ») and whose other
    cells are each the grid's own (a step name each, none merged across), then rows whose
    first cells name other steps columns, one per row, the labels naming a step or
    description column and two detail columns (:func:`is_header`). Rows above may only span
    the grid (a title, a heading), as for :func:`_header_at`. A label merged with the one
    above (``None``) keeps its key (``None`` in the list: the row goes on the one above); a
    label naming no column (:func:`_row_label`), or one already seen, gets its own key
    (``row<n>``), like an unnamed column. A fields grid — labels over ONE value column, or
    values merged across the columns — has no step row of the grid's own cells, so it is
    never one."""
    for start, row in enumerate(data):
        if _row_label(row[0]) == "step" and len(row) >= 3:
            if any(c is None for c in row[1:]) or not any((c or "").strip() for c in row[1:]):
                return None
            keys: list[str | None] = []
            for n, raw in enumerate(data[start:]):
                key = _row_label(raw[0])
                if raw[0] is None:
                    keys.append(None)
                else:
                    keys.append(key if key and key not in keys else f"row{n}")
            return (start, keys) if is_header(keys) else None
        if any(c is not None for c in row[1:]):
            return None  # a row of the grid's own columns above any step row
    return None


def _row_label(text: str | None) -> str | None:
    """Column key of a transposed grid's label cell: a short label (5 words, 48 characters
    at most, no closing punctuation), never a sentence that happens to begin with a column
    word (« Action pilote auprès des entreprises. », a step name down an ordinary table's
    first column)."""
    label = " ".join((text or "").replace("-\n", "").split()).rstrip(":").strip()
    if len(label) > 48 or len(label.split()) > 5 or label[-1:] in ".;,!?":
        return None
    return label_key(text)


def _pair_labels(row: list[str | None]) -> list[str | None]:
    """Keys of a row's label cells (its 1st, 3rd, 5th… cells) when the row reads « label |
    value | label | value … »; an empty list when any of them names no column."""
    labels = [_row_label(row[c]) for c in range(0, len(row), 2)]
    values = [_row_label(row[c]) for c in range(1, len(row), 2)]
    if sum(1 for v in values if v) >= 2:
        return []  # labels between the labels: a header row (« Etape | Descriptif | … »)
    return labels if all(labels) else []


def _blank_labels(row: list[str | None]) -> bool:
    """Every label cell of a pairs row empty: the rest of a row the page break cut."""
    return all(not (row[c] or "").strip() for c in range(0, len(row), 2))


def _pair_grid_at(data: list[list[str | None]], going_on: list[str | None] | None) -> bool:
    """A grid of LABEL / VALUE PAIRS: each step written on rows of « Etape | name |
    Planification | 2019 | Porteur | GACdG », then « Descriptif | … | Ressources à mobiliser |
    … » — an even number of columns (four or more), most rows (and two at least) with a
    column label in every other cell from the first, the labels naming a step or description
    column and two detail columns (:func:`is_header`). Under such a grid going on from the
    page before (``going_on``: the labels of its last row), rows with every label cell empty
    at the grid's top are the rest of that row, and the grid one too."""
    if not data or len(data[0]) < 4 or len(data[0]) % 2:
        return False
    skip = 0
    if going_on is not None and len(going_on) == len(data[0]) // 2:
        while skip < len(data) and _blank_labels(data[skip]):
            skip += 1
    rows = data[skip:]
    labelled = [labels for row in rows if (labels := _pair_labels(row))]
    if skip and not rows:
        return True  # nothing but the rest of the cut row
    keys = {k for labels in labelled for k in labels}
    if len(labelled) < max(2 - skip, 0.8 * len(rows)) and not (len(rows) == 1 and labelled):
        return False
    return is_header(list(keys)) and len(keys) >= 3


def _pair_grid_block(
    page: Any,
    page_no: int,
    table: Any,
    data: list[list[str | None]],
    going_on: list[str | None] | None = None,
) -> TableBlock:
    """The steps of a label / value pairs grid (:func:`_pair_grid_at`): a record opens at each
    row naming a step, its values keyed by the labels beside them; rows before the first
    step row are the rest of the step the page break cut (no step name: joined to it by the
    sheet reader), under the labels of that step's last row (``going_on``) where theirs are
    empty. A row whose cells are no pairs goes on the record's last value."""
    edges = _edge_finder(page, table.rows)
    order: list[str] = []
    records: list[tuple[float, dict[str, str | None]]] = []
    last: list[str | None] = []
    for r, row in enumerate(data):
        labels = _pair_labels(row)
        if not labels and going_on is not None and not order and _blank_labels(row):
            labels = list(going_on)
        top = float(table.rows[r].bbox[1])
        if "step" in labels or not records:
            records.append((top, {"step": ""} if "step" not in labels else {}))
        cells = records[-1][1]
        for c, key in zip(range(0, len(row), 2), labels, strict=False):
            if key is None or c + 1 >= len(row):
                continue
            if key not in order:
                order.append(key)
            value = _clean_cell(row[c + 1], edges(r, c + 1))
            before = cells.get(key)
            cells[key] = f"{before} {value}" if before and value else value or before
        if labels:
            last = labels
    keys = ["step", *[k for k in order if k != "step"]]
    block = TableBlock(
        page_no,
        float(table.bbox[1]),
        float(table.bbox[3]),
        keys,
        True,
        rows_ruled=True,
        header_bottom=0.0,  # no header row: the labels stand beside their values
        pair_last=last or going_on,
    )
    for top, cells in records:
        if any(cells.values()):
            block.rows.append(TableRow(page_no, top, {k: cells.get(k) or "" for k in keys}))
    return block


def _transposed_block(
    page: Any,
    page_no: int,
    table: Any,
    data: list[list[str | None]],
    start: int,
    keys: list[str | None],
) -> TableBlock:
    """A transposed steps grid (:func:`_transposed_at`) read as rows: each grid column after
    the labels is one step, its cell in each labelled row that step's cell (a cell merged with
    the one at its left, ``None``, is merged with the step before, as a cell merged with the
    one above in a table read the usual way). Wrapped lines are joined as in any cell; a row
    whose label is merged with the one above goes on that label's cell."""
    rows_bbox = table.rows[start:]
    grid = data[start:]
    edges = _edge_finder(page, rows_bbox)  # by grid row and grid column
    groups: list[tuple[str, list[int]]] = []  # each key and its grid rows
    for r, key in enumerate(keys):
        if key is None and groups:
            groups[-1][1].append(r)
        elif key is not None:
            groups.append((key, [r]))
    top = float(rows_bbox[0].bbox[1])
    block = TableBlock(
        page_no,
        top,
        float(table.bbox[3]),
        [key for key, _ in groups],
        True,
        rows_ruled=True,
        header_bottom=0.0,  # no header row: the labels are the grid's first column
        transposed=True,
    )
    for col in range(1, len(grid[0])):
        cells: dict[str, str | None] = {}
        for key, rows in groups:
            parts = [grid[r][col] for r in rows if col < len(grid[r])]
            if len(parts) == 1:
                cells[key] = _clean_cell(parts[0], edges(rows[0], col))
            else:  # label merged over several grid rows: their cells joined
                texts = [p for p in parts if p is not None]
                cells[key] = _clean_cell("\n".join(texts)) if texts else None
        if any(cells.values()):
            block.rows.append(TableRow(page_no, top, cells))
    return block


def grid_piece(page: Any, page_no: int, table: Any, data: list[list[str | None]]) -> GridPiece:
    """A grid's cells read as the grid reader reads them (wrapped lines joined, words cut at
    the column edge rejoined), kept past the page's closing."""
    edges = _edge_finder(page, table.rows)
    cells = [
        [v if v is None else _clean_cell(v, edges(r, c)) for c, v in enumerate(raw)]
        for r, raw in enumerate(data)
    ]
    xs = [float(c.bbox[0]) for c in table.columns] + [float(table.bbox[2])]
    return GridPiece(page_no, float(table.bbox[1]), float(table.bbox[3]), xs, cells)


def _step_row(cells: list[list[str | None]]) -> int | None:
    """Index of a transposed grid's step row (as :func:`_transposed_at` finds it), or None."""
    for start, row in enumerate(cells):
        if _row_label(row[0]) == "step" and len(row) >= 3:
            if any(c is None for c in row[1:]) or not any((c or "").strip() for c in row[1:]):
                return None
            return start
        if any(c is not None for c in row[1:]):
            return None
    return None


def holds_steps(piece: GridPiece) -> bool:
    """A grid that may be the first part of a transposed steps grid cut by a page break: it
    has a step row (names in the grid's own cells), which is no header row of column labels
    (an ordinary table's)."""
    start = _step_row(piece.cells)
    return start is not None and not is_header([label_key(c) for c in piece.cells[start]])


def join_transposed(held: GridPiece, opening: GridPiece) -> TableBlock | None:
    """A TRANSPOSED steps grid cut by a page break, read whole: ``held`` (its step row, and
    perhaps some label rows, at the foot of a page) and ``opening`` (the next page's first
    grid: the same column bounds, the remaining label rows down its first column, perhaps
    the step row repeated above them and the rest of a label row cut by the break, its label
    cell empty). None when ``opening`` is not its rest: other column bounds, a step row
    naming other steps (a second table), a first column that is no label (an ordinary table:
    step names, sentences), or labels that do not make a steps grid (:func:`_transposed_at`)."""
    if len(held.bounds) != len(opening.bounds) or any(
        abs(a - b) > 3 for a, b in zip(held.bounds, opening.bounds, strict=True)
    ):
        return None
    start = _step_row(held.cells)
    if start is None or not holds_steps(held):
        return None
    rest = opening.cells
    if rest and _row_label(rest[0][0]) == "step":
        if [(c or "").split() for c in rest[0]] != [(c or "").split() for c in held.cells[start]]:
            return None  # its own step names: another table
        rest = rest[1:]
    if not rest or any(_row_label(raw[0]) == "step" for raw in rest):
        return None
    labels = [raw[0] for raw in rest if (raw[0] or "").strip()]
    if not labels or any(_row_label(t) is None and not _short(t) for t in labels):
        return None
    seen = {_row_label(raw[0]) for raw in held.cells[start:]}
    first = _row_label(labels[0])
    if first is None or first in seen:
        return None  # the rest names a step field the grid lacks, else it is another grid
    rows = [list(r) for r in held.cells[start:]]
    for raw in rest:
        if not (raw[0] or "").strip() and rows:  # the rest of a label row cut by the break
            rows[-1] = [
                a if not b else (b if not a else f"{a} {b}")
                for a, b in zip(rows[-1], raw, strict=False)
            ]
            continue
        rows.append(list(raw))
    found = _transposed_at(rows)
    if found is None:
        return None
    return _transposed_cells_block(held, rows, found[1])


def _short(text: str | None) -> bool:
    """A short label (:func:`_row_label`'s bounds) naming no known column (« Indicateurs »)."""
    label = " ".join((text or "").split()).rstrip(":").strip()
    return bool(label) and len(label) <= 48 and len(label.split()) <= 5 and label[-1] not in ".;,!?"


def _transposed_cells_block(
    held: GridPiece, grid: list[list[str | None]], keys: list[str | None]
) -> TableBlock:
    """:func:`_transposed_block` on cells read already (a grid joined across a page break):
    each grid column after the labels one step, on the page the grid starts on."""
    groups: list[tuple[str, list[int]]] = []
    for r, key in enumerate(keys):
        if key is None and groups:
            groups[-1][1].append(r)
        elif key is not None:
            groups.append((key, [r]))
    block = TableBlock(
        held.page,
        held.top,
        held.bottom,
        [key for key, _ in groups],
        True,
        rows_ruled=True,
        header_bottom=0.0,
        transposed=True,
    )
    for col in range(1, len(grid[0])):
        cells: dict[str, str | None] = {}
        for key, rows in groups:
            parts = [grid[r][col] for r in rows if col < len(grid[r])]
            texts = [p for p in parts if p is not None]
            if len(parts) == 1:
                cells[key] = parts[0]
            else:
                cells[key] = _clean_cell("\n".join(texts)) if texts else None
        if any(cells.values()):
            block.rows.append(TableRow(held.page, held.top, cells))
    return block
