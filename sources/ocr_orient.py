"""A scanned page turned a quarter or half turn, put upright before it is read.

A sheet feeder takes landscape pages printed on portrait sheets as portrait images turned a
quarter turn, and a sheet laid upside down in the stack comes out turned a half turn; no
text layer says which way is up. Tesseract reads sideways or upside-down text as garbage, so
the page is turned upright first. Tesseract's orientation detection (``--psm 0``, the
``osd`` data) tells the turn (0, 90, 180 or 270°) with a confidence, on a copy reduced to
about 150 dpi (cheap next to the page's reading). A page is turned only when the cue is
sure: never a quarter turn when the page's ink clearly runs in level rows (the text lines'
direction, from the image's projection profiles: a portrait page meant to be portrait, on
which Tesseract is unsure), a half turn only at a high confidence. A page whose ink runs in
level rows and whose letters stand upright (on many text lines, more ink above the letters'
core band than under it: ascenders and capitals outnumber descenders in Latin type) is not
asked about at all: Tesseract's detection costs more than a second a page, the profiles a
tenth. A quarter turn told unsure on a page whose ink does not run in level rows (a table's
last row carried over to a page of its own) is checked by reading a reduced copy both ways:
it is taken when the page reads clearly surer turned.

Without the ``osd`` data (``tesseract-ocr-osd`` not installed), a page whose ink does not
clearly run in level rows is read on a reduced copy as it is and turned either way, and put
the way Tesseract reads most surely; a page upside down cannot be told then
(:data:`NO_OSD_NOTE`).
"""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
from functools import lru_cache
from typing import Any

_OSD_DPI = 150  # the orientation is told on a copy about this fine
_QUARTER_CONF = 2.0  # Tesseract's orientation confidence for a quarter turn
_HALF_CONF = 5.0  # and for a half turn (no cue from the lines' direction)
_PROFILE_SIDE = 400  # pixels on the long side of the copy whose profiles are compared
_LEVEL_RATIO = 5.0  # row profile this much sharper than the column one: text lines run level
# an unsure quarter turn is taken when the page reads this much surer turned (mean word
# confidence, 0-1) than as it is
_SURER_READING = 0.25
NO_OSD_NOTE = (
    "orientation des pages scannées devinée sans le module d'orientation de Tesseract "
    "(tesseract-ocr-osd non installé) : une page à l'envers n'est pas redressée"
)


