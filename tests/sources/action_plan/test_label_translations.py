"""A LABEL'S TRANSLATION set under it in SMALLER TYPE (a bilingual theme printing every
template label then its Occitan on a line of its own, « Indicateurs » / « Indicators », 7.6 pt
under 8.9 pt labels and values) is the label's, never its value's last line: a value's line
wrapped back under bold labels is set in the value's type (``sources.action_plan.parser
._under_label``, ``_SAME_TYPE``). The geometry is ``plan_html_bilingue``'s page 1 as Chromium
prints it (labels at 42.8 pt, values at 159.7 pt, the translation 10 pt under its label)."""

from __future__ import annotations

import pytest

from sources.action_plan import parse_action_plan
from sources.pdf.engine import ENGINE_ENV, ENGINES
from sources.records import ActionRecord
from tests.sources.pdf.hand_pages import HEIGHT, HandPages

LEFT, VALUE, RIGHT, SIZE, SMALL = 42.8, 159.7, 553.3, 8.93, 7.59
PITCH, SUBTITLE = 10.42, 10.0  # a value's line pitch; a label's translation under its top


CONTEXT = (
    "L'agglomération mène une opération test d'économie circulaire sur son territoire : un panel",
    "d'entreprises représentatives de l'activité économique locale (secteur, nombre d'employés,",
    "lieu d'implantation) sont auditées par les chambres consulaires du département, afin de",
    "connaître leurs ressources disponibles et leurs besoins, des ateliers étant organisés.",
)
AIM = "Des démarches d'optimisations énergétiques sont menées par les entreprises d'ici 2030."
INDICATOR = "Nombre d'entreprises engagées dans des démarches d'économie circulaire"


def _plan() -> bytes:
    """Fiche 1.1.1's fields in a two-column table ruled between its rows, each label's
    translation under it."""
    pages = HandPages()
    text = pages.text
    text(LEFT, 60.0, "Axe 1 : Un territoire sobre", bold=True, size=14.0)
    text(LEFT, 85.0, "FICHE 1.1.1", bold=True, size=11.4)
    text(LEFT, 104.0, "Objectif opérationnel : Expérimenter", bold=True, size=11.4)

    def field(top: float, label: str, translation: str, *values: str) -> float:
        parts = label.split("/")  # the label's lines
        for n, part in enumerate(parts):
            text(LEFT, top + PITCH * n, part, bold=True, size=SIZE)
        under = top + PITCH * (len(parts) - 1) + SUBTITLE
        text(LEFT, under, translation, size=SMALL)
        for n, value in enumerate(values):
            text(VALUE, top + PITCH * n, value, size=SIZE)
        rule = max(under + SMALL, top + PITCH * len(values)) + 3.0  # the row's bottom border
        pages.c.setStrokeGray(0.87)
        pages.c.setLineWidth(0.75)
        pages.c.line(LEFT, HEIGHT - rule, RIGHT, HEIGHT - rule)
        return rule + 4.0  # the next row

    top = field(130.0, "Contexte", "Contèxte", *CONTEXT)
    top = field(top, "Objectifs et résultats/attendus", "Objectius e resultats esperats", AIM)
    top = field(top, "Indicateurs", "Indicators", INDICATOR)
    field(top, "Publics cibles", "Publics visats", "Entreprises, Associations, Collectivités")
    pages.c.showPage()  # the steps on the next page
    text(LEFT, 60.0, "Modalités de mise en oeuvre", bold=True)
    rows = [("Lancer une phase", "Auditer vingt entreprises.", "2019", "18000", "GACdG", "CCI")]
    pages.next_fiche(pages.steps_table(80.0, rows))
    pages.c.showPage()
    return pages.save()


def test_the_drawing_stands_as_the_theme_prints_it() -> None:
    """The translation stands under its label at the labels' edge, smaller, the value's one
    line over it in the next column."""
    from sources.pdf.engine import iter_plumber_pages

    page = next(iter_plumber_pages(_plan()))
    try:
        words = {w["text"]: w for w in page.extract_words(extra_attrs=["size"])}
        assert words["Indicators"]["x0"] == pytest.approx(words["Indicateurs"]["x0"])
        assert words["Indicators"]["top"] > words["Nombre"]["bottom"]
        assert words["Indicators"]["size"] < 0.9 * words["Nombre"]["size"]
    finally:
        page.close()


def _action(engine: str, monkeypatch: pytest.MonkeyPatch) -> ActionRecord:
    monkeypatch.setenv(ENGINE_ENV, engine)
    doc = parse_action_plan(_plan(), "plans/bilingue.pdf", "b" * 64)
    (action,) = [a for a in doc.actions if a.action_code == "1.1.1"]
    return action


@pytest.mark.parametrize("engine", ENGINES)
def test_a_labels_smaller_translation_is_no_value_line(
    engine: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each one-line value alone, its label's translation under it left out."""
    action = _action(engine, monkeypatch)
    assert action.context is not None
    assert " ".join(action.context.split()) == " ".join(CONTEXT)  # (its lines as printed)
    assert action.expected_results == AIM
    assert action.indicators == [INDICATOR]
    assert action.target_audiences == ["Entreprises", "Associations", "Collectivités"]
