"""A steps row cut by a page break whose cells are CENTRED in the row (an Angular Material
flex table): its top part at the page's foot holds only what the tallest cell had begun (a
description alone under the header, a step name alone), the rest of its cells lower, on the
next page, at staggered heights (sources.action_plan.parser: the pending head, _split_row).
One step, every cell whole."""

from __future__ import annotations

from sources.pdf.content import TableBlock, TableRow

KEYS = ("step", "description", "planning", "budget", "owner", "partners")


def _row(page: int, top: float, *cells: str) -> TableRow:
    return TableRow(page, top, dict(zip(KEYS, cells, strict=True)))


def _parse(*blocks: tuple[list[TableRow], bool, bool]) -> list[tuple[str, ...]]:
    """Steps (name, description, planning, budget, owner) of one fiche whose table runs over
    ``blocks``, each (rows, has_header, rows_ruled), every block but the last open below."""
    from sources.action_plan.parser import _Parser
    from sources.action_plan.sheets import _Sheet
    from sources.records import ActionPlanDocument

    parser = _Parser("p.pdf", "a" * 64)
    sheet = _Sheet("1.1.1", 1, "Titre", None, None, None, has_body=True)
    parser.sheet = sheet
    parser.sheets.append(sheet)
    for page, (rows, header, ruled) in enumerate(blocks, start=1):
        parser.table(
            TableBlock(page, 40.0, 790.0, list(KEYS), header, rows, rows_ruled=ruled,
                       open_at_bottom=page < len(blocks))
        )  # fmt: skip
    doc = ActionPlanDocument(None, "PLAN", len(blocks))
    parser.finish(doc)
    return [
        (
            s.step or "",
            " ".join((s.description or "").split()),
            s.planning_label or "",
            s.owner or "",
        )
        for s in doc.steps
    ]


def test_a_bare_first_row_under_the_header_waits_for_the_rest_of_its_row() -> None:
    """The first step's long description begins alone under the header at page 1's foot
    (its name and details centred lower, on page 2): no step of its own."""
    page_1 = [_row(1, 675, "", "Les actions à développer sont :", "", "", "", "")]
    page_2 = [
        _row(2, 45, "Lancer une phase test", "1) Organisation de rencontres", "2019", "18000",
             "GACdG", "CCI"),
        _row(2, 422, "Définir une stratégie", "Sur la base du potentiel.", "2019", "interne",
             "GACdG", "CCI"),
    ]  # fmt: skip
    assert _parse((page_1, True, False), (page_2, False, True)) == [
        (
            "Lancer une phase test",
            "Les actions à développer sont : 1) Organisation de rencontres",
            "2019",
            "GACdG",
        ),
        ("Définir une stratégie", "Sur la base du potentiel.", "2019", "GACdG"),
    ]


def test_the_rest_of_a_ruled_row_at_staggered_heights_is_one_row() -> None:
    """Page 2 goes on with no rule among its lines: the name's first line, the details centred
    a little lower, the name's second line lower still — all the rest of the row cut."""
    page_1 = [
        _row(1, 530, "Identifier les besoins", "Sur la base du travail.", "2020 et +", "interne",
             "GACdG", "chambres consulaires"),
        _row(1, 690, "", "Une fois défini le besoin,", "", "", "", "chambres consulaires,"),
    ]  # fmt: skip
    page_2 = [
        _row(2, 44.6, "Soutenir des", "cet accompagnement", "", "", "", "Chambre"),
        _row(2, 47.6, "", "", "2020 et +", "5000", "opérateur", ""),
        _row(2, 56.6, "projets de sensibilisation", "sera divers.", "", "", "", "Régionale"),
    ]
    assert _parse((page_1, True, True), (page_2, False, False)) == [
        ("Identifier les besoins", "Sur la base du travail.", "2020 et +", "GACdG"),
        (
            "Soutenir des projets de sensibilisation",
            "Une fois défini le besoin, cet accompagnement sera divers.",
            "2020 et +",
            "opérateur",
        ),
    ]


def test_a_name_alone_at_the_page_foot_goes_on_in_lower_case() -> None:
    """« Prendre en compte les » alone at page 1's foot, « critères éco-responsables … »
    opening page 2 beside its description (in capitals), planning and owner: one step."""
    page_1 = [
        _row(1, 670, "Evaluer les besoins", "Après une étape.", "2021", "interne", "Service",
             "Services"),
        _row(1, 767, "Prendre en compte les", "", "", "", "", ""),
    ]  # fmt: skip
    page_2 = [
        _row(2, 44.6, "critères éco-responsables", "Appliquer le guide.", "2021", "interne",
             "Service", "Services"),
    ]  # fmt: skip
    assert _parse((page_1, True, True), (page_2, False, False)) == [
        ("Evaluer les besoins", "Après une étape.", "2021", "Service"),
        ("Prendre en compte les critères éco-responsables", "Appliquer le guide.", "2021",
         "Service"),
    ]  # fmt: skip
