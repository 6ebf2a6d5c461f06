"""Ink of a table row that no word covers, read again alone with its block of ink.

Tesseract's page layout sometimes reads a word as nothing it keeps: « Partenaires » of a grey
header row whose cells are two lines beside cells of one, read « a » at 3 % (dropped as
noise), both on the page and when the whole row band is read again
(:func:`sources.ocr_cells.reread_cells`, which keeps the page reading when the band's is no
surer). Without it, the table has one column header fewer and two columns' cells run
together (« GACdG Associations naturalistes locales » as one owner).

Here each run of such ink (:func:`unread_spots`: as wide as a short word, rules erased,
every word box grown by a few pixels blanked out) in a row band of a table is read again
with its block of ink (:func:`sources.ocr_cells.ink_block`: its cell in a table without
column rules), cropped and read alone. The reading is taken only when it holds no garbled
word, is read surely (mean :data:`MIN_MEAN_CONF`), keeps every word the page reading read
surely in the block, and brings words the block did not have. A block whose crop would cut
a word of a neighbouring block is not read.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sources.ocr_cells import (
    _INK,
    _PAD_PX,
    _RULE_ROW_SHARE,
    _UNREAD_WIDTH,
    _garbled,
    _inside,
    _keeps_sure_words,
    _mean_conf,
    _overlaps,
    _snap,
    ink_block,
    surest_reading,
    table_cells,
    uncovered_ink,
)

MIN_MEAN_CONF = 70.0  # a block's new reading must be at least this sure on average
_SURER = 10.0  # as many words: taken when this much surer on average
_MAX_SPOTS = 4  # per page: a page of noise is not read again spot by spot


def unread_spots(
    image: Any,
    cell: tuple[float, float, float, float],
    words: list[dict[str, Any]],
    points_per_px: float,
    font_pt: float,
) -> list[tuple[float, float, float, float]]:
    """Boxes (x0, top, x1, bottom, points) of the runs of ink in ``cell`` no word covers
    that are as wide as a short word (:data:`sources.ocr_cells._UNREAD_WIDTH` font heights);
    columns of uncovered ink closer than half a font height join. Rules are erased first."""
    import numpy as np

    found = uncovered_ink(image, cell, words, points_per_px)
    if found is None:
        return []
    ink, (x0, top) = found
    font_px = font_pt / points_per_px
    columns = (ink.sum(axis=0) >= 2).tolist()  # a speck of grain is not a glyph
    runs: list[tuple[int, int]] = []
    start = end = None
    for i, filled in enumerate([*columns, False]):
        if filled:
            if start is None or i - end > 0.5 * font_px:  # type: ignore[operator]
                if start is not None and end - start + 1 >= _UNREAD_WIDTH * font_px:  # type: ignore[operator]
                    runs.append((start, end))  # type: ignore[arg-type]
                start = i
            end = i
    if start is not None and end - start + 1 >= _UNREAD_WIDTH * font_px:  # type: ignore[operator]
        runs.append((start, end))  # type: ignore[arg-type]
    spots = []
    for a, b in runs:
        rows = np.nonzero(ink[:, a : b + 1].any(axis=1))[0]
        spots.append(
            (
                (x0 + a) * points_per_px,
                (top + int(rows.min())) * points_per_px,
                (x0 + b + 1) * points_per_px,
                (top + int(rows.max()) + 1) * points_per_px,
            )
        )
    return spots


def reread_unread_ink(
    image: Any,
    words: list[dict[str, Any]],
    rules: list[dict[str, Any]],
    points_per_px: float,
    read: Callable[[Any, int], list[dict[str, Any]]],
) -> list[dict[str, Any]]:
    """The page's words with the uncovered ink of its table rows read again (module
    docstring). ``read(crop, psm)`` returns the words of a crop in points from its corner."""
    width, height = image.width * points_per_px, image.height * points_per_px
    bands = table_cells(rules, width, height)
    if not bands or not words:
        return words
    sizes = sorted({w["size"] for w in words})
    font = sorted(w["size"] for w in words)[len(words) // 2]
    out = list(words)
    done: list[tuple[float, float, float, float]] = []
    for band in bands:
        for cell in band:
            held = [w for w in out if _inside(w, cell)]
            for spot in unread_spots(image, cell, held, points_per_px, font):
                if len(done) >= _MAX_SPOTS:
                    return _sorted(out)
                probe = {"x0": spot[0], "x1": spot[2], "top": spot[1], "bottom": spot[3]}
                if any(_inside(probe, b) for b in done):
                    continue
                block = ink_block(image, dict(probe, size=font), points_per_px)
                if block is None:
                    continue
                margin = 0.3 * font
                crop = (block[0] - margin, block[1] - margin, block[2] + margin, block[3] + margin)
                done.append(crop)
                old = [w for w in out if _inside(w, crop)]
                if any(_overlaps(w, crop) for w in out if not _inside(w, crop)):
                    continue  # the crop would cut a word of a neighbouring block
                try:
                    fresh = read_block(image, crop, points_per_px, read)
                except Exception:  # noqa: BLE001 - a failed reading keeps the page's
                    continue
                if not taken(old, fresh):
                    continue
                gone = {id(w) for w in old}
                out = [w for w in out if id(w) not in gone] + [_snap(w, sizes) for w in fresh]
    return _sorted(out)


def _longest_run(ink: Any) -> Any:
    """Per pixel row of a boolean array, the longest run of consecutive ink pixels."""
    import numpy as np

    best = np.zeros(ink.shape[0], dtype=int)
    run = np.zeros(ink.shape[0], dtype=int)
    for column in ink.T:
        run = np.where(column, run + 1, 0)
        best = np.maximum(best, run)
    return best


def erase_unbroken_rules(crop: Any) -> Any:
    """The crop with its ruling lines painted the paper's grey: pixel rows (columns) holding
    one unbroken run of ink over :data:`sources.ocr_cells._RULE_ROW_SHARE` of the crop's
    width (height). Unlike :func:`sources.ocr_cells.erase_rules`, which counts all the ink of
    a row, the middle row of a bold word cropped tight (« Partenaires »: its letters' bars
    fill 60 % of the row, with gaps) is not a rule and is left whole."""
    import numpy as np
    from PIL import Image

    pixels = np.asarray(crop.convert("L")).copy()
    if pixels.size == 0:
        return crop
    ink = pixels < _INK
    paper = int(np.percentile(pixels, 90))
    rows = _longest_run(ink) >= _RULE_ROW_SHARE * ink.shape[1]
    columns = _longest_run(ink.T) >= _RULE_ROW_SHARE * ink.shape[0]
    pixels[rows, :] = paper
    pixels[:, columns] = paper
    return Image.fromarray(pixels)


def read_block(
    image: Any,
    box: tuple[float, float, float, float],
    points_per_px: float,
    read: Callable[[Any, int], list[dict[str, Any]]],
) -> list[dict[str, Any]]:
    """The words of a block of ink read alone (page points): cropped, unbroken rules erased,
    on a paper margin; the surer reading of :data:`sources.ocr_cells.CELL_PSMS`."""
    import numpy as np
    from PIL import ImageOps

    x0, top, x1, bottom = (int(round(v / points_per_px)) for v in box)
    x0, top = max(0, x0), max(0, top)
    x1, bottom = min(image.width, x1), min(image.height, bottom)
    crop = erase_unbroken_rules(image.crop((x0, top, x1, bottom)).convert("L"))
    paper = int(np.percentile(np.asarray(crop), 90)) if crop.width and crop.height else 255
    crop = ImageOps.expand(crop, border=_PAD_PX, fill=paper)
    offset = ((x0 - _PAD_PX) * points_per_px, (top - _PAD_PX) * points_per_px)
    return surest_reading(crop, offset, box, read)


def taken(old: list[dict[str, Any]], fresh: list[dict[str, Any]]) -> bool:
    """Is a block's new reading better than the page's? No garbled word, sure on average,
    every sure word of the page reading found again, other words than the page's, and more
    of them or read :data:`_SURER` surer (« Ressources à » for « Ressources 4 »)."""
    if not fresh or any(map(_garbled, fresh)) or _mean_conf(fresh) < MIN_MEAN_CONF:
        return False
    if not _keeps_sure_words(old, fresh):
        return False
    if sorted(w["text"] for w in fresh) == sorted(w["text"] for w in old):
        return False
    return len(fresh) > len(old) or _mean_conf(fresh) >= _mean_conf(old) + _SURER


def _sorted(words: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(words, key=lambda w: (w["top"], w["x0"]))
