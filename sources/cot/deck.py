"""Read COT (contrat d'objectif territorial) slide decks from PDF.

A COT deck is a slideshow exported to PDF: text sits in boxes, tables are often drawn without
ruling lines, figures are big and their labels sit beside them. Reading order alone therefore
mixes things up; this parser works on word geometry (pdfplumber words with font name and size):

* progress tables of the CAE / ECI referentials are found from the x positions of their three
  numeric column headers (``Points restants``, ``% Réalisé``, ``% Programmé``, any order), rows
  are lines, and axis / sub-axis levels come from ▼/▶ markers, else bold, else indentation;
* audit scores and score targets are read from sentences segmented per referential mention,
  in block reading order (side-by-side cards are not interleaved; a big figure is read with
  the short label under it, "23,3 %" over "Score");
* strategic orientations and their numbered objectives are rebuilt from text segments;
* quantified contractual objectives are built from text blocks: a big figure is attached to the
  nearest block below/right of it, domain captions (upper-case blocks) are matched one-to-one
  to the nearest item (using the drawn boxes when there are some), priority comes from in-text
  flags, bold styling announced by a "prioritaires" legend, or "objectif prioritaire" zoom slides.
"""

from __future__ import annotations

import math
import re
import statistics
from collections import Counter
from dataclasses import dataclass, field

from sources import plausibility
from sources.errors import InputRejected
from sources.pdf_layout import OcrOutcome, ocr_scanned_pages, open_fast_text
from sources.records import (
    AuditScoreRecord,
    ContractTargetRecord,
    CotDocument,
    ObjectiveRecord,
    ParseIssue,
    ReferentialScoreRecord,
)
from sources.values import fold, one_line, parse_french_number

# --------------------------------------------------------------------------- geometry model

_AXIS_MARKERS = "▼▾⯆⏷▽"
_SUB_MARKERS = "▶►▸⯈▷⏵‣"
_BULLETS = "•·◦▪■□●○–—-*>"
_CODE_RE = re.compile(r"^(\d{1,2}(?:[.,]\d{1,2})+)\.?$")


@dataclass
class _Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool
    color: tuple[float, ...] | None = None  # fill colour of the glyphs (None: unknown, OCR)

    @property
    def mid_y(self) -> float:
        return (self.top + self.bottom) / 2


@dataclass
class _Seg:
    """Words of one visual line that are close horizontally (one text run)."""

    words: list[_Word]

    @property
    def x0(self) -> float:
        return min(w.x0 for w in self.words)

    @property
    def x1(self) -> float:
        return max(w.x1 for w in self.words)

    @property
    def top(self) -> float:
        return min(w.top for w in self.words)

    @property
    def bottom(self) -> float:
        return max(w.bottom for w in self.words)

    @property
    def size(self) -> float:
        return max(w.size for w in self.words)

    @property
    def bold(self) -> bool:
        letters = [w for w in self.words if any(ch.isalpha() for ch in w.text)]
        return bool(letters) and sum(w.bold for w in letters) / len(letters) > 0.6

    @property
    def text(self) -> str:
        return _join_words(self.words)


@dataclass
class _Block:
    """Consecutive segments forming one paragraph / label / caption."""

    segs: list[_Seg]
    kind: str  # "text" | "caption" | "number"
    extra: list[_Seg] = field(default_factory=list)  # a big figure attached to a text block

    @property
    def all_segs(self) -> list[_Seg]:
        return self.extra + self.segs

    @property
    def x0(self) -> float:
        return min(s.x0 for s in self.all_segs)

    @property
    def x1(self) -> float:
        return max(s.x1 for s in self.all_segs)

    @property
    def top(self) -> float:
        return min(s.top for s in self.all_segs)

    @property
    def bottom(self) -> float:
        return max(s.bottom for s in self.all_segs)

    @property
    def size(self) -> float:
        return statistics.median(s.size for s in self.segs)

    @property
    def text(self) -> str:
        return " ".join(s.text for s in self.all_segs)


@dataclass
class _Page:
    no: int
    width: float
    height: float
    words: list[_Word]
    lines: list[list[_Word]]
    rects: list[tuple[float, float, float, float]]

    @property
    def text(self) -> str:
        return "\n".join(_join_words(line) for line in self.lines)

    def segments(self) -> list[_Seg]:
        segs: list[_Seg] = []
        for line in self.lines:
            current = [line[0]]
            for word in line[1:]:
                gap = word.x0 - current[-1].x1
                if gap > max(12.0, 2.2 * min(word.size, current[-1].size)):
                    segs.append(_Seg(current))
                    current = [word]
                else:
                    current.append(word)
            segs.append(_Seg(current))
        return segs


def _join_words(words: list[_Word]) -> str:
    """Words → text; a space between words apart on a line, and between wrapped lines (a
    table cell whose label wraps gives words from two visual lines)."""
    parts: list[str] = []
    previous: _Word | None = None
    for word in words:
        if previous is not None and (
            word.x0 - previous.x1 > 0.08 * word.size
            or abs(word.mid_y - previous.mid_y) > 0.5 * min(word.size, previous.size)
        ):
            parts.append(" ")
        parts.append(word.text)
        previous = word
    return "".join(parts).strip()


def _group_lines(words: list[_Word]) -> list[list[_Word]]:
    """Words → visual lines (same vertical centre), each sorted left to right."""
    lines: list[list[_Word]] = []
    for word in sorted(words, key=lambda w: (w.mid_y, w.x0)):
        if lines:
            line = lines[-1]
            ref = statistics.median(w.mid_y for w in line)
            if abs(word.mid_y - ref) <= 0.45 * min(word.size, min(w.size for w in line)):
                line.append(word)
                continue
        lines.append([word])
    for line in lines:
        line.sort(key=lambda w: w.x0)
    return lines


def _to_words(raw: list[dict]) -> list[_Word]:
    """pdfplumber (or OCR, same shape) word dicts → :class:`_Word`."""
    return [
        _Word(
            text=str(w["text"]),
            x0=float(w["x0"]),
            x1=float(w["x1"]),
            top=float(w["top"]),
            bottom=float(w["bottom"]),
            size=float(w.get("size") or (w["bottom"] - w["top"])),
            bold=_is_bold(str(w.get("fontname", ""))),
            color=_color(w.get("non_stroking_color")),
        )
        for w in raw
        if str(w["text"]).strip() and w.get("upright", True)
    ]


def _color(value: object) -> tuple[float, ...] | None:
    """pdfplumber colour (tuple of components, or a pattern name) → comparable tuple."""
    if isinstance(value, list | tuple) and value and all(isinstance(v, int | float) for v in value):
        return tuple(round(float(v), 2) for v in value)
    return None


def _open_pages(data: bytes) -> tuple[list[_Page], OcrOutcome]:
    """Extract words page by page; closes each page to keep memory flat on long decks.

    Pages without words that hold a scan are read by OCR (see :mod:`sources.pdf_layout`).
    """
    from sources.pdf_pdfium import iter_plumber_pages

    if not data or b"%PDF" not in data[:1024]:
        raise InputRejected("fichier qui n'est pas un PDF (en-tête %PDF absent)", "corrupt_pdf")
    reader = iter_plumber_pages(data)  # PDFium primitives, pdfplumber page where needed
    pages: list[_Page] = []
    try:
        for index, page in enumerate(reader, start=1):
            try:
                raw = page.extract_words(
                    extra_attrs=["fontname", "size", "non_stroking_color"],
                    x_tolerance=1.5,
                    y_tolerance=2,
                )
                rects = [  # filled boxes, rounded ones included (drawn as curves)
                    (float(r["x0"]), float(r["top"]), float(r["x1"]), float(r["bottom"]))
                    for r in [*page.rects, *page.curves]
                    if r.get("fill")
                ]
                width, height = float(page.width), float(page.height)
            finally:
                page.close()
            words = _to_words(raw)
            pages.append(_Page(index, width, height, words, _group_lines(words), rects))
    except InputRejected as exc:
        if exc.code == "encrypted":
            raise InputRejected("PDF protégé par un mot de passe", "encrypted") from exc
        if exc.code == "corrupt_pdf":
            raise InputRejected("PDF illisible ou corrompu", "corrupt_pdf") from exc
        raise
    except Exception as exc:  # noqa: BLE001
        if _is_password_error(exc):
            raise InputRejected("PDF protégé par un mot de passe", "encrypted") from exc
        raise InputRejected(
            "PDF illisible ou corrompu (pages non lisibles)", "corrupt_pdf"
        ) from exc
    finally:
        reader.close()
    if not pages:
        raise InputRejected("PDF sans aucune page", "corrupt_pdf")
    scans = OcrOutcome()
    empty = [p.no - 1 for p in pages if not p.words]
    if empty:
        _, scanned = open_fast_text(data)
        scans = ocr_scanned_pages(
            data,
            [i for i in empty if i < len(scanned) and scanned[i]],
            reject_over_limit=not any(p.words for p in pages),  # else: picture slides
        )
        for index, scan in scans.pages.items():
            page = pages[index]
            words = _to_words(scan.words)
            pages[index] = _Page(page.no, page.width, page.height, words, _group_lines(words), [])
    if not any(p.words for p in pages):
        reason = "PDF sans couche texte (document scanné ?) : aucun texte lisible"
        raise InputRejected(
            scans.empty_reason() if (scans.tried or scans.unread) else reason, "no_text_layer"
        )
    return pages, scans


