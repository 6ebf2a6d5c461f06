"""A register of every fiche's steps (sources.action_plan.register_rows): the fiches print a
cross-reference where their steps tables would be, and one table after the last fiche lists
every step with a first column « N° fiche »; each row goes to the fiche it names (an empty
cell: the fiche of the row above), reported as information. Negative: a row naming no fiche
of the document stays where it was read, with a warning naming the code. Drawn with
reportlab."""

from __future__ import annotations

from sources.action_plan import parse_action_plan
from sources.action_plan.register_rows import to_fiches
from sources.action_plan.sheets import _Sheet
from sources.pdf.content import TableRow
from tests.sources.pdf.hand_pages import HEIGHT, HandPages

BOUNDS = (40.0, 80.0, 160.0, 290.0, 340.0, 400.0, 460.0, 555.0)
HEADER = (
    "N° fiche",
    "Etape",
    "Descriptif",
    "Planification",
    "Ressources",
    "Porteur",
    "Partenaires",
)
REGISTER = (
    ("1.1.1", "Lancer un test", "Auditer", "2019", "18000", "GACdG", "CCI"),
    ("", "Définir", "Choisir", "2020", "interne", "GACdG", "ADEME"),
    ("1.1.2", "Animer", "Réunir", "2021", "5000", "GACdG", "CMA"),
    ("9.9.9", "Évaluer", "Bilan", "2022", "interne", "GACdG", ""),
)


def _fiche(pages: HandPages, top: float, code: str, title: str) -> None:
    pages.text(57.0, top, f"FICHE {code}", bold=True, size=12.0)
    pages.text(57.0, top + 18.0, f"Objectif opérationnel : {title}", bold=True, size=12.0)
    pages.text(57.0, top + 40.0, "Contexte", bold=True)
    pages.text(160.0, top + 40.0, "Une démarche engagée en 2018.")
    pages.text(57.0, top + 60.0, "Modalités de mise en oeuvre", bold=True)
    pages.text(57.0, top + 74.0, f"Étapes de la fiche {code} : voir l'onglet « Étapes »", size=8.0)


def _plan() -> bytes:
    pages = HandPages()
    pages.text(57.0, 50.0, "Axe 1 : Un territoire sobre", bold=True, size=14.0)
    _fiche(pages, 80.0, "1.1.1", "Expérimenter")
    _fiche(pages, 190.0, "1.1.2", "Etendre")
    pages.c.showPage()
    tops = [60.0 + 18.0 * k for k in range(len(REGISTER) + 2)]
    pages.c.setLineWidth(0.5)
    for y in tops:
        pages.c.line(BOUNDS[0], HEIGHT - y, BOUNDS[-1], HEIGHT - y)
    for x in BOUNDS:
        pages.c.line(x, HEIGHT - tops[0], x, HEIGHT - tops[-1])
    for x, label in zip(BOUNDS, HEADER, strict=False):
        pages.text(x + 3.0, tops[0] + 4.0, label, bold=True, size=8.0)
    for row, y in zip(REGISTER, tops[1:], strict=False):
        for x, cell in zip(BOUNDS, row, strict=False):
            pages.text(x + 3.0, y + 4.0, cell, size=8.0)
    pages.c.showPage()
    return pages.save()


def test_register_rows_go_to_their_fiches() -> None:
    doc = parse_action_plan(_plan(), "plans/etapes_onglet.pdf", "0" * 64)
    codes = {a.action_id: a.action_code for a in doc.actions}
    got = [
        (codes[s.action_id], s.step, s.planning_label, s.budget_label, s.page) for s in doc.steps
    ]
    assert got == [
        ("1.1.1", "Lancer un test", "2019", "18000", 2),
        ("1.1.1", "Définir", "2020", "interne", 2),
        ("1.1.2", "Animer", "2021", "5000", 2),
        ("1.1.2", "Évaluer", "2022", "interne", 2),  # 9.9.9: kept where it was read
    ]
    [info] = [
        i for i in doc.issues if "tableau récapitulatif" in i.message and i.severity == "info"
    ]
    assert info.message.startswith("2 étape(s)")
    [warning] = [i for i in doc.issues if i.severity == "warning" and "9.9.9" in i.message]
    assert warning.page == 2 and "Fiche 1.1.2" in warning.message


def test_rows_without_a_fiche_column_stay() -> None:
    first = _Sheet("1.1.1", 1, "A", None, None, None, has_body=True)
    second = _Sheet("1.1.2", 1, "B", None, None, None, has_body=True)
    second.rows = [TableRow(2, 100.0, {"step": "Animer", "planning": "2021"})]
    moved = to_fiches([first, second])
    assert moved.moved == 0 and first.rows == [] and len(second.rows) == 1
