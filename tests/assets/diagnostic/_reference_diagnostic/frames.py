"""Shared frame helpers of the diagnostic rules: lever frame, French number formats, columns,
region filter, authority keys, answered rows, redaction.
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections.abc import Iterable

import numpy as np
import pandas as pd

from sources.reference import THEMATICS, TRANSVERSE

_EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# « Pas de cible » and « Non applicable – défini dans le cadre des CRE » (seed 004): no target
# of the lever's own (the CRE tenders set it), so the potential criterion cannot lean on it.
_NO_TARGET_RE = re.compile(r"^\s*(?:pas de cible|non applicable|sans objet|aucune? cible)", re.I)
MATURITY_STARTED, MATURITY_TO_START = "Initié", "À initier"


def lever_frame() -> pd.DataFrame:
    """The lever reference as a frame (lever_code, theme, label, thematic, target_2030, …)."""
    from sources.reference import levers

    rows = [dataclasses.asdict(lever) for lever in levers()]
    return pd.DataFrame(rows).rename(columns={"code": "lever_code"})


def fr_number(value: float | None, decimals: int = 1) -> str:
    """French formatting: ``3.25`` → ``3,3``; ``12500`` → ``12 500`` (narrow no-break space)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "n.d."
    text = f"{value:,.{decimals}f}".replace(",", "\u202f").replace(".", ",")
    return text


def fr_euros(value: float | None) -> str:
    """Amount for a sentence: ``1 250 000`` → ``1,3 M€``, ``45 000`` → ``45 k€``."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "montant non renseigné"
    if abs(value) >= 1e6:
        return f"{fr_number(value / 1e6, 1)} M€"
    if abs(value) >= 1e3:
        return f"{fr_number(value / 1e3, 0)} k€"
    return f"{fr_number(value, 0)} €"


def _plural(n: int, singular: str, plural: str | None = None) -> str:
    return f"{n} {singular if n in (0, 1) else (plural or singular + 's')}"


def _nonempty(series: pd.Series) -> pd.Series:
    """True where a text cell has content (not null, not blank)."""
    if series.dtype != object:
        return series.notna() & series.astype("string").str.strip().fillna("").ne("")
    # object column (the usual case): only a string can be blank once written out (numbers,
    # lists, dates never are), so test the strings alone instead of converting the column
    blank = np.fromiter(
        (isinstance(v, str) and not v.strip() for v in series.to_numpy()), bool, len(series)
    )
    known = series.notna().to_numpy()
    return pd.Series(known & ~blank, index=series.index, dtype="boolean", name=series.name)


def _as_list(value: object) -> list[str]:
    """A list cell as a clean list of strings (lists, arrays, ``;``-joined text, null)."""
    if value is None:
        return []
    if isinstance(value, str):
        return [p.strip() for p in value.split(";") if p.strip()]
    if isinstance(value, Iterable):
        return [str(v).strip() for v in value if v is not None and str(v).strip()]
    if isinstance(value, float) and math.isnan(value):
        return []
    return [str(value)]


def _col(df: pd.DataFrame | None, name: str, default: object = None) -> pd.Series:
    """Column ``name`` or a column of ``default`` (optional input columns stay optional)."""
    if df is None:
        return pd.Series(dtype=object)
    if name in df.columns:
        return df[name]
    return pd.Series([default] * len(df), index=df.index, dtype=object)


def _region(df: pd.DataFrame | None, region_code: str) -> pd.DataFrame:
    """Rows of ``region_code`` (a copy; an empty frame when the input is missing)."""
    if df is None or df.empty:
        return pd.DataFrame() if df is None else df.iloc[0:0].copy()
    if "region_code" not in df.columns:
        return df.copy()
    return df[df["region_code"].astype("string") == str(region_code)].copy()


def _authority_key(df: pd.DataFrame) -> pd.Series:
    """Respondent identity: SIREN, else the authority name, else the file (never merged)."""
    siren = _col(df, "siren").astype("string").str.strip()
    name = "nom:" + _col(df, "authority_name").astype("string").str.strip()
    src = "fichier:" + _col(df, "source_file").astype("string")
    return siren.where(siren.notna() & siren.ne(""), name).fillna(src)


def _answered(responses: pd.DataFrame) -> pd.Series:
    """A (authority, lever) row counts as an answer when any answer field is filled."""
    mask = pd.Series(False, index=responses.index)
    for column in (
        "relevance_score", "deployment_score", "relevance_label", "deployment_label",
        "actions_text", "blockers_text", "needs_text", "exemplary_project_text",
    ):  # fmt: skip
        if column in responses.columns:
            mask |= _nonempty(responses[column])
    return mask


def _levers(levers: pd.DataFrame) -> pd.DataFrame:
    out = levers.copy()
    if "label" not in out.columns and "lever_label" in out.columns:
        out["label"] = out["lever_label"]
    for column in ("theme", "label", "thematic", "target_2030"):
        if column not in out.columns:
            out[column] = None
    return out[["lever_code", "theme", "label", "thematic", "target_2030"]].reset_index(drop=True)


def _has_target(text: object) -> bool:
    """A 2030 target exists unless the reference says « Pas de cible » or gives nothing."""
    if text is None or (isinstance(text, float) and math.isnan(text)):
        return False
    text = str(text).strip()
    return bool(text) and not _NO_TARGET_RE.match(text)


def _redact(text: object) -> object:
    """Mask e-mail addresses in free text copied from questionnaires (personal data)."""
    if isinstance(text, str):
        return _EMAIL_RE.sub("[courriel masqué]", text)
    return text


def _round(value: float, digits: int = 2) -> float:
    return float(round(value, digits)) if value is not None and not pd.isna(value) else np.nan


def thematic_label(code: str | None) -> str:
    """« Se loger » for ``se_loger``; the code itself when unknown."""
    if code == TRANSVERSE:
        return "Transverse"
    return THEMATICS.get(code or "", code or "")
