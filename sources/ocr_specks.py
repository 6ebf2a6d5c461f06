"""Copier and fax artefacts removed from a scanned page before Tesseract reads it.

Two defects of cheap copies, both measured on the page itself, so a clean scan is left
untouched (pixel for pixel):

* toner specks (dust on the glass, a dirty drum, a fax line's noise): dots a pixel or three
  wide scattered over the page. Tesseract read them as periods, hyphens, quotes and accents
  (« là » for « la », « 5000. », « . Créer » opening a cell) and the layout code took the
  lines of specks for text. A dot of ink is kept when it is punctuation by its place: a
  period on the baseline just after a letter, the dot of an « i » or an accent just over a
  letter, a colon's dots one over the other; any other small dot is a speck, painted with
  the paper around it (:func:`remove_specks`);
* toner spread (a photocopy's strokes a pixel thicker each side): the dot of an « i » runs
  into its stem and « interne » is read « Interne », « il » « Il ». When the page's typical
  stroke is as thick as a bold font's everywhere, the ink is thinned by a pixel each side
  (:func:`thin_spread_toner`), only in the image Tesseract reads (the rules are found on the
  page as scanned).

Pure functions on PIL grey images; no Tesseract.
"""

from __future__ import annotations

from typing import Any

_INK = 170  # grey level under which a pixel is ink (as :data:`sources.ocr._DARK`)
SPECK_MAX_PT = 1.3  # a dot no wider nor taller than this may be a speck (a period is ~1.4)
# a period sits on its line's baseline: its bottom within this of the letter before it
_BASELINE_PT = 0.6
_PERIOD_GAP_PT = 2.2  # at most this between the letter and its period (a word space is more)
_ACCENT_GAP_PT = 1.6  # at most this between an accent or an i's dot and its letter
_COLON_GAP_PT = 4.0  # at most this between a colon's two dots
# specks are scattered over the whole page: on fewer of its 8×8 tiles than this, the small
# dots are something else (the ragged edge of a dark header band thresholded), left as is
MIN_SPECK_TILES = 32

# a page whose median stroke (horizontal and vertical ink runs) is this thick or more has
# spread toner: regular text strokes are 0.7 to 1.2 pt at 10-11 pt, a bold font's ~1.4
THICK_STROKE_PT = 1.5
_MAX_RUN_PT = 10.0  # longer ink runs are rules and fills, not strokes


def _speck_labels(ink: Any, points_per_px: float) -> tuple[Any, list[int]]:
    """Labelled ink components and the labels of the specks among them."""
    import numpy as np
    from scipy import ndimage

    labels, count = ndimage.label(ink, structure=np.ones((3, 3), dtype=bool))
    if not count:
        return labels, []
    slices = ndimage.find_objects(labels)
    limit = SPECK_MAX_PT / points_per_px
    boxes = [(s[1].start, s[1].stop, s[0].start, s[0].stop) for s in slices]  # x0 x1 y0 y1
    small = {
        i + 1 for i, (x0, x1, y0, y1) in enumerate(boxes) if x1 - x0 <= limit and y1 - y0 <= limit
    }
    if not small:
        return labels, []
    h, w = labels.shape
    reach = int(max(_PERIOD_GAP_PT, _ACCENT_GAP_PT, _COLON_GAP_PT) / points_per_px) + 2
    base, period_gap = _BASELINE_PT / points_per_px, _PERIOD_GAP_PT / points_per_px
    accent_gap, colon_gap = _ACCENT_GAP_PT / points_per_px, _COLON_GAP_PT / points_per_px

    def neighbours(label: int) -> list[int]:
        x0, x1, y0, y1 = boxes[label - 1]
        crop = labels[
            max(0, y0 - reach) : min(h, y1 + reach), max(0, x0 - reach) : min(w, x1 + reach)
        ]
        return [int(v) for v in np.unique(crop) if v and v != label]

    def punctuation(label: int, anchors: set[int]) -> bool:
        cx0, cx1, cy0, cy1 = boxes[label - 1]
        for other in neighbours(label):
            bx0, bx1, by0, by1 = boxes[other - 1]
            overlap = cx0 < bx1 and bx0 < cx1
            if other in anchors:
                if 0 <= cx0 - bx1 <= period_gap and abs(cy1 - by1) <= base:
                    return True  # a period after its letter (or after the dot before it)
                if overlap and 0 <= by0 - cy1 <= accent_gap:
                    return True  # an accent or an i's dot over its letter
            elif (
                other in small
                and overlap
                and (0 <= by0 - cy1 <= colon_gap or 0 <= cy0 - by1 <= colon_gap)
            ):
                return True  # a colon's (or a semicolon's) two dots
        return False

    anchors = set(range(1, count + 1)) - small
    kept: set[int] = set()
    for _ in range(3):  # « ... »: each dot anchored by the one before it
        found = {label for label in small - kept if punctuation(label, anchors | kept)}
        if not found:
            break
        kept |= found
    return labels, sorted(small - kept)


def remove_specks(image: Any, points_per_px: float) -> tuple[Any, int]:
    """The page with its toner specks painted with the paper around them, and how many were
    removed; the page itself (same object) when its small dots lie on fewer than
    :data:`MIN_SPECK_TILES` of its 8×8 tiles (no scattered specks)."""
    import numpy as np
    from PIL import Image

    grey = np.asarray(image.convert("L"))
    from scipy import ndimage

    labels, specks = _speck_labels(grey < _INK, points_per_px)
    h, w = grey.shape
    slices = ndimage.find_objects(labels)
    tiles = {
        (slices[label - 1][0].start * 8 // h, slices[label - 1][1].start * 8 // w)
        for label in specks
    }
    if len(tiles) < MIN_SPECK_TILES:
        return image, 0
    out = grey.copy()
    pad = 3
    for label in specks:
        rows, cols = slices[label - 1]
        y0, y1 = max(0, rows.start - pad), min(h, rows.stop + pad)
        x0, x1 = max(0, cols.start - pad), min(w, cols.stop + pad)
        around = grey[y0:y1, x0:x1][labels[y0:y1, x0:x1] == 0]
        paper = int(np.median(around)) if around.size else 255
        out[rows, cols][labels[rows, cols] == label] = paper
    return Image.fromarray(out, mode="L"), len(specks)


def stroke_width_pt(image: Any, points_per_px: float) -> float:
    """The page's typical stroke width (points): the smaller of the median horizontal and
    vertical ink run, runs longer than :data:`_MAX_RUN_PT` (rules, fills) left out; 0 on a
    page without ink."""
    import numpy as np

    ink = np.asarray(image.convert("L")) < _INK
    limit = _MAX_RUN_PT / points_per_px
    medians = []
    for mask in (ink, ink.T):
        steps = np.diff(np.pad(mask, ((0, 0), (1, 1))).astype(np.int8), axis=1)
        starts, ends = np.nonzero(steps == 1)[1], np.nonzero(steps == -1)[1]
        runs = ends - starts
        runs = runs[runs <= limit]
        if not runs.size:
            return 0.0
        medians.append(float(np.median(runs)))
    return min(medians) * points_per_px


def thin_spread_toner(image: Any, points_per_px: float) -> tuple[Any, bool]:
    """The ink thinned by a pixel each side (a 3×3 lightest-neighbour filter) when the page's
    strokes are :data:`THICK_STROKE_PT` thick or more; ``(image, thinned)``, the same image
    object when left as is."""
    from PIL import ImageFilter

    if stroke_width_pt(image, points_per_px) < THICK_STROKE_PT:
        return image, False
    return image.filter(ImageFilter.MaxFilter(3)), True
