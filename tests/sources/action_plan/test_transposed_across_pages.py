"""A TRANSPOSED steps table (steps as the grid's columns, the step fields as its rows) CUT BY
A PAGE BREAK: the step row, perhaps with some label rows, at the foot of a page, the other
label rows in a grid of the same columns at the top of the next one (under a running header,
perhaps under the step row repeated). The page reader holds the first part and joins the
second to it before the steps are read (sources.pdf.pages, sources.pdf.ruled_tables). Drawn
end to end with reportlab; negative cases: a second transposed table with its own step row,
an ordinary table under a transposed one at a page's foot."""

from __future__ import annotations

import io

import pytest

from sources.action_plan import parse_action_plan
from sources.pdf.content import GridPiece
from sources.pdf.ruled_tables import join_transposed
from tests.sources.action_plan.running_pages import RunningPages

HEIGHT = 842.0
EDGE = 50.0
LABEL_W = 110.0
STEP_W = 140.0
ROW_H = 30.0

STEPS = ("Lancer une phase test", "Définir une stratégie", "Animer le réseau")
ROWS: list[tuple[str, tuple[str, str, str]]] = [
    ("Etape", STEPS),
    (
        "Descriptif",
        ("Audit des entreprises", "Choisir les cibles du plan", "Réunions trimestrielles"),
    ),
    ("Planification", ("2019", "2020 - 2021", "2022")),
    ("Ressources à mobiliser", ("18 000 €", "interne", "5 000 €")),
    ("Porteur", ("GACdG", "Communauté de communes", "CCI du Gers")),
    ("Partenaires envisagés", ("ADEME", "Région", "Chambre d'agriculture")),
]
OTHER_STEPS = ("Créer une plateforme", "Former les agents", "Évaluer la démarche")


class _Pdf(RunningPages):
    """Running pages (header, « Page n / 2 ») drawn into a buffer, with ruled grids."""

    def __init__(self) -> None:
        from reportlab.pdfgen import canvas

        self.buffer = io.BytesIO()
        super().__init__(canvas.Canvas(self.buffer, pagesize=(595.0, HEIGHT)), EDGE, total=2)

    def grid(
        self, top: float, rows: list[tuple[str, tuple[str, ...]]], widths: list[float]
    ) -> float:
        """A ruled grid, each cell's text on one line; returns its bottom."""
        xs = [EDGE]
        for w in widths:
            xs.append(xs[-1] + w)
        bottom = top + ROW_H * len(rows)
        self.c.setLineWidth(0.6)
        for x in xs:
            self.c.line(x, HEIGHT - top, x, HEIGHT - bottom)
        for r in range(len(rows) + 1):
            y = HEIGHT - top - r * ROW_H
            self.c.line(xs[0], y, xs[-1], y)
        for r, (label, values) in enumerate(rows):
            y = top + r * ROW_H + 10.0
            self.text(xs[0] + 4, y, label, bold=True)
            for c, value in enumerate(values):
                self.text(xs[c + 1] + 4, y, value)
        return bottom

    def save(self) -> bytes:
        self.c.save()
        return self.buffer.getvalue()


WIDTHS = [LABEL_W, STEP_W, STEP_W, STEP_W]


def _fiche_head(pdf: _Pdf, code: str, title: str, top: float) -> float:
    pdf.text(EDGE, top, f"FICHE {code} Objectif opérationnel : {title}", bold=True, size=10.0)
    pdf.text(EDGE, top + 25.0, "Contexte", bold=True, size=10.0)
    pdf.text(EDGE, top + 40.0, "Le territoire compte de nombreuses entreprises engagées.")
    pdf.text(EDGE, top + 60.0, "Modalités de mise en oeuvre", bold=True, size=10.5)
    return top + 80.0


def _cut_plan(cut: int, *, repeat_steps: bool = False) -> bytes:
    """Fiche 1.1.1 whose transposed steps table is cut after ``cut`` grid rows (1: after the
    step row); the grid reaches the page's foot, the rest opens the next page, under the step
    row again when ``repeat_steps``; the fiche's indicators after it."""
    pdf = _Pdf()
    pdf.start()
    y = _fiche_head(pdf, "1.1.1", "Accompagner les entreprises", 70.0)
    for n in range(1, 40):
        pdf.text(EDGE, y, f"Une opération test auprès des entreprises, paragraphe {n}.")
        y += 12.0
    pdf.text(EDGE, y + 6.0, "Étapes de l'action", bold=True, size=10.0)
    top = 760.0 - ROW_H * cut  # the grid ends at 760 pt, the page number at 810 pt
    pdf.grid(top, ROWS[:cut], WIDTHS)
    pdf.end()
    pdf.start()
    rest = ([ROWS[0]] if repeat_steps else []) + ROWS[cut:]
    bottom = pdf.grid(60.0, rest, WIDTHS)
    pdf.text(EDGE, bottom + 20.0, "Indicateurs de suivi", bold=True, size=10.0)
    pdf.text(EDGE, bottom + 35.0, "Nombre d'entreprises engagées")
    pdf.end()
    return pdf.save()


