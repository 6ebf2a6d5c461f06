"""Steps named by a HEADING over « label | value » lines (no « Etape » label, no table): a web
page's ``<h5>`` over a two-column ``<dl>``, a Word heading over a two-column table. Lines are
built by hand; each rule has a case that must NOT be read as steps."""

from __future__ import annotations

from dataclasses import replace

from sources.action_plan.stacked import StackedSteps
from sources.pdf.cells import join_wrapped
from sources.pdf.content import Line
from tests.sources.pdf.hand_lines import hand_line

LABEL, VALUE = 51.0, 170.0  # the labels' left edge, the values' left edge


def _text(top: float, x: float, text: str, *, size: float = 10.0, bold: bool = False) -> Line:
    """One text alone on its line, at ``x`` (5 pt a letter)."""
    return hand_line(top, (x, x + 5 * len(text), text), size=size, bold=bold)


def _pair(top: float, label: str, value: str | None = None, *, page: int = 1) -> Line:
    """A « label | value » line (the label alone: an empty value)."""
    words = [(LABEL, LABEL + 5 * len(label), label)]
    if value is not None:
        words.append((VALUE, VALUE + 5 * len(value), value))
    return replace(hand_line(top, *words, size=10.0, bold=False), page=page)


def _card(top: float, name: str, cells: list[tuple[str, str | None]]) -> list[Line]:
    """A bold heading slightly indented (a left border), then its labelled pairs."""
    lines = [_text(top, LABEL + 7, name, bold=True)]
    for i, (label, value) in enumerate(cells):
        lines.append(_pair(top + 15 + 16 * i, label, value))
    return lines


STEPS_HEADING = _text(40, LABEL, "Modalités de mise en oeuvre", size=11.0, bold=True)
NEXT_SHEET = _text(400, LABEL, "FICHE 1.1.2", size=12.0, bold=True)  # ends the steps
FIRST = [
    ("Descriptif", "Les actions à développer"),
    ("Planification", "2019"),
    ("Ressources à mobiliser", "18000 (financé)"),
    ("Porteur", "GACdG"),
    ("Partenaires envisagés", "Chambre du Commerce"),
]


def test_a_heading_over_labelled_pairs_names_the_step() -> None:
    """Under the steps heading, a bold line just above a record of « label | value » lines
    whose labels name a steps table (description and detail columns) is the step's name; a
    wrapped description goes on at the value edge; an empty value keeps its label alone; the
    next heading starts the next step."""
    first = _card(60, "Lancer une phase test", FIRST)
    first.insert(2, _text(87, VALUE, "pour se faire connaître"))  # the description wrapped
    second = _card(
        180,
        "Définir une stratégie",
        [
            ("Descriptif", "Sur la base du potentiel"),
            ("Planification", "2020"),
            ("Ressources à mobiliser", None),
            ("Porteur", "GACdG"),
            ("Partenaires envisagés", None),
        ],
    )
    left, blocks = StackedSteps()([STEPS_HEADING, *first, *second, NEXT_SHEET], 1)
    assert [ln.text for ln in left] == ["Modalités de mise en oeuvre", "FICHE 1.1.2"]
    assert [b.keys for b in blocks] == [
        ["step", "description", "planning", "budget", "owner", "partners"]
    ] * 2
    rows = [r for b in blocks for r in b.rows]
    assert [(r.top, r.cells) for r in rows] == [
        (
            60,
            {
                "step": "Lancer une phase test",
                "description": "Les actions à développer pour se faire connaître",
                "planning": "2019",
                "budget": "18000 (financé)",
                "owner": "GACdG",
                "partners": "Chambre du Commerce",
            },
        ),
        (
            180,
            {
                "step": "Définir une stratégie",
                "description": "Sur la base du potentiel",
                "planning": "2020",
                "budget": "",
                "owner": "GACdG",
                "partners": "",
            },
        ),
    ]


def test_a_heading_wrapped_on_two_lines_is_one_name() -> None:
    """A step name too long for its line wraps on lines of one style at one edge."""
    card = _card(74, "Organiser des rencontres", FIRST)
    above = _text(60, LABEL + 7, "Animer le réseau et", bold=True)
    left, blocks = StackedSteps()([STEPS_HEADING, above, *card, NEXT_SHEET], 1)
    assert [ln.text for ln in left] == ["Modalités de mise en oeuvre", "FICHE 1.1.2"]
    assert blocks[0].rows[0].cells["step"] == "Animer le réseau et Organiser des rencontres"
    assert blocks[0].rows[0].top == 60


