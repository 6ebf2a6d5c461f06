"""PDF layout helpers: safe opening, words → lines, running headers, table geometry.

Action plans arrive in layouts nobody here designed, so nothing below knows about a particular
generator: lines come from word positions, running headers/footers from repetition across
pages, and implementation tables from their header words (ruled tables through pdfplumber's
``lines`` strategy, unruled or striped ones from the header's column geometry and the
horizontal rules or vertical gaps between rows). Cells are read word by word where it matters:
a segment running over two narrow-padded cells is cut at the column bound, header cells naming
two columns are split by vocabulary, numbers go to the column of their right edge and the digit
groups of one amount are never cut. pypdfium2's fast text layer triages which
pages need the costly table finder, and every page is closed once read so memory stays flat on
200-page plans. Pages come from :mod:`sources.pdf_pdfium`: PDFium's characters and paths in
pdfplumber's shape (pdfplumber's own word grouping and table finder run on them), a
pdfplumber page where PDFium cannot give the same fidelity.

Scanned pages (no text layer, a large image) are read by OCR (:mod:`sources.ocr`, Tesseract in
French) when it is installed: their OCR words go through the same words → lines → tables code,
tables with the geometry reading only (pdfplumber's ``lines`` finder has no vector rules on a
scan; the rules seen on the image stand in for ``page.edges``), and the pages are reported
(:class:`OcrOutcome`) so records read from them are flagged as OCR with Tesseract's mean
confidence. At most :data:`MAX_OCR_PAGES` pages are OCR'd per document.
"""

from __future__ import annotations

import io
import re
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from sources.errors import InputRejected
from sources.records import ParseIssue
from sources.values import fold

# --------------------------------------------------------------------------- data


@dataclass
class Segment:
    """Run of words on one line separated from its neighbours by a wide gap (a cell, a column)."""

    x0: float
    x1: float
    text: str
    bold: bool
    words: list[tuple[float, float, str]] = field(default_factory=list, repr=False)


@dataclass
class Line:
    """A visual line of text (outside implementation tables)."""

    page: int
    top: float
    bottom: float
    x0: float
    x1: float
    size: float
    bold: bool
    segments: list[Segment]
    band: int | None = None  # index of the horizontal-rule band holding the line (ruled pages)

    @property
    def text(self) -> str:
        return " ".join(s.text for s in self.segments)


@dataclass
class TableRow:
    """One body row of an implementation table; ``None`` marks a cell merged with the one above."""

    page: int
    top: float
    cells: dict[str, str | None]


@dataclass
class TableBlock:
    """An implementation table (or the part of it on one page)."""

    page: int
    top: float
    bottom: float
    keys: list[str]
    has_header: bool
    rows: list[TableRow] = field(default_factory=list)
    bounds: list[float] = field(default_factory=list)  # column boundaries (geometry path)
    ncols: int = 0
    open_at_bottom: bool = False  # runs to the bottom of the page: may continue on the next
    rows_ruled: bool = False  # rows cut on rules (not on vertical gaps): every row is a row


@dataclass
class PageContent:
    number: int
    width: float
    height: float
    lines: list[Line]
    tables: list[TableBlock]
    ocr: bool = False  # read by OCR (scanned page)


# --------------------------------------------------------------------------- column labels

COLUMN_SYNONYMS: dict[str, tuple[str, ...]] = {
    "no": ("n", "no", "num", "numero", "#"),
    "step": (
        "etape",
        "etapes",
        "action",
        "actions",
        "sous action",
        "sous actions",
        "intitule",
        "phase",
        "operation",
        "operations",
        "taches",
        "tache",
    ),
    "description": (
        "descriptif",
        "description",
        "contenu",
        "detail",
        "details",
        "modalites",
        "commentaire",
        "commentaires",
    ),
    "planning": (
        "planification",
        "calendrier",
        "echeance",
        "echeances",
        "echeancier",
        "planning",
        "delai",
        "delais",
        "periode",
        "annee",
        "annees",
        "date",
        "dates",
        "duree",
        "horizon",
    ),
    "budget": (
        "ressources",
        "ressource",
        "moyens",
        "budget",
        "budgets",
        "cout",
        "couts",
        "financement",
        "financements",
        "montant",
        "montants",
        "estimation",
    ),
    "owner": (
        "porteur",
        "porteurs",
        "pilote",
        "pilotes",
        "responsable",
        "responsables",
        "maitre d ouvrage",
        "maitrise d ouvrage",
        "pilotage",
        "referent",
    ),
    "partners": (
        "partenaires",
        "partenaire",
        "partenariats",
        "acteurs associes",
        "acteurs mobilises",
    ),
}
_CORE_KEYS = ("step", "description")
_DETAIL_KEYS = ("planning", "budget", "owner", "partners")


@lru_cache(maxsize=8192)  # pure; called for every segment of every line on table pages
def column_key(label: str | None) -> str | None:
    """Canonical column of a header cell (``"Ressources à mobiliser"`` → ``"budget"``)."""
    folded = fold(label)
    if not folded:
        return None
    # a synonym equal to the label or to its first words, or (6 letters or more) a prefix of
    # the label without spaces ("Planificati on": a header word broken in a narrow cell); the
    # longest wins, the first listed among equally long ones. Looked up by prefix in
    # :data:`_SYNONYM_INDEX` rather than by testing every synonym (body text misses the cache).
    by_words, by_compact, compact_lengths = _SYNONYM_INDEX
    hits: list[tuple[int, int, str]] = []
    words = folded.split(" ")
    for n in range(1, len(words) + 1):
        hits += by_words.get(" ".join(words[:n]), ())
    compact = folded.replace(" ", "")
    for length in compact_lengths:
        if length > len(compact):
            break
        hits += by_compact.get(compact[:length], ())
    return min(hits)[2] if hits else None


