"""Review comments left in a plan (sources.action_plan.comment_marks, and the geometry reader's
continuation check): Word's anchors « [SC1] » glued to values are taken off (never read as an
amount: « interne (0,2 ETP)[SC5] » is no 5 €), counted in an information issue; the comments
Word lists at the document's end, set left of the table on the next page, are no rows of the
table the page before ended with. Negative: bracketed text that is no anchor stays."""

from __future__ import annotations

from sources.action_plan import parse_action_plan
from sources.action_plan.comment_marks import CommentMarks
from tests.sources.pdf.hand_pages import HandPages

XS = (80.0, 160.0, 290.0, 350.0, 450.0, 505.0)  # unruled columns
HEAD = ("Etape", "Descriptif", "Planification", "Ressources", "Porteur", "Partenaires")
ROWS = [
    ("Lancer un test", "Auditer vingt entreprises.", "2019[SC2]", "18000 [SC1]", "GACdG", "CCI"),
    ("Définir", "Choisir les filières.", "2020", "interne[SC3]", "GACdG", "ADEME"),
]


def test_anchors_are_taken_off_values() -> None:
    marks = CommentMarks()
    assert marks.clean("2019[SC2]") == "2019"
    assert marks.clean("interne (0,2 ETP)[SC5]") == "interne (0,2 ETP)"
    assert marks.clean("18000 (financé) [JD12]") == "18000 (financé)"
    # negative: brackets holding words or a bare number are the text's own
    assert marks.clean("voir [annexe 2]") == "voir [annexe 2]"
    assert marks.clean("étape [1]") == "étape [1]"
    assert marks.count == 3 and "[SC2]" in (marks.message() or "")


def test_note_and_link_calls_are_taken_off_values() -> None:
    marks = CommentMarks()
    assert marks.clean("Définir une stratégie⁴") == "Définir une stratégie"
    assert marks.clean("GACdG¹², CCI¹³") == "GACdG, CCI"
    # negative: a unit's exponent and a subscript stay
    assert marks.clean("surface de 120 m² et 3 km²") == "surface de 120 m² et 3 km²"
    assert marks.clean("t CO₂ évitées") == "t CO₂ évitées"
    assert marks.calls == 3 and "appel(s) de note" in (marks.message() or "")


def _plan() -> bytes:
    pages = HandPages()
    pages.fiche_head()
    for x, label in zip(XS, HEAD, strict=True):
        pages.text(x, 150.0, label, bold=True, size=8.0)
    top = 170.0
    for row in ROWS:
        for x, cell in zip(XS, row, strict=True):
            pages.text(x, top, cell, size=8.0)
        top += 20.0
    pages.c.showPage()
    for k, comment in enumerate(("[SC1]Montant à confirmer.", "[SC2]Calendrier à revoir.")):
        pages.text(36.0, 60.0 + 18.0 * k, comment, size=9.0)
    pages.c.showPage()
    return pages.save()


def test_a_reviewed_plan_reads_its_values_without_the_comments() -> None:
    doc = parse_action_plan(_plan(), "plans/relecture.pdf", "0" * 64)
    steps = [(s.step, s.planning_label, s.budget_label, s.budget_eur) for s in doc.steps]
    assert steps == [
        ("Lancer un test", "2019", "18000", 18000.0),
        ("Définir", "2020", "interne", 0.0),
    ]
    [info] = [i for i in doc.issues if "commentaire de relecture" in i.message]
    assert info.severity == "info" and "3 renvoi(s)" in info.message
