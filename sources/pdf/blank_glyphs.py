"""Blank glyphs between words: where the producer wrote a space.

Tight or condensed text (a character spacing of -0.8 pt in a slide, a theme's
``letter-spacing: -0.03em; word-spacing: -0.08em``) sets its words closer than ordinary
text's letters: two words 0.75 pt apart look like one word's pieces to any rule measuring
gaps. The blank glyph the file prints between them says otherwise, and is looked up here.
"""

from __future__ import annotations

from typing import Any

NO_BREAK_SPACE = "\u00a0"


def mark_spaced(
    raw: list[dict[str, Any]], chars: list[dict[str, Any]], printed: bool = False
) -> None:
    """Mark (``spaced``) the words a blank glyph of the same line ends at or just inside:
    the producer wrote a space there. Condensed text (a character spacing of -0.8 pt) sets
    its words closer than ordinary text's letters, so their gap alone cannot tell them.
    ``printed``: only the blanks the file prints count, not the ones PDFium generates where
    it sees a gap (``generated``, :mod:`sources.pdf.pdfium_chars`). A word whose blank is a
    NO-BREAK SPACE (U+00A0) is also marked ``nobreak`` (:mod:`sources.pdf.nobreak_cuts`)."""
    blanks: dict[int, list[tuple[float, float, float, str]]] = {}
    for c in chars:
        if c["text"].isspace() and c.get("upright", True):
            if printed and c.get("generated"):
                continue
            blanks.setdefault(round(float(c["top"])), []).append(
                (float(c["top"]), float(c["x0"]), float(c["x1"]), c["text"])
            )
    if not blanks:
        return
    for w in raw:
        top, x0 = float(w["top"]), float(w["x0"])
        size = float(w.get("size") or (float(w["bottom"]) - top))
        key = round(top)
        found = [
            text
            for k in (key - 1, key, key + 1)
            for btop, bx0, bx1, text in blanks.get(k, ())
            if abs(btop - top) <= 1.0 and bx0 < x0 and x0 - 1.0 <= bx1 <= x0 + 0.25 * size
        ]
        w["spaced"] = bool(found)
        if found and all(text == NO_BREAK_SPACE for text in found):
            w["nobreak"] = True  # a no-break space: no line could end there
