"""Steps printed as a KANBAN BOARD (sources.action_plan.board_lists): one list per planning
value, titled by the period in bold and its count of cards, lists side by side; each card the
step's name in bold, its description, then « Label : valeur » lines, a long value wrapped.
The planning comes from the list's title (a title wrapped « 2019 » / « - 2020 » read
whole). Negative: a bold year alone with no count opens no board. Drawn with reportlab."""

from __future__ import annotations

from sources.action_plan import parse_action_plan
from sources.pdf.running import _BARE_NUMBERS_RE
from tests.sources.pdf.hand_pages import HandPages

EDGE = 43.0
LISTS = (49.0, 200.0, 351.0)


def _card(pages: HandPages, x: float, top: float, name: str, desc: str, pairs: list[str]) -> float:
    pages.text(x + 4, top, name, bold=True, size=9.0)
    pages.text(x + 4, top + 12, desc, size=8.0)
    top += 26
    for pair in pairs:
        pages.text(x + 7, top, pair, size=7.5)
        top += 11
    return top + 12


def _plan(counted: bool = True) -> bytes:
    pages = HandPages()
    pages.text(EDGE, 40.0, "Axe 1 : Un territoire sobre", bold=True, size=14.0)
    pages.text(EDGE, 62.0, "FICHE 1.2.4", bold=True, size=12.0)
    pages.text(EDGE, 80.0, "Objectif opérationnel : Mener une réflexion", bold=True, size=12.0)
    pages.text(EDGE, 104.0, "Modalités de mise en oeuvre", bold=True, size=9.0)
    for x, title, count in zip(LISTS, ("2019", "2020", "2021"), ("2", "1", "1"), strict=True):
        pages.text(x, 130.0, title, bold=True, size=9.5)
        if counted:
            pages.text(x + 110.0, 130.0, count, size=8.0)
    pages.text(LISTS[0], 142.0, "- 2020", bold=True, size=9.5)  # the first title wrapped
    top = _card(
        pages,
        LISTS[0],
        160.0,
        "Former les communes",
        "Expliciter les intérêts.",
        ["Ressources à mobiliser : 5000", "Porteur : GACdG", "Partenaires envisagés : CAUE,"],
    )
    pages.text(LISTS[0] + 7, top - 12, "service urbanisme", size=7.5)  # the value wrapped
    _card(
        pages,
        LISTS[0],
        top + 4,
        "Réaliser une étude",
        "Réfléchir aux modalités.",
        ["Ressources à mobiliser : 25000", "Porteur : GACdG"],
    )
    _card(
        pages,
        LISTS[1],
        160.0,
        "Elaborer un PLUiHD",
        "Mettre en œuvre.",
        ["Ressources à mobiliser : 400000", "Porteur : GACdG"],
    )
    _card(pages, LISTS[2], 160.0, "Suivre le PLUiHD", "Evaluer.", ["Porteur : GACdG"])
    pages.c.showPage()
    return pages.save()


def test_board_cards_read_as_steps_in_list_order() -> None:
    doc = parse_action_plan(_plan(), "plans/tableau.pdf", "0" * 64)
    got = [(s.step, s.planning_label, s.budget_label, s.owner) for s in doc.steps]
    assert got == [
        ("Former les communes", "2019 - 2020", "5000", "GACdG"),
        ("Réaliser une étude", "2019 - 2020", "25000", "GACdG"),
        ("Elaborer un PLUiHD", "2020", "400000", "GACdG"),
        ("Suivre le PLUiHD", "2021", None, "GACdG"),
    ]
    assert doc.steps[0].partners == ["CAUE", "service urbanisme"]
    assert doc.steps[0].description == "Expliciter les intérêts."


def test_years_without_counts_open_no_board() -> None:
    doc = parse_action_plan(_plan(counted=False), "plans/tableau.pdf", "0" * 64)
    assert [s.planning_label for s in doc.steps] != ["2019 - 2020", "2019 - 2020", "2020", "2021"]


def test_bare_numbers_are_no_running_text() -> None:
    assert _BARE_NUMBERS_RE.fullmatch("# #") and _BARE_NUMBERS_RE.fullmatch("# # # # # #")
    assert not _BARE_NUMBERS_RE.fullmatch("#")  # a folio alone stays page furniture
    assert not _BARE_NUMBERS_RE.fullmatch("page # / #")
