"""A whole plan in ONE grid whose first column only repeats the fiche's code (a spreadsheet
printed from the browser): the key column recognised by its meaning and set aside, the grid
cut around its heading, field and spanning rows, each such row a rule band of its own so a
value bottom-aligned beside its label is that label's (sources.pdf.key_columns,
sources.pdf.ruled_tables, sources.pdf.pages). Hand-made grids, and a small plan drawn end to
end with reportlab; each rule has a case that must NOT be read so."""

from __future__ import annotations

import io
from types import SimpleNamespace
from typing import Any

import pytest

from sources.action_plan import parse_action_plan
from sources.pdf.content import Line, Segment, TableBlock, TableRow
from sources.pdf.key_columns import carried, is_code, is_step_row, key_column, set_aside
from sources.pdf.ruled_tables import _ruled_tables
from tests.sources.pdf.hand_lines import fake_grid

N = None  # a cell merged with the one at its left
HEADER = [
    "Fiche",
    "Etape",
    "Descriptif",
    "Planification",
    "Ressources à mobiliser",
    "Porteur",
    "Partenaires",
]
BOUNDS = [20.0, 80.0, 190.0, 420.0, 500.0, 600.0, 690.0, 820.0]
GRID = [
    HEADER,
    ["Axe 1 : Aménager un territoire résilient", N, N, N, N, N, N],
    ["1.1.1", "FICHE 1.1.1 Objectif opérationnel : Expérimenter", N, N, N, N, N],
    ["1.1.1", "Contexte", "L'agglomération mène une opération test", N, N, N, N],
    ["1.1.1", "Modalités de mise en oeuvre", N, N, N, N, N],
    ["1.1.1", "Lancer une phase test", "Audit", "2019", "18000", "GACdG", "CCI du Gers"],
    ["1.1.1", "Définir une stratégie", "Cibles", "2020", "interne", "GACdG", "Région"],
    ["1.1.2", "FICHE 1.1.2 Objectif opérationnel : Etendre", N, N, N, N, N],
]


def _grid(data: list[list[str | None]], top: float = 40.0, row_h: float = 20.0) -> Any:
    """What pdfplumber's ``find_tables`` gives, merged cells spanning their columns."""
    return fake_grid(data, BOUNDS, top, row_h, merged=True)


def _page(table: Any) -> SimpleNamespace:
    return SimpleNamespace(edges=[], chars=[], find_tables=lambda table_settings: [table])


def test_codes_and_step_rows() -> None:
    """Codes are short keys, never words; a step row fills three step cells or more."""
    assert all(is_code(c) for c in ("1.1.1", "2.3", "12", "A1", "AE-2", "1.2.a", "CC 4"))
    assert not any(is_code(c) for c in ("Fiche", "Lancer une phase test", "2019 et +", ""))
    assert is_step_row(GRID[5]) and not is_step_row(GRID[3]) and not is_step_row(GRID[2])
    assert not is_step_row(GRID[1])


def test_key_column_recognised_by_its_codes() -> None:
    """The first column, named by no step header, holding a repeated code in each of its own
    cells (the rows merged across the grid do not count) is a key column."""
    table = _grid(GRID)
    header = [None, "step", "description", "planning", "budget", "owner", "partners"]
    assert key_column(header, GRID[1:], table.rows[1:], BOUNDS)
    # a sommaire row whose first cell runs over two columns: no key cell of its own
    listed = [*GRID[1:], ["FICHE 1.1.3 Mettre en place", N, "Réseau", N, N, N, N]]
    rows = _grid([HEADER, *listed]).rows[1:]
    assert key_column(header, listed, rows, BOUNDS)


def test_no_key_column() -> None:
    """Not a key column: a first column the header names (« N° »: its key), numbers each
    seen once (step numbers), words (step names), a code seen once."""
    header = [None, "step", "description", "planning", "budget", "owner", "partners"]
    numbered = [[str(n), "Etape", "Texte", "2019", "5000", "GACdG", "CCI"] for n in (1, 2, 3)]
    assert not key_column(header, numbered, _grid(numbered).rows, BOUNDS)
    named = [[n, "Texte", "Texte", "2019", "5000", "GACdG", "CCI"] for n in ("Lancer", "Lancer")]
    assert not key_column(header, named, _grid(named).rows, BOUNDS)
    once = [["1.1.1", "Etape", "Texte", "2019", "5000", "GACdG", "CCI"]]
    assert not key_column(header, once, _grid(once).rows, BOUNDS)
    assert not key_column(["no", *header[1:]], GRID[1:], _grid(GRID).rows[1:], BOUNDS)


