"""Diagonal watermarks: text set at an angle, light and large, drawn across the page.

An export option (LibreOffice's « Signer avec un filigrane », a printer's « BROUILLON »
stamp) draws a word such as « DOCUMENT DE TRAVAIL » over every page: letters about 40 pt
high, light grey, turned some angle (neither upright nor a quarter turn), running across the
page's middle, often OVER the tables. Read as text, its letters mix into the lines and table
rows they cross (and PDFium pages holding turned text fall back to pdfplumber). Such glyphs
are not content: they are set aside before lines and tables are built, by both engines.

A glyph is a watermark candidate when its baseline is turned between 10° and 80° from a
multiple of a quarter turn, it is at least 20 pt tall and its fill is light (luminance at
least 0.6); the page's candidates are set aside only when together they cross the page (their
extent at least a third of the page's width or height), so a small turned stamp or a turned
label stays text. A TILED watermark repeats one short text, turned, in a grid of tiles over
the page, in body-sized letters of any colour: told by the repetition (:func:`tiled_chars`).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from typing import Any

MIN_SIZE = 20.0  # points: a watermark's letters are far larger than body text
MIN_LIGHTNESS = 0.6
MIN_ANGLE, MAX_ANGLE = 10.0, 80.0  # degrees from the nearest multiple of 90
CROSSING = 1 / 3  # share of the page's width or height the candidates span
MIN_TILES = 3  # a tiled watermark repeats its text at least this many times on a page
MIN_TILE_TEXT = 6  # characters a tile's text holds at least
MAX_TILE_TEXTS = 2  # distinct texts a page's tiles repeat at most
TILE_SHARE = 0.9  # of the page's angled glyphs, at least, in its tiles


def is_angled(a: float, b: float) -> bool:
    """Whether a baseline direction (``a``, ``b`` of the text matrix) is turned an angle
    that is neither upright nor a quarter turn."""
    if not (a or b):
        return False
    angle = math.degrees(math.atan2(b, a)) % 90.0
    return MIN_ANGLE <= angle <= MAX_ANGLE


def lightness(colour: Any) -> float | None:
    """Luminance (0 black … 1 white) of a pdfminer fill colour (grey, RGB or CMYK tuple, or a
    bare number); None when unknown (a pattern, no colour)."""
    if isinstance(colour, (int, float)):
        colour = (colour,)
    if not isinstance(colour, (tuple, list)) or not colour:
        return None
    try:
        values = [float(v) for v in colour]
    except (TypeError, ValueError):
        return None
    if len(values) == 1:
        return values[0]
    if len(values) == 3:
        r, g, b = values
    elif len(values) == 4:
        c, m, y, k = values
        r, g, b = (1 - c) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k)
    else:
        return None
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def is_candidate(a: float, b: float, size: float, colour: Any) -> bool:
    """A glyph that may belong to a watermark: turned an angle, large, light."""
    if size < MIN_SIZE or not is_angled(a, b):
        return False
    light = lightness(colour)
    return light is not None and light >= MIN_LIGHTNESS


def crosses_page(points: Iterable[tuple[float, float]], width: float, height: float) -> bool:
    """Whether the candidates' positions span a third of the page's width or height."""
    xs: list[float] = []
    ys: list[float] = []
    for x, y in points:
        xs.append(x)
        ys.append(y)
    if len(xs) < 2:
        return False
    return max(xs) - min(xs) >= CROSSING * width or max(ys) - min(ys) >= CROSSING * height


def _char_candidate(char: dict[str, Any]) -> bool:
    matrix = char.get("matrix")
    if not matrix or len(matrix) < 4:
        return False
    b = matrix[1]
    if not b:  # the common case, checked first: upright text (no trigonometry per character)
        return False
    a, b = float(matrix[0]), float(b)
    if not is_angled(a, b):  # quarter-turned text
        return False
    return is_candidate(a, b, float(char.get("size") or 0.0), char.get("non_stroking_color"))


def watermark_chars(chars: Sequence[dict[str, Any]], width: float, height: float) -> list[int]:
    """Indexes of the characters of a pdfminer-like page that form a watermark (empty when
    none, or when the angled glyphs do not cross the page): large light letters, or TILES
    of one short text repeated over the page (:func:`tiled_chars`)."""
    found = [i for i, char in enumerate(chars) if _char_candidate(char)]
    points = ((chars[i]["x0"], chars[i]["top"]) for i in found)
    if found and crosses_page(points, width, height):
        return found
    return tiled_chars(chars, width, height)


def _angled(char: dict[str, Any]) -> bool:
    matrix = char.get("matrix")
    if not matrix or len(matrix) < 4 or not matrix[1]:
        return False
    return is_angled(float(matrix[0]), float(matrix[1]))


def tiled_chars(chars: Sequence[dict[str, Any]], width: float, height: float) -> list[int]:
    """Indexes of a TILED watermark's characters: the same short text, turned an angle,
    drawn again and again over the page (LibreOffice's export option « TiledWatermark »,
    a sharing platform's « DIFFUSION RESTREINTE » or « a.martin - 12/03/2021 » tiles), at
    any size and in any colour — its letters may be dark, under a transparency. Runs of
    angled glyphs following each other (each glyph within a few sizes of the one before)
    are tiles when at least :data:`MIN_TILES` of them read the same text of
    :data:`MIN_TILE_TEXT` characters or more, together crossing the page, one or two such
    texts making nearly all the page's angled glyphs. Slanted header labels (several
    labels, each repeated by every table of the page) are no tiles."""
    runs: list[list[int]] = []
    for index, char in enumerate(chars):
        if not _angled(char):
            continue
        if runs and runs[-1][-1] == index - 1 and _near(chars[index - 1], char):
            runs[-1].append(index)
        else:
            runs.append([index])
    counts: dict[str, list[list[int]]] = {}
    for run in runs:
        text = "".join(str(chars[i].get("text", "")) for i in run)
        if len(text.strip()) >= MIN_TILE_TEXT:
            counts.setdefault(text, []).append(run)
    tiles = [same for same in counts.values() if len(same) >= MIN_TILES]
    found = [i for same in tiles for run in same for i in run]
    angled = sum(len(run) for run in runs)
    if len(tiles) > MAX_TILE_TEXTS or len(found) < TILE_SHARE * angled:
        return []  # several texts repeated (slanted header labels, one set a table)
    points = ((chars[i]["x0"], chars[i]["top"]) for i in found)
    return sorted(found) if found and crosses_page(points, width, height) else []


def _near(a: dict[str, Any], b: dict[str, Any]) -> bool:
    size = max(float(a.get("size") or 0.0), float(b.get("size") or 0.0), 1.0)
    return (
        abs(float(a["x0"]) - float(b["x0"])) <= 3 * size
        and abs(float(a["top"]) - float(b["top"])) <= 3 * size
    )


def without_watermark(page: Any) -> Any:
    """A pdfplumber page without its watermark's characters (the page itself when it has
    none): a filtered view, so its lines, words and tables never see them."""
    chars = page.chars
    found = watermark_chars(chars, float(page.width), float(page.height))
    if not found:
        return page
    return view_without(page, {id(chars[i]) for i in found})


def without_chars_found(page: Any, find: Callable[[list[dict[str, Any]]], list[int]]) -> Any:
    """The page without the characters ``find`` picks (their indexes in ``page.chars``; the
    page itself when it picks none): a PDFium page sets them aside, a pdfplumber page is given
    as a filtered view (:func:`view_without`)."""
    from sources.pdf.pdfium_page import PdfiumPage

    chars = page.chars
    found = find(chars)
    if not found:
        return page
    drop = {id(chars[i]) for i in found}
    if isinstance(page, PdfiumPage):
        page.set_aside_chars(drop)
        return page
    return view_without(page, drop)


def without_objects(page: Any, drop: set[int]) -> Any:
    """The page without the characters and paths whose ``id`` is in ``drop`` (the page itself
    when none): a PDFium page sets them aside, a pdfplumber page is given as a filtered view
    (:func:`view_without`)."""
    from sources.pdf.pdfium_page import PdfiumPage

    if not drop:
        return page
    if isinstance(page, PdfiumPage):
        page.set_aside(drop)
        return page
    return view_without(page, drop)


def view_without(page: Any, drop: set[int]) -> Any:
    """A filtered view of a pdfplumber page without the objects whose ``id`` is in ``drop``;
    closing the view closes the page too (the caller only holds the view)."""
    view = page.filter(lambda obj: id(obj) not in drop)
    view_close = view.close

    def close() -> None:  # the caller closes the view: the page's caches go with it
        view_close()
        page.close()

    view.close = close
    return view
