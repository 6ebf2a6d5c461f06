"""ROW MARKERS TYPED FROM A SYMBOL FONT, PRINTED WITHOUT IT: the deck's author inserted ▼ and
▶ from « Insertion › Symbole », font « Wingdings 3 », which stores them as the letters « q »
and « u »; printed on a workstation without that font, the letters themselves show (« q
Planification territoriale », « 1.1 u Définir … »), and the rows lose their levels.

A table whose row labels nearly all open (after their code, if any) with one such lone letter
— never the first word of a French label — reads those letters as the markers they stand for.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from sources.cot.pages import _CODE_RE

# Wingdings 3's triangles at the letters' code points: ▲ p, ▼ q, ◀ t, ▶ u
_WINGDINGS_3 = {"q": "▼", "u": "▶"}
_SHARE = 0.8  # of a table's rows opening with such a letter
_LEAST = 3  # rows


def _marker_at(words: list[Any]) -> int | None:
    """The index of the row label's lone symbol letter: first, or after the row's code."""
    for k, word in enumerate(words[:2]):
        if word.text in _WINGDINGS_3:
            return k if k == 0 or _CODE_RE.match(words[0].text) else None
        if k == 0 and not _CODE_RE.match(word.text):
            return None
    return None


def with_symbol_markers(rows: list[Any]) -> list[Any]:
    """``rows`` (raw table rows, their ``label_words``) with the symbol font's letters read as
    the ▼ / ▶ markers, when nearly every row opens with one; else ``rows`` as they are."""
    found = [_marker_at(r.label_words) for r in rows]
    if len(rows) < _LEAST or sum(k is not None for k in found) < _SHARE * len(rows):
        return rows
    out = []
    for row, k in zip(rows, found, strict=True):
        if k is not None:
            words = list(row.label_words)
            words[k] = replace(words[k], text=_WINGDINGS_3[words[k].text])
            row = replace(row, label_words=words)
        out.append(row)
    return out
