"""Reference data shipped with the project (levers, thematics, regions, départements).

Read from the CSV files in ``sources/reference/``; cached because they never change at run time.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from sources.values import fold

TRANSVERSE = "transverse"

THEMATICS: dict[str, str] = {
    "se_deplacer": "Se déplacer",
    "se_loger": "Se loger",
    "produire": "Produire",
    "se_nourrir": "Se nourrir",
    "consommer": "Consommer",
    "preserver": "Préserver",
}


@dataclass(frozen=True)
class Lever:
    """One lever of the SGPE panorama (see shared/spec/levers.md)."""

    code: str
    theme: str
    label: str
    thematic: str
    target_2030: str | None
    target_value: float | None
    target_unit: str | None
    target_base_year: int | None


def _read_csv(name: str) -> list[dict[str, str]]:
    text = resources.files("sources").joinpath("reference", name).read_text(encoding="utf-8")
    return list(csv.DictReader(text.splitlines()))


def _num(value: str) -> float | None:
    return float(value) if value not in (None, "") else None


@lru_cache(maxsize=1)
def levers() -> tuple[Lever, ...]:
    """The 47 levers, in reference order."""
    out = []
    for row in _read_csv("levers.csv"):
        base = row.get("target_base_year") or ""
        out.append(
            Lever(
                code=row["lever_code"],
                theme=row["theme"],
                label=row["label"],
                thematic=row["thematic"],
                target_2030=row.get("target_2030") or None,
                target_value=_num(row.get("target_value") or ""),
                target_unit=row.get("target_unit") or None,
                target_base_year=int(base) if base else None,
            )
        )
    return tuple(out)


@lru_cache(maxsize=1)
def lever_by_code() -> dict[str, Lever]:
    """Levers keyed by code."""
    return {lever.code: lever for lever in levers()}


@lru_cache(maxsize=1)
def lever_by_folded_label() -> dict[str, Lever]:
    """Levers keyed by :func:`fold` of their label, for tolerant matching."""
    return {fold(lever.label): lever for lever in levers()}