def _synonym_index() -> tuple[
    dict[str, list[tuple[int, int, str]]], dict[str, list[tuple[int, int, str]]], list[int]
]:
    """Synonyms by text and by text without spaces (those of 6 letters or more), each entry
    (minus length, rank in :data:`COLUMN_SYNONYMS`, key): ``min`` picks the longest, then the
    first listed."""
    by_words: dict[str, list[tuple[int, int, str]]] = {}
    by_compact: dict[str, list[tuple[int, int, str]]] = {}
    rank = 0
    for key, synonyms in COLUMN_SYNONYMS.items():
        for syn in synonyms:
            entry = (-len(syn), rank, key)
            rank += 1
            by_words.setdefault(syn, []).append(entry)
            if len(syn) >= 6:
                by_compact.setdefault(syn.replace(" ", ""), []).append(entry)
    return by_words, by_compact, sorted({len(c) for c in by_compact})


_SYNONYM_INDEX = _synonym_index()


def is_header(keys: list[str | None]) -> bool:
    """A header row names a step/description column and at least two detail columns."""
    found = {k for k in keys if k}
    return bool(found & set(_CORE_KEYS)) and len(found & set(_DETAIL_KEYS)) >= 2


def text_has_table_header(text: str) -> bool:
    """Triage on a page's fast text: does it contain implementation-table header words?"""
    tokens = set(fold(text).split())
    found = {
        key
        for key, syns in COLUMN_SYNONYMS.items()
        if key != "no"
        for syn in syns
        if " " not in syn and syn in tokens
    }
    return bool(found & set(_CORE_KEYS)) and len(found & set(_DETAIL_KEYS)) >= 2


# --------------------------------------------------------------------------- opening


def open_fast_text(data: bytes) -> tuple[list[str], list[bool]]:
    """Validate with pypdfium2; each page's fast text and whether it looks scanned (almost no
    text, an image covering a large part of the page)."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    if not data or b"%PDF" not in data[:1024]:
        raise InputRejected("PDF illisible ou tronqué (ce fichier n'est pas un PDF)", "corrupt_pdf")
    try:
        doc = pdfium.PdfDocument(io.BytesIO(data))
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise InputRejected(
                "PDF protégé par mot de passe : demander une version non protégée", "encrypted"
            ) from exc
        raise InputRejected("PDF illisible ou tronqué", "corrupt_pdf") from exc
    try:
        texts: list[str] = []
        scanned: list[bool] = []
        for index in range(len(doc)):
            page = doc[index]
            textpage = page.get_textpage()
            text = textpage.get_text_range()
            texts.append(text)
            textpage.close()
            is_scan = False
            if len(text.strip()) < _MIN_PAGE_TEXT:
                width, height = page.get_size()
                area = max(width * height, 1.0)
                for obj in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,), max_depth=4):
                    left, bottom, right, top = obj.get_bounds()
                    if (right - left) * (top - bottom) >= _MIN_IMAGE_SHARE * area:
                        is_scan = True
                        break
            scanned.append(is_scan)
            page.close()
    except pdfium.PdfiumError as exc:
        raise InputRejected("PDF illisible ou tronqué", "corrupt_pdf") from exc
    finally:
        doc.close()
    if not texts:
        raise InputRejected("PDF illisible ou tronqué (aucune page)", "corrupt_pdf")
    return texts, scanned


_NO_TEXT_REASON = (
    "PDF sans couche texte (document scanné) : une version texte ou une reconnaissance "
    "de caractères (OCR) est nécessaire"
)


def check_pdf(data: bytes) -> list[str]:
    """Validate the file with pypdfium2 and return each page's fast text layer (no OCR).

    Raises :class:`InputRejected` (French reason) for corrupt, password-protected and
    image-only PDFs, before pdfplumber spends time on them. :func:`read_pdf_text` is the
    same with the OCR fallback for scanned pages.
    """
    return read_pdf_text(data, use_ocr=False)[0]


# --------------------------------------------------------------------------- scans (OCR)

MAX_OCR_PAGES = 30  # OCR costs ~1-3 s a page: a longer scan is rejected
OCR_BUDGET_S = 600.0  # OCR time per document; pages left after it are reported unread
OCR_UNAVAILABLE_REASON = (
    "PDF sans couche texte et OCR indisponible (tesseract-ocr-fra non installé)"
)
_MIN_PAGE_TEXT = 20  # characters: a page with less text and a large image is a scan
_MIN_IMAGE_SHARE = 0.25  # of the page area


@dataclass
class OcrPage:
    """OCR words of one page and the rules seen on its image (pdfplumber-like dicts, see
    :mod:`sources.ocr`)."""

    words: list[dict[str, Any]]
    confidence: float | None  # mean Tesseract word confidence, 0-1
    rules: list[dict[str, Any]] = field(default_factory=list)

    @property
    def edges(self) -> list[dict[str, Any]]:
        """pdfplumber ``page.edges`` stand-in for the rule helpers."""
        return self.rules

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in words_to_lines(self.words, 0))


@dataclass
class OcrOutcome:
    """Which scanned pages were read by OCR (0-based index → words), which could not be."""

    pages: dict[int, OcrPage] = field(default_factory=dict)
    unread: dict[int, str] = field(default_factory=dict)  # 0-based → French reason
    available: bool = True
    tried: list[int] = field(default_factory=list)  # 0-based: scanned pages given to OCR

    def confidence_by_page(self) -> dict[int, float | None]:
        """1-based page number → mean OCR confidence, for OCR'd pages."""
        return {index + 1: page.confidence for index, page in self.pages.items()}

    def issues(self) -> list[ParseIssue]:
        """One warning per OCR'd page (values to check) and per scanned page left unread."""
        out = []
        for index in sorted(self.pages):
            conf = self.pages[index].confidence
            detail = f" (confiance moyenne {round(conf * 100)} %)" if conf is not None else ""
            out.append(
                ParseIssue(
                    "warning",
                    f"page {index + 1} lue par reconnaissance de caractères (OCR) : "
                    f"valeurs à vérifier{detail}",
                    page=index + 1,
                )
            )
        for index in sorted(self.unread):
            out.append(
                ParseIssue(
                    "warning",
                    f"page {index + 1} scannée (sans couche texte) non lue : {self.unread[index]}",
                    page=index + 1,
                )
            )
        return out

    def empty_reason(self) -> str:
        """French reason to reject a document of which nothing could be read."""
        if not self.tried and not self.unread:
            return _NO_TEXT_REASON
        if not self.available:
            return OCR_UNAVAILABLE_REASON
        failures = sorted(set(self.unread.values()))
        if failures:
            return "PDF sans couche texte (document scanné) : " + failures[0]
        return (
            "PDF sans couche texte (document scanné) : la reconnaissance de caractères (OCR) "
            "n'a lu aucun texte exploitable"
        )


