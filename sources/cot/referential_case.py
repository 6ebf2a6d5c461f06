"""A progress table's labels printed IN CAPITALS given back the referential's own wording.

A deck's theme may set its table's labels with a caps effect (Impress « Majuscules »,
``cap="all"``; « Petites majuscules », ``cap="small"``), or an author may type them in
capitals: the text layer then holds « PLANIFICATION TERRITORIALE » where the referential
says « Planification territoriale ». The label is the key the diagnostic joins on, so a label
with no lower-case letter whose letters are, accents and punctuation aside, those of one of
the referential's labels (``sources/reference/referential_labels.csv``, read from the
Territoires en Transitions exports by ``scripts/build_referential_labels.py``) takes that
label's wording; a label cut short by the deck (« … » or « ... » at its end) takes the
wording of as many characters of the label it begins. Any other label is left as read: a
wording the list does not know is never guessed.
"""

from __future__ import annotations

import csv
from functools import cache
from importlib import resources

from sources.values import fold

_ELLIPSES = ("...", "…")
_MIN_LETTERS = 4  # « EAU » alone is too short to be told a label


@cache
def _labels() -> dict[str, tuple[str, ...]]:
    """Referential → its labels (axes, sub-axes, measures)."""
    text = resources.files("sources").joinpath("reference", "referential_labels.csv")
    out: dict[str, list[str]] = {}
    with text.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            out.setdefault(row["referential"], []).append(row["label"])
    return {k: tuple(v) for k, v in out.items()}


@cache
def _folded() -> dict[str, dict[str, str]]:
    """Referential → folded label → label (a folded key two labels share is left out)."""
    out: dict[str, dict[str, str]] = {}
    for referential, labels in _labels().items():
        keys: dict[str, str | None] = {}
        for label in labels:
            key = fold(label)
            keys[key] = None if key in keys and keys[key] != label else label
        out[referential] = {k: v for k, v in keys.items() if v is not None}
    return out


def referential_case(referential: str | None, label: str | None) -> str | None:
    """``label`` in the referential's wording when it is printed in capitals and the
    referential (either of them when ``referential`` is unknown) has it; else as read."""
    if not label or any(ch.islower() for ch in label):
        return label
    if sum(ch.isalpha() for ch in label) < _MIN_LETTERS:
        return label
    stem, ellipsis = label, ""
    for mark in _ELLIPSES:
        if label.endswith(mark):
            stem, ellipsis = label[: -len(mark)], mark
            break
    key = fold(stem)
    if not key:
        return label
    referentials = [referential] if referential in _labels() else sorted(_labels())
    found: set[str] = set()
    for name in referentials:
        if not ellipsis:
            match = _folded()[name].get(key)
            if match is not None:
                found.add(match)
            continue
        for whole in _labels()[name]:
            piece = whole[: len(stem)]
            if len(whole) > len(stem) and fold(piece) == key:
                found.add(piece)
    if len(found) != 1:
        return label  # unknown, or two wordings: as read
    return found.pop() + ellipsis