def _is_password_error(exc: BaseException) -> bool:
    """pdfminer wraps ``PDFPasswordIncorrect`` in ``PdfminerException``: look inside."""
    seen: BaseException | None = exc
    for _ in range(4):
        if seen is None:
            return False
        text = (type(seen).__name__ + " " + repr(seen.args)).lower()
        if "password" in text or "encrypt" in text:
            return True
        inner = [a for a in seen.args if isinstance(a, BaseException)]
        seen = inner[0] if inner else seen.__cause__
    return False


def _is_bold(fontname: str) -> bool:
    name = fontname.lower()
    return any(key in name for key in ("bold", "black", "heavy", "semibold", "demi", ",b"))


# --------------------------------------------------------------------------- detection


_COT_CUES: list[tuple[str, float]] = [
    (r"contrats? d ?objectifs? territoria", 0.4),
    (r"\bcot\b", 0.2),
    (r"\bcot (tri|enr|climat)\b", 0.15),
    (r"points restants", 0.15),
    (r"% ?realise", 0.1),
    (r"% ?programme", 0.05),
    (r"objectifs? contractuels?", 0.2),
    (r"referentiel", 0.05),
    (r"climat air energie", 0.1),
    (r"economie circulaire", 0.05),
    (r"\baudit\b", 0.05),
    (r"orientations? strategiques?", 0.05),
]
_PLAN_CUES: list[tuple[str, float]] = [
    (r"\bfiche\b", 0.25),
    (r"modalites de mise en (oe|o)uvre", 0.3),
    (r"porteur", 0.05),
    (r"partenaires envisages", 0.1),
]


def looks_like_cot(text: str) -> float:
    """0..1 likelihood that ``text`` (first pages of a PDF) comes from a COT deck.

    Content cues only (file names lie); action-plan cues ("FICHE", "Modalités de mise en
    oeuvre") pull the score down so the detector can tell both kinds of PDF apart.
    """
    folded = fold(text)
    if not folded:
        return 0.0
    score = sum(weight for pattern, weight in _COT_CUES if re.search(pattern, folded))
    score -= sum(weight for pattern, weight in _PLAN_CUES if re.search(pattern, folded))
    return max(0.0, min(1.0, score))


# --------------------------------------------------------------------------- numbers / text

_NUM = r"\d{1,3}(?:[  \u202f]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
_NUM_RE = re.compile(_NUM)


def _num(text: str | None) -> float | None:
    return parse_french_number(text) if text else None


def _clean_label(text: str) -> str:
    """Collapse spaces and trim separators, keeping a leading sign ("-15 % de déchets")."""
    text = " ".join(text.split()).rstrip(" :;-–←→⇐⇒➔➜")  # trailing arrows: slide pointers
    return re.sub(r"^(?:[ :;]|[-–](?!\d))+", "", text)


def _is_numeric_cell(text: str) -> bool:
    return bool(re.fullmatch(r"[-+]?\s*(\d[\d\s.,]*)?\s*%?", text.strip())) and any(
        ch.isdigit() or ch == "%" for ch in text
    )


def _smart_case(text: str) -> str:
    """Upper-case slide titles → readable names ("PAYS DU CALAISIS" → "Pays du Calaisis")."""
    if any(ch.islower() for ch in text):
        return text
    small = {"de", "des", "du", "la", "le", "les", "et", "en", "sur", "à", "au", "aux"}
    out: list[str] = []
    for index, word in enumerate(text.lower().split()):
        if index and word in small:
            out.append(word)
        elif index and re.match(r"^[dl]'", word):
            out.append(word[:2] + word[2:].capitalize())
        else:
            out.append(word.capitalize())
    return " ".join(out)


# --------------------------------------------------------------------------- document level

_TERRITORY_RE = re.compile(
    r"\b((?:Communaut[ée]|COMMUNAUT[ÉE]) (?:de communes|d'agglom[ée]ration|urbaine|DE COMMUNES|"
    r"D'AGGLOM[ÉE]RATION|URBAINE)|M[ée]tropole|M[ÉE]TROPOLE|Pays|PAYS|PETR|"
    r"P[ôo]le d'[ée]quilibre territorial(?: et rural)?|Syndicat [Mm]ixte|SYNDICAT MIXTE|"
    r"Parc [Nn]aturel [Rr][ée]gional|PARC NATUREL R[ÉE]GIONAL)\b([^\n]{2,80})"
)


def _territory(pages: list[_Page]) -> str | None:
    for scope in (pages[:2], pages):
        for page in scope:
            for line in page.text.split("\n"):
                line = one_line(line) or ""
                match = _TERRITORY_RE.search(line)
                if not match:
                    continue
                name = match.group(1) + match.group(2)
                name = re.split(r"\s+[-–:(]\s*|\s*[,;(]|\s+\d", name)[0].strip(" .'")
                if len(name.split()) >= 2:
                    return _smart_case(name)
    text = "\n".join(p.text for p in pages)
    acronyms = Counter(re.findall(r"\b(C[CAU][A-Z]{2,6})\b", text))
    if acronyms:
        return acronyms.most_common(1)[0][0]
    return None


_CONTRACT_RE = re.compile(r"\bCOT\s*[-–]?\s*(TRI|ENR|EnR|Climat|CLIMAT|Chaleur|CHALEUR|CAE)\b")


def _contract_type(pages: list[_Page]) -> str:
    for scope in (pages[:2], pages):
        found = Counter(m.group(1).upper() for p in scope for m in _CONTRACT_RE.finditer(p.text))
        if found:
            kind = found.most_common(1)[0][0]
            return {"CLIMAT": "COT Climat", "CHALEUR": "COT Chaleur"}.get(kind, f"COT {kind}")
    text = fold("\n".join(p.text for p in pages[:3]))
    if "troisieme revolution industrielle" in text:
        return "COT TRI"
    return "COT"


def _period(text: str) -> tuple[int | None, int | None]:
    one = " ".join(text.split())
    patterns = [
        r"p[ée]riode du (?:COT|contrat)\s*:?\s*(20\d\d)\s*[-–/à]+\s*(20\d\d)",
        r"\d{1,2}/\d{1,2}/(20\d\d)\s*[-–à]+\s*(?:au\s*)?\d{1,2}/\d{1,2}/(20\d\d)",
        r"(?:du|de)\s+\d{0,2}\s*\w*\s*(20\d\d)\s+(?:au|à)\s+\d{0,2}\s*\w*\s*(20\d\d)",
    ]
    for pattern in patterns:
        match = re.search(pattern, one, re.I)
        if match:
            start, end = int(match.group(1)), int(match.group(2))
            if 0 <= end - start <= 8:
                return start, end
    pairs = Counter(
        (int(a), int(b))
        for a, b in re.findall(r"(?<!\d)(20\d\d)\s*[-–/]\s*(20\d\d)(?!\d)", one)
        if 1 <= int(b) - int(a) <= 8
    )
    if pairs:
        return pairs.most_common(1)[0][0]
    return None, None


