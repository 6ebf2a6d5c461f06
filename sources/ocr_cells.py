"""Table rows of a scanned page read again cell by cell, where the whole-page reading is doubtful.

Tesseract's page layout (``--psm 3``) reads a page as blocks of text lines; in a table row
whose cells are centred vertically beside a cell of several lines, it joins lines of adjacent
cells, or of the row and the header row above it: « Descriptif » of a grey header row read
« DRE » at 0 % with its box reaching down over the first description line under it (the
line then belonged to the header, and the table lost its first row). Once the rules and fill
edges of the page are known (:func:`sources.ocr.image_rules`, :mod:`sources.ocr_fills`),
the table geometry is: horizontal rules across the table cut it into row bands, vertical
rules crossing a band cut it into cells.

A band is *doubtful* when it holds a word of two or more letters or digits read under
:data:`GARBLED_CONF`, or a word whose box crosses one of the band's rules (the same ink can
not belong to two rows). Each cell of a doubtful band is cropped from the page image as
Tesseract read it (header rows turned dark on paper), the ruling lines inside the crop are
erased (pixel rows or columns mostly ink: a rule, never text), a paper margin is added, and
the crop is read alone as one block (``--psm 6``). The cell readings replace the words of
the band when they hold fewer garbled words and no lower mean confidence, and keep every
word the page reading read surely; a word crossing a rule goes with the band holding its
centre. Only doubtful bands are read again
(a few a page): reading every cell of every table would cost one Tesseract start per cell.
A band is also doubtful when it holds ink as wide as a short word that no word box covers
(« Etape » of a header row left out by the page layout), and it is not read when its rules
end inside one of its words (the crop would cut it).

In a table without rules, a word read under :data:`UNSURE_CONF` (« 0 » at 15 % for a planning
cell « 2019 / - 2020 » centred beside a long description) is read again with its *block of
ink* (:func:`ink_block`: ink joined across word spaces and line gaps, not across column
gaps), cropped and read alone the same way. Last, word boxes reaching a little across a
row rule are cut at it (:func:`clip_to_rules`), as a text PDF's cell text never crosses one.
``COPDIAG_OCR_CELLS=off`` switches this module off for measurement.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

GARBLED_CONF = 40.0  # as sources.ocr_reread: a word read under this is garbled
# one uniform block of text (the cell alone, no page layout to guess), then sparse text (each
# fragment its own line: a row band without column rules holds cells side by side); the
# surer reading of the two is taken
CELL_PSMS = (6, 11)
MIN_RULE_SHARE = 0.3  # of the page width: a table row rule (fill edges come in pieces)
_SAME_Y_PT = 1.5  # rule pieces this close vertically are one rule
_CROSS_SHARE = 0.25  # a word reaching this share of its height across a rule crosses it
_MIN_BAND_PT = 6.0  # thinner: two edges of one rule, not a row
_MAX_BAND_SHARE = 0.5  # of the page height: taller is not a table row
_MAX_BANDS = 8  # per page: a page of noise is not read again row by row
_PAD_PX = 12  # paper added around a crop: Tesseract reads text touching the border badly
_INK = 170  # as sources.ocr.image_rules
_RULE_ROW_SHARE = 0.6  # a pixel row (column) of the crop this much ink is a rule


def _garbled(word: dict[str, Any]) -> bool:
    return word["conf"] < GARBLED_CONF and sum(c.isalnum() for c in word["text"]) >= 2


SURE_CONF = 90.0  # a word read this surely by the page reading must be found again
KEPT_CONF = 80.0  # a word read this surely is kept where the new reading holds only garbage


def _keeps_sure_words(old: list[dict[str, Any]], fresh: list[dict[str, Any]]) -> bool:
    """Every word of three characters or more the page reading read surely is in the new
    reading: a crop read worse (words cut by a tight crop, « Ma rise » for « Maîtrise » in a
    list whose boxes sit close) is not taken for its fewer garbled words."""
    texts = {w["text"] for w in fresh}
    return all(w["text"] in texts for w in old if w["conf"] >= SURE_CONF and len(w["text"]) >= 3)


def with_sure_short_words(
    old: list[dict[str, Any]], fresh: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """The new reading plus the short words (one or two characters: « : », « à », « et »)
    the page reading read surely and the new one left out, where no new word lies over their
    ink: a crop read alone dropped « : » of « communes : expliciter » (read « Ÿ » at 0 %,
    then taken for noise) that the page had read at 92 %. Longer sure words must be found
    again for the new reading to be taken at all (:func:`_keeps_sure_words`); a longer word
    read at :data:`KEPT_CONF` or more where the new reading holds nothing or only garbled
    words is kept in their place."""
    kept = [
        w
        for w in old
        if w["conf"] >= SURE_CONF
        and len(w["text"]) <= 2
        and not any(_boxes_meet(w, f) for f in fresh)
    ]
    # a word the page read fairly surely that the crop read as garbage (dropped, or garbled
    # where it lies): « 1.1.2 » of « FICHE 1.1.2 » at 85 % read « Z.1.2 » at 20 % in a big
    # block of a sharpened phone scan; the rest of the new reading is kept
    texts = {f["text"] for f in fresh}
    for word in old:
        if word["conf"] < KEPT_CONF or len(word["text"]) <= 2 or word["text"] in texts:
            continue  # a word read again elsewhere in the crop is not a lost word
        over = [f for f in fresh if _boxes_meet(word, f)]
        if all(_garbled(f) for f in over):
            fresh = [f for f in fresh if not any(f is o for o in over)]
            kept.append(word)
    return fresh + [dict(w) for w in kept]


def _boxes_meet(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return (
        a["x0"] < b["x1"]
        and b["x0"] < a["x1"]
        and a["top"] < b["bottom"]
        and b["top"] < a["bottom"]
    )


def _mean_conf(words: list[dict[str, Any]]) -> float:
    total = sum(max(1, len(w["text"])) for w in words)
    return sum(max(1, len(w["text"])) * w["conf"] for w in words) / total if total else 0.0


def row_rules(rules: list[dict[str, Any]], page_width: float) -> list[tuple[float, float, float]]:
    """Horizontal rules as (y, x0, x1), pieces at one height joined: only those spanning
    :data:`MIN_RULE_SHARE` of the page width (a table's row rules, not an underline)."""
    pieces = sorted((r["top"], r["x0"], r["x1"]) for r in rules if r["orientation"] == "h")
    joined: list[list[float]] = []
    for y, x0, x1 in pieces:
        if joined and y - joined[-1][0] <= _SAME_Y_PT:
            joined[-1][1], joined[-1][2] = min(joined[-1][1], x0), max(joined[-1][2], x1)
        else:
            joined.append([y, x0, x1])
    return [(y, x0, x1) for y, x0, x1 in joined if x1 - x0 >= MIN_RULE_SHARE * page_width]


def table_cells(
    rules: list[dict[str, Any]], page_width: float, page_height: float
) -> list[list[tuple[float, float, float, float]]]:
    """Row bands of the page's tables, each as its cells (x0, top, x1, bottom) in points:
    the space between two consecutive row rules overlapping horizontally, cut by the
    vertical rules running down most of it."""
    rows = row_rules(rules, page_width)
    verticals = [r for r in rules if r["orientation"] == "v"]
    bands: list[list[tuple[float, float, float, float]]] = []
    for (ya, ax0, ax1), (yb, bx0, bx1) in zip(rows, rows[1:], strict=False):
        x0, x1 = max(ax0, bx0), min(ax1, bx1)
        height = yb - ya
        if x1 - x0 < MIN_RULE_SHARE * page_width or not (
            _MIN_BAND_PT <= height <= _MAX_BAND_SHARE * page_height
        ):
            continue
        cuts = sorted(
            {
                round(v["x0"], 1)
                for v in verticals
                if x0 + 2 < v["x0"] < x1 - 2
                and min(v["bottom"], yb) - max(v["top"], ya) >= 0.8 * height
            }
        )
        xs = [x0, *cuts, x1]
        bands.append(
            [(a, ya, b, yb) for a, b in zip(xs, xs[1:], strict=False) if b - a > _MIN_BAND_PT]
        )
    return bands


def _inside(word: dict[str, Any], cell: tuple[float, float, float, float]) -> bool:
    """The word's centre lies in the cell."""
    cx, cy = (word["x0"] + word["x1"]) / 2, (word["top"] + word["bottom"]) / 2
    return cell[0] <= cx <= cell[2] and cell[1] <= cy <= cell[3]


def _crosses(word: dict[str, Any], y: float, x0: float, x1: float) -> bool:
    """The word's box reaches a good share of its height on both sides of the rule at ``y``."""
    if word["x1"] <= x0 or word["x0"] >= x1:
        return False
    reach = _CROSS_SHARE * (word["bottom"] - word["top"])
    return word["top"] < y - reach and word["bottom"] > y + reach


def erase_rules(crop: Any) -> Any:
    """The crop with its ruling lines painted the paper's grey: pixel rows (columns) whose
    ink covers :data:`_RULE_ROW_SHARE` of the crop's width (height). Text never fills a
    row so: Tesseract would read a rule's remains as « _ » or « | », or join it to a line."""
    import numpy as np
    from PIL import Image

    pixels = np.asarray(crop.convert("L")).copy()
    if pixels.size == 0:
        return crop
    ink = pixels < _INK
    paper = int(np.percentile(pixels, 90))
    pixels[ink.mean(axis=1) >= _RULE_ROW_SHARE, :] = paper
    pixels[:, ink.mean(axis=0) >= _RULE_ROW_SHARE] = paper
    return Image.fromarray(pixels)


def _snap(word: dict[str, Any], sizes: list[float]) -> dict[str, Any]:
    """The word with the page's font size nearest its own (within a tenth): sizes of a crop
    are snapped among its few lines only, and the layout code compares sizes across the page."""
    if sizes:
        near = min(sizes, key=lambda s: abs(s - word["size"]))
        if abs(near - word["size"]) <= 0.1 * near:
            word["size"] = near
    return word


_UNREAD_WIDTH = 1.5  # font heights: a run of ink this wide that no word covers is a word
_WORD_MARGIN_PX = 3  # a word box grown by this much: glyph edges Tesseract's box leaves out


def uncovered_ink(
    image: Any,
    cell: tuple[float, float, float, float],
    words: list[dict[str, Any]],
    points_per_px: float,
) -> tuple[Any, tuple[int, int]] | None:
    """The cell's ink (a boolean pixel array, a pixel in from its rules, rules erased) with
    every word's box and margin cleared, and the array's origin (x0, top) in page pixels;
    ``None`` for a cell too small to hold a pixel."""
    import numpy as np

    x0, top, x1, bottom = (int(round(v / points_per_px)) for v in cell)
    x0, top = max(0, x0 + 2), max(0, top + 2)  # the rules themselves
    x1, bottom = min(image.width, x1 - 2), min(image.height, bottom - 2)
    if x1 <= x0 or bottom <= top:
        return None
    ink = np.asarray(erase_rules(image.crop((x0, top, x1, bottom)).convert("L"))) < _INK
    m = _WORD_MARGIN_PX
    for w in words:
        a, b = int(w["x0"] / points_per_px) - x0 - m, int(w["x1"] / points_per_px) - x0 + m
        c, d = int(w["top"] / points_per_px) - top - m, int(w["bottom"] / points_per_px) - top + m
        ink[max(0, c) : max(0, d), max(0, a) : max(0, b)] = False
    return ink, (x0, top)


def unread_ink(
    image: Any,
    cell: tuple[float, float, float, float],
    words: list[dict[str, Any]],
    points_per_px: float,
    font_pt: float,
) -> bool:
    """Ink in the cell that no word covers, as wide as a short word: Tesseract's page layout
    left text out (« Etape » of a header row, its border taken for a picture's). Rules are
    erased first; columns of uncovered ink closer than half a font height join."""
    found = uncovered_ink(image, cell, words, points_per_px)
    if found is None:
        return False
    ink, _ = found
    font_px = font_pt / points_per_px
    columns = ink.sum(axis=0) >= 2  # a speck of grain is not a glyph
    run, gap = 0, 0
    for filled in columns.tolist():
        if filled:
            run, gap = run + gap + 1, 0
            if run >= _UNREAD_WIDTH * font_px:
                return True
        elif run:
            gap += 1
            if gap > 0.5 * font_px:
                run, gap = 0, 0
    return False


def _crop(image: Any, cell: tuple[float, float, float, float], points_per_px: float) -> Any:
    """The cell cut from the page (a pixel in from its rules), rules erased, on paper."""
    import numpy as np
    from PIL import ImageOps

    x0, top, x1, bottom = (int(round(v / points_per_px)) for v in cell)
    box = (max(0, x0), max(0, top), min(image.width, x1), min(image.height, bottom))
    crop = erase_rules(image.crop(box).convert("L"))
    paper = int(np.percentile(np.asarray(crop), 90)) if crop.width and crop.height else 255
    return ImageOps.expand(crop, border=_PAD_PX, fill=paper), box


def _read_cell(
    image: Any,
    cell: tuple[float, float, float, float],
    points_per_px: float,
    read: Callable[[Any, int], list[dict[str, Any]]],
) -> list[dict[str, Any]]:
    """The words of one cell read alone (in page points): the surer of the readings in
    :data:`CELL_PSMS` (fewer garbled words, then the higher mean confidence)."""
    crop, (bx0, by0, _, _) = _crop(image, cell, points_per_px)
    offset = ((bx0 - _PAD_PX) * points_per_px, (by0 - _PAD_PX) * points_per_px)
    return surest_reading(crop, offset, cell, read)


def surest_reading(
    crop: Any,
    offset: tuple[float, float],
    box: tuple[float, float, float, float],
    read: Callable[[Any, int], list[dict[str, Any]]],
) -> list[dict[str, Any]]:
    """The words of ``crop`` inside ``box`` (page points, the crop's origin at ``offset``):
    the surer of the readings in :data:`CELL_PSMS` (fewer garbled words, then the higher
    mean confidence)."""
    dx, dy = offset
    best: list[dict[str, Any]] | None = None
    for psm in CELL_PSMS:
        got = []
        for word in read(crop, psm):
            moved = dict(word)
            moved["x0"], moved["x1"] = word["x0"] + dx, word["x1"] + dx
            moved["top"], moved["bottom"] = word["top"] + dy, word["bottom"] + dy
            if _inside(moved, box):
                got.append(moved)
        if best is None or (sum(map(_garbled, got)), -_mean_conf(got)) < (
            sum(map(_garbled, best)),
            -_mean_conf(best),
        ):
            best = got
    return best or []


def reread_cells(
    image: Any,
    words: list[dict[str, Any]],
    rules: list[dict[str, Any]],
    points_per_px: float,
    read: Callable[[Any, int], list[dict[str, Any]]],
) -> list[dict[str, Any]]:
    """The page's words with its doubtful table rows read again cell by cell (module
    docstring). ``read(crop, psm)`` returns the words of a crop in points from the crop's corner."""
    width, height = image.width * points_per_px, image.height * points_per_px
    bands = table_cells(rules, width, height)
    if not bands:
        return words
    rows = row_rules(rules, width)
    sizes = sorted({w["size"] for w in words})
    font = sorted(w["size"] for w in words)[len(words) // 2] if words else 10.0
    out = list(words)
    done = 0
    for band in bands:
        if done >= _MAX_BANDS:
            break
        top, bottom = band[0][1], band[0][3]
        left, right = band[0][0], band[-1][2]
        held = [w for w in out if any(_inside(w, c) for c in band)]
        crossing = [
            w
            for w in out
            if any(
                _crosses(w, y, max(left, a), min(right, b))
                for y, a, b in rows
                if y in (top, bottom)
            )
        ]
        if (
            not any(_garbled(w) for w in held)
            and not crossing
            and not any(unread_ink(image, c, held, points_per_px, font) for c in band)
        ):
            continue
        if any(
            top <= (w["top"] + w["bottom"]) / 2 <= bottom
            and (w["x0"] < left < w["x1"] or w["x0"] < right < w["x1"])
            for w in out
        ):
            continue  # the rules end inside a word of the row: a crop would cut it
        done += 1
        fresh: list[dict[str, Any]] = []
        try:
            for cell in band:
                fresh += _read_cell(image, cell, points_per_px, read)
        except Exception:  # noqa: BLE001 - a failed second reading keeps the first one
            continue
        old = held  # a word across the rule goes with the row holding its centre
        if (
            not fresh
            or sum(map(_garbled, fresh)) > sum(map(_garbled, old))
            or _mean_conf(fresh) < _mean_conf(old)
            or not _keeps_sure_words(old, fresh)
        ):
            continue
        gone = {id(w) for w in old}
        fresh = with_sure_short_words(old, [_snap(w, sizes) for w in fresh])
        out = [w for w in out if id(w) not in gone] + fresh
    out.sort(key=lambda w: (w["top"], w["x0"]))
    return out


def clip_to_rules(
    words: list[dict[str, Any]],
    rules: list[dict[str, Any]],
    points_per_px: float,
    page_width: float,
) -> list[dict[str, Any]]:
    """Word boxes reaching a little across a row rule (less than half their height) cut at
    it: on a text PDF a cell's text never crosses its rules, and the layout code sorts a line
    into a row (or closes a header) by which side of a rule its box lies. A line's box comes
    from its baseline and font height, and Tesseract's baseline of a line joined to the next
    one sits low: header words 15 pt tall reaching 3 pt under the header row's rule, the
    first body line's accents 0.3 pt above it, and the header took the row's first line.
    ``points_per_px``: a word left at least a pixel tall on its side."""
    rows = row_rules(rules, page_width)
    for word in words:
        for y, x0, x1 in rows:
            if word["x1"] <= x0 or word["x0"] >= x1 or not word["top"] < y < word["bottom"]:
                continue
            centre = (word["top"] + word["bottom"]) / 2
            if centre < y and y - word["top"] >= points_per_px:
                word["bottom"] = y
            elif centre > y and word["bottom"] - y >= points_per_px:
                word["top"] = y
            word["height"] = word["bottom"] - word["top"]
    return words


UNSURE_CONF = 40.0  # a word read under this (any length) makes its block of ink doubtful
_BLOCK_JOIN = 0.6  # font heights: ink closer than this (word spaces, line gaps) is one block
_BLOCK_REACH = (8.0, 4.0)  # font heights around the word: how far a block is looked for
_MAX_BLOCKS = 6  # per page


def _overlaps(word: dict[str, Any], box: tuple[float, float, float, float]) -> bool:
    return (
        word["x0"] < box[2]
        and word["x1"] > box[0]
        and word["top"] < box[3]
        and word["bottom"] > box[1]
    )


def ink_block(
    image: Any, word: dict[str, Any], points_per_px: float
) -> tuple[float, float, float, float] | None:
    """The block of ink holding ``word`` (x0, top, x1, bottom in points): ink joined across
    gaps under :data:`_BLOCK_JOIN` font heights (a word space, the gap between two lines of
    a cell) but not across a column gap: in a table without rules, the word's cell. Looked
    for within :data:`_BLOCK_REACH` font heights of the word; ``None`` without ink."""
    import numpy as np
    from scipy import ndimage

    font = max(1.0, word["size"] / points_per_px)
    reach_x, reach_y = (r * font for r in _BLOCK_REACH)
    wx0, wtop = word["x0"] / points_per_px, word["top"] / points_per_px
    wx1, wbottom = word["x1"] / points_per_px, word["bottom"] / points_per_px
    x0, top = max(0, int(wx0 - reach_x)), max(0, int(wtop - reach_y))
    x1, bottom = min(image.width, int(wx1 + reach_x)), min(image.height, int(wbottom + reach_y))
    if x1 <= x0 or bottom <= top:
        return None
    ink = np.asarray(erase_rules(image.crop((x0, top, x1, bottom)).convert("L"))) < _INK
    join = max(1, int(_BLOCK_JOIN * font))
    grown = ndimage.binary_dilation(ink, structure=np.ones((join, join), dtype=bool))
    labels, _ = ndimage.label(grown)
    inside = labels[
        max(0, int(wtop) - top) : max(0, int(wbottom) - top),
        max(0, int(wx0) - x0) : max(0, int(wx1) - x0),
    ]
    ids = [i for i in np.unique(inside).tolist() if i]
    if not ids:
        return None
    rows, cols = np.nonzero(np.isin(labels, ids) & ink)
    if not len(rows):
        return None
    if (cols.min() == 0 and x0 > 0) or (cols.max() == ink.shape[1] - 1 and x1 < image.width):
        return None  # wider than the reach: a line of running text, read in context already
    return (
        (x0 + int(cols.min())) * points_per_px,
        (top + int(rows.min())) * points_per_px,
        (x0 + int(cols.max()) + 1) * points_per_px,
        (top + int(rows.max()) + 1) * points_per_px,
    )


def reread_unsure_blocks(
    image: Any,
    words: list[dict[str, Any]],
    points_per_px: float,
    read: Callable[[Any, int], list[dict[str, Any]]],
) -> list[dict[str, Any]]:
    """Words read under :data:`UNSURE_CONF` read again with their block of ink
    (:func:`ink_block`: in a table without rules, their cell), cropped and read alone like a
    ruled cell (« 2019 / - 2020 » of a cell centred beside a long description, read « 0 » at
    15 % by the page layout). Taken when fewer garbled and surer, as :func:`reread_cells`."""
    out = list(words)
    sizes = sorted({w["size"] for w in words})
    blocks: list[tuple[float, float, float, float]] = []
    for word in sorted(words, key=lambda w: w["conf"]):
        if len(blocks) >= _MAX_BLOCKS or word["conf"] >= UNSURE_CONF or word not in out:
            continue
        if any(_inside(word, b) for b in blocks):
            continue
        block = ink_block(image, word, points_per_px)
        if block is None:
            continue
        margin = 0.3 * word["size"]
        cell = (block[0] - margin, block[1] - margin, block[2] + margin, block[3] + margin)
        blocks.append(cell)
        old = [w for w in out if _inside(w, cell)]
        if any(_overlaps(w, cell) for w in out if not _inside(w, cell)):
            continue  # the crop would cut a word of a neighbouring block
        try:
            fresh = _read_cell(image, cell, points_per_px, read)
        except Exception:  # noqa: BLE001 - a failed second reading keeps the first one
            continue
        if (
            not fresh
            or sum(map(_garbled, fresh)) > sum(map(_garbled, old))
            or _mean_conf(fresh) <= _mean_conf(old)
            or not _keeps_sure_words(old, fresh)
            or sorted(w["text"] for w in fresh) == sorted(w["text"] for w in old)
        ):  # the same words read again: the page reading's line geometry is kept
            continue
        gone = {id(w) for w in old}
        fresh = with_sure_short_words(old, [_snap(w, sizes) for w in fresh])
        out = [w for w in out if id(w) not in gone] + fresh
    out.sort(key=lambda w: (w["top"], w["x0"]))
    return out
