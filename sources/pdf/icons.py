"""Icon glyphs printed before labels (a site's icon font, a style sheet's ``::before``, an
emoji typed before a heading): « ⚑ Etape », « ℹ Contexte », « ⚙ Modalités de mise en
oeuvre ». The icon is no part of the label it precedes: labels are matched without it.

An icon is a pictographic character — a symbol (Unicode categories So and Sm, outside ASCII
and Latin-1, whose « ° », « © », « + » belong to ordinary text), an emoji, or a private-use
glyph (icon fonts such as Font Awesome map their pictograms there) — with the variation
selectors and joiners that shape emoji sequences. « ℹ » (INFORMATION SOURCE) is filed as a
letter though it is an emoji: it is named here, or folding would read it as an « i ».
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

_JOINERS = frozenset("\u200d\ufe0e\ufe0f\u20e3")  # zero-width joiner, variation selectors, keycap
_LETTER_EMOJI = frozenset("\u2139\u24c2")  # ℹ (category Ll), Ⓜ (So, but kept explicit)


@lru_cache(maxsize=4096)
def is_icon_char(char: str) -> bool:
    """``char`` is a pictographic glyph (or a joiner inside an emoji sequence)."""
    if char in _JOINERS or char in _LETTER_EMOJI:
        return True
    code = ord(char)
    category = unicodedata.category(char)
    if category == "Co":  # private use: an icon font's pictogram
        return True
    if code >= 0x1F000:  # emoji and pictograph planes
        return category.startswith("S")
    return code >= 0x2000 and category in ("So", "Sm")


def is_icon(text: str) -> bool:
    """``text`` (a word) is made of icon glyphs only."""
    stripped = text.strip()
    return bool(stripped) and all(is_icon_char(c) for c in stripped)


def icon_prefix(text: str) -> int:
    """Length of the icons (and the blanks after them) opening ``text``; 0 when it opens
    with none. « ⚑Etape » (no space written between icon and label) → 1."""
    index = 0
    while index < len(text) and (text[index].isspace() or is_icon_char(text[index])):
        index += 1
    return index if any(is_icon_char(c) for c in text[:index]) else 0


def without_icons(text: str) -> str:
    """``text`` without the icon glyphs opening it (« ◷ Planification » → « Planification »)."""
    cut = icon_prefix(text)
    return text[cut:].lstrip() if cut else text
