"""A responsive page's INLINE COLUMN LABELS: on narrow screens (the A4 print width among
them) a theme prints each table cell's column label before its value (« Porteur : GACdG »,
« Ressources à\\nmobiliser :\\ninterne »). A ruled body row whose cells open with their own
columns' labels is neither a repeated header nor read with the labels in its values
(sources.pdf.columns.without_own_label, sources.pdf.ruled_tables); a row read by the page's
geometry (its cells cut by a page break) loses them too once two of its cells, or any row of
the document, showed them (without_own_labels). Negative cases: a step named « Phase de
concertation : … » under « Etape », « Etape 1 : … », a repeated header « Etape : » with no
value, one cell opening with a label other than its column's header in a document printing
no such labels. Drawn with reportlab."""

from __future__ import annotations

from sources.action_plan import parse_action_plan
from sources.pdf.columns import without_own_label, without_own_labels
from tests.sources.pdf.hand_pages import HEIGHT, HandPages

EDGE = 57.0
# Etape / Descriptif / Planification / Ressources à mobiliser / Porteur / Partenaires envisagés
BOUNDS = (57.0, 147.0, 307.0, 364.0, 430.0, 490.0, 538.0)
HEADER = (
    ("Etape",),
    ("Descriptif",),
    ("Planification",),
    ("Ressources", "à mobiliser"),
    ("Porteur",),
    ("Partenaires", "envisagés"),
)


def _grid(pages: HandPages, top: float, rows: list[tuple[tuple[str, ...], ...]]) -> float:
    """A ruled steps table: the two-line header, then one row per step, each cell's lines
    (8 pt, 10 pt apart); returns its bottom."""
    heights = [24.0] + [4.0 + 10.0 * max(len(cell) for cell in row) for row in rows]
    tops = [top]
    for h in heights:
        tops.append(tops[-1] + h)
    pages.c.setLineWidth(0.5)
    for y in tops:
        pages.c.line(BOUNDS[0], HEIGHT - y, BOUNDS[-1], HEIGHT - y)
    for x in BOUNDS:
        pages.c.line(x, HEIGHT - tops[0], x, HEIGHT - tops[-1])
    for x, label in zip(BOUNDS, HEADER, strict=False):
        for k, text in enumerate(label):
            pages.text(x + 3.0, top + 3.0 + 10.0 * k, text, bold=True, size=8.0)
    for row, y in zip(rows, tops[1:], strict=False):
        for x, cell in zip(BOUNDS, row, strict=False):
            for k, text in enumerate(cell):
                pages.text(x + 3.0, y + 3.0 + 10.0 * k, text, size=8.0)
    return tops[-1]


def _plan(labelled: bool) -> bytes:
    """Fiche 1.1.1, its steps table's cells opening with their columns' labels
    (``labelled``), or printed plain but for one step named « Phase de concertation : … »."""
    pages = HandPages()
    pages.text(EDGE, 60.0, "Axe 1 : Un territoire sobre", bold=True, size=14.0)
    pages.text(EDGE, 85.0, "FICHE 1.1.1", bold=True, size=12.0)
    pages.text(EDGE, 104.0, "Objectif opérationnel : Expérimenter", bold=True, size=12.0)
    pages.text(EDGE, 130.0, "Contexte", bold=True)
    pages.text(180.0, 130.0, "Une opération test auprès des entreprises.")
    pages.text(EDGE, 160.0, "Modalités de mise en oeuvre", bold=True)
    if labelled:
        rows = [
            (
                ("Etape : Lancer un", "test"),
                ("Descriptif : Auditer vingt", "entreprises."),
                ("Planification", ": 2019"),
                ("Ressources à", "mobiliser :", "18000"),
                ("Porteur :", "GACdG"),
                ("Partenaires", "envisagés :", "CCI, ADEME"),
            ),
            (
                ("Etape : Définir une", "stratégie"),
                ("Descriptif : Choisir les filières.",),
                ("Planification", ": 2020"),
                ("Ressources à", "mobiliser :", "interne"),
                ("Porteur :", "GACdG"),
                (),
            ),
        ]
    else:
        rows = [
            (
                ("Phase de concertation :", "réunir les acteurs"),
                ("Auditer vingt", "entreprises."),
                ("2019",),
                ("18000",),
                ("GACdG",),
                ("CCI, ADEME",),
            ),
            (
                ("Définir une", "stratégie"),
                ("Choisir les filières.",),
                ("2020",),
                ("interne",),
                ("Porteur :", "GACdG"),
                (),
            ),
        ]
    _grid(pages, 180.0, rows)
    pages.c.showPage()
    return pages.save()


def test_a_cell_opening_with_its_own_column_label_loses_it() -> None:
    assert without_own_label("Porteur :\nGACdG", "owner") == "GACdG"
    assert without_own_label("Ressources à\nmobiliser :\n5 000", "budget", None) is None
    assert (
        without_own_label("Ressources à\nmobiliser :\n5 000", "budget", "ressources a mobiliser")
        == "5 000"
    )
    # negative: another column's label, a numbered or longer label, no value
    assert without_own_label("Porteur : GACdG", "partners") is None
    assert without_own_label("Etape 1 : Lancer", "step", "etape") is None
    assert without_own_label("Phase de concertation : réunir", "step", "etape") is None
    assert without_own_label("Etape :", "step", "etape") is None


def test_labels_left_out_of_a_row_only_where_two_cells_show_them() -> None:
    row: dict[str, str | None] = {
        "step": "Porter un programme",
        "planning": "Planification : 2020",
        "budget": "Ressources à mobiliser : interne (0,2 ETP)",
    }
    assert without_own_labels(row) == {
        "step": "Porter un programme",
        "planning": "2020",
        "budget": "interne (0,2 ETP)",
    }
    one = {"step": "Porter un programme", "budget": "Ressources à mobiliser : interne"}
    assert without_own_labels(one) == one
    assert without_own_labels(one, 1)["budget"] == "interne"
    # a digit in the label: a numbered step, not a column label
    numbered = {"step": "Action 1 : Lancer", "planning": "Planification : 2020"}
    assert without_own_labels(numbered) == numbered


def test_inline_labels_are_no_header_nor_value() -> None:
    doc = parse_action_plan(_plan(True), "plans/inline.pdf", "0" * 64)
    assert [(s.step, s.description, s.planning_label, s.budget_label) for s in doc.steps] == [
        ("Lancer un test", "Auditer vingt entreprises.", "2019", "18000"),
        ("Définir une stratégie", "Choisir les filières.", "2020", "interne"),
    ]
    assert [(s.owner, s.partners, s.start_year) for s in doc.steps] == [
        ("GACdG", ["CCI", "ADEME"], 2019),
        ("GACdG", [], 2020),
    ]


def test_a_step_named_with_a_colon_keeps_its_name() -> None:
    doc = parse_action_plan(_plan(False), "plans/plain.pdf", "0" * 64)
    assert [(s.step, s.budget_label, s.owner) for s in doc.steps] == [
        ("Phase de concertation : réunir les acteurs", "18000", "GACdG"),
        # the label the header prints, alone in its own column's cell: left out all the same
        ("Définir une stratégie", "interne", "GACdG"),
    ]