def _amount(text: str) -> float | None:
    one = " ".join(text.split())
    amounts: list[tuple[bool, float]] = []
    for match in re.finditer(rf"({_NUM})\s*(?:€|euros?\b|EUR\b|k€|M€)", one):
        value = parse_french_number(match.group(1))
        if value is None:
            continue
        unit = one[match.end(1) : match.end()].strip()
        value *= 1000 if unit == "k€" else 1_000_000 if unit == "M€" else 1
        before = fold(one[max(0, match.start() - 40) : match.start()])
        after = fold(one[match.end() : match.end() + 20])
        total = bool(re.search(r"\bsoit\b|\btotal|montant global|enveloppe", before)) or bool(
            re.search(r"^sur \d+ ans|^au total", after)
        )
        if value >= 1000:
            amounts.append((total, value))
    if not amounts:
        return None
    totals = [v for t, v in amounts if t]
    return max(totals) if totals else max(v for _, v in amounts)


# --------------------------------------------------------------------------- referential tables

_HEADER_KEYS = {"points_remaining": "restant", "pct_done": "realise", "pct_programmed": "programme"}


@dataclass
class _Columns:
    centres: dict[str, float]
    label_end: float
    header_label: str
    header_bottom: float


def _find_header(page: _Page, index: int) -> _Columns | None:
    """Column centres if line ``index`` (plus a wrapped neighbour) holds the 3 numeric headers."""
    line = page.lines[index]
    folded = [fold(w.text) for w in line]
    if not any(f.startswith("realis") for f in folded) or not any(
        f.startswith("programm") for f in folded
    ):
        return None
    words = list(line)
    for near in (index - 1, index + 1):
        if 0 <= near < len(page.lines):
            other = page.lines[near]
            if abs(other[0].mid_y - line[0].mid_y) < 2.5 * line[0].size:
                words.extend(w for w in other if fold(w.text).startswith(("restant", "points")))
    spans: dict[str, list[float]] = {}
    for position, word in enumerate(sorted(words, key=lambda w: w.x0)):
        key_text = fold(word.text)
        for key, stem in _HEADER_KEYS.items():
            if key_text.startswith(stem) and key not in spans:
                x0 = word.x0
                ordered = sorted(words, key=lambda w: w.x0)
                if position and ordered[position - 1].text.strip() in ("%", "Points", "points"):
                    if word.x0 - ordered[position - 1].x1 < 2 * word.size:
                        x0 = ordered[position - 1].x0
                spans[key] = [x0, word.x1]
    if len(spans) < 3:
        return None
    centres = {key: (a + b) / 2 for key, (a, b) in spans.items()}
    ordered_centres = sorted(centres.values())
    first_x0 = min(a for a, _ in spans.values())
    step = ordered_centres[1] - ordered_centres[0]
    label_end = min(first_x0 - 2, ordered_centres[0] - step / 2)
    header_label = _join_words([w for w in line if w.x1 <= label_end + 1])
    return _Columns(centres, label_end, header_label, max(w.bottom for w in line))


@dataclass
class _RawRow:
    label_words: list[_Word]
    cells: dict[str, str]
    top: float
    bottom: float
    anchor: float | None = None  # vertical centre of the numbers
    wraps: list[list[_Word]] = field(default_factory=list)  # label-only lines added after


def _starts_row(words: list[_Word]) -> bool:
    """A label line opening a row of its own: ▼/▶ marker or a code like ``1.2``."""
    first = words[0].text if words else ""
    return bool(first) and (first[0] in _AXIS_MARKERS + _SUB_MARKERS or bool(_CODE_RE.match(first)))


def _lead(words: list[_Word]) -> int:
    """Number of leading marker / code words of a label."""
    lead = 0
    while lead < len(words) and _starts_row(words[lead : lead + 1]):
        lead += 1
    return lead


def _add_numbers_row(rows: list[_RawRow], row: _RawRow, size: float) -> None:
    """Append a row read from a line holding numbers, fixing vertically centred cells.

    When the label cell wraps and the row is centred vertically, the numbers sit between
    the label lines: the line above (already read as a row without numbers, or as a wrapped
    label of the previous row) belongs to this row when it is nearer to these numbers.
    """
    previous = rows[-1] if rows else None
    if previous is None:
        rows.append(row)
        return
    opens = _starts_row(previous.label_words)
    if (
        not previous.cells
        and not (_starts_row(row.label_words) and opens)
        and row.top - previous.bottom < (0.9 * size if opens else 0.0)
    ):  # "▼ first line" … numbers … "rest": one centred cell
        lead = _lead(row.label_words)
        previous.label_words = (
            row.label_words[:lead] + previous.label_words + row.label_words[lead:]
        )
        previous.cells, previous.anchor = row.cells, row.anchor
        previous.bottom = max(previous.bottom, row.bottom)
        previous.wraps = []
        return
    moved: list[_Word] = []
    while previous.wraps and previous.anchor is not None and row.anchor is not None:
        line_mid = statistics.median(w.mid_y for w in previous.wraps[-1])
        if abs(line_mid - row.anchor) >= abs(line_mid - previous.anchor):
            break
        line = previous.wraps.pop()
        moved = line + moved
        previous.label_words = [w for w in previous.label_words if w not in line]
    if moved:  # a marker or code drawn at mid-height stays first
        lead = _lead(row.label_words)
        row.label_words = row.label_words[:lead] + moved + row.label_words[lead:]
        row.top = min(w.top for w in moved)
        previous.bottom = (
            max(w.bottom for w in previous.label_words) if previous.label_words else previous.bottom
        )
    rows.append(row)


def _table_rows(page: _Page, start: int, cols: _Columns) -> tuple[list[_RawRow], int]:
    """Rows under a header (lines ``start``…); stops at a big gap, a new header or a title."""
    rows: list[_RawRow] = []
    last_bottom = cols.header_bottom
    spacing: float | None = None
    index = start
    while index < len(page.lines):
        line = page.lines[index]
        if _find_header(page, index) is not None:
            break
        top = min(w.top for w in line)
        size = statistics.median(w.size for w in line)
        gap = top - last_bottom
        limit = max(3.0 * size, 2.5 * spacing) if spacing else 5.0 * size
        if gap > limit:
            break
        label: list[_Word] = []
        cells: dict[str, list[_Word]] = {key: [] for key in cols.centres}
        for word in line:
            centre = (word.x0 + word.x1) / 2
            if centre <= cols.label_end or (
                not _is_numeric_cell(word.text) and not label_gap(word, cols)
            ):
                label.append(word)
            else:
                key = min(cols.centres, key=lambda k: abs(cols.centres[k] - centre))
                cells[key].append(word)
        texts = {k: _join_words(v) for k, v in cells.items() if v}
        numbers = sum(1 for t in texts.values() if _num(t) is not None)
        if numbers >= 2:
            anchor = statistics.median(w.mid_y for ws in cells.values() for w in ws)
            row = _RawRow(label, texts, top, max(w.bottom for w in line), anchor)
            if spacing is None and rows:
                spacing = top - rows[-1].top
            _add_numbers_row(rows, row, size)
        elif label and not texts:
            if rows and size > 1.5 * statistics.median(
                w.size for w in rows[-1].label_words or line
            ):
                break  # a slide title or a big caption, not a wrapped label
            first = label[0].text[:1]
            if first and (first in _AXIS_MARKERS + _SUB_MARKERS or _CODE_RE.match(label[0].text)):
                rows.append(_RawRow(label, {}, top, max(w.bottom for w in line)))
            elif rows and gap < 0.9 * size:
                rows[-1].label_words.extend(label)  # wrapped label
                rows[-1].wraps.append(label)
                rows[-1].bottom = max(w.bottom for w in line)
            elif any(r.cells or _starts_row(r.label_words) for r in rows):
                break
            else:  # first line of a centred cell, or a stray line under the header
                rows = [_RawRow(label, {}, top, max(w.bottom for w in line))]
        else:
            break
        last_bottom = max(w.bottom for w in line)
        index += 1
    # rows without numbers are kept only when they open a row of their own (▼ axis alone)
    rows = [r for r in rows if r.cells or _starts_row(r.label_words)]
    return rows, index


