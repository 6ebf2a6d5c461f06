"""The SGPE regional lever panorama as reference data (regional 2030 targets per lever).

The SGPE « panorama des leviers » behind the COP tool (MTES-MCT/planification-territoires,
``data.json``, MIT licence) gives, per region and SGPE lever, the kt CO₂e to avoid in 2030 vs
2019 (``objCO2``), a key translating it into a physical quantity (``ratioCO2toPhys``), the 2019
starting point and the physical unit. Seed 004 asks the diagnostic for « les panoramas des
leviers pour chaque région » : this module turns it into the ``lever_targets`` table.

- :func:`parse_panorama` reads the panorama records (pure: list of dicts in, rows out);
  ``scripts/build_sgpe_targets.py`` writes them to ``sources/reference/sgpe_regional_targets.csv``
  so a refresh never depends on a file outside the project.
- ``sources/reference/sgpe_panorama_levers.csv`` maps each SGPE lever to our codes: one
  (``equivalent``/``partie``), several (``partagé``: one figure for several of our levers, not
  split — the row says so), or none (``non couvert``, with the reason; kept, never forced).
- The physical 2030 value follows the tool (``startPoint2019 + objCO2 × ratioCO2toPhys``,
  floored at 0); where the unit is itself a change vs 2019 (``relative`` false), the 2019 point
  is not a level and stays empty.
"""

from __future__ import annotations

import csv
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import pandas as pd

SOURCE_LABEL = (
    "SGPE, panorama régional des leviers (outil « planification-territoires », data.json)"
)
TARGETS_FILE = "sgpe_regional_targets.csv"
MAPPING_FILE = "sgpe_panorama_levers.csv"
SHARED = "partagé"
NOT_COVERED = "non couvert"

LEVER_TARGET_COLUMNS = [
    "region_code", "lever_code", "lever_label", "sgpe_lever_id", "sgpe_lever_name", "sector",
    "kt_co2e_avoided_2030", "share_of_regional_effort", "physical_target_2030",
    "physical_unit", "physical_2019", "mapping", "panorama_note", "source",
]  # fmt: skip

TARGET_FIELDS = [
    "region_name", "region_code", "sgpe_id", "sgpe_lever_name", "sector", "obj_co2_kt",
    "ratio_co2_to_phys", "start_point_2019", "relative", "unit_phys", "edition_disabled",
    "show_target", "panorama_note",
]  # fmt: skip


@dataclass(frozen=True)
class MappingRow:
    """One link of an SGPE panorama lever to one of our lever codes (or to none)."""

    sgpe_id: str
    sgpe_lever_name: str
    sgpe_sector: str
    lever_code: str
    relation: str
    note: str


def _one_line(text: object) -> str:
    if not isinstance(text, str):
        return ""
    return " ".join(text.replace("\n", " ").split())


def _plain_note(text: object) -> str:
    """A panorama comment without its markdown emphasis (« *Indisponible.* » → « Indisponible. »)."""
    return _one_line(re.sub(r"[*_#]+", "", text)) if isinstance(text, str) else ""


def parse_panorama(records: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[str]]:
    """Rows of the reference CSV from the panorama records; and the region names not
    recognised as an INSEE region (« Région exemple » of the tool), left out and reported."""
    from sources.reference import normalize_region_code

    rows: list[dict[str, Any]] = []
    unknown: list[str] = []
    for rec in records:
        code = normalize_region_code(rec.get("regionName"))
        if code is None:
            if rec.get("regionName") not in unknown:
                unknown.append(str(rec.get("regionName")))
            continue
        note = " ".join(
            n
            for n in (
                _plain_note(rec.get("disabledComment")),
                _plain_note(rec.get("regionComment")),
            )
            if n
        )
        rows.append(
            {
                "region_name": rec["regionName"],
                "region_code": code,
                "sgpe_id": rec["id"],
                "sgpe_lever_name": _one_line(rec["leverName"]),
                "sector": _one_line(rec.get("sector")),
                "obj_co2_kt": rec.get("objCO2"),
                "ratio_co2_to_phys": rec.get("ratioCO2toPhys"),
                "start_point_2019": rec.get("startPoint2019"),
                "relative": bool(rec.get("relative")),
                "unit_phys": _one_line(rec.get("unitPhys")),
                "edition_disabled": bool(rec.get("editionDisabled")),
                "show_target": bool(rec.get("showTarget", True)),
                "panorama_note": note,
            }
        )
    return rows, unknown


def _num(value: str) -> float | None:
    value = (value or "").strip()
    return float(value) if value else None


@lru_cache(maxsize=1)
def panorama_rows() -> tuple[dict[str, Any], ...]:
    """The stored panorama (``sources/reference/sgpe_regional_targets.csv``), typed."""
    text = resources.files("sources").joinpath("reference", TARGETS_FILE).read_text("utf-8")
    out = []
    for row in csv.DictReader(text.splitlines()):
        out.append(
            {
                **row,
                "obj_co2_kt": _num(row["obj_co2_kt"]),
                "ratio_co2_to_phys": _num(row["ratio_co2_to_phys"]),
                "start_point_2019": _num(row["start_point_2019"]),
                "relative": row["relative"] == "oui",
                "edition_disabled": row["edition_disabled"] == "oui",
                "show_target": row["show_target"] == "oui",
            }
        )
    return tuple(out)