@lru_cache(maxsize=1)
def tesseract_langs() -> frozenset[str]:
    """The language data Tesseract has installed (empty without Tesseract; cached): asked
    once, for the page language and the orientation data alike."""
    exe = shutil.which("tesseract")
    if exe is None:
        return frozenset()
    try:
        out = subprocess.run(
            [exe, "--list-langs"], capture_output=True, text=True, timeout=20, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return frozenset()
    return frozenset(ln.strip() for ln in (out.stdout + "\n" + out.stderr).splitlines())


def osd_available() -> bool:
    """Tesseract's orientation data (``osd``) is installed."""
    return "osd" in tesseract_langs()


def _reduced(image: Any, points_per_px: float, dpi: int) -> tuple[Any, float]:
    """A grey copy of ``image`` at about ``dpi`` (never enlarged); its points per pixel."""
    from PIL import Image

    grey = image.convert("L")
    factor = max(1.0, (72.0 / points_per_px) / dpi)
    if factor == 1.0:
        return grey, points_per_px
    size = (max(1, round(grey.width / factor)), max(1, round(grey.height / factor)))
    return grey.resize(size, Image.BILINEAR), points_per_px * factor


def osd_turn(image: Any, points_per_px: float, timeout: float = 30.0) -> tuple[int, float] | None:
    """Tesseract's orientation of the page: (clockwise turn that puts it upright, 0/90/180/
    270; confidence), ``None`` when it cannot tell (no ``osd`` data, too little text)."""
    exe = shutil.which("tesseract")
    if exe is None or not osd_available():
        return None
    small, ppp = _reduced(image, points_per_px, _OSD_DPI)
    png = io.BytesIO()
    small.save(png, format="PNG")
    try:
        proc = subprocess.run(
            [exe, "stdin", "stdout", "--psm", "0", "--dpi", str(round(72.0 / ppp))],
            input=png.getvalue(),
            capture_output=True,
            timeout=timeout,
            check=False,
            env={"OMP_THREAD_LIMIT": "1", **os.environ},
        )
    except (OSError, subprocess.SubprocessError):
        return None
    text = proc.stdout.decode("utf-8", "replace")
    rotate = re.search(r"Rotate:\s*(\d+)", text)
    conf = re.search(r"Orientation confidence:\s*([\d.]+)", text)
    if proc.returncode != 0 or rotate is None or conf is None:
        return None
    return int(rotate.group(1)) % 360, float(conf.group(1))


def lines_run_level(image: Any) -> bool:
    """The page's ink clearly runs in level rows (text lines the right way or upside down):
    on a copy reduced until letters blur into their lines, the row profile of the ink is far
    sharper than the column profile. Long straight rules (a table's grid) are left out of
    both: they say nothing of the text's direction."""
    import numpy as np
    from PIL import Image

    grey = image.convert("L")
    factor = max(1.0, max(grey.size) / _PROFILE_SIDE)
    small = grey.resize((int(grey.width / factor), int(grey.height / factor)), Image.BOX)
    page = np.asarray(small, dtype=np.float64)
    ink = np.clip(np.percentile(page, 90) - page, 0.0, None)
    marked = ink > 40
    rows = ink[~(marked.sum(axis=1) > 0.3 * ink.shape[1])].sum(axis=1)
    cols = ink[:, ~(marked.sum(axis=0) > 0.3 * ink.shape[0])].sum(axis=0)

    def sharpness(profile: Any) -> float:
        return float(np.square(np.diff(profile)).sum()) / max(1.0, float(np.square(profile).sum()))

    return sharpness(rows) > _LEVEL_RATIO * sharpness(cols)


def page_turn(
    image: Any, points_per_px: float, read_confidence: Any = None
) -> tuple[int, str | None]:
    """Clockwise turn (0, 90, 180, 270) that puts the page upright (see the module
    docstring), and a French note when it was guessed without Tesseract's ``osd`` data.
    ``read_confidence(image, points_per_px) -> float`` (mean word confidence) chooses the
    turn then."""
    level = lines_run_level(image)
    if level and _letters_upright(image, points_per_px):
        return 0, None  # no turn to ask Tesseract about (its detection costs ~1.5 s a page)
    told = osd_turn(image, points_per_px)
    if told is not None:
        turn, conf = told
        if turn in (90, 270) and not level and conf >= _QUARTER_CONF:
            return turn, None
        if turn == 180 and conf >= _HALF_CONF:
            return 180, None
        if turn in (90, 270) and not level and read_confidence is not None:
            return _surer_turn(image, points_per_px, turn, read_confidence), None
        return 0, None
    if level or osd_available() or read_confidence is None:
        return 0, None
    small, ppp = _reduced(image, points_per_px, _OSD_DPI)
    scores = {turn: float(read_confidence(turned(small, turn), ppp)) for turn in (0, 90, 270)}
    best = max(scores, key=lambda t: (scores[t], t == 0))
    return best, NO_OSD_NOTE if best else None


def _surer_turn(image: Any, points_per_px: float, turn: int, read_confidence: Any) -> int:
    """``turn`` when the page reads clearly surer turned so than as it is, else 0.

    Tesseract's orientation cue weighs its text lines: a landscape page whose table ran on
    over the page break (its header row and one row's last lines) or a table of short cells
    gives it little to weigh, and it tells the right quarter turn at a confidence of 0.5-1
    (a sure page scores 10-17). Whether the lines run level says nothing either (a table's
    columns of short cells). Read on a reduced copy both ways, such a page turned reads at
    ~94 % against 15-30 % as it is; an upright page reads the other way round."""
    small, ppp = _reduced(image, points_per_px, _OSD_DPI)
    as_is = float(read_confidence(small, ppp))
    other = float(read_confidence(turned(small, turn), ppp))
    return turn if other >= as_is + _SURER_READING else 0


def turned(image: Any, clockwise: int) -> Any:
    """``image`` turned ``clockwise`` degrees (a multiple of 90), exactly."""
    from PIL import Image

    turns = {
        90: Image.Transpose.ROTATE_270,  # PIL's transposes turn counter-clockwise
        180: Image.Transpose.ROTATE_180,
        270: Image.Transpose.ROTATE_90,
    }
    return image if clockwise % 360 == 0 else image.transpose(turns[clockwise % 360])


_STRIP_MM = 40.0  # the page is looked at in upright strips this wide (a table's columns)
_RULE_MM = 12.0  # ink running straight this long is a rule, not a letter
_LINE_MM = (1.2, 7.0)  # a text line's height (ascender to descender) on a page read upright
_UPRIGHT_SCORE = 0.3  # ascenders outweigh descenders this much: the page reads upright
_MIN_LINES = 12  # text lines needed before the letters' shape is trusted


def ascender_balance(image: Any, points_per_px: float) -> tuple[float, int]:
    """(balance, lines): on each text line of the page, the ink above its letters' core band
    against the ink under it, over the whole page: near +1 when ascenders and capitals stand
    above the lines (Latin type upright: b, d, f, h, l, t, capitals, accents outnumber g, j,
    p, q, y), near -1 upside down; ``lines`` how many pieces of text lines were weighed (each
    line once in each 40 mm strip of the page it crosses). Rules (straight runs) are left
    out."""
    import numpy as np
    from scipy import ndimage

    small, ppp = _reduced(image, points_per_px, _OSD_DPI)
    page = np.asarray(small, dtype=np.float32)
    paper = float(np.percentile(page, 90))
    dark = float(np.percentile(page, 0.5))
    if paper - dark < 40:
        return 0.0, 0
    ink = page < (paper + dark) / 2
    mm = 25.4 / 72.0 * ppp  # millimetres per pixel of the copy
    run = max(3, round(_RULE_MM / mm))
    for axis in (0, 1):
        straight = ndimage.uniform_filter1d(ink.astype(np.float32), run, axis=axis) > 0.999
        ink &= ~ndimage.maximum_filter1d(straight, run, axis=axis)
    low, high = (round(v / mm) for v in _LINE_MM)
    step = max(8, round(_STRIP_MM / mm))
    above = below = 0.0
    lines = 0
    for x in range(0, ink.shape[1], step):
        profile = ink[:, x : x + step].sum(axis=1).astype(np.float64)
        rows = np.flatnonzero(profile > 0)
        if rows.size == 0:
            continue
        breaks = np.flatnonzero(np.diff(rows) > 1)
        for start, end in zip(
            np.concatenate(([rows[0]], rows[breaks + 1])),
            np.concatenate((rows[breaks], [rows[-1]])),
            strict=True,
        ):
            band = profile[start : end + 1]
            if not low <= band.size <= high or band.sum() < 3 * band.size:
                continue
            core = np.flatnonzero(band >= 0.5 * band.max())
            above += float(band[: core[0]].sum())
            below += float(band[core[-1] + 1 :].sum())
            lines += 1
    if above + below <= 0:
        return 0.0, lines
    return (above - below) / (above + below), lines


def _letters_upright(image: Any, points_per_px: float) -> bool:
    """A page whose lines run level has its letters upright (ascenders over descenders on
    many lines), not upside down: no turn to ask Tesseract's orientation detection about."""
    balance, lines = ascender_balance(image, points_per_px)
    return lines >= _MIN_LINES and balance >= _UPRIGHT_SCORE