def label_gap(word: _Word, cols: _Columns) -> bool:
    """A non-numeric word right of the label zone is still label text if it is not under a
    numeric column (long labels overflowing into the first column)."""
    centre = (word.x0 + word.x1) / 2
    nearest = min(abs(c - centre) for c in cols.centres.values())
    return nearest < 25 and word.text.strip() in ("%", "-", "–", "nc", "NC", "n.c.")


_ECI_WORDS = (
    "economie circulaire",
    "dechet",
    "eci",
    "reemploi",
    "ecologie industrielle",
    "ecoconception",
    "gaspillage",
    "consommation responsable",
    "fonctionnalite",
)
_CAE_WORDS = (
    "climat",
    "energ",
    "mobilit",
    "eclairage",
    "urbanisme",
    "patrimoine",
    "cae",
    "air",
    "batiment",
    "planification",
)


def _referential_hint(text: str) -> str | None:
    folded = fold(text)
    if re.search(r"economie circulaire|\beci\b", folded):
        return "ECI"
    if re.search(r"climat|\bcae\b|air energie|citergie", folded):
        return "CAE"
    return None


def _referential_from_rows(labels: list[str]) -> str | None:
    folded = " ".join(fold(label) for label in labels)
    eci = sum(folded.count(word) for word in _ECI_WORDS)
    cae = sum(len(re.findall(rf"\b{word}", folded)) for word in _CAE_WORDS)
    if eci > cae + 1:
        return "ECI"
    if cae > eci + 1:
        return "CAE"
    return None


@dataclass
class _Table:
    referential: str
    page: int
    rows: list[_RawRow]
    cols: _Columns
    continued: bool = False  # continues the table of the previous slide


def _strip_prefix(words: list[_Word]) -> tuple[str | None, str | None, str, float]:
    """(marker level, code, clean label, x0 of first word) of a row label."""
    text = _join_words(words)
    level: str | None = None
    code: str | None = None
    changed = True
    while changed and text:
        changed = False
        head = text[0]
        if head in _AXIS_MARKERS:
            level, text, changed = "axis", text[1:].lstrip(), True
        elif head in _SUB_MARKERS:
            level, text, changed = "sub_axis", text[1:].lstrip(), True
        elif head in "•·◦▪–—-*" and len(text) > 1 and text[1] == " ":
            level = level or "dash"
            text, changed = text[1:].lstrip(), True
        else:
            match = re.match(r"^(\d{1,2}(?:[.,]\d{1,2})+)\.?\s+", text)
            if match and code is None:
                code = match.group(1).replace(",", ".")
                text, changed = text[match.end() :], True
    x0 = words[0].x0 if words else 0.0
    return level, code, _clean_label(text), x0


def _assign_levels(tables: list[_Table]) -> list[list[tuple[str, str | None, str]]]:
    """Level per row: markers, else bold contrast, else indentation, else dashes, else code
    depth. Contrasts are measured over a table and its continuation slides together, so a
    continuation page holding only sub-axes is still read right."""
    groups: list[list[_Table]] = []
    for table in tables:
        if table.continued and groups and groups[-1][-1].referential == table.referential:
            groups[-1].append(table)
        else:
            groups.append([table])
    out: list[list[tuple[str, str | None, str]]] = []
    for group in groups:
        rows = [row for table in group for row in table.rows]
        levels = _levels(rows)
        for table in group:
            out.append(levels[: len(table.rows)])
            levels = levels[len(table.rows) :]
    return out


def _levels(rows: list[_RawRow]) -> list[tuple[str, str | None, str]]:
    info = [_strip_prefix(row.label_words) for row in rows]
    bold = [
        sum(w.bold for w in row.label_words) > 0.6 * max(1, len(row.label_words)) for row in rows
    ]
    xs = [x for _, _, _, x in info]
    x_min = min(xs) if xs else 0.0
    indented = [x - x_min > 6 for x in xs]
    dashed = [lv == "dash" for lv, _, _, _ in info]
    depths = [code.count(".") + 1 if code else 1 for _, code, _, _ in info]
    levels: list[tuple[str, str | None, str]] = []
    for i, (marker, code, label, _) in enumerate(info):
        if marker in ("axis", "sub_axis"):
            level = marker
        elif any(bold) and not all(bold):
            level = "axis" if bold[i] else "sub_axis"
        elif any(indented):
            level = "sub_axis" if indented[i] else "axis"
        elif any(dashed) and not all(dashed):
            level = "sub_axis" if dashed[i] else "axis"
        elif len(set(depths)) > 1:
            level = "sub_axis" if depths[i] > min(depths) else "axis"
        else:
            level = "axis"
        levels.append((level, code, label))
    return levels


def _parse_tables(pages: list[_Page]) -> tuple[list[_Table], set[tuple[int, int]]]:
    """Find every progress table; returns them and the (page, line) indexes they use."""
    tables: list[_Table] = []
    used: set[tuple[int, int]] = set()
    previous: _Table | None = None
    for page in pages:
        found_here = False
        index = 0
        while index < len(page.lines):
            cols = _find_header(page, index)
            if cols is None:
                index += 1
                continue
            rows, end = _table_rows(page, index + 1, cols)
            used.update((page.no, i) for i in range(index, end))
            title = " ".join(
                _join_words(line) for line in page.lines[:index] if line[0].top < cols.header_bottom
            )
            referential = _referential_hint(cols.header_label)
            continued = (
                previous is not None
                and previous.page == page.no - 1
                and (
                    "suite" in fold(title)
                    or (rows and _strip_prefix(rows[0].label_words)[0] == "sub_axis")
                )
            )
            if referential is None and continued and previous is not None:
                referential = previous.referential
            if referential is None:
                referential = _referential_from_rows([_join_words(r.label_words) for r in rows])
            if referential is None:
                referential = _referential_hint(title) or (
                    previous.referential if previous else "CAE"
                )
            table = _Table(referential, page.no, rows, cols, bool(continued))
            tables.append(table)
            previous = table
            found_here = True
            index = max(end, index + 1)
        if not found_here and previous is not None and previous.page == page.no - 1:
            # a continuation slide without repeated header: reuse the previous columns
            cols = previous.cols
            start = next(
                (
                    i
                    for i, line in enumerate(page.lines)
                    if sum(
                        1
                        for w in line
                        if (w.x0 + w.x1) / 2 > cols.label_end and _is_numeric_cell(w.text)
                    )
                    >= 3
                ),
                None,
            )
            if start is not None:
                probe = _Columns(
                    cols.centres, cols.label_end, cols.header_label, page.lines[start][0].top - 1
                )
                rows, end = _table_rows(page, start, probe)
                if len(rows) >= 2:
                    used.update((page.no, i) for i in range(start, end))
                    table = _Table(previous.referential, page.no, rows, cols, True)
                    tables.append(table)
                    previous = table
    return tables, used


def _referential_records(
    tables: list[_Table], territory: str | None, source_file: str, sha: str
) -> list[ReferentialScoreRecord]:
    records: list[ReferentialScoreRecord] = []
    parents: dict[str, str | None] = {}
    for table, levels in zip(tables, _assign_levels(tables), strict=True):
        for row, (level, code, label) in zip(table.rows, levels, strict=True):
            if not label or fold(label) in ("total", "total general"):
                continue
            if level == "axis":
                parents[table.referential] = label
                parent = None
            else:
                parent = parents.get(table.referential)
            records.append(
                ReferentialScoreRecord(
                    territory_name=territory,
                    referential=table.referential,
                    level=level,
                    code=code,
                    label=label,
                    parent_label=parent,
                    points_remaining=_num(row.cells.get("points_remaining")),
                    pct_done=_num(row.cells.get("pct_done")),
                    pct_programmed=_num(row.cells.get("pct_programmed")),
                    source_file=source_file,
                    source_sha256=sha,
                    page=table.page,
                )
            )
    return records


# --------------------------------------------------------------------------- reading order