def test_headed_step_cut_by_a_page_break_is_completed_on_the_next_page() -> None:
    """A named record reaching the page bottom (its name and description) is kept; its other
    cells at the top of the next page complete it: one step. At the bottom of a page, a
    heading over pairs without the description is no step."""
    stacked = StackedSteps()
    page1 = [STEPS_HEADING, *_card(760, "Lancer une phase test", FIRST[:1])]
    left, blocks = stacked(page1, 1)
    assert [ln.text for ln in left] == ["Modalités de mise en oeuvre"] and blocks == []
    page2 = [_pair(40 + 16 * i, label, value, page=2) for i, (label, value) in enumerate(FIRST)]
    left, blocks = stacked(page2[1:], 2)
    assert left == []
    assert stacked.flush()[0].rows[0].cells == {
        "step": "Lancer une phase test",
        "description": "Les actions à développer",
        "planning": "2019",
        "budget": "18000 (financé)",
        "owner": "GACdG",
        "partners": "Chambre du Commerce",
    }
    governance = [STEPS_HEADING, *_card(760, "Gouvernance", [("Porteur", "GACdG")])]
    stacked = StackedSteps()
    assert stacked(governance, 1) == (governance, []) and stacked.flush() == []


def test_headed_paragraphs_of_a_fiche_are_no_steps() -> None:
    """Ordinary headed paragraphs are left alone: a bold heading over text at the left edge
    (under the steps heading too), and a heading over labelled pairs that name no steps
    table (« Porteur | … », « Partenaires | … » only)."""
    paragraphs = [
        STEPS_HEADING,
        _text(60, LABEL, "Phase 1 : concertation", bold=True),
        _text(75, LABEL, "Des ateliers seront organisés avec les communes."),
        _text(90, LABEL, "Pilotage", bold=True),
        _text(105, LABEL, "Le comité de pilotage se réunit deux fois par an."),
    ]
    assert StackedSteps()(paragraphs, 1) == (paragraphs, [])
    governance = [
        STEPS_HEADING,
        *_card(60, "Gouvernance", [("Porteur", "GACdG"), ("Partenaires", "communes")]),
        NEXT_SHEET,
    ]
    assert StackedSteps()(governance, 1) == (governance, [])


def test_a_heading_names_a_step_only_under_the_steps_heading_and_when_set_apart() -> None:
    """The same heading and record after a field label (« Contexte »: the sheet's fields,
    not its steps) is no step; nor is a record under a plain line (not bold, not larger), nor
    under a line introducing it with a colon."""
    context = _text(40, LABEL, "Contexte", bold=True)
    fields = [context, *_card(60, "Lancer une phase test", FIRST), NEXT_SHEET]
    assert StackedSteps()(fields, 1) == (fields, [])
    plain = [
        STEPS_HEADING,
        _text(60, LABEL + 7, "Lancer une phase test"),
        *_card(60, "x", FIRST)[1:],
        NEXT_SHEET,
    ]
    assert StackedSteps()(plain, 1) == (plain, [])
    intro = [STEPS_HEADING, *_card(60, "Les étapes sont les suivantes :", FIRST), NEXT_SHEET]
    assert StackedSteps()(intro, 1) == (intro, [])
    # a record with its own « Etape » label is read as before, whatever the line above
    labelled = [STEPS_HEADING, _text(60, LABEL, "Première phase", bold=True)]
    labelled += [_pair(75, "Etape", "Lancer une phase test")]
    labelled += [_pair(91 + 16 * i, label, value) for i, (label, value) in enumerate(FIRST)]
    left, blocks = StackedSteps()([*labelled, NEXT_SHEET], 1)
    assert [ln.text for ln in left] == [
        "Modalités de mise en oeuvre",
        "Première phase",
        "FICHE 1.1.2",
    ]
    assert blocks[0].rows[0].cells["step"] == "Lancer une phase test"


def test_a_number_range_cut_at_its_hyphen_is_rejoined() -> None:
    """« 2020- » / « 2021 » (a range of years broken after its hyphen in a narrow column)
    is « 2020-2021 »; a hyphen set off by spaces keeps them; a word cut at its hyphen is
    rejoined as before; a hyphen before a word after a number keeps its space."""
    assert join_wrapped(["2020-", "2021"]) == "2020-2021"
    assert join_wrapped(["2019 -", "2020"]) == "2019 - 2020"
    assert join_wrapped(["éco-", "responsables"]) == "éco-responsables"
    assert join_wrapped(["2020-", "suite"]) == "2020- suite"
