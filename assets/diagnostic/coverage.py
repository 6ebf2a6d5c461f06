"""Response coverage: who was asked, who answered, per département and authority type."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from assets.diagnostic.config import DiagnosticConfig
from assets.diagnostic.frames import _answered, _authority_key, _region
from assets.diagnostic.state_of_play import _recipient_keys


def response_coverage(
    region_code: str,
    recipients: pd.DataFrame | None,
    responses: pd.DataFrame | None,
    config: DiagnosticConfig | None = None,
    *,
    department_names: dict[str, str] | None = None,
    answered: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Who answered: one row for the region, one per département, one per authority type.

    Columns: region_code, dimension (``region``/``departement``/``type``), key, label,
    n_recipients, n_respondents (all who answered), n_respondents_recipients (of whom in the
    recipients list), response_rate (the latter / n_recipients, NaN without recipients).
    """
    del config  # same signature as the other functions; nothing to tune here
    rec = _region(recipients, region_code)
    rec = rec.assign(_who=_recipient_keys(rec)) if not rec.empty else rec
    if answered is not None:  # the caller's answered rows of the region's responses
        resp = answered.drop_duplicates("_who")
    else:
        resp = _region(responses, region_code)
        if not resp.empty:
            resp = resp[_answered(resp)]
            resp = resp.assign(_who=_authority_key(resp)).drop_duplicates("_who")
    rows: list[dict[str, Any]] = []

    def add(dimension: str, key: str | None, label: str, r: pd.DataFrame, a: pd.DataFrame) -> None:
        n_rec = int(r["_who"].nunique()) if not r.empty else 0
        n_resp = int(a["_who"].nunique()) if not a.empty else 0
        # respondents of this slice found among the recipients of this slice (rate ≤ 1)
        r_keys = set(r["_who"]) if not r.empty else set()
        n_match = int(a["_who"].isin(r_keys).sum()) if not a.empty else 0
        rows.append(
            {
                "region_code": str(region_code), "dimension": dimension, "key": key,
                "label": label, "n_recipients": n_rec, "n_respondents": n_resp,
                "n_respondents_recipients": n_match,
                "response_rate": round(n_match / n_rec, 4) if n_rec else np.nan,
            }
        )  # fmt: skip

    add("region", str(region_code), "Région", rec, resp)
    names = department_names or {}
    for column, dimension in (("department_code", "departement"), ("authority_type", "type")):
        keys: set[str] = set()
        for df in (rec, resp):
            if not df.empty and column in df.columns:
                keys |= set(df[column].dropna().astype(str))
        # each column's text once, not once per key (the same masks)
        rec_text = rec[column].astype("string") if column in rec.columns else None
        resp_text = resp[column].astype("string") if column in resp.columns else None
        for key in sorted(keys):
            r = rec[rec_text == key] if rec_text is not None else rec.iloc[0:0]
            a = resp[resp_text == key] if resp_text is not None else resp.iloc[0:0]
            label = f"{key} – {names[key]}" if dimension == "departement" and key in names else key
            add(dimension, key, label, r, a)
    # respondents whose type/département is unknown are only in the region row
    return pd.DataFrame(rows)
