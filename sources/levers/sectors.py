"""ADEME PCAET sectors → levers, and the fixed split of the ADEME title corpus by plan.

The ADEME « Territoires & Climat » open data gives each real PCAET action the sectors its authors
chose, not a lever. A lever prediction is judged *in sector* when the lever belongs to one of
those sectors (``sources/reference/ademe_sector_levers.csv``, documented in the README). Sectors
with no lever of their own (communication, cooperation, economic development, health, tourism,
civil protection, or no sector) are reported apart: there ``transverse`` or the subject's lever
are both acceptable.

The split is by plan (``demarche_id``) so that no plan's wording is seen on both sides: a plan
is in the untouched *evaluation* part when the first byte of ``sha256("copdiag-split:" + id)``
is below ``EVAL_SHARE × 256``. The model and the lexicon are tuned on the other part only.
"""

from __future__ import annotations

import csv
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from sources.reference import TRANSVERSE

EVAL_SHARE = 0.3
IN_SECTOR = "in_sector"
OTHER_SECTOR = "other_sector"
TRANSVERSE_OUTCOME = "transverse"
NO_LEVER_SECTOR = "no_lever_sector"


def is_evaluation_plan(plan_id: str) -> bool:
    """True when the plan belongs to the untouched evaluation part (about 30 % of plans)."""
    digest = hashlib.sha256(f"copdiag-split:{plan_id.strip()}".encode()).digest()
    return digest[0] < round(EVAL_SHARE * 256)


@lru_cache(maxsize=1)
def sector_levers() -> dict[str, frozenset[str]]:
    """ADEME sector label → lever codes (empty set: a sector with no lever of its own)."""
    text = (
        resources.files("sources")
        .joinpath("reference", "ademe_sector_levers.csv")
        .read_text(encoding="utf-8")
    )
    out: dict[str, set[str]] = {}
    for row in csv.DictReader(text.splitlines()):
        codes = out.setdefault(row["sector"].strip(), set())
        if row["lever_code"].strip():
            codes.add(row["lever_code"].strip())
    return {sector: frozenset(codes) for sector, codes in out.items()}


@dataclass(frozen=True)
class SectorAction:
    """One real action title of the ADEME corpus."""

    plan_id: str
    title: str
    sectors: tuple[str, ...]

    @property
    def evaluation(self) -> bool:
        return is_evaluation_plan(self.plan_id)

    @property
    def levers(self) -> frozenset[str]:
        """Levers of any of the action's sectors (empty: no lever sector)."""
        table = sector_levers()
        return frozenset(code for s in self.sectors for code in table.get(s, ()))


def read_ademe_actions(path: Path) -> list[SectorAction]:
    """Rows of ``pcaet_actions_dev.csv`` (``demarche_id, intitule, secteurs``; ``|``-separated)."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    out = []
    for row in rows:
        sectors = tuple(s.strip() for s in (row.get("secteurs") or "").split("|") if s.strip())
        out.append(SectorAction(row["demarche_id"].strip(), row["intitule"].strip(), sectors))
    return out


def outcome(lever_code: str, action: SectorAction) -> str:
    """in_sector / transverse / other_sector, or no_lever_sector when no sector has levers."""
    if not action.levers:
        return NO_LEVER_SECTOR
    if lever_code == TRANSVERSE:
        return TRANSVERSE_OUTCOME
    return IN_SECTOR if lever_code in action.levers else OTHER_SECTOR


def lever_sectors(action: SectorAction) -> tuple[str, ...]:
    """The action's sectors that have levers (the per-sector report counts it under each)."""
    table = sector_levers()
    return tuple(s for s in action.sectors if table.get(s))


def model_sector(sector: str) -> str:
    """Sector as the model learns it: sectors with the same levers are one class (both
    transport sectors), else a word like « déplacements » would be split between them."""
    table = sector_levers()
    levers_of = table.get(sector)
    return next((s for s, codes in table.items() if codes == levers_of), sector)


def split(actions: Iterable[SectorAction]) -> tuple[list[SectorAction], list[SectorAction]]:
    """(tuning part, evaluation part)."""
    tuning, evaluation = [], []
    for action in actions:
        (evaluation if action.evaluation else tuning).append(action)
    return tuning, evaluation