def ocr_scanned_pages(
    data: bytes,
    indices: list[int],
    max_pages: int = MAX_OCR_PAGES,
    reject_over_limit: bool = True,
    budget_s: float = OCR_BUDGET_S,
) -> OcrOutcome:
    """OCR the pages ``indices`` (0-based, pages found without text layer).

    More than ``max_pages`` pages: :class:`InputRejected` (``reject_over_limit``, a scanned
    document), else the first ``max_pages`` are read and the others listed as unread (a text
    document with many picture pages). Pages left when ``budget_s`` seconds of OCR are spent
    are listed as unread too. When Tesseract is missing, every page is listed as unread.
    """
    from sources import ocr

    outcome = OcrOutcome(available=ocr.ocr_available())
    if not indices:
        return outcome
    if not outcome.available:
        outcome.unread = {
            i: "reconnaissance de caractères (OCR) indisponible (tesseract-ocr-fra non installé)"
            for i in indices
        }
        return outcome
    if len(indices) > max_pages:
        if reject_over_limit:
            raise InputRejected(
                f"PDF scanné : {len(indices)} pages sans couche texte, au-delà des {max_pages} "
                "pages lues par reconnaissance de caractères (OCR) par document ; fournir une "
                "version texte du document",
                "too_many_scanned_pages",
            )
        for index in indices[max_pages:]:
            outcome.unread[index] = (
                f"au-delà des {max_pages} pages lues par reconnaissance de caractères (OCR)"
            )
        indices = indices[:max_pages]
    deadline = time.monotonic() + budget_s
    for index in indices:
        if time.monotonic() > deadline:
            outcome.unread[index] = (
                f"reconnaissance de caractères (OCR) arrêtée après {budget_s:.0f} s pour ce document"
            )
            continue
        outcome.tried.append(index)
        try:
            result = ocr.ocr_page(data, index)
        except ocr.OcrError as exc:
            outcome.unread[index] = str(exc)
            continue
        if result.words:
            outcome.pages[index] = OcrPage(
                result.words, ocr.mean_confidence(result.words), result.rules
            )
    return outcome


def read_pdf_text(data: bytes, use_ocr: bool = True) -> tuple[list[str], OcrOutcome]:
    """:func:`check_pdf` with the OCR fallback: scanned pages are read by OCR.

    Returns each page's text (OCR text for OCR'd pages) and the OCR outcome. Raises
    :class:`InputRejected` for corrupt/encrypted PDFs, documents with nothing readable (the
    reason says whether OCR is missing or read nothing) and scanned documents of more than
    :data:`MAX_OCR_PAGES` pages (a text document with more picture pages than that gets its
    first ones OCR'd and the others reported unread).
    """
    texts, scanned = open_fast_text(data)
    indices = [i for i, flag in enumerate(scanned) if flag] if use_ocr else []
    has_text = sum(len(t.strip()) for t in texts) >= 20
    outcome = ocr_scanned_pages(data, indices, reject_over_limit=not has_text)
    for index, page in outcome.pages.items():
        texts[index] = page.text
    if sum(len(t.strip()) for t in texts) < 20:
        raise InputRejected(outcome.empty_reason(), "no_text_layer")
    return texts, outcome


_PAGE_NO_RE = re.compile(r"^(?:page|p\.?)?\s*\d{1,4}(?:\s*(?:/|sur|of)\s*\d{1,4})?$", re.IGNORECASE)


def _running_key(text: str) -> str:
    return re.sub(r"\d+", "#", fold(text))


def running_texts(
    data: bytes, band: float = 0.09, ocr: dict[int, OcrPage] | None = None
) -> set[str]:
    """Folded, digit-free texts repeated in the top/bottom bands of most pages.

    Uses pypdfium2's bounded text (fast) so pdfplumber lines can be filtered in one pass;
    OCR'd pages (``ocr``, 0-based) contribute the OCR lines of their bands.
    """
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(io.BytesIO(data))
    counts: Counter[str] = Counter()
    n_pages = len(doc)
    try:
        for index in range(n_pages):
            page = doc[index]
            width, height = page.get_size()
            textpage = page.get_textpage()
            seen: set[str] = set()
            if ocr and index in ocr:
                for line in words_to_lines(ocr[index].words, index + 1):
                    if line.bottom < height * band or line.top > height * (1 - band):
                        key = _running_key(line.text)
                        if key:
                            seen.add(key)
            for bottom, top in ((height * (1 - band), height), (0.0, height * band)):
                text = textpage.get_text_bounded(left=0, bottom=bottom, right=width, top=top)
                for raw in text.splitlines():
                    key = _running_key(raw)
                    if key:
                        seen.add(key)
            counts.update(seen)
            textpage.close()
            page.close()
    finally:
        doc.close()
    threshold = max(2, int(0.5 * n_pages + 0.5)) if n_pages > 2 else 2
    return {key for key, count in counts.items() if count >= threshold}


def is_page_number(text: str) -> bool:
    return bool(_PAGE_NO_RE.match(" ".join(text.split())))


