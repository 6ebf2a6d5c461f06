"""Steps set on TAB STOPS WITH LEADER DOTS, as a table of contents is set, with no table
(sources.action_plan.leader_lines, sources.action_plan.step_list): a column head « Etape …
Planification », each step's bold name, dots and its planning at the right margin, its
description indented under it, then « Ressources à mobiliser ........ 18000 (financé) »,
« Porteur ........ GACdG », « Partenaires envisagés ........ » detail lines. Drawn with
reportlab and read with both engines, and as hand-built lines; each rule has a case that
must NOT be read so."""

from __future__ import annotations

import pytest

from sources.action_plan import parse_action_plan
from sources.action_plan.leader_lines import column_head, leader_pair, leader_step, split_leader
from sources.action_plan.step_list import ListedSteps
from sources.pdf.content import Line, Segment
from sources.pdf.engine import ENGINE_ENV
from tests.sources.pdf.hand_pages import HandPages

EDGE, INDENT, TAB, RIGHT = 57.0, 85.0, 200.0, 538.0


def _line(top: float, x: float, text: str, *, bold: int = 0, size: float = 9.0) -> Line:
    """One segment of ``text`` at ``x`` (its first ``bold`` words in bold), 4.5 pt a letter."""
    words, pos = [], x
    for word in text.split():
        words.append((pos, pos + 4.5 * len(word), word))
        pos += 4.5 * (len(word) + 1)
    whole = bold >= len(words)
    seg = Segment(x, words[-1][1], text, whole, words, bold)
    return Line(1, top, top + size, x, words[-1][1], size, whole, [seg])


def test_a_leader_separates_a_label_from_its_value() -> None:
    assert split_leader("Porteur..................................................GACdG") == (
        "Porteur",
        "GACdG",
    )
    assert split_leader("Ressources à mobiliser . . . . . . . 18000 (financé)") == (
        "Ressources à mobiliser",
        "18000 (financé)",
    )
    assert split_leader("Porteur……GACdG") == ("Porteur", "GACdG")
    assert split_leader("Porteur ·········· GACdG") == ("Porteur", "GACdG")
    assert split_leader("Partenaires envisagés...........................") == (
        "Partenaires envisagés",
        "",
    )
    # three dots in a text, or dots with nothing before them, are no leader
    assert split_leader("acteurs du secteur (collectivité, associations...) ou opérateur") is None
    assert split_leader("........ 2019") is None


def test_detail_lines_and_step_lines_by_column_meaning() -> None:
    budget = _line(100.0, INDENT, "Ressources à mobiliser.........................18000 (financé)")
    assert leader_pair(budget) == ("budget", "18000 (financé)")
    empty = _line(112.0, INDENT, "Partenaires envisagés...........................")
    assert leader_pair(empty) == ("partners", "")
    other = _line(124.0, INDENT, "Remarque.........................voir annexe")
    assert leader_pair(other) is None  # no steps column
    name = "Lancer une phase test d'un projet d'Economie Circulaire"
    step = _line(88.0, EDGE, f"{name}..........................2019", bold=8, size=10.0)
    assert leader_step(step) == (name, "2019")
    assert leader_step(budget) is None  # a details label is no step name
    head = Line(
        1, 70.0, 78.0, EDGE, RIGHT, 8.0, False,
        [Segment(EDGE, 80.0, "Etape", False), Segment(497.0, RIGHT, "Planification", False)],
    )  # fmt: skip
    assert column_head(head) == "planning"
    assert column_head(budget) is None


HEADING = _line(40.0, EDGE, "Modalités de mise en oeuvre", bold=5, size=11.0)
STEPS = [
    _line(60.0, EDGE, "Lancer une phase test.....................................2019", bold=4),
    _line(73.0, INDENT, "Les actions à développer sont les suivantes :"),
    _line(85.0, INDENT, "1) Organisation de rencontres annuelles"),
    _line(97.0, INDENT, "Ressources à mobiliser.........................18000 (financé)"),
    _line(109.0, INDENT, "Porteur..................................................GACdG"),
    _line(121.0, INDENT, "Partenaires envisagés..........................Chambres consulaires,"),
    _line(133.0, TAB, "acteurs du secteur"),
    _line(150.0, EDGE, "Définir une stratégie..............................2020 et +", bold=3),
    _line(163.0, INDENT, "Choisir le format de l'intervention."),
    _line(175.0, INDENT, "Ressources à mobiliser.........................interne"),
    _line(187.0, INDENT, "Porteur..................................................GACdG"),
    _line(199.0, INDENT, "Partenaires envisagés..........................."),
    _line(216.0, EDGE, "Créer/Utiliser un outil partagé de gisements", bold=6, size=10.0),
    _line(
        228.0, EDGE, "et de besoins.......................................2021", bold=3, size=10.0
    ),
    _line(241.0, INDENT, "Un outil centralisateur."),
    _line(253.0, INDENT, "Ressources à mobiliser.........................à définir"),
    _line(265.0, INDENT, "Porteur..................................................GACdG"),
]
WANT = [
    {
        "step": "Lancer une phase test",
        "description": "Les actions à développer sont les suivantes :\n"
        "1) Organisation de rencontres annuelles",
        "planning": "2019",
        "budget": "18000 (financé)",
        "owner": "GACdG",
        "partners": "Chambres consulaires, acteurs du secteur",
    },
    {
        "step": "Définir une stratégie",
        "description": "Choisir le format de l'intervention.",
        "planning": "2020 et +",
        "budget": "interne",
        "owner": "GACdG",
        "partners": "",
    },
    {
        "step": "Créer/Utiliser un outil partagé de gisements et de besoins",
        "description": "Un outil centralisateur.",
        "planning": "2021",
        "budget": "à définir",
        "owner": "GACdG",
    },
]