def _steps(data: bytes) -> list[tuple]:
    doc = parse_action_plan(data, "plans/transpose.pdf", "0" * 64)
    return [
        (
            s.action_id.rsplit(":", 1)[-1],
            s.page,
            s.step,
            s.description,
            s.start_year,
            s.end_year,
            s.budget_eur,
            s.internal,
            s.owner,
            ", ".join(s.partners),
        )
        for s in doc.steps
    ]


def _expected(code: str = "1.1.1") -> list[tuple]:
    return [
        (
            code,
            1,
            "Lancer une phase test",
            "Audit des entreprises",
            2019,
            2019,
            18000.0,
            False,
            "GACdG",
            "ADEME",
        ),
        (
            code,
            1,
            "Définir une stratégie",
            "Choisir les cibles du plan",
            2020,
            2021,
            0.0,
            True,
            "Communauté de communes",
            "Région",
        ),
        (
            code,
            1,
            "Animer le réseau",
            "Réunions trimestrielles",
            2022,
            2022,
            5000.0,
            False,
            "CCI du Gers",
            "Chambre d'agriculture",
        ),
    ]


@pytest.mark.parametrize("cut", [1, 2, 3, 4])
def test_a_transposed_table_cut_by_a_page_break_is_read_whole(cut: int) -> None:
    """Cut after the step row, after two, three or four grid rows."""
    steps = _steps(_cut_plan(cut))
    assert [s[1:] for s in steps] == [e[1:] for e in _expected()]


@pytest.mark.parametrize("cut", [2, 3])
def test_the_step_row_repeated_on_the_next_page(cut: int) -> None:
    """The step row printed again over the rest (a repeated table header): read once."""
    steps = _steps(_cut_plan(cut, repeat_steps=True))
    assert [s[1:] for s in steps] == [e[1:] for e in _expected()]


def test_fields_after_the_joined_table_are_still_read() -> None:
    doc = parse_action_plan(_cut_plan(2), "plans/transpose.pdf", "0" * 64)
    assert [a.action_code for a in doc.actions] == ["1.1.1"]
    assert doc.actions[0].indicators == ["Nombre d'entreprises engagées"]


OTHER_ROWS: list[tuple[str, tuple[str, str, str]]] = [
    ("Etape", OTHER_STEPS),
    ("Descriptif", ("Site d'information", "Deux sessions par an", "Bilan à mi-parcours")),
    ("Planification", ("2023", "2024", "2025")),
    ("Ressources à mobiliser", ("12 000 €", "interne", "3 000 €")),
    ("Porteur", ("Région", "CNFPT", "GACdG")),
    ("Partenaires envisagés", ("ADEME", "Communes", "Bureau d'études")),
]
ORDINARY: list[tuple[str, tuple[str, str, str]]] = [
    ("Etape", ("Descriptif", "Planification", "Porteur")),
    ("Créer une plateforme", ("Site d'information", "2023", "Région")),
    ("Former les agents", ("Deux sessions par an", "2024", "CNFPT")),
]


def _two_grids(second: list[tuple[str, tuple[str, str, str]]], *, cut: int = 6) -> bytes:
    """Fiche 1.1.1's transposed table at page 1's foot (``cut`` rows of it), then page 2
    opening with ``second`` (same column bounds) under the running header."""
    pdf = _Pdf()
    pdf.start()
    y = _fiche_head(pdf, "1.1.1", "Accompagner les entreprises", 70.0)
    for n in range(1, 30):
        pdf.text(EDGE, y, f"Une opération test auprès des entreprises, paragraphe {n}.")
        y += 12.0
    pdf.grid(760.0 - ROW_H * cut, ROWS[:cut], WIDTHS)
    pdf.end()
    pdf.start()
    bottom = pdf.grid(60.0, second, WIDTHS)
    pdf.text(EDGE, bottom + 20.0, "Indicateurs de suivi", bold=True, size=10.0)
    pdf.text(EDGE, bottom + 35.0, "Nombre d'entreprises engagées")
    pdf.end()
    return pdf.save()