@lru_cache(maxsize=1)
def panorama_mapping() -> tuple[MappingRow, ...]:
    """SGPE panorama lever → our lever codes (``sources/reference/sgpe_panorama_levers.csv``)."""
    text = resources.files("sources").joinpath("reference", MAPPING_FILE).read_text("utf-8")
    return tuple(
        MappingRow(
            r["sgpe_id"].strip(),
            r["sgpe_lever_name"].strip(),
            r["sgpe_sector"].strip(),
            r["lever_code"].strip(),
            r["relation"].strip(),
            r["note"].strip(),
        )  # fmt: skip
        for r in csv.DictReader(text.splitlines())
    )


def physical_values(row: dict[str, Any]) -> tuple[float | None, float | None]:
    """(physical 2019 level, physical 2030 value) of a panorama row, as the tool shows them.

    No unit → nothing. ``relative``: the unit is a level (fleet, TWh, kg/hab…): 2019 is the
    starting point and 2030 = max(0, start + kt × ratio). Otherwise the unit is a change vs
    2019 (« km évités… par rapport à 2019 »): 2030 = kt × ratio and no 2019 level.
    """
    obj, ratio = row.get("obj_co2_kt"), row.get("ratio_co2_to_phys")
    if not row.get("unit_phys") or obj is None or ratio is None:
        return None, None
    if row.get("relative"):
        start = row.get("start_point_2019") or 0.0
        return float(start), round(max(0.0, start + obj * ratio), 4)
    return None, round(obj * ratio, 4)


def lever_targets(region_code: str) -> pd.DataFrame:
    """``lever_targets``: one row per (region, our lever) mapped from the panorama.

    ``share_of_regional_effort`` = the SGPE lever's kt / the region's kt summed over SGPE
    levers mapped to at least one of ours, each SGPE lever counted once (a ``partagé`` figure
    appears on each of its levers with the same share, and the row's ``mapping`` says so).
    """
    from sources.reference import lever_by_code

    rows = [r for r in panorama_rows() if r["region_code"] == str(region_code)]
    links: dict[str, list[MappingRow]] = {}
    for m in panorama_mapping():
        if m.lever_code:
            links.setdefault(m.sgpe_id, []).append(m)
    mapped = [r for r in rows if r["sgpe_id"] in links]
    total = sum(r["obj_co2_kt"] or 0.0 for r in mapped)
    labels = lever_by_code()
    records = []
    for r in mapped:
        p2019, p2030 = physical_values(r)
        kt = r["obj_co2_kt"]
        for m in links[r["sgpe_id"]]:
            mapping = m.relation if not m.note else f"{m.relation} : {m.note}"
            lever = labels.get(m.lever_code)
            records.append(
                {
                    "region_code": str(region_code),
                    "lever_code": m.lever_code,
                    "lever_label": lever.label if lever else m.lever_code,
                    "sgpe_lever_id": r["sgpe_id"],
                    "sgpe_lever_name": r["sgpe_lever_name"],
                    "sector": r["sector"],
                    "kt_co2e_avoided_2030": kt,
                    "share_of_regional_effort": (
                        round(kt / total, 4) if kt is not None and total else math.nan
                    ),
                    "physical_target_2030": p2030,
                    "physical_unit": r["unit_phys"] or None,
                    "physical_2019": p2019,
                    "mapping": mapping,
                    "panorama_note": r["panorama_note"] or None,
                    "source": f"{SOURCE_LABEL}, région « {r['region_name']} », levier {r['sgpe_id']}",
                }
            )
    out = pd.DataFrame.from_records(records, columns=LEVER_TARGET_COLUMNS)
    for column in ("kt_co2e_avoided_2030", "share_of_regional_effort", "physical_target_2030",
                   "physical_2019"):  # fmt: skip
        out[column] = pd.to_numeric(out[column], errors="coerce").astype(float)
    return out.sort_values(
        ["kt_co2e_avoided_2030", "lever_code"], ascending=[False, True], kind="stable"
    ).reset_index(drop=True)


def unmapped_levers(region_code: str | None = None) -> list[dict[str, Any]]:
    """Panorama levers of a region (or all) with no lever of ours, with the recorded reason."""
    reasons = {m.sgpe_id: m.note for m in panorama_mapping() if not m.lever_code}
    known = {m.sgpe_id for m in panorama_mapping()}
    out = []
    for r in panorama_rows():
        if region_code is not None and r["region_code"] != str(region_code):
            continue
        if r["sgpe_id"] in reasons or r["sgpe_id"] not in known:
            out.append(
                {
                    "region_code": r["region_code"],
                    "sgpe_id": r["sgpe_id"],
                    "sgpe_lever_name": r["sgpe_lever_name"],
                    "kt_co2e_avoided_2030": r["obj_co2_kt"],
                    "reason": reasons.get(
                        r["sgpe_id"], "levier absent de la table de correspondance"
                    ),
                }
            )
    return out
