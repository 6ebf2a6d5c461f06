"""A label printed with its translation: « Contexte / Contèxte », « Testuingurua / Contexte ».

Bilingual templates (a region's second language, an international programme's English) set
every label as TWO labels joined by a spaced slash or dash, the translation on either side:
the first language first in one theme, last in another. The template's vocabulary knows one
side; the other is a translation of it. When exactly one side is a known label, and the
other reads as a label (a capital first, no digit, a few words), the whole is that label.
Both sides known as the same label (« Contexte / Contèxte », the translation spelt alike
once accents are gone) is that label; as two different ones (« Calendrier / Budget ») it
names two things and none of them alone, and is left as it is; so is a value (« Élus / techniciens »: no side known).
"""

from __future__ import annotations

import re
from collections.abc import Callable

# one slash or dash with a space on each side: the join of a label and its translation
# (« Contexte / Contèxte »); a slash between words (« et/ou ») or a hyphen inside a word
# (« Sous-action ») is none
_JOIN_RE = re.compile(r"\s+[/–—-]\s+")
# a line ENDING with the join (« IEEaren kontuan hartzea / »): the label's other half
# follows on the next line
_OPEN_JOIN_RE = re.compile(r"\s[/–—-]\s*$")
_MAX_WORDS = 8  # a translated label is a label: a few words, not a sentence


def _label_like(text: str) -> bool:
    """``text`` could be a label: a capital first, no digit, a few words, no sentence end."""
    return (
        text[:1].isupper()
        and not any(c.isdigit() for c in text)
        and len(text.split()) <= _MAX_WORDS
        and not text.rstrip().endswith((".", ";", ","))
    )


def known_side(text: str, known: Callable[[str], object]) -> str | None:
    """The side of ``text`` (two labels joined by a spaced « / » or dash) that ``known``
    accepts (returns a truthy value for) when exactly one side does and the other reads as a
    label, or both give the same value; else None (no join or more than one, neither side
    known, or two different labels)."""
    parts = _JOIN_RE.split(text.strip())
    if len(parts) != 2:
        return None
    left, right = (p.strip() for p in parts)
    if not left or not right:
        return None
    left_key, right_key = known(left), known(right)
    if left_key and right_key:
        # the translation spelt like the label once its accents are gone (« Contexte /
        # Contèxte »): one label; two different labels (« Calendrier / Budget ») are not
        return left if left_key == right_key else None
    if not left_key and not right_key:
        return None
    label, other = (left, right) if left_key else (right, left)
    return label if _label_like(other) else None


def open_join(text: str) -> bool:
    """``text`` ends with a spaced « / » or dash: the first half of a label and its
    translation, the other half on the next line (a label cell too narrow for both)."""
    return bool(_OPEN_JOIN_RE.search(text))
