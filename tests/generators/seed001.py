"""Seed 001 (the real PCAET action plan of Grand Auch Cœur de Gascogne) read as blocks.

``tests/fixtures/seeds/001_809f173e562b92b5.txt`` is the text form of the plan (tab-separated
lines were tables; ``<p>``/``<li>`` remnants come from the conversion). :func:`load_seed` turns
it into :class:`Block` s in document order, nothing dropped; the reportlab layouts
(:mod:`tests.generators.seed_pdf`) and the producer sources
(:mod:`tests.generators.producer_corpus`) render those blocks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

SEED_PATH = Path(__file__).resolve().parents[1] / "fixtures" / "seeds" / "001_809f173e562b92b5.txt"


PLAN_NAME = "Grand Auch Cœur de Gascogne"

FIELD_LABELS = (
    "Contexte",
    "Objectifs et résultats attendus",
    "Indicateurs",
    "Publics cibles",
    "Prise en compte de l'EES",
    "Liens avec les objectifs réglementaires",
)
IMPL_TITLE = "Modalités de mise en oeuvre"

# --------------------------------------------------------------------------- seed model


@dataclass
class Block:
    """One element of the seed, in document order.

    kinds: ``axis`` (lines), ``objective`` (lines: code and label as split in the seed),
    ``section`` (text), ``para`` (text), ``summary`` (lines "FICHE c titre"), ``summary_table``
    (rows of 2 cells), ``fiche`` (code, heading lines), ``fields`` (label → raw value, and
    whether the seed gives them as a table), ``bold`` (lines), ``impl`` (header, rows).
    """

    kind: str
    lines: list[str] = field(default_factory=list)
    code: str | None = None
    fields: list[tuple[str, str]] = field(default_factory=list)
    tabular: bool = False
    header: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)


_FICHE_LINE_RE = re.compile(r"^FICHE\s+(\d+\.\d+\.\d+)\s*(.*)$")
_OBJ_CODE_RE = re.compile(r"^\d+[.,]\d+$")


def seed_text() -> str:
    return SEED_PATH.read_text(encoding="utf-8")


def load_seed(text: str | None = None) -> list[Block]:
    """The seed as a list of :class:`Block` (document order, nothing dropped)."""
    raw_lines = (text if text is not None else seed_text()).split("\n")
    blocks: list[Block] = []
    i = 0
    n = len(raw_lines)

    def nonblank(j: int) -> int:
        while j < n and not raw_lines[j].strip():
            j += 1
        return j

    while i < n:
        line = raw_lines[i].rstrip("\n")
        if not line.strip():
            i += 1
            continue
        stripped = line.strip()
        if "\t" in line:
            rows = []
            while i < n and "\t" in raw_lines[i]:
                rows.append([c.strip() for c in raw_lines[i].split("\t")])
                i += 1
            if rows[0][0] == "Etape":
                blocks.append(Block("impl", header=rows[0], rows=rows[1:]))
            elif rows[0][0].startswith("FICHE"):
                blocks.append(Block("summary_table", rows=rows))
            else:
                blocks.append(Block("fields", fields=[(r[0], r[1]) for r in rows], tabular=True))
            continue
        if stripped.startswith("Axe "):
            lines = [stripped]
            j = nonblank(i + 1)
            while j < n and not _OBJ_CODE_RE.match(raw_lines[j].split(" ")[0].strip()):
                lines.append(raw_lines[j].strip())
                j = nonblank(j + 1)
            blocks.append(Block("axis", lines=lines))
            i = j
            continue
        if _OBJ_CODE_RE.match(stripped.split(" ")[0]) and not stripped.startswith("FICHE"):
            if _OBJ_CODE_RE.match(stripped):  # code alone, label on the next line
                j = nonblank(i + 1)
                blocks.append(Block("objective", lines=[stripped, raw_lines[j].strip()]))
                i = j + 1
            else:
                blocks.append(Block("objective", lines=[stripped]))
                i += 1
            continue
        match = _FICHE_LINE_RE.match(stripped)
        if match:
            code, rest = match.group(1), match.group(2).replace("**", "").strip()
            if rest and "Objectif opérationnel" not in rest:
                if blocks and blocks[-1].kind == "summary":
                    blocks[-1].lines.append(stripped)
                else:
                    blocks.append(Block("summary", lines=[stripped]))
                i += 1
                continue
            lines = [f"FICHE {code} {rest}".strip()]
            i += 1
            if not rest:
                j = nonblank(i)
                lines.append(raw_lines[j].strip())
                i = j + 1
            blocks.append(Block("fiche", code=code, lines=lines))
            continue
        if stripped in FIELD_LABELS:
            fields: list[tuple[str, str]] = []
            while i < n:
                label = raw_lines[i].strip()
                if label not in FIELD_LABELS:
                    break
                values = []
                j = nonblank(i + 1)
                while j < n and raw_lines[j].strip() not in FIELD_LABELS + (IMPL_TITLE,):
                    values.append(raw_lines[j].strip())
                    j += 1
                    if j < n and not raw_lines[j].strip():
                        j = nonblank(j)
                fields.append((label, "\n".join(values)))
                i = j
            blocks.append(Block("fields", fields=fields, tabular=False))
            continue
        if stripped in ("Enjeux stratégiques", IMPL_TITLE):
            blocks.append(Block("section", lines=[stripped]))
            i += 1
            continue
        if stripped.startswith("**"):
            lines = []
            while i < n and raw_lines[i].strip():
                lines.append(raw_lines[i].strip().strip("*"))
                i += 1
            blocks.append(Block("bold", lines=lines))
            continue
        blocks.append(Block("para", lines=[stripped]))
        i += 1
    return blocks


_BLOCK_TAG_RE = re.compile(r"</?\s*(?:p|ul|ol|li|br)\b[^>]*>", re.IGNORECASE)
_LIST_ITEM_RE = re.compile(r"\s(?=(?:\d{1,2}\)|-)\s)")


def _paragraphs(value: str) -> list[str]:
    """Readable paragraphs of a cell: HTML remnants become paragraph / list-line breaks."""
    out: list[str] = []
    for chunk in _BLOCK_TAG_RE.split(value):
        for line in chunk.split("\n"):
            for item in _LIST_ITEM_RE.split(line):
                item = " ".join(item.split())
                if item:
                    out.append(item)
    return out