# --------------------------------------------------------------------------- words and lines


_CID_RE = re.compile(r"\(cid:\d+\)")


def _words(page: Any) -> list[dict[str, Any]]:
    """Words with font size/name; unmapped glyphs ``(cid:127)`` (bullets) become ``•``."""
    words = page.extract_words(
        x_tolerance=2,
        y_tolerance=2,
        keep_blank_chars=False,
        use_text_flow=False,
        extra_attrs=["size", "fontname"],
    )
    out = []
    for word in words:
        if "(cid:" in word["text"]:
            text = (
                _CID_RE.sub("•", word["text"])
                if _CID_RE.fullmatch(word["text"])
                else _CID_RE.sub("", word["text"])
            )
            if not text.strip():
                continue
            word = {**word, "text": text}
        out.append(word)
    return out


def _is_bold(word: dict[str, Any]) -> bool:
    name = str(word.get("fontname", "")).lower()
    return any(tag in name for tag in ("bold", "black", "heavy", "semibold", ",b"))


def words_to_lines(words: list[dict[str, Any]], page_no: int) -> list[Line]:
    """Group words into visual lines (shared baseline), then split lines into segments at gaps.

    A gap wider than ~0.8 em separates segments: table cells and label/value columns of
    borderless grids become distinct segments.
    """
    lines: list[Line] = []
    for word in sorted(words, key=lambda w: (round(w["top"], 1), w["x0"])):
        size = float(word.get("size") or 9.0)
        target = None
        for line in reversed(lines[-6:]):
            if abs(line.top - word["top"]) <= max(1.5, 0.3 * size):
                target = line
                break
        if target is None:
            target = Line(
                page_no, word["top"], word["bottom"], word["x0"], word["x1"], size, True, []
            )
            target._words = []  # type: ignore[attr-defined]
            lines.append(target)
        target._words.append(word)  # type: ignore[attr-defined]
    for line in lines:
        ws = sorted(line._words, key=lambda w: w["x0"])  # type: ignore[attr-defined]
        del line._words  # type: ignore[attr-defined]
        sizes = [float(w.get("size") or 9.0) for w in ws]
        line.size = max(set(sizes), key=sizes.count)
        line.top = min(w["top"] for w in ws)
        line.bottom = max(w["bottom"] for w in ws)
        line.x0, line.x1 = ws[0]["x0"], max(w["x1"] for w in ws)
        line.bold = all(_is_bold(w) for w in ws)
        gap = max(5.0, 0.8 * line.size)
        current: list[dict[str, Any]] = [ws[0]]
        for word in ws[1:]:
            if word["x0"] - current[-1]["x1"] > gap:
                line.segments.append(_segment(current))
                current = [word]
            else:
                current.append(word)
        line.segments.append(_segment(current))
    lines.sort(key=lambda ln: (ln.top, ln.x0))
    return lines


def _segment(words: list[dict[str, Any]]) -> Segment:
    return Segment(
        words[0]["x0"],
        max(w["x1"] for w in words),
        " ".join(w["text"] for w in words),
        all(_is_bold(w) for w in words),
        [(float(w["x0"]), float(w["x1"]), str(w["text"])) for w in words],
    )


def horizontal_rules(page: Any, min_width: float) -> list[tuple[float, float, float]]:
    """Horizontal strokes and rectangle edges at least ``min_width`` wide: (y, x0, x1)."""
    rules: list[tuple[float, float, float]] = []
    for edge in page.edges:
        if edge.get("orientation") != "h":
            continue
        if edge["x1"] - edge["x0"] >= min_width:
            rules.append((float(edge["top"]), float(edge["x0"]), float(edge["x1"])))
    rules.sort()
    merged: list[tuple[float, float, float]] = []
    for rule in rules:
        if merged and abs(rule[0] - merged[-1][0]) < 1.5:
            last = merged[-1]
            merged[-1] = (last[0], min(last[1], rule[1]), max(last[2], rule[2]))
        else:
            merged.append(rule)
    return merged


def _table_rules(
    page: Any, left: float, right: float, min_share: float
) -> list[tuple[float, list[tuple[float, float]]]]:
    """Horizontal rules across a table spanning ``left``-``right``: (y, covered x intervals).

    A rule interrupted where cells are merged (no border under a merged cell) still counts
    when its pieces cover ``min_share`` of the width; the intervals tell which columns it
    separates.
    """
    strokes = sorted(
        (float(e["top"]), float(e["x0"]), float(e["x1"]))
        for e in page.edges
        if e.get("orientation") == "h"
    )
    rows: list[tuple[float, list[tuple[float, float]]]] = []
    for y, x0, x1 in strokes:
        x0, x1 = max(x0, left), min(x1, right)
        if x1 - x0 < 1:
            continue
        if rows and abs(y - rows[-1][0]) < 1.5:
            rows[-1][1].append((x0, x1))
        else:
            rows.append((y, [(x0, x1)]))
    out = []
    for y, pieces in rows:
        union: list[tuple[float, float]] = []
        for a, b in sorted(pieces):
            if union and a <= union[-1][1] + 1:
                union[-1] = (union[-1][0], max(union[-1][1], b))
            else:
                union.append((a, b))
        if sum(b - a for a, b in union) >= min_share * (right - left):
            out.append((y, union))
    return out


def vertical_rules(page: Any, min_height: float) -> list[tuple[float, float, float]]:
    """Vertical strokes/rect edges at least ``min_height`` tall: (x, top, bottom)."""
    out = []
    for edge in page.edges:
        if edge.get("orientation") == "v" and edge["bottom"] - edge["top"] >= min_height:
            out.append((float(edge["x0"]), float(edge["top"]), float(edge["bottom"])))
    return sorted(out)


# --------------------------------------------------------------------------- tables


_WRAP_HYPHEN_RE = re.compile(r"(?<=[^\W\d_]-)\s*\n\s*(?=[^\W\d_])")


