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

At the scale of a large region (thousands of distinct titles, millions of pairs) the pairs are
found at once (:func:`matching_pairs`): ``rapidfuzz.process.cdist`` for ``token_sort_ratio``
and a sparse word-incidence product for the « contained title » rule, whose few candidates
are then checked one by one with ``token_set_ratio`` — the same relation as
:func:`same_title`, pair for pair.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

import numpy as np
from rapidfuzz import fuzz, process
from scipy import sparse

from sources.values import fold

MIN_SHARED_WORDS = 3
_STOPWORDS = frozenset(
    "a au aux d de des du en et l la le les pour sur un une dans par avec son sa ses".split()
)


_NUMBERING_WORDS = frozenset({"action", "fiche", "chantier", "n", "no", "num", "numero"})


def title_key(title: object) -> str:
    """Folded title: lower case, no accents, words only, without a leading numbering
    (« ACTION 17 - », « B-3-a », « 2.1.1. », « Fiche n° 4 : »)."""
    if isinstance(title, str):  # the same titles are keyed by several rules of a run
        return _title_key_text(title)
    return _title_key(title)


@functools.lru_cache(maxsize=65536)
def _title_key_text(title: str) -> str:
    return _title_key(title)


def _title_key(title: object) -> str:
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


_SMALL = 24  # under this many distinct titles, the pair loop is cheaper than the matrices
_ROWS = 1024  # cdist row chunk: bounded memory (chunk × distinct titles doubles)


def matching_pairs(keys: Sequence[str], threshold: float) -> list[tuple[int, int]]:
    """Pairs ``(x, y)``, ``x < y``, of positions of distinct folded titles that name the same
    project (:func:`same_title`), in the order of a double loop over ``keys``."""
    n = len(keys)
    if n < _SMALL:
        return [
            (x, y)
            for x in range(n)
            for y in range(x + 1, n)
            if same_title(keys[x], keys[y], threshold)
        ]
    filled = np.fromiter((bool(k) for k in keys), bool, n)
    close = np.zeros((n, n), dtype=bool)
    # token_sort_ratio is ``ratio`` of the words sorted (code-point order) and joined by one
    # space: sorted once here rather than in every pair; upper triangle only (symmetric)
    ordered = [" ".join(sorted(k.split())) for k in keys]
    for start in range(0, n, _ROWS):
        scores = process.cdist(
            ordered[start : start + _ROWS], ordered[start:], scorer=fuzz.ratio,
            score_cutoff=threshold, dtype=np.float64, workers=1,
        )  # fmt: skip
        close[start : start + _ROWS, start:] = scores >= threshold
    # a short title inside a longer one: ≥ MIN_SHARED_WORDS shared words, all of the smaller's
    words = [_words(k) for k in keys]
    vocabulary: dict[str, int] = {}
    rows, cols = [], []
    for i, ws in enumerate(words):
        for w in ws:
            rows.append(i)
            cols.append(vocabulary.setdefault(w, len(vocabulary)))
    incidence = sparse.csr_matrix(
        (np.ones(len(rows), dtype=np.int32), (rows, cols)), shape=(n, max(len(vocabulary), 1))
    )
    shared = sparse.triu(incidence @ incidence.T, k=1).tocoo()
    sizes = np.fromiter((len(ws) for ws in words), np.int64, n)
    smaller = np.minimum(sizes[shared.row], sizes[shared.col])
    keep = (shared.data >= MIN_SHARED_WORDS) & (shared.data == smaller)
    for x, y in zip(shared.row[keep].tolist(), shared.col[keep].tolist(), strict=True):
        if not close[x, y] and fuzz.token_set_ratio(keys[x], keys[y]) >= 100.0:
            close[x, y] = True
    close &= filled[:, None] & filled[None, :]
    xs, ys = np.nonzero(np.triu(close, k=1))  # row-major: the double loop's order
    return list(zip(xs.tolist(), ys.tolist(), strict=True))


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
        # the pair loop's unions, in its order: the same roots, so the same group ids
        for x, y in matching_pairs([keys[i] for i in distinct], threshold):
            i, j = distinct[x], distinct[y]
            if find(i) != find(j):
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
    # owner ids with a set's equality (a dict), then distinct owners over each title's
    # neighbours (itself included) as one sparse product
    owner_ids: dict[object, int] = {}
    position = {k: x for x, k in enumerate(distinct)}
    rows, cols = [], []
    for key, found in owners_of.items():
        for owner in found:
            rows.append(position[key])
            cols.append(owner_ids.setdefault(owner, len(owner_ids)))
    n = len(distinct)
    pairs = matching_pairs(distinct, threshold)
    xs = [x for x, _ in pairs] + [y for _, y in pairs] + list(range(n))
    ys = [y for _, y in pairs] + [x for x, _ in pairs] + list(range(n))
    near = sparse.csr_matrix((np.ones(len(xs), dtype=np.int32), (xs, ys)), shape=(n, n))
    held = sparse.csr_matrix(
        (np.ones(len(rows), dtype=np.int32), (rows, cols)), shape=(n, max(len(owner_ids), 1))
    )
    reach = near @ held
    reach.data = (reach.data > 0).astype(np.int32)
    n_owners = np.asarray(reach.sum(axis=1)).ravel().tolist() if n else []
    out = []
    for key in keys:  # (lengths checked above)
        if key:  # the title's own owner is among its key's owners
            out.append(max(n_owners[position[key]], 1))
        else:  # an empty title matches nothing: its owner alone
            out.append(1)
    return out
