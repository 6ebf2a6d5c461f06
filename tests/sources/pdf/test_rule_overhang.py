"""Cell text pasted with a negative left indent, every line starting a few points left of
its cell's rule (sources.pdf.rule_overhang): each line's first word read whole in its own
cell; a single word run across a rule, and text ending before a rule, left alone."""

from __future__ import annotations

import pytest

from sources.action_plan import parse_action_plan
from sources.pdf.cells import without_leaders
from sources.pdf.engine import ENGINE_ENV, ENGINES, iter_plumber_pages
from tests.sources.pdf.hand_pages import BOUNDS, HEADER, HEIGHT, HandPages

ROWS = [
    ("Lancer une phase", "Les actions sont", "2019", "18000", "GACdG", "CCI"),
    ("Définir une stratégie", "Choisir le format", "2020", "interne", "GACdG", "ADEME"),
]
INDENT = 3.0  # pt left of each cell's rule


def _plan(indent: float | list[float] = INDENT, rows: list[tuple[str, ...]] = ROWS) -> bytes:
    """Fiche 1.1.1: a ruled steps table whose body lines start ``indent`` left of their
    cell's left rule (the header's labels inside their cells), then fiche 1.1.2."""
    pages = HandPages()
    pages.fiche_head()
    c = pages.c
    top = 150.0
    tops = [top, top + 16.0] + [top + 16.0 + 18.0 * (k + 1) for k in range(len(rows))]
    for y in tops:
        c.line(BOUNDS[0], HEIGHT - y, BOUNDS[-1], HEIGHT - y)
    for x in BOUNDS:
        c.line(x, HEIGHT - tops[0], x, HEIGHT - tops[-1])
    for x, label in zip(BOUNDS, HEADER, strict=False):
        pages.text(x + 3.0, top + 4.0, label, bold=True)
    offsets = iter(indent if isinstance(indent, list) else [])
    for row, y in zip(rows, tops[1:], strict=False):
        for x, cell in zip(BOUNDS, row, strict=False):
            shift = next(offsets, 0.0) if isinstance(indent, list) else indent
            pages.text(x - shift, y + 4.0, cell, size=8.0)
    pages.next_fiche(tops[-1])
    c.showPage()
    return pages.save()


def _words(data: bytes) -> set[str]:
    page = next(iter_plumber_pages(data, max_pages=1))
    try:
        return {w["text"] for w in page.extract_words(x_tolerance=2)}
    finally:
        page.close()


def test_line_starts_left_of_their_rule_are_tucked_in() -> None:
    words = _words(_plan())
    assert {"Lancer", "Les", "2019", "18000", "GACdG", "CCI", "Définir", "interne"} <= words


@pytest.mark.parametrize("engine", ENGINES)
def test_every_cell_reads_whole(engine: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENGINE_ENV, engine)
    doc = parse_action_plan(_plan(), "plans/empiete.pdf", "a" * 64)
    got = [(s.step, s.description, s.planning_label, s.budget_label, s.owner) for s in doc.steps]
    assert got == [r[:5] for r in ROWS]


def test_text_inside_its_cells_is_left_as_drawn() -> None:
    """Cells whose text starts right of their rule: nothing moved (the reading without the
    rule is the same)."""
    words = _words(_plan(indent=-3.0))
    assert {"Lancer", "Les", "2019", "18000", "GACdG"} <= words


def test_dot_leaders_ending_a_cell_line_are_no_text() -> None:
    assert without_leaders("2019............") == "2019"
    assert without_leaders("Les actions :..........\n1) Organiser") == "Les actions :\n1) Organiser"
    assert without_leaders("................") == ""
    assert without_leaders("associations...") == "associations..."  # three dots: text
    assert without_leaders("18000 (financé)") == "18000 (financé)"
    assert without_leaders("A . . . . . .") == "A"  # a single space between the dots


def test_words_run_across_rules_by_various_offsets_are_left_alone() -> None:
    """Text crossing rules by unlike offsets here and there (a sheet's text run over its
    cells, no style's indent): nothing is moved."""
    offsets = [0.0, 2.2, 0.0, 3.1, 0.0, 4.0, 0.0, 3.6, 0.0, 2.7, 0.0, 0.0]
    page = next(iter_plumber_pages(_plan(indent=offsets), max_pages=1))
    try:
        chars = list(page.chars)
    finally:
        page.close()
    for k, shift in enumerate(offsets):
        if not shift:
            continue
        row, col = divmod(k, 6)
        top = 150.0 + 16.0 + 18.0 * row + 4.0
        first = min(
            float(c["x0"])
            for c in chars
            if abs(float(c["top"]) - top) < 3
            and BOUNDS[col] - 8 <= float(c["x0"]) <= BOUNDS[col] + 2
        )
        assert abs(first - (BOUNDS[col] - shift)) < 0.05, (row, col)  # as drawn
