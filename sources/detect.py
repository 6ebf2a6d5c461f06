"""Which kind of document is this? Decided from content (magic bytes, then text), not name.

The name is only a tie-breaker: people rename files, export to other formats and drop
unrelated files into the inbox.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from sources.spreadsheet import sniff_format

ACTION_PLAN = "action_plan"
COT = "cot"
QUESTIONNAIRE = "questionnaire"
RECIPIENTS = "recipients"
UNKNOWN_PDF = "pdf_inconnu"
UNKNOWN_SHEET = "tableur_inconnu"
UNKNOWN = "inconnu"
PLAN_SHEET = "plan_tableur"  # action plan kept in a spreadsheet (TeT template and kin)
REFERENTIAL_SHEET = "referentiel_tableur"  # CAE/ECI evaluation export (scores per measure)
TET_FICHE = "fiche_tet"  # fiche action exported to PDF by Territoires en Transitions

PDF_KINDS = (ACTION_PLAN, COT, TET_FICHE, UNKNOWN_PDF)
SHEET_KINDS = (QUESTIONNAIRE, RECIPIENTS, PLAN_SHEET, REFERENTIAL_SHEET, UNKNOWN_SHEET)

_ZIP = b"PK\x03\x04"
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


@dataclass(frozen=True)
class Detection:
    """Result of content-based detection; ``reason`` explains a rejection, in French."""

    kind: str
    container: str  # pdf | xlsx | xls | ods | csv | other
    reason: str | None = None


def container_of(data: bytes, filename: str) -> str:
    """Container format from magic bytes (CSV recognised as decodable delimited text)."""
    head = data[:1024]
    if head.lstrip()[:5] == b"%PDF-" or b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(_ZIP):
        return "ods" if sniff_format(data, filename) == "ods" else "xlsx"
    if head.startswith(_OLE2):
        return "xls"
    if not data:
        return "other"
    if sniff_format(data, filename) == "fods":
        return "ods"
    sample = data[:65536]
    if b"\x00" in sample:
        return "other"
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = sample.decode(encoding)
        except UnicodeDecodeError:
            continue
        lines = [line for line in text.splitlines()[:20] if line.strip()]
        if lines and sum(any(sep in line for sep in ";,\t") for line in lines) >= len(lines) / 2:
            return "csv"
        break
    return "other"


def pdf_head_text(data: bytes, max_pages: int = 4) -> str:
    """Fast text of the first pages via pypdfium2 (pdfplumber is too slow for triage)."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(io.BytesIO(data))
    try:
        parts = []
        for index in range(min(len(doc), max_pages)):
            page = doc[index]
            textpage = page.get_textpage()
            parts.append(textpage.get_text_range())
            textpage.close()
            page.close()
        return "\n".join(parts)
    finally:
        doc.close()


_OCR_HEAD_PAGES = 3  # scanned PDFs: pages OCR'd at most to decide the kind


def pdf_head_ocr_text(data: bytes, max_pages: int = _OCR_HEAD_PAGES) -> tuple[str, str | None]:
    """OCR text of the first scanned pages of a PDF without text layer, for detection.

    Stops as soon as the text is clearly an action plan or a COT. Returns the text and, when
    it is empty, the French reason (OCR missing, or nothing recognised). The OCR results are
    cached in :mod:`sources.ocr`, so the parser does not OCR these pages again.
    """
    from sources.action_plan import looks_like_action_plan
    from sources.cot import looks_like_cot
    from sources.pdf.opening import open_fast_text
    from sources.pdf.scans import OcrOutcome, ocr_scanned_pages

    _, scanned = open_fast_text(data)
    indices = [i for i, flag in enumerate(scanned) if flag][:max_pages]
    parts: list[str] = []
    outcome = OcrOutcome()
    for index in indices:
        outcome = ocr_scanned_pages(data, [index])
        if not outcome.available:
            break
        parts += [page.text for page in outcome.pages.values()]
        text = "\n".join(parts)
        if max(looks_like_action_plan(text), looks_like_cot(text)) >= 0.5:
            break
    text = "\n".join(parts)
    if len(text.strip()) >= 20:
        return text, None
    if not indices:
        return "", "PDF sans couche texte (document scanné ?)"
    return "", outcome.empty_reason()


