"""A spreadsheet printed with its ROW AND COLUMN HEADERS: page furniture, like a running header.

Calc's « Imprimer : En-têtes de lignes et de colonnes » and Excel's « Imprimer les en-têtes
de ligne et de colonne » print, on every page, a BAND of column letters (« A », « B », … over
each column, centred in a header cell) across the top of the cells and, at their left, a
COLUMN of row numbers (the sheet's own numbers, one beside every row, empty rows included,
going on from page to page). Read as text, every row of the sheet starts with a number (a
heading « 20 FICHE 1.1.1 … »), and read as a grid the letters make a header row and the
numbers a first column of every table, so a steps table's cells shift one column right.

The headers are told by geometry and sequence, never by their words alone: the band is one
line of three or more lone capital words naming CONSECUTIVE columns (« A » « B » « C »,
« Z » « AA »), left to right, spread one per cell (far apart), with nothing else on that
line within its span; the column is a run of lone integers sharing a centre or a right edge,
LEFT of the band's first letter and under the band, going up by ONE row after row (a grid's
row rule between each two when the page has rules there), with no word between them and the
cells. Both must be there: a steps table's « N° » column (1, 2, 3 down the rows) has a header
row of labels above it, not a band of column letters, and stays a column of the table.

The page is then read without them (:class:`HeadlessSheet`): their characters set aside, and
the drawn objects crossing the header band or column (the header cells' outlines, the grid's
outer frame around them) clipped to the cells, so the grid reads as the same grid printed
without headers (:mod:`sources.pdf.sheet_grid`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from pdfplumber import utils as plumber_utils

from sources.pdf.text_columns import RegionPage

_LETTERS_RE = re.compile(r"[A-Z]{1,3}")
_INTEGER_RE = re.compile(r"\d{1,6}")
_MIN_RUN = 3  # letters of the band, numbers of the column, at least
_SAME_LINE = 1.0  # pt: tops of one printed line
_SAME_SIZE = 0.3  # pt: font sizes of one header
_ALIGNED = 1.0  # pt: centres (or right edges) of one column of numbers
_SPREAD = 2.0  # letter sizes: least distance between two letters' centres (one per cell)

Box = tuple[float, float, float, float]  # x0, top, x1, bottom


@dataclass
class SheetHeaders:
    """A page's column-letter band and row-number column, and where the cells start."""

    letters: list[dict[str, Any]]
    numbers: list[dict[str, Any]]
    left: float  # the cells' left edge: right of the row numbers
    top: float  # the cells' top edge: under the column letters

    @property
    def words(self) -> list[dict[str, Any]]:
        return [*self.letters, *self.numbers]

    def strips(self, width: float, height: float) -> list[Box]:
        """The header band and the header column, page-wide on their open sides."""
        size = max(_size(w) for w in self.words)
        x0 = min(float(w["x0"]) for w in self.numbers) - size
        top = min(float(w["top"]) for w in self.letters) - size
        return [(x0, top, width, self.top), (x0, top, self.left, height)]


def column_index(letters: str) -> int:
    """A spreadsheet column's number from its letters (« A » 1, « Z » 26, « AA » 27)."""
    index = 0
    for letter in letters:
        index = index * 26 + ord(letter) - ord("A") + 1
    return index


def sheet_headers(words: list[dict[str, Any]], page: Any) -> SheetHeaders | None:
    """The row and column headers printed on a page (its ``words``), else None."""
    candidates = [w for w in words if _LETTERS_RE.fullmatch(str(w["text"]))]
    if len(candidates) < _MIN_RUN:
        return None
    integers = [w for w in words if _INTEGER_RE.fullmatch(str(w["text"]))]
    if len(integers) < _MIN_RUN:
        return None
    for band in _bands(candidates, words):
        numbers = _row_numbers(band, integers, words, page)
        if numbers is None:
            continue
        left = _cells_left(numbers, band, words, page)
        top = _cells_top(numbers, band, page)
        return SheetHeaders(band, numbers, left, top)
    return None


