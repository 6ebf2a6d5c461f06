"""A fiche action exported to PDF by Territoires en Transitions (TeT) → one action.

The export is drawn by react-pdf: a banner « Territoires en transitions », the title in the
largest font of page 1, status/priority badges, « Début : » / « Fin prévisionnelle : » dates,
labelled sections (« Description de l'action : », « ACTEURS DU PROJET : », « BUDGET »…). Read:
title, description, objectives, dates, structures pilotes (owners) and partners (organisations),
status and priority, the budget (investment + operating table by year) and the funders.

People (« Personnes Pilotes », « Élus Référents », « Modifiée le … par X », « Créée le … par
X », « Ajouté le … par X ») go to private :class:`PersonRecord` rows only; the trailing pages
listing linked fiches (other people's names, statuses) are not read.

Also here: :func:`referential_description_reason`, which recognises a referential
*description* (ADEME CAE/ECI programme: measures, no scores) so that it is quarantined with a
reason saying what it is.
"""

from __future__ import annotations

import re

from sources.errors import InputRejected
from sources.records import (
    ActionPlanDocument,
    ActionRecord,
    FunderRecord,
    ParseIssue,
    PersonRecord,
    StepRecord,
)
from sources.values import fold, normalize_text, one_line, parse_french_number, split_list

PLAN_TYPE = "Fiche action (Territoires en Transitions)"
_STATUSES = (
    "a venir", "en cours", "realise", "en pause", "abandonne", "a discuter", "bloque",
    "en retard", "non commence",
)  # fmt: skip
_PRIORITIES = ("eleve", "moyen", "bas")
# Section headings that end a free-text field
_SECTIONS = (
    "Description de l'action", "Instances de gouvernance", "ACTEURS DU PROJET",
    "Personnes Pilotes", "Directions ou Services Pilotes", "Structures Pilotes",
    "Élus Référents", "Partenaires", "Cibles", "Participation Citoyenne", "INDICATEURS LIÉS",
    "OBJECTIFS", "EFFETS ATTENDUS", "INDICATEURS ASSOCIÉS", "NOTES", "BUDGET",
    "MOYENS HUMAINS ET TECHNIQUES", "BUDGET D'INVESTISSEMENT", "BUDGET D’INVESTISSEMENT",
    "BUDGET DE FONCTIONNEMENT", "FINANCEURS", "FINANCEMENTS", "MESURES DES RÉFÉRENTIELS LIÉES",
    "DOCUMENTS", "FICHES LIÉES", "ACTIONS LIÉES",
)  # fmt: skip
_DATE_RE = r"(\d{2})/(\d{2})/(\d{4})"
_EUR_RE = r"(\d[\d\s\u00a0\u202f.,]*)\s*€"
_BY_RE = re.compile(
    r"(?:Modifiée|Créée|Ajouté|Ajoutée|Exporté|Exportée)\s+le\s+[\d/]+(?:\s+\w+\.?\s+\d{4})?"
    r"\s+par\s+(.+?)(?=\s+(?:Modifiée|Créée|Début|Fin|Ajouté)\b|$)",
    re.M,
)


def looks_like_tet_fiche(text: str) -> bool:
    """First-pages text of a TeT fiche PDF export."""
    folded = fold(text)
    return "territoires en transitions" in folded and (
        "description de l action" in folded or "acteurs du projet" in folded
    )


def referential_description_reason(text: str) -> str | None:
    """French reason when ``text`` is a referential description (measures, no scores)."""
    folded = fold(text)
    named = any(
        marker in folded
        for marker in (
            "territoire engage transition ecologique", "referentiel climat air energie",
            "referentiel economie circulaire", "programme territoire engage", "referentiel cae",
        )
    )  # fmt: skip
    measures = len(re.findall(r"(?m)^\s*\d\.\d{1,2}\.\d{1,2}(?:\.\d{1,2})?\s+\S", text))
    scored = any(
        marker in folded
        for marker in ("points realises", "% realise", "score", "points programmes", "audite")
    )
    if named and measures >= 5 and not scored:
        return (
            "référentiel ADEME sans scores (description des mesures du programme Territoire "
            "Engagé Transition Écologique) : ni un plan d'actions, ni une évaluation de la "
            "collectivité"
        )
    return None


