"""A town's WordPress page whose TYPOGRAPHY PLUG-IN puts SOFT HYPHENS in every long word and
whose theme JUSTIFIES the text (hundred-and-first held-out set, ``plan_html_justifie``),
printed from the browser.

The seed flows as ``plan_html_inlabel``'s page (the fields a ``table.kv``, each steps table
a ``table.etapes``), plus ``p, td, th, li { text-align: justify; }``; in every text of the
body each word of :data:`MIN_WORD` letters or more carries a soft hyphen (U+00AD) at each
syllable point of :func:`syllable_points` (a simple French rule), so Chromium cuts a word
there with a printed hyphen where a line is full. Only the layout comes from here: every
value is the seed's.
"""

from __future__ import annotations

import re

from tests.generators.plan_html import _flowing_page, _kv_fields
from tests.generators.site_body import ETAPES_PAGE_CSS, etapes_table

SHY = "\u00ad"
MIN_WORD = 7
MIN_BEFORE = 2  # letters before the first point
MIN_AFTER = 3  # letters after the last point
VOWELS = set("aeiouyàâäéèêëîïôöùûüÿœæ")
PAIRS = {"bl", "br", "cl", "cr", "dr", "fl", "fr", "gl", "gr", "pl", "pr", "tr", "vr", "ch"}
PAIRS |= {"ph", "th", "gn", "qu"}
_WORD = re.compile(r"[^\W\d_]+")

_CSS = (
    ETAPES_PAGE_CSS
    + """\
p, td, th, li { text-align: justify; }
"""
)


def syllable_points(word: str) -> list[int]:
    """The indexes before which ``word`` may be cut: before a single consonant between two
    vowels, between two consonants between vowels (before an inseparable pair of
    :data:`PAIRS`), before the last of three or more; never between two vowels, nor fewer
    than :data:`MIN_BEFORE` letters before or :data:`MIN_AFTER` after."""
    low = word.lower()
    vowel = [ch in VOWELS for ch in low]
    points = []
    i = 0
    while i < len(low):
        if not vowel[i]:
            i += 1
            continue
        j = i + 1  # the consonants after the vowel at i
        while j < len(low) and not vowel[j]:
            j += 1
        if j >= len(low):  # no vowel after them: the word's end
            break
        run = j - (i + 1)
        if run == 1:
            points.append(i + 1)
        elif run >= 2:
            pair = low[j - 2 : j]
            points.append(j - 2 if pair in PAIRS else j - 1)
        i = j
    return [p for p in points if MIN_BEFORE <= p <= len(word) - MIN_AFTER]


def hyphenate(word: str) -> str:
    """``word`` with a soft hyphen at each of its syllable points, if it is long enough and
    holds no capital after its first letter."""
    if len(word) < MIN_WORD or any(ch.isupper() for ch in word[1:]):
        return word
    out, last = [], 0
    for point in syllable_points(word):
        out.append(word[last:point])
        last = point
    out.append(word[last:])
    return SHY.join(out)


def soft_hyphens(html: str) -> str:
    """The page with :func:`hyphenate` applied to every word of its body's texts (outside
    tags; entities are not words: the page's escaped texts hold ``&amp;``-like runs only
    between ``&`` and ``;``, which are left alone)."""
    head, sep, body = html.partition("<body>")
    parts = re.split(r"(<[^>]*>|&[#\w]+;)", body)
    for k in range(0, len(parts), 2):  # the texts between tags and entities
        parts[k] = _WORD.sub(lambda m: hyphenate(m.group(0)), parts[k])
    return head + sep + "".join(parts)


def plan_html_justifie() -> str:
    """The seed as a justified page whose every long word carries soft hyphens."""
    return soft_hyphens(_flowing_page(_CSS, _kv_fields, etapes_table))
