"""Light text on dark fills (a table's coloured header row) turned into dark text on paper.

A producer's table header is often printed white (or pale) on a dark fill. On a scan,
Tesseract reads text that is darker than its background; in a dark band with light letters
it drops words (« Etape » missing from the header of every fiche of a Chromium plan scanned
on grey paper), and the table reader then finds one column too few: the step and its
description were read as one cell (0 of 35 rows).

So, before Tesseract, the dark filled bands of the page are found (on a copy reduced 4×,
opened to erase glyph strokes, then closed to bridge the letters' holes) and, inside each
band holding lighter pixels (its letters), the pixels are re-thresholded the other way round:
light becomes ink, the fill becomes paper. A dark band without light pixels (a solid rule,
a black picture) is left as it is. Rules and fills are still looked for on the image as
scanned (:func:`sources.ocr.image_rules` sees the band's edges).
"""

from __future__ import annotations

from typing import Any

_REDUCE = 4
_DARK_FILL = 140  # a band's median grey below this is a dark fill (ink colours, not tints)
_MIN_WIDTH_PT = 40.0  # as a table cell or a header row, wider than any glyph run
_MIN_HEIGHT_PT = 6.0  # taller than a rule
_MIN_SOLID = 0.6  # share of the band's columns' runs that is dark fill (no picture's outline)
_LONG = 8  # a band this many times wider than tall drifts out of its box when askew
_MIN_CONTRAST = 60  # its letters are at least this much lighter than the fill
_GAP_PT = 20.0  # pieces of one band this close side by side are one band (a light gap)
_TINT_MIN = 90  # a tilted band's fill this light at least: a tint, not black ink


def dark_bands(image: Any, points_per_px: float) -> list[tuple[int, int, int, int]]:
    """Boxes (x0, top, x1, bottom, pixels) of the dark filled bands of a page image."""
    import numpy as np
    from scipy import ndimage

    w, h = image.size
    if h < 3 * _REDUCE or w < 3 * _REDUCE:
        return []
    full = np.asarray(image.convert("L"))
    small = np.asarray(image.convert("L").reduce(_REDUCE))
    pt = _REDUCE * points_per_px  # points per reduced pixel
    size = max(2, round(2.5 / pt))  # wider than a glyph stroke, narrower than a band
    mask = ndimage.binary_opening(small < _DARK_FILL, structure=np.ones((size, size)))
    mask = ndimage.binary_closing(mask, structure=np.ones((size, 3 * size)))
    labels, _ = ndimage.label(mask)
    boxes = []
    for index, found in enumerate(ndimage.find_objects(labels), start=1):
        if found is None:
            continue
        ys, xs = found
        if (xs.stop - xs.start) * pt < _MIN_WIDTH_PT or (ys.stop - ys.start) * pt < _MIN_HEIGHT_PT:
            continue
        band = labels[found] == index
        if float(band.mean()) < _MIN_SOLID and not _tilted_fill(band, full, found):
            continue
        boxes.append(
            (
                xs.start * _REDUCE,
                ys.start * _REDUCE,
                min(w, xs.stop * _REDUCE),
                min(h, ys.stop * _REDUCE),
            )
        )
    return boxes


def _tilted_fill(band: Any, full: Any, found: tuple[slice, slice]) -> bool:
    """A long band (``band``, its mask on the reduced copy at ``found``) scanned askew, so it
    drifts out of its box: filled in a grey tint on the page as scanned (``full``: neither
    black ink, whose bold letters close into long blobs too, nor paper) and solid along each
    of its columns' runs."""
    import numpy as np

    height, width = band.shape
    if width < _LONG * height:
        return False
    ys, xs = found
    crop = full[ys.start * _REDUCE : ys.stop * _REDUCE, xs.start * _REDUCE : xs.stop * _REDUCE]
    mask = np.repeat(np.repeat(band, _REDUCE, axis=0), _REDUCE, axis=1)[
        : crop.shape[0], : crop.shape[1]
    ]
    tint = float(np.median(crop[mask[: crop.shape[0], : crop.shape[1]]]))
    return _TINT_MIN <= tint < _DARK_FILL and _solid_share(band) >= _MIN_SOLID


def _solid_share(mask: Any) -> float:
    """Share of a band's columns, each from its first to its last dark pixel, that is dark:
    a filled band scanned askew fills each column's run though not its tilted box, a
    picture's outline does not."""
    import numpy as np

    cols = mask.any(axis=0)
    if not cols.any():
        return 0.0
    rows = np.arange(mask.shape[0])[:, None]
    first = np.where(mask, rows, mask.shape[0]).min(axis=0)[cols]
    last = np.where(mask, rows, -1).max(axis=0)[cols]
    return float(mask.sum()) / float((last - first + 1).sum())


def _exact_box(grey: Any, box: tuple[int, int, int, int]) -> tuple[int, int, int, int]:
    """The band's box at full resolution: rows and columns whose median is the fill's (the
    reduced copy rounds it to 4 pixels, and paper taken in would turn into a black frame)."""
    import numpy as np

    x0, top, x1, bottom = box
    m = _REDUCE
    x0, top = max(0, x0 - m), max(0, top - m)
    x1, bottom = min(grey.shape[1], x1 + m), min(grey.shape[0], bottom + m)
    region = grey[top:bottom, x0:x1]
    rows = np.nonzero(np.median(region, axis=1) < _DARK_FILL)[0]
    cols = np.nonzero(np.median(region, axis=0) < _DARK_FILL)[0]
    if not len(rows) or not len(cols):
        return x0, top, x0, top
    return x0 + int(cols[0]), top + int(rows[0]), x0 + int(cols[-1]) + 1, top + int(rows[-1]) + 1