def _reading_text(page: _Page, used: set[tuple[int, int]] | None = None) -> str:
    """Text of a slide block by block instead of line by line.

    Side-by-side boxes (two cards, a column of bullets beside a score box) share visual
    lines: joining lines would interleave their sentences. Segments are merged into blocks
    (paragraphs, captions, big figures), read top to bottom then left to right; a big figure
    with a short label right under it ("23,3 %" over "Score") is read "Score : 23,3 %".
    Lines of progress tables (``used``) are left out.
    """
    used_tops = {round(page.lines[i][0].top) for p, i in used or () if p == page.no}
    segs = [s for s in page.segments() if round(s.top) not in used_tops]
    if not segs:
        return ""
    body = statistics.median(s.size for s in segs)
    blocks = sorted(_blocks(segs, body), key=lambda b: (round(b.top), b.x0))
    labels: dict[int, int] = {}  # figure block index -> label block index
    for i, figure in enumerate(blocks):
        if figure.kind != "number":
            continue
        centre = (figure.x0 + figure.x1) / 2
        below = [
            (block.top - figure.bottom, j)
            for j, block in enumerate(blocks)
            if block.kind != "number"
            and j not in labels.values()
            and -0.1 * figure.size <= block.top - figure.bottom <= 0.8 * figure.size
            and block.x0 - figure.size <= centre <= block.x1 + figure.size
            and block.size < figure.size
            and sum(ch.isalpha() for ch in block.text) >= 2
            and len(block.text.split()) <= 6
        ]
        if below:
            labels[i] = min(below)[1]
    taken = set(labels.values())
    parts: list[str] = []
    for i, block in enumerate(blocks):
        if i in taken:
            continue
        parts.append(f"{blocks[labels[i]].text} : {block.text}" if i in labels else block.text)
    return "\n".join(parts)


# --------------------------------------------------------------------------- audit scores

_MENTION_RE = re.compile(
    r"(?P<cae>climat[\s\-]*air[\s\-]*[ée]nergie|\bCAE\b|cit[ée]rgie)|"
    r"(?P<eci>[ée]conomie\s+circulaire|\bEci\b|\bECI\b)",
    re.I,
)
_WORD_NUMBERS = {
    "zero": 0,
    "aucune": 0,
    "un": 1,
    "une": 1,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
}


def _stars(segment: str) -> int | None:
    match = re.search(
        r"(\d|z[ée]ro|aucune|une?|deux|trois|quatre|cinq)\s*(?:★|[ée]toiles?)", segment, re.I
    )
    if match:
        token = fold(match.group(1))
        return int(token) if token.isdigit() else _WORD_NUMBERS.get(token)
    count = segment.count("★")
    return count or None


def _parse_audits(
    pages: list[_Page],
    used: set[tuple[int, int]],
    territory: str | None,
    source_file: str,
    sha: str,
) -> list[AuditScoreRecord]:
    found: dict[str, AuditScoreRecord] = {}
    for page in pages:
        text = one_line(_reading_text(page, used)) or ""
        if not re.search(r"score|note|audit|[ée]toile|★", text, re.I):
            continue
        # a segment runs from a mention to the next mention of the OTHER referential: a slide
        # may name its referential again ("objectifs CAE" in a bullet) between the score and
        # its stars
        runs: list[list[re.Match[str]]] = []
        for mention in _MENTION_RE.finditer(text):
            if runs and bool(runs[-1][0].group("cae")) == bool(mention.group("cae")):
                runs[-1].append(mention)
            else:
                runs.append([mention])
        for position, run in enumerate(runs):
            end = runs[position + 1][0].start() if position + 1 < len(runs) else len(text)
            segment = text[run[0].end() : end]
            referential = "CAE" if run[0].group("cae") else "ECI"
            score = re.search(rf"(?:score|note)\D{{0,40}}?({_NUM})\s*%", segment, re.I)
            for mention in run if score is None else ():
                score = re.match(rf"^\W{{0,4}}[:=]\s*({_NUM})\s*%", text[mention.end() : end])
                if score:
                    break
            increase = re.search(rf"\+\s*({_NUM})\s*(?:%|points?\b|pts\b)", segment, re.I)
            target = re.search(
                rf"soit\s+(?:une?\s+(?:note|score)\s+(?:de\s+)?|un\s+objectif\s+de\s+)?"
                rf"({_NUM})\s*%",
                segment,
                re.I,
            )
            stars = _stars(segment) if score else None
            if not (score or increase or target):
                continue
            record = found.get(referential)
            if record is None:
                record = AuditScoreRecord(
                    territory, referential, None, None, None, None, source_file, sha, page.no
                )
                found[referential] = record
            if score and record.score_pct is None:
                record.score_pct = _num(score.group(1))
                record.page = page.no if record.stars is None else record.page
            if stars is not None and record.stars is None:
                record.stars = stars
            if increase and record.target_increase_pct is None:
                record.target_increase_pct = _num(increase.group(1))
            if target and record.target_score_pct is None:
                record.target_score_pct = _num(target.group(1))
    return [found[key] for key in ("CAE", "ECI") if key in found]


# --------------------------------------------------------------------------- orientations

_ORIENT_RE = re.compile(
    r"^(?:orientation(?:\s+strat[ée]gique)?|axe\s+strat[ée]gique)\s*(?:n\s*°\s*|no\.?\s*)?"
    r"(\d{1,2})\b\s*[:\-–.]?\s*(.*)$",
    re.I,
)
_OBJ_RE = re.compile(r"^[•·▪\-–*]?\s*(\d{1,2})[.,](\d{1,2})\.?(?:\s+[-–:]?\s*(.*))?$")


def _continuation(segs: list[_Seg], start: _Seg, x_left: float, taken: set[int]) -> list[_Seg]:
    """Segments continuing a paragraph that begins with ``start`` (wrapped lines)."""
    out: list[_Seg] = []
    last = start
    for index, seg in enumerate(segs):
        if index in taken or seg.top <= last.top + 0.3 * last.size:
            continue
        gap = seg.top - last.bottom
        if gap > 0.9 * last.size:
            if seg.top > last.bottom + 2 * last.size:
                break
            continue
        if abs(seg.size - start.size) > 0.15 * start.size:
            continue
        if not (min(x_left, start.x0) - 1.5 * start.size <= seg.x0 <= last.x1):
            continue
        if _OBJ_RE.match(seg.text) or _ORIENT_RE.match(seg.text):
            break
        out.append(seg)
        taken.add(index)
        last = seg
    return out


def _parse_orientations(
    pages: list[_Page],
    used: set[tuple[int, int]],
    territory: str | None,
    source_file: str,
    sha: str,
) -> list[ObjectiveRecord]:
    labels: dict[int, tuple[str, int]] = {}
    objectives: dict[str, tuple[int, str, int]] = {}
    for page in pages:
        used_tops = {round(page.lines[i][0].top) for p, i in used if p == page.no}
        segs = [s for s in page.segments() if round(s.top) not in used_tops]
        segs.sort(key=lambda s: (s.top, s.x0))
        taken: set[int] = set()
        headings: list[int] = []
        for index, seg in enumerate(segs):
            match = _ORIENT_RE.match(seg.text)
            if not match or index in taken:
                continue
            taken.add(index)
            no = int(match.group(1))
            headings.append(no)
            parts = [match.group(2)]
            more = _continuation(segs, seg, seg.x0, taken)
            parts.extend(s.text for s in more)
            label = _clean_label(" ".join(parts))
            if not label:  # label in a separate block, to the right or just below
                label = _nearby_label(segs, seg, taken)
            if label and len(label) > len(labels.get(no, ("", 0))[0]):
                labels[no] = (label, labels.get(no, ("", page.no))[1] or page.no)
            labels.setdefault(no, (label, page.no))
        if not headings:
            continue
        for index, seg in enumerate(segs):
            if index in taken:
                continue
            match = _OBJ_RE.match(seg.text)
            if not match:
                continue
            major, minor = int(match.group(1)), int(match.group(2))
            if major not in headings and major not in labels:
                continue
            taken.add(index)
            first = match.group(3)
            parts: list[str] = []
            x_left = seg.x0
            if first:
                code_len = len(seg.text) - len(first)
                x_left = seg.x0 + (seg.x1 - seg.x0) * code_len / max(1, len(seg.text))
                parts.append(first)
            else:  # code alone in its segment: the text starts to its right, same line,
                # else right under it (cards: a big code above its label)
                free = [
                    (j, s)
                    for j, s in enumerate(segs)
                    if j not in taken and not (_OBJ_RE.match(s.text) or _ORIENT_RE.match(s.text))
                ]
                right = [
                    (j, s)
                    for j, s in free
                    if s.x0 > seg.x1 and abs(s.top - seg.top) < 0.5 * seg.size
                ]
                below = [
                    (j, s)
                    for j, s in free
                    if -0.3 * seg.size <= s.top - seg.bottom <= 1.5 * seg.size
                    and s.x0 <= seg.x1 + seg.size
                    and s.x1 >= seg.x0
                ]
                if right:
                    j, head = min(right, key=lambda item: item[1].x0)
                elif below:
                    j, head = min(below, key=lambda item: item[1].top)
                else:
                    continue
                taken.add(j)
                parts.append(head.text)
                x_left = head.x0
                seg = head
            parts.extend(s.text for s in _continuation(segs, seg, x_left, taken))
            code = f"{major}.{minor}"
            label = _clean_label(" ".join(parts))
            if code not in objectives and label:
                objectives[code] = (major, label, page.no)
    records: list[ObjectiveRecord] = []
    for no in sorted(labels):
        label, page_no = labels[no]
        mine = sorted(
            ((code, lab, pg) for code, (major, lab, pg) in objectives.items() if major == no),
            key=lambda item: tuple(int(x) for x in item[0].split(".")),
        )
        if not mine:
            records.append(
                ObjectiveRecord(territory, no, label, None, None, source_file, sha, page_no)
            )
        for code, lab, pg in mine:
            records.append(ObjectiveRecord(territory, no, label, code, lab, source_file, sha, pg))
    return records


