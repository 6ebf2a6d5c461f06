"""Grid cells whose text is turned a quarter turn (a narrow header column's label written
bottom to top, Word's ``btLr`` text direction, or top to bottom).

pdfplumber's table reader orders such characters as if they were horizontal, so the label
comes out reversed and cut in pieces (« noitacifinalP »). A cell whose every visible
character is turned exactly a quarter turn is read again as vertical words: characters
grouped by column (one column per printed line), each column ordered along the text's
direction, a gap along it wider than a fifth of the font size a space; lines in reading
order (bottom-to-top text: left to right, the glyphs' tops facing left; top-to-bottom text:
right to left). Cells holding any upright character, or text turned some other angle (a
diagonal watermark), are left as read.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

Cell = tuple[float, float, float, float]


@dataclass(frozen=True)
class TurnedRun:
    """One printed line of turned text: its words in reading order and its box (x across
    the line, top / bottom along it); ``size`` is the line's height across (the font's)."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    turn: int  # +1 bottom to top, -1 top to bottom


def _turn(char: dict[str, Any]) -> int:
    """+1 for text running bottom to top, -1 for top to bottom, 0 otherwise (upright,
    mirrored, or turned an angle other than a quarter turn)."""
    matrix = char.get("matrix")
    if char.get("upright", True) or not matrix:
        return 0
    a, b, c, d = (float(v) for v in matrix[:4])
    if abs(a) > 1e-3 * abs(b) or abs(d) > 1e-3 * abs(c) or b * c >= 0:
        return 0
    return 1 if b > 0 else -1


def vertical_text(chars: list[dict[str, Any]]) -> str | None:
    """Text of characters all turned the same quarter turn, as :mod:`this module <sources.pdf.
    turned>` reads them; None when any visible character is upright or turned otherwise."""
    visible = [c for c in chars if c["text"].strip()]
    turns = {_turn(c) for c in visible}
    if not visible or len(turns) != 1 or 0 in turns:
        return None
    turn = turns.pop()
    columns: list[list[dict[str, Any]]] = []
    for char in sorted(visible, key=lambda c: c["x0"]):
        size = char["x1"] - char["x0"]
        if columns and char["x0"] - columns[-1][0]["x0"] <= size / 2:
            columns[-1].append(char)
        else:
            columns.append([char])
    if turn < 0:
        columns.reverse()
    lines = []
    for column in columns:
        ordered = sorted(column, key=lambda c: -c["bottom"] if turn > 0 else c["top"])
        text = ""
        previous: dict[str, Any] | None = None
        for char in ordered:
            if previous is not None:
                gap = (
                    previous["top"] - char["bottom"]
                    if turn > 0
                    else char["top"] - previous["bottom"]
                )
                if gap > (char["x1"] - char["x0"]) / 5:
                    text += " "
            text += char["text"]
            previous = char
        lines.append(text)
    return "\n".join(lines)


def turned_runs(chars: list[dict[str, Any]]) -> list[TurnedRun]:
    """Every printed line of text turned a quarter turn on a page, read as
    :func:`vertical_text` reads a cell's, in reading order (bottom-to-top lines left to
    right, top-to-bottom lines right to left).

    Characters are grouped by turn and by column (x0 within half a glyph's height); a column
    is cut where the gap along it exceeds twice its glyphs' height (two labels one above the
    other in the same x, e.g. turned labels of stacked rows), each piece one run.
    """
    runs: list[TurnedRun] = []
    for turn in (1, -1):
        visible = [c for c in chars if c["text"].strip() and _turn(c) == turn]
        columns: list[list[dict[str, Any]]] = []
        for char in sorted(visible, key=lambda c: c["x0"]):
            if columns and char["x0"] - columns[-1][0]["x0"] <= (char["x1"] - char["x0"]) / 2:
                columns[-1].append(char)
            else:
                columns.append([char])
        if turn < 0:
            columns.reverse()
        for column in columns:
            size = max(c["x1"] - c["x0"] for c in column)
            pieces: list[list[dict[str, Any]]] = []
            for char in sorted(column, key=lambda c: c["top"]):
                if pieces and char["top"] - max(c["bottom"] for c in pieces[-1]) > 2 * size:
                    pieces.append([char])
                elif pieces:
                    pieces[-1].append(char)
                else:
                    pieces.append([char])
            for piece in pieces if turn < 0 else reversed(pieces):
                text = vertical_text(piece)
                if text is None:
                    continue
                runs.append(
                    TurnedRun(
                        text=" ".join(text.split()),
                        x0=min(c["x0"] for c in piece),
                        x1=max(c["x1"] for c in piece),
                        top=min(c["top"] for c in piece),
                        bottom=max(c["bottom"] for c in piece),
                        size=size,
                        turn=turn,
                    )
                )
    return runs


def _inside(char: dict[str, Any], cell: Cell) -> bool:
    x0, top, x1, bottom = cell
    return (
        x0 <= (char["x0"] + char["x1"]) / 2 < x1
        and top <= (char["top"] + char["bottom"]) / 2 < bottom
    )


def read_turned_cells(
    page: Any, table: Any, data: list[list[str | None]]
) -> list[list[str | None]]:
    """``data`` (``table.extract()``) with each cell whose text is turned a quarter turn read
    as vertical words (:func:`vertical_text`); unchanged when the page has no turned text."""
    turned = [c for c in page.chars if not c.get("upright", True)]
    if not turned:
        return data
    out = [list(row) for row in data]
    for r, row in enumerate(table.rows):
        for i, cell in enumerate(row.cells):
            if cell is None or r >= len(out) or i >= len(out[r]) or out[r][i] is None:
                continue
            if not any(_inside(c, cell) for c in turned):
                continue
            text = vertical_text([c for c in page.chars if _inside(c, cell)])
            if text is not None:
                out[r][i] = text
    return out


def turned_text(chars: list[dict[str, Any]]) -> str:
    """The page's text turned a quarter turn, one printed line a line in reading order
    (:func:`turned_runs`); empty when every character is upright. A steps header whose labels
    are each turned a quarter turn in their narrow columns (a web theme's ``writing-mode:
    vertical-rl``, a sheet's rotated header cells) is read by a text engine as reversed
    fragments (« epatE »): read along the glyphs' direction, the labels name the columns, so
    a page whose only header is turned is still known to hold a table."""
    turned = [c for c in chars if not c.get("upright", True)]
    if not turned:
        return ""
    return "\n".join(run.text for run in turned_runs(turned))