def test_a_second_transposed_table_with_its_own_step_row_stays_apart() -> None:
    """Two whole transposed tables on consecutive pages: six steps, each with its values."""
    steps = _steps(_two_grids(OTHER_ROWS))
    assert [s[1:] for s in steps[:3]] == [e[1:] for e in _expected()]
    assert [(s[1], s[2], s[3], s[4], s[6], s[8], s[9]) for s in steps[3:]] == [
        (2, "Créer une plateforme", "Site d'information", 2023, 12000.0, "Région", "ADEME"),
        (2, "Former les agents", "Deux sessions par an", 2024, 0.0, "CNFPT", "Communes"),
        (2, "Évaluer la démarche", "Bilan à mi-parcours", 2025, 3000.0, "GACdG", "Bureau d'études"),
    ]


def test_a_cut_table_is_not_joined_to_another_transposed_table() -> None:
    """Page 1's grid holds two rows only; page 2 opens with a table of other steps: that
    table is read on its own, page 1's grid is not given its labels."""
    steps = _steps(_two_grids(OTHER_ROWS, cut=2))
    assert [(s[1], s[2], s[4], s[8]) for s in steps[-3:]] == [
        (2, "Créer une plateforme", 2023, "Région"),
        (2, "Former les agents", 2024, "CNFPT"),
        (2, "Évaluer la démarche", 2025, "GACdG"),
    ]
    # page 1's two rows are read as before (no step table of theirs), never with page 2's
    # owners and years
    assert all(s[1] == 2 for s in steps if s[8] is not None or s[4] is not None)


def test_an_ordinary_table_after_a_transposed_one_is_not_joined() -> None:
    """A whole transposed table at page 1's foot, an ordinary steps table (its header row
    « Etape | Descriptif | … ») opening page 2 with the same column bounds."""
    steps = _steps(_two_grids(ORDINARY))
    assert [s[1:] for s in steps[:3]] == [e[1:] for e in _expected()]
    assert [(s[1], s[2], s[3], s[4], s[8]) for s in steps[3:]] == [
        (2, "Créer une plateforme", "Site d'information", 2023, "Région"),
        (2, "Former les agents", "Deux sessions par an", 2024, "CNFPT"),
    ]


_HTML_CSS = """@page { size: A4; margin: 15mm; }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9pt; }
p { margin: 0 0 4px; }
table.steps { border-collapse: collapse; width: 100%; table-layout: fixed; }
table.steps th, table.steps td { border: 1px solid #999; padding: 4px; text-align: left;
                                 vertical-align: top; }
table.steps tr { break-inside: avoid; }
table.steps th[scope=row] { width: 3.4cm; background: #eee; }
"""


def _html_plan(paragraphs: int) -> str:
    """A fiche whose transposed steps table (the step row in ``thead``: Chromium prints it
    again on the next page) comes after ``paragraphs`` lines of context."""
    labels = ["Descriptif", *(label for label, _ in ROWS[2:])]
    descriptions = (
        "Audit des entreprises volontaires du territoire, visite de chaque site et rapport "
        "remis au chef d'entreprise",
        "Choisir les cibles du plan d'action à partir du potentiel identifié lors de la phase test",
        "Réunions trimestrielles des entreprises engagées et lettre d'information semestrielle",
    )
    columns = [
        (STEPS[i], descriptions[i], *(values[i] for _, values in ROWS[2:])) for i in range(3)
    ]
    out = [
        f"<!doctype html><html lang='fr'><head><meta charset='utf-8'><style>{_HTML_CSS}</style>",
        "</head><body><h3>FICHE 1.1.1 Objectif opérationnel : Accompagner les entreprises</h3>",
        "<h4>Contexte</h4>",
        *(
            f"<p>Une opération test auprès des entreprises du territoire, paragraphe {i}.</p>"
            for i in range(paragraphs)
        ),
        "<h4>Modalités de mise en oeuvre</h4>",
        "<table class='steps'><thead><tr><th scope='row'>Etape</th>",
        *(f"<th scope='col'>{column[0]}</th>" for column in columns),
        "</tr></thead><tbody>",
    ]
    for c, label in enumerate(labels, start=1):
        cells = "".join(f"<td>{column[c]}</td>" for column in columns)
        out.append(f"<tr><th scope='row'>{label}</th>{cells}</tr>")
    out.append("</tbody></table><h4>Indicateurs de suivi</h4>")
    out.append("<p>Nombre d'entreprises engagées</p></body></html>")
    return "\n".join(out)