def _page_texts(data: bytes) -> tuple[list[str], str | None]:
    """Text of each page and the title (largest font on page 1)."""
    from sources.pdf.engine import iter_plumber_pages

    texts: list[str] = []
    title = None
    reader = iter_plumber_pages(data, max_pages=20)  # PDFium primitives, pdfplumber fallback
    try:
        for index, page in enumerate(reader):
            try:
                texts.append(page.extract_text() or "")
                if index == 0:
                    words = page.extract_words(extra_attrs=["size"])
                    if words:
                        biggest = max(w["size"] for w in words)
                        title = " ".join(w["text"] for w in words if w["size"] >= biggest - 0.5)
            finally:
                page.close()
    except Exception as exc:  # noqa: BLE001 - any reader failure means an unusable file
        raise InputRejected("PDF illisible ou tronqué", "corrupt") from exc
    finally:
        reader.close()
    return texts, title


def _section(text: str, label: str) -> str | None:
    """Text after ``label :`` up to the next known section heading."""
    start = re.search(re.escape(label) + r"\s*:?", text)
    if not start:
        return None
    rest = text[start.end() :]
    ends = [
        m.start()
        for heading in _SECTIONS
        if heading != label
        for m in [re.search(r"(?m)^\s*" + re.escape(heading) + r"\b", rest)]
        if m
    ]
    body = rest[: min(ends)] if ends else rest
    return normalize_text(body)


def _inline(text: str, label: str) -> str | None:
    match = re.search(r"(?m)^\s*" + re.escape(label) + r"\s*:\s*(.*)$", text)
    return one_line(match.group(1)) if match else None


def _euros(raw: str | None) -> float | None:
    return parse_french_number(raw) if raw else None


def parse_tet_fiche(data: bytes, source_file: str, sha256: str) -> ActionPlanDocument:
    """The fiche → one :class:`ActionRecord`, budget lines as steps, funders, people."""
    pages, title_line = _page_texts(data)
    text = "\n".join(pages)
    if not looks_like_tet_fiche(text):
        raise InputRejected(
            "PDF qui n'est pas une fiche action Territoires en Transitions", "empty"
        )
    doc = ActionPlanDocument(None, PLAN_TYPE, len(pages))
    code, title = None, one_line(title_line)
    if title:
        match = re.match(r"^(\d{1,3}(?:\.\d{1,3}){0,4})\.?\s+(.*)$", title)
        if match:
            code, title = match.group(1), match.group(2)
    if not title:
        raise InputRejected("fiche action Territoires en Transitions sans titre lisible", "empty")
    action_id = f"{sha256[:12]}:{code or 'fiche'}"
    first = pages[0] if pages else ""
    start = re.search(r"Début\s*:\s*" + _DATE_RE, first)
    end = re.search(r"Fin\s+(?:prévisionnelle\s*)?:\s*" + _DATE_RE, first)
    status, priority = _badges(first)
    description = _section(text, "Description de l'action")
    objectives = _section(text, "OBJECTIFS")
    owners = split_list(_inline(first, "Structures Pilotes"))
    partners = split_list(_inline(first, "Partenaires"))
    # people: names are space-separated in the export, so each line is kept whole
    for role, label in (
        ("personne_pilote", "Personnes Pilotes"),
        ("elu_referent", "Élus Référents"),
        ("service_pilote", "Directions ou Services Pilotes"),
    ):
        value = _inline(first, label)
        if value:
            doc.people.append(PersonRecord(role, value, action_id, source_file, sha256, page=1))
    for number, page in enumerate(pages, start=1):
        for match in re.finditer(r"(?m)Export[ée]e?\s+par\s*:\s*(.+?)\s*$", page):
            doc.people.append(
                PersonRecord("export", match.group(1), action_id, source_file, sha256, page=number)
            )
        for match in _BY_RE.finditer(page):
            name = one_line(match.group(1))
            if name:
                doc.people.append(
                    PersonRecord("auteur", name, action_id, source_file, sha256, page=number)
                )
    total, total_etp, steps = _budget(text, action_id, source_file, sha256, pages, doc)
    doc.steps.extend(steps)
    doc.actions.append(
        ActionRecord(
            action_id=action_id,
            plan_type=PLAN_TYPE,
            territory_name=owners[0] if owners else None,
            axis=None,
            strategic_objective_code=None,
            strategic_objective=None,
            action_code=code or "fiche",
            title=title,
            context=description,
            expected_results=objectives,
            indicators=[],
            target_audiences=split_list(_inline(first, "Cibles")),
            regulatory_links=[],
            total_budget_eur=total,
            total_etp=total_etp,
            start_year=int(start.group(3)) if start else None,
            end_year=int(end.group(3)) if end else None,
            owners=owners,
            partners=partners,
            source_file=source_file,
            source_sha256=sha256,
            page=1,
            action_status=status,
            action_priority=priority,
        )
    )
    return doc


