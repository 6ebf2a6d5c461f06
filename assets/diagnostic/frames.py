"""Shared frame helpers of the diagnostic rules: lever frame, French number formats, columns,
region filter, authority keys, answered rows, redaction.
"""

from __future__ import annotations

import dataclasses
import math
import re
import weakref
from collections.abc import Callable, Iterable
from typing import Any

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


def _text_only(series: pd.Series) -> bool:
    """An object column whose non-null cells are all ``str`` (one C-level pass): its distinct
    values can stand for its cells."""
    return series.dtype == object and pd.api.types.infer_dtype(series, skipna=True) in (
        "string",
        "empty",
    )


def _per_value(series: pd.Series, fn: Callable[[pd.Series], pd.Series]) -> pd.Series:
    """``fn`` (an element-wise transformation) computed on the distinct values of a text
    column and spread back: answers repeat the same labels and sentences thousands of times."""
    codes, uniques = pd.factorize(series, use_na_sentinel=False)
    values = fn(pd.Series(uniques, dtype=object)).to_numpy()
    return pd.Series(values[codes], index=series.index, name=series.name)


def _nonempty(series: pd.Series) -> pd.Series:
    """True where a text cell has content (not null, not blank)."""
    if pd.api.types.is_numeric_dtype(series) or pd.api.types.is_bool_dtype(series):
        # a number written out is never blank: the same mask as the text test below
        return pd.Series(
            series.notna().to_numpy(), index=series.index, dtype="boolean", name=series.name
        )
    if series.dtype != object:
        return series.notna() & series.astype("string").str.strip().fillna("").ne("")
    if _text_only(series):
        blank = _per_value(series, lambda u: u.map(lambda v: isinstance(v, str) and not v.strip()))
        known = series.notna().to_numpy()
        return pd.Series(
            known & ~blank.to_numpy(dtype=bool), index=series.index, dtype="boolean",
            name=series.name,
        )  # fmt: skip
    # object column (the usual case): only a string can be blank once written out (numbers,
    # lists, dates never are), so test the strings alone instead of converting the column
    blank = np.fromiter(
        (isinstance(v, str) and not v.strip() for v in series.to_numpy()), bool, len(series)
    )
    known = series.notna().to_numpy()
    return pd.Series(known & ~blank, index=series.index, dtype="boolean", name=series.name)


# cell types that ``to_dict("records")`` gives back as they are (``maybe_box_native`` leaves
# them unchanged): only numpy scalars, ``pd.NA`` and the like are boxed
_NATIVE_CELLS = frozenset({str, type(None), float, int, bool, list, dict, tuple})


def as_records(df: pd.DataFrame) -> list[dict[str, Any]]:
    """``df.to_dict("records")``, the same cells (boxed alike), built column by column: the
    pandas method boxes every cell of a text column one call at a time (~1 s a refresh over
    the diagnostic's records, almost all of it on cells left as they are)."""
    from pandas.api.extensions import ExtensionDtype
    from pandas.core.dtypes.cast import maybe_box_native

    columns = df.columns.tolist()
    cells: list[list[Any]] = []
    for k in range(len(columns)):
        series = df.iloc[:, k]
        values = series._values
        # ``itertuples``' cells: ``ndarray.item`` (as ``tolist``), else the array's own
        column = values.tolist() if isinstance(values, np.ndarray) else list(values)
        if series.dtype == np.dtype(object) or isinstance(series.dtype, ExtensionDtype):
            odd = [i for i, t in enumerate(map(type, column)) if t not in _NATIVE_CELLS]
            for i in odd:
                column[i] = maybe_box_native(column[i])
        cells.append(column)
    return [dict(zip(columns, row, strict=True)) for row in zip(*cells, strict=True)]


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


# Frames no rule edits (a run's input frames and the rows derived from them, shared by the
# five diagnostic assets: ``store.DiagnosticInputs``), by ``id``; weak, so a frame dropped
# after its run leaves. ``tests/assets/diagnostic/test_shared_inputs.py`` checks that no rule
# edits them (their content hashes before and after every rule).
_SHARED: weakref.WeakValueDictionary[int, pd.DataFrame] = weakref.WeakValueDictionary()


# whether every row of a shared frame is a region's, by (id, region): the region's text
# compared over all rows once per frame, not per rule (27 times a refresh); entries of a
# frame gone are dropped with it (``weakref.finalize``)
_ALL_OF_REGION: dict[tuple[int, str], bool] = {}


def share(df: pd.DataFrame) -> pd.DataFrame:
    """Mark ``df`` as read by the rules without a copy (:func:`_region` gives it back as it
    is): nobody edits it. Returns ``df``."""
    if not _shared(df):
        _SHARED[id(df)] = df
        weakref.finalize(df, _forget, id(df))
    return df