def _nearby_label(segs: list[_Seg], heading: _Seg, taken: set[int]) -> str:
    """Closest text to the right (same band) or below a bare "ORIENTATION n" heading."""
    best: tuple[float, int] | None = None
    for index, seg in enumerate(segs):
        if index in taken or _OBJ_RE.match(seg.text) or _ORIENT_RE.match(seg.text):
            continue
        right = (
            seg.x0 >= heading.x1 - 2
            and seg.top < heading.bottom + heading.size
            and seg.bottom > heading.top - 3 * heading.size
        )
        below = seg.top >= heading.bottom - 2 and seg.x0 < heading.x1 and seg.x1 > heading.x0
        if not (right or below):
            continue
        distance = (seg.x0 - heading.x1) if right else (seg.top - heading.bottom)
        if distance > 6 * heading.size:
            continue
        if best is None or distance < best[0]:
            best = (max(distance, 0), index)
    if best is None:
        return ""
    start = segs[best[1]]
    taken.add(best[1])
    # the block may start above the heading: take every close line of the same column
    column = [start]
    column.extend(_continuation(segs, start, start.x0, taken))
    return _clean_label(" ".join(s.text for s in column))


# --------------------------------------------------------------------------- contract targets

_UNIT_MAP = {
    "km": "km",
    "kms": "km",
    "kilometres": "km",
    "kilometre": "km",
    "ha": "hectares",
    "hectare": "hectares",
    "hectares": "hectares",
    "%": "%",
    "pourcent": "%",
    "pourcents": "%",
    "gwh": "GWh",
    "mwh": "MWh",
    "kwh": "kWh",
    "mw": "MW",
    "kw": "kW",
    "kwc": "kWc",
    "mwc": "MWc",
    "gw": "GW",
    "t": "tonnes",
    "tonne": "tonnes",
    "tonnes": "tonnes",
    "teqco2": "teqCO2",
    "tco2": "tCO2",
    "tco2e": "tCO2e",
    "m2": "m²",
    "m²": "m²",
    "reseau": "réseau",
    "reseaux": "réseaux",
}
_TIME_UNITS = {"an", "ans", "annee", "annees", "mois", "jours", "semaines"}
_ORDINALS = {"e", "er", "ere", "re", "eme", "nd", "nde", "ieme"}
_STOP = {
    "de",
    "des",
    "du",
    "la",
    "le",
    "les",
    "l",
    "d",
    "un",
    "une",
    "et",
    "ou",
    "en",
    "a",
    "au",
    "aux",
    "par",
    "pour",
    "sur",
    "avec",
    "dans",
    "avoir",
    "ete",
    "mis",
    "mise",
}


def _unit(word: str) -> str:
    token = word.strip(" .,;:()")
    key = fold(token).replace(" ", "")
    if token == "%":
        return "%"
    if key in _UNIT_MAP:
        return _UNIT_MAP[key]
    return token.lower()


def _quantity(text: str) -> tuple[float | None, str | None]:
    """First quantity of a target label: a number and the unit word after it, or an
    "un/une <noun>" object ("Mise en œuvre d'un REseau…" → 1 réseau) when that comes first."""
    clean = text.replace("’", "'")
    number = None
    pattern = rf"(?<![\w/.,-])((?:(?<!\S)[-−+]\s?)?(?:{_NUM}))(?:\s*(%|[^\W\d_][\w²'’-]*))?"
    for match in re.finditer(pattern, clean):
        raw_unit = match.group(2)
        value = parse_french_number(match.group(1))
        if value is None:
            continue
        if raw_unit and fold(raw_unit) in _TIME_UNITS | _ORDINALS:
            continue  # "3 ans", "1ère année": durations and ranks are not quantities
        if raw_unit is None and 1990 <= value <= 2100:
            continue
        number = (match.start(), value, raw_unit)
        break
    article = re.search(r"(?:^|\s|d')(?:un|une)\s+([^\W\d_][\w-]*)", clean, re.I)
    if article and (number is None or article.start() < number[0]):
        return 1.0, _unit(article.group(1))
    if number is None:
        return None, None
    _, value, raw_unit = number
    unit = _unit(raw_unit) if raw_unit else None
    if unit and unit.startswith(("d'", "l'")):
        unit = None
    return value, unit


def _dominant_color(words: list[_Word]) -> tuple[float, ...] | None:
    """The colour of at least 60 % of ``words`` (None when mixed or unknown)."""
    colors = Counter(w.color for w in words if w.color is not None)
    if not colors:
        return None
    color, count = colors.most_common(1)[0]
    return color if count >= 0.6 * len(words) else None


def _priority_color(page: _Page) -> tuple[float, ...] | None:
    """Colour of a "prioritaire(s)" legend word when it differs from the slide's usual text
    colour: slides often announce "(ET PRIORITAIRES)" in red and draw priority items in red."""
    letters = [w for w in page.words if any(ch.isalpha() for ch in w.text)]
    usual = Counter(w.color for w in letters if w.color is not None)
    if not usual:
        return None
    common = usual.most_common(1)[0][0]
    for word in letters:
        if fold(word.text).startswith("prioritaire") and word.color not in (None, common):
            return word.color
    return None


def _is_caption(seg: _Seg) -> bool:
    text = seg.text
    letters = [ch for ch in text if ch.isalpha()]
    if len(letters) < 3 or any(ch.isdigit() for ch in text):
        return False
    upper = sum(ch.isupper() for ch in letters) / len(letters)
    return upper > 0.9 and "objectif" not in fold(text)


def _is_big_number(seg: _Seg, body: float) -> bool:
    figure = re.fullmatch(rf"[-−+]?\s?(?:{_NUM})\s*%?", seg.text.strip())
    return bool(figure) and seg.size >= 1.4 * body


def _blocks(segs: list[_Seg], body: float) -> list[_Block]:
    """Merge segments into blocks of one kind (caption / text / big number)."""
    blocks: list[_Block] = []
    for seg in sorted(segs, key=lambda s: (s.top, s.x0)):
        kind = (
            "number" if _is_big_number(seg, body) else ("caption" if _is_caption(seg) else "text")
        )
        if kind == "caption" and any(  # "(REGAL)" ending a wrapped label is not a caption
            b.kind == "text"
            and abs(b.segs[-1].size - seg.size) <= 0.05 * seg.size
            and b.segs[-1].bold == seg.bold
            and -0.3 * seg.size <= seg.top - b.segs[-1].bottom <= 0.6 * seg.size
            and abs(seg.x0 - b.segs[0].x0) <= seg.size
            for b in blocks
        ):
            kind = "text"
        if kind != "number":
            best = None
            for block in blocks:
                last = block.segs[-1]
                if block.kind != kind or abs(last.size - seg.size) > 0.2 * seg.size:
                    continue
                gap = seg.top - last.bottom
                if not (-0.3 * seg.size <= gap <= 0.9 * seg.size):
                    continue
                centred = (  # a centred paragraph's wrapped line: same centre, inside it
                    abs((seg.x0 + seg.x1) / 2 - (last.x0 + last.x1) / 2) <= 2 * seg.size
                    and seg.x0 >= last.x0 - 1
                    and seg.x1 <= last.x1 + 1
                )
                if abs(seg.x0 - block.segs[0].x0) > 2 * seg.size and not (
                    seg.x0 < last.x1 and seg.x1 > last.x0 and (kind == "caption" or centred)
                ):
                    continue
                if _starts_item(seg.text):
                    continue
                best = block
            if best is not None:
                best.segs.append(seg)
                continue
        blocks.append(_Block([seg], kind))
    return blocks


