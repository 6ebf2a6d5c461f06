"""Same project, same action: fuzzy title matching (rapidfuzz) and grouping, pure functions.

Why: one project reaches the diagnostic by several roads (the free-text « projet exemplaire »
answer and the « Projets » sheet of the same questionnaire; the same action proposed by several
authorities). Counting each road once more inflates the figures; not seeing that 19 authorities
propose the same action hides its replicability.

Titles are folded (accents, case, punctuation) and compared with rapidfuzz:
``token_sort_ratio`` (same words, any order, small typos) ≥ the threshold, or — for a short
title contained in a longer text (« Aire de covoiturage de Saint-Jean » inside the first
sentence of an answer) — ``token_set_ratio`` = 100 when the shared words hold at least
``MIN_SHARED_WORDS`` meaningful words. Groups are the connected components of that relation
(union–find), so the grouping does not depend on row order.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rapidfuzz import fuzz

from sources.values import fold

MIN_SHARED_WORDS = 3
_STOPWORDS = frozenset(
    "a au aux d de des du en et l la le les pour sur un une dans par avec son sa ses".split()
)


_NUMBERING_WORDS = frozenset({"action", "fiche", "chantier", "n", "no", "num", "numero"})


def title_key(title: object) -> str:
    """Folded title: lower case, no accents, words only, without a leading numbering
    (« ACTION 17 - », « B-3-a », « 2.1.1. », « Fiche n° 4 : »)."""
    text = fold(title) if title is not None else ""
    words = re.findall(r"[a-z0-9]+", text)
    start = 0
    while start < len(words) - 1 and (
        words[start] in _NUMBERING_WORDS
        or any(c.isdigit() for c in words[start])
        or len(words[start]) == 1
    ):
        start += 1
    return " ".join(words[start:])


def _words(key: str) -> set[str]:
    return {w for w in key.split() if w not in _STOPWORDS and len(w) > 1}


def same_title(a: str, b: str, threshold: float) -> bool:
    """Folded titles ``a`` and ``b`` name the same project or action."""
    if not a or not b:
        return False
    if a == b or fuzz.token_sort_ratio(a, b) >= threshold:
        return True
    shared = _words(a) & _words(b)
    if len(shared) < MIN_SHARED_WORDS:
        return False
    smaller = min(_words(a), _words(b), key=len)
    return shared == smaller and fuzz.token_set_ratio(a, b) >= 100.0


def group_titles(
    titles: Sequence[object], threshold: float, blocks: Sequence[object] | None = None
) -> list[int]:
    """Group id per title: titles that match (directly or through others) share a group.

    ``blocks`` restricts comparisons to titles of the same block (e.g. same authority and
    lever); ``None`` compares all titles.
    """
    keys = [title_key(t) for t in titles]
    parent = list(range(len(keys)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    by_block: dict[object, list[int]] = {}
    for i in range(len(keys)):
        by_block.setdefault(blocks[i] if blocks is not None else None, []).append(i)
    for members in by_block.values():
        exact: dict[str, int] = {}
        for i in members:  # identical keys first: linear, the common case
            if keys[i] in exact:
                parent[find(i)] = find(exact[keys[i]])
            else:
                exact[keys[i]] = i
        distinct = list(exact.values())
        for x, i in enumerate(distinct):
            for j in distinct[x + 1 :]:
                if find(i) != find(j) and same_title(keys[i], keys[j], threshold):
                    parent[find(j)] = find(i)
    return [find(i) for i in range(len(keys))]


def same_action_counts(
    titles: Sequence[object], owners: Sequence[object], threshold: float
) -> list[int]:
    """Per title: distinct owners among the titles that match it directly (itself included).

    Direct matches only, not groups: a short generic title must not chain unrelated actions
    into one « same action » (« Rénovation énergétique des logements » matches both « Massifier
    la rénovation énergétique des logements » and « Mobiliser les artisans … rénovation
    énergétique … des logements » without making those two the same action).
    """
    keys = [title_key(t) for t in titles]
    distinct = list(dict.fromkeys(k for k in keys if k))
    owners_of: dict[str, set[object]] = {}
    for key, owner in zip(keys, owners, strict=True):
        if key and owner is not None:
            owners_of.setdefault(key, set()).add(owner)
    neighbours: dict[str, set[str]] = {k: {k} for k in distinct}
    for x, a in enumerate(distinct):
        for b in distinct[x + 1 :]:
            if same_title(a, b, threshold):
                neighbours[a].add(b)
                neighbours[b].add(a)
    out = []
    for key, owner in zip(keys, owners, strict=True):
        found: set[object] = set()
        for other in neighbours.get(key, set()):
            found |= owners_of.get(other, set())
        if owner is not None:
            found.add(owner)
        out.append(max(len(found), 1))
    return out
