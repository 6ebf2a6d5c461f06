"""A page set in text columns split by a drawn COLUMN RULE (a browser's CSS ``column-rule``, a
word processor's « line between columns »): each column is read as a page of its own, the
left one first, so text, fields and tables go on from the foot of the left column at the top
of the right one exactly as they go on across a page break (a table continued under a
repeated header is one table, a section title alone at a column's foot heads the table at the
top of the next column). Text above the columns (a band spanning them) is read before them,
text below them after.
"""

from __future__ import annotations

from typing import Any

from pdfplumber import utils as plumber_utils
from pdfplumber.container import Container
from pdfplumber.table import TableFinder, TableSettings

from sources.pdf.pdfium_page import PdfiumPage

Box = tuple[float, float, float, float]  # x0, top, x1, bottom

_MIN_HEIGHT = 0.1  # of the page's height: a column rule's least length (a short section balanced)
_MIDDLE = (0.3, 0.7)  # of the page's width: where a column rule of two columns stands
_MIN_LINES = 3  # text lines on each side of the rule


def column_rule_regions(page: Any) -> list[Box] | None:
    """The page's reading regions when column rules split it in two text columns, in
    reading order (above the columns, the left column, the right one, between two boxes of
    columns, ..., below them), or None.

    A column rule is a thin vertical rule (2 pt wide at most, a tenth of the page high at
    least, clipped to the page) in the middle part of the page's width that no character
    crosses, with text on both sides along it (three lines each at least), that no drawn
    rule nor filled box crosses or meets, and no other long vertical rule runs beside: a
    table's column rule meets the rules or fills of its rows and stands among the table's
    other column rules and borders; a column rule stands alone in the gutter, between two
    columns of text of comparable widths (:func:`_balanced`). Each box of
    columns has its rule (a band spanning the columns, an axis title, ends a box and the
    columns start again under it)."""
    width, height = float(page.width), float(page.height)
    chars = page.chars
    found: list[tuple[float, float, float]] = []
    for x, top, bottom in _vertical_rules(page, width, height):
        if any(top < b and t < bottom for _, t, b in found):
            continue  # a rule beside one already found: no box of two columns
        if _beside_others(page, x, top, bottom, height):
            continue
        if any(c["x0"] < x < c["x1"] and c["top"] < bottom and c["bottom"] > top for c in chars):
            continue
        if _crossed(page, x, top, bottom):
            continue
        along = [c for c in chars if top <= (c["top"] + c["bottom"]) / 2 <= bottom]
        lefts = {round(c["top"]) for c in along if c["x1"] <= x}
        rights = {round(c["top"]) for c in along if c["x0"] >= x}
        if len(lefts) < _MIN_LINES or not rights:
            continue
        full = len(rights) >= _MIN_LINES and _balanced(along, x)
        if not (full or _short_last_column(along, chars, x)):
            continue
        found.append((x, top, bottom))
    if not found:
        return None
    regions: list[Box] = []
    cursor = 0.0
    for x, top, bottom in sorted(found, key=lambda r: r[1]):
        regions += [
            (0.0, cursor, width, top),
            (0.0, top, x - 1.0, bottom),
            (x + 1.0, top, width, bottom),
        ]
        cursor = bottom
    return [*regions, (0.0, cursor, width, height)]


_BALANCE = 0.6  # narrower column's text width over the wider one's, at least


def _balanced(chars: list[dict[str, Any]], x: float) -> bool:
    """Text columns are set to the same width (CSS ``column-count``, a word processor's
    columns): the text on each side of the rule spans comparable widths. A label | value
    table drawn with its middle rule only (no row rule) has a narrow label column beside a
    wide value column, and its rows must stay rows."""
    left = [c for c in chars if c["x1"] <= x]
    right = [c for c in chars if c["x0"] >= x]
    if not left or not right:
        return False
    widths = [
        max(float(c["x1"]) for c in side) - min(float(c["x0"]) for c in side)
        for side in (left, right)
    ]
    return min(widths) >= _BALANCE * max(widths)


_CENTRED = 0.05  # of the text block's width: a gutter's rule off its middle, at most
_FULL = 0.9  # of the left column's width: the least its text spans


def _short_last_column(
    chars: list[dict[str, Any]], page_chars: list[dict[str, Any]], x: float
) -> bool:
    """A section's last column is as wide as the first but may hold a line or two only (the
    section ends there, a word processor balancing no columns): the rule stands in the
    middle of the page's text block, the left column's text fills its width, and the right
    side's text starts at the gutter. A label | value table's middle rule stands where its
    narrow label column ends, off the middle."""
    left = [c for c in chars if c["x1"] <= x]
    right = [c for c in chars if c["x0"] >= x]
    if not left or not right or not page_chars:
        return False
    block0 = min(float(c["x0"]) for c in page_chars)
    block1 = max(float(c["x1"]) for c in page_chars)
    if abs(x - (block0 + block1) / 2) > _CENTRED * (block1 - block0):
        return False
    left0 = min(float(c["x0"]) for c in left)
    left1 = max(float(c["x1"]) for c in left)
    right0 = min(float(c["x0"]) for c in right)
    gutter = x - left1
    return left1 - left0 >= _FULL * (x - left0) and right0 - x <= 2 * max(gutter, 3.0)