def _forget(key: int) -> None:
    for entry in [k for k in _ALL_OF_REGION if k[0] == key]:
        _ALL_OF_REGION.pop(entry, None)


def _shared(df: pd.DataFrame) -> bool:
    return _SHARED.get(id(df)) is df


def _region(df: pd.DataFrame | None, region_code: str) -> pd.DataFrame:
    """Rows of ``region_code`` (a copy, or a shared frame itself when all its rows are the
    region's: :func:`share`; an empty frame when the input is missing)."""
    if df is None or df.empty:
        return pd.DataFrame() if df is None else df.iloc[0:0].copy()
    if "region_code" not in df.columns:
        return df if _shared(df) else df.copy()
    shared = _shared(df)
    if shared and _ALL_OF_REGION.get((id(df), str(region_code))):
        return df
    mask = _text_equals(df["region_code"], str(region_code))
    if isinstance(mask, pd.Series):  # a missing code (``<NA>``) selects no row, as before
        mask = mask.fillna(False).to_numpy(dtype=bool)
    if shared:
        _ALL_OF_REGION[(id(df), str(region_code))] = bool(mask.all())
    if mask.all():  # the usual case (inputs read for one region): no row selection
        return df if shared else df.copy()
    return df[mask].copy()


def _as_string(series: pd.Series, strip: bool) -> pd.Series:
    """``series.astype("string")`` (stripped when ``strip``), computed once per distinct value
    of a text column."""

    def convert(s: pd.Series) -> pd.Series:
        text = s.astype("string")
        return text.str.strip() if strip else text

    if not _text_only(series) or series.empty:
        return convert(series)
    out = _per_value(series, lambda u: convert(u).astype(object))
    return out.astype("string")


def _text_equals(series: pd.Series, value: str, strip: bool = False) -> pd.Series | np.ndarray:
    """``series.astype("string") == value`` (stripped first when ``strip``) as a row mask,
    compared once per distinct value of a text column."""

    def equals(s: pd.Series) -> pd.Series:
        text = s.astype("string")
        return (text.str.strip() if strip else text) == value

    if not _text_only(series) or series.empty:
        return equals(series)
    return _per_value(series, lambda u: equals(u).fillna(False).astype(bool)).to_numpy(bool)


_KEY_COLUMNS = ("siren", "authority_name", "source_file")


def _authority_key(df: pd.DataFrame) -> pd.Series:
    """Respondent identity: SIREN, else the authority name, else the file (never merged).

    Computed once per distinct (SIREN, name, file) — one per questionnaire — and spread back
    to the answers (47 per questionnaire)."""
    columns = [_col(df, c) for c in _KEY_COLUMNS]
    if df.empty or not all(_text_only(c) for c in columns):
        return _authority_key_rows(df)
    combined = np.zeros(len(df), dtype=np.int64)
    for column in columns:
        codes, uniques = pd.factorize(column, use_na_sentinel=False)
        combined = combined * (len(uniques) + 1) + codes
    _, first, inverse = np.unique(combined, return_index=True, return_inverse=True)
    few = pd.DataFrame({c: s.iloc[first] for c, s in zip(_KEY_COLUMNS, columns, strict=True)})
    keys = _authority_key_rows(few).rename(columns[0].name)
    return pd.Series(keys.array.take(inverse.ravel()), index=df.index, name=keys.name)


def _authority_key_rows(df: pd.DataFrame) -> pd.Series:
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


class _DepartmentSplit:
    """A frame's rows of one département at a time (``department_code`` as text), with the
    text keys computed once for all départements."""

    def __init__(self, df: pd.DataFrame | None, strip: bool = False) -> None:
        self.df = df
        self.keys = None
        if df is not None and not df.empty and "department_code" in df.columns:
            self.keys = _KeyMask(_as_string(df["department_code"], strip=strip))

    def of(self, dept: str) -> pd.DataFrame | None:
        if self.keys is None:
            return self.df if self.df is None else self.df.iloc[0:0]
        return self.df[self.keys == dept]


class _KeyMask:
    """``keys == value`` row masks of a text key column (pandas ``string``), each distinct
    value's mask from integer codes (a string comparison over every row cost ~10 ms a time,
    asked for each département of each input). A missing key equals no value."""

    def __init__(self, keys: pd.Series) -> None:
        codes, uniques = pd.factorize(keys)  # missing keys → -1
        self.codes = codes
        self.where = {value: i for i, value in enumerate(uniques)}

    def __eq__(self, value: object) -> np.ndarray:  # type: ignore[override]
        code = self.where.get(value, -2) if isinstance(value, str) else -2
        return self.codes == code

    __hash__ = None  # type: ignore[assignment]
