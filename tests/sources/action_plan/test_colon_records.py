"""Steps written as blocks of « Label : value » LINES in one form cell per step
(sources.action_plan.colon_records): « Etape : … », « Descriptif : … » and its further
paragraphs, « Planification : … », « Ressources à mobiliser : … », « Porteur : … »,
« Partenaires envisagés : » beside a label column « Modalités de mise en / oeuvre »; a step
cut by a page break going on at the next page's top. Read as hand-built lines and from a
form table drawn with reportlab (both engines); each rule has a case that must NOT be read
so."""

from __future__ import annotations

import pytest

from sources.action_plan import parse_action_plan
from sources.action_plan.colon_records import ColonRecords, colon_label
from sources.pdf.content import Line, Segment
from sources.pdf.engine import ENGINE_ENV
from tests.sources.pdf.hand_pages import HEIGHT, HandPages

LABEL_X, VALUE_X, RIGHT = 57.0, 176.0, 528.0


def _seg(x: float, text: str, bold: bool = False) -> Segment:
    """``text`` at ``x``, 4.5 pt a letter."""
    words, pos = [], x
    for word in text.split():
        words.append((pos, pos + 4.5 * len(word), word))
        pos += 4.5 * (len(word) + 1)
    return Segment(x, words[-1][1], text, bold, words)


def _line(top: float, text: str, beside: str = "", *, page: int = 1) -> Line:
    """A line of the value column reading ``text``, with ``beside`` in the label column."""
    segs = ([_seg(LABEL_X, beside, True)] if beside else []) + [_seg(VALUE_X, text)]
    return Line(page, top, top + 9.0, segs[0].x0, segs[-1].x1, 9.0, False, segs)


def _cells(blocks: list) -> list[dict[str, str | None]]:
    return [dict(r.cells) for b in blocks for r in b.rows]


def test_a_colon_label_names_a_steps_column() -> None:
    assert colon_label("Ressources à mobiliser : 18000 (financé)") == ("budget", 24)
    assert colon_label("Partenaires envisagés :") == ("partners", 23)
    assert colon_label("Etape : Définir une stratégie") == ("step", 7)
    assert colon_label("Qui : GACdG") == ("owner", 5)  # a question word
    assert colon_label("Remarque : voir annexe") is None  # no steps column
    assert colon_label("Porteur GACdG") is None  # no colon


FORM = [
    _line(156.0, "Etape : Lancer une phase test", "Modalités de mise en"),
    _line(168.0, "Descriptif : Les actions à développer sont les suivantes :", "oeuvre"),
    _line(180.0, "1) Organisation de rencontres annuelles entre entreprises engagées"),
    _line(192.0, "dans la démarche"),
    _line(204.0, "Planification : 2019"),
    _line(216.0, "Ressources à mobiliser : 18000 (financé)"),
    _line(228.0, "Porteur : GACdG"),
    _line(240.0, "Partenaires envisagés : Chambres consulaires, Chambre Régionale de"),
    _line(252.0, "l'Economie Sociale et Solidaire"),
    _line(268.0, "Etape : Définir une stratégie"),
    _line(280.0, "Descriptif : Choisir le format de l'intervention."),
    _line(292.0, "Planification : 2020 et +"),
    _line(304.0, "Ressources à mobiliser : interne (0,2 ETP)"),
    _line(316.0, "Porteur : GACdG"),
    _line(328.0, "Partenaires envisagés :"),
]
WANT = [
    {
        "step": "Lancer une phase test",
        "description": "Les actions à développer sont les suivantes : 1) Organisation de "
        "rencontres annuelles entre entreprises engagées dans la démarche",
        "planning": "2019",
        "budget": "18000 (financé)",
        "owner": "GACdG",
        "partners": "Chambres consulaires, Chambre Régionale de l'Economie Sociale et Solidaire",
    },
    {
        "step": "Définir une stratégie",
        "description": "Choisir le format de l'intervention.",
        "planning": "2020 et +",
        "budget": "interne (0,2 ETP)",
        "owner": "GACdG",
        "partners": "",
    },
]


def _read(pages: list[list[Line]]) -> tuple[list[Line], list]:
    colons = ColonRecords()
    left: list[Line] = []
    blocks: list = []
    for number, lines in enumerate(pages, start=1):
        more, found = colons(lines, number)
        left, blocks = left + more, blocks + found
    return left, blocks + colons.flush()


