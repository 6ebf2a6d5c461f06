"""Header labels cut inside words by hand (sources.pdf.columns, sources.pdf.geometry_tables)
and fields flowing in two text columns (sources.pdf.flow), on hand-placed values."""

from __future__ import annotations

from types import SimpleNamespace

from sources.pdf.columns import join_label_line, label_key, text_has_table_header
from sources.pdf.content import Line, Segment, TableBlock
from sources.pdf.flow import _gutter, two_column_order
from sources.pdf.geometry_tables import _header_cells, _unruled_tables
from tests.sources.pdf.hand_lines import hand_line, never


def _line(top: float, *words: tuple[float, float, str], size: float = 7.0, bold: bool = True):
    return hand_line(top, *words, size=size, bold=bold)


# a 7 pt header set at the bottom of its cells, labels cut by hand: « Par- / te- / naires
# envi- / sagés » on four lines, « Ressour- / ces à mobi- / liser » on three
CUT_HEADER = [
    _line(60.0, (420, 436, "Par-")),
    _line(68.0, (300, 334, "Ressour-"), (420, 431, "te-")),
    _line(
        76.0,
        (120, 137, "Des-"),
        (250, 272, "Plani-"),
        (300, 312, "ces"),
        (314, 318, "à"),
        (320, 342, "mobi-"),
        (420, 444, "naires"),
        (446, 466, "envi-"),
    ),
    _line(
        84.0,
        (55, 78, "Etape"),
        (120, 144, "criptif"),
        (250, 279, "fication"),
        (300, 318, "liser"),
        (360, 389, "Porteur"),
        (420, 442, "sagés"),
    ),
]


def test_cut_labels_are_rejoined_without_the_hyphen_then_with_it() -> None:
    """A line ending in a word cut by a hyphen is joined to the next line of its cell with no
    space; the label is matched with the word rejoined (« Dé-lai » → « Délai », a synonym too
    short to be found as a prefix), else with its hyphen (« Maître-d'ouvrage »). A grid
    cell's text (« Plani-\\nfication ») is read the same way; a hyphen between words (« éco -
    ») or no cut at all changes nothing."""
    assert join_label_line("Plani-", "fication") == "Plani\u00adfication"
    assert join_label_line("Ressources à", "mobiliser") == "Ressources à mobiliser"
    assert join_label_line("Année -", "2021") == "Année - 2021"
    assert label_key(join_label_line("Plani-", "fication")) == "planning"
    assert label_key(join_label_line("Dé-", "lai")) == "planning"
    assert label_key(join_label_line("Maître-", "d'ouvrage")) == "owner"
    text = join_label_line(join_label_line(join_label_line("Par-", "te-"), "naires envi-"), "sagés")
    assert label_key(text) == "partners"
    assert label_key("Plani-\nfication") == "planning"
    assert label_key("Maître-\nd'ouvrage") == "owner"
    assert label_key("Ressour-\nces à mobi-\nliser") == "budget"
    assert label_key(join_label_line("Les actions éco-", "responsables")) is None
    assert label_key(None) is None and label_key("Porteur") == "owner"


def test_page_triage_reads_words_pdfium_marks_as_cut() -> None:
    """PDFium writes a hyphen ending a line as U+FFFE and joins the lines: the triage reads
    those words rejoined, so a page whose header labels are all cut is still a table page."""
    text = "Etape\r\nDes\ufffecriptif\r\nPlani\ufffefication\r\nRessour\ufffeces à mobi\ufffeliser"
    text += " Porteur\r\nPar\ufffete\ufffenaires envi\ufffesagés\r\nLancer une 2019"
    assert text_has_table_header(text)
    assert text_has_table_header(text.replace("\ufffe", "-\r\n"))  # a hyphen ending a line
    assert not text_has_table_header(text.replace("\ufffe", " "))  # pieces apart: no header
    assert not text_has_table_header("Etape\r\nDes\ufffecriptif\r\nPorteur")  # one detail column


def test_header_of_labels_cut_by_hand_over_four_lines() -> None:
    """The header starts at a line holding only a cut word (« Par- »), a cut word in no cell
    above opens a cell (« Ressour- », « Des- », « Plani- »), the rest of a cut word's line
    stays in its cell even past the cell's first width (« naires envi- » under « Par- »), and
    lines are taken in past the second while a cell's last line ends in a cut word."""
    cells = _header_cells(CUT_HEADER[0], CUT_HEADER[1:], never)
    assert cells is not None
    assert [c[0] for c in cells] == [
        "step",
        "description",
        "planning",
        "budget",
        "owner",
        "partners",
    ]
    assert cells[-1][1:] == (420, 466)  # « naires envi- » widened the partners cell
    # without the lines below, a cut word alone is no header
    assert _header_cells(CUT_HEADER[0], [], never) is None
    # a body line ending in a cut word followed by body lines: no header
    body = [
        _line(200.0, (55, 110, "Les actions"), (120, 200, "de sensibilisation éco-"), bold=False),
        _line(208.0, (55, 110, "responsables"), (120, 160, "sont"), bold=False),
        _line(216.0, (55, 110, "menées"), bold=False),
    ]
    assert _header_cells(body[0], body[1:], never) is None


