"""Entry point: one COT deck → :class:`CotDocument` (every part read, plausibility checked)."""

from __future__ import annotations

from sources import plausibility
from sources.cot.audits import _parse_audits
from sources.cot.contract import _amount, _contract_type, _period, _territory
from sources.cot.orientations import _parse_orientations
from sources.cot.pages import _open_pages
from sources.cot.referential import _parse_tables, _referential_records
from sources.cot.repeated_tables import first_tables_only
from sources.cot.targets import _parse_targets
from sources.pdf.cells import document_vocabulary, document_words, vocabulary
from sources.records import ContractTargetRecord, CotDocument, ParseIssue


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
    scores, repeated = first_tables_only(scores)  # a table printed again for another date
    issues += repeated
    for table in tables:
        if not table.rows:
            issues.append(
                ParseIssue("warning", "tableau de référentiel sans ligne lisible", page=table.page)
            )
    audits = _parse_audits(pages, used, territory, source_file, sha256)
    texts = [p.text for p in pages]
    # a word a line's end cut with no hyphen printed (a soft hyphen, « con » / « ciliant »)
    # is usually written whole elsewhere in the deck (sources.pdf.cells.join_page_cut)
    with vocabulary(document_vocabulary(texts), document_words(texts)):
        objectives = _parse_orientations(pages, used, territory, source_file, sha256, tables)
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
