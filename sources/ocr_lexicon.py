"""OCR words one classic letter confusion away from a French word, read as that word.

Tesseract confuses a few letter shapes on a soft or grainy scan: « rn » and « m »
(« gouvemance »), « rr » and « m » (« temitoire »), « l », « i » and « t » (« Réfiéchir »,
« empioyés », « privitégie »). A step's description that holds one such word is no longer its seed's text, so its row is not exact. A word is rewritten
only when the page gives it no reason to stand: it is no word of the planning domain's French
word list (:func:`sources.pdf.cells.french_words`), it is written in small letters (a first
capital allowed: a sentence's first word), five letters long or more, and EXACTLY ONE of the
words one such confusion away is in the list, seen there twice or more. Names, acronyms
(« GACdG »), numbers, codes and any word the list does not settle are left as read.
"""

from __future__ import annotations

import re
from typing import Any

# (as read, as printed): each applied at one place of the word
_CONFUSIONS = (
    ("m", "rn"),
    ("rn", "m"),
    ("m", "rr"),
    ("i", "l"),
    ("l", "i"),
    ("t", "l"),
    ("l", "t"),
)
# not « r » / « n »: both spellings are French words too often (« manque » / « marque »,
# « Derrière » / « Dernière »), and the word list is the planning domain's, not the language's
_MIN_LETTERS = 5
_MIN_SEEN = 2  # the word list's candidate seen at least this often
_TOKEN_RE = re.compile(r"^([«(\"“]*(?:[a-zA-Z]['’])?)([^\W\d_]+)([.,;:!?)»\"”…]*)$")


def _candidates(word: str) -> set[str]:
    out: set[str] = set()
    for read, printed in _CONFUSIONS:
        start = word.find(read)
        while start >= 0:
            out.add(word[:start] + printed + word[start + len(read) :])
            start = word.find(read, start + 1)
    return out


def lexicon_word(text: str, known: dict[str, int]) -> str | None:
    """``text`` with its one confused letter put right, or None (see the module docstring)."""
    match = _TOKEN_RE.match(text)
    if match is None:
        return None
    before, word, after = match.groups()
    if len(word) < _MIN_LETTERS or not word[1:].islower() or word.casefold() in known:
        return None
    capital = word[0].isupper()
    lower = word[0].lower() + word[1:]
    found = {c for c in _candidates(lower) if known.get(c, 0) >= _MIN_SEEN}
    if len(found) != 1:
        return None
    fixed = found.pop()
    if capital:
        fixed = fixed[0].upper() + fixed[1:]
    return before + fixed + after


def relettered_words(words: list[dict[str, Any]], known: dict[str, int]) -> int:
    """Rewrite, in place, the OCR ``words`` one letter confusion away from a known word;
    returns how many were changed."""
    changed = 0
    for word in words:
        fixed = lexicon_word(word["text"], known)
        if fixed is not None:
            word["text"] = fixed
            changed += 1
    return changed