# short lower-case words that legitimately start a line after a long word alone on its line
_SHORT_WORDS = frozenset(
    "a à y en et le la les de du des un une ou où au aux se ce sa son ses ne il on nos vos "
    "par sur est qui que pas mai oui non lui eux ils via dès bus gaz bas eau air sol mer vie "
    "vue feu lac val net dû due été ans an mon ma mes ton tes nul km ha kw ht ttc etc ter "
    "tri gel vif son ni si car or".split()
)


def _cut_word(previous: str, part: str) -> bool:
    """« accompagnemen » alone on its line + « t sera… »: a word wider than its column, cut
    by the word processor WITHOUT a hyphen. The line before holds that one long word only, and
    the next starts with a 1–3 letter lower-case fragment that is no French word."""
    if " " in previous.strip() or len(previous.strip()) < 8 or not previous.strip().isalpha():
        return False
    head = part.split(" ", 1)[0]
    fragment = head.rstrip(".,;:)»")
    return (
        1 <= len(fragment) <= 3
        and fragment.isalpha()
        and fragment.islower()
        and fragment not in _SHORT_WORDS
    )


def join_wrapped(parts: list[str]) -> str:
    """Join the wrapped lines of one cell: a space, except after a word cut at its hyphen at
    the end of a line (« éco- » + « responsables » → « éco-responsables ») or cut without a
    hyphen because it was wider than its column (« accompagnemen » + « t »)."""
    out = ""
    previous = ""
    for part in parts:
        if out and not (out[-1:] == "-" and out[-2:-1].isalpha() and part[:1].isalpha()):
            if not _cut_word(previous, part):
                out += " "
        out += part
        previous = part
    return out


def _clean_cell(value: object) -> str | None:
    if value is None:
        return None
    text = _WRAP_HYPHEN_RE.sub("", str(value))
    if not text.strip():
        return ""
    return " ".join(join_wrapped([ln.strip() for ln in text.split("\n") if ln.strip()]).split())


def _closing_rules(page: Any) -> list[dict[str, Any]]:
    """Missing top/bottom borders of ruled tables cut by a page break.

    Word processors (and reportlab with rows split across pages) often draw no border where a
    row is cut by the page break: the column rules just stop. Without that border pdfplumber's
    ``lines`` strategy cannot close the last (or first) cells and drops them. Where three or
    more vertical rules end (or start) at the same height and no horizontal rule passes there,
    a horizontal rule spanning them is added.
    """
    verticals = vertical_rules(page, 8)
    if len(verticals) < 3:
        return []
    horizontals = horizontal_rules(page, 3)

    def ruled(x: float, y: float) -> bool:
        return any(abs(hy - y) <= 3 and x0 - 3 <= x <= x1 + 3 for hy, x0, x1 in horizontals)

    out: list[dict[str, Any]] = []
    for end in (1, 2):  # 1: tops, 2: bottoms
        loose = sorted((v[end], v[0]) for v in verticals if not ruled(v[0], v[end]))
        groups: list[list[tuple[float, float]]] = []
        for y, x in loose:
            if groups and y - groups[-1][-1][0] <= 2:
                groups[-1].append((y, x))
            else:
                groups.append([(y, x)])
        for group in groups:
            xs = sorted({round(x) for _, x in group})
            if len(xs) < 3:
                continue
            y = sum(g[0] for g in group) / len(group)
            out.append(
                {
                    "object_type": "closing_edge",
                    "orientation": "h",
                    "x0": float(xs[0]),
                    "x1": float(xs[-1]),
                    "top": y,
                    "bottom": y,
                    "width": float(xs[-1] - xs[0]),
                    "height": 0.0,
                }
            )
    return out


def _ruled_tables(page: Any, page_no: int, previous: TableBlock | None) -> list[TableBlock]:
    """Implementation tables found by pdfplumber's ``lines`` strategy (ruled tables)."""
    settings: dict[str, Any] = {
        "vertical_strategy": "lines",
        "horizontal_strategy": "lines",
        "snap_tolerance": 3,
        "join_tolerance": 3,
        "intersection_tolerance": 3,
    }
    closing = _closing_rules(page)
    if closing:
        settings["explicit_horizontal_lines"] = closing
    blocks: list[TableBlock] = []
    for table in page.find_tables(table_settings=settings):
        data = table.extract()
        if not data or len(data[0]) < 3:
            continue
        ncols = len(data[0])
        header_keys = [column_key(c) for c in data[0]]
        rows_bbox = table.rows
        if is_header(header_keys):
            keys = [k or f"col{i}" for i, k in enumerate(header_keys)]
            body, body_boxes, has_header = data[1:], rows_bbox[1:], True
        elif previous is not None and previous.ncols == ncols and not blocks:
            keys, body, body_boxes, has_header = previous.keys, data, rows_bbox, False
        else:
            continue
        # column bounds kept so that a continuation the grid finder cannot close (zebra
        # fills: the last, unfilled row has no edge below it) is read from geometry
        xs = [float(c.bbox[0]) for c in table.columns] + [float(table.bbox[2])]
        block = TableBlock(
            page_no,
            float(table.bbox[1]),
            float(table.bbox[3]),
            keys,
            has_header,
            bounds=xs if len(xs) == ncols + 1 else [],
            ncols=ncols,
            rows_ruled=True,
        )
        for raw, box in zip(body, body_boxes, strict=False):
            cells = {keys[i]: _clean_cell(v) for i, v in enumerate(raw) if i < len(keys)}
            if is_header([column_key(v) for v in cells.values()]):
                continue
            if any(cells.values()):
                block.rows.append(TableRow(page_no, float(box.bbox[1]), cells))
        blocks.append(block)
    return blocks


