"""Fields TYPED WITH TABS in one cell (« label TAB value », ``white-space: pre-wrap``): each
value starts at the next tab stop past its label, its wrapped lines go back to the cell's left
edge, under the labels — the last of them maybe a few words only (sources.action_plan.parser
``_under_label``). Drawn with reportlab, the values wrapped as a browser
wraps them (a word goes to the next line when it does not fit); negative case: a line the
author ended short, a label under it."""

from __future__ import annotations

import pytest

from sources.action_plan import parse_action_plan
from sources.pdf.engine import ENGINE_ENV, ENGINES
from tests.sources.pdf.hand_pages import HandPages

LEFT, RIGHT, SIZE = 57.0, 538.0, 9.0
STOP = 110.0  # pt: the tab stops' spacing
CONTEXT = (
    "L'agglomération mène une opération test d'économie circulaire sur le territoire avec "
    "vingt entreprises volontaires, auditées par la chambre de commerce et d'industrie afin "
    "de connaître leurs ressources disponibles."
)
MORE = "Des ateliers sont menés avec les entreprises participantes."
RESULTS = "Des démarches d'optimisations énergétiques sont menées partout d'ici 2030."


def _wrap(pages: HandPages, text: str, x: float, top: float) -> float:
    """``text`` from ``x`` at ``top``, wrapped at ``RIGHT`` back to ``LEFT``; the next
    line's top."""
    words = text.split()
    while words:
        line = words.pop(0)
        while words:
            wider = f"{line} {words[0]}"
            if x + pages.c.stringWidth(wider, "Helvetica", SIZE) > RIGHT:
                break
            line = wider
            words.pop(0)
        pages.text(x, top, line, size=SIZE)
        x, top = LEFT, top + 10.5
    return top


def _field(pages: HandPages, top: float, label: str, value: str | None) -> float:
    end = pages.text(LEFT, top, label, bold=True, size=SIZE)
    if value is None:
        return top + 10.5
    stop = LEFT + STOP * (1 + int((end - LEFT) // STOP))  # the next tab stop past the label
    return _wrap(pages, value, stop, top)


def _plan() -> bytes:
    pages = HandPages()
    pages.text(LEFT, 60.0, "Axe 1 : Un territoire sobre", bold=True, size=14.0)
    pages.text(LEFT, 85.0, "FICHE 1.1.1", bold=True, size=12.0)
    pages.text(LEFT, 104.0, "Objectif opérationnel : Expérimenter", bold=True, size=12.0)
    top = _field(pages, 130.0, "Contexte", CONTEXT)
    top = _wrap(pages, MORE, LEFT + STOP, top)  # a later paragraph: « TAB paragraph »
    top = _field(pages, top, "Objectifs et résultats attendus", RESULTS)
    top = _field(pages, top, "Indicateurs", "Nombre d'entreprises engagées")
    top = _field(pages, top, "Publics cibles", "Entreprises, Associations")
    top = _field(pages, top, "Prise en compte de l'EES", None)
    pages.text(LEFT, top + 12.0, "Modalités de mise en oeuvre", bold=True)
    rows = [("Lancer une phase", "Auditer vingt entreprises.", "2019", "18000", "GACdG", "CCI")]
    pages.next_fiche(pages.steps_table(top + 30.0, rows))
    pages.c.showPage()
    return pages.save()


def test_the_drawing_has_short_last_lines_under_the_labels() -> None:
    """The case drawn: each value's last line a few words at the labels' edge."""
    from sources.pdf.engine import iter_plumber_pages

    page = next(iter_plumber_pages(_plan()))
    try:
        words = {w["text"]: w for w in page.extract_words()}
        short = LEFT + STOP + 4 * SIZE  # a last line ending short of four ems into the values
        assert words["disponibles."]["x0"] == LEFT and words["disponibles."]["x1"] < short
        assert words["partout"]["x0"] == LEFT and words["2030."]["x1"] < short
        assert round(words["Des"]["x0"]) == LEFT + 2 * STOP  # past the long label
    finally:
        page.close()


@pytest.mark.parametrize("engine", ENGINES)
def test_a_values_short_last_line_under_the_labels_goes_on_it(
    engine: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The words wrapped to the cell's left edge after a full line are the value's (its last
    line, however short); a label after a line its author ended short stays a label."""
    monkeypatch.setenv(ENGINE_ENV, engine)
    doc = parse_action_plan(_plan(), "plans/butoir.pdf", "a" * 64)
    (action,) = [a for a in doc.actions if a.action_code == "1.1.1"]
    assert action.context == f"{CONTEXT}\n{MORE}"
    assert action.expected_results == RESULTS
    assert action.indicators == ["Nombre d'entreprises engagées"]
    assert action.target_audiences == ["Entreprises", "Associations"]
