"""Steps-table header labels misread by Tesseract, put back from the header line they sit in.

A header is found by its labels (:func:`sources.pdf.columns.column_key`), so one label misread
loses its whole column: on a photocopy with spread toner « Descriptif » comes out
« Desciiptit », « Porteur » « Porteui », « Ressources » « Resources » — the description, the
owner or the budget of every row is then read into the column beside it or dropped. A word a
letter or two away from a one-word label (six letters or more) is that label when it stands
in a header band: its own line and the lines just over and under it hold at least two exact
labels of two other columns. Body text near a header names no two columns, and a near miss
counted only there keeps any other word as read.

Words as :func:`sources.ocr.hocr_words` gives them (boxes in PDF points); scans only.
"""

from __future__ import annotations

from typing import Any

from sources.pdf.columns import COLUMN_SYNONYMS, column_key
from sources.values import fold

_MIN_LETTERS = 6  # shorter labels (« Etape », « Cout ») are too near ordinary words
_OTHER_LABELS = 2  # exact labels of other columns the band must hold
_BAND_LINES = 1.6  # the band: words whose middles are within this many line heights
_PREFIX_LETTERS = 8  # a word this long may be a misread start of a longer label


def _one_word_labels() -> dict[str, str]:
    return {
        syn: key
        for key, synonyms in COLUMN_SYNONYMS.items()
        for syn in synonyms
        if " " not in syn and len(syn) >= _MIN_LETTERS
    }


_LABELS = _one_word_labels()


def _allowed(length: int) -> int:
    """Letters that may be misread in a label of ``length`` letters."""
    return 1 if length < 9 else 2


def _is_french_word(text: str) -> bool:
    """Whether ``text`` is a word of the French word list, as printed or lower-cased."""
    from sources.pdf.cells import french_words

    words = french_words()
    bare = text.strip(".,;:!?()«»\"'")
    return bare in words or bare.lower() in words


def nearest_label(text: str) -> tuple[str, str] | None:
    """(label, column key) of the one-word label ``text`` is a near miss of (not an exact
    label: :func:`column_key` names no column for it), or None when none is near or two
    columns' labels are as near."""
    from sources.ocr_repair import _edits

    folded = fold(text) or ""
    if len(folded) < _MIN_LETTERS - 1 or not folded.isalpha() or column_key(text) is not None:
        return None
    if _is_french_word(text):  # « Porter » one letter from « Porteur » is a verb, not a misread
        return None
    best: dict[str, tuple[int, str]] = {}
    for label, key in _LABELS.items():
        d = _edits(folded, label) if abs(len(label) - len(folded)) <= _allowed(len(label)) else 99
        if d > _allowed(len(label)):
            d = 99
        if _PREFIX_LETTERS <= len(folded) < len(label):
            # the label's start, broken in a narrow cell (« Planificatio » over « n »)
            start = _edits(folded, label[: len(folded)])
            d = min(d, start if start <= _allowed(len(folded)) else 99)
        if d < 99 and (key not in best or d < best[key][0]):
            best[key] = (d, label)
    if not best:
        return None
    ranked = sorted((d, label, key) for key, (d, label) in best.items())
    if len(ranked) > 1 and ranked[1][0] == ranked[0][0]:
        return None
    return ranked[0][1], ranked[0][2]


def repaired_header_labels(words: list[dict[str, Any]]) -> int:
    """Near-miss labels in a header band rewritten to their label, in place (the case of the
    first letter kept: « Porteui » → « Porteur »). Returns how many were changed."""
    exact = [(w, column_key(w["text"])) for w in words]
    exact = [(w, k) for w, k in exact if k is not None]
    if len(exact) < _OTHER_LABELS:
        return 0
    changed = 0
    for word in words:
        near = nearest_label(word["text"])
        if near is None:
            continue
        height = word["bottom"] - word["top"]
        middle = (word["top"] + word["bottom"]) / 2
        others = {
            k
            for w, k in exact
            if k != near[1] and abs((w["top"] + w["bottom"]) / 2 - middle) <= _BAND_LINES * height
        }
        if len(others) < _OTHER_LABELS:
            continue
        label = near[0]
        word["text"] = (label[:1].upper() if word["text"][:1].isupper() else label[:1]) + label[1:]
        changed += 1
    return changed
