"""A page split in two TEXT COLUMNS by a drawn column rule (sources.pdf.text_columns, read by
sources.pdf.pages): each column is read as a page of its own, the left one first, so a field
going on at the top of the right column, a steps table continued there under its repeated
header and a section title alone at a column's foot read as across a page break. Drawn with
reportlab: a landscape brochure page, a band spanning both columns over them; negative cases:
a two-column ruled table (its rule crossed by row rules), a rule that text crosses, a rule
near the page's edge, a page with one column of text."""

from __future__ import annotations

import io
from typing import Any

import pytest

from sources.action_plan import parse_action_plan
from sources.pdf.engine import ENGINE_ENV, iter_plumber_pages
from sources.pdf.text_columns import RegionPage, column_rule_regions

H = 595.0
LEFT, GUTTER, RIGHT = 34.0, 421.0, 808.0
# the steps table's cells in a column starting at x (six seed columns, widths of 374 pt)
SHARES = (0.18, 0.32, 0.11, 0.13, 0.12, 0.14)
CONTEXT = [
    "Une opération test est menée sur le territoire avec vingt entreprises",
    "volontaires, auditées par la chambre de commerce afin de connaître",
    "leurs ressources disponibles et leurs attentes éventuelles.",
]
MORE_CONTEXT = [
    "Des ateliers sont menés avec pour finalité la massification des",
    "entreprises participantes et donc des ressources et demandes.",
]
FIELDS = [
    ("Objectifs et résultats attendus", ["Des démarches engagées d'ici 2030."]),
    ("Indicateurs", ["Nombre d'entreprises engagées"]),
    ("Publics cibles", ["Entreprises, Associations"]),
    ("Liens avec les objectifs réglementaires", ["Réduction des émissions de GES"]),
]
ROWS = [
    (["Lancer une phase", "test"], ["Auditer les entreprises", "du territoire"], "2019", "18000"),
    (["Définir une", "stratégie"], ["Sur la base du potentiel", "déterminé"], "2020", "à définir"),
    (["Suivre la", "démarche"], ["Un bilan annuel des", "actions menées"], "2021", "5000"),
]


class _Page:
    """Drawing helpers on one reportlab page (``top`` counted from the page's top)."""

    def __init__(self, c: Any) -> None:
        self.c = c

    def text(self, x: float, top: float, s: str, bold: bool = False, size: float = 8.0) -> None:
        self.c.setFont("Helvetica-Bold" if bold else "Helvetica", size)
        self.c.drawString(x, H - top - size, s)

    def fill(self, x0: float, top: float, x1: float, bottom: float, rgb: tuple) -> None:
        self.c.setFillColorRGB(*rgb)
        self.c.rect(x0, H - bottom, x1 - x0, bottom - top, stroke=0, fill=1)
        self.c.setFillColorRGB(0, 0, 0)

    def column_rule(self, top: float, bottom: float) -> None:
        self.fill(GUTTER - 0.35, top, GUTTER + 0.35, bottom, (0.71, 0.71, 0.71))

    def header(self, x: float, top: float) -> float:
        """The steps header across a column at ``x`` (374 pt wide), its cells filled one by
        one, « Planification » wider than its cell running into « Ressources à mobiliser »
        (set at its own cell's start, as a browser prints a fixed-layout table)."""
        from reportlab.pdfbase.pdfmetrics import stringWidth

        edges = _edges(x)
        for a, b in zip(edges, edges[1:], strict=False):
            self.fill(a, top, b, top + 22, (0.51, 0.77, 0.75))
        self.fill(edges[0], top + 22, edges[-1], top + 23, (0.33, 0.33, 0.33))
        pad = 3.0
        self.text(edges[0] + pad, top + 3, "Etape", True, 7.5)
        self.text(edges[1] + pad, top + 3, "Descriptif", True, 7.5)
        self.text(edges[2] + pad, top + 3, "Planification", True, 7.5)
        assert edges[2] + pad + stringWidth("Planification", "Helvetica-Bold", 7.5) > edges[3] + 5
        self.text(edges[3] + pad, top + 3, "Ressources", True, 7.5)
        self.text(edges[3] + pad, top + 12, "à mobiliser", True, 7.5)
        self.text(edges[4] + pad, top + 3, "Porteur", True, 7.5)
        self.text(edges[5] + pad, top + 3, "Partenaires", True, 7.5)
        self.text(edges[5] + pad, top + 12, "envisagés", True, 7.5)
        return top + 23

    def row(self, x: float, top: float, row: tuple) -> float:
        step, description, planning, budget = row
        edges = _edges(x)
        for n, part in enumerate(step):
            self.text(edges[0] + 3, top + 4 + 9 * n, part, size=7.5)
        for n, part in enumerate(description):
            self.text(edges[1] + 3, top + 4 + 9 * n, part, size=7.5)
        self.text(edges[2] + 3, top + 4, planning, size=7.5)
        self.text(edges[3] + 3, top + 4, budget, size=7.5)
        self.text(edges[4] + 3, top + 4, "GACdG", size=7.5)
        self.text(edges[5] + 3, top + 4, "ADEME", size=7.5)
        self.fill(edges[0], top + 25, edges[-1], top + 25.5, (0.78, 0.78, 0.78))
        return top + 26