@pytest.mark.parametrize("paragraphs", [39, 42])
def test_a_chromium_printed_transposed_table_cut_by_a_page_break(tmp_path, paragraphs) -> None:
    """Chromium print: the table breaks after four (39 lines of context) or two (42) label
    rows, the step row printed again at the top of page 2."""
    from tests.generators.producer_corpus import chromium, convert_html

    if chromium() is None:
        pytest.skip("Chromium absent")
    source = tmp_path / "plan.html"
    source.write_text(_html_plan(paragraphs), encoding="utf-8")
    data = convert_html(source, tmp_path / "plan.pdf").read_bytes()
    doc = parse_action_plan(data, "plans/transpose.pdf", "0" * 64)
    assert [
        (s.page, s.step, s.start_year, s.end_year, s.budget_eur, s.owner, s.partners)
        for s in doc.steps
    ] == [
        (1, "Lancer une phase test", 2019, 2019, 18000.0, "GACdG", ["ADEME"]),
        (1, "Définir une stratégie", 2020, 2021, 0.0, "Communauté de communes", ["Région"]),
        (1, "Animer le réseau", 2022, 2022, 5000.0, "CCI du Gers", ["Chambre d'agriculture"]),
    ]
    assert doc.steps[1].description == (
        "Choisir les cibles du plan d'action à partir du potentiel identifié lors de la phase test"
    )


def test_a_label_row_cut_by_the_page_break() -> None:
    """The « Descriptif » row itself cut: its first words at page 1's foot, the rest in a
    row with an empty label cell opening page 2's grid; joined into one description."""
    pdf = _Pdf()
    pdf.start()
    y = _fiche_head(pdf, "1.1.1", "Accompagner les entreprises", 70.0)
    for n in range(1, 40):
        pdf.text(EDGE, y, f"Une opération test auprès des entreprises, paragraphe {n}.")
        y += 12.0
    head = [ROWS[0], ("Descriptif", ("Audit des", "Choisir les cibles", "Réunions"))]
    pdf.grid(760.0 - ROW_H * 2, head, WIDTHS)
    pdf.end()
    pdf.start()
    rest = [("", ("entreprises", "du plan", "trimestrielles")), *ROWS[2:]]
    bottom = pdf.grid(60.0, rest, WIDTHS)
    pdf.text(EDGE, bottom + 20.0, "Indicateurs de suivi", bold=True, size=10.0)
    pdf.text(EDGE, bottom + 35.0, "Nombre d'entreprises engagées")
    pdf.end()
    steps = _steps(pdf.save())
    assert [s[1:] for s in steps] == [e[1:] for e in _expected()]


def _piece(page: int, cells: list[list[str | None]], bounds: list[float]) -> GridPiece:
    return GridPiece(page, 100.0, 100.0 + 20.0 * len(cells), bounds, cells)


GRID = [[label, *values] for label, values in ROWS]
BOUNDS = [50.0, 160.0, 300.0, 440.0, 580.0]


def test_join_rules_on_grid_pieces() -> None:
    """The join itself: same bounds, the remaining labels, the step row repeated or not."""
    block = join_transposed(_piece(1, GRID[:2], BOUNDS), _piece(2, GRID[2:], BOUNDS))
    assert block is not None and block.transposed and block.page == 1
    assert [r.cells["owner"] for r in block.rows] == [
        "GACdG",
        "Communauté de communes",
        "CCI du Gers",
    ]
    assert join_transposed(_piece(1, GRID[:2], BOUNDS), _piece(2, [GRID[0], *GRID[2:]], BOUNDS))
    # other column bounds: another grid
    moved = [b + 20.0 for b in BOUNDS]
    assert join_transposed(_piece(1, GRID[:2], BOUNDS), _piece(2, GRID[2:], moved)) is None
    # labels the held grid has already: another grid, not its rest
    assert join_transposed(_piece(1, GRID[:4], BOUNDS), _piece(2, GRID[1:], BOUNDS)) is None
    # an ordinary table (step names, not labels, down its first column)
    rows = [
        ["Créer une plateforme d'information", "a", "b", "c"],
        ["Former les agents.", "d", "e", "f"],
    ]
    assert join_transposed(_piece(1, GRID[:2], BOUNDS), _piece(2, rows, BOUNDS)) is None
    # a held grid whose step row is an ordinary header row: no transposed grid
    header = [
        ["Etape", "Descriptif", "Planification", "Porteur"],
        ["Créer", "Site", "2023", "Région"],
    ]
    assert join_transposed(_piece(1, header, BOUNDS), _piece(2, GRID[2:], BOUNDS)) is None
