"""Letters of OCR words checked against the height of their ink: accents and capitals.

Tesseract's LSTM reads a word in the context of its language model, and on a grey, grainy
scan it sometimes writes a letter the page does not show: « où » (59 %) for a printed « ou »,
« Structurante » or « Sur » in the middle of a sentence for « structurante », « sur ». Both
French spellings exist, so no word list can tell them apart; the ink can. Within one word,
the letters of x-height (« a c e m n o r s u v w x z ») give the height of a small letter:

- an accent rises above it (the grave of « ù » is ink over the x-height, joined to its
  letter's column): an accented small letter whose ink stays under the x-height of its word
  is the plain letter (« où » → « ou »), when Tesseract read the word unsure and the plain
  word is a French word (:func:`sources.pdf.cells.french_words`);
- a capital is taller than it (by a third in any text face): a first letter read as a capital
  of one of the letters whose small form is the same shape smaller (« S », « C », « O »...)
  but whose ink is only x-height tall is the small letter (« Sur » → « sur »).

Each needs one blob of ink per letter (:func:`sources.ocr_repair.word_blobs`: a letter and
its accent are one blob), and x-height letters to measure by (one beside an accent, two after
a capital); anything else leaves the word as read. Proper nouns and acronyms are not touched: a capital of theirs is as tall as capitals.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sources.ocr_repair import Blob

# small letters of x-height with no ascender, descender or dot: the word's x-height
_X_LETTERS = frozenset("acemnorsuvwxz")
# capitals whose small form is the same glyph smaller (the height alone tells them apart)
_SAME_SHAPE = frozenset("CMNOSUVWXZ")
_PLAIN = str.maketrans("àâäéèêëôöùûü", "aaaeeeeoouuu")
UNSURE_CONF = 90.0  # a word read under this may hold an accent its ink does not show
_WORD_RE = re.compile(r"(?P<word>[A-Za-zÀ-ÖØ-öø-ÿ]+)(?P<tail>[.,;:)»]?)")
# small letters whose ink rises over the x-height (ascenders, dots, accents)
_TALL_LETTERS = frozenset("bdfhklijtàâäéèêëîïôöùû")
_CAPITAL_START_RE = re.compile(r"[CMNOSUVWXZ][a-zà-öø-ÿ]{2,}[.,;:)»]?")


def _on_line(blobs: list[Blob]) -> list[Blob]:
    """The word's blobs minus ink wholly under its baseline (an accent or a speck of the next
    line, taken in by a line box reaching down to it)."""
    if not blobs:
        return []
    tall = max(b.height for b in blobs)
    feet = sorted(b.bottom for b in blobs if b.height >= 0.35 * tall)
    base = feet[len(feet) // 2]
    return [b for b in blobs if b.top < base]


def _x_height(letters: str, blobs: list[Blob], skip: int) -> tuple[float, float] | None:
    """(x-height top, baseline) in crop pixels from the word's x-height letters other than
    letter ``skip``; ``None`` with fewer than the needed references or too small a height."""
    pairs = zip(letters, blobs, strict=False)
    refs = [b for i, (c, b) in enumerate(pairs) if i != skip and c in _X_LETTERS]
    if not refs:
        return None
    tops = sorted(b.top for b in refs)
    bottoms = sorted(b.bottom for b in refs)
    top, base = tops[len(tops) // 2], bottoms[len(bottoms) // 2]
    return (top, base) if base - top >= 6 else None


def unseen_accent(word: dict[str, Any], blobs: list[Blob], known: dict[str, int]) -> str | None:
    """The word without the accent its ink does not show (« où » → « ou »), or ``None``.

    Only for a word read under :data:`UNSURE_CONF` with one accented small letter, one blob
    per letter, the letter's ink no higher than its word's x-height (within a tenth of it),
    and the plain spelling a French word of ``known``."""
    match = _WORD_RE.fullmatch(word["text"])
    if match is None or word.get("conf", 100.0) >= UNSURE_CONF:
        return None
    blobs = _on_line(blobs)
    letters = match.group("word")
    accented = [i for i, c in enumerate(letters) if c in "àâäéèêëôöùûü"]
    plain = letters.translate(_PLAIN)
    if len(accented) != 1 or plain.casefold() not in known:
        return None
    if len(blobs) != len(letters) + len(match.group("tail")):
        return None
    index = accented[0]
    x_height = _x_height(letters, blobs, index)
    if x_height is None:
        return None
    top, base = x_height
    blob = blobs[index]
    if blob.top < top - 0.1 * (base - top) or abs(blob.bottom - base) > 0.15 * (base - top):
        return None  # ink over the x-height: the accent is printed
    return plain + match.group("tail")


def _lowest_tops(blobs: list[Blob]) -> tuple[float, float] | None:
    """(x-height top, baseline) in crop pixels from blobs whose letters are not known (letters
    touching on a scan make one blob: « rt »): the baseline is their median foot, the
    x-height the median top of the blobs on it whose top is lowest (within a tenth of the
    height): the small letters, below the ascenders and the capitals. ``None`` under two
    such blobs or too small a height."""
    if not blobs:
        return None
    tall = max(b.height for b in blobs)
    glyphs = [b for b in blobs if b.height >= 0.35 * tall]
    if len(glyphs) < 2:
        return None
    base = sorted(b.bottom for b in glyphs)[len(glyphs) // 2]
    on_line = [b for b in glyphs if abs(b.bottom - base) <= 0.15 * b.height]
    if not on_line:
        return None
    lowest = max(b.top for b in on_line)
    if base - lowest < 6:
        return None
    group = sorted(b.top for b in on_line if b.top >= lowest - 0.1 * (base - lowest))
    return (group[len(group) // 2], base) if len(group) >= 2 else None


def small_initial(word: dict[str, Any], blobs: list[Blob]) -> str | None:
    """The word with a small first letter when its ink is no taller than the word's
    x-height (« Structurante » → « structurante »), or ``None``. Only for a capital whose
    small form is the same shape (:data:`_SAME_SHAPE`), followed by small letters only, two
    of them x-height letters, and the x-height measured on two blobs or more after the first
    (:func:`_lowest_tops`: letters touching on the scan make one blob, never a smaller one)."""
    text = word["text"]
    blobs = _on_line(blobs)
    if not _CAPITAL_START_RE.fullmatch(text) or len(blobs) < 3:
        return None
    if sum(c in _X_LETTERS for c in text[1:]) < 2:
        return None
    x_height = _lowest_tops(blobs[1:])
    if x_height is None:
        return None
    top, base = x_height
    if any(c in _TALL_LETTERS for c in text[1:]) and not any(
        b.top < top - 0.15 * (base - top) for b in blobs[1:]
    ):
        # an ascender or a dot printed after the first letter, yet no ink over the measured
        # « x-height »: the letters touch (a blurred 150 dpi scan), every blob holds a tall
        # letter, and what was measured is the ascenders' height (« Contexte » in 3 blobs)
        return None
    first = blobs[0]
    if abs(first.top - top) > 0.12 * (base - top) or abs(first.bottom - base) > 0.15 * (base - top):
        return None  # taller than the small letters: the capital
    return text[0].lower() + text[1:]


def needs_check(word: dict[str, Any]) -> bool:
    """Is the word one :func:`unseen_accent` or :func:`small_initial` may change? (Its ink is
    only looked at then: accented words are many, and most are read surely.)"""
    text = word["text"]
    return bool(
        _CAPITAL_START_RE.fullmatch(text)
        or (
            word.get("conf", 100.0) < UNSURE_CONF
            and _WORD_RE.fullmatch(text)
            and any(c in "àâäéèêëôöùûü" for c in text)
        )
    )


def capital_accent_unseen(blob: Blob, neighbours_top: float | None) -> bool:
    """Is the ink of a lone accented capital (« À » read at 79 %) no taller than the tallest
    letters of the words beside it (``neighbours_top``, pixel row of their highest glyph on
    the same baseline)? An accent rises a quarter of a capital above them; without it the
    capital is the plain letter (« A terme »). ``None`` neighbours (no ascender or capital
    beside it to measure by): not decided."""
    if neighbours_top is None:
        return False
    return blob.top >= neighbours_top - 0.08 * blob.height
