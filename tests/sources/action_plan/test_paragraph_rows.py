"""A Word steps table setting each paragraph of a description in a row of its own, the step's
other cells merged down over them (sources.action_plan.parser._paragraph_rows): one step, its
description's paragraphs joined; a row naming a step of its own, or an owner merged over two
steps, stays a row."""

from __future__ import annotations

from sources.action_plan.parser import _paragraph_rows
from sources.pdf.content import TableRow

KEYS = ("step", "description", "planning", "budget", "owner", "partners")


def _row(top: float, *cells: str | None) -> TableRow:
    return TableRow(1, top, dict(zip(KEYS, cells, strict=True)))


def test_paragraph_rows_join_their_step() -> None:
    rows = [
        _row(100, "Lancer une phase test", "Les actions sont :", "2019", "18000", "GACdG", "CCI"),
        _row(120, None, "1) Organisation de rencontres", None, None, None, None),
        _row(140, None, "2) Mise en relation", None, None, None, None),
        _row(160, "Définir une stratégie", "Choisir le format.", "2019", "interne", None, "CCI"),
    ]
    out = _paragraph_rows(rows)
    assert [r.cells["step"] for r in out] == ["Lancer une phase test", "Définir une stratégie"]
    assert out[0].cells["description"] == (
        "Les actions sont :\n1) Organisation de rencontres\n2) Mise en relation"
    )
    assert out[0].cells["budget"] == "18000" and out[1].cells["owner"] is None


def test_rows_of_their_own_stay_rows() -> None:
    rows = [
        _row(100, "Etape A", "Texte A", "2019", "100", "GACdG", "CCI"),
        _row(120, "Etape B", "Texte B", "2020", "200", None, "CCI"),  # owner merged: a step
        _row(140, None, "Texte C", "2021", None, None, None),  # a planning of its own: kept
    ]
    assert len(_paragraph_rows(rows)) == 3
    assert _paragraph_rows([]) == []


def test_a_step_name_going_on_in_lower_case_is_the_rest_of_its_row() -> None:
    from sources.action_plan.parser import _name_goes_on, _split_row

    prev = {"step": "Impliquer et", "description": "Réaliser un programme", "planning": "2019",
            "budget": None, "owner": "GACdG", "partners": "Associations"}  # fmt: skip
    rest = {"step": "sensibiliser les publics", "description": "visant à réaliser",
            "planning": None, "budget": "50 000", "owner": None, "partners": "locales"}  # fmt: skip
    assert _name_goes_on(prev, rest) and _split_row(prev, rest)
    # a name ended by a full stop, a new name in capitals, a description opening a sentence
    assert not _name_goes_on({**prev, "step": "Impliquer les publics."}, rest)
    assert not _name_goes_on(prev, {**rest, "step": "Sensibiliser les publics"})
    assert not _name_goes_on(prev, {**rest, "description": "Visant à réaliser"})
