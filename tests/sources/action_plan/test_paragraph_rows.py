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


def _parse(*pages: list[TableRow]) -> list[tuple[str, str, str | None]]:
    """The steps (name, description, planning) of one fiche's table running over ``pages``."""
    from sources.action_plan.parser import _Parser
    from sources.action_plan.sheets import _Sheet
    from sources.pdf.content import TableBlock
    from sources.records import ActionPlanDocument

    parser = _Parser("p.pdf", "a" * 64)
    sheet = _Sheet("1.4.2", 1, "Titre", None, None, None, has_body=True)
    parser.sheet = sheet
    parser.sheets.append(sheet)
    for page, rows in enumerate(pages, start=1):
        parser.table(
            TableBlock(page, 100.0, 760.0, list(KEYS), True, rows, rows_ruled=True,
                       open_at_bottom=page < len(pages))
        )  # fmt: skip
    doc = ActionPlanDocument(None, "PLAN", len(pages))
    parser.finish(doc)
    return [
        (s.step or "", " ".join((s.description or "").split()), s.planning_label) for s in doc.steps
    ]


def test_a_paragraph_row_at_the_page_foot_then_the_step_cut_by_the_break() -> None:
    """The step's last paragraph in a row of its own at the foot of the page, its name and
    that paragraph going on at the top of the next (the merged cells cut by the break): one
    step, its name and description whole."""
    page_1 = [
        _row(600, "Former au bilan carbone", "Développer un pool.", "2021", "5000", "GACdG", "ADEME"),
        _row(640, "Mettre en oeuvre de la quantification carbone pour une sélection",
             "Sélectionner des sujets.", "2021", "interne", "GACdG", "services"),
        _row(700, None, "Le bilan tiré permettra de", None, None, None, None),
    ]  # fmt: skip
    page_2 = [
        TableRow(2, 96, dict(zip(KEYS, ["de marchés", "mesurer l'intérêt.", "", "", "", ""], strict=True))),
        TableRow(2, 121, dict(zip(KEYS, ["Appliquer le bilan carbone", "Tirer le bilan.", "2022",
                                          "Interne", "GACdG", "services"], strict=True))),
    ]  # fmt: skip
    assert _parse(page_1, page_2) == [
        ("Former au bilan carbone", "Développer un pool.", "2021"),
        (
            "Mettre en oeuvre de la quantification carbone pour une sélection de marchés",
            "Sélectionner des sujets. Le bilan tiré permettra de mesurer l'intérêt.",
            "2021",
        ),
        ("Appliquer le bilan carbone", "Tirer le bilan.", "2022"),
    ]
