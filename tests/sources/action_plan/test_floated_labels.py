"""Values beside RUN-IN FLOATED LABELS (``dt { float: left; clear: left }``, each ``dd`` a
block with a bottom margin): a label taller than its value pushes the next label under it, the
next value standing above its label; an empty value lets the next one rise level with the
empty one's label (:mod:`sources.action_plan.floated_labels`); a value's line its author ended
(a list's next item) wrapped back under the bold labels goes on the value
(``sources.action_plan.parser._under_label``). The geometry is ``plan_html_accroche``'s page 1
as Chromium prints it (line pitch 10.42 pt, values 14.14 pt apart)."""

from __future__ import annotations

import pytest

from sources.action_plan import parse_action_plan
from sources.action_plan.floated_labels import floated_owners
from sources.pdf.engine import ENGINE_ENV, ENGINES
from sources.records import ActionRecord
from tests.sources.pdf.hand_pages import HandPages

PITCH = 10.42


def _lines(top: float, count: int, page: int = 1) -> list[tuple[int, float]]:
    return [(page, round(top + PITCH * k, 2)) for k in range(count)]


def test_a_value_above_its_pushed_label_and_one_level_with_an_empty_value_label() -> None:
    """Contexte (seven lines), « Objectifs et résultats attendus » (two label lines, a one-line
    value), Indicateurs and Publics cibles pushed under the label before (their values above
    them), « Prise en compte de l'EES » empty, « Liens avec les objectifs réglementaires »
    pushed under it, its value level with the empty one's label."""
    labels = [
        ((1, 409.32), (1, 409.32)),  # Contexte
        ((1, 485.98), (1, 496.4)),  # Objectifs et / résultats attendus
        ((1, 506.82), (1, 506.82)),  # Indicateurs
        ((1, 517.24), (1, 517.24)),  # Publics cibles
        ((1, 528.4), (1, 538.82)),  # Prise en compte de / l'EES
        ((1, 549.24), (1, 570.08)),  # Liens avec les / objectifs / réglementaires
    ]
    lines = [*_lines(409.32, 7), (1, 485.98), (1, 500.12), (1, 514.26), *_lines(528.4, 2)]
    assert floated_owners(labels, lines, 8.93) == [0] * 7 + [1, 2, 3, 5, 5]


def test_a_value_cut_by_the_page_break_goes_to_the_label_pushed_onto_the_next_page() -> None:
    """« l'EES » the page's last line, the links beside it going on at the next page's top
    level with their own label, pushed there: the links are all the pushed label's."""
    labels = [
        ((2, 713.73), (2, 724.15)),  # Objectifs et / résultats attendus
        ((2, 734.57), (2, 734.57)),  # Indicateurs
        ((2, 752.43), (2, 752.43)),  # Publics cibles
        ((2, 766.57), (2, 776.99)),  # Prise en compte de / l'EES
        ((3, 43.89), (3, 64.73)),  # Liens avec les / objectifs / réglementaires
    ]
    lines = [(2, 713.73), *_lines(727.87, 2, 2), (2, 752.43), *_lines(766.57, 2, 2)]
    lines += _lines(43.89, 3, 3)
    assert floated_owners(labels, lines, 8.93) == [0, 1, 1, 2, 4, 4, 4, 4, 4]


def test_labels_level_with_their_values_keep_reading_order() -> None:
    """A grid whose every label stands level with its value's first line, each row a
    paragraph step under the value before (table rows, tab-stop fields): no change."""
    labels = [
        ((1, 100.0), (1, 110.42)),
        ((1, 134.56), (1, 134.56)),
        ((1, 148.7), (1, 148.7)),
    ]
    lines = [*_lines(100.0, 3), (1, 134.56), (1, 148.7)]
    assert floated_owners(labels, lines, 8.93) is None


def test_values_apart_by_an_empty_line_are_no_floats() -> None:
    """Values set apart by an empty line (a step of two lines): no block margin, no floats."""
    labels = [((1, 100.0), (1, 110.42)), ((1, 120.84), (1, 120.84))]
    lines = [(1, 100.0), (1, 120.84)]
    assert floated_owners(labels, lines, 8.93) is None


def test_one_line_labels_over_values_no_margin_parts_keep_reading_order() -> None:
    """One-line labels beside their values, two values with no margin between them (the first
    one line, the next label one pitch under): an empty value is no evidence of floats alone —
    no label taller than a line pushed the next one down —, so reading order stands (a
    synthetic fiche's « Contexte » kept, tests/sources/pdf/test_footnote_calls.py)."""
    labels = [((1, 105.0), (1, 105.0)), ((1, 125.0), (1, 125.0)), ((1, 170.0), (1, 170.0))]
    lines = [(1, 105.0), (1, 125.0), (1, 145.0), (1, 170.0)]
    assert floated_owners(labels, lines, 9.0) is None