def _badges(first_page: str) -> tuple[str | None, str | None]:
    """Status and priority badges (« À VENIR ÉLEVÉ ») near the top of page 1, as written."""
    for line in first_page.splitlines()[:12]:
        words = line.split()
        folded = [fold(w) for w in words]
        for status in _STATUSES:
            n = len(status.split())
            if " ".join(folded[:n]) == status:
                priority = None
                if len(words) > n and folded[n] in _PRIORITIES:
                    priority = words[n].capitalize()
                return " ".join(words[:n]).capitalize(), priority
    return None, None


def _budget(
    text: str,
    action_id: str,
    source_file: str,
    sha: str,
    pages: list[str],
    doc: ActionPlanDocument,
) -> tuple[float | None, float | None, list[StepRecord]]:
    """Planned investment + operating budget; one step per budget line."""
    page_of_budget = next((i + 1 for i, p in enumerate(pages) if "BUDGET" in p), None)
    block = _section(text, "BUDGET") or ""
    steps: list[StepRecord] = []
    totals: list[float] = []
    etps: list[float] = []

    def step(label: str, planning: str | None, year: int | None, amount: float | None, etp):  # noqa: ANN001
        steps.append(
            StepRecord(
                action_id=action_id, step_no=len(steps) + 1, step=label, description=None,
                planning_label=planning, start_year=year, end_year=year, open_ended=False,
                budget_label=None if amount is None else f"{amount:,.0f} € HT".replace(",", " "),
                budget_eur=amount, funded=None, internal=False, etp=etp, owner=None,
                partners=[], source_file=source_file, source_sha256=sha, page=page_of_budget,
            )
        )  # fmt: skip

    invest = re.search(r"Montant prévisionnel\s+" + _EUR_RE, text)
    invest_etp = re.search(r"ETP prévisionnel\s+(\d+(?:[.,]\d+)?)\s*ETP", text)
    if invest:
        amount = _euros(invest.group(1))
        etp = parse_french_number(invest_etp.group(1)) if invest_etp else None
        step("Budget d'investissement (prévisionnel)", None, None, amount, etp)
        if amount is not None:
            totals.append(amount)
        if etp is not None:
            etps.append(etp)
    operating = _section(text, "BUDGET DE FONCTIONNEMENT") or ""
    for match in re.finditer(
        r"(?m)^\s*(20\d\d)\s+" + _EUR_RE + r"\s*HT\s+(?:" + _EUR_RE + r"\s*HT\s+)?"
        r"(\d+(?:[.,]\d+)?)",
        operating,
    ):
        year = int(match.group(1))
        amount = _euros(match.group(2))
        etp = parse_french_number(match.group(4))
        step("Budget de fonctionnement (prévisionnel)", str(year), year, amount, etp)
        if amount is not None:
            totals.append(amount)
        if etp is not None:
            etps.append(etp)
    funders = _section(text, "FINANCEURS") or ""
    for number, match in enumerate(
        re.finditer(r"(?m)^\s*([^\d\n][^\n]*?)\s+" + _EUR_RE + r"\s*HT", funders), start=1
    ):
        doc.funders.append(
            FunderRecord(
                action_id, number, one_line(match.group(1)), _euros(match.group(2)),
                one_line(match.group(0)), source_file, sha, page=page_of_budget,
            )
        )  # fmt: skip
    if block and not totals:
        doc.issues.append(
            ParseIssue(
                "warning", "section BUDGET sans montant prévisionnel lisible", page=page_of_budget
            )
        )
    total = sum(totals) if totals else None
    return total, (sum(etps) if etps else None), steps
