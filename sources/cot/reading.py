"""Slide text read block by block (captions, paragraphs, big figures), not line by line."""

from __future__ import annotations

import re
import statistics

from sources.cot.pages import _Block, _Page, _Seg
from sources.cot.slide_panes import slide_panes
from sources.cot.text import _NUM
from sources.values import fold


def _reading_text(page: _Page, used: set[tuple[int, int]] | None = None) -> str:
    """Text of a slide block by block instead of line by line.

    Side-by-side boxes (two cards, a column of bullets beside a score box) share visual
    lines: joining lines would interleave their sentences. Segments are merged into blocks
    (paragraphs, captions, big figures), read top to bottom then left to right; a big figure
    with a short label right under it ("23,3 %" over "Score") is read "Score : 23,3 %".
    Lines of progress tables (``used``) are left out.
    """
    used_tops = {round(page.lines[i][0].top) for p, i in used or () if p == page.no}
    segs = [s for s in page.segments() if round(s.top) not in used_tops]
    if not segs:
        return ""
    centres = [((w.x0 + w.x1) / 2, (w.top + w.bottom) / 2) for w in page.words]
    panes = slide_panes(page.rects, centres, page.width, page.height)
    if panes:  # slides printed several to a sheet: each read on its own, in turn
        texts = []
        for pane in panes:
            mine = [
                s
                for s in segs
                if pane[0] <= (s.x0 + s.x1) / 2 <= pane[2] and pane[1] <= s.top <= pane[3]
            ]
            if mine:
                texts.append(_blocks_text(mine))
        return "\n".join(t for t in texts if t)
    return _blocks_text(segs)


def _blocks_text(segs: list[_Seg]) -> str:
    """The blocks of ``segs`` read top to bottom then left to right (:func:`_reading_text`)."""
    body = statistics.median(s.size for s in segs)
    blocks = sorted(_blocks(segs, body), key=lambda b: (round(b.top), b.x0))
    labels: dict[int, int] = {}  # figure block index -> label block index
    for i, figure in enumerate(blocks):
        if figure.kind != "number":
            continue
        centre = (figure.x0 + figure.x1) / 2
        below = [
            (block.top - figure.bottom, j)
            for j, block in enumerate(blocks)
            if block.kind != "number"
            and j not in labels.values()
            and -0.1 * figure.size <= block.top - figure.bottom <= 0.8 * figure.size
            and block.x0 - figure.size <= centre <= block.x1 + figure.size
            and block.size < figure.size
            and sum(ch.isalpha() for ch in block.text) >= 2
            and len(block.text.split()) <= 6
        ]
        if below:
            labels[i] = min(below)[1]
    taken = set(labels.values())
    parts: list[str] = []
    for i, block in enumerate(blocks):
        if i in taken:
            continue
        parts.append(f"{blocks[labels[i]].text} : {block.text}" if i in labels else block.text)
    return "\n".join(parts)


def _is_caption(seg: _Seg) -> bool:
    text = seg.text
    letters = [ch for ch in text if ch.isalpha()]
    if len(letters) < 3 or any(ch.isdigit() for ch in text):
        return False
    upper = sum(ch.isupper() for ch in letters) / len(letters)
    return upper > 0.9 and "objectif" not in fold(text)


def _is_big_number(seg: _Seg, body: float) -> bool:
    figure = re.fullmatch(rf"[-−+]?\s?(?:{_NUM})\s*%?", seg.text.strip())
    return bool(figure) and seg.size >= 1.4 * body


def _blocks(segs: list[_Seg], body: float) -> list[_Block]:
    """Merge segments into blocks of one kind (caption / text / big number)."""
    blocks: list[_Block] = []
    for seg in sorted(segs, key=lambda s: (s.top, s.x0)):
        kind = (
            "number" if _is_big_number(seg, body) else ("caption" if _is_caption(seg) else "text")
        )
        if kind == "caption" and any(  # "(REGAL)" ending a wrapped label is not a caption
            b.kind == "text"
            and abs(b.segs[-1].size - seg.size) <= 0.05 * seg.size
            and b.segs[-1].bold == seg.bold
            and -0.3 * seg.size <= seg.top - b.segs[-1].bottom <= 0.6 * seg.size
            and abs(seg.x0 - b.segs[0].x0) <= seg.size
            for b in blocks
        ):
            kind = "text"
        if kind != "number":
            best = None
            for block in blocks:
                last = block.segs[-1]
                if block.kind != kind or abs(last.size - seg.size) > 0.2 * seg.size:
                    continue
                gap = seg.top - last.bottom
                if not (-0.3 * seg.size <= gap <= 0.9 * seg.size):
                    continue
                centred = (  # a centred paragraph's wrapped line: same centre, inside it
                    abs((seg.x0 + seg.x1) / 2 - (last.x0 + last.x1) / 2) <= 2 * seg.size
                    and seg.x0 >= last.x0 - 1
                    and seg.x1 <= last.x1 + 1
                )
                flush_right = (  # a right-aligned paragraph's wrapped line (« %. » alone)
                    abs(seg.x1 - last.x1) <= 1
                    and abs(seg.x1 - block.segs[0].x1) <= 1
                    and seg.x0 < last.x1
                )
                if abs(seg.x0 - block.segs[0].x0) > 2 * seg.size and not (
                    seg.x0 < last.x1
                    and seg.x1 > last.x0
                    and (kind == "caption" or centred or flush_right)
                ):
                    continue
                if _starts_item(seg.text):
                    continue
                best = block
            if best is not None:
                best.segs.append(seg)
                continue
        blocks.append(_Block([seg], kind))
    return blocks


def _starts_item(text: str) -> bool:
    return bool(re.match(r"^[•▪●■◦*\-–]\s", text))
