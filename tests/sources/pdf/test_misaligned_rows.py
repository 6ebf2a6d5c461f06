"""A steps table made of one-row tables stacked with no gap, each laid out by its own
content (an e-mail newsletter's modules, automatic column widths): the body rows' column
rules miss the header's, and the grid finder sees one grid with more columns than labels.
Each body cell is read under the header cell of its rank, however far from it its rules
stand (flex rows each sized by their own content; sources.pdf.ruled_tables._under_header), the
table's columns being the header's. Negative:
an ordinary grid (rules shared by every row) reads as before. Drawn with reportlab."""

from __future__ import annotations

from sources.action_plan import parse_action_plan
from tests.sources.pdf.hand_pages import HEIGHT, HandPages

EDGE = 57.0
HEAD = (96.0, 160.0, 290.0, 348.0, 404.0, 453.0, 516.0)
BODY = (96.0, 165.0, 303.0, 348.0, 404.0, 453.0, 516.0)
LABELS = ("Etape", "Descriptif", "Planification", "Ressources", "Porteur", "Partenaires")
ROWS = [
    ("Lancer un test", "Auditer vingt entreprises.", "2019", "18000", "GACdG", "CCI"),
    ("Définir", "Choisir les filières.", "2020", "interne", "GACdG", "ADEME"),
]


def _row(pages: HandPages, top: float, xs: tuple[float, ...], cells: tuple[str, ...]) -> float:
    """One one-row table: its own box and column rules, 18 pt high; returns its bottom."""
    bottom = top + 18.0
    c = pages.c
    c.setLineWidth(0.5)
    c.line(xs[0], HEIGHT - top, xs[-1], HEIGHT - top)
    c.line(xs[0], HEIGHT - bottom, xs[-1], HEIGHT - bottom)
    for x in xs:
        c.line(x, HEIGHT - top, x, HEIGHT - bottom)
    for x, text in zip(xs, cells, strict=False):
        pages.text(x + 3.0, top + 4.0, text, size=7.5, bold=cells == LABELS)
    return bottom


def _plan(body: tuple[float, ...]) -> bytes:
    pages = HandPages()
    pages.text(EDGE, 60.0, "Axe 1 : Un territoire sobre", bold=True, size=14.0)
    pages.text(EDGE, 85.0, "FICHE 1.1.1", bold=True, size=12.0)
    pages.text(EDGE, 104.0, "Objectif opérationnel : Expérimenter", bold=True, size=12.0)
    pages.text(EDGE, 130.0, "Modalités de mise en oeuvre", bold=True)
    top = _row(pages, 150.0, HEAD, LABELS)
    for cells in ROWS:
        top = _row(pages, top, body, cells)
    pages.c.showPage()
    return pages.save()


def _steps(data: bytes) -> list[tuple[str | None, ...]]:
    doc = parse_action_plan(data, "plans/lettre.pdf", "0" * 64)
    return [(s.step, s.description, s.planning_label, s.budget_label, s.owner) for s in doc.steps]


def test_rows_laid_out_apart_read_under_the_header() -> None:
    want = [row[:5] for row in ROWS]
    assert _steps(_plan(BODY)) == want


# flex rows, each sizing its cells from its own content: the cells' rules far from the
# header's, a long description pushing the planning cell under the header's budget label
ZIGZAG = (
    (57.0, 128.0, 330.0, 362.0, 404.0, 453.0, 516.0),
    (57.0, 100.0, 200.0, 300.0, 380.0, 470.0, 516.0),
)


def test_flex_rows_read_cell_by_cell_under_the_header() -> None:
    pages = HandPages()
    pages.fiche_head(EDGE)
    top = _row(pages, 150.0, (57.0, *HEAD[1:]), LABELS)
    for cells, xs in zip(ROWS, ZIGZAG, strict=True):
        top = _row(pages, top, xs, cells)
    pages.c.showPage()
    assert _steps(pages.save()) == [row[:5] for row in ROWS]


def test_an_ordinary_grid_reads_as_before() -> None:
    assert _steps(_plan(HEAD)) == [row[:5] for row in ROWS]


NARROW = (96.0, 165.0, 303.0, 348.0, 404.0, 441.0, 516.0)  # the owner cell 37 pt wide
OWNER = ("Service", "command", "e", "publique")  # « commande » too wide for it: cut by Writer


def _cut_plan(owner_lines: tuple[str, ...]) -> bytes:
    """A one-step table under a header whose rules the body misses, its owner written over
    four lines of a body cell narrower than the header's."""
    pages = HandPages()
    pages.text(EDGE, 60.0, "Axe 1 : Un territoire sobre", bold=True, size=14.0)
    pages.text(EDGE, 85.0, "FICHE 1.4.1", bold=True, size=12.0)
    pages.text(EDGE, 104.0, "Objectif opérationnel : Intégrer la commande publique", bold=True)
    pages.text(EDGE, 130.0, "Modalités de mise en oeuvre", bold=True)
    top = _row(pages, 150.0, HEAD, LABELS)
    c = pages.c
    bottom = top + 50.0
    c.line(NARROW[0], HEIGHT - bottom, NARROW[-1], HEIGHT - bottom)
    for x in NARROW:
        c.line(x, HEIGHT - top, x, HEIGHT - bottom)
    for x, text in zip(NARROW, ("Evaluer", "Mesurer les usages.", "2020", "interne"), strict=False):
        pages.text(x + 3.0, top + 4.0, text, size=7.5)
    for k, line in enumerate(owner_lines):
        pages.text(NARROW[4] + 3.0, top + 4.0 + 10.0 * k, line, size=7.5)
    pages.text(NARROW[5] + 3.0, top + 4.0, "Services", size=7.5)
    c.showPage()
    return pages.save()


def test_a_word_cut_at_a_narrower_body_cell_edge_is_rejoined() -> None:
    # « command » reaches the right edge of its own (body) cell, short of the header's: the
    # cut is told by the body cell's rules (a 7-letter piece, too short for the word list)
    assert [s.owner for s in parse_action_plan(_cut_plan(OWNER), "p.pdf", "0" * 64).steps] == [
        "Service commande publique"
    ]