def test_label_colon_lines_in_one_cell_per_step_are_steps() -> None:
    heading = Line(1, 140.0, 149.0, LABEL_X, 160.0, 9.0, True, [_seg(LABEL_X, "Adaptation")])
    after = Line(1, 360.0, 373.0, LABEL_X, 200.0, 13.0, True, [_seg(LABEL_X, "FICHE 1.1.2", True)])
    left, blocks = _read([[heading, *FORM, after]])
    assert _cells(blocks) == WANT
    assert all(b.whole_rows for b in blocks)
    # the label column beside the block is given back as lines of its own, in place
    assert [ln.text for ln in left] == [
        "Adaptation",
        "Modalités de mise en",
        "oeuvre",
        "FICHE 1.1.2",
    ]
    assert [ln.segments[0].x0 for ln in left] == [LABEL_X] * 4


def test_a_step_cut_by_the_page_break_goes_on_at_the_next_page_top() -> None:
    # the last step's « Porteur » and « Partenaires » lines at the top of page 2, beside the
    # empty rest of the merged label cell
    first = FORM[:13]
    rest = [_line(57.0, "Porteur : GACdG", page=2), _line(69.0, "Partenaires envisagés :", page=2)]
    after = Line(2, 100.0, 113.0, LABEL_X, 200.0, 13.0, True, [_seg(LABEL_X, "FICHE 1.1.2", True)])
    left, blocks = _read([first, [*rest, after]])
    assert _cells(blocks) == WANT
    assert [r.page for b in blocks for r in b.rows] == [1, 1]  # the cut step from its start
    assert [ln.text for ln in left] == ["Modalités de mise en", "oeuvre", "FICHE 1.1.2"]


def test_a_value_cut_by_the_page_break_goes_on_the_label_above() -> None:
    # the break falls inside the first step's partners: its last words open page 2
    first = FORM[:8]
    rest = [_line(57.0, "l'Economie Sociale et Solidaire", page=2)]
    rest += [_line(73.0 + ln.top - 268.0, ln.text, page=2) for ln in FORM[9:]]
    left, blocks = _read([first, rest])
    assert _cells(blocks) == WANT
    assert [r.page for b in blocks for r in b.rows] == [1, 2]
    # a form row at the next page's top (text in the label column) is no part of the step
    fields = [_line(57.0, "Nombre d'entreprises engagées", "Indicateurs", page=2)]
    left, blocks = _read([first, fields])
    assert _cells(blocks)[0]["partners"] == "Chambres consulaires, Chambre Régionale de"
    assert left[-1] is fields[0]


def test_label_lines_without_a_step_label_or_details_stay_text() -> None:
    # fields written « Label : value » (an owner, partners): no step label, no step
    fields = [_line(100.0, "Porteur : GACdG"), _line(112.0, "Partenaires envisagés : ADEME")]
    left, blocks = _read([fields])
    assert blocks == [] and left == fields
    # a step label and a description only, no detail column: no steps table
    short = [_line(100.0, "Etape : Lancer une phase test"), _line(112.0, "Descriptif : Auditer.")]
    tail = Line(1, 160.0, 173.0, LABEL_X, 200.0, 13.0, True, [_seg(LABEL_X, "FICHE 1.1.2", True)])
    left, blocks = _read([[*short, tail]])
    assert blocks == [] and left == [*short, tail]
    # a value column's next form row (text in the label column again) ends the block
    form = [*FORM[:8], _line(252.0, "Nombre d'entreprises engagées", "Indicateurs")]
    left, blocks = _read([form])
    assert _cells(blocks)[0]["partners"] == "Chambres consulaires, Chambre Régionale de"
    assert left[-1].text == "Indicateurs Nombre d'entreprises engagées"


class _Form(HandPages):
    def grid_row(self, top: float, bottom: float, *, left_rule: bool = True) -> None:
        """The rules of one form row (17 cm, columns 4.2 / 12.8 cm): its top, its sides and
        the column rule; the top rule across the value column only under a merged label
        cell (``left_rule`` False)."""
        self.c.setLineWidth(0.5)
        x0 = LABEL_X if left_rule else VALUE_X - 4.0
        self.c.line(x0, HEIGHT - top, RIGHT + 10.0, HEIGHT - top)
        for x in (LABEL_X, VALUE_X - 4.0, RIGHT + 10.0):
            self.c.line(x, HEIGHT - top, x, HEIGHT - bottom)

    def pair(self, top: float, label: str, value: str, *, size: float = 9.0) -> None:
        """« Label : » in bold, then ``value``, in the value column."""
        end = self.text(VALUE_X, top, f"{label} :", bold=True, size=size)
        if value:
            self.text(end + 2.5, top, value, size=size)