def _read(lines: list[Line]) -> tuple[list[Line], list]:
    listed = ListedSteps()
    left, blocks = listed(lines, 1)
    more, found = listed.flush()
    return left + more, blocks + found


def test_leader_lines_under_the_steps_heading_are_steps() -> None:
    left, blocks = _read([HEADING, *STEPS])
    assert left == [HEADING]
    assert len(blocks) == 1 and blocks[0].whole_rows
    assert [{k: v for k, v in r.cells.items() if v is not None} for r in blocks[0].rows] == WANT


def test_leader_lines_elsewhere_or_without_a_period_stay_text() -> None:
    # not under the steps heading (a table of contents): text
    left, blocks = _read(STEPS)
    assert blocks == [] and left == STEPS
    # no column head and values that read as no period (« page 3 »): text
    toc = [
        HEADING,
        _line(60.0, EDGE, "Présentation générale...............................3", bold=2),
        _line(73.0, EDGE, "Annexes techniques.................................12", bold=2),
    ]
    left, blocks = _read(toc)
    assert blocks == [] and left == toc


class _Leaders(HandPages):
    def dotted(
        self, x: float, top: float, text: str, stop: float, value: str, *, bold: bool = False,
        size: float = 9.0,
    ) -> None:  # fmt: skip
        """``text`` at ``x``, dots glued to it up to the tab ``stop`` (right-aligned value
        when ``stop`` is the right edge), then ``value``."""
        end = self.text(x, top, text, bold=bold, size=size)
        width = self.c.stringWidth(value, "Helvetica", size)
        start = stop - width if stop == RIGHT else stop
        dot = self.c.stringWidth(".", "Helvetica", size)
        self.text(end, top, "." * int((start - end) / dot), size=size)
        if value:
            self.text(start, top, value, size=size)


def _plan() -> bytes:
    page = _Leaders()
    page.text(EDGE, 50.0, "FICHE 1.1.1 Objectif opérationnel : Expérimenter", bold=True, size=12.0)
    page.text(EDGE, 75.0, "Contexte", bold=True)
    page.text(EDGE, 88.0, "Une opération test d'économie circulaire.")
    page.text(EDGE, 110.0, "Modalités de mise en oeuvre", bold=True, size=11.0)
    page.text(EDGE, 130.0, "Etape", size=8.0)
    page.text(RIGHT - page.c.stringWidth("Planification", "Helvetica", 8.0), 130.0,
              "Planification", size=8.0)  # fmt: skip
    page.c.line(EDGE, 842.0 - 141.0, RIGHT, 842.0 - 141.0)
    top = 150.0
    rows = [
        ("Lancer une phase test", "Auditer vingt entreprises.", "2019", "18000 (financé)",
         "GACdG", "Chambre du Commerce et de l'Industrie du Gers"),
        ("Définir une stratégie", "Choisir le format de l'intervention.", "2020 et +", "interne",
         "GACdG", ""),
        ("Créer un réseau d'acteurs locaux", "Animer le réseau.", "2019 - 2020", "10000",
         "Service développement", "Chambres consulaires"),
    ]  # fmt: skip
    for name, description, planning, budget, owner, partners in rows:
        page.dotted(EDGE, top, name, RIGHT, planning, bold=True, size=10.0)
        page.text(INDENT, top + 14.0, description)
        for offset, (label, value) in enumerate(
            (("Ressources à mobiliser", budget), ("Porteur", owner), ("Partenaires envisagés",
             partners)), start=1
        ):  # fmt: skip
            page.dotted(INDENT, top + 14.0 + 12.0 * offset, label, TAB, value)
        top += 80.0
    page.c.showPage()
    return page.save()


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_a_drawn_leader_list_reads_as_steps(engine: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENGINE_ENV, engine)
    doc = parse_action_plan(_plan(), "plans/points.pdf", "0" * 64)
    assert [a.action_code for a in doc.actions] == ["1.1.1"]
    assert doc.actions[0].context == "Une opération test d'économie circulaire."
    assert [
        (s.step, s.description, s.planning_label, s.budget_label, s.owner, s.partners)
        for s in doc.steps
    ] == [
        ("Lancer une phase test", "Auditer vingt entreprises.", "2019", "18000 (financé)",
         "GACdG", ["Chambre du Commerce et de l'Industrie du Gers"]),
        ("Définir une stratégie", "Choisir le format de l'intervention.", "2020 et +", "interne",
         "GACdG", []),
        ("Créer un réseau d'acteurs locaux", "Animer le réseau.", "2019 - 2020", "10000",
         "Service développement", ["Chambres consulaires"]),
    ]  # fmt: skip
    assert [s.budget_eur for s in doc.steps] == [18000.0, 0.0, 10000.0]
    assert (doc.actions[0].start_year, doc.actions[0].end_year) == (2019, None)  # « 2020 et + »