def _edges(x: float) -> list[float]:
    edges = [x]
    for share in SHARES:
        edges.append(edges[-1] + 374.0 * share)
    return edges


def _brochure(variant: str = "table", rule: bool = True) -> bytes:
    """One landscape page: an axis band spanning both columns, then two text columns split
    by a column rule, the fiche's heading and context at the top of the left column.
    ``text``: the context runs down to the left column's foot and goes on at the top of the
    right one, the other fields, the steps title and table under it; ``table``: the fields,
    the steps title and the table's header and first row in the left column, the table going
    on at the top of the right one under its repeated header; ``title``: « Modalités de mise
    en oeuvre » alone at the left column's foot, the whole table at the top of the right
    one."""
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=(842.0, H))
    p = _Page(c)
    p.fill(LEFT, 34, RIGHT, 90, (0.0, 0.43, 0.47))
    c.setFillColorRGB(1, 1, 1)
    p.text(40, 40, "Axe 1 :", True, 15)
    p.text(40, 62, "Aménager un territoire résilient, anticiper localement l'adaptation", True, 10)
    c.setFillColorRGB(0, 0, 0)
    if rule:
        p.column_rule(104, 561)
    top = 106.0
    p.text(LEFT, top, "1.1 Objectif stratégique : Dynamiser l'économie circulaire", True, 11)
    top += 24
    p.text(LEFT, top, "FICHE 1.1.1 Objectif opérationnel : Tester la lecture en colonnes", True)
    top += 18
    p.text(LEFT, top, "Contexte", True, 7.5)
    top += 11
    filler = {"text": 33, "table": 16, "title": 21}[variant]
    lines = CONTEXT + [f"Ligne {n} du contexte, menée avec les acteurs." for n in range(filler)]
    for line in lines:
        p.text(LEFT, top, line)
        top += 11
    x_right = GUTTER + 13
    right_top = 104.0
    if variant == "text":  # the context goes on at the top of the right column
        assert top > 550
        for line in MORE_CONTEXT:
            p.text(x_right, right_top, line)
            right_top += 11
        x, top = x_right, right_top
    else:
        x = LEFT
    top += 4
    for label, values in FIELDS:
        p.text(x, top, label, True, 7.5)
        top += 11
        for value in values:
            p.text(x, top, value)
            top += 11
        top += 4
    p.text(x, top + 2, "Modalités de mise en oeuvre", True, 9)
    top += 16
    if variant == "text":
        top = p.header(x_right, top)
        for row in ROWS:
            top = p.row(x_right, top, row)
    elif variant == "table":
        top = p.row(LEFT, p.header(LEFT, top), ROWS[0])
        assert 530 < top < 561
        right_top = p.header(x_right, right_top)
        for row in ROWS[1:]:
            right_top = p.row(x_right, right_top, row)
    else:
        assert 540 < top < 561
        right_top = p.header(x_right, right_top)
        for row in ROWS:
            right_top = p.row(x_right, right_top, row)
    c.showPage()
    c.save()
    return buffer.getvalue()