def _header_cells(
    line: Line, following: list[Line], is_stop: Callable[[Line], bool] | None = None
) -> list[tuple[str, float, float]] | None:
    """Header cells (key, x0, x1) when ``line`` (plus wrapped header lines) is a table header.

    Header cells centred vertically straddle lines: 2-line labels ("Ressources" / "à
    mobiliser") start above the 1-line ones ("Etape", "Porteur"). A line holding header words
    only part of the columns therefore starts a header when, with the header lines right below
    it, it names enough columns; header words found below outside its cells open new cells.
    """
    segs = [(s.x0, s.x1, s.text) for s in _split_header_segments(line.segments)]
    keys = [column_key(t) for _, _, t in segs]
    alone = is_header(keys)
    if not alone and (not any(keys) or is_stop is None or is_stop(line)):
        return None
    cells = [[k, x0, x1, t] for (x0, x1, t), k in zip(segs, keys, strict=True)]
    previous_bottom = line.bottom
    for nxt in following[:2]:  # wrapped header words ("Ressources à" / "mobiliser")
        if nxt.top - previous_bottom > 0.5 * line.size or (line.bold and not nxt.bold):
            break
        for seg in _split_header_segments(nxt.segments):
            hit = False
            for cell in cells:
                if seg.x0 < cell[2] + 3 and seg.x1 > cell[1] - 3:
                    hit = True
                    cell[3] = f"{cell[3]} {seg.text}"
                    if cell[0] is None:
                        cell[0] = column_key(cell[3])
            key = None if hit or alone else column_key(seg.text)
            if key is not None:
                cells.append([key, seg.x0, seg.x1, seg.text])
        cells.sort(key=lambda c: c[1])
        previous_bottom = nxt.bottom
    if not alone and not is_header([c[0] for c in cells]):
        return None
    out = []
    for i, (key, x0, x1, _text) in enumerate(cells):
        out.append((key or f"col{i}", x0, x1))
    return out


def _split_header_segments(segments: list[Segment]) -> list[Segment]:
    """Header segments holding two column names (« Porteur Partenaires envisagés »: cell
    padding narrower than the word gap) split where the words on each side name different
    columns."""
    out: list[Segment] = []
    for seg in segments:
        words = seg.words
        pieces: list[list[tuple[float, float, str]]] = [words] if words else []
        changed = True
        while changed and words:
            changed = False
            for n, piece in enumerate(pieces):
                for i in range(1, len(piece)):
                    # the cheap, cached one-word test first: most body lines stop here
                    word_key = column_key(piece[i][2])
                    if not word_key:
                        continue
                    right = column_key(" ".join(w[2] for w in piece[i:]))
                    if right != word_key:
                        continue
                    left = column_key(" ".join(w[2] for w in piece[:i]))
                    if left and left != right:
                        pieces[n : n + 1] = [piece[:i], piece[i:]]
                        changed = True
                        break
                if changed:
                    break
        if len(pieces) <= 1:
            out.append(seg)
        else:
            out += [_sub_segment(piece, seg.bold) for piece in pieces]
    return out


def _boundaries(
    cells: list[tuple[str, float, float]],
    body: list[Line],
    verticals: list[tuple[float, float, float]],
    left: float,
    right: float,
) -> list[float]:
    """Column boundaries between header cells: a vertical rule if any, else the x where the
    fewest body words cross (header text may be centred over left-aligned cells)."""
    bounds = [left]
    words = [  # words, not segments: a segment may run over two narrow-padded cells
        (w[0], w[1]) if s.words else (s.x0, s.x1)
        for ln in body
        for s in ln.segments
        for w in (s.words or [(s.x0, s.x1, s.text)])
    ]
    for (_, _, prev_x1), (_, next_x0, _) in zip(cells, cells[1:], strict=False):
        lo, hi = prev_x1, next_x0
        rule = [x for x, _, _ in verticals if lo - 2 <= x <= hi + 2]
        if rule:
            bounds.append(rule[-1])
            continue
        best_x, best = hi - 2, None
        x = hi - 1.0
        while x >= lo:
            crossing = sum(1 for a, b in words if a < x < b)
            if best is None or crossing < best:
                best, best_x = crossing, x
            x -= 1.0
        bounds.append(best_x)
    bounds.append(right)
    return bounds


def _split_segments(line: Line, bounds: list[float]) -> list[list[Segment]]:
    """Assign a line's words to columns (segments are split at column boundaries)."""
    cols: list[list[Segment]] = [[] for _ in range(len(bounds) - 1)]
    for seg in _cut_at_bounds(line.segments, bounds):
        centre_col = None
        # a number is placed by its right edge: right-aligned amounts may start left of a
        # boundary estimated from a centred header
        anchor = seg.x1 - 1 if _NUMERIC_RE.fullmatch(seg.text) else seg.x0
        for i in range(len(bounds) - 1):
            if anchor >= bounds[i] - 2 and anchor < bounds[i + 1] - 1:
                centre_col = i
                break
        if centre_col is None:
            centre_col = 0 if anchor < bounds[0] else len(cols) - 1
        cols[centre_col].append(seg)
    return cols


def _cut_at_bounds(segments: list[Segment], bounds: list[float]) -> list[Segment]:
    """Segments re-split at column boundaries they cross: cells whose padding is narrower
    than the word gap (« GACdG » + « Chambre du ») are read as one segment, and must never
    be concatenated into one cell."""
    inner = bounds[1:-1]
    out: list[Segment] = []
    for seg in segments:
        if not seg.words or not any(seg.x0 < b - 1 and seg.x1 > b + 1 for b in inner):
            out.append(seg)
            continue
        current: list[tuple[float, float, str]] = []
        for word in seg.words:
            if (
                current
                and any(current[-1][1] <= b + 1 and word[0] >= b - 1 for b in inner)
                and not _same_number(current[-1], word)
            ):
                out.append(_sub_segment(current, seg.bold))
                current = []
            current.append(word)
        out.append(_sub_segment(current, seg.bold))
    return out


