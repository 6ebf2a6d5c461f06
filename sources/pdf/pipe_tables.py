"""MARKDOWN PIPE TABLES PRINTED AS TYPED: an agent types the steps as a Markdown table into a
CMS field in plain-text format, which prints the source lines as they are, in proportional
type, nothing aligned:

    | Etape | Descriptif | Planification | Ressources à mobiliser | Porteur | Partenaires |
    |---|---|---|---|---|---|
    | Lancer un test | Les actions<br>1) auditer | 2019 | 18000 | GACdG | CCI |

A long line wraps at a space and goes on at the left margin like any paragraph. The table is
read from its text, not its geometry: a line opening on « | » followed, within a few lines,
by the delimiter row (« |---|---| », colons allowed) holds the header, whose labels must name
a steps table; every row after it has as many « | » as the header has columns, plus one, so
the body is cut into rows by counting them, however the lines wrapped. A typed « <br> » is a
line break in its value. A row cut by the page break is held, and read whole on the next
page (``TableBlock.pipe_rest``).
"""

from __future__ import annotations

import re

from sources.pdf.columns import is_header, label_key
from sources.pdf.content import Line, TableBlock, TableRow

_DELIMITER = re.compile(r"\|(?:[ \t]*:?-{3,}:?[ \t]*\|){2,}")
_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
_HEADER_LINES = 4  # printed lines a header (wrapped) and its delimiter row take at most


def _opens(line: Line) -> bool:
    return line.text.lstrip().startswith("|")


class _Text:
    """Printed lines joined into one text, each character's line known (a row's top)."""

    def __init__(self, rest: str = "") -> None:
        self.text = rest
        self.starts: list[tuple[int, Line]] = []

    def add(self, line: Line) -> None:
        if self.text:
            self.text += " "
        self.starts.append((len(self.text), line))
        self.text += line.text

    def line_at(self, offset: int) -> Line | None:
        found = None
        for start, line in self.starts:
            if start > offset:
                break
            found = line
        return found if found is not None else (self.starts[0][1] if self.starts else None)


def _value(text: str) -> str:
    parts = [" ".join(p.split()) for p in _BREAK.split(text)]
    return "\n".join(p for p in parts if p)


def _closed(body: str, ncols: int) -> bool:
    """Does ``body`` (rows after the delimiter) end on a whole row?"""
    return body.count("|") % (ncols + 1) == 0


def _rows(
    text: _Text, body_at: int, keys: list[str], page_no: int
) -> tuple[list[TableRow], str | None] | None:
    """The whole rows from ``body_at`` on, and the text of an unfinished last row (None when
    none is left); None when the text is no run of rows of ``len(keys)`` cells."""
    n = len(keys)
    body = text.text[body_at:]
    tokens = body.split("|")
    if tokens[0].strip():
        return None
    rows: list[TableRow] = []
    k, offset = 1, body_at + len(tokens[0])  # offset: the row's opening « | »
    while k + n < len(tokens):
        cells = tokens[k : k + n]
        line = text.line_at(offset)
        top = line.top if line is not None else 0.0
        rows.append(
            TableRow(page_no, top, {key: _value(c) for key, c in zip(keys, cells, strict=True)})
        )
        between = tokens[k + n]
        if k + n + 1 < len(tokens) and between.strip():
            return None  # text between two rows: no pipe table
        offset += sum(len(t) + 1 for t in tokens[k : k + n + 1])
        k += n + 1
    return rows, ("|" + "|".join(tokens[k:]) if k < len(tokens) else None)


def _block(
    page_no: int, keys: list[str], rows: list[TableRow], lines: list[Line], header: bool
) -> TableBlock:
    block = TableBlock(
        page_no,
        lines[0].top,
        lines[-1].bottom,
        list(keys),
        header,
        rows,
        ncols=len(keys),
        whole_rows=True,
    )
    block.header_bottom = lines[0].bottom if header else 0.0
    return block


def pipe_tables(
    lines: list[Line], page_no: int, previous: TableBlock | None
) -> tuple[list[Line], list[TableBlock]]:
    """``lines`` without the pipe tables' lines, and those tables (the one going on from
    ``previous`` first)."""
    if not any("|" in ln.text for ln in lines):
        return lines, []
    kept: list[Line] = []
    blocks: list[TableBlock] = []
    i = 0
    if previous is not None and previous.pipe_rest is not None and previous.keys:
        going_on = _going_on(lines, page_no, previous)
        if going_on is not None:
            i, block = going_on
            blocks.append(block)
    while i < len(lines):
        found = _table_at(lines, i, page_no) if _opens(lines[i]) else None
        if found is None:
            kept.append(lines[i])
            i += 1
            continue
        i, block = found
        blocks.append(block)
    return kept, blocks


def _take_rows(lines: list[Line], i: int, text: _Text, body_at: int, ncols: int) -> int:
    """Lines from ``i`` added to ``text`` while a row is open or a new one opens."""
    while i < len(lines) and (_opens(lines[i]) or not _closed(text.text[body_at:], ncols)):
        text.add(lines[i])
        i += 1
    return i


def _table_at(lines: list[Line], i: int, page_no: int) -> tuple[int, TableBlock] | None:
    text = _Text()
    end = i
    found = None
    while end < min(len(lines), i + _HEADER_LINES):
        text.add(lines[end])
        end += 1
        found = _DELIMITER.search(text.text)
        if found is not None:
            break
    if found is None:
        return None
    ncols = found.group().count("|") - 1
    labels = text.text[: found.start()].strip().strip("|").split("|")
    keys = [label_key(" ".join(label.split())) for label in labels]
    if len(keys) != ncols or not is_header(keys):
        return None
    names = [k or f"col{c}" for c, k in enumerate(keys)]
    body_at = found.end()
    end = _take_rows(lines, end, text, body_at, ncols)
    read = _rows(text, body_at, names, page_no)
    if read is None:
        return None
    rows, rest = read
    block = _block(page_no, names, rows, lines[i:end], True)
    block.pipe_rest = rest
    block.open_at_bottom = rest is not None or end == len(lines)  # may go on on the next page
    return end, block


def _going_on(
    lines: list[Line], page_no: int, previous: TableBlock
) -> tuple[int, TableBlock] | None:
    """The rows at the page's top going on the pipe table of the page before."""
    rest = previous.pipe_rest or ""
    if not rest and not (lines and _opens(lines[0])):
        return None
    text = _Text(rest)
    end = _take_rows(lines, 0, text, 0, len(previous.keys))
    if end == 0:
        return None
    read = _rows(text, 0, previous.keys, page_no)
    if read is None:
        return None
    rows, left = read
    for row in rows:
        row.top = max(row.top, lines[0].top)
    block = _block(page_no, previous.keys, rows, lines[:end], False)
    block.pipe_rest = left
    block.open_at_bottom = left is not None or end == len(lines)
    return end, block