def _beside_others(page: Any, x: float, top: float, bottom: float, height: float) -> bool:
    """Another long thin vertical rule over half the rule's height or more (a table's other
    column rules, its outer borders): a column rule stands alone."""
    for obj in [*page.rects, *page.lines]:
        x0, x1 = float(obj["x0"]), float(obj["x1"])
        if x1 - x0 > 2 or abs((x0 + x1) / 2 - x) <= 2:
            continue
        shared = min(bottom, height, float(obj["bottom"])) - max(top, 0.0, float(obj["top"]))
        if shared >= 0.5 * (bottom - top):
            return True
    return False


def _vertical_rules(page: Any, width: float, height: float) -> list[tuple[float, float, float]]:
    """Thin vertical rules (x, top, bottom) clipped to the page, long enough, in the middle
    part of the page's width, the longest first."""
    out: list[tuple[float, float, float]] = []
    for obj in [*page.rects, *page.lines]:
        x0, x1 = float(obj["x0"]), float(obj["x1"])
        top, bottom = max(0.0, float(obj["top"])), min(height, float(obj["bottom"]))
        if x1 - x0 > 2 or bottom - top < _MIN_HEIGHT * height:
            continue
        x = (x0 + x1) / 2
        if _MIDDLE[0] * width <= x <= _MIDDLE[1] * width:
            out.append((x, top, bottom))
    return sorted(out, key=lambda r: r[1] - r[2])


_MEET = 3.0  # pt: a rule or box ending this close to the rule's x meets it


def _crossed(page: Any, x: float, top: float, bottom: float) -> bool:
    """A drawn rule or a box wider than a rule running over ``x`` between ``top`` and
    ``bottom``, or ending on it (a table's row rules and cell fills, drawn cell by cell,
    meet its column rules; a text column's rules and fills stop short of the gutter; a
    band's fill above the columns ends where the rule starts)."""
    for obj in [*page.rects, *page.lines, *page.curves]:
        if float(obj["x1"]) - float(obj["x0"]) <= 2:
            continue
        if (
            obj["x0"] < x + _MEET
            and obj["x1"] > x - _MEET
            and obj["bottom"] >= top - _MEET
            and obj["top"] <= bottom + _MEET
        ):
            return True
    return False


class RegionPage(Container):
    """A region of a page seen as a page: its characters (by their centre) and its drawn
    objects (clipped to it), in the page's coordinates; words and tables found as the page
    finds them (PDFium's or pdfplumber's way)."""

    def __init__(self, page: Any, box: Box) -> None:
        self._base = page
        self.region = box
        self.bbox = page.bbox
        self.page_number = page.page_number
        self.initial_doctop = getattr(page, "initial_doctop", 0.0)
        x0, top, x1, bottom = box
        chars = [
            c
            for c in page.chars
            if x0 <= (c["x0"] + c["x1"]) / 2 < x1 and top <= (c["top"] + c["bottom"]) / 2 < bottom
        ]
        self._objects: dict[str, list[dict[str, Any]]] = {"char": chars}
        for kind in ("rect", "line", "curve"):
            self._objects[kind] = [
                o for o in plumber_utils.crop_to_bbox(page.objects.get(kind, []), box) if _kept(o)
            ]

    @property
    def width(self) -> float:
        return float(self._base.width)

    @property
    def height(self) -> float:
        return float(self._base.height)

    @property
    def objects(self) -> dict[str, list[dict[str, Any]]]:
        return self._objects

    def extract_words(self, **kwargs: Any) -> list[dict[str, Any]]:
        if _pdfium(self._base):  # PDFium's fast grouping on these characters
            return PdfiumPage.extract_words(self, **kwargs)  # type: ignore[arg-type]
        return plumber_utils.extract_words(self.chars, **kwargs)

    def find_tables(self, table_settings: dict[str, Any] | None = None) -> list[Any]:
        if _pdfium(self._base):  # cells read as the PDFium page reads them
            return PdfiumPage.find_tables(self, table_settings)  # type: ignore[arg-type]
        return TableFinder(self, TableSettings.resolve(table_settings)).tables  # type: ignore[arg-type]

    def close(self) -> None:
        """The page itself is closed by its reader."""


def _pdfium(page: Any) -> bool:
    """Is ``page`` read by PDFium (a PDFium page, or a page of a PDFium sheet)?"""
    return isinstance(page, PdfiumPage) or bool(getattr(page, "pdfium", False))


def _kept(obj: dict[str, Any]) -> bool:
    """A clipped object that still has an extent (not a sliver left on the region's edge)."""
    return obj["x1"] - obj["x0"] > 0.01 or obj["bottom"] - obj["top"] > 0.01