_NUMERIC_RE = re.compile(r"[-+]?\d[\d\s\u202f\u00a0.,]*(?:\s?(?:k€|M€|€|%|ETP))?")
_THOUSANDS_RE = re.compile(r"\d{3}(?:[.,]\d+)?(?:k€|M€|€|%)?")


def _same_number(left: tuple[float, float, str], right: tuple[float, float, str]) -> bool:
    """« 400 » « 000 »: digit groups of one amount (a thin gap), never two cells."""
    return (
        left[2].isdigit()
        and len(left[2]) <= 3
        and bool(_THOUSANDS_RE.fullmatch(right[2]))
        and right[0] - left[1] < 4.0
    )


def _sub_segment(words: list[tuple[float, float, str]], bold: bool) -> Segment:
    return Segment(words[0][0], words[-1][1], " ".join(w[2] for w in words), bold, words)


def _in_cell(lines: list[Line], index: int) -> bool:
    """A label-like line (« Plan d'actions ») that is a cell's wrapped line, not a heading
    after the table: it interleaves with the line above (cells centred vertically) or follows
    it at line spacing in the same weight. A heading or field label after a table comes after
    the row's padding and the paragraph's spacing."""
    line, above = lines[index], lines[index - 1]
    if line.top < above.bottom - 0.5:
        return True
    return line.top - above.bottom < 0.3 * line.size and line.bold == above.bold


def _geometry_table(
    lines: list[Line],
    start: int,
    cells: list[tuple[str, float, float]] | None,
    previous: TableBlock | None,
    page: Any,
    page_no: int,
    is_stop: Callable[[Line], bool],
) -> tuple[TableBlock, int] | None:
    """Read an unruled/striped table from column geometry.

    ``cells`` are the header cells found at ``lines[start]`` (or ``None`` for a continuation
    without header, reusing ``previous`` boundaries). Rows are cut on horizontal rules or
    stripe edges when present, else on vertical gaps wider than the line spacing.
    Returns the block and the index of the first line after it.
    """
    if cells is not None:
        header = lines[start]
        i = start + 1
        while (
            i < len(lines)
            and i <= start + 2
            and lines[i].top - lines[i - 1].bottom < (0.5 * header.size)
            and (not header.bold or lines[i].bold)
        ):
            i += 1
        body_start = i
        keys = [c[0] for c in cells]
        top = header.top
    else:
        assert previous is not None
        body_start, keys, top = start, previous.keys, lines[start].top
        # a header row cut by the page break leaves its last words on top of the next page
        # (« mobiliser », « envisagés »): bold, lower-case, above a regular body line
        while (
            body_start + 1 < len(lines)
            and lines[body_start].bold
            and not lines[body_start + 1].bold
            and all(seg.text[:1].islower() for seg in lines[body_start].segments)
        ):
            body_start += 1
    # a "stop" line (field label, heading) starts at the table's left; one starting right of
    # the first column is a cell's wrapped line (« enjeux » alone in a narrow description)
    if cells is not None:
        first_col_end = (cells[0][2] + cells[1][1]) / 2 if len(cells) > 1 else cells[0][2]
    else:
        first_col_end = previous.bounds[1] if previous and len(previous.bounds) > 2 else 0.0
    end = body_start
    while end < len(lines) and not (
        is_stop(lines[end])
        and (end == body_start or (lines[end].x0 < first_col_end and not _in_cell(lines, end)))
    ):
        if end > body_start and lines[end].top - lines[end - 1].bottom > 28:
            break
        end += 1
    body = lines[body_start:end]
    if cells is not None:
        left = min(c[1] for c in cells) - 8
        right = max([c[2] for c in cells] + [ln.x1 for ln in body]) + 2
        bottom = body[-1].bottom if body else lines[body_start - 1].bottom
        verticals = [  # column rules of this table, not of a table above or below it
            v for v in vertical_rules(page, 8) if v[1] < bottom + 2 and v[2] > top - 2
        ]
        bounds = _boundaries(cells, body, verticals, left, right)
    else:
        bounds = previous.bounds if previous else []
    if len(bounds) < 4:
        return None
    rule_pieces = _table_rules(page, bounds[0], bounds[-1], 0.6)
    if body:  # only rules between body lines cut rows: a rule above or below the body (header
        # band fill, running header, a scan's unseen light stripes) must not stop gap-based rows
        rule_pieces = [r for r in rule_pieces if body[0].top - 1 < r[0] < body[-1].bottom + 1]
    rules = [y for y, _ in rule_pieces]
    block = TableBlock(
        page_no,
        top,
        body[-1].bottom if body else lines[body_start - 1].bottom,  # header alone: its bottom
        keys,
        cells is not None,
        bounds=bounds,
        ncols=len(keys),
        rows_ruled=bool(rules),
    )
    groups: list[list[Line]] = []
    above: list[list[tuple[float, float]] | None] = []  # pieces of the rule above each group
    for line in body:
        if not groups:
            groups.append([line])
            above.append(None)
            continue
        prev = groups[-1][-1]
        crossed = [r for r in rule_pieces if prev.bottom - 1 < r[0] < line.top + 1]
        gap_break = not rules and line.top - prev.bottom > 0.45 * line.size
        if crossed or gap_break:
            groups.append([line])
            above.append(crossed[0][1] if crossed else None)
        else:
            groups[-1].append(line)
    table: list[list[list[str] | None]] = []
    for index, group in enumerate(groups):
        texts: list[list[str] | None] = [[] for _ in keys]
        for line in group:
            for col, segs in enumerate(_split_segments(line, bounds)):
                if segs and col < len(keys):
                    texts[col].append(" ".join(s.text for s in segs))  # type: ignore[union-attr]
        pieces = above[index]
        if pieces is not None and table and not isinstance(page, OcrPage):  # rules seen on a
            # scan may be broken anywhere: no merged cells are read from them
            for col in range(len(keys)):
                left, right = bounds[col], bounds[col + 1]
                cover = sum(max(0.0, min(right, b) - max(left, a)) for a, b in pieces)
                if cover < 0.5 * (right - left):  # rule interrupted: cell merged with the above
                    anchor = next(r for r in reversed(table) if r[col] is not None)
                    anchor[col] += texts[col] or []  # type: ignore[operator]
                    texts[col] = None
        table.append(texts)
    for group, texts in zip(groups, table, strict=True):
        cells_out = {
            k: (None if t is None else join_wrapped(t)) for k, t in zip(keys, texts, strict=True)
        }
        if is_header([column_key(v) for v in cells_out.values()]):
            continue  # header repeated after a split row
        if any(cells_out.values()):
            block.rows.append(TableRow(page_no, group[0].top, cells_out))
    return block, end


