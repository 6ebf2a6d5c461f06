"""A filed online form printed with its answers (sources.pdf.form_furniture, and the legend rule
of sources.action_plan.stacked): each step a « Étape 1 sur 2 » section, labels with a red
« * » when required, a small grey hint under each label, the answer, a character counter
« 55 / 150 caractères » under it; the marks, hints and counters are no content, the legend
numbers the record the « Etape » label opens. Negative: a page with no counter nor required
mark keeps every line (« 2019* », a small line under a label). Drawn with reportlab."""

from __future__ import annotations

from sources.action_plan import parse_action_plan
from sources.pdf.content import Line, Segment
from sources.pdf.form_furniture import is_counter, without_form_furniture
from tests.sources.pdf.hand_pages import HandPages

STEPS = (
    ("Lancer une phase test", "Auditer vingt entreprises", "2019", "18000", "GACdG", "CCI du Gers"),
    ("Définir une stratégie", "Choisir les filières", "2020", "interne", "GACdG", ""),
)
HINTS = {
    "Etape": "Intitulé court de l'étape",
    "Descriptif": "Décrivez les actions prévues",
    "Planification": "Année ou période de réalisation",
    "Ressources à mobiliser": "Montant en euros ou moyens internes",
    "Porteur": "Structure responsable de l'étape",
    "Partenaires envisagés": "Structures associées, une par ligne",
}
REQUIRED = {"Etape", "Descriptif", "Planification", "Porteur"}


def _field(pages: HandPages, x: float, top: float, label: str, value: str) -> None:
    end = pages.text(x, top, label, bold=True, size=8.0)
    if label in REQUIRED:
        pages.text(end + 2.0, top, "*", bold=True, size=8.0)
    pages.text(x, top + 9.0, HINTS[label], size=7.0)
    if value:
        pages.text(x + 4.0, top + 20.0, value, size=8.5)
    pages.text(x + 150.0, top + 33.0, f"{len(value)} / 150 caractères", size=6.5)


def _plan() -> bytes:
    pages = HandPages()
    pages.fiche_head()
    pages.text(57.0, 146.0, "Les champs marqués d'un astérisque (*) sont obligatoires.", size=7.5)
    top = 162.0
    for k, (step, description, planning, budget, owner, partners) in enumerate(STEPS):
        pages.text(60.0, top, f"Étape {k + 1} sur {len(STEPS)}", bold=True, size=8.5)
        _field(pages, 62.0, top + 14.0, "Etape", step)
        _field(pages, 62.0, top + 60.0, "Descriptif", description)
        _field(pages, 62.0, top + 106.0, "Planification", planning)
        _field(pages, 300.0, top + 106.0, "Ressources à mobiliser", budget)
        _field(pages, 62.0, top + 152.0, "Porteur", owner)
        _field(pages, 300.0, top + 152.0, "Partenaires envisagés", partners)
        top += 204.0
    pages.c.showPage()
    return pages.save()


def test_a_filed_form_reads_as_its_answers() -> None:
    doc = parse_action_plan(_plan(), "plans/dossier_subvention.pdf", "0" * 64)
    got = [
        (s.step, s.description, s.planning_label, s.budget_label, s.owner, s.partners)
        for s in doc.steps
    ]
    assert got == [
        (
            "Lancer une phase test",
            "Auditer vingt entreprises",
            "2019",
            "18000",
            "GACdG",
            ["CCI du Gers"],
        ),
        ("Définir une stratégie", "Choisir les filières", "2020", "interne", "GACdG", []),
    ]
    assert doc.steps[0].budget_eur == 18000.0 and doc.steps[1].start_year == 2020


def _line(top: float, size: float, *parts: tuple[float, str]) -> Line:
    segments = [Segment(x, x + 0.5 * size * len(t), t, False) for x, t in parts]
    return Line(1, top, top + size, segments[0].x0, segments[-1].x1, size, False, segments)


def test_counters_marks_and_hints_are_set_aside() -> None:
    lines = [
        _line(100.0, 8.0, (50.0, "Planification *"), (300.0, "Ressources à mobiliser")),
        _line(109.0, 7.0, (50.0, "Année ou période"), (300.0, "Montant en euros")),
        _line(120.0, 8.5, (55.0, "2019"), (305.0, "18000 (financé)")),
        _line(133.0, 6.5, (240.0, "4 / 50 caractères"), (480.0, "15 / 100 caractères")),
    ]
    assert [[s.text for s in ln.segments] for ln in without_form_furniture(lines)] == [
        ["Planification", "Ressources à mobiliser"],
        ["2019", "18000 (financé)"],
    ]
    assert is_counter("Il reste 95 caractères") and is_counter("120 caractères restants")
    assert not is_counter("150 caractères") and not is_counter("Le 15 / 100 de la charte")


def test_a_page_without_a_form_keeps_its_lines() -> None:
    lines = [
        _line(100.0, 8.0, (50.0, "Planification")),
        _line(109.0, 7.0, (50.0, "Année indicative")),
        _line(120.0, 8.5, (55.0, "2019*")),
    ]
    assert without_form_furniture(lines) is lines