def invert_dark_fills(image: Any, points_per_px: float) -> tuple[Any, int]:
    """The page with light-on-dark bands turned dark-on-paper; ``(image, bands inverted)``."""
    import numpy as np
    from PIL import Image

    grey = np.asarray(image.convert("L"))
    boxes = dark_bands(image, points_per_px)
    if not boxes:
        return image, 0
    out = grey.copy()
    paper = int(np.percentile(grey[::4, ::4], 90))
    done = 0
    for box in boxes:
        x0, top, x1, bottom = _exact_box(grey, box)
        band = grey[top:bottom, x0:x1]
        if band.size == 0:
            continue
        fill = float(np.median(band))
        light = float(np.percentile(band, 99))
        if fill >= _DARK_FILL or light - fill < _MIN_CONTRAST:
            continue  # solid band: no letters to read in it
        threshold = (fill + light) / 2
        # letters → ink; the fill (and the band's blurred border) → paper
        out[top:bottom, x0:x1] = np.where(band > threshold, 0, paper).astype(out.dtype)
        done += 1
    if not done:
        return image, 0
    return Image.fromarray(out, mode="L"), done


def dark_fill_rects(image: Any, points_per_px: float) -> list[dict[str, Any]]:
    """The page's dark filled bands (:func:`dark_bands`, exact boxes) as pdfplumber
    ``rects``-like dicts in points, filled with their median grey: a table's band across
    its columns (a step's name printed light on it) is then told as on a text page."""
    import numpy as np

    grey = np.asarray(image.convert("L"))
    boxes = []
    for box in dark_bands(image, points_per_px):
        x0, top, x1, bottom = _exact_box(grey, box)
        if x1 > x0 and bottom > top:
            boxes.append([x0, top, x1, bottom])
    out: list[dict[str, Any]] = []
    for x0, top, x1, bottom in _joined(boxes, _GAP_PT / points_per_px):
        fill = float(np.median(grey[top:bottom, x0:x1]))
        out.append(
            {
                "x0": x0 * points_per_px,
                "x1": x1 * points_per_px,
                "top": top * points_per_px,
                "bottom": bottom * points_per_px,
                "fill": True,
                "non_stroking_color": (round(fill / 255.0, 3),),
            }
        )
    return out


def _joined(boxes: list[list[int]], gap: float) -> list[list[int]]:
    """Pieces of one band joined: boxes on the same rows (each covering most of the other's
    height) at most ``gap`` apart side by side. A band cut by a light gap down the page (a
    printer's pale streak, a fold's crease) is one band across its table."""
    out: list[list[int]] = []
    for box in sorted(boxes):
        for done in out:
            shared = min(done[3], box[3]) - max(done[1], box[1])
            if shared >= 0.7 * min(done[3] - done[1], box[3] - box[1]) and box[0] - done[2] <= gap:
                done[:] = [
                    done[0],
                    min(done[1], box[1]),
                    max(done[2], box[2]),
                    max(done[3], box[3]),
                ]
                break
        else:
            out.append(list(box))
    return out


def letter_bands(image: Any, points_per_px: float) -> list[tuple[int, int, int, int]]:
    """Exact boxes (pixels) of the dark bands holding light letters (those
    :func:`invert_dark_fills` turns round)."""
    import numpy as np

    grey = np.asarray(image.convert("L"))
    out = []
    for box in dark_bands(image, points_per_px):
        x0, top, x1, bottom = _exact_box(grey, box)
        band = grey[top:bottom, x0:x1]
        if band.size == 0:
            continue
        fill, light = float(np.median(band)), float(np.percentile(band, 99))
        if fill < _DARK_FILL and light - fill >= _MIN_CONTRAST:
            out.append((x0, top, x1, bottom))
    return out


_INSIDE_PT = 1.5  # an edge this far inside a band's box is not one of its sides


def rules_outside_letter_bands(
    rules: list[dict[str, Any]], image: Any, points_per_px: float
) -> list[dict[str, Any]]:
    """The rules found on a page image, less those inside a dark band holding light letters.

    Rules are runs of ink (:func:`sources.ocr.image_rules`): in a header row printed light on
    a dark fill, every pixel column between two letters is a run of ink as tall as the band, so
    the band gave a « vertical rule » at each letter gap (57 in one header of a Chromium
    « stripes » plan) and the table reader cut its header words there (« Planification » lost,
    the planning column bound moved 20 pt right, years read into the description). A filled
    rectangle gives pdfplumber its four sides only: edges strictly inside the band are
    dropped, its sides kept."""
    bands = letter_bands(image, points_per_px)
    if not bands:
        return rules
    margin = _INSIDE_PT / points_per_px

    def inside(rule: dict[str, Any]) -> bool:
        x0, x1 = rule["x0"] / points_per_px, rule["x1"] / points_per_px
        top, bottom = rule["top"] / points_per_px, rule["bottom"] / points_per_px
        for bx0, btop, bx1, bbottom in bands:
            if rule["orientation"] == "v":
                if (
                    bx0 + margin < x0 < bx1 - margin
                    and btop - margin <= top
                    and bottom <= bbottom + margin
                ):
                    return True
            elif (
                btop + margin < top < bbottom - margin and bx0 - margin <= x0 and x1 <= bx1 + margin
            ):
                return True
        return False

    return [r for r in rules if not inside(r)]
