"""A fields table FLOATED RIGHT with the next heading wrapped at its left (a rich-text editor's
« Alignement : droite », sources.pdf.float_wraps): the box read as a unit, then the heading,
then the steps table pushed under the box; a box starting at a page's foot (no rule there
yet) told by the edges of the boxes before, the heading beside it read before it. Drawn with
reportlab; negative case: a label column at the box's left, a label level with each row."""

from __future__ import annotations

import pytest

from sources.action_plan import parse_action_plan
from sources.pdf.engine import ENGINE_ENV, ENGINES, iter_plumber_pages
from sources.pdf.float_wraps import FloatWraps, float_wrap_regions
from tests.sources.pdf.hand_pages import HEIGHT, HandPages

BOX0, SPLIT, BOX1 = 257.0, 374.0, 553.0  # the floated box's left edge, its value column, right
CONTEXT = [
    "L'agglomération mène une opération",
    "test d'économie circulaire sur le",
    "territoire avec vingt entreprises.",
]
FIELDS = [
    ("Contexte", CONTEXT),
    ("Objectifs et résultats", ["Des démarches menées d'ici 2030."]),
    ("Indicateurs", ["Nombre d'entreprises engagées"]),
    ("Publics cibles", ["Entreprises, Associations"]),
]
ROWS = [
    ("Lancer une phase", "Auditer vingt entreprises.", "2019", "18000", "GACdG", "CCI"),
    ("Définir une stratégie", "Choisir les filières.", "2020", "interne", "GACdG", "ADEME"),
]


def _rule(pages: HandPages, top: float) -> None:
    pages.c.setLineWidth(0.75)
    pages.c.line(BOX0, HEIGHT - top, SPLIT, HEIGHT - top)  # each cell's bottom border
    pages.c.line(SPLIT, HEIGHT - top, BOX1, HEIGHT - top)


def _fields(pages: HandPages, top: float, *, labels_left: bool = False) -> float:
    """The floated fields box from ``top``: a row a field, a rule under each; the heading
    « Modalités de mise en oeuvre » at the column's left level with its first line (or,
    ``labels_left``, each label at the column's left level with its row). Its bottom."""
    if not labels_left:
        pages.text(57.0, top, "Modalités de mise en oeuvre", bold=True, size=10.0)
    for label, values in FIELDS:
        pages.text(57.0 if labels_left else BOX0 + 0.5, top, label, bold=True, size=8.5)
        for n, value in enumerate(values):
            pages.text(SPLIT + 0.5, top + 10.5 * n, value, size=8.5)
        top += 10.5 * len(values) + 2.0
        _rule(pages, top)
        top += 3.5
    return top


def _plan(*, labels_left: bool = False, shut: bool = False) -> bytes:
    """Fiche 1.1.1: its heading lines, the floated fields box, the steps table under it
    (``shut``: a rule over the heading and the box, 3 pt above their first line, as a grid
    row's top border)."""
    pages = HandPages()
    pages.text(57.0, 60.0, "Axe 1 : Un territoire sobre", bold=True, size=14.0)
    pages.text(57.0, 85.0, "FICHE 1.1.1", bold=True, size=12.0)
    pages.text(57.0, 104.0, "Objectif opérationnel : Expérimenter", bold=True, size=12.0)
    if shut:
        pages.c.setLineWidth(0.75)
        pages.c.line(50.0, HEIGHT - 127.0, BOX1, HEIGHT - 127.0)
    bottom = _fields(pages, 130.0, labels_left=labels_left)
    pages.next_fiche(pages.steps_table(bottom + 12.0, ROWS))
    pages.c.showPage()
    return pages.save()


def _two_pages() -> bytes:
    """Fiche 1.1.1 as in :func:`_plan`, then fiche 1.1.2 whose fields box starts at the first
    page's foot: its context's first two lines there (no rule yet), the heading at their
    left; the rest of the box at the second page's top, the steps table under it."""
    pages = HandPages()
    pages.text(57.0, 60.0, "Axe 1 : Un territoire sobre", bold=True, size=14.0)
    pages.text(57.0, 85.0, "FICHE 1.1.1", bold=True, size=12.0)
    pages.text(57.0, 104.0, "Objectif opérationnel : Expérimenter", bold=True, size=12.0)
    bottom = pages.steps_table(_fields(pages, 130.0) + 12.0, ROWS)
    assert bottom < 500
    pages.text(57.0, 740.0, "FICHE 1.1.2", bold=True, size=12.0)
    pages.text(57.0, 760.0, "Objectif opérationnel : Etendre", bold=True, size=12.0)
    pages.text(57.0, 790.0, "Modalités de mise en oeuvre", bold=True, size=10.0)
    pages.text(BOX0 + 0.5, 790.0, "Contexte", bold=True, size=8.5)
    pages.text(SPLIT + 0.5, 790.0, CONTEXT[0], size=8.5)
    pages.text(SPLIT + 0.5, 800.5, CONTEXT[1], size=8.5)
    pages.c.showPage()
    top = 40.0
    pages.text(SPLIT + 0.5, top, CONTEXT[2], size=8.5)
    top += 12.5
    _rule(pages, top)
    top += 3.5
    for label, values in FIELDS[1:]:
        pages.text(BOX0 + 0.5, top, label, bold=True, size=8.5)
        pages.text(SPLIT + 0.5, top, values[0], size=8.5)
        top += 12.5
        _rule(pages, top)
        top += 3.5
    pages.steps_table(top + 12.0, ROWS)
    pages.c.showPage()
    return pages.save()


