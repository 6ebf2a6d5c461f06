"""The STATISTICIANS' NIL SIGN: « - » printed for a result of zero, the convention stated on the
slide (« Signe conventionnel utilisé : - Résultat nul », INSEE's usage). Read as text, a dash
is no number: the row's « 0 % » would be missing, the row read short.

On a page that states the convention (a dash followed by « résultat nul », « néant » or
« zéro »), a word that is a lone dash on a line holding two numbers or more (a table's row) is
read as « 0 ». A page stating nothing keeps its dashes: a dash may mean « not available ».
"""

from __future__ import annotations

import re
from dataclasses import replace

from sources.cot.pages import _Page, _Word, with_words
from sources.values import parse_french_number

_DASHES = frozenset("-–—")
_CONVENTION_RE = re.compile(
    r"(?:^|\s)[-–—]\s*:?\s*(?:r[ée]sultat\s+nul|n[ée]ant|z[ée]ro|valeur\s+nulle)\b", re.I
)


def _states_convention(page: _Page) -> bool:
    return bool(_CONVENTION_RE.search(" ".join(w.text for w in page.words)))


def with_nil_zeros(page: _Page) -> _Page:
    """``page`` with its nil signs read as « 0 » when it states the convention (see module)."""
    if not any(w.text in _DASHES for w in page.words) or not _states_convention(page):
        return page
    changed: dict[int, _Word] = {}
    for line in page.lines:
        numbers = sum(1 for w in line if parse_french_number(w.text) is not None)
        if numbers < 2:
            continue
        for word in line:
            if word.text in _DASHES:
                changed[id(word)] = replace(word, text="0")
    return with_words(page, changed)
