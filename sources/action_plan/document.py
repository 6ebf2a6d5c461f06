"""PCAET-style action plans (PDF) → :class:`ActionPlanDocument`.

The parser reads structure, not a template: a sheet starts at a ``FICHE 1.2.3`` / ``Fiche action
n° 4`` / ``ACTION 2.1.1`` heading, fields are recognised by folded labels (inline
``Label : valeur``, label on its own line, or a label column of a 2-column table/grid with
rule bands deciding which value belongs to which label), and implementation tables are read
by :mod:`sources.pdf_layout` from their header words whatever their column order. A sheet
heading followed by nothing but other headings is a summary entry; codes only ever seen in a
summary become ``has_body=False`` actions with a French warning, never invented content.

Action totals: ``total_budget_eur`` sums the known step budgets (internal means count as 0,
"à définir" is unknown; ``None`` when no step budget is known), ``total_etp`` likewise,
``start_year`` is the earliest step start and ``end_year`` the latest step end, ``None`` when
any step is open-ended ("2020 et +"): the action then has no known end.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from sources import plausibility
from sources.pdf_layout import (
    Line,
    PageContent,
    TableBlock,
    TableRow,
    iter_pages,
    join_wrapped,
    read_pdf_text,
    running_texts,
    text_has_table_header,
)
from sources.records import ActionPlanDocument, ActionRecord, ParseIssue, StepRecord
from sources.values import (
    fold,
    normalize_text,
    one_line,
    parse_resources,
    parse_years,
    split_list,
    step_budget,
)

# --------------------------------------------------------------------------- vocabulary

_FICHE_RE = re.compile(
    r"^\s*(?:(fiche)(?:[\s-]+actions?)?|(action))\s*(?:n\s*[°o.º]?\s*)?"
    r"(\d{1,2}(?:\s*[.,]\s*\d{1,2}){0,3})(?![\d])\s*[:.\-–—]?\s*(.*)$",
    re.IGNORECASE,
)
_AXIS_RE = re.compile(
    r"^\s*axe\s*(?:strat[ée]gique\s*)?(?:n\s*°\s*)?(\d{1,2}|[IVX]{1,4})\b\s*[:.\-–—]?\s*(.*)$",
    re.IGNORECASE,
)
_OBJ_CODE_FIRST_RE = re.compile(
    r"^\s*(\d{1,2}\s*[.,]\s*\d{1,2})\s*[:.\-–—]?\s*(?:objectif|orientation)\s+strat[ée]gique"
    r"\s*[:.\-–—]?\s*(.*)$",
    re.IGNORECASE,
)
_OBJ_RE = re.compile(
    r"^\s*(?:objectif|orientation)\s+strat[ée]gique\s*(?:n\s*°\s*)?(\d{1,2}\s*[.,]\s*\d{1,2})?"
    r"\s*[:.\-–—]?\s*(.*)$",
    re.IGNORECASE,
)
_CODE_ONLY_RE = re.compile(r"^\s*(\d{1,2}\s*[.,]\s*\d{1,2})\s*\.?\s*$")
_OP_RE = re.compile(r"^\s*objectif\s+op[ée]rationnel\s*[:.\-–—]?\s*(.*)$", re.IGNORECASE)

FIELD_LABELS: dict[str, tuple[str, ...]] = {
    "context": (
        "contexte",
        "contexte et enjeux",
        "enjeux et contexte",
        "description",
        "description de l action",
        "presentation",
        "presentation de l action",
        "contexte et description",
        "elements de contexte",
    ),
    "expected_results": (
        "objectifs et resultats attendus",
        "resultats attendus",
        "objectifs",
        "objectifs de l action",
        "impacts attendus",
        "objectifs vises",
        "objectifs quantitatifs",
        "objectif",
    ),
    "indicators": (
        "indicateurs",
        "indicateur",
        "indicateurs de suivi",
        "indicateurs de suivi et d evaluation",
        "indicateurs d evaluation",
        "indicateurs de resultat",
        "suivi et evaluation",
    ),
    "target_audiences": (
        "publics cibles",
        "public cible",
        "public",
        "publics",
        "cibles",
        "publics vises",
        "beneficiaires",
        "cible",
    ),
    "regulatory_links": (
        "liens avec les objectifs reglementaires",
        "lien avec les objectifs reglementaires",
        "objectifs reglementaires",
        "articulation avec les objectifs reglementaires",
        "lien avec les objectifs du decret",
    ),
    "ees": (
        "prise en compte de l ees",
        "evaluation environnementale strategique",
        "prise en compte de l evaluation environnementale",
    ),
    # a total stated apart from the steps: only read to check the steps against it
    # (plausibility), never published in place of the sum of the steps
    "stated_budget": (
        "budget",
        "cout",
        "cout estimatif",
        "cout estime",
        "budget total",
        "cout total",
        "cout global",
        "budget global",
        "montant total",
        "budget previsionnel",
        "budget previsionnel total",
        "enveloppe budgetaire",
    ),
    "other": (
        "calendrier",
        "porteur",
        "porteur de l action",
        "pilote",
        "partenaires",
        "financements",
        "financement",
        "gains attendus",
        "points de vigilance",
        "moyens",
        "moyens humains",
        "plan de financement",
    ),
}
_IMPL_LABELS = (
    "modalites de mise en oeuvre",
    "mise en oeuvre",
    "plan de mise en oeuvre",
    "etapes de mise en oeuvre",
    "modalites de mise en oeuvre et calendrier",
    "plan d actions",
    "deroulement",
    "etapes",
    "programme de l action",
)
_STAKES_LABELS = ("enjeux strategiques", "enjeux")

_LABEL_INDEX: list[tuple[str, str]] = sorted(
    ((syn, key) for key, syns in FIELD_LABELS.items() for syn in syns),
    key=lambda item: -len(item[0]),
)

_INDICATOR_STARTS = (
    "Nombre",
    "Réalisation",
    "Realisation",
    "Taux",
    "Part",
    "Pourcentage",
    "%",
    "Évolution",
    "Evolution",
    "Suivi",
    "Quantité",
    "Quantite",
    "Tonnage",
    "Tonnes",
    "Surface",
    "Linéaire",
    "Lineaire",
    "Montant",
    "Consommation",
    "Production",
    "Émissions",
    "Emissions",
    "Mise en",
    "Diffusion",
    "Usage",
    "Actualisation",
    "Kilomètres",
    "Kilometres",
    "Puissance",
    "Volume",
    "Budget",
    "Indice",
    "Nb",
    "Niveau",
    "Économies",
    "Economies",
    "Gain",
    "Gains",
    "Existence",
    "Date",
    "Avancement",
    "Fréquentation",
    "Frequentation",
    "Superficie",
    "Ratio",
    "Durée",
)
_INDICATOR_SPLIT_RE = re.compile(
    r"(?<=[\w)'’»\"])\s+(?=(?:" + "|".join(re.escape(w) for w in _INDICATOR_STARTS) + r")(?:\b|\s))"
)
_UNIT_START_RE = re.compile(r"\s+(?=(?:t\s?[ée]q|tCO2|kWh|MWh|GWh)(?:\b|\s))")
_UNIT_GLUE_WORDS = frozenset(
    ("de", "des", "du", "d", "en", "par", "la", "le", "les", "l", "a", "et", "ou", "sur", "x")
)
_TITLE_WORD_SPLIT_RE = re.compile(r"(?<=[\w)'’])\s+(?=[A-ZÉÈÊÀÂÎÔÛÇ][a-zéèêàâîôûçœ])")
_BULLET_RE = re.compile(r"^\s*(?:[•·▪●◦■□➢➤►\-–—*]|\d{1,2}[).]|[a-z]\))\s+")


def _fold_label(text: str) -> str:
    return fold(text).strip()


def _field_key(label: str, exact: bool = True) -> str | None:
    """Field key of a label (longest synonym first); ``exact=False`` accepts label+extra words."""
    folded = _fold_label(label)
    if not folded:
        return None
    for syn, key in _LABEL_INDEX:
        if folded == syn:
            return key
    if not exact:
        for syn, key in _LABEL_INDEX:
            if folded.startswith(syn + " ") and len(folded.split()) <= len(syn.split()) + 5:
                return key
    return None


def _label_prefix_key(text: str) -> str | None:
    """Key of a label whose beginning is ``text`` (label wrapped in a narrow column)."""
    folded = _fold_label(text)
    if len(folded) < 5:
        return None
    for syn, key in _LABEL_INDEX:
        if syn.startswith(folded + " ") and key != "other":
            return key
    return None


def _wraps_label(text: str) -> bool:
    """``text`` (label lines joined) is a whole field label or the start of one."""
    folded = _fold_label(text)
    return any(
        syn == folded or syn.startswith(folded + " ") for syn, key in _LABEL_INDEX if key != "other"
    )


def _norm_code(code: str) -> str:
    return re.sub(r"\s+", "", code).replace(",", ".")


# --------------------------------------------------------------------------- classification


@dataclass
class _Kind:
    kind: str  # fiche | axis | objective | objective_code | op | field | impl | stakes
    code: str | None = None
    rest: str = ""
    key: str | None = None
    value_x: float | None = None


def _classify(line: Line) -> _Kind | None:
    text = " ".join(line.text.split())
    if not text:
        return None
    first = line.segments[0].text
    m = _FICHE_RE.match(text)
    if m and (m.group(1) or "." in m.group(3) or "," in m.group(3)):
        rest = m.group(4)
        if len(text) < 400:
            return _Kind("fiche", _norm_code(m.group(3)), rest)
    m = _OBJ_CODE_FIRST_RE.match(text)
    if m:
        return _Kind("objective", _norm_code(m.group(1)), m.group(2))
    m = _OBJ_RE.match(text)
    if m:
        return _Kind("objective", _norm_code(m.group(1)) if m.group(1) else None, m.group(2))
    m = _OP_RE.match(text)
    if m:
        return _Kind("op", None, m.group(1))
    m = _AXIS_RE.match(text)
    if m and len(text) < 300:
        return _Kind("axis", m.group(1), m.group(2))
    if _CODE_ONLY_RE.match(text):
        return _Kind("objective_code", _norm_code(text.strip().rstrip(".")))
    # field labels: "Label : valeur", "Label" alone, or label column + value column
    head, sep, tail = first.partition(":")
    others = " ".join(s.text for s in line.segments[1:])
    value_x = line.segments[1].x0 if len(line.segments) > 1 else None
    if sep:
        key = _field_key(head, exact=False)
        if key:
            return _Kind(
                "field",
                key=key,
                rest=" ".join(filter(None, [tail.strip(), others])),
                value_x=value_x if not tail.strip() else None,
            )
    key = _field_key(first) if first[:1].isupper() else None
    if key:
        return _Kind("field", key=key, rest=others, value_x=value_x)
    if value_x is not None and first[:1].isupper():
        key = _label_prefix_key(first)
        if key:
            return _Kind("field", key=key, rest=others, value_x=value_x)
    folded = _fold_label(first.rstrip(":"))
    if len(line.segments) == 1 and folded in _IMPL_LABELS:
        return _Kind("impl")
    if len(line.segments) == 1 and folded in _STAKES_LABELS:
        return _Kind("stakes")
    return None


def _is_stop(line: Line) -> bool:
    return _classify(line) is not None


# --------------------------------------------------------------------------- accumulation


@dataclass
class _Part:
    page: int
    top: float
    x0: float
    x1: float
    text: str


@dataclass
class _Field:
    key: str
    page: int
    band: int | None
    top: float
    parts: list[_Part] = field(default_factory=list)
    lines: list[tuple[Line, _Part]] = field(default_factory=list)  # plain lines appended


@dataclass
class _Sheet:
    code: str
    page: int
    title: str
    axis: str | None
    objective_code: str | None
    objective_label: str | None
    has_body: bool = False
    fields: list[_Field] = field(default_factory=list)
    rows: list[TableRow] = field(default_factory=list)
    order: int = 0


def _join_parts(parts: list[_Part]) -> str | None:
    """Join visual lines: soft wrap (line reaching the column's right edge, or next line starting
    in lower case) → space; otherwise a hard break (new item / paragraph) → newline."""
    parts = [p for p in parts if p.text.strip()]
    if not parts:
        return None
    parts.sort(key=lambda p: (p.page, p.top))
    right = max(p.x1 for p in parts)
    left = min(p.x0 for p in parts)
    slack = max(15.0, 0.12 * (right - left))
    out = parts[0].text
    for prev, part in zip(parts, parts[1:], strict=False):
        text = part.text.strip()
        starts_item = bool(_BULLET_RE.match(text)) or (
            (text[:1].isupper() or text[:1].isdigit() or text[:1] in '%«"')
            and prev.x1 < right - slack
        )
        if starts_item:
            out += "\n" + text
        else:
            out = join_wrapped([out, text])
    return normalize_text(out)


def _items(text: str | None) -> list[str]:
    if not text:
        return []
    items = []
    for raw in text.split("\n"):
        item = _BULLET_RE.sub("", raw).strip(" ;•·-")
        if item:
            items.append(item)
    return items


def _split_unit_starts(text: str) -> list[str]:
    """Cut before an indicator that starts with its unit ("% marchés ... CO2 t eq CO2
    évitées"); a unit after a number or a function word ("50 t eq", "en MWh") stays inside."""
    pieces, start = [], 0
    for match in _UNIT_START_RE.finditer(text):
        before = text[: match.start()].split()
        last = before[-1] if before else ""
        if not last or re.fullmatch(r"[\d\s.,]+", last) or last.endswith(("'", "’")):
            continue
        if fold(last) in _UNIT_GLUE_WORDS:
            continue
        pieces.append(text[start : match.start()])
        start = match.end()
    pieces.append(text[start:])
    return pieces


def _indicators(text: str | None) -> list[str]:
    out: list[str] = []
    for item in _items(text):
        for part in re.split(r"\s*;\s*", item):
            for piece in _INDICATOR_SPLIT_RE.split(part):
                out += [p.strip(" ,.") for p in _split_unit_starts(piece) if p.strip(" ,.")]
    return out


def _regulatory(text: str | None) -> list[str]:
    out: list[str] = []
    for item in _items(text):
        for part in split_list(item, ",;"):
            out += [p.strip(" ,.") for p in _TITLE_WORD_SPLIT_RE.split(part) if p.strip(" ,.")]
    return out


def _audiences(text: str | None) -> list[str]:
    out: list[str] = []
    for item in _items(text):
        out += [p.strip(" .") for p in split_list(item, ",;") if p.strip(" .")]
    return out


def _join_cells(top: dict[str, str | None], bottom: dict[str, str | None]) -> dict[str, str | None]:
    """Cells of a row cut in two (page break, split wrapped text): text of both parts in order;
    a cell merged with the one above (``None``) in both parts stays ``None``."""
    out = dict(top)
    for key, value in bottom.items():
        if value:
            # « éco- » at the page bottom + « responsables »: one word cut at its hyphen
            out[key] = join_wrapped([top[key], value]) if top.get(key) else value
        elif key not in out:
            out[key] = value
    return out


# --------------------------------------------------------------------------- parser


class _Parser:
    """Single pass over the page stream; see the module docstring for the rules."""

    def __init__(self, source_file: str, sha256: str) -> None:
        self.source_file, self.sha256 = source_file, sha256
        self.sheets: list[_Sheet] = []
        self.sheet: _Sheet | None = None
        # fiche code → (total budget stated in a field, page): plausibility of step budgets
        self.stated_totals: dict[str, tuple[float, int]] = {}
        self.axis: str | None = None
        self.objective: tuple[str | None, str | None] = (None, None)
        self.pending_objective_code: str | None = None
        self.field: _Field | None = None
        self.kv_x: float | None = None
        self.kv_pending: list[tuple[Line, list[str]]] = []
        self.kv_fields: list[_Field] = []
        self.kv_label: tuple[Line, str] | None = None  # last line of the label column
        self.cont: tuple[str, float, bool, int] | None = None  # target, size, bold, left
        self.last_was_table = False
        self.pending_head: TableRow | None = None  # top of a ruled row cut by a page break
        self.axis_needs_label = False
        self.orphans: list[Line] = []
        self.issues: list[ParseIssue] = []

    # ---------------------------------------------------------------- helpers
    def _flush_kv(self) -> None:
        """Give each value line of a 2-column block to its label (same rule band if ruled)."""
        for line, texts in self.kv_pending:
            target = None
            if line.band is not None:
                same = [f for f in self.kv_fields if f.page == line.page and f.band == line.band]
                if same:  # one label per rule band (centred labels); else reading order
                    above = [f for f in same if f.top <= line.top + 2]
                    target = above[-1] if above else same[0]
            if target is None:
                before = [f for f in self.kv_fields if (f.page, f.top) <= (line.page, line.top + 2)]
                target = before[-1] if before else (self.kv_fields[0] if self.kv_fields else None)
            if target is not None:
                segs = [s for s in line.segments if self.kv_x is not None and s.x0 >= self.kv_x - 4]
                target.parts.append(
                    _Part(
                        line.page,
                        line.top,
                        segs[0].x0 if segs else line.x0,
                        segs[-1].x1 if segs else line.x1,
                        " ".join(texts),
                    )
                )
        self.kv_pending, self.kv_fields, self.kv_x = [], [], None

    def _end_fields(self) -> None:
        self._flush_kv()
        self.field = None

    def _set_continuation(self, target: str, line: Line) -> None:
        self.cont = (target, line.size, line.bold, 2)

    def _continue(self, line: Line) -> bool:
        if self.cont is None:
            return False
        target, size, bold, left = self.cont
        if left <= 0 or abs(line.size - size) > 0.3 or line.bold != bold:
            self.cont = None
            return False
        text = " ".join(line.text.split())
        if target == "title" and self.sheet is not None:
            self.sheet.title = f"{self.sheet.title} {text}".strip()
        elif target == "axis" and self.axis is not None:
            self.axis = f"{self.axis} {text}".strip()
        elif target == "objective":
            code, label = self.objective
            self.objective = (code, f"{label or ''} {text}".strip())
        self.cont = (target, size, bold, left - 1)
        return True

    # ---------------------------------------------------------------- events
    def line(self, line: Line) -> None:
        self._flush_pending_head()
        kind = _classify(line)
        if kind is not None and kind.kind != "field":
            self.orphans = []
        if self.kv_x is not None and line.segments[0].x1 < self.kv_x - 2:
            # left (label) column of a 2-column block: labels may wrap or have no value
            label_text = line.segments[0].text
            prev = self.kv_label
            if (
                (kind is None or kind.kind == "field")
                and prev is not None
                and prev[0].page == line.page
                and 0 <= line.top - prev[0].bottom < 0.6 * line.size
                and _wraps_label(f"{prev[1]} {label_text}")
            ):  # « Liens avec les » / « objectifs » / « réglementaires »: one wrapped label
                self.kv_label = (line, f"{prev[1]} {label_text}")
                texts = [s.text for s in line.segments[1:] if s.x0 >= self.kv_x - 4]
                if texts:
                    self.kv_pending.append((line, texts))
                return
            self.kv_label = (line, label_text)
            if kind is None:
                key = _label_prefix_key(line.segments[0].text)
                kind = _Kind("field", key=key, value_x=self.kv_x) if key else None
            elif kind.kind == "field" and kind.value_x is None and not kind.rest:
                kind.value_x = self.kv_x
        elif kind is None or (kind.kind == "field" and kind.value_x is None and not kind.rest):
            above = self._value_lines_above(line)
            if above and kind is None:
                key = _label_prefix_key(line.segments[0].text)
                kind = _Kind("field", key=key) if key else None
            if above and kind is not None:
                kind.value_x = min(ln.segments[0].x0 for ln in above)
                self._adopt(above)
        if kind is None:
            self._plain(line)
            return
        self.last_was_table = False
        self.cont = None
        if kind.kind == "fiche":
            self._end_fields()
            self._start_sheet(kind.code or "", kind.rest, line)
        elif kind.kind == "op":
            self._end_fields()
            if self.sheet is not None:
                self.sheet.has_body = True
                if kind.rest:
                    self.sheet.title = kind.rest.strip()
                    self._set_continuation("title", line)
        elif kind.kind == "axis":
            self._end_fields()
            self.sheet = None
            label = kind.rest.strip(" ,;:")
            self.axis = f"Axe {kind.code} : {label}" if label else f"Axe {kind.code}"
            self.axis_needs_label = not label
            if label:
                self._set_continuation("axis", line)
        elif kind.kind == "objective_code":
            self.pending_objective_code = kind.code
        elif kind.kind == "objective":
            self._end_fields()
            self.sheet = None
            code = kind.code or self.pending_objective_code
            self.pending_objective_code = None
            self.objective = (code, kind.rest.strip() or None)
            self._set_continuation("objective", line)
        elif kind.kind in ("impl", "stakes"):
            self._end_fields()
            if kind.kind == "impl" and self.sheet is not None:
                self.sheet.has_body = True
            if kind.kind == "stakes":
                self.sheet = None
        elif kind.kind == "field":
            self._field(kind, line)

    def _plain(self, line: Line) -> None:
        if self.axis_needs_label:
            self.axis_needs_label = False
            self.axis = f"{self.axis} : {line.text.strip(' ,;:')}"
            return
        if self._continue(line):
            return
        self.last_was_table = False
        if self.kv_x is not None:
            texts = [s.text for s in line.segments if s.x0 >= self.kv_x - 4]
            if texts:
                self.kv_pending.append((line, texts))
            return
        if self.field is not None:
            part = _Part(line.page, line.top, line.x0, line.x1, line.text)
            self.field.parts.append(part)
            self.field.lines.append((line, part))
        else:
            self.orphans.append(line)  # may belong to a label centred lower in its cell

    def _value_lines_above(self, line: Line) -> list[Line]:
        """Value-column lines already read in the ruled cell band of ``line``, a label alone on
        its line: a label centred vertically in its cell, its value starting above it."""
        if line.band is None or len(line.segments) != 1 or not line.text[:1].isupper():
            return []
        right = line.segments[0].x1 + 6
        pool = list(self.orphans)
        if self.field is not None:
            pool += [ln for ln, _ in self.field.lines]
        return [
            ln
            for ln in pool
            if (ln.page, ln.band) == (line.page, line.band) and ln.segments[0].x0 >= right
        ]

    def _adopt(self, lines: list[Line]) -> None:
        """Take ``lines`` back from the field read so far: they wait for the label below."""
        if self.field is not None:
            taken = {id(part) for ln, part in self.field.lines if any(ln is x for x in lines)}
            self.field.parts = [p for p in self.field.parts if id(p) not in taken]
            self.field.lines = [(ln, p) for ln, p in self.field.lines if id(p) not in taken]
        self.orphans += [ln for ln in lines if not any(ln is o for o in self.orphans)]
        self.orphans.sort(key=lambda ln: (ln.page, ln.top))

    def _field(self, kind: _Kind, line: Line) -> None:
        if self.sheet is None:
            return
        self.sheet.has_body = True
        new = _Field(kind.key or "other", line.page, line.band, line.top)
        self.sheet.fields.append(new)
        if kind.value_x is not None:
            if self.kv_x is None or abs(kind.value_x - self.kv_x) > 25:
                self._flush_kv()
                self.kv_x = kind.value_x
                for orphan in self.orphans:
                    texts = [s.text for s in orphan.segments if s.x0 >= kind.value_x - 4]
                    if texts and orphan.page == line.page:
                        self.kv_pending.append((orphan, texts))
            self.kv_fields.append(new)
            if kind.rest:
                self.kv_pending.append((line, [s.text for s in line.segments[1:]]))
            self.field = None
        else:
            self._flush_kv()
            self.field = new
            for orphan in self.orphans:  # value lines above a label centred in a ruled cell
                if line.band is not None and (orphan.page, orphan.band) == (line.page, line.band):
                    new.parts.append(
                        _Part(orphan.page, orphan.top, orphan.x0, orphan.x1, orphan.text)
                    )
            self.orphans = []
            if kind.rest:
                x0 = line.x0
                new.parts.append(_Part(line.page, line.top, x0, line.x1, kind.rest))

    def _start_sheet(self, code: str, rest: str, line: Line) -> None:
        op = _OP_RE.match(rest)
        title = (op.group(1) if op else rest).strip(" :-–")
        obj_code, obj_label = self.objective
        if obj_code is None or not code.startswith(obj_code + "."):
            parts = code.split(".")
            obj_code = ".".join(parts[:-1]) if len(parts) >= 3 else obj_code
            obj_label = None if obj_code != self.objective[0] else obj_label
        self.sheet = _Sheet(
            code,
            line.page,
            title,
            self.axis,
            obj_code,
            obj_label,
            has_body=bool(op),
            order=len(self.sheets),
        )
        self.sheets.append(self.sheet)
        self._set_continuation("title", line)

    def table(self, block: TableBlock) -> None:
        self._end_fields()
        self.cont = None
        sheet = self.sheet
        if sheet is None:
            self.issues.append(
                ParseIssue(
                    "warning",
                    "tableau de mise en œuvre trouvé hors de toute fiche action : ignoré",
                    page=block.page,
                )
            )
            return
        sheet.has_body = True
        rows = [TableRow(r.page, r.top, dict(r.cells)) for r in block.rows]
        head, self.pending_head = self.pending_head, None
        if head is not None:
            if self.last_was_table and rows:  # top part of a row cut by the page break
                rows[0].page, rows[0].top = head.page, head.top
                rows[0].cells = _join_cells(head.cells, rows[0].cells)
            else:
                rows.insert(0, head)
        if self.last_was_table and rows and sheet.rows and head is None:
            first, prev = rows[0].cells, sheet.rows[-1].cells
            detail_keys = ("planning", "budget", "owner")
            split_row = not (first.get("step") or "") or (
                not any(first.get(k) for k in detail_keys) and any(prev.get(k) for k in detail_keys)
            )
            if split_row:  # a step cut by the page break: re-join, do not duplicate
                sheet.rows[-1].cells = _join_cells(prev, first)
                rows = rows[1:]
        for index, row in enumerate(rows):
            cells = row.cells
            bare = (
                not (cells.get("step") or "")
                and cells.get("step") is not None
                and not any(cells.get(k) for k in ("planning", "budget", "owner"))
            )
            if bare and block.rows_ruled and block.open_at_bottom and index == len(rows) - 1:
                # a ruled row starting at the page bottom whose step and details are centred
                # lower, on the next page: keep it for the continuation
                self.pending_head = row
                continue
            if bare and sheet.rows:
                prev = sheet.rows[-1]  # wrapped text split off by a wide line gap
                prev.cells = _join_cells(prev.cells, cells)
                continue
            sheet.rows.append(row)
        self.last_was_table = True

    def _flush_pending_head(self) -> None:
        """A row top kept for a continuation that never came: it belongs to the row above."""
        head, self.pending_head = self.pending_head, None
        if head is not None and self.sheet is not None:
            if self.sheet.rows:
                prev = self.sheet.rows[-1]
                prev.cells = _join_cells(prev.cells, head.cells)
            else:
                self.sheet.rows.append(head)

    # ---------------------------------------------------------------- results
    def finish(self, doc: ActionPlanDocument) -> None:
        self._flush_pending_head()
        self._end_fields()
        by_code: dict[str, _Sheet] = {}
        summary_only: dict[str, _Sheet] = {}
        for sheet in self.sheets:
            if sheet.has_body:
                if sheet.code in by_code:
                    self.issues.append(
                        ParseIssue(
                            "warning",
                            f"Fiche {sheet.code} présente deux fois : seule la première est gardée",
                            page=sheet.page,
                        )
                    )
                    continue
                by_code[sheet.code] = sheet
            else:
                summary_only.setdefault(sheet.code, sheet)
        ordered: list[_Sheet] = []
        seen: set[str] = set()
        for sheet in self.sheets:
            if sheet.code in seen:
                continue
            seen.add(sheet.code)
            body = by_code.get(sheet.code)
            if body is not None:
                summary = summary_only.get(sheet.code)
                if not body.title and summary is not None:
                    body.title = summary.title
                ordered.append(body)
            else:
                ordered.append(sheet)
        for sheet in ordered:
            self._emit(sheet, doc)

    def _emit(self, sheet: _Sheet, doc: ActionPlanDocument) -> None:
        action_id = f"{self.sha256[:12]}:{sheet.code}"
        texts: dict[str, str | None] = {}
        for fld in sheet.fields:
            value = _join_parts(fld.parts)
            if value and fld.key not in texts:
                texts[fld.key] = value
            elif value:
                texts[fld.key] = f"{texts[fld.key]}\n{value}"
            else:
                texts.setdefault(fld.key, None)
        steps = self._steps(sheet, action_id) if sheet.has_body else []
        if not sheet.has_body:
            self.issues.append(
                ParseIssue(
                    "warning",
                    f"Fiche {sheet.code} listée au sommaire mais absente du document",
                    page=sheet.page,
                )
            )
        elif not steps:
            self.issues.append(
                ParseIssue(
                    "info",
                    f"Fiche {sheet.code} : aucun tableau de mise en œuvre lu",
                    page=sheet.page,
                )
            )
        doc.steps.extend(steps)
        stated = texts.get("stated_budget")
        if stated:
            res = parse_resources(stated)
            if res.budget_eur and not res.per_year and not res.internal:
                page = next(f.page for f in sheet.fields if f.key == "stated_budget")
                self.stated_totals[sheet.code] = (res.budget_eur, page)
        budgets = [s.budget_eur for s in steps if s.budget_eur is not None]
        etps = [s.etp for s in steps if s.etp is not None]
        starts = [s.start_year for s in steps if s.start_year is not None]
        ends = [s.end_year for s in steps if s.end_year is not None]
        open_ended = any(s.open_ended for s in steps)
        doc.actions.append(
            ActionRecord(
                action_id=action_id,
                plan_type=doc.plan_type,
                territory_name=doc.territory_name,
                axis=sheet.axis,
                strategic_objective_code=sheet.objective_code,
                strategic_objective=sheet.objective_label,
                action_code=sheet.code,
                title=one_line(sheet.title) or f"Fiche {sheet.code}",
                context=texts.get("context"),
                expected_results=texts.get("expected_results"),
                indicators=_indicators(texts.get("indicators")),
                target_audiences=_audiences(texts.get("target_audiences")),
                regulatory_links=_regulatory(texts.get("regulatory_links")),
                total_budget_eur=float(sum(budgets)) if budgets else None,
                annual_budget_eur=_annual_only(steps),
                total_etp=round(sum(etps), 4) if etps else None,
                start_year=min(starts) if starts else None,
                end_year=None if open_ended or not ends else max(ends),
                owners=list(dict.fromkeys(s.owner for s in steps if s.owner)),
                partners=list(dict.fromkeys(p for s in steps for p in s.partners)),
                source_file=self.source_file,
                source_sha256=self.sha256,
                page=sheet.page,
                has_body=sheet.has_body,
            )
        )

    def _steps(self, sheet: _Sheet, action_id: str) -> list[StepRecord]:
        out: list[StepRecord] = []
        previous: dict[str, str | None] = {}
        for row in sheet.rows:
            cells = dict(row.cells)
            for key in ("step", "planning", "partners", "description"):
                if cells.get(key, "") is None:  # merged with the cell above
                    cells[key] = previous.get(key)
            if not (cells.get("owner") or ""):  # blank owner = same as above (merged look)
                cells["owner"] = previous.get("owner")
            previous = cells
            planning = one_line(cells.get("planning"))
            budget_label = one_line(cells.get("budget"))
            start, end, open_ended = parse_years(planning)
            res = parse_resources(budget_label)
            budget_eur, per_year = step_budget(res, start, end, open_ended)
            step = one_line(cells.get("step")) or one_line(cells.get("description")) or ""
            out.append(
                StepRecord(
                    action_id=action_id,
                    step_no=len(out) + 1,
                    step=step,
                    description=normalize_text(cells.get("description")),
                    planning_label=planning,
                    start_year=start,
                    end_year=end,
                    open_ended=open_ended,
                    budget_label=budget_label,
                    budget_eur=budget_eur,
                    budget_eur_per_year=per_year,
                    funded=res.funded,
                    internal=res.internal,
                    etp=res.etp,
                    owner=one_line(cells.get("owner")),
                    partners=[
                        p.strip(" .") for p in split_list(one_line(cells.get("partners")), ",;")
                    ],
                    source_file=self.source_file,
                    source_sha256=self.sha256,
                    page=row.page,
                )
            )
        return out


# --------------------------------------------------------------------------- document level

_TERRITORY_RE = re.compile(
    r"((?:Communaut[ée]\s+(?:d['’]\s*agglom[ée]ration|de\s+communes|urbaine)|M[ée]tropole"
    r"|Grand\s+[A-ZÉ]|Pays\s+(?:de|du|des|d['’])\s*[A-ZÉ]|PETR|Parc\s+naturel\s+r[ée]gional"
    r"|Syndicat\s+mixte)[^\n|•·–—:;()]{2,90})"
)


def _territory(texts: list[str]) -> str | None:
    counts: dict[str, int] = {}
    for text in texts:
        for raw in text.splitlines():
            line = " ".join(raw.split())
            if len(line) > 160:
                continue
            for match in _TERRITORY_RE.finditer(line):
                name = re.split(
                    r"\s+-\s+|\s+(?:PCAET|Plan\s+[Cc]limat|Programme|Fiches?)\b", match.group(1)
                )[0].strip(" ,.'")
                if len(name.split()) >= 2:
                    counts[name] = counts.get(name, 0) + 1
    if not counts:
        return None
    return max(counts, key=lambda k: (counts[k], -list(counts).index(k)))


def looks_like_action_plan(text: str) -> float:
    """0..1 score that ``text`` (first pages) comes from an action plan (content-based)."""
    folded = fold(text)
    if not folded:
        return 0.0
    score = 0.0
    if re.search(
        r"\b(?:fiche(?: action)?|action) (?:n )?\d{1,2}(?: \d{1,2}){1,3}\b", folded
    ) or re.search(r"\bfiches? actions?\b", folded):
        score += 0.3
    weights = {
        "objectif operationnel": 0.15,
        "mise en oeuvre": 0.1,
        "porteur": 0.05,
        "pilote": 0.03,
        "partenaires": 0.05,
        "indicateur": 0.05,
        "publics cibles": 0.05,
        "public cible": 0.05,
        "contexte": 0.05,
        "objectif strategique": 0.05,
        "resultats attendus": 0.05,
        "plan d actions": 0.1,
        "programme d actions": 0.1,
        "pcaet": 0.1,
        "plan climat": 0.1,
        "ressources a mobiliser": 0.05,
        "etape": 0.03,
    }
    score += sum(w for marker, w in weights.items() if marker in folded)
    if text_has_table_header(text):
        score += 0.25
    if "contrat d objectif" in folded and "fiche" not in folded:
        score -= 0.2
    return max(0.0, min(1.0, score))


def parse_action_plan(data: bytes, source_file: str, sha256: str) -> ActionPlanDocument:
    """Read every action sheet and implementation-table row of a PCAET-style plan.

    Scanned pages are read by OCR when Tesseract is installed; records read from them carry
    ``extraction="ocr"`` and the page's mean OCR confidence, and each OCR'd page gets a warning.
    Raises :class:`~sources.errors.InputRejected` for corrupt or encrypted PDFs and for scans
    that cannot be read (OCR missing, nothing recognised, too many pages).
    """
    fast, scans = read_pdf_text(data)
    running = running_texts(data, ocr=scans.pages)
    everything = "\n".join(fast)
    plan_type = "PCAET" if re.search(r"\bpcaet\b|\bplan climat", fold(everything)) else "PLAN"
    territory = _territory(fast[:3] + fast[3:][:3]) or _territory(fast)
    doc = ActionPlanDocument(territory_name=territory, plan_type=plan_type, n_pages=len(fast))
    parser = _Parser(source_file, sha256)
    for content in iter_pages(data, fast, running, _is_stop, scans.pages):
        _feed(parser, content)
    parser.finish(doc)
    doc.issues.extend(scans.issues())
    doc.issues.extend(parser.issues)
    _flag_ocr(doc, scans.confidence_by_page())
    plan_total = plausibility.stated_plan_total(fast)
    findings = plausibility.plan_findings(doc, parser.stated_totals, plan_total)
    plausibility.enforce(findings)  # impossible values: this document, not the region
    return doc


def _flag_ocr(doc: ActionPlanDocument, confidence: dict[int, float | None]) -> None:
    """Mark steps read from OCR'd pages, and actions whose sheet or steps were, as OCR."""
    if not confidence:
        return
    pages_of: dict[str, set[int]] = {}
    for step in doc.steps:
        pages_of.setdefault(step.action_id, set()).add(step.page)
        if step.page in confidence:
            step.extraction, step.ocr_confidence = "ocr", confidence[step.page]
    for action in doc.actions:
        pages = {action.page} | pages_of.get(action.action_id, set())
        scanned = [confidence[p] for p in pages if p in confidence]
        if scanned:
            known = [c for c in scanned if c is not None]
            action.extraction = "ocr"
            action.ocr_confidence = min(known) if known else None


def _feed(parser: _Parser, content: PageContent) -> None:
    items: list[tuple[float, int, Any]] = [(ln.top, 1, ln) for ln in content.lines]
    items += [(t.top, 0, t) for t in content.tables]
    for _, kind, item in sorted(items, key=lambda it: (it[0], it[1])):
        if kind == 0:
            parser.table(item)
        else:
            parser.line(item)


def _annual_only(steps: list[StepRecord]) -> float | None:
    """Per-year amounts of the steps whose years are not both known: kept apart (€/an), never
    added to ``total_budget_eur`` as if they were one-off amounts."""
    amounts = [
        s.budget_eur_per_year
        for s in steps
        if s.budget_eur_per_year is not None and s.budget_eur is None
    ]
    return float(sum(amounts)) if amounts else None
