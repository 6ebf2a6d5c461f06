"""A numbered steps list (sources.action_plan.step_list) whose item marker lost its period in
OCR (« 4 Créer… » for « 4. Créer… », issue 13, thirty-eighth pass: ``steplist_recadre_300``
read fiche 1.1.2's fourth step into the third's details). The due number alone, after an item
whose details were read, opens the next item; the same figure anywhere else opens none.
Lines are built by hand; each rule has a case that must NOT be read so."""

from __future__ import annotations

from sources.action_plan.step_list import ListedSteps
from sources.pdf.content import Line
from tests.sources.pdf.hand_lines import hand_line

NUM, TEXT = 50.0, 66.0  # the items' numbers, their text edge
HEADING = hand_line(40.0, (45.0, 200.0, "Modalités de mise en oeuvre"), size=10.0)


def _item(top: float, marker: str, name: str) -> Line:
    return hand_line(top, (NUM, NUM + 6.0, marker), (TEXT, 400.0, name), size=9.5)


def _text(top: float, text: str, size: float = 8.5) -> Line:
    return hand_line(top, (TEXT, TEXT + 300.0, text), size=size, bold=False)


def _pairs(top: float, budget: str) -> Line:
    return _text(top, f"Planification : 2021 — Ressources à mobiliser : {budget} — Porteur : GACdG")


def _read(lines: list[Line]) -> list[dict[str, str | None]]:
    listed = ListedSteps()
    left, blocks = listed(lines, 1)
    more, more_blocks = listed.flush()
    return [row.cells for block in blocks + more_blocks for row in block.rows]


def test_the_due_number_without_its_period_opens_the_next_item() -> None:
    rows = _read(
        [
            HEADING,
            _item(60.0, "1.", "Réaliser les diagnostics"),
            _text(73.0, "Les besoins sont étudiés."),
            _pairs(85.0, "15000"),
            _item(105.0, "2", "Créer un outil partagé"),  # « 2. » read without its period
            _text(118.0, "Afin de recenser les projets."),
            _pairs(130.0, "à définir"),
            _item(150.0, "3.", "Accompagner la création"),
            _text(163.0, "Le réseau ainsi constitué."),
            _pairs(175.0, "5000"),
        ]
    )
    assert [r["step"] for r in rows] == [
        "Réaliser les diagnostics",
        "Créer un outil partagé",
        "Accompagner la création",
    ]
    assert [r["budget"] for r in rows] == ["15000", "à définir", "5000"]
    assert rows[1]["description"] == "Afin de recenser les projets."


def test_a_bare_figure_is_no_item_where_it_is_not_due_or_the_item_is_not_complete() -> None:
    # « 3 » is not the number due (2), and a figure opening the line before the item's
    # details were read is part of its description
    rows = _read(
        [
            HEADING,
            _item(60.0, "1.", "Réaliser les diagnostics"),
            _text(73.0, "Les besoins sont étudiés."),
            _pairs(85.0, "15000"),
            _item(105.0, "3", "Créer un outil partagé"),
        ]
    )
    assert [r["step"] for r in rows] == ["Réaliser les diagnostics"]
    rows = _read(
        [
            HEADING,
            _item(60.0, "1.", "Réaliser les diagnostics"),
            _item(73.0, "2", "entreprises visitées la première année"),
            _pairs(85.0, "15000"),
        ]
    )
    assert "entreprises visitées la première année" not in [r["step"] for r in rows]