def _regions(data: bytes) -> list[tuple[float, float, float, float]] | None:
    pages = iter_plumber_pages(data)
    try:
        page = next(pages)
        try:
            return column_rule_regions(page)
        finally:
            page.close()
    finally:
        pages.close()


def test_a_column_rule_splits_the_page_into_regions_read_in_order() -> None:
    """Above the rule (the band spanning both columns), the left column, the right one,
    below the rule: each region ends at the rule, the columns meet at its x."""
    regions = _regions(_brochure())
    assert regions is not None
    above, left, right, below = regions
    assert above[3] == pytest.approx(104.0, abs=1) and above[2] > RIGHT
    assert left[0] == 0.0 and GUTTER - 2 < left[2] < GUTTER
    assert GUTTER < right[0] < GUTTER + 2 and right[1] == left[1]
    assert below[1] == pytest.approx(561.0, abs=1)


def test_columns_start_again_under_a_band_spanning_them() -> None:
    """Two boxes of columns, each with its rule, a band spanning both columns between them
    (the next axis's title): the first box's columns, the band, the second box's columns."""

    def draw(p: _Page) -> None:
        p.text(LEFT, 40, "Axe 1 : un titre sur toute la largeur de la page", True, 15)
        for first, last in ((80.0, 290.0), (350.0, 560.0)):
            p.column_rule(first, last)
            for n in range(int((last - first) // 12)):
                p.text(LEFT, first + 2 + 12 * n, f"Ligne {n} de la colonne de gauche")
                p.text(GUTTER + 13, first + 2 + 12 * n, f"Ligne {n} de la colonne de droite")
        p.text(LEFT, 310, "Axe 2 : un autre titre sur toute la largeur de la page", True, 15)

    regions = _regions(_page_of(draw))
    assert regions is not None
    tops = [(round(r[1]), round(r[3]), r[0] > GUTTER) for r in regions]
    assert tops == [
        (0, 80, False),
        (80, 290, False),
        (80, 290, True),
        (290, 350, False),  # the band between the two boxes
        (350, 560, False),
        (350, 560, True),
        (560, 595, False),
    ]


def test_no_rule_no_regions() -> None:
    """The same page without its rule is read as before (no regions)."""
    assert _regions(_brochure(rule=False)) is None


def _page_of(draw: Any) -> bytes:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=(842.0, H))
    draw(_Page(c))
    c.showPage()
    c.save()
    return buffer.getvalue()


def test_a_ruled_two_column_table_is_no_text_columns() -> None:
    """A label | value table whose middle rule is crossed by its row rules: a table's
    column rule, not a column rule."""

    def draw(p: _Page) -> None:
        p.column_rule(100, 400)
        for n in range(10):
            top = 100 + 30 * n
            p.fill(LEFT, top, RIGHT, top + 0.5, (0, 0, 0))
            p.text(LEFT + 4, top + 8, f"Libellé {n}")
            p.text(GUTTER + 8, top + 8, f"Valeur {n} de la ligne")

    assert _regions(_page_of(draw)) is None


def test_a_label_value_table_with_its_middle_rule_only_is_no_text_columns() -> None:
    """Labels in a narrow column, values in a wide one, one vertical rule between them and
    no row rule: the text on each side spans unequal widths, so its rows stay rows."""

    def draw(p: _Page) -> None:
        p.fill(300 - 0.35, 100, 300 + 0.35, 400, (0, 0, 0))
        for n in range(10):
            top = 100 + 30 * n
            p.text(LEFT + 4, top + 8, f"Libellé {n}")
            p.text(
                308, top + 8, f"Valeur {n} de la ligne, écrite sur toute la largeur de la cellule"
            )

    assert _regions(_page_of(draw)) is None


def test_a_table_drawn_cell_by_cell_or_among_other_rules_is_no_text_columns() -> None:
    """A word processor's table draws its borders cell by cell: its row rules end ON the
    column rule (they meet it, never cross it), a table of
    several columns has other column rules beside it. Neither is a column rule."""

    def meeting(p: _Page) -> None:
        p.column_rule(100, 400)
        for n in range(10):
            top = 100 + 30 * n
            p.fill(LEFT, top, GUTTER, top + 0.5, (0, 0, 0))
            p.fill(GUTTER, top, RIGHT, top + 0.5, (0, 0, 0))
            p.text(LEFT + 4, top + 8, f"Libellé {n}")
            p.text(GUTTER + 8, top + 8, f"Valeur {n} de la ligne")

    def among(p: _Page) -> None:
        for x in (LEFT, 250.0, GUTTER, 600.0, RIGHT):
            p.fill(x - 0.35, 100, x + 0.35, 400, (0, 0, 0))
        for n in range(10):
            for x in (LEFT, 250.0, GUTTER, 600.0):
                p.text(x + 4, 104 + 12 * n, f"Cellule {n}")

    assert _regions(_page_of(meeting)) is None
    assert _regions(_page_of(among)) is None


def test_a_rule_crossed_by_text_or_near_the_edge_is_no_column_rule() -> None:
    """Text running over the rule (one column of text under a decorative line), or a rule
    at the page's edge (a margin mark), splits nothing."""

    def crossed(p: _Page) -> None:
        p.column_rule(100, 400)
        for n in range(10):
            p.text(LEFT, 104 + 12 * n, "Une ligne de texte sur toute la largeur de la page " * 3)

    def edge(p: _Page) -> None:
        p.fill(20, 100, 20.7, 400, (0.7, 0.7, 0.7))
        for n in range(10):
            p.text(LEFT, 104 + 12 * n, f"Ligne {n}")
            p.text(GUTTER + 13, 104 + 12 * n, f"Ligne {n} à droite")

    assert _regions(_page_of(crossed)) is None
    assert _regions(_page_of(edge)) is None


def _read(data: bytes) -> Any:
    doc = parse_action_plan(data, "plans/brochure.pdf", "0" * 64)
    assert [a.action_code for a in doc.actions] == ["1.1.1"]
    return doc


@pytest.mark.parametrize("variant", ["text", "table", "title"])
def test_fields_and_steps_go_on_in_the_right_column(variant: str) -> None:
    """The context read on from the foot of the left column to the top of the right one,
    in that order; the steps table begun in the left column and continued under its
    repeated header in the right one is one table (or, its title alone at the left
    column's foot, the table at the top of the right column is the fiche's); the header
    label overflowing into its neighbour leaves each value in its own column."""
    doc = _read(_brochure(variant))
    action = doc.actions[0]
    assert action.context is not None
    assert action.context.startswith(" ".join(CONTEXT))
    assert action.context.endswith(" ".join(MORE_CONTEXT) if variant == "text" else "acteurs.")
    assert action.indicators == ["Nombre d'entreprises engagées"]
    got = [(s.step, s.description, s.planning_label, s.budget_label, s.owner) for s in doc.steps]
    assert got == [
        (
            "Lancer une phase test",
            "Auditer les entreprises du territoire",
            "2019",
            "18000",
            "GACdG",
        ),
        (
            "Définir une stratégie",
            "Sur la base du potentiel déterminé",
            "2020",
            "à définir",
            "GACdG",
        ),
        ("Suivre la démarche", "Un bilan annuel des actions menées", "2021", "5000", "GACdG"),
    ]


def test_both_engines_read_the_columns_alike(monkeypatch: pytest.MonkeyPatch) -> None:
    """A region of a page is seen the same through PDFium and through pdfplumber."""
    data = _brochure()
    monkeypatch.setenv(ENGINE_ENV, "pdfplumber")
    reference = [
        (s.step, s.description, s.planning_label, s.budget_label) for s in _read(data).steps
    ]
    monkeypatch.setenv(ENGINE_ENV, "pdfium")
    fast = [(s.step, s.description, s.planning_label, s.budget_label) for s in _read(data).steps]
    assert reference == fast and len(fast) == 3


def test_a_region_page_holds_its_own_characters_and_rules_only() -> None:
    """Characters by their centre, drawn objects clipped to the region: the right column
    sees none of the left column's text nor the rule in the gutter."""
    pages = iter_plumber_pages(_brochure())
    try:
        page = next(pages)
        try:
            regions = column_rule_regions(page)
            assert regions is not None
            right = RegionPage(page, regions[2])
            assert right.chars and all(c["x0"] > GUTTER for c in right.chars)
            assert all(r["x0"] >= regions[2][0] for r in right.rects)
            words = {w["text"] for w in right.extract_words()}
            assert "Porteur" in words and "Contexte" not in words
        finally:
            page.close()
    finally:
        pages.close()


FULL_LINE = "Une ligne de la colonne de gauche remplie jusqu'à la gouttière, avec des mots en plus pour finir ici"  # noqa: E501


def test_a_sections_last_column_holding_two_lines_still_splits() -> None:
    """A word processor balances no columns: the section's right column holds its last two
    lines only. The rule stands in the middle of the text block, the left column's lines
    fill it to the gutter: columns (a label | value table's rule stands where its narrow
    labels end, see above)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    assert (
        0.9 * (GUTTER - LEFT - 10) < stringWidth(FULL_LINE, "Helvetica", 8.0) < GUTTER - LEFT - 16
    )

    def draw(p: _Page) -> None:
        p.text(LEFT, 40, "Axe 1 : un titre sur toute la largeur de la page", True, 15)
        p.text(LEFT, 60, "x" * 10, size=8.0)
        p.text(RIGHT - 40, 60, "y" * 8, size=8.0)  # the text block spans the page
        p.column_rule(80, 400)
        for n in range(20):
            p.text(LEFT + 10, 82 + 12 * n, FULL_LINE.replace("Une", f"L{n:02d}"))
        p.text(GUTTER + 8, 82, "Adaptation")
        p.text(GUTTER + 8, 100, "Modalités de mise en oeuvre", True, 10)

    regions = _regions(_page_of(draw))
    assert regions is not None
    assert [(round(r[1]), round(r[3]), r[0] > GUTTER) for r in regions][1:3] == [
        (80, 400, False),
        (80, 400, True),
    ]

    def ragged(p: _Page) -> None:  # the left side's lines short: no column filled
        p.text(LEFT, 60, "x" * 10, size=8.0)
        p.text(RIGHT - 40, 60, "y" * 8, size=8.0)
        p.column_rule(80, 400)
        for n in range(20):
            p.text(LEFT + 10, 82 + 12 * n, f"Libellé {n}")
        p.text(GUTTER + 8, 82, "Adaptation")

    assert _regions(_page_of(ragged)) is None


def test_a_short_balanced_section_splits() -> None:
    """A section of a few lines set in two balanced columns: its rule a sixth of the page
    high (a fifth was asked before), the columns read one after the other."""

    def draw(p: _Page) -> None:
        p.column_rule(200, 300)
        for n in range(8):
            p.text(LEFT, 202 + 12 * n, f"Ligne {n} de la colonne de gauche, assez longue")
            p.text(GUTTER + 13, 202 + 12 * n, f"Ligne {n} de la colonne de droite, assez longue")

    regions = _regions(_page_of(draw))
    assert regions is not None and len(regions) == 4
