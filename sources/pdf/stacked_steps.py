"""STEPS STACKED IN ONE ROW: a form's steps table has fewer rows than the fiche has steps
(« trois lignes d'étapes » in the template), so the agent typed every step past the last row
into that row, one under the other in each cell, an empty paragraph between two steps' values.
Read as one row, the steps run together (« Créer un réseau Créer un outil Accompagner… »,
« 2020 et + 2021 2021 »).

A ruled row whose step cell holds two paragraphs or more set apart by a blank line (a gap of
more than ``_BLANK`` of a line's size), every other cell holding text holding as many, is read
as that many rows, each the i-th paragraph of every cell. Values not level across the row
(a long description beside short names) are still each cell's i-th paragraph. A row whose
cells do not all hold as many paragraphs is left as it is (nothing is guessed).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Any

from pdfplumber import utils as plumber_utils

from sources.pdf.cells import join_wrapped
from sources.pdf.columns import is_header, label_key
from sources.pdf.content import TableBlock, TableRow

_BLANK = 0.7  # of a line's size: a wider gap between two lines is an empty paragraph
_LEVEL = 1.5  # pt: glyphs this close in top stand on one line
_INSET = 0.5  # pt: a glyph stands inside its cell's rules by this


def _paragraphs(chars: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """A cell's glyphs in paragraphs (lines apart by a blank line start a new one); lines are
    told by their glyphs, each space goes with the line it stands on (the words' text)."""
    lines: list[list[dict[str, Any]]] = []
    for c in sorted(chars, key=lambda c: (c["top"], c["x0"])):
        if not c["text"].strip():
            continue
        if lines and abs(c["top"] - lines[-1][0]["top"]) <= _LEVEL:
            lines[-1].append(c)
        else:
            lines.append([c])
    paragraphs: list[list[dict[str, Any]]] = []
    spans: list[tuple[float, float]] = []
    bottom = None
    for line in lines:
        size = max(float(c.get("size") or 0.0) for c in line)
        top = min(c["top"] for c in line)
        if bottom is None or top - bottom > _BLANK * size:
            paragraphs.append([])
            spans.append((top, top))
        paragraphs[-1].extend(line)
        bottom = max(c["bottom"] for c in line)
        spans[-1] = (spans[-1][0], bottom)
    for c in chars:  # the spaces, each in the paragraph it stands in
        if c["text"].strip():
            continue
        middle = (c["top"] + c["bottom"]) / 2
        for paragraph, (top, end) in zip(paragraphs, spans, strict=True):
            if top - 1 <= middle <= end + 1:
                paragraph.append(c)
                break
    return paragraphs


def _text(chars: list[dict[str, Any]], x0: float, x1: float) -> str:
    """A paragraph's lines joined as a cell's wrapped lines are (:func:`join_wrapped`: a word
    cut at the cell's right edge without a hyphen rejoined)."""
    lines = [ln.strip() for ln in plumber_utils.extract_text(chars).split("\n") if ln.strip()]
    rows: dict[int, list[dict[str, Any]]] = {}
    for c in chars:
        if c["text"].strip():
            rows.setdefault(round(c["top"]), []).append(c)
    extents = [
        (min(c["x0"] for c in group), max(c["x1"] for c in group))
        for _, group in sorted(rows.items())
    ]
    size = max((float(c.get("size") or 0.0) for c in chars), default=0.0)

    def edge(index: int) -> bool | None:
        if len(extents) != len(lines) or index == 0:
            return None
        return extents[index][0] <= x0 + 2 * size and extents[index - 1][1] >= x1 - 2 * size

    return join_wrapped(lines, edge)


def split_stacked_rows(page: Any, block: TableBlock) -> None:
    """Read each row of ``block`` holding stacked steps as its steps (see the module)."""
    if (
        block.part
        or block.transposed
        or "step" not in block.keys
        or len(block.bounds) != len(block.keys) + 1
        or not block.rows
    ):
        return
    top, end = block.rows[0].top - 1, block.bottom + 1
    chars = sorted(
        (c for c in page.chars if top <= c["top"] and c["bottom"] <= end), key=lambda c: c["top"]
    )
    tops = [c["top"] for c in chars]
    out: list[TableRow] = []
    changed = False
    for index, row in enumerate(block.rows):
        bottom = block.rows[index + 1].top if index + 1 < len(block.rows) else block.bottom
        here = chars[bisect_left(tops, row.top - 1) : bisect_right(tops, bottom + 1)]
        split = None if row.group or row.band else _split(row, bottom, here, block)
        if split is None:
            out.append(row)
        else:
            out.extend(split)
            changed = True
    if changed:
        block.rows = out


def _split(
    row: TableRow, bottom: float, chars: list[dict[str, Any]], block: TableBlock
) -> list[TableRow] | None:
    if not (row.cells.get("step") or "").strip():
        return None
    cells: dict[str, list[list[dict[str, Any]]]] = {}
    spans: dict[str, tuple[float, float]] = {}
    keys = block.keys
    order = sorted(range(len(keys)), key=lambda i: keys[i] != "step")  # the step cell first
    for i in order:
        key = keys[i]
        if not (row.cells.get(key) or "").strip():
            continue
        last = i  # a cell spans the columns after it that the grid reads merged (None)
        while (
            last + 1 < len(keys)
            and keys[last + 1] in row.cells
            and row.cells[keys[last + 1]] is None
        ):
            last += 1
        x0, x1 = block.bounds[i] - _INSET, block.bounds[last + 1] + _INSET
        inside = [
            c
            for c in chars
            if x0 <= (c["x0"] + c["x1"]) / 2 <= x1
            and row.top - 1 <= c["top"]
            and c["bottom"] <= bottom + 1
        ]
        cells[key] = _paragraphs(inside)
        spans[key] = (x0, x1)
        if len(cells[key]) < 2:
            return None  # (the step cell first: one paragraph, one step — the cheap test)
    k = len(cells.get("step", []))
    if k < 2 or len(cells) < 3 or any(len(p) != k for p in cells.values()):
        return None
    texts_of = [{key: _text(p[j], *spans[key]) for key, p in cells.items()} for j in range(k)]
    if any(is_header([label_key(t) for t in texts.values()]) for texts in texts_of):
        return None  # a header (a table's footer of labels) read into the row: no steps
    rows = []
    for j in range(k):
        top = min(p[j][0]["top"] for p in cells.values())
        texts = texts_of[j]
        # a column empty in the row stays so (a merged cell's None in every step)
        rest = {k2: (None if row.cells.get(k2) is None else "") for k2 in block.keys}
        rows.append(TableRow(row.page, top if j else row.top, {**rest, **texts}))
    return rows