def _bands(candidates: list[dict[str, Any]], words: list[dict[str, Any]]) -> list[list[dict]]:
    """Runs of lone capital words on one line naming consecutive columns, one per cell."""
    found: list[list[dict[str, Any]]] = []
    for line in _same_lines(candidates):
        line.sort(key=lambda w: float(w["x0"]))
        run: list[dict[str, Any]] = [line[0]]
        for word in line[1:]:
            previous = run[-1]
            spread = (_centre(word) - _centre(previous)) >= _SPREAD * _size(word)
            if spread and column_index(word["text"]) == column_index(previous["text"]) + 1:
                run.append(word)
                continue
            if len(run) >= _MIN_RUN:
                found.append(run)
            run = [word]
        if len(run) >= _MIN_RUN:
            found.append(run)
    return [run for run in found if _alone_on_line(run, words)]


def _same_lines(words: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """``words`` grouped by a shared top and size."""
    lines: list[list[dict[str, Any]]] = []
    for word in sorted(words, key=lambda w: float(w["top"])):
        for line in lines:
            first = line[0]
            if (
                abs(float(word["top"]) - float(first["top"])) <= _SAME_LINE
                and abs(_size(word) - _size(first)) <= _SAME_SIZE
            ):
                line.append(word)
                break
        else:
            lines.append([word])
    return lines


def _others(
    run: list[dict[str, Any]], words: list[dict[str, Any]]
) -> list[tuple[dict[str, Any], float]]:
    """The page's words outside ``run``, each with its vertical middle."""
    mine = {id(w) for w in run}
    return [
        (word, (float(word["top"]) + float(word["bottom"])) / 2)
        for word in words
        if id(word) not in mine
    ]


def _alone_on_line(run: list[dict[str, Any]], words: list[dict[str, Any]]) -> bool:
    """No other word on the band's line between its first and last letters."""
    top, bottom = float(run[0]["top"]), float(run[0]["bottom"])
    x0, x1 = float(run[0]["x0"]), float(run[-1]["x1"])
    return not any(
        top <= middle <= bottom and float(word["x1"]) > x0 and float(word["x0"]) < x1
        for word, middle in _others(run, words)
    )


def _row_numbers(
    band: list[dict[str, Any]],
    integers: list[dict[str, Any]],
    words: list[dict[str, Any]],
    page: Any,
) -> list[dict[str, Any]] | None:
    """The column of row numbers left of the band's first letter and under the band."""
    first = float(band[0]["x0"])
    under = float(band[0]["bottom"]) - 0.5
    beside = [w for w in integers if float(w["x1"]) <= first and float(w["top"]) >= under]
    if len(beside) < _MIN_RUN:
        return None
    size = _size(band[0])
    for key in (_centre, lambda w: float(w["x1"])):
        for group in _aligned(beside, key):
            run = sorted(group, key=lambda w: float(w["top"]))
            if len(run) < _MIN_RUN or any(abs(_size(w) - size) > _SAME_SIZE for w in run):
                continue
            values = [int(w["text"]) for w in run]
            if any(b - a != 1 for a, b in zip(values, values[1:], strict=False)):
                continue
            if not _rows_apart(run, page) or not _nothing_between(run, band, words):
                continue
            return run
    return None


def _aligned(words: list[dict[str, Any]], key: Any) -> list[list[dict[str, Any]]]:
    """``words`` grouped by a shared ``key`` (a centre, a right edge)."""
    groups: list[list[dict[str, Any]]] = []
    for word in sorted(words, key=key):
        if groups and key(word) - key(groups[-1][0]) <= _ALIGNED:
            groups[-1].append(word)
        else:
            groups.append([word])
    return groups


def _rows_apart(run: list[dict[str, Any]], page: Any) -> bool:
    """Each two numbers in rows of their own: a horizontal rule between them wherever the
    page draws rules across the column (a grid printed with the headers)."""
    x = _centre(run[0])
    rules = sorted(
        float(e["top"])
        for e in page.horizontal_edges
        if float(e["x0"]) <= x <= float(e["x1"])
        and float(run[0]["top"]) - 20 <= float(e["top"]) <= float(run[-1]["bottom"]) + 20
    )
    if not rules:
        return True
    return all(
        any(float(a["bottom"]) - 0.5 <= y <= float(b["top"]) + 0.5 for y in rules)
        for a, b in zip(run, run[1:], strict=False)
    )


def _nothing_between(
    run: list[dict[str, Any]], band: list[dict[str, Any]], words: list[dict[str, Any]]
) -> bool:
    """No word of the page stands between the numbers and the cells on the numbers' lines."""
    right = max(float(w["x1"]) for w in run)
    left = min(float(w["x0"]) for w in run)
    first = float(band[0]["x0"])
    top, bottom = float(run[0]["top"]), float(run[-1]["bottom"])
    return not any(
        left - 1 <= float(word["x0"]) < right + 1
        and float(word["x1"]) < first
        and top <= middle <= bottom
        for word, middle in _others(run, words)
    )


def _cells_left(
    numbers: list[dict[str, Any]],
    band: list[dict[str, Any]],
    words: list[dict[str, Any]],
    page: Any,
) -> float:
    """The cells' left edge: the first vertical rule right of the numbers along them, else
    halfway to the nearest text right of them."""
    right = max(float(w["x1"]) for w in numbers)
    top, bottom = float(numbers[0]["top"]), float(numbers[-1]["bottom"])
    first = float(band[0]["x0"])
    rules = [
        float(e["x0"])
        for e in page.vertical_edges
        if right < float(e["x0"]) < first and float(e["top"]) < bottom and float(e["bottom"]) > top
    ]
    if rules:
        return min(rules)
    mine = {id(w) for w in numbers}
    text = [
        float(w["x0"])
        for w in words
        if id(w) not in mine and float(w["x0"]) > right and top <= float(w["top"]) <= bottom
    ]
    return (right + min(text, default=right + 2.0)) / 2


def _cells_top(numbers: list[dict[str, Any]], band: list[dict[str, Any]], page: Any) -> float:
    """The cells' top edge: the first horizontal rule under the letters across them, else
    halfway from the letters to the first number."""
    under = max(float(w["bottom"]) for w in band)
    first = float(numbers[0]["top"])
    x0, x1 = float(band[0]["x0"]), float(band[-1]["x1"])
    rules = [
        float(e["top"])
        for e in page.horizontal_edges
        if under < float(e["top"]) <= first and float(e["x0"]) < x1 and float(e["x1"]) > x0
    ]
    return min(rules) if rules else (under + first) / 2


def _centre(word: dict[str, Any]) -> float:
    return (float(word["x0"]) + float(word["x1"])) / 2


def _size(word: dict[str, Any]) -> float:
    return float(word.get("size") or 9.0)


def _crosses(obj: dict[str, Any], box: Box) -> bool:
    x0, top, x1, bottom = box
    return (
        float(obj["x0"]) < x1
        and float(obj["x1"]) > x0
        and float(obj["top"]) < bottom
        and float(obj["bottom"]) > top
    )


class HeadlessSheet(RegionPage):
    """A page read without its spreadsheet headers: their characters set aside, the drawn
    objects crossing them clipped to the cells (their outlines left as the cells' edges)."""

    def __init__(self, page: Any, headers: SheetHeaders) -> None:
        self._base = page
        self.bbox = page.bbox
        self.region = page.bbox
        self.page_number = page.page_number
        self.initial_doctop = getattr(page, "initial_doctop", 0.0)
        width, height = float(page.width), float(page.height)
        strips = headers.strips(width, height)
        boxes = [
            (
                float(w["x0"]) - 0.1,
                float(w["top"]) - 0.1,
                float(w["x1"]) + 0.1,
                float(w["bottom"]) + 0.1,
            )
            for w in headers.words
        ]
        cells = (headers.left, headers.top, width, height)

        def header_char(char: dict[str, Any]) -> bool:
            x = (float(char["x0"]) + float(char["x1"])) / 2
            y = (float(char["top"]) + float(char["bottom"])) / 2
            if not any(a <= x <= c and b <= y <= d for a, b, c, d in strips):
                return False  # most characters: in the cells, away from the headers
            return any(a <= x <= c and b <= y <= d for a, b, c, d in boxes)

        self._objects: dict[str, list[dict[str, Any]]] = {
            "char": [c for c in page.chars if not header_char(c)]
        }
        for kind in ("rect", "line", "curve"):
            kept: list[dict[str, Any]] = []
            for obj in page.objects.get(kind, []):
                if not any(_crosses(obj, strip) for strip in strips):
                    kept.append(obj)
                    continue
                clipped = plumber_utils.clip_obj(obj, cells)
                if clipped is not None and (
                    clipped["x1"] - clipped["x0"] > 0.01
                    or clipped["bottom"] - clipped["top"] > 0.01
                ):
                    kept.append(clipped)
            self._objects[kind] = kept
