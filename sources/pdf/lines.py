"""Words → visual lines → segments (runs of words separated by a wide gap: cells, columns)."""

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
        ws = _join_touching(sorted(line._words, key=lambda w: w["x0"]))  # type: ignore[attr-defined]
        del line._words  # type: ignore[attr-defined]
        sizes = [float(w.get("size") or 9.0) for w in ws]
        line.size = max(set(sizes), key=sizes.count)
        line.top = min(w["top"] for w in ws)
        line.bottom = max(w["bottom"] for w in ws)
        line.x0, line.x1 = ws[0]["x0"], max(w["x1"] for w in ws)
        line.bold = all(_is_bold(w) for w in ws)
        gap = max(5.0, 0.8 * line.size)
        # a label column next to its value: the face changes (italic label, regular value)
        # across a gap wider than any space (~0.28 em) even when the label is set flush
        # against the value column
        style_gap = max(3.5, 0.55 * line.size)
        tab_gap = _tab_gap(ws, line.size)
        current: list[dict[str, Any]] = [ws[0]]
        for word in ws[1:]:
            space = word["x0"] - current[-1]["x1"]
            if (
                space > gap
                or (space > style_gap and _face(word) != _face(current[-1]))
                or (space > tab_gap and _is_bold(current[-1]) and not _is_bold(word))
            ):
                line.segments.append(_segment(current))
                current = [word]
            else:
                current.append(word)
        line.segments.append(_segment(current))
    lines.sort(key=lambda ln: (ln.top, ln.x0))
    return lines


def _tab_gap(ws: list[dict[str, Any]], size: float) -> float:
    """Least gap read as a TAB after a bold run (« **Liens avec les objectifs** ⇥ value »,
    a hanging-indent field whose label runs past the value's indent, its value at the next
    tab stop just beyond): clearly wider than the line's own spaces — 1.3 times their median
    and a third of an em at least —; infinite on a line of fewer than three spaces (no
    measure of its spacing). Justified lines stretch every space alike, so a bold run-in
    word followed by an ordinary space is never cut."""
    spaces = sorted(b["x0"] - a["x1"] for a, b in zip(ws, ws[1:], strict=False))
    spaces = [s for s in spaces if s > 0.1]
    if len(spaces) < 3:
        return float("inf")
    median = spaces[len(spaces) // 2]
    return max(0.33 * size, 1.3 * median)


def _face(word: dict[str, Any]) -> str:
    """Font name without its subset tag (« ABCDEF+ »): the face a word is set in."""
    return str(word.get("fontname", "")).split("+")[-1]


def _join_touching(ws: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Words that touch (no blank between them) are one word: small capitals are set as a
    taller first letter and smaller capitals (« O » + « BJECTIFS »), split into two words by
    their size; a superscript or a change of face inside a word likewise."""
    out: list[dict[str, Any]] = []
    for word in ws:
        if out:
            prev = out[-1]
            size = float(prev.get("size") or 9.0)
            if -0.5 <= word["x0"] - prev["x1"] <= min(1.0, 0.1 * size):
                out[-1] = {
                    **prev,
                    "text": prev["text"] + word["text"],
                    "x1": max(prev["x1"], word["x1"]),
                    "top": min(prev["top"], word["top"]),
                    "bottom": max(prev["bottom"], word["bottom"]),
                }
                continue
        out.append(word)
    return out


def _segment(words: list[dict[str, Any]]) -> Segment:
    return Segment(
        words[0]["x0"],
        max(w["x1"] for w in words),
        " ".join(w["text"] for w in words),
        all(_is_bold(w) for w in words),
        [(float(w["x0"]), float(w["x1"]), str(w["text"])) for w in words],
        next((i for i, w in enumerate(words) if not _is_bold(w)), len(words)),
    )