# --------------------------------------------------------------------------- pages


def iter_pages(
    data: bytes,
    fast_texts: list[str],
    running: set[str],
    is_stop: Callable[[Line], bool],
    ocr: dict[int, OcrPage] | None = None,
) -> Iterator[PageContent]:
    """Yield each page's content lines and implementation tables; pages are closed as read.

    ``is_stop`` tells which lines end a table (a new sheet, a field label...). Running
    headers/footers (``running``) and page numbers in the page margins are dropped. Pages in
    ``ocr`` (0-based index → OCR words) are read from their OCR words instead of pdfplumber's.
    """
    from sources.pdf_pdfium import iter_plumber_pages

    pages = iter_plumber_pages(data)  # PDFium primitives, pdfplumber page where needed
    previous: TableBlock | None = None
    try:
        for index, page in enumerate(pages):
            page_no = index + 1
            scan = ocr.get(index) if ocr else None
            try:
                content = _read_page(
                    page,
                    page_no,
                    fast_texts[index] if index < len(fast_texts) else "",
                    running,
                    is_stop,
                    previous,
                    scan,
                )
            finally:
                page.close()
            open_tables = [t for t in content.tables if t.open_at_bottom]
            previous = open_tables[-1] if open_tables else None
            yield content
    finally:
        pages.close()


def _read_page(
    page: Any,
    page_no: int,
    fast_text: str,
    running: set[str],
    is_stop: Callable[[Line], bool],
    previous: TableBlock | None,
    scan: OcrPage | None = None,
) -> PageContent:
    """One page's lines and tables. A scanned page (``scan``) is read from its OCR words, and
    its tables from the words' geometry (header columns; rows cut on the rules seen on the
    image, else on vertical gaps): pdfplumber's ``lines`` table finder has no vector rules to
    follow on a scan."""
    width, height = float(page.width), float(page.height)
    scanned = scan is not None
    if scan is not None:
        lines = words_to_lines(scan.words, page_no)
        page = scan  # rule helpers read ``.edges``: the rules found on the image
    else:
        lines = words_to_lines(_words(page), page_no)
    margin = 0.09 * height
    kept = []
    for line in lines:
        in_band = line.top < margin or line.bottom > height - margin
        table_header = is_header([column_key(seg.text) for seg in line.segments])
        if (
            in_band
            and not is_stop(line)
            and not table_header
            and (is_page_number(line.text) or _running_key(line.text) in running)
        ):
            continue
        kept.append(line)
    lines = kept
    tables: list[TableBlock] = []
    if text_has_table_header(fast_text) or previous is not None:
        has_verticals = not scanned and bool(vertical_rules(page, 10))
        ruled = _ruled_tables(page, page_no, previous) if has_verticals else []
        unruled = _unruled_tables(page, page_no, lines, previous, is_stop)
        # cell backgrounds can fake a partial grid (zebra fills: an unfilled last row has no
        # edge below it, the grid finder drops it): keep the reading that sees more rows, and
        # the geometry reading when it holds more of the page's lines with as many rows
        n_ruled = sum(len(t.rows) for t in ruled)
        n_unruled = sum(len(t.rows) for t in unruled)
        if ruled and (
            n_ruled > n_unruled
            or (n_ruled == n_unruled and _covered(ruled, lines) >= _covered(unruled, lines))
        ):
            tables = ruled
        else:
            tables = unruled
        if tables:

            def inside(line: Line) -> bool:
                return any(t.top - 1 <= line.top and line.bottom <= t.bottom + 1 for t in tables)

            lines = [ln for ln in lines if not inside(ln)]
            last_bottom = max((ln.bottom for ln in lines), default=0.0)
            for table in tables:
                table.open_at_bottom = table.bottom >= last_bottom - 1
    rules = [r[0] for r in horizontal_rules(page, 0.4 * width)]
    if rules:
        for line in lines:
            line.band = sum(1 for y in rules if y < line.top + 1)
    return PageContent(page_no, width, height, lines, tables, ocr=scanned)


def _covered(tables: list[TableBlock], lines: list[Line]) -> int:
    """Lines of the page lying inside one of ``tables``."""
    return sum(
        1 for ln in lines if any(t.top - 1 <= ln.top and ln.bottom <= t.bottom + 1 for t in tables)
    )


def _unruled_tables(
    page: Any,
    page_no: int,
    lines: list[Line],
    previous: TableBlock | None,
    is_stop: Callable[[Line], bool],
) -> list[TableBlock]:
    tables: list[TableBlock] = []
    i = 0
    first_content = True
    while i < len(lines):
        cells = _header_cells(lines[i], lines[i + 1 : i + 3], is_stop)
        if cells is not None:
            found = _geometry_table(lines, i, cells, None, page, page_no, is_stop)
        elif first_content and previous is not None and previous.bounds and not is_stop(lines[i]):
            found = _geometry_table(lines, i, None, previous, page, page_no, is_stop)
        else:
            found = None
        first_content = False
        if found is None:
            i += 1
            continue
        block, end = found
        tables.append(block)
        i = max(end, i + 1)
    return tables