def _regions(data: bytes) -> list[list[tuple[float, float, float, float]] | None]:
    floats = FloatWraps()
    out = []
    for page in iter_plumber_pages(data):
        out.append(floats.regions(page))
        page.close()
    return out


def test_the_box_then_the_heading_at_its_left_then_below() -> None:
    """Above the box, the box (from its first line, right of the gutter), the heading at its
    left, below the box."""
    (regions,) = _regions(_plan())
    assert regions is not None
    above, box, beside, below = regions
    assert above[3] == pytest.approx(130.8, abs=0.5)  # the box's first line's top, less 1 pt
    assert box[1] == above[3] and BOX0 - 90 < box[0] < BOX0 and box[2] == 595.0
    assert beside == (0.0, box[1], box[0], box[3])
    last_rule = 130.0 + 6 * 10.5 + 4 * 2.0 + 3 * 3.5  # six lines, four rows
    assert box[3] == pytest.approx(last_rule + 1.0, abs=0.5)  # the last rule, plus 1 pt
    assert below[1] == box[3]


def test_a_label_column_at_the_boxs_left_is_no_wrapped_text() -> None:
    """Labels at the left, each level with its row: the left text interleaves with the
    rows, a table's label column (its rules drawn under the values only)."""
    assert _regions(_plan(labels_left=True)) == [None]
    data = _plan(labels_left=True)
    pages = iter_plumber_pages(data)
    page = next(pages)
    try:
        assert float_wrap_regions(page) is None
    finally:
        page.close()
        pages.close()


@pytest.mark.parametrize("engine", ENGINES)
def test_the_fields_are_read_from_the_floated_box(
    engine: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The context is the box's first row (the heading beside it no longer swallowing its
    label), every field its own value, the steps table the fiche's."""
    monkeypatch.setenv(ENGINE_ENV, engine)
    doc = parse_action_plan(_plan(), "plans/habillage.pdf", "a" * 64)
    action = next(a for a in doc.actions if a.action_code == "1.1.1")
    assert action.context == " ".join(CONTEXT)
    assert action.expected_results == "Des démarches menées d'ici 2030."
    assert action.indicators == ["Nombre d'entreprises engagées"]
    assert [s.step for s in doc.steps if s.action_id == action.action_id] == [r[0] for r in ROWS]


def test_a_box_starting_at_a_pages_foot_reads_on_at_the_next_page() -> None:
    """The first page's foot: the heading beside the box's first lines read before them, so
    the context goes on whole at the second page's top."""
    data = _two_pages()
    first, second = _regions(data)
    assert first is not None and len(first) == 7
    assert first[4][2] < BOX0 and first[5][0] < BOX0 < first[5][2]  # the heading first
    assert first[5][3] == HEIGHT
    assert second is None
    doc = parse_action_plan(data, "plans/habillage.pdf", "a" * 64)
    action = next(a for a in doc.actions if a.action_code == "1.1.2")
    assert action.context == " ".join(CONTEXT)
    assert action.expected_results == "Des démarches menées d'ici 2030."


def test_text_and_box_under_one_rule_are_cells_of_one_row() -> None:
    """A rule running over the heading and the box just above their first line: one grid
    row's cells (a pre-ruled form's merged description beside boxed cells), no float."""
    assert _regions(_plan(shut=True)) == [None]


def test_a_box_at_the_text_columns_edge_with_a_heading_in_the_margin_is_no_float() -> None:
    """Every line of the page starts at the box's left edge or ends before it (headings set
    in the left margin, « titres en marge »): the box is the column, not a float."""
    pages = HandPages()
    pages.text(BOX0, 60.0, "Axe 1 : Un territoire sobre", bold=True, size=14.0)
    pages.text(BOX0, 85.0, "FICHE 1.1.1", bold=True, size=12.0)
    _fields(pages, 130.0)
    pages.c.showPage()
    assert _regions(pages.save()) == [None]
    crossing = HandPages()
    crossing.text(57.0, 60.0, "Objectif opérationnel : Expérimenter encore", bold=True, size=12.0)
    _fields(crossing, 130.0)
    crossing.c.showPage()
    assert _regions(crossing.save())[0] is not None  # a line across its edge: a float
