"""Steps written as stacked « fiche étape » blocks in a spreadsheet (plan_xlsx_tiroirs): each
step six « label | value » rows, the typed numbers (years, amounts) RIGHT-ALIGNED in their
wide merged cell, far right of the value edge the texts start at, and a tall description cell
(Calc's estimated row height) leaving a wide gap before the block's next label. Both stay in
the record (sources.action_plan.stacked). Negative: a label line whose value is text standing
off the value edge still ends the record. Drawn by hand with reportlab; the whole plan read
with the parser."""

from __future__ import annotations

from sources.action_plan import parse_action_plan
from tests.sources.pdf.hand_pages import HandPages

LABEL_X, VALUE_X, RIGHT = 57.0, 170.0, 538.0


def _plan(owner_off_edge: bool = False) -> bytes:
    pages = HandPages()
    pages.fiche_head()
    c = pages.c
    top = 150.0
    steps = [
        ("Lancer un test", "Rencontres entre entreprises.", "2019", "18000", "GACdG", "CCI"),
        ("Définir une stratégie", "Sur la base du test.", "2020", "interne", "GACdG", "ADEME"),
    ]
    labels = ["Etape", "Descriptif", "Planification", "Ressources à mobiliser", "Porteur",
              "Partenaires envisagés"]  # fmt: skip
    for step in steps:
        for k, (label, value) in enumerate(zip(labels, step, strict=True)):
            height = 40.0 if label == "Descriptif" else 10.0
            c.setLineWidth(0.5)  # each row boxed thin, the label cell and the merged value
            c.rect(LABEL_X - 2.0, 842.0 - top + 2.0 - height, VALUE_X - LABEL_X - 2.0, height)
            c.rect(VALUE_X - 4.0, 842.0 - top + 2.0 - height, RIGHT + 4.0 - VALUE_X, height)
            pages.text(LABEL_X, top, label, bold=k == 0, size=8.0)
            if value.isdigit():  # a typed number: right-aligned in its cell
                x = RIGHT - c.stringWidth(value, "Helvetica", 8.0)
            elif owner_off_edge and label == "Porteur":
                x = VALUE_X + 60.0
            else:
                x = VALUE_X
            pages.text(x, top, value, size=8.0)
            top += height  # (a tall description cell)
        top += 12.0
    pages.next_fiche(top)
    c.showPage()
    return pages.save()


def test_right_aligned_numbers_and_a_tall_cell_stay_in_their_block() -> None:
    doc = parse_action_plan(_plan(), "plans/tiroirs.pdf", "0" * 64)
    assert [s.step for s in doc.steps] == ["Lancer un test", "Définir une stratégie"]
    assert [(s.planning_label, s.budget_label, s.owner) for s in doc.steps] == [
        ("2019", "18000", "GACdG"),
        ("2020", "interne", "GACdG"),
    ]
    assert doc.steps[0].description == "Rencontres entre entreprises."


def test_a_text_value_off_the_edge_still_ends_the_record() -> None:
    doc = parse_action_plan(_plan(owner_off_edge=True), "plans/tiroirs.pdf", "0" * 64)
    assert all(s.owner != "GACdG" for s in doc.steps)
