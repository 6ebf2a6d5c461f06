"""Words → visual lines → segments (runs of words separated by a wide gap: cells, columns).
"""

from __future__ import annotations

import re
from typing import Any

from sources.pdf.content import Line, Segment

_CID_RE = re.compile(r"\(cid:\d+\)")


def _words(page: Any) -> list[dict[str, Any]]:
    """Words with font size/name; unmapped glyphs ``(cid:127)`` (bullets) become ``•``."""
    words = page.extract_words(
        x_tolerance=2,
        y_tolerance=2,
        keep_blank_chars=False,
        use_text_flow=False,
        extra_attrs=["size", "fontname"],
    )
    out = []
    for word in words:
        if "(cid:" in word["text"]:
            text = (
                _CID_RE.sub("•", word["text"])
                if _CID_RE.fullmatch(word["text"])
                else _CID_RE.sub("", word["text"])
            )
            if not text.strip():
                continue
            word = {**word, "text": text}
        out.append(word)
    return out


def _is_bold(word: dict[str, Any]) -> bool:
    name = str(word.get("fontname", "")).lower()
    return any(tag in name for tag in ("bold", "black", "heavy", "semibold", ",b"))


def words_to_lines(words: list[dict[str, Any]], page_no: int) -> list[Line]:
    """Group words into visual lines (shared baseline), then split lines into segments at gaps.

    A gap wider than ~0.8 em separates segments: table cells and label/value columns of
    borderless grids become distinct segments.
    """
    lines: list[Line] = []
    for word in sorted(words, key=lambda w: (round(w["top"], 1), w["x0"])):
        size = float(word.get("size") or 9.0)
        target = None
        for line in reversed(lines[-6:]):
            if abs(line.top - word["top"]) <= max(1.5, 0.3 * size):
                target = line
                break
        if target is None:
            target = Line(
                page_no, word["top"], word["bottom"], word["x0"], word["x1"], size, True, []
            )
            target._words = []  # type: ignore[attr-defined]
            lines.append(target)
        target._words.append(word)  # type: ignore[attr-defined]
    for line in lines:
        ws = sorted(line._words, key=lambda w: w["x0"])  # type: ignore[attr-defined]
        del line._words  # type: ignore[attr-defined]
        sizes = [float(w.get("size") or 9.0) for w in ws]
        line.size = max(set(sizes), key=sizes.count)
        line.top = min(w["top"] for w in ws)
        line.bottom = max(w["bottom"] for w in ws)
        line.x0, line.x1 = ws[0]["x0"], max(w["x1"] for w in ws)
        line.bold = all(_is_bold(w) for w in ws)
        gap = max(5.0, 0.8 * line.size)
        current: list[dict[str, Any]] = [ws[0]]
        for word in ws[1:]:
            if word["x0"] - current[-1]["x1"] > gap:
                line.segments.append(_segment(current))
                current = [word]
            else:
                current.append(word)
        line.segments.append(_segment(current))
    lines.sort(key=lambda ln: (ln.top, ln.x0))
    return lines


def _segment(words: list[dict[str, Any]]) -> Segment:
    return Segment(
        words[0]["x0"],
        max(w["x1"] for w in words),
        " ".join(w["text"] for w in words),
        all(_is_bold(w) for w in words),
        [(float(w["x0"]), float(w["x1"]), str(w["text"])) for w in words],
    )