def test_keyed_grid_reads_its_step_rows_only() -> None:
    """The block's rows are the step rows without their key cell; the header, the text rows
    and the key cells are recorded for the page reader."""
    blocks = _ruled_tables(_page(_grid(GRID)), 1, None)
    assert len(blocks) == 1
    block = blocks[0]
    assert block.keyed and block.keys[1:] == ["step", "description", "planning", "budget"] + [
        "owner",
        "partners",
    ]
    assert [r.cells for r in block.rows] == [
        {
            "step": "Lancer une phase test",
            "description": "Audit",
            "planning": "2019",
            "budget": "18000",
            "owner": "GACdG",
            "partners": "CCI du Gers",
        },
        {
            "step": "Définir une stratégie",
            "description": "Cibles",
            "planning": "2020",
            "budget": "interne",
            "owner": "GACdG",
            "partners": "Région",
        },
    ]
    assert block.gaps == [(60.0, 80.0), (80.0, 100.0), (100.0, 120.0), (120.0, 140.0)] + [
        (180.0, 200.0)
    ]
    # the header, and the key cells of the heading, field and heading rows (not of the axis
    # row merged across the grid)
    assert block.aside == [
        (20.0, 40.0, 820.0, 60.0),
        (20.0, 80.0, 80.0, 100.0),
        (20.0, 100.0, 80.0, 120.0),
        (20.0, 120.0, 80.0, 140.0),
        (20.0, 180.0, 80.0, 200.0),
    ]


def test_unkeyed_grid_is_read_as_before() -> None:
    """A steps grid whose first column is a step number: every row is a step row, nothing
    set aside."""
    data = [
        ["N°", *HEADER[1:]],
        ["1", "Lancer", "Audit", "2019", "18000", "GACdG", "CCI"],
        ["2", "Définir", "Cibles", "2020", "interne", "GACdG", "Région"],
    ]
    block = _ruled_tables(_page(_grid(data)), 1, None)[0]
    assert not block.keyed and not block.gaps and not block.aside
    assert [r.cells["step"] for r in block.rows] == ["Lancer", "Définir"]


def _line(top: float, *words: tuple[float, float, str]) -> Line:
    segs = [Segment(x0, x1, text, False) for x0, x1, text in words]
    return Line(1, top, top + 8.0, segs[0].x0, segs[-1].x1, 8.0, False, segs)


def test_set_aside_cuts_the_grid_and_the_key_words() -> None:
    """The grid becomes one block per run of step rows between its text rows; the lines of
    the text rows stay without their key words; the header line goes; each text row gives
    its bounds as rules."""
    block = TableBlock(1, 40.0, 200.0, ["col0", "step"], True, keyed=True)
    block.rows = [TableRow(1, 140.0, {"step": "a"}), TableRow(1, 160.0, {"step": "b"})]
    block.gaps = [(60.0, 80.0), (80.0, 140.0), (180.0, 200.0)]
    block.aside = [(20.0, 40.0, 820.0, 60.0), (20.0, 80.0, 80.0, 140.0)]
    other = TableBlock(1, 300.0, 400.0, ["step"], True)
    lines = [
        _line(45.0, (25.0, 46.0, "Fiche"), (81.0, 103.0, "Etape")),
        _line(65.0, (25.0, 300.0, "Axe 1 : Aménager")),
        _line(110.0, (193.0, 400.0, "stratégie de déploiement.")),
        _line(130.0, (25.0, 43.0, "1.1.1"), (81.0, 115.0, "Contexte"), (193.0, 300.0, "fin")),
    ]
    tables, kept, rules = set_aside([block, other], lines)
    # the grid's last row a text row: a row-less block at its foot carries its columns to
    # the next page (a header not repeated), never given as a table of this page
    assert [(t.top, t.bottom, [r.cells["step"] for r in t.rows]) for t in tables] == [
        (140.0, 180.0, ["a", "b"]),
        (200.0, 200.0, []),
        (300.0, 400.0, []),
    ]
    assert tables[1].keyed and tables[2] is other
    assert carried(tables) == [tables[0], other]
    assert [ln.text for ln in kept] == [
        "Axe 1 : Aménager",
        "stratégie de déploiement.",
        "Contexte fin",
    ]
    assert kept[2].x0 == 81.0
    assert sorted(rules) == [60.0, 80.0, 80.0, 140.0, 180.0, 200.0]
    # no keyed grid: nothing changes
    assert set_aside([other], lines) == ([other], lines, [])


