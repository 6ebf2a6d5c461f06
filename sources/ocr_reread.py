"""Second reading of the lines Tesseract garbled: a table header whose cells hold two lines
(« Ressources à / mobiliser », « Partenaires / envisagés ») beside cells of one line.

Tesseract's page layout (``--psm 3``) makes one text line of the whole header row: the
stacked words sit above and below that line's baseline and come out as fragments read with
almost no confidence (« Ress » 0 %, « Parg » 0 %, « DATES » 1 % for « Partenaires »). Then the
table reader finds no « Partenaires » column, takes « DATES » for a planning column and the
whole table of the fiche is shifted. Read alone in *sparse text* mode (``--psm 11``: every
fragment of text is its own line, no block layout assumed), the same band gives every header
word right at 90 %+.

So, on the page's hOCR: a line holding a word of two or more letters or digits read under
:data:`GARBLED_CONF` is suspect; its band (with every line overlapping it vertically) is cropped
with a margin and read again in sparse mode; the new lines replace the old ones when they hold
fewer such garbled words and their mean confidence (weighted by length) is higher. Words of the margin (lines cut by the crop) are not
taken. Only suspect bands are read again (one or two a page, ~1-2 s each): the whole page in
sparse mode would lose the paragraph order of long cells.

A line holding only a short number read under :data:`DOUBTFUL_CODE_CONF` (an objective code
« 1.3 » printed alone, read « 23 » at 55 %) is read again too, with a margin of its own height
(a tighter crop reads « 13 »); the new reading is taken when it is surer. Lines of the crop's
margin already read elsewhere on the page are never taken twice.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

GARBLED_CONF = 40.0  # a word read under this (with ≥ 2 letters/digits) makes its line suspect
# a line holding only a short number (an objective code « 1.3 » printed alone) read under this
# is suspect too: with no context around it Tesseract's page reading guesses (« 23 » at 55 %)
DOUBTFUL_CODE_CONF = 75.0
_SHORT_NUMBER_RE = re.compile(r"[\d.,]{1,5}")
REREAD_PSM = 11  # sparse text: each text fragment its own line
_MAX_BANDS = 6  # per page: a page of noise is not read again line by line

_LINE_CLASSES = ("ocr_line", "ocr_header", "ocr_caption", "ocr_textfloat")
_BBOX_RE = re.compile(r"bbox\s+(-?\d+)\s+(-?\d+)\s+(-?\d+)\s+(-?\d+)")
_WCONF_RE = re.compile(r"x_wconf\s+(-?[\d.]+)")


@dataclass
class _Line:
    node: Any
    parent: Any
    box: tuple[int, int, int, int]  # x0, top, x1, bottom (pixels)
    words: list[tuple[str, float]] = field(default_factory=list)

    @property
    def garbled(self) -> int:
        """Words of two or more letters or digits read with little confidence."""
        return sum(
            conf < GARBLED_CONF and sum(c.isalnum() for c in text) >= 2 for text, conf in self.words
        )

    @property
    def doubtful(self) -> bool:
        """A line of one short number read with middling confidence."""
        texts = [(t, c) for t, c in self.words if t.strip()]
        return (
            len(texts) == 1
            and bool(_SHORT_NUMBER_RE.fullmatch(texts[0][0]))
            and texts[0][1] < DOUBTFUL_CODE_CONF
        )


def _lines(root: Any) -> list[_Line]:
    parents = {child: node for node in root.iter() for child in node}
    out = []
    for node in root.iter():
        if node.get("class") not in _LINE_CLASSES:
            continue
        box = _BBOX_RE.search(node.get("title") or "")
        if box is None:
            continue
        words = []
        for child in node.iter():
            if child.get("class") == "ocrx_word":
                conf = _WCONF_RE.search(child.get("title") or "")
                text = " ".join("".join(child.itertext()).split())
                words.append((text, float(conf.group(1)) if conf else 0.0))
        x0, top, x1, bottom = (int(v) for v in box.groups())
        out.append(_Line(node, parents.get(node), (x0, top, x1, bottom), words))
    return out


def _mean_conf(lines: list[_Line]) -> float:
    weights = [(max(1, len(t)), c) for line in lines for t, c in line.words if t.strip()]
    total = sum(w for w, _ in weights)
    return sum(w * c for w, c in weights) / total if total else 0.0


def _bands(lines: list[_Line]) -> list[list[_Line]]:
    """Groups of lines to read again: each suspect line with every line overlapping it
    vertically (by a third of the smaller height), transitively."""
    bands: list[list[_Line]] = []
    taken: set[int] = set()
    for i, line in enumerate(lines):
        if i in taken or not (line.garbled or line.doubtful):
            continue
        group, top, bottom = {i}, line.box[1], line.box[3]
        grew = True
        while grew:
            grew = False
            for j, other in enumerate(lines):
                if j in group or j in taken:
                    continue
                overlap = min(bottom, other.box[3]) - max(top, other.box[1])
                if overlap > (min(bottom - top, other.box[3] - other.box[1])) / 3:
                    group.add(j)
                    top, bottom = min(top, other.box[1]), max(bottom, other.box[3])
                    grew = True
        taken |= group
        bands.append([lines[j] for j in sorted(group)])
    return bands


def _read_already(line: _Line, box: tuple[int, int, int, int], other: _Line) -> bool:
    """``line`` (page box ``box``) is ``other`` read again: same place, and its words are
    among other's (a big line box of the first reading may hold other text too)."""
    if not _same_place(box, other.box):
        return False
    known = {t.strip() for t, _ in other.words}
    return all(t.strip() in known for t, _ in line.words if t.strip())


