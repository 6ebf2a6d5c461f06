"""Reference data shipped with the project (levers, thematics, regions, départements).

Read from the CSV files in ``sources/reference/``; cached because they never change at run time.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from sources.values import fold, one_line

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


# --------------------------------------------------------------------------- regions, départements


@dataclass(frozen=True)
class Region:
    """A French region (INSEE code, official name)."""

    region_code: str
    name: str


@dataclass(frozen=True)
class Departement:
    """A French département (INSEE code, official name, region it belongs to)."""

    department_code: str
    name: str
    region_code: str


@lru_cache(maxsize=1)
def regions() -> tuple[Region, ...]:
    """The 18 regions, in code order."""
    return tuple(Region(r["region_code"], r["name"]) for r in _read_csv("regions.csv"))


@lru_cache(maxsize=1)
def region_by_code() -> dict[str, Region]:
    """Regions keyed by INSEE code."""
    return {r.region_code: r for r in regions()}


@lru_cache(maxsize=1)
def departements() -> tuple[Departement, ...]:
    """The 101 départements, in code order."""
    return tuple(
        Departement(r["department_code"], r["name"], r["region_code"])
        for r in _read_csv("departements.csv")
    )


@lru_cache(maxsize=1)
def departement_by_code() -> dict[str, Departement]:
    """Départements keyed by INSEE code."""
    return {d.department_code: d for d in departements()}


def departements_of_region(region_code: str) -> list[str]:
    """Codes of the départements of a region, in code order."""
    return [d.department_code for d in departements() if d.region_code == region_code]


_REGION_ALIASES = {
    "paca": "93",
    "aura": "84",
    "idf": "11",
    "bfc": "27",
    "cvl": "24",
    "reunion": "04",
}
_DEPT_CODE_RE = re.compile(r"0?[1-9]|1\d|2[1-9]|[3-8]\d|9[0-5]|2[AB]|97[1-6]", re.I)


@lru_cache(maxsize=1)
def _departement_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for d in departements():
        key = fold(d.name)
        names[key] = d.department_code
        names[re.sub(r"^(la|le|les|l) ", "", key)] = d.department_code
    return names


def _valid_department(text: str) -> str | None:
    text = text.strip().upper()
    if not _DEPT_CODE_RE.fullmatch(text) or text == "975":
        return None
    return text if not text.isdigit() else (text.zfill(2) if len(text) <= 2 else text)


def normalize_department_code(value: object) -> str | None:
    """INSEE département code from what people type: ``2a``, ``1``, ``Gers (32)``, ``Gers``.

    Returns ``None`` when nothing valid can be recognised (the caller reports it).
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        if float(value).is_integer():
            return _valid_department(str(int(value)))
        return None
    text = one_line(value)
    if not text:
        return None
    code = _valid_department(text)
    if code:
        return code
    for pattern in (r"\(\s*(\w{1,3})\s*\)", r"^(\d{1,3}|2[AaBb])\b", r"\b(\d{2,3}|2[AaBb])$"):
        match = re.search(pattern, text)
        if match and (code := _valid_department(match.group(1))):
            return code
    key = fold(re.sub(r"\(.*?\)", " ", text))
    key = re.sub(
        r"^(departement|dept|conseil departemental)( de la| de l| du| des| de| d)? ", "", key
    )
    names = _departement_names()
    return names.get(key) or names.get(re.sub(r"^(la|le|les|l) ", "", key))


def normalize_region_code(value: object) -> str | None:
    """INSEE region code from a code (``32``; ``3`` → None) or a name (``Hauts-de-France``)."""
    known = region_by_code()
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        if float(value).is_integer():
            code = f"{int(value):02d}"
            return code if code in known else None
        return None
    text = one_line(value)
    if not text:
        return None
    candidates = [text, *re.findall(r"\(\s*(\d{1,2})\s*\)", text), *re.findall(r"^\d{1,2}\b", text)]
    for candidate in candidates:
        if candidate.strip().isdigit() and candidate.strip().zfill(2) in known:
            return candidate.strip().zfill(2)
    key = fold(re.sub(r"\(.*?\)", " ", text))
    key = re.sub(r"^(region|conseil regional)( de la| de l| du| des| de| d)? ", "", key)
    for code, region in known.items():
        if key in (fold(region.name), re.sub(r"^(la|le) ", "", fold(region.name))):
            return code
    return _REGION_ALIASES.get(key)


def department_of_siren(siren: object) -> str | None:
    """Département of a commune or a département from its SIREN, else None.

    INSEE numbers communes ``21`` + commune code (``21`` ``31`` ``555`` … = Toulouse, Haute-
    Garonne) and départements ``22`` + département code; Corsica uses ``20``, overseas
    départements three digits (``21 974 …``). Other public bodies (EPCI ``200…``, ``24…``,
    syndicats) carry no département in their SIREN: None.
    """
    text = str(siren or "").strip()
    if len(text) != 9 or not text.isdigit() or text[:2] not in ("21", "22"):
        return None
    code = text[2:4]
    if code == "97":
        code = text[2:5]
    elif code == "20":
        return "2A"  # Corse-du-Sud or Haute-Corse: same region (94)
    found = departement_by_code().get(code)
    return found.department_code if found else None
