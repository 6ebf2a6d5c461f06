"""Classify any list of actions (CSV or workbook with a ``title`` column) onto the levers.

Regional teams hold action lists from many sources (TeT exports, PCAET open data, their own
tables); ``copdiag levers classify`` runs them through :func:`sources.levers.classifier.classify`
and writes, next to the original columns, the lever code, its French label, its 2025 SGPE
name(s), the thematic, the confidence and the words that decided. Pure function over bytes:
the CLI only reads and writes files.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from sources.errors import InputRejected
from sources.levers.classifier import classify
from sources.levers.crosswalk import label_2025
from sources.levers.sectors import NO_LEVER_SECTOR, SectorAction, outcome
from sources.reference import THEMATICS, TRANSVERSE, lever_by_code
from sources.spreadsheet import Sheet, load_workbook
from sources.values import fold, one_line

TITLE_HEADERS = (
    "title",
    "titre",
    "intitule",
    "titre de l action",
    "intitule de l action",
    "nom",
    "nom de l action",
    "action",
)
DESCRIPTION_HEADERS = ("description", "descriptif", "desc", "contexte", "resume")
SECTOR_HEADERS = ("secteurs", "secteur", "secteurs ademe")
OUTPUT_COLUMNS = (
    "lever_code",
    "lever_label",
    "lever_label_2025",
    "thematic",
    "thematic_label",
    "confidence",
    "lever_terms",
    "lever_source",
)
TRANSVERSE_LABEL = "Transverse (aucun levier)"
_HEADER_SCAN_ROWS = 20


@dataclass(frozen=True)
class Classified:
    """The table written out and counts for the summary."""

    header: list[str]
    rows: list[list[str]]
    n_actions: int
    n_transverse: int
    sheet: str
    # when the input has ADEME-style sectors (column « secteurs », « | »-separated): counts of
    # in_sector / transverse / other_sector over actions having a lever sector
    sector_outcomes: dict[str, int] | None = None


def _text(value: object) -> str:
    return one_line(value) or ""


def _cell(value: object) -> str:
    """A cell passed through unchanged (line breaks kept), as text."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _find_header(sheet: Sheet) -> tuple[int, int, int | None, int | None] | None:
    """(header row, title column, description column, sectors column) in the first rows."""
    for r, row in enumerate(sheet.rows[:_HEADER_SCAN_ROWS]):
        keys = [fold(v) for v in row]
        title = next((i for i, k in enumerate(keys) if k in TITLE_HEADERS), None)
        if title is None:
            continue
        # prefer the most specific title header when several are present ("title" over "nom")
        for name in TITLE_HEADERS:
            if name in keys:
                title = keys.index(name)
                break
        desc = next((keys.index(n) for n in DESCRIPTION_HEADERS if n in keys), None)
        sectors = next((keys.index(n) for n in SECTOR_HEADERS if n in keys), None)
        return r, title, desc, sectors
    return None


def classify_table(data: bytes, filename: str) -> Classified:
    """Read the first sheet holding a title column and classify each row.

    Raises :class:`InputRejected` (French reason) when the file cannot be read or has no
    column named ``title`` (or « Titre », « Intitulé », « Nom de l'action »…).
    """
    workbook = load_workbook(data, filename)
    for sheet in sorted(workbook.sheets, key=lambda s: s.hidden):
        found = _find_header(sheet)
        if found is not None:
            break
    else:
        raise InputRejected(
            "aucune colonne « title » (ou « Titre », « Intitulé », « Nom de l'action ») "
            "dans les premières lignes",
            "no_title_column",
        )
    header_row, title_col, desc_col, sector_col = found
    outcomes: dict[str, int] | None = {} if sector_col is not None else None
    raw_header = sheet.rows[header_row]
    width = max(len(raw_header), *(len(r) for r in sheet.rows[header_row + 1 :]), 0)
    header = [_text(v) or f"colonne_{i + 1}" for i, v in enumerate(raw_header)]
    header += [f"colonne_{i + 1}" for i in range(len(header), width)]
    out_header = header + [c for c in OUTPUT_COLUMNS if c not in header]
    rows: list[list[str]] = []
    n_transverse = 0
    for raw in sheet.rows[header_row + 1 :]:
        values = [_cell(v) for v in raw] + [""] * (width - len(raw))
        if not any(v.strip() for v in values):
            continue
        title = _text(values[title_col])
        body = _text(values[desc_col]) if desc_col is not None else ""
        match = classify(title, body)
        lever = lever_by_code().get(match.lever_code)
        n_transverse += match.lever_code == TRANSVERSE
        if outcomes is not None and sector_col is not None:
            sectors = tuple(x.strip() for x in values[sector_col].split("|") if x.strip())
            result = outcome(match.lever_code, SectorAction("", title, sectors))
            if result != NO_LEVER_SECTOR:
                outcomes[result] = outcomes.get(result, 0) + 1
        extra = {
            "lever_code": match.lever_code,
            "lever_label": lever.label if lever else TRANSVERSE_LABEL,
            "lever_label_2025": label_2025(match.lever_code) or "",
            "thematic": lever.thematic if lever else TRANSVERSE,
            "thematic_label": THEMATICS[lever.thematic] if lever else TRANSVERSE_LABEL,
            "confidence": f"{match.confidence:.3f}",
            "lever_terms": "; ".join(match.matched_terms),
            "lever_source": match.source,
        }
        by_name = dict(zip(header, values, strict=False))
        by_name.update(extra)
        rows.append([by_name.get(c, "") for c in out_header])
    return Classified(out_header, rows, len(rows), n_transverse, sheet.name, outcomes)


def to_csv(result: Classified) -> str:
    """UTF-8 CSV text (comma, quoted when needed)."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(result.header)
    writer.writerows(result.rows)
    return buffer.getvalue()