def _starts_item(text: str) -> bool:
    return bool(re.match(r"^[•▪●■◦*\-–]\s", text))


def _rect_of(page: _Page, block: _Block) -> tuple[float, float, float, float]:
    """The drawn box enclosing a block (slides draw one box per objective), else its bbox."""
    cx, cy = (block.x0 + block.x1) / 2, (block.top + block.bottom) / 2
    inside = [
        r
        for r in page.rects
        if r[0] - 1 <= cx <= r[2] + 1
        and r[1] - 1 <= cy <= r[3] + 1
        and (r[2] - r[0]) < 0.6 * page.width
        and (r[3] - r[1]) < 0.6 * page.height
    ]
    if inside:
        x0, top, x1, bottom = min(inside, key=lambda r: (r[2] - r[0]) * (r[3] - r[1]))
        return min(x0, block.x0), min(top, block.top), max(x1, block.x1), max(bottom, block.bottom)
    return block.x0, block.top, block.x1, block.bottom


def _gap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> float:
    """Distance between two boxes. A caption level with an item (same band, seed 003 layout)
    counts its horizontal gap at a quarter: slides put captions far right of the text."""
    dx = max(0.0, b[0] - a[2], a[0] - b[2])
    dy = max(0.0, b[1] - a[3], a[1] - b[3])
    if dy == 0.0:
        return 0.25 * dx
    if dx == 0.0:
        return dy
    return math.hypot(dx, dy)


@dataclass
class _Item:
    label: str
    value: float | None
    unit: str | None
    page: int
    bold: bool
    priority: bool
    domain: str | None = None
    box: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)
    color: tuple[float, ...] | None = None  # dominant colour of the label's words


_PRIO_RE = re.compile(r"\(?\s*(?:objectif\s+)?prioritaire\s*\)?|★", re.I)


_BADGE_RE = re.compile(r"^\s*(?:objectif\s+)?prioritaire\b|\bprioritaire\s*$|^\s*★|★\s*$", re.I)


def _strip_priority(label: str) -> tuple[str, bool]:
    cleaned = _PRIO_RE.sub(" ", label)
    return _clean_label(cleaned), cleaned != label


def _items_from_boxes(page: _Page, title_bottom: float) -> list[_Item]:
    segs = [
        s
        for s in page.segments()
        if s.top > title_bottom
        and not re.fullmatch(r"(20\d\d)\s*[-/–]\s*(20\d\d)", s.text.strip())
        and not re.search(r"objectifs\s+(contractuels|quantifi|chiffr)", fold(s.text))
    ]
    if not segs:
        return []
    body = statistics.median(s.size for s in segs)
    blocks = _blocks(segs, body)
    numbers = [b for b in blocks if b.kind == "number"]
    texts = [b for b in blocks if b.kind == "text"]
    captions = [b for b in blocks if b.kind == "caption"]
    for number in numbers:  # big figure → the closest text block below or to its right
        best: tuple[float, _Block] | None = None
        for block in texts:
            below = (
                block.top >= number.bottom - 2
                and block.x0 < number.x1 + number.size
                and block.x1 > number.x0
            )
            right = (
                block.x0 >= number.x1 - 2
                and block.top < number.bottom
                and block.bottom > number.top
            )
            if not (below or right):
                continue
            distance = (block.top - number.bottom) if below else (block.x0 - number.x1)
            if distance <= 3 * number.size and (best is None or distance < best[0]):
                best = (distance, block)
        if best is not None and not best[1].extra:
            best[1].extra.append(number.segs[0])
        else:
            texts.append(_Block([], "text", [number.segs[0]]))
    items: list[_Item] = []
    for block in texts:
        raw = block.text
        raw = re.sub(r"^[•▪●■◦*\-–]\s+", "", raw)
        label, flagged = _strip_priority(raw)
        value, unit = _quantity(label)
        if value is None or len(label) < 8:
            continue
        words = [w for s in block.segs for w in s.words if any(c.isalpha() for c in w.text)]
        bold = bool(words) and sum(w.bold for w in words) > 0.6 * len(words)
        item = _Item(label, value, unit, page.no, bold, flagged, box=_rect_of(page, block))
        item.color = _dominant_color(words)
        items.append(item)
    # priority badges ("PRIORITAIRE", "★" in a corner of a card) flag their item and are
    # not domain captions
    badges = [
        b
        for b in captions + [b for b in texts if not b.extra]
        if _strip_priority(b.text) == ("", True)
    ]
    for badge in badges:
        box = (badge.x0, badge.top, badge.x1, badge.bottom)
        near = [(_gap(item.box, box), i) for i, item in enumerate(items)]
        if near and min(near)[0] <= 2 * badge.size:
            items[min(near)[1]].priority = True
    captions = [c for c in captions if c not in badges]
    # captions ↔ items, one-to-one, closest pairs first
    pairs = sorted(
        (_gap(item.box, (c.x0, c.top, c.x1, c.bottom)), i, j)
        for i, item in enumerate(items)
        for j, c in enumerate(captions)
    )
    done_items: set[int] = set()
    done_caps: set[int] = set()
    for distance, i, j in pairs:
        if i in done_items or j in done_caps or distance > 0.2 * page.width:
            continue
        # a badge stacked on the caption ("PRIORITAIRE" over the domain) is read with it
        domain, badge = re.subn(_BADGE_RE, " ", captions[j].text)
        items[i].domain = _clean_label(domain)
        items[i].priority = items[i].priority or badge > 0
        done_items.add(i)
        done_caps.add(j)
    if captions and len(done_items) >= 2:  # uncaptioned figures: dates, footnotes
        items = [it for it in items if it.domain is not None]
    return _reading_order(items)


def _reading_order(items: list[_Item]) -> list[_Item]:
    """Rows of boxes (a box joins a row when it overlaps the row's first box vertically by
    half the smaller height, whatever the slide scale), then left to right."""
    rows: list[list[_Item]] = []
    for item in sorted(items, key=lambda it: (it.box[1], it.box[0])):
        if rows:
            first = rows[-1][0].box
            overlap = min(first[3], item.box[3]) - max(first[1], item.box[1])
            smaller = min(first[3] - first[1], item.box[3] - item.box[1])
            if overlap >= 0.5 * max(smaller, 1.0):
                rows[-1].append(item)
                continue
        rows.append([item])
    return [item for row in rows for item in sorted(row, key=lambda it: it.box[0])]