def test_table_under_a_header_cut_by_hand_is_read() -> None:
    """The whole table: four header lines, then two rows cut on the gap between them."""

    def row(top: float, *cells: tuple[float, float, str]) -> Line:
        return _line(top, *cells, bold=False)

    body = [
        row(
            100.0,
            (55, 100, "Faire connaître"),
            (120, 230, "Communications ciblées"),
            (250, 268, "2020"),
            (300, 320, "5 000"),
            (360, 385, "GACdG"),
            (420, 454, "chambres"),
        ),
        row(
            108.0,
            (55, 95, "la démarche"),
            (120, 200, "quant aux intérêts"),
            (420, 459, "consulaires"),
        ),
        row(
            124.0,
            (55, 100, "Réaliser les"),
            (120, 220, "Les matériaux"),
            (250, 268, "2021"),
            (300, 323, "15000"),
            (360, 385, "GACdG"),
            (420, 450, "CCI"),
        ),
        row(132.0, (55, 100, "audits"), (120, 210, "sont étudiés")),
    ]
    page = SimpleNamespace(edges=[])
    tables = _unruled_tables(page, 1, [*CUT_HEADER, *body], None, never)
    assert len(tables) == 1
    rows = [r.cells for r in tables[0].rows]
    assert rows == [
        {
            "step": "Faire connaître la démarche",
            "description": "Communications ciblées quant aux intérêts",
            "planning": "2020",
            "budget": "5 000",
            "owner": "GACdG",
            "partners": "chambres consulaires",
        },
        {
            "step": "Réaliser les audits",
            "description": "Les matériaux sont étudiés",
            "planning": "2021",
            "budget": "15000",
            "owner": "GACdG",
            "partners": "CCI",
        },
    ]


def _text(top: float, *segs: tuple[float, float, str], bold: bool = False) -> Line:
    parts = [Segment(a, b, t, bold, [(a, b, t)]) for a, b, t in segs]
    return Line(1, top, top + 9, parts[0].x0, parts[-1].x1, 9.0, bold, parts)


def _dl_columns(top: float) -> list[Line]:
    """A definition list in two CSS columns (gutter at 430): bold labels at each column's
    edge, values indented 9 pt under them; the two columns' lines at different heights."""
    left = [
        _text(top, (46, 84, "Contexte"), bold=True),
        *[_text(top + 10.5 * (i + 1), (55, 400, f"contexte ligne {i}")) for i in range(5)],
        _text(top + 63, (46, 175, "Objectifs et résultats attendus"), bold=True),
        _text(top + 73.5, (55, 398, "Des démarches d'optimisation")),
    ]
    right = [
        _text(top - 3, (430, 490, "Publics cibles"), bold=True),
        _text(top + 7.5, (439, 593, "Entreprises, Associations")),
        _text(top + 21, (430, 597, "Liens avec les objectifs réglementaires"), bold=True),
        *[_text(top + 31.5 + 12 * i, (439, 560, f"lien {i}")) for i in range(4)],
    ]
    return sorted(left + right, key=lambda ln: ln.top)


def test_two_columns_with_labels_left_of_their_values() -> None:
    """The right column's edge is its labels' (9 pt left of the values most of its lines
    start at): the labels no longer cross the gutter, the fields are read column by column.
    Its lines are short (a list of links): the text block's right edge is the page's table,
    not its lines'."""
    lines = _dl_columns(100.0)
    table = TableBlock(1, 300.0, 400.0, ["step"], True, bounds=[46.0, 300.0, 784.0])
    assert _gutter(lines, 842, 784.0) == 430
    order = [ln.text for ln in two_column_order(lines, [table], 842)]
    assert order[:8] == ["Contexte", *[f"contexte ligne {i}" for i in range(5)]] + [
        "Objectifs et résultats attendus",
        "Des démarches d'optimisation",
    ]
    assert order[8:] == [
        "Publics cibles",
        "Entreprises, Associations",
        "Liens avec les objectifs réglementaires",
        *[f"lien {i}" for i in range(4)],
    ]
    # without the table the short right column leaves the columns unequal: read as before
    plain = _dl_columns(100.0)
    assert [ln.text for ln in two_column_order(plain, [], 842)] == [ln.text for ln in plain]


def test_two_columns_cut_by_the_page_break_read_column_by_column() -> None:
    """At the top of a page the end of the previous page's columns: a label and its values
    on the left, the last item alone at the top of the right column, then the steps heading.
    The run is too short to show two columns by itself; another run of the page does, so it
    is read left column first and the heading below stays after it. The same short run in
    the middle of the page, between two lines crossing the gutter, is left alone."""
    top = [
        _text(34.9, (46, 213, "Liens avec les objectifs réglementaires"), (439, 482, "Adaptation")),
        _text(45.4, (55, 399, "Réduction des émissions de GES Séquestration carbone")),
        _text(55.9, (55, 384, "Production et consommation d'ENR Qualité de l'air")),
        _text(73.9, (46, 232, "Modalités de mise en oeuvre"), bold=True),
    ]
    title = _text(339.0, (46, 600, "Objectif opérationnel : Etendre l'expérimentation"))
    page = [*top, title, *_dl_columns(360.0)]
    table = TableBlock(1, 90.0, 300.0, ["step"], True, bounds=[46.0, 300.0, 784.0])
    order = [ln.text for ln in two_column_order(page, [table], 842)]
    assert order[:5] == [
        "Liens avec les objectifs réglementaires",
        "Réduction des émissions de GES Séquestration carbone",
        "Production et consommation d'ENR Qualité de l'air",
        "Adaptation",
        "Modalités de mise en oeuvre",
    ]
    assert order[5] == title.text
    # in the middle of the page (a line crossing the gutter before and after): unchanged
    middle = [title, *top[:3], title, *_dl_columns(360.0)]
    order = [ln.text for ln in two_column_order(middle, [table], 842)]
    assert order[1:4] == [
        "Liens avec les objectifs réglementaires Adaptation",
        "Réduction des émissions de GES Séquestration carbone",
        "Production et consommation d'ENR Qualité de l'air",
    ]
