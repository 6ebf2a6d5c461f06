"""Scissors printed on a cut line (« ✂ - - - - »), page furniture that is no text.

A coupon-réponse, a tear-off slip or a « découpez ici » box puts a scissors glyph on its
dashed border. Where the border runs just above or beside a cell, the glyph is read into the
cell's text (« … mutualisés émergents ✂ »). The scissors characters (U+2700 to U+2704:
« ✀ ✁ ✂ ✃ ✄ ») never hold a value: they are set aside before the page is read, both
engines alike. Other dingbats (« ✓ », « ✔ », « ✗ ») can be a table's answers and stay.
"""

from __future__ import annotations

from typing import Any

from sources.pdf.watermark import without_chars_found

SCISSORS = frozenset("\u2700\u2701\u2702\u2703\u2704")


def cut_marks(chars: list[dict[str, Any]]) -> list[int]:
    """Indexes of the scissors characters in ``chars``."""
    return [i for i, c in enumerate(chars) if c.get("text") in SCISSORS]


def without_cut_marks(page: Any) -> Any:
    """``page`` without its scissors glyphs (the page itself when it has none)."""
    return without_chars_found(page, cut_marks)
