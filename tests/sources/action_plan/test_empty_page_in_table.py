"""An EMPTY PAGE inside a steps table (the blank back of a sheet scanned recto-verso, a page
left blank) neither ends the table nor counts among the pages a running header is looked for
on (sources.pdf.pages, sources.pdf.running): the rows on the page after it go on the table.
Drawn with reportlab: the table reaches page 1's foot, page 2 is empty, its last two rows
open page 3 without the header (read as page 1's table once page 2 is passed over; with the
empty page ending the table they were lost)."""

from __future__ import annotations

from sources.action_plan import parse_action_plan
from tests.sources.pdf.hand_pages import HEIGHT, HandPages

EDGE = 57.0
ROWS = (
    ("Lancer une phase test", "Auditer vingt entreprises.", "2019", "18000", "GACdG", "CCI"),
    ("Définir une stratégie", "Choisir les filières.", "2020", "5000", "GACdG", "ADEME"),
    ("Suivre la démarche", "Un bilan annuel.", "2021", "interne", "GACdG", "Région"),
    ("Former les élus", "Deux sessions.", "2022", "3000", "GACdG", "CNFPT"),
)
REST = (
    ("Diffuser les résultats", "Une lettre aux entreprises.", "2023", "2000", "GACdG", "CCI"),
    ("Évaluer l'opération", "Un rapport final.", "2024", "interne", "GACdG", "ADEME"),
)


def _plan() -> bytes:
    pages = HandPages()
    pages.text(EDGE, 60.0, "FICHE 1.1.1 Objectif opérationnel : Expérimenter", bold=True)
    pages.text(EDGE, 85.0, "Contexte", bold=True)
    top = 98.0
    for n in range(1, 48):
        pages.text(EDGE, top, f"Une opération test, paragraphe {n}.")
        top += 12.0
    pages.text(EDGE, top + 6.0, "Modalités de mise en oeuvre", bold=True)
    bottom = pages.steps_table(top + 22.0, ROWS)
    assert bottom > HEIGHT - 80.0  # the table runs to the page's foot
    pages.c.showPage()
    pages.c.showPage()  # an empty page
    pages.body_rows(60.0, REST)
    pages.c.showPage()
    return pages.save()


def test_the_table_goes_on_past_an_empty_page() -> None:
    doc = parse_action_plan(_plan(), "plans/versos.pdf", "0" * 64)
    assert [a.action_code for a in doc.actions] == ["1.1.1"]
    assert [(s.page, s.step, s.planning_label) for s in doc.steps] == [
        (1, "Lancer une phase test", "2019"),
        (1, "Définir une stratégie", "2020"),
        (1, "Suivre la démarche", "2021"),
        (1, "Former les élus", "2022"),
        (3, "Diffuser les résultats", "2023"),
        (3, "Évaluer l'opération", "2024"),
    ]