def _same_place(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> bool:
    """Two line boxes over the same text: they overlap by half the smaller one each way."""
    dx = min(a[2], b[2]) - max(a[0], b[0])
    dy = min(a[3], b[3]) - max(a[1], b[1])
    return dx > 0.5 * min(a[2] - a[0], b[2] - b[0]) and dy > 0.5 * min(a[3] - a[1], b[3] - b[1])


def _without_specks(lines: list[_Line]) -> list[_Line]:
    """Lines of the sparse reading minus specks: in sparse mode an accent or a dot apart from
    its letter (the grave of « à ») is read as a one-character line of its own (« x »), much
    lower than the text lines around it."""
    heights = sorted(line.box[3] - line.box[1] for line in lines)
    if not heights:
        return lines
    usual = heights[len(heights) // 2]
    return [
        line
        for line in lines
        if not (
            len(line.words) == 1
            and len(line.words[0][0].strip()) <= 1
            and line.box[3] - line.box[1] < 0.7 * usual
        )
    ]


SURE_CONF = 90.0  # a short word read this surely by the page reading is kept


def _word_nodes(node: Any) -> list[tuple[Any, tuple[int, int, int, int], str, float]]:
    """The words of an hOCR subtree: (node, bbox in pixels, text, confidence)."""
    out = []
    for child in node.iter():
        if child.get("class") != "ocrx_word":
            continue
        title = child.get("title") or ""
        box, conf = _BBOX_RE.search(title), _WCONF_RE.search(title)
        if box is None:
            continue
        text = " ".join("".join(child.itertext()).split())
        bbox = (int(box.group(1)), int(box.group(2)), int(box.group(3)), int(box.group(4)))
        out.append((child, bbox, text, float(conf.group(1)) if conf else 0.0))
    return out


def _keep_sure_short_words(band: list[_Line], fresh: list[Any]) -> int:
    """Short words (one or two characters) of the replaced lines read surely, where the new
    reading has no word or only short garbled ones (under :data:`GARBLED_CONF`): put into the
    new line they sit on, in their place, instead of the garbled ones. The sparse reading read
    the « : » of « communes : expliciter » « Ÿ » at 0 % (then dropped as noise) where the page
    reading had read it at 92 %. Returns how many were kept."""
    import copy

    new_words = [w for node in fresh for w in _word_nodes(node)]
    kept = 0
    for line in band:
        for node, box, text, conf in _word_nodes(line.node):
            if conf < SURE_CONF or not 0 < len(text) <= 2:
                continue
            over = [w for w in new_words if _overlap(box, w[1])]
            if any(c >= GARBLED_CONF or len(t) > 2 for _, _, t, c in over):
                continue  # read again there, as surely: the new reading's
            height = box[3] - box[1]
            target, best = None, 0.5 * height
            for line_node in fresh:
                line_box = _BBOX_RE.search(line_node.get("title") or "")
                if line_box is None:
                    continue
                _, ltop, _, lbottom = (int(v) for v in line_box.groups())
                shared = min(box[3], lbottom) - max(box[1], ltop)
                if shared > best:
                    target, best = line_node, shared
            if target is None:
                continue
            # Tesseract's line holds its words as children, left to right
            place = next(
                (i for i, child in enumerate(target) if _left(child) > box[0]), len(target)
            )
            target.insert(place, copy.deepcopy(node))
            for unsure, *_ in over:  # « Ÿ » at 0 % where « : » was read at 92 %
                for parent in fresh:
                    for holder in parent.iter():
                        if unsure in list(holder):
                            holder.remove(unsure)
            kept += 1
    return kept


def _left(node: Any) -> int:
    box = _BBOX_RE.search(node.get("title") or "")
    return int(box.group(1)) if box else -1


def _overlap(a: tuple[int, ...], b: tuple[int, ...]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _shift(node: Any, dx: int, dy: int) -> None:
    """Move every bbox of an hOCR subtree by (dx, dy) pixels (baselines are relative)."""
    for child in node.iter():
        title = child.get("title")
        if not title:
            continue
        box = _BBOX_RE.search(title)
        if box is None:
            continue
        x0, y0, x1, y1 = (int(v) for v in box.groups())
        moved = f"bbox {x0 + dx} {y0 + dy} {x1 + dx} {y1 + dy}"
        child.set("title", title[: box.start()] + moved + title[box.end() :])


def _better_lines(
    band: list[_Line],
    kept: list[_Line],
    new_root: Any,
    origin: tuple[int, int],
    span: tuple[int, int],
) -> list[_Line] | None:
    """The lines of a second reading of ``band`` (crop at ``origin``) when it reads the band
    better: fewer garbled words (or as few, none) and a higher mean confidence; else ``None``."""
    cx0, cy0 = origin
    top, bottom = span
    fresh = []
    for line in _lines(new_root):
        centre = cy0 + (line.box[1] + line.box[3]) / 2
        box = (line.box[0] + cx0, line.box[1] + cy0, line.box[2] + cx0, line.box[3] + cy0)
        if (
            top <= centre <= bottom
            and any(t.strip() for t, _ in line.words)
            and not any(_read_already(line, box, other) for other in kept)
        ):  # a line outside the band, read again in its margin, is not taken twice
            fresh.append(line)
    fresh = _without_specks(fresh)
    before, after = sum(ln.garbled for ln in band), sum(ln.garbled for ln in fresh)
    if (
        not fresh
        or after > before
        or (after == before and before > 0)  # garbled: fewer garbled words wanted
        or _mean_conf(fresh) <= _mean_conf(band)
    ):
        return None
    return fresh


def reread_garbled_lines(
    image: Any,
    hocr: str,
    read: Callable[[Any, int], str],
    threshold: Callable[[Any], Any] | None = None,
) -> str:
    """The page's hOCR with its suspect bands read again (see the module docstring).

    ``read(crop, psm)`` runs Tesseract on a PIL image and returns its hOCR. ``threshold``
    (a grey page only): the crop thresholded, read when the grey crop of a one-line band did
    not read better.
    """
    from xml.etree import ElementTree as StdElementTree

    from defusedxml import ElementTree

    root = ElementTree.fromstring(hocr.encode("utf-8"))
    lines = _lines(root)
    bands = _bands(lines)[:_MAX_BANDS]
    if not bands:
        return hocr
    page = next((n for n in root.iter() if n.get("class") == "ocr_page"), None)
    if page is None:
        return hocr
    changed = False
    for band in bands:
        x0 = min(line.box[0] for line in band)
        x1 = max(line.box[2] for line in band)
        top = min(line.box[1] for line in band)
        bottom = max(line.box[3] for line in band)
        margin = max(4, (bottom - top) // 3)
        if not any(line.garbled for line in band):  # a short number alone: Tesseract reads it
            margin = bottom - top  # right only with paper around it (« 13 » → « 1.3 »)
        cx0, cy0 = max(0, x0 - margin), max(0, top - margin)
        cx1, cy1 = min(image.width, x1 + margin), min(image.height, bottom + margin)
        crop = image.crop((cx0, cy0, cx1, cy1))
        kept = [line for line in lines if all(line is not b for b in band)]
        fresh: list[_Line] | None = None
        # thresholded: a band of one line only (a code, a title); a band of stacked lines (a
        # header row's two-line labels) read thresholded came out as lines of its own, which
        # no longer made one header row
        alone = threshold is not None and len(band) == 1
        for thresholded in (False, True) if alone else (False,):
            try:
                source = threshold(crop) if thresholded and threshold is not None else crop
                new_root = ElementTree.fromstring(read(source, REREAD_PSM).encode("utf-8"))
            except Exception:  # noqa: BLE001 - a failed second reading keeps the first one
                continue
            fresh = _better_lines(band, kept, new_root, (cx0, cy0), (top, bottom))
            if fresh is not None:
                break
        if fresh is None:
            continue  # not read better: the first reading stays
        for line in band:
            if line.parent is not None:
                line.parent.remove(line.node)
        for line in fresh:
            _shift(line.node, cx0, cy0)
            page.append(line.node)
        _keep_sure_short_words(band, [line.node for line in fresh])
        changed = True
    if not changed:
        return hocr
    return StdElementTree.tostring(root, encoding="unicode")
