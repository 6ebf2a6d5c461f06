"""Crosswalk between the 47 seed-004 lever codes and the 50 SGPE levers of March 2025.

Since 2025 the SGPE, Territoires en Transitions and the data.gouv « Projets de collectivités »
schema name levers with a list of 50; the project's codes follow the 47 levers of seed 004. The
crosswalk (``sources/reference/lever_crosswalk_2025.csv``) is one row per (code, 2025 lever):
one code may belong to several 2025 levers (renovation → « Sobriété des bâtiments » and
« Rénovation (hors changement chaudières) ») and several codes to one (freight). A 2025 lever
with no code (« Gaz fluorés », « Nucléaire », « SAF »…) is recorded as ``non couvert``. When a
2025 label is read back (questionnaire, TeT), the row marked ``primary`` gives the code.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from sources.reference import TRANSVERSE, lever_by_code, lever_by_folded_label
from sources.values import fold

NOT_COVERED = "non couvert"
LABEL_SEPARATOR = " ; "


@dataclass(frozen=True)
class CrosswalkRow:
    """One link (or a 2025 lever with no code: ``lever_code`` empty)."""

    lever_code: str
    lever_label_2025: str
    relation: str  # equivalent / partie / non couvert
    primary: bool
    note: str


@lru_cache(maxsize=1)
def crosswalk() -> tuple[CrosswalkRow, ...]:
    """Rows of the crosswalk file, in file order."""
    text = (
        resources.files("sources")
        .joinpath("reference", "lever_crosswalk_2025.csv")
        .read_text(encoding="utf-8")
    )
    return tuple(
        CrosswalkRow(
            row["lever_code"].strip(),
            row["lever_label_2025"].strip(),
            row["relation"].strip(),
            row["primary"].strip() == "oui",
            row["note"].strip(),
        )
        for row in csv.DictReader(text.splitlines())
    )


@lru_cache(maxsize=1)
def levers_2025() -> tuple[str, ...]:
    """The 50 lever names of 2025, in first-seen order."""
    return tuple(dict.fromkeys(row.lever_label_2025 for row in crosswalk()))


@lru_cache(maxsize=1)
def _by_code() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for row in crosswalk():
        if row.lever_code:
            out.setdefault(row.lever_code, []).append(row.lever_label_2025)
    return {code: tuple(labels) for code, labels in out.items()}


def labels_2025(lever_code: str | None) -> tuple[str, ...]:
    """2025 lever names of a seed-004 code (empty for ``transverse`` or an unknown code)."""
    return _by_code().get(lever_code or "", ())


def label_2025(lever_code: str | None) -> str | None:
    """2025 name(s) of a code as one text (``" ; "`` between several), ``None`` when none."""
    labels = labels_2025(lever_code)
    return LABEL_SEPARATOR.join(labels) if labels else None


@lru_cache(maxsize=1)
def _by_2025_label() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for row in crosswalk():
        codes = out.setdefault(fold(row.lever_label_2025), [])
        if row.lever_code:
            if row.primary:
                codes.insert(0, row.lever_code)
            else:
                codes.append(row.lever_code)
    return {label: tuple(codes) for label, codes in out.items()}


def codes_for_2025(label: str | None) -> tuple[str, ...] | None:
    """Codes of a 2025 lever name (primary first); ``()`` for a lever not covered; ``None``
    when the text is no 2025 lever name."""
    return _by_2025_label().get(fold(label or ""))


def code_from_label(text: str | None) -> str | None:
    """Code of a lever written with either list's label (seed 004 or 2025), or a code itself.

    Matching is tolerant (case, accents, spaces). A 2025 lever not covered by the 47 codes and
    unknown text give ``None`` (the caller keeps the text and says so).
    """
    raw = (text or "").strip()
    if not raw:
        return None
    if raw in lever_by_code() or raw == TRANSVERSE:
        return raw
    key = fold(raw)
    lever = lever_by_folded_label().get(key)
    if lever is not None:
        return lever.code
    codes = _by_2025_label().get(key)
    return codes[0] if codes else None