# ---------------------------------------------------------------- end to end (reportlab)

CONTEXT = (
    "L'agglomération mène une opération test d'économie circulaire sur le territoire.",
    "Une vingtaine d'entreprises sont auditées par la Chambre de Commerce.",
    "L'objectif est de déterminer le potentiel de développement.",
)

INDICATORS = ("Nombre d'entreprises engagées", "Tonnes de déchets évitées")


def _sheet_pdf(more: int = 0, repeat: int = 1) -> bytes:
    """A plan as one 7-column grid, A4 landscape: key column, heading rows merged, fields
    as label | value merged over columns 3-7, cells BOTTOM-aligned, a thin grid drawn cell by
    cell (no rule across the page), the header row repeated (``repeat`` 0: printed once);
    ``more`` fiches after the first two run the grid over the next pages."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    style = ParagraphStyle("c", fontName="Helvetica", fontSize=8, leading=9)
    bold = ParagraphStyle("b", parent=style, fontName="Helvetica-Bold", fontSize=9, leading=11)

    def p(text: str, st: ParagraphStyle = style) -> Paragraph:
        return Paragraph(text, st)

    rows: list[list[object]] = [[p(h, bold) for h in HEADER]]
    spans: list[tuple[int, int, int]] = []  # row, first column, last column

    def merged(first: int, *cells: object) -> None:
        row = [*cells] + [""] * (7 - len(cells))
        spans.append((len(rows), first, 6))
        rows.append(row)

    def fiche(code: str, title: str, fields: list[tuple[str, str]], steps: list[list[str]]):
        merged(1, code, p(f"FICHE {code} Objectif opérationnel : {title}", bold))
        for label, value in fields:
            merged(2, code, p(label), p(value))
        merged(1, code, p("Modalités de mise en oeuvre", bold))
        for step in steps:
            rows.append([code, *[p(v) for v in step]])

    merged(0, p("Axe 1 : Aménager un territoire résilient", bold))
    merged(0, p("1.1 Objectif stratégique : Dynamiser l'économie circulaire", bold))
    fiche(
        "1.1.1",
        "Expérimenter un projet d'économie circulaire",
        [("Contexte", "<br/>".join(CONTEXT)), ("Indicateurs", "<br/>".join(INDICATORS))],
        [
            ["Lancer une phase test", "Audit des entreprises", "2019", "18000", "GACdG", "CCI"],
            ["Définir une stratégie", "Choisir les cibles", "2020", "interne", "GACdG", "Région"],
        ],
    )
    fiche(
        "1.1.2",
        "Etendre l'expérimentation aux autres acteurs",
        [("Contexte", "Sur la base du premier travail réalisé.<br/>Une démarche pérenne.")],
        [["Créer un réseau", "Des rencontres régulières", "2021", "5 000", "GACdG", "ADEME"]],
    )
    for n in range(3, 3 + more):
        fiche(
            f"1.1.{n}",
            f"Action numéro {n}",
            [("Contexte", "<br/>".join(CONTEXT)), ("Indicateurs", "<br/>".join(INDICATORS))],
            [
                [f"Etape {n}.{k}", "<br/>".join(CONTEXT), "2022", "1000", "GACdG", "ADEME"]
                for k in (1, 2, 3)
            ],
        )
    widths = [w * 810 for w in (0.07, 0.14, 0.29, 0.10, 0.12, 0.12, 0.16)]
    commands: list[tuple[object, ...]] = [("VALIGN", (0, 0), (-1, -1), "BOTTOM")]
    for r, first, last in spans:
        commands.append(("SPAN", (first, r), (last, r)))
    for c in range(7):  # cell by cell: no rule across the grid
        commands.append(("LINEBELOW", (c, 0), (c, -1), 0.5, colors.lightgrey))
        commands.append(("LINEBEFORE", (c, 0), (c, -1), 0.5, colors.lightgrey))
    commands.append(("LINEAFTER", (6, 0), (6, -1), 0.5, colors.lightgrey))
    commands.append(("LINEABOVE", (0, 0), (-1, 0), 0.5, colors.lightgrey))
    table = Table(rows, colWidths=widths, repeatRows=repeat)
    table.setStyle(TableStyle(commands))
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer, pagesize=landscape(A4), leftMargin=16, rightMargin=16, topMargin=20
    )
    doc.build([table])
    return buffer.getvalue()


def test_plan_in_one_keyed_grid_end_to_end() -> None:
    """Both fiches, their bottom-aligned fields whole (the value's first lines above its
    label's line go to that label, not the one above) and their steps, no heading nor field
    row read as a step, no code in a title."""
    doc = parse_action_plan(_sheet_pdf(), "plans/sheet.pdf", "a" * 64)
    actions = {a.action_code: a for a in doc.actions}
    assert sorted(actions) == ["1.1.1", "1.1.2"]
    first, second = actions["1.1.1"], actions["1.1.2"]
    assert first.title == "Expérimenter un projet d'économie circulaire"
    assert first.strategic_objective_code == "1.1"
    assert " ".join((first.context or "").split()) == " ".join(CONTEXT)
    assert first.indicators == list(INDICATORS)
    assert " ".join((second.context or "").split()) == (
        "Sur la base du premier travail réalisé. Une démarche pérenne."
    )
    steps = [(s.action_id.split(":")[1], s.step, s.planning_label, s.owner) for s in doc.steps]
    assert steps == [
        ("1.1.1", "Lancer une phase test", "2019", "GACdG"),
        ("1.1.1", "Définir une stratégie", "2020", "GACdG"),
        ("1.1.2", "Créer un réseau", "2021", "GACdG"),
    ]


@pytest.mark.parametrize("repeat", [1, 0], ids=["header_repeated", "header_once"])
def test_keyed_grid_over_several_pages(repeat: int) -> None:
    """The grid runs over five pages, pages ending on a step row or on a text row: with the
    header repeated on each page or printed once (the grid's columns carried from the page
    before, even when its last row was a heading or a field), every fiche keeps its fields
    and its three steps, in order."""
    doc = parse_action_plan(_sheet_pdf(more=8, repeat=repeat), "plans/sheet.pdf", "a" * 64)
    assert doc.n_pages >= 4
    actions = {a.action_code: a for a in doc.actions}
    assert sorted(actions, key=lambda c: int(c.split(".")[2])) == [f"1.1.{n}" for n in range(1, 11)]
    for n in range(3, 11):
        action = actions[f"1.1.{n}"]
        assert " ".join((action.context or "").split()) == " ".join(CONTEXT)
        assert action.indicators == list(INDICATORS)
        steps = [s.step for s in doc.steps if s.action_id == action.action_id]
        assert steps == [f"Etape {n}.{k}" for k in (1, 2, 3)]


def test_keyed_grid_going_on_with_too_few_codes() -> None:
    """The same grid on the next page under its repeated header, holding text rows only or a
    single key cell: keyed as on the page before (same columns, same header); alone (no
    keyed grid before), such a page is read as before (spanning rows: no table; one code:
    no key column)."""
    before = _ruled_tables(_page(_grid(GRID)), 1, None)[0]
    text_only = [
        HEADER,
        ["Enjeux stratégiques", N, N, N, N, N, N],
        ["La prise en compte des enjeux climat.", N, N, N, N, N, N],
    ]
    blocks = _ruled_tables(_page(_grid(text_only)), 2, before)
    assert len(blocks) == 1 and blocks[0].keyed and not blocks[0].rows
    assert blocks[0].gaps == [(60.0, 80.0), (80.0, 100.0)]
    assert _ruled_tables(_page(_grid(text_only)), 2, None) == []
    one_code = [HEADER, ["1.1.1", "Contexte", "Texte", N, N, N, N]]
    block = _ruled_tables(_page(_grid(one_code)), 2, before)[0]
    assert block.keyed and not block.rows and block.gaps == [(60.0, 80.0)]
    alone = _ruled_tables(_page(_grid(one_code)), 2, None)[0]
    assert not alone.keyed and len(alone.rows) == 1