def _items_from_list(page: _Page, title_bottom: float) -> list[_Item] | None:
    """``Objectif | Cible`` lists: column x from the header, domain rows in between."""
    header_index = None
    for index, line in enumerate(page.lines):
        folded = [fold(w.text) for w in line]
        if (
            any(f.startswith("objectif") for f in folded)
            and any(f.startswith(("cible", "valeur")) for f in folded)
            and len(line) <= 8
        ):
            header_index = index
            break
    if header_index is None:
        return None
    header = page.lines[header_index]
    obj_x = next(w.x0 for w in header if fold(w.text).startswith("objectif"))
    cib_x = next(w.x0 for w in header if fold(w.text).startswith(("cible", "valeur")))
    dom = next((w.x0 for w in header if fold(w.text).startswith("domaine")), None)
    split = cib_x - 10 if cib_x > obj_x else obj_x - 10
    items: list[_Item] = []
    domain: str | None = None
    last_bottom = max(w.bottom for w in header)
    for line in page.lines[header_index + 1 :]:
        size = statistics.median(w.size for w in line)
        if min(w.top for w in line) - last_bottom > 4 * size:
            break
        left = [w for w in line if (w.x0 < split) == (cib_x > obj_x)]
        right = [w for w in line if w not in left]
        obj_words, cib_words = left, right
        domain_words: list[_Word] = []
        if dom is not None:
            lo = min(obj_x, dom)
            domain_words = [
                w for w in obj_words if (w.x0 < obj_x - 5) == (dom < obj_x) and w.x0 >= lo - 5
            ]
            obj_words = [w for w in obj_words if w not in domain_words]
        cible = _join_words(cib_words)
        text = _join_words(obj_words)
        if domain_words:
            domain = _clean_label(_join_words(domain_words))
        if cible and _NUM_RE.search(cible):
            value, unit = _quantity(cible)
            label, flagged = _strip_priority(text)
            if unit is None:
                unit = _quantity(label)[1]
            words = [w for w in obj_words if any(c.isalpha() for c in w.text)]
            bold = bool(words) and sum(w.bold for w in words) > 0.6 * len(words)
            items.append(_Item(label, value, unit, page.no, bold, flagged, domain))
            items[-1].color = _dominant_color(words)
        elif text:
            is_heading = all(w.bold for w in obj_words) or _is_caption(_Seg(obj_words))
            if is_heading and not _continues(items, obj_words):
                domain = _clean_label(text)  # group row: the domain of the next objectives
            elif items:
                label, flagged = _strip_priority(items[-1].label + " " + text)
                items[-1].label = label
                items[-1].priority = items[-1].priority or flagged
        last_bottom = max(w.bottom for w in line)
    return items


def _continues(items: list[_Item], words: list[_Word]) -> bool:
    """A non-bold line right under an item continues its label."""
    return bool(items) and not all(w.bold for w in words) and not _is_caption(_Seg(words))


def _title_bottom(page: _Page) -> float:
    """Bottom of the slide title: the largest text in the top fifth of the page."""
    top_lines = [line for line in page.lines if line[0].top < 0.2 * page.height]
    if not top_lines:
        return 0.0
    biggest = max(max(w.size for w in line) for line in top_lines)
    return max(
        max(w.bottom for w in line)
        for line in top_lines
        if max(w.size for w in line) >= 0.8 * biggest
    )


def _zoom_priorities(pages: list[_Page], target_pages: set[int], items: list[_Item]) -> None:
    """Zoom slides "OBJECTIF CONTRACTUEL PRIORITAIRE" restate a target: flag the best match."""

    def tokens(text: str) -> set[str]:
        return {t for t in fold(text).split() if t not in _STOP and len(t) > 1}

    for page in pages:
        if page.no in target_pages:
            continue
        flat = fold(_reading_text(page))  # "OBJECTIF / CONTRACTUEL / PRIORITAIRE" boxes
        if not re.search(r"objectif (contractuel )?prioritaire(?!s)", flat):
            continue
        segs = page.segments()
        body = statistics.median(s.size for s in segs) if segs else 10.0
        best: tuple[float, int] | None = None
        for block in _blocks(segs, body):
            # the "OBJECTIF CONTRACTUEL PRIORITAIRE" header may share its box with the target
            words = tokens(
                re.sub(r"objectifs?\s+(?:contractuels?\s+)?prioritaires?", " ", fold(block.text))
            )
            if len(words) < 3 or "prioritaire" in words:
                continue
            for index, item in enumerate(items):
                theirs = tokens(item.label)
                if not theirs:
                    continue
                score = len(words & theirs) / min(len(words), len(theirs))
                if score >= 0.5 and (best is None or score > best[0]):
                    best = (score, index)
        if best is not None:
            items[best[1]].priority = True


_TARGET_TITLE = (
    r"objectifs? (contractuels?|quantifies?|chiffres?|du contrat|operationnels?|cibles?)"
    r"|engagements? (quantifies?|chiffres?|contractuels?)|indicateurs? (cibles?|de resultat)"
    r"|valeurs? cibles?|cibles? (a atteindre|chiffrees?)"
)


def _parse_targets(pages: list[_Page], issues: list[ParseIssue]) -> list[_Item]:
    items: list[_Item] = []
    target_pages: set[int] = set()
    for page in pages:
        bottom = _title_bottom(page)
        title = fold(" ".join(_join_words(line) for line in page.lines if line[0].top < bottom))
        if not re.search(_TARGET_TITLE, title) or re.search(
            r"ordre du jour|sommaire|zoom|pilotage|audit|score|orientation", title
        ):
            continue
        found = _items_from_list(page, bottom)
        if found is None:
            found = _items_from_boxes(page, bottom)
            bold = [it.bold for it in found]
            if re.search(r"prioritaire", fold(page.text)) and any(bold) and not all(bold):
                for item in found:
                    item.priority = item.priority or item.bold
        flag = _priority_color(page)
        coloured = [it.color == flag for it in found]
        if flag is not None and any(coloured) and not all(coloured):
            for item, same in zip(found, coloured, strict=True):
                item.priority = item.priority or same
        if found:
            target_pages.add(page.no)
            items.extend(found)
        elif re.search(r"objectifs? (contractuels?|quantifies?|chiffres?)", title):
            issues.append(
                ParseIssue(
                    "warning",
                    "page d'objectifs contractuels sans objectif chiffré reconnu",
                    page=page.no,
                )
            )
    # When a slide pairs its objectives with domain captions, another slide of the same
    # title whose figures have no domain at all explains the contract (funding rules,
    # thresholds "60 % de chaque objectif"), it does not list objectives.
    captioned = Counter(it.page for it in items if it.domain)
    if any(n >= 2 for n in captioned.values()):
        for page_no in sorted({it.page for it in items} - set(captioned)):
            issues.append(
                ParseIssue(
                    "info",
                    "chiffres sans domaine ignorés : page explicative, pas une liste "
                    "d'objectifs contractuels",
                    page=page_no,
                )
            )
            target_pages.discard(page_no)
        items = [it for it in items if it.page in captioned]
    if items:
        _zoom_priorities(pages, target_pages, items)
    return items


# --------------------------------------------------------------------------- entry point


def parse_cot(data: bytes, source_file: str, sha256: str) -> CotDocument:
    """Read one COT deck: referential tables, audit scores, orientations, contract targets.

    Raises :class:`InputRejected` for unreadable, encrypted or image-only PDFs that OCR cannot
    read. What cannot be read is reported in ``issues`` (French), never invented; records read
    from scanned pages by OCR carry ``extraction="ocr"`` and the page's OCR confidence.
    """
    pages, scans = _open_pages(data)
    full_text = "\n".join(p.text for p in pages)
    territory = _territory(pages)
    contract_type = _contract_type(pages)
    start, end = _period(full_text)
    issues: list[ParseIssue] = scans.issues()
    tables, used = _parse_tables(pages)
    scores = _referential_records(tables, territory, source_file, sha256)
    for table in tables:
        if not table.rows:
            issues.append(
                ParseIssue("warning", "tableau de référentiel sans ligne lisible", page=table.page)
            )
    audits = _parse_audits(pages, used, territory, source_file, sha256)
    objectives = _parse_orientations(pages, used, territory, source_file, sha256)
    items = _parse_targets(pages, issues)
    targets = [
        ContractTargetRecord(
            territory_name=territory,
            contract_type=contract_type,
            domain=item.domain,
            label=item.label,
            target_value=item.value,
            unit=item.unit,
            priority=item.priority,
            lever_code=None,
            period_start=start,
            period_end=end,
            source_file=source_file,
            source_sha256=sha256,
            page=item.page,
        )
        for item in items
    ]
    if not (scores or audits or objectives or targets):
        issues.append(
            ParseIssue(
                "warning",
                "aucun tableau, score, orientation ni objectif chiffré reconnu dans ce contrat",
            )
        )
    confidence = scans.confidence_by_page()
    for record in [*scores, *audits, *objectives, *targets]:
        if record.page in confidence:  # read from a scanned page: values to check
            record.extraction, record.ocr_confidence = "ocr", confidence[record.page]
    doc = CotDocument(
        territory_name=territory,
        contract_type=contract_type,
        n_pages=len(pages),
        period_start=start,
        period_end=end,
        amount_eur=_amount(full_text),
        referential_scores=scores,
        audit_scores=audits,
        objectives=objectives,
        targets=targets,
        issues=issues,
    )
    plausibility.enforce(plausibility.cot_findings(doc))  # impossible values: this document
    return doc