def detect(data: bytes, filename: str) -> Detection:
    """Classify one inbox file. Never raises: unreadable files come back as UNKNOWN."""
    if not data.strip():
        return Detection(UNKNOWN, "other", "fichier vide (0 octet ou seulement des blancs)")
    container = container_of(data, filename)
    if container == "pdf":
        return _detect_pdf(data)
    if container in ("xlsx", "xls", "ods", "csv"):
        return _detect_sheet(data, filename, container)
    return Detection(
        UNKNOWN, container, "format non reconnu (ni PDF, ni classeur Excel ou OpenDocument, ni CSV)"
    )


def _detect_pdf(data: bytes) -> Detection:
    from sources.action_plan import looks_like_action_plan
    from sources.cot import looks_like_cot

    try:
        text = pdf_head_text(data)
    except Exception as exc:  # noqa: BLE001 - the parser will give the precise reason
        if "password" in str(exc).lower():
            return Detection(
                UNKNOWN_PDF,
                "pdf",
                "PDF protégé par mot de passe : demander une version non protégée",
            )
        return Detection(UNKNOWN_PDF, "pdf", "PDF illisible ou tronqué")
    if len(text.strip()) < 20:  # no text layer: a scan? read the first pages by OCR
        try:
            ocr_text, reason = pdf_head_ocr_text(data)
        except Exception:  # noqa: BLE001 - the parser will give the precise reason
            ocr_text, reason = "", "PDF sans couche texte (document scanné ?)"
        if reason is not None and not text.strip():
            return Detection(UNKNOWN_PDF, "pdf", reason)
        text = f"{text}\n{ocr_text}"
    tet_kind = _detect_tet_pdf(text)
    if tet_kind is not None:
        return tet_kind
    plan, cot = looks_like_action_plan(text), looks_like_cot(text)
    if max(plan, cot) < 0.3:
        return Detection(
            UNKNOWN_PDF, "pdf", "PDF qui n'est ni un plan d'actions ni un contrat (COT)"
        )
    return Detection(ACTION_PLAN if plan >= cot else COT, "pdf")


def _detect_sheet(data: bytes, filename: str, container: str) -> Detection:
    from sources.questionnaire import looks_like_questionnaire
    from sources.questionnaire.recipients import looks_like_recipients

    try:
        if looks_like_questionnaire(data, filename):
            return Detection(QUESTIONNAIRE, container)
        tet_kind = _detect_tet_sheet(data, filename, container)
        if tet_kind is not None:
            return tet_kind
        if looks_like_recipients(data, filename):
            return Detection(RECIPIENTS, container)
    except Exception:  # noqa: BLE001 - the reader will give the precise reason
        return Detection(QUESTIONNAIRE, container)
    return Detection(
        UNKNOWN_SHEET,
        container,
        "tableur qui n'est ni un questionnaire de pré-diagnostic ni une liste de destinataires "
        "(ni un plan d'actions, ni une évaluation de référentiel reconnaissables)",
    )


def _detect_tet_pdf(text: str) -> Detection | None:
    """TeT fiche export, or a referential description (quarantined with what it is)."""
    from sources.tet_fiche import looks_like_tet_fiche, referential_description_reason

    if looks_like_tet_fiche(text):
        return Detection(TET_FICHE, "pdf")
    reason = referential_description_reason(text)
    if reason is not None:
        return Detection(UNKNOWN_PDF, "pdf", reason)
    return None


def _detect_tet_sheet(data: bytes, filename: str, container: str) -> Detection | None:
    """Action plan table or referential evaluation table, found by column meaning."""
    from sources.tet_sheets.plan import looks_like_sheet_plan
    from sources.tet_sheets.referential import looks_like_referential_sheet

    try:
        if looks_like_sheet_plan(data, filename):
            return Detection(PLAN_SHEET, container)
        if looks_like_referential_sheet(data, filename):
            return Detection(REFERENTIAL_SHEET, container)
    except Exception:  # noqa: BLE001 - unreadable: the questionnaire path gives the reason
        return None
    return None
