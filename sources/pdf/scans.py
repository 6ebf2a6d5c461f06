"""Scanned pages (no text layer) read by OCR (:mod:`sources.ocr`), and what could not be read.

OCR words go through the same words → lines → tables code as text pages; the pages read
and those left unread are reported (:class:`OcrOutcome`) so records read from them are
flagged as OCR with Tesseract's mean confidence.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

from sources.errors import InputRejected
from sources.pdf.lines import words_to_lines
from sources.records import ParseIssue

_NO_TEXT_REASON = (
    "PDF sans couche texte (document scanné) : une version texte ou une reconnaissance "
    "de caractères (OCR) est nécessaire"
)


MAX_OCR_PAGES = 30  # OCR costs ~1-3 s a page: a longer scan is rejected
OCR_BUDGET_S = 600.0  # OCR time per document; pages left after it are reported unread
OCR_UNAVAILABLE_REASON = (
    "PDF sans couche texte et OCR indisponible (tesseract-ocr-fra non installé)"
)


@dataclass
class OcrPage:
    """OCR words of one page and the rules seen on its image (pdfplumber-like dicts, see
    :mod:`sources.ocr`)."""

    words: list[dict[str, Any]]
    confidence: float | None  # mean Tesseract word confidence, 0-1
    rules: list[dict[str, Any]] = field(default_factory=list)
    size: tuple[float, float] | None = None  # the page read upright (turned): width, height
    note: str | None = None  # French: how its orientation was guessed, when not surely
    # a sheet printed two pages per sheet: its pages in reading order, each in its own frame
    # (``words`` then hold them side by side); read one after the other under this page's
    # number (the scanned sheet's)
    parts: list[OcrPage] = field(default_factory=list)
    # dark filled bands seen on the image (``rects``-like dicts): a step's name band
    fills: list[dict[str, Any]] = field(default_factory=list)

    @property
    def views(self) -> list[OcrPage]:
        """The pages this scanned page holds, in reading order (itself, or its parts)."""
        return self.parts or [self]

    @property
    def edges(self) -> list[dict[str, Any]]:
        """pdfplumber ``page.edges`` stand-in for the rule helpers."""
        return self.rules

    @property
    def text(self) -> str:
        return "\n".join(line.text for view in self.views for line in words_to_lines(view.words, 0))


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
        notes = sorted({p.note for p in self.pages.values() if p.note})
        out.extend(ParseIssue("warning", note) for note in notes)
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
            outcome.pages[index] = _page_of(result, ocr.mean_confidence)
    return outcome


def _page_of(result: Any, confidence: Any) -> OcrPage:
    """The :class:`OcrPage` of an OCR result (:class:`sources.ocr.OcrResult`), its parts too."""
    return OcrPage(
        result.words,
        confidence(result.words),
        result.rules,
        result.size if result.turn or result.parts or result.rescaled else None,
        result.note,
        [
            OcrPage(p.words, confidence(p.words), p.rules, p.size, fills=p.fills)
            for p in result.parts
        ],
        result.fills,
    )