def _plan() -> bytes:
    page = _Form()
    page.text(LABEL_X, 50.0, "FICHE 1.1.1", bold=True, size=13.0)
    page.text(LABEL_X, 70.0, "Objectif opérationnel : Expérimenter", bold=True, size=13.0)
    top = 95.0
    fields = [
        (["Contexte"], ["Une opération test d'économie circulaire."]),
        (["Indicateurs"], ["Nombre d'entreprises engagées"]),
        (["Publics cibles"], ["Entreprises, Associations"]),
        (["Liens avec les objectifs", "réglementaires"], ["Réduction des émissions de GES",
                                                          "Adaptation"]),
    ]  # fmt: skip
    for labels, values in fields:
        bottom = top + 4.0 + 12.0 * max(len(labels), len(values))
        page.grid_row(top, bottom)
        for k, label in enumerate(labels):
            page.text(LABEL_X + 4.0, top + 3.0 + 12.0 * k, label, bold=True)
        for k, value in enumerate(values):
            page.text(VALUE_X, top + 3.0 + 12.0 * k, value)
        top = bottom
    steps = [
        ("Lancer une phase test", ["Auditer vingt entreprises du territoire."], "2019",
         "18000 (financé)", "GACdG", ["Chambre du Commerce et de l'Industrie du Gers"]),
        ("Définir une stratégie", ["Choisir le format de l'intervention.",
                                   "Puis mesurer l'ampleur du soutien."],
         "2020 et +", "interne", "GACdG", []),
    ]  # fmt: skip
    page.text(LABEL_X + 4.0, top + 3.0, "Modalités de mise en", bold=True)
    page.text(LABEL_X + 4.0, top + 15.0, "oeuvre", bold=True)
    for index, (name, description, planning, budget, owner, partners) in enumerate(steps):
        bottom = top + 8.0 + 12.0 * (5 + len(description) + max(len(partners) - 1, 0))
        page.grid_row(top, bottom, left_rule=index == 0)
        y = top + 3.0
        page.pair(y, "Etape", name)
        y += 12.0
        page.pair(y, "Descriptif", description[0])
        for more in description[1:]:
            y += 12.0
            page.text(VALUE_X, y, more)
        for label, value in (
            ("Planification", planning), ("Ressources à mobiliser", budget), ("Porteur", owner),
            ("Partenaires envisagés", partners[0] if partners else ""),
        ):  # fmt: skip
            y += 12.0
            page.pair(y, label, value)
        top = bottom
    page.c.line(LABEL_X, HEIGHT - top, RIGHT + 10.0, HEIGHT - top)
    page.c.showPage()
    return page.save()


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_a_drawn_form_with_label_colon_steps_reads_as_steps(
    engine: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENGINE_ENV, engine)
    doc = parse_action_plan(_plan(), "plans/form.pdf", "0" * 64)
    assert [a.action_code for a in doc.actions] == ["1.1.1"]
    action = doc.actions[0]
    assert action.context == "Une opération test d'économie circulaire."
    # the steps beside « Modalités de mise en oeuvre » are no part of the last field
    assert action.regulatory_links == ["Réduction des émissions de GES", "Adaptation"]
    assert [
        (s.step, s.description, s.planning_label, s.budget_label, s.owner, s.partners)
        for s in doc.steps
    ] == [
        ("Lancer une phase test", "Auditer vingt entreprises du territoire.", "2019",
         "18000 (financé)", "GACdG", ["Chambre du Commerce et de l'Industrie du Gers"]),
        ("Définir une stratégie",
         "Choisir le format de l'intervention. Puis mesurer l'ampleur du soutien.",
         "2020 et +", "interne", "GACdG", []),
    ]  # fmt: skip
    assert [s.budget_eur for s in doc.steps] == [18000.0, 0.0]
    assert (action.start_year, action.end_year, action.owners) == (2019, None, ["GACdG"])


def test_a_block_ending_above_the_page_foot_is_not_carried_over() -> None:
    # the block ends half-way down an 842 pt page: the next page's first line, at the same
    # left edge, is text of its own, not the rest of the last step's partners
    colons = ColonRecords()
    left, blocks = colons(FORM, 1, HEIGHT)
    top = Line(2, 57.0, 66.0, VALUE_X, 400.0, 9.0, False, [_seg(VALUE_X, "Sur cette base, suite")])
    more, found = colons([top], 2, HEIGHT)
    assert _cells(blocks + found + colons.flush()) == WANT
    assert more == [top]
