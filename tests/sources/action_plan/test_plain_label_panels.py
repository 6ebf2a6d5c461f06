"""A borderless label/value panel whose labels are set in the values' own face (NOT bold) and
whose two columns are as wide as each other: read row by row, not as two text columns
(sources.pdf.flow ``_label_rows`` with ``is_label``: the plan's field vocabulary names every
left line). Real producers (:mod:`tests.generators.plain_label_plans`: Chromium CSS grid,
Writer borderless table) and hand-placed lines; negative cases: two text columns of prose whose
lines open on field words (« Indicateurs de suivi… », « Contexte historique… ») are still read
column by column, and so is a left column holding one line that is no whole label."""

from __future__ import annotations

import pytest

from sources.action_plan import parse_action_plan
from sources.action_plan.line_kinds import _is_stop
from sources.pdf.content import Line, Segment
from sources.pdf.flow import _label_rows, two_column_order
from tests.generators import plain_label_plans as plans

OBJECTIVE = "Réduire de 40 % les consommations d'ici 2030."


def _doc(layout: str):
    return parse_action_plan(plans.fixture(layout), f"plans/{layout}.pdf", "0" * 64)


@pytest.mark.parametrize("layout", ["plain_panel_html", "plain_panel_docx"])
def test_plain_labels_beside_values_as_wide_as_them(layout: str) -> None:
    doc = _doc(layout)
    assert [a.action_code for a in doc.actions] == ["2.1.1", "2.1.2"]
    first, second = doc.actions
    assert first.context == plans.PLAIN_CONTEXT
    for action in (first, second):
        assert action.expected_results == OBJECTIVE
        assert action.indicators == plans.PLAIN_INDICATORS
        assert action.target_audiences == ["Communes et intercommunalité"]
        assert action.regulatory_links == ["Réduction des consommations d'énergie"]
    assert second.context is None
    assert [(s.step, s.planning_label, s.budget_label) for s in doc.steps[:3]] == [
        ("Étape 1 : Inventorier le patrimoine", "2021", "1500"),
        ("Étape 2 : Auditer les écoles", "2022", "2500"),
        ("Étape 3 : Prioriser les travaux", "2023-2025", "3500"),
    ]


def test_prose_columns_opening_on_field_words_stay_columns() -> None:
    """Chromium: the context in two CSS text columns whose paragraphs open on « Contexte… »,
    « Indicateurs de suivi… », « Publics cibles… »: read left column first, every word kept,
    no field taken from them."""
    action = _doc("prose_columns_html").actions[0]
    assert action.context is not None
    assert action.context.split() == " ".join(plans.PROSE).split()
    assert action.indicators == ["Nombre de bâtiments audités"]
    assert action.target_audiences == ["Communes et intercommunalité"]


def _line(top: float, x0: float, text: str, bold: bool = False) -> Line:
    x1 = x0 + 5.0 * len(text)
    return Line(1, top, top + 8.0, x0, x1, 8.0, bold, [Segment(x0, x1, text, bold, [])])


def _panel(labels: list[str], rights: int = 8) -> tuple[list[Line], list[Line]]:
    """Left lines at x 40 every 24 pt, right lines at x 300 every 12 pt."""
    lefts = [_line(100.0 + 24 * n, 40.0, text) for n, text in enumerate(labels)]
    values = [_line(100.0 + 12 * n, 300.0, f"Valeur numéro {n} du champ") for n in range(rights)]
    return lefts, values


def test_plain_labels_named_by_the_vocabulary_are_rows() -> None:
    lefts, rights = _panel(["Contexte", "Indicateurs", "Publics cibles", "Partenaires"])
    assert _label_rows(lefts, rights, _is_stop)
    assert not _label_rows(lefts, rights)  # no vocabulary: plain lines are text


def test_a_label_wrapped_on_two_lines_counts() -> None:
    lefts, rights = _panel(["Contexte", "Indicateurs"])
    wrapped = [_line(148.0, 40.0, "Objectifs et résultats"), _line(159.0, 40.0, "attendus")]
    assert _label_rows([*lefts, *wrapped], rights, _is_stop)


@pytest.mark.parametrize(
    "left",
    [
        # prose lines opening on field words
        [
            "Indicateurs de suivi publiés chaque année par le",
            "Contexte historique du territoire engagé dès",
            "Publics cibles des campagnes passées et des",
            "Partenaires historiques de la démarche et",
        ],
        # « Label : value » sentences are text, not labels
        ["Contexte : un territoire rural", "Indicateurs : voir le bilan"],
        # one line that is no label among labels
        ["Contexte", "Indicateurs", "Le syndicat publie un bilan", "Partenaires"],
    ],
)
def test_text_columns_opening_on_field_words_are_no_rows(left: list[str]) -> None:
    lefts, rights = _panel(left)
    assert not _label_rows(lefts, rights, _is_stop)


def test_prose_columns_read_column_by_column_with_the_vocabulary() -> None:
    """Two columns of eight plain lines each, the left ones opening on field words."""
    words = ["Contexte", "Indicateurs", "Publics", "Partenaires", "Calendrier", "Budget"]
    lines = []
    for n in range(8):
        left_text = f"{words[n % 6]} de la ligne gauche numéro {n}"
        left = Segment(40.0, 270.0, left_text, False, [])
        right = Segment(300.0, 530.0, f"suite de la ligne droite numéro {n}", False, [])
        lines.append(
            Line(1, 100.0 + 12 * n, 108.0 + 12 * n, 40.0, 530.0, 8.0, False, [left, right])
        )
    order = [ln.text for ln in two_column_order(lines, [], 595.0, _is_stop)]
    assert order[:2] == [
        "Contexte de la ligne gauche numéro 0",
        "Indicateurs de la ligne gauche numéro 1",
    ]
    assert order[8] == "suite de la ligne droite numéro 0"