LEFT, VALUE, STEP = 57.0, 150.0, PITCH + 3.72  # a value's lines a pitch apart, values a step


def _plan() -> bytes:
    """Fiche 1.1.1's fields as a browser floats them (module docstring), drawn by hand."""
    pages = HandPages()
    pages.text(LEFT, 60.0, "Axe 1 : Un territoire sobre", bold=True, size=14.0)
    pages.text(LEFT, 85.0, "FICHE 1.1.1", bold=True, size=12.0)
    pages.text(LEFT, 104.0, "Objectif opérationnel : Expérimenter", bold=True, size=12.0)
    text = pages.text

    def label(top: float, *parts: str) -> float:
        for n, part in enumerate(parts):
            text(LEFT, top + PITCH * n, part, bold=True)
        return top + PITCH * len(parts)  # under its last line: where the next label may go

    top = 130.0
    label(top, "Contexte")
    text(VALUE, top, "L'agglomération mène une opération test d'économie circulaire sur son")
    text(
        LEFT, top + PITCH, "territoire avec vingt entreprises volontaires, auditées par la chambre"
    )
    text(LEFT, top + 2 * PITCH, "- premier atelier,")  # the author's line breaks, a list's items
    text(LEFT, top + 3 * PITCH, "- second atelier.")
    flow = top + 3 * PITCH + STEP
    free = label(flow, "Objectifs et", "résultats attendus")
    text(VALUE, flow, "Des démarches sont menées d'ici 2030.")
    flow += STEP  # the next value above its label, pushed under the label before
    free = label(max(flow, free), "Indicateurs")
    text(VALUE, flow, "Nombre d'entreprises engagées")
    flow += STEP
    free = label(max(flow, free), "Publics cibles")
    text(VALUE, flow, "Entreprises, Associations")
    flow += STEP
    free = label(max(flow, free), "Prise en compte de", "l'EES")  # an empty value
    label(max(flow, free), "Liens avec les", "objectifs", "réglementaires")
    for n, link in enumerate(("Réduction des émissions de GES", "Séquestration carbone")):
        text(VALUE, flow + PITCH * n, link)
    pages.c.showPage()  # the steps on the next page: no rule on the fields' page
    text(LEFT, 60.0, "Modalités de mise en oeuvre", bold=True)
    rows = [("Lancer une phase", "Auditer vingt entreprises.", "2019", "18000", "GACdG", "CCI")]
    pages.next_fiche(pages.steps_table(80.0, rows))
    pages.c.showPage()
    return pages.save()


def test_the_drawing_stands_as_a_browser_floats_it() -> None:
    """The case drawn: Indicateurs under « résultats attendus », its value above it; the
    links level with « Prise en compte de », their label under « l'EES »."""
    from sources.pdf.engine import iter_plumber_pages

    page = next(iter_plumber_pages(_plan()))
    try:
        words = {w["text"]: w for w in page.extract_words()}
        assert words["Indicateurs"]["top"] > words["Nombre"]["top"] + 6
        assert words["Réduction"]["top"] == pytest.approx(words["Prise"]["top"])
        assert words["Liens"]["top"] == pytest.approx(words["l'EES"]["top"] + PITCH)
    finally:
        page.close()


def _action(engine: str, monkeypatch: pytest.MonkeyPatch) -> ActionRecord:
    monkeypatch.setenv(ENGINE_ENV, engine)
    doc = parse_action_plan(_plan(), "plans/accroche.pdf", "a" * 64)
    (action,) = [a for a in doc.actions if a.action_code == "1.1.1"]
    return action


@pytest.mark.parametrize("engine", ENGINES)
def test_values_go_to_their_floated_labels(engine: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each value its own label's: the indicator above its label, the links beside the
    empty value's label (reading order gave them to the labels they stand beside)."""
    action = _action(engine, monkeypatch)
    assert action.expected_results == "Des démarches sont menées d'ici 2030."
    assert action.indicators == ["Nombre d'entreprises engagées"]
    assert action.target_audiences == ["Entreprises", "Associations"]
    assert action.regulatory_links == ["Réduction des émissions de GES", "Séquestration carbone"]


@pytest.mark.parametrize("engine", ENGINES)
def test_lines_ended_by_the_author_under_bold_labels_go_on(
    engine: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A list's items wrapped back under the bold labels, each a short line under a line its
    author ended: the context's, no labels."""
    action = _action(engine, monkeypatch)
    assert action.context == (
        "L'agglomération mène une opération test d'économie circulaire sur son territoire "
        "avec vingt entreprises volontaires, auditées par la chambre\n- premier atelier,\n"
        "- second atelier."
    )
