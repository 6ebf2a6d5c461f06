"""Steps printed as a vertical TIMELINE (sources.action_plan.step_list): no table, no
« Etape », « Descriptif » nor « Planification » label; each step's period alone in a left
column, beside its bold name, then its description, then one line of « Label : valeur »
pairs. Lines are built by hand; each rule has a case that must NOT be read so."""

from __future__ import annotations

from sources.action_plan.step_list import ListedSteps, reads_as_period
from sources.pdf.content import Line
from tests.sources.pdf.hand_lines import hand_line

RIGHT, TEXT = 120.0, 129.0  # the period column's right edge, the items' text edge
PAIRS = "Ressources à mobiliser : 18000 · Porteur : GACdG · Partenaires envisagés : CCI"


def _step(top: float, period: str, name: str) -> Line:
    width = 4.5 * len(period)  # right-aligned in its column
    return hand_line(top, (RIGHT - width, RIGHT, period), (TEXT, 400.0, name), size=9.5)


def _read(lines: list[Line]) -> tuple[list[Line], list]:
    """Lines left and steps tables, the list kept open at the page's end read too."""
    listed = ListedSteps()
    left, blocks = listed(lines, 1)
    more, more_blocks = listed.flush()
    return left + more, blocks + more_blocks


def _text(top: float, text: str, size: float = 8.5, x: float = TEXT) -> Line:
    return hand_line(top, (x, x + 300.0, text), size=size, bold=False)


HEADING = hand_line(40.0, (45.0, 200.0, "Modalités de mise en oeuvre"), size=10.0)


def test_a_period_is_years_months_and_connecting_words() -> None:
    """Years (2000–2060), months, quarters, « et + », ranges: a period; a figure, a name, a
    sentence, a year out of range, a long text: none."""
    for text in ("2019", "2020 et +", "2019 - 2020", "2020-2021", "mars 2021", "T2 2024"):
        assert reads_as_period(text), text
    assert reads_as_period("à partir de 2023")
    for text in ("5 000", "18", "GACdG", "interne", "1990", "2019 : lancement du projet"):
        assert not reads_as_period(text), text
    assert not reads_as_period("")
    assert not reads_as_period("2019 2020 2021 2022 2023 2024 2025 2026")


def test_a_timeline_is_read_as_steps_with_the_period_as_planning() -> None:
    """Under the steps heading: the period beside the bold name is the planning, the
    paragraph under the name the description, the pairs line (wrapped) the other cells; a
    pair left out stays empty; the fiche heading after ends the list."""
    lines = [
        HEADING,
        _step(60.0, "2019", "Lancer une phase test"),
        _text(73.0, "Les actions à développer sont les suivantes :"),
        _text(85.0, "1) Organiser des rencontres"),
        _text(97.0, PAIRS, size=8.0),
        _step(120.0, "2020 et +", "Créer un réseau"),
        _text(133.0, "Les participations variables."),
        _text(145.0, "Ressources à mobiliser : 10000 · Porteur : GACdG · Partenaires", size=8.0),
        _text(154.0, "envisagés : chambres consulaires", size=8.0),
        _step(175.0, "2021", "Accompagner la création"),
        _text(188.0, "Porteur : opérateur", size=8.0),
        hand_line(210.0, (45.0, 150.0, "FICHE 1.1.4"), size=12.5),
    ]
    left, blocks = _read(lines)
    assert [ln.text for ln in left] == ["Modalités de mise en oeuvre", "FICHE 1.1.4"]
    assert len(blocks) == 1
    assert [r.cells for r in blocks[0].rows] == [
        {
            "step": "Lancer une phase test",
            "description": "Les actions à développer sont les suivantes :\n"
            "1) Organiser des rencontres",
            "planning": "2019",
            "budget": "18000",
            "owner": "GACdG",
            "partners": "CCI",
        },
        {
            "step": "Créer un réseau",
            "description": "Les participations variables.",
            "planning": "2020 et +",
            "budget": "10000",
            "owner": "GACdG",
            "partners": "chambres consulaires",
        },
        {
            "step": "Accompagner la création",
            "description": "",
            "planning": "2021",
            "owner": "opérateur",
        },
    ]


def test_a_period_wrapped_in_its_column_is_read_whole() -> None:
    """« 2019 » then « - 2020 » under it in the period column, beside the first description
    line: one period « 2019 - 2020 », the line's rest the description; the next period
    further down starts the next step."""
    lines = [
        HEADING,
        _step(60.0, "2019", "Lancer un cycle de formation"),
        hand_line(72.0, (93.0, RIGHT, "- 2020"), (TEXT, 400.0, "Former les communes"), bold=False),
        _text(84.0, PAIRS, size=8.0),
        _step(105.0, "2022", "Elaborer un PLUiHD"),
        _text(117.0, "Porteur : GACdG · Partenaires envisagés : AUaT", size=8.0),
    ]
    left, blocks = _read(lines)
    assert [r.cells["planning"] for r in blocks[0].rows] == ["2019 - 2020", "2022"]
    assert [r.cells["description"] for r in blocks[0].rows] == ["Former les communes", ""]
    assert [r.cells["step"] for r in blocks[0].rows] == [
        "Lancer un cycle de formation",
        "Elaborer un PLUiHD",
    ]


def test_a_left_value_that_is_no_period_starts_no_step() -> None:
    """A figure or a word alone left of a text (« 18 », « GACdG »): no timeline; the lines
    are given back."""
    lines = [
        HEADING,
        _step(60.0, "18", "Lancer une phase test"),
        _text(73.0, PAIRS, size=8.0),
        _step(95.0, "GACdG", "Définir une stratégie"),
        _text(108.0, PAIRS, size=8.0),
    ]
    left, blocks = _read(lines)
    assert blocks == [] and left == lines


def test_records_without_detail_pairs_are_no_steps() -> None:
    """Periods beside texts with no « Label : valeur » line naming detail columns (a dated
    history, a list of events): given back as text. Nor is a timeline outside the steps
    heading read."""
    history = [
        HEADING,
        _step(60.0, "2019", "Création du service"),
        _text(73.0, "Premier recrutement."),
        _step(95.0, "2020", "Ouverture au public"),
        _text(108.0, "Remarque : à confirmer", size=8.0),
    ]
    left, blocks = _read(history)
    assert blocks == [] and left == history
    outside = [_step(60.0, "2019", "Lancer une phase test"), _text(73.0, PAIRS, size=8.0)]
    assert _read(outside) == (outside, [])
