"""The published tables: which ones, and each exactly as published (types, columns, values).

The registry of published tables (:data:`PUBLISHED_TABLES`, internal columns dropped) and
:func:`published_table`: personal columns dropped, the 2025 lever name added, types made
explicit, spreadsheet formulas neutralised (:func:`neutralise`). Pure: no Dagster, no files;
the writers (:mod:`assets.publication.writers`) and the Dagster column schema
(``assets.metadata``) both start from here.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re

import numpy as np
import pandas as pd

from assets.personal_data import EMAIL_MASK, EMAIL_RE
from assets.resources import Warehouse

PUBLISHED_TABLES = (
    "actions",
    "action_steps",
    "referential_scores",
    "contract_targets",
    "questionnaire_responses",
    "lever_targets",
    "lever_state_of_play",
    "lever_families",
    "priority_themes",
    "exemplary_projects",
    "cop_action_candidates",
    "ingestion_report",
)

# Internal columns that stay in the warehouse.
_DROP = {
    "questionnaire_responses": ["source_sha256"],
    "action_steps": [],
}


def _region_name(region: str) -> str:
    try:
        from sources.reference import region_by_code

        found = region_by_code().get(region)
        return getattr(found, "name", None) or str(region)
    except Exception:  # noqa: BLE001 - a missing name must not block publishing
        return region


def published_frames(warehouse: Warehouse, region: str) -> dict[str, pd.DataFrame]:
    """The published tables of a region, as read from the warehouse."""
    frames = {}
    for table in PUBLISHED_TABLES:
        frame = warehouse.read_table(table, region)
        frames[table] = frame.drop(columns=_DROP.get(table, []), errors="ignore")
    return frames


PERSONAL_DATA_COLUMNS: frozenset[str] = frozenset(
    {
        "respondent_name", "respondent_function", "respondent_email", "contact_email",
        "email", "e_mail", "courriel", "nom_du_repondant", "fonction", "phone", "telephone",
    }
)  # fmt: skip

# Tables whose text comes (partly) from questionnaires: checked for e-mail addresses.
QUESTIONNAIRE_TABLES: frozenset[str] = frozenset(
    {
        "questionnaire_responses", "exemplary_projects", "cop_action_candidates",
        "priority_themes", "lever_families", "lever_state_of_play", "response_coverage",
        "recipients", "questionnaire_projects",
    }
)  # fmt: skip

_FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")
# Leading characters a spreadsheet may skip before reading a formula: whitespace and
# invisible format characters (zero-width, bidi controls, BOM, soft hyphen).
_INVISIBLE_RE = re.compile(r"[\s\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]*")
# A separator (whatever the one a spreadsheet picks), then invisible characters, then a
# trigger: « Voir,=2+5+cmd|' /C calc'!A0 » becomes « Voir,'=2+5+cmd|' /C calc'!A0 ».
_SEGMENT_FORMULA_RE = re.compile(
    r"(?<=[,;\t|])(?=[\s\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]*"
    r"(?:[=@\uff1d\uff20]|[+\-\uff0b\uff0d](?![\d\s.,%€]*$)))"
)
# First characters after which neutralise() has something to look at: a trigger, whitespace
# (``\s`` is str.isspace) or an invisible character of _INVISIBLE_RE.
_FIRST_TRIGGERS = frozenset(
    "=+-@\t\r\uff1d\uff0b\uff0d\uff20\u00ad\u180e\u200b\u200c\u200d\u200e\u200f"
    "\u202a\u202b\u202c\u202d\u202e\ufeff"
) | frozenset(chr(c) for c in range(0x2060, 0x2070))
_INTEGER_NAME_RE = re.compile(
    r"^(n_.*|rank|.*_year|page|source_row|step_no|row_no|period_start|period_end|priority_theme_rank|stars)$"
)


# ----------------------------------------------------------------------------- values


def _is_missing(value: object) -> bool:
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    return isinstance(value, float) and math.isnan(value)


def _is_list(value: object) -> bool:
    return isinstance(value, list | tuple | np.ndarray)


def neutralise(text: str) -> str:
    """Make a text harmless in a spreadsheet (CSV/XLSX only).

    A leading ``'`` when the text starts with a formula trigger, also after whitespace or
    invisible characters (``\\u200b=HYPERLINK(…)``); and a ``'`` after any separator
    (``, ; tab |``) followed by a trigger, so the text stays harmless when a spreadsheet splits
    it with another separator than ours.
    """
    if not text:
        return text
    first = text[0]
    if (
        first not in _FIRST_TRIGGERS
        and not first.isspace()
        and "," not in text
        and "\t" not in text
        and ";" not in text
        and "|" not in text
    ):
        return text  # the common case: nothing either rule below could change
    if "," in text or "\t" in text or ";" in text or "|" in text:
        text = _SEGMENT_FORMULA_RE.sub("'", text)
    head = _INVISIBLE_RE.match(text)
    rest = text[head.end() :] if head else text
    if text.startswith(_FORMULA_PREFIXES) or (rest and rest.startswith(_FORMULA_PREFIXES)):
        return "'" + text
    return text


def redact_emails(df: pd.DataFrame, replacement: str = EMAIL_MASK) -> pd.DataFrame:
    """Copy of ``df`` with e-mail addresses in text cells masked (call upstream of publish)."""
    out = df.copy()
    for column in out.columns:
        series = out[column]
        if not (series.dtype == object or pd.api.types.is_string_dtype(series)):
            continue
        # An address holds an « @ »: only those cells (few) go through the pattern, each
        # distinct text once (answers repeat the same free text over their levers).
        texts = [isinstance(v, str) and "@" in v for v in series.to_numpy()]
        if not any(texts):
            continue
        hits = series[np.asarray(texts, dtype=bool)]
        masked = {text: EMAIL_RE.sub(replacement, text) for text in pd.unique(hits)}
        values = series.to_numpy(copy=True)
        values[np.asarray(texts, dtype=bool)] = [masked[text] for text in hits]
        out[column] = pd.Series(values, index=series.index, dtype=series.dtype)
    return out


def _list_cell(value: object) -> object:
    """A cell of a list column as published: a list of strings (missing items dropped), a
    dict as JSON text, a lone value as a one-item list, a missing cell as an empty list."""
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, default=str)
    if _is_list(value):
        items = value.tolist() if isinstance(value, np.ndarray) else list(value)
        if all(type(x) is str for x in items):  # the common cell: texts only, kept as they are
            return items
        return [x if type(x) is str else str(x) for x in items if not _is_missing(x)]
    return [] if _is_missing(value) else [str(value)]


def _column_kind(series: pd.Series) -> str:
    """Frictionless type of a prepared column (``list`` is written as a string)."""
    if pd.api.types.is_bool_dtype(series):
        return "boolean"
    if pd.api.types.is_integer_dtype(series):
        return "integer"
    if pd.api.types.is_float_dtype(series):
        return "number"
    if pd.api.types.is_datetime64_any_dtype(series):
        return "datetime"
    values = series.dropna()
    if values.empty:
        return "string"
    if pd.api.types.infer_dtype(values, skipna=False) == "string":
        return "string"  # every value a str, found in C (large text columns)
    types = set(map(type, values))  # one pass; large text columns are the common case
    if all(issubclass(t, list | tuple | np.ndarray) for t in types):
        return "list"
    if all(issubclass(t, bool | np.bool_) for t in types):
        return "boolean"
    if all(issubclass(t, dt.date) and not issubclass(t, dt.datetime) for t in types):
        return "date"
    return "string"


# What decides how prepare_table converts a column (:func:`column_facts`): facts of two
# parts of a table merge into those of the whole (:func:`merge_facts`), so rows added to a
# table can be prepared alone under the whole table's decisions (assets.publication.rows).
ColumnFacts = tuple


def column_facts(column: str, s: pd.Series) -> ColumnFacts:
    """The facts :func:`prepare_table` decides a column's conversion on.

    ``("int", integral)`` for a float count column (every finite value integral, or none),
    ``("datetime", midnight)`` for a date-time column (every value at midnight),
    ``("object", any_value, all_str, any_list, all_bool, all_date)`` for a text/object column
    (the ``all_*`` true when no value), ``("keep",)`` otherwise.
    """
    if pd.api.types.is_float_dtype(s) and _INTEGER_NAME_RE.match(column):
        finite = s.dropna()
        return (
            "int",
            bool(finite.empty or (np.isfinite(finite).all() and (finite == finite.round()).all())),
        )
    if pd.api.types.is_datetime64_any_dtype(s):
        s = s.dt.tz_localize(None) if getattr(s.dt, "tz", None) is not None else s
        return ("datetime", bool(s.dropna().eq(s.dropna().dt.normalize()).all()))
    if s.dtype != object and not pd.api.types.is_string_dtype(s):
        return ("keep",)
    values = s.dropna()
    if values.empty:
        return ("object", False, True, False, True, True)
    if pd.api.types.infer_dtype(values, skipna=False) == "string":
        return ("object", True, True, False, False, False)
    any_list = bool(values.map(lambda v: _is_list(v) or isinstance(v, dict)).any())
    all_bool = bool(values.map(lambda v: isinstance(v, bool | np.bool_)).all())
    all_date = bool(
        values.map(lambda v: isinstance(v, dt.date) and not isinstance(v, dt.datetime)).all()
    )
    return ("object", True, False, any_list, all_bool, all_date)


def merge_facts(a: ColumnFacts, b: ColumnFacts) -> ColumnFacts | None:
    """The facts of a column made of two parts' rows; ``None`` when the parts' kinds differ."""
    if a[0] != b[0] or len(a) != len(b):
        return None
    if a[0] == "object":
        return ("object", a[1] or b[1], a[2] and b[2], a[3] or b[3], a[4] and b[4], a[5] and b[5])
    if a[0] in ("int", "datetime"):
        return (a[0], a[1] and b[1])
    return a


def _object_decision(facts: ColumnFacts) -> str:
    _, any_value, all_str, any_list, all_bool, all_date = facts
    if any_value and all_str:
        return "string"
    if any_list:
        return "list"
    if any_value and all_bool:
        return "boolean"
    if any_value and all_date:
        return "date"
    return "other"


def decision(facts: ColumnFacts) -> tuple[str, bool | str]:
    """How a column with these facts is converted (equal decisions: equal conversions)."""
    if facts[0] == "object":
        return ("object", _object_decision(facts))
    if facts[0] in ("int", "datetime"):
        return (facts[0], facts[1])
    return ("keep", "")


def prepare_table(name: str, df: pd.DataFrame) -> tuple[pd.DataFrame, list[str]]:
    """Publishable copy of a table: personal columns dropped, types made explicit.

    Lists become lists of strings, dicts JSON text, object booleans real booleans, integral
    float counts (``n_*``, years, ranks, pages) nullable integers, other objects strings.
    Returns the frame and the dropped column names.
    """
    out, dropped, _ = prepare_table_facts(name, df)
    return out, dropped


def prepare_table_facts(
    name: str, df: pd.DataFrame, facts: dict[str, ColumnFacts] | None = None
) -> tuple[pd.DataFrame, list[str], dict[str, ColumnFacts]]:
    """:func:`prepare_table`, also returning each column's :func:`column_facts`; with
    ``facts`` given (those of a larger table these rows are part of), the columns are
    converted as that table's are (a cell's conversion depends on its value and the column's
    decision alone)."""
    dropped = [c for c in df.columns if str(c).lower() in PERSONAL_DATA_COLUMNS]
    out = df.drop(columns=dropped).reset_index(drop=True).copy()
    out.columns = [str(c) for c in out.columns]
    seen: dict[str, ColumnFacts] = {}
    for column in out.columns:
        s = out[column]
        own = column_facts(column, s)
        seen[column] = own
        kind, choice = decision(facts[column] if facts is not None else own)
        if kind == "int":
            if choice:
                out[column] = s.round().astype("Int64")
            continue
        if kind == "datetime":
            s = s.dt.tz_localize(None) if getattr(s.dt, "tz", None) is not None else s
            if choice:
                out[column] = s.dt.date.astype(object).where(s.notna(), None)
            else:
                out[column] = s
            continue
        if kind == "keep":
            continue
        if choice == "string":
            # Plain text (the bulk of a large answer table): no per-cell checks needed.
            out[column] = s.astype(object).where(s.notna(), None)
        elif choice == "list":
            out[column] = pd.Series(
                [_list_cell(v) for v in s.to_numpy(dtype=object)], index=s.index, dtype=object
            )
        elif choice == "boolean":
            out[column] = s.map(lambda v: None if _is_missing(v) else bool(v)).astype("boolean")
        elif choice == "date":
            out[column] = s.where(s.notna(), None)
        else:
            out[column] = s.map(lambda v: None if _is_missing(v) else str(v)).astype(object)
    return out, dropped, seen


def with_lever_label_2025(df: pd.DataFrame) -> pd.DataFrame:
    """Copy of ``df`` with the 2025 SGPE lever name beside ``lever_code`` (crosswalk data).

    Published tables keep the seed-004 codes as keys; since March 2025 authorities, TeT and the
    data.gouv schema name levers with the list of 50, so every table with ``lever_code`` also
    says that name (``lever_label_2025``, after ``lever_label`` when present).
    """
    if "lever_code" not in df.columns or "lever_label_2025" in df.columns:
        return df
    from sources.levers.crosswalk import label_2025

    out = df.copy()
    anchor = "lever_label" if "lever_label" in out.columns else "lever_code"
    # one lookup per distinct code (a large answer table repeats ~40 codes)
    rows, codes = pd.factorize(out["lever_code"].to_numpy(dtype=object), use_na_sentinel=True)
    lookup = np.empty(len(codes) + 1, dtype=object)  # the last slot: missing code (row -1)
    lookup[:-1] = [label_2025(code) if isinstance(code, str) else None for code in codes]
    lookup[-1] = None
    values = pd.Series(lookup[rows], index=out.index, dtype=object)
    out.insert(list(out.columns).index(anchor) + 1, "lever_label_2025", values)
    return out


def published_table(name: str, df: pd.DataFrame) -> tuple[pd.DataFrame, list[str]]:
    """A table exactly as published: the columns computed at publication added (2025 lever
    name), personal columns dropped, types made explicit; returns it and the dropped names.

    :func:`publish` writes this frame and derives the datapackage fields from it; the Dagster
    ``dagster/column_schema`` (``assets.metadata``) is built from the same call, so the UI
    and the published package list the same columns with the same types.
    """
    return prepare_table(name, with_lever_label_2025(df))


def published_table_facts(
    name: str, df: pd.DataFrame, facts: dict[str, ColumnFacts] | None = None
) -> tuple[pd.DataFrame, dict[str, ColumnFacts]]:
    """:func:`published_table` with the columns' facts (:func:`prepare_table_facts`)."""
    out, _, seen = prepare_table_facts(name, with_lever_label_2025(df), facts)
    return out, seen
