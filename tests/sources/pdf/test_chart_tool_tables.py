"""A table put on a page by an online chart tool's embed (Datawrapper and the like): its title
right above the header, a rule under each row and no column rule, a source line under the
last rule (sources.pdf.geometry_tables._header_cells, _source_note), on hand-drawn pages."""

from __future__ import annotations

import pytest

from sources.action_plan import parse_action_plan
from sources.pdf.engine import ENGINE_ENV, ENGINES
from tests.sources.pdf.hand_pages import HEIGHT, HandPages

# the chart tool sizes its columns by their contents: « Descriptif » starts at 136 pt, under
# the title's end
STARTS = (43.0, 136.0, 295.0, 360.0, 427.0, 478.0)
RIGHT = 552.0
ROWS = [
    ("Identifier les besoins", "Vérifier la viabilité.", "2020", "interne", "GACdG", "CRESS"),
    ("Soutenir des projets", "Accompagner les porteurs.", "2021", "5000", "opérateur", "CCI"),
]


def _plan(
    *, source: str = "Source : Grand Auch, programme d'actions · Créé avec Datawrapper"
) -> bytes:
    pages = HandPages()
    pages.fiche_head(43.0)
    c = pages.c
    pages.text(43.0, 150.0, "Étapes de l'action 1.1.1", bold=True, size=11.0)  # to x ≈ 166
    header = ("Etape", "Descriptif", "Planification", "Ressources", "Porteur", "Partenaires")
    for x, label in zip(STARTS, header, strict=True):
        pages.text(x, 170.0, label, bold=True, size=9.0)
    c.setLineWidth(1.5)
    c.line(STARTS[0], HEIGHT - 183.0, RIGHT, HEIGHT - 183.0)
    c.setLineWidth(0.75)
    c.setStrokeColorRGB(0.9, 0.9, 0.9)
    y = 183.0
    for row in ROWS:
        for x, cell in zip(STARTS, row, strict=True):
            pages.text(x, y + 5.0, cell, size=9.0)
        y += 20.0
        c.line(STARTS[0], HEIGHT - y, RIGHT, HEIGHT - y)
    c.setStrokeColorRGB(0, 0, 0)
    if source:
        c.setFillColorRGB(0.54, 0.54, 0.54)
        pages.text(43.0, y + 6.0, source, size=8.0)
        c.setFillColorRGB(0, 0, 0)
    pages.next_fiche(y + 20.0)
    c.showPage()
    return pages.save()


@pytest.mark.parametrize("engine", ENGINES)
def test_the_title_is_no_header_and_the_source_line_no_row(
    engine: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The title « Étapes de l'action 1.1.1 » starts like the « Etape » label and runs over
    « Descriptif »: it is no header cell (the step's and description's columns stay apart).
    The grey « Source : … » line under the last rule is no third step."""
    monkeypatch.setenv(ENGINE_ENV, engine)
    doc = parse_action_plan(_plan(), "plans/incruste.pdf", "a" * 64)
    got = [(s.step, s.description, s.planning_label, s.budget_label, s.owner) for s in doc.steps]
    assert got == [r[:5] for r in ROWS]
    assert [s.partners for s in doc.steps] == [["CRESS"], ["CCI"]]


def test_a_last_row_opening_with_a_word_like_source_is_kept() -> None:
    """Only « Source(s) : » opens a note: a line « Sourcer les fournisseurs » under the last
    rule stays what it was before, a last borderless row (a step)."""
    doc = parse_action_plan(
        _plan(source="Sourcer les fournisseurs"), "plans/incruste.pdf", "a" * 64
    )
    assert [s.step for s in doc.steps][-1] == "Sourcer les fournisseurs"
