"""A filled panel beside a wider column read column by column (sources.pdf.flow.side_columns),
on hand-placed lines and fills and on a small PDF drawn here, with negative cases: a table's
shaded label cells, zebra cells, cards side by side, a callout over the full width, a short
caption beside a table, text crossing the panel's edge."""

from __future__ import annotations

import io
from typing import Any

from sources.action_plan import parse_action_plan
from sources.pdf.content import Line
from sources.pdf.flow import (
    SideColumns,
    beside_column,
    column_groups,
    filled_panels,
    side_columns,
)
from sources.records import ActionPlanDocument
from tests.sources.pdf.hand_lines import hand_line

PALE = (0.945, 0.953, 0.961)
DARK = (0.204, 0.286, 0.369)


def _line(top: float, *words: tuple[float, float, str], bold: bool = False) -> Line:
    return hand_line(top, *words, size=8.0, bold=bold)


def _aside_page() -> list[Line]:
    """A heading over the full width, then fields (bold labels over values) in a panel at
    x 34–275 and, level with them, a steps table at x 295–808: several lines share their
    top across the gutter, as a browser sets both columns on one baseline grid."""
    return [
        _line(36.0, (34, 400, "FICHE 1.1.1 Objectif opérationnel : un essai"), bold=True),
        _line(54.0, (42, 82, "Contexte"), bold=True),
        _line(54.0, (295, 456, "Modalités de mise en oeuvre"), bold=True),
        _line(64.0, (42, 258, "Une opération test est menée sur le")),
        _line(74.0, (42, 250, "territoire avec vingt entreprises.")),
        _line(74.0, (298, 330, "Etape"), (383, 430, "Descriptif"), (565, 620, "Planification")),
        _line(88.0, (42, 180, "Objectifs et résultats attendus"), bold=True),
        _line(
            88.0,
            (298, 360, "Lancer le test"),
            (383, 540, "Auditer les entreprises"),
            (565, 585, "2019"),
        ),
        _line(98.0, (42, 243, "Des démarches menées d'ici 2030.")),
        _line(112.0, (42, 93, "Indicateurs"), bold=True),
        _line(
            112.0,
            (298, 350, "Définir la"),
            (383, 530, "Sur la base du potentiel"),
            (565, 585, "2020"),
        ),
        _line(122.0, (42, 255, "Nombre d'entreprises engagées")),
        _line(122.0, (298, 340, "stratégie"), (383, 520, "déterminé lors du test")),
    ]


ASIDE = (33.8, 50.0, 274.5, 135.0)


def test_a_filled_panel_of_fields_beside_a_wider_table_is_a_side_column() -> None:
    """The panel holds four lines and more in several blocks (bold labels over values), no
    text crosses its edges, text stands beside it at its right only over a wider column: the
    gutter lies halfway between the panel's edge and that text, the band over the panel."""
    split = side_columns(_aside_page(), [ASIDE])
    assert split is not None
    assert 274.5 < split.gutter < 295.0
    assert split.top < 50.0 and split.bottom > 135.0
    assert split.top > 36.0 + 8.0  # the heading over the full width stays above the band


def test_the_band_goes_on_below_the_panel_over_the_far_column_only() -> None:
    """A table longer than the panel's fill keeps its column below the panel; a line over
    the full width (the next heading) ends the band."""
    lines = _aside_page() + [
        _line(150.0, (298, 340, "Suivre"), (383, 520, "Un suivi annuel"), (565, 585, "2021")),
        _line(160.0, (383, 500, "des entreprises")),
        _line(190.0, (34, 500, "FICHE 1.1.2 Objectif opérationnel : la suite"), bold=True),
        _line(204.0, (298, 340, "Ailleurs")),
    ]
    split = side_columns(lines, [ASIDE])
    assert split is not None
    assert 168.0 <= split.bottom < 190.0


def test_a_panel_at_the_right_beside_a_wider_column_at_the_left() -> None:
    """The panel may stand at either side: text beside it at its left only."""
    lines = [
        _line(54.0, (42, 500, "Un long paragraphe du contenu principal de la page")),
        _line(54.0, (620, 660, "Contexte"), bold=True),
        _line(64.0, (42, 480, "qui se poursuit sur plusieurs lignes de texte")),
        _line(64.0, (620, 790, "Une valeur du contexte")),
        _line(74.0, (42, 470, "jusqu'au bas du panneau placé à sa droite")),
        _line(78.0, (620, 700, "Indicateurs"), bold=True),
        _line(88.0, (620, 780, "Un indicateur suivi")),
    ]
    split = side_columns(lines, [(610.0, 50.0, 808.0, 100.0)])
    assert split is not None and 500.0 < split.gutter < 610.0


def test_no_panel_no_split_and_a_single_column_page_stays_one_column() -> None:
    """Without a fill nothing is split; a callout filled over the full width has nothing
    beside it."""
    lines = _aside_page()
    assert side_columns(lines, []) is None
    body = [
        _line(60.0 + 10 * i, (42, 780, f"Ligne {i} d'un encadré sur toute la largeur"))
        for i in range(6)
    ]
    body[2] = _line(80.0, (42, 120, "Contexte"), bold=True)
    assert side_columns(body, [(34.0, 55.0, 808.0, 125.0)]) is None


def test_a_shaded_label_cell_holding_one_wrapped_label_is_no_side_column() -> None:
    """A fields table with its label column shaded cell by cell: a label cell holds one
    label (one block, even wrapped on four lines) beside its value — no panel of
    paragraphs."""
    labels = ["Liens avec", "les objectifs", "réglemen-", "taires"]
    values = ["Réduction des émissions", "Maîtrise de l'énergie", "Production d'ENR", "Adaptation"]
    lines = []
    for n, (label, value) in enumerate(zip(labels, values, strict=True)):
        line = _line(60.0 + 10 * n, (42, 120, label), (160, 600, value))
        line.segments[0].bold = True
        lines.append(line)
    lines.append(_line(100.0, (160, 500, "Qualité de l'air")))
    assert side_columns(lines, [(34.0, 56.0, 150.0, 110.0)]) is None


def _label_column(value_shift: float) -> list[Line]:
    """A label column of three labels (regular weight, a paragraph gap between them) and
    values beside them, each value's lines starting ``value_shift`` below its label."""
    lines = []
    for n, (label, value) in enumerate(
        [("Contexte", "Une opération test"), ("Indicateurs", "Nombre"), ("Publics", "Tous")]
    ):
        top = 60.0 + 30 * n
        lines.append(_line(top, (42, 120, label)))
        lines.append(_line(top + 10, (42, 110, "cibles")))
        lines.append(_line(top + value_shift, (160, 600, value)))
        lines.append(_line(top + value_shift + 10, (160, 500, "sur deux lignes")))
    return lines


LABEL_COLUMN = (34.0, 56.0, 150.0, 145.0)


def test_a_label_column_shaded_as_one_box_beside_its_values_is_no_side_column() -> None:
    """The label column of a fields table shaded as ONE box (several labels, so several
    blocks): each label starts level with its value's first line — rows of a table; set off
    from the values' lines, the same box is a side column, unless a rule runs over the
    gutter between its blocks (a row border across both columns)."""
    rows = sorted(_label_column(0.0), key=lambda ln: ln.top)
    assert side_columns(rows, [LABEL_COLUMN]) is None
    apart = sorted(_label_column(4.0), key=lambda ln: ln.top)
    assert side_columns(apart, [LABEL_COLUMN]) is not None
    border = [(87.0, 34.0, 808.0)]
    assert side_columns(apart, [LABEL_COLUMN], border) is None
    assert side_columns(apart, [LABEL_COLUMN], [(87.0, 160.0, 808.0)]) is not None


def test_a_filled_cell_of_a_zebra_row_is_no_side_column() -> None:
    """A body row filled cell by cell (zebra stripes): the cell holding several paragraphs
    has another fill starting where it ends — one row of cells, never a side column."""
    lines = [
        _line(60.0, (42, 100, "Etape"), bold=True),
        _line(60.0, (160, 400, "Lancer une phase test")),
        _line(70.0, (42, 110, "Lancer le test")),
        _line(70.0, (160, 420, "auprès des entreprises engagées")),
        _line(84.0, (42, 100, "Porteur"), bold=True),
        _line(84.0, (160, 300, "Définir une stratégie")),
        _line(94.0, (42, 90, "GACdG")),
    ]
    cells = [(34.0, 55.0, 150.0, 105.0), (150.0, 55.0, 808.0, 105.0)]
    assert side_columns(lines, cells) is None
    assert side_columns(lines, cells[:1]) is not None  # the same cell alone would be one


def test_cards_side_by_side_are_no_side_column() -> None:
    """Three equal filled cards in a row: the text beside the first is wider than it (two
    cards), but other boxes as tall stand level with it — a row of cards, read as before."""
    lines = []
    for top, bold in ((60.0, True), (70.0, False), (84.0, True), (94.0, False), (104.0, False)):
        lines.append(_line(top, (42, 200, "Etape"), bold=bold))
        lines.append(_line(top + 3, (292, 450, "Etape"), (542, 700, "Etape"), bold=bold))
    cards = [(34.0, 55.0, 260.0, 115.0), (284.0, 55.0, 510.0, 115.0), (534.0, 55.0, 760.0, 115.0)]
    assert side_columns(lines, cards) is None
    assert side_columns(lines, cards[:1]) is not None  # one box beside a wider text: a panel


def test_a_short_caption_box_beside_a_table_is_no_side_column() -> None:
    """A filled box of two lines beside a table (a caption, a badge): fewer than four lines,
    no column of its own; the fields going on in a taller box make it one."""
    lines = _aside_page()
    caption = [
        _line(54.0, (42, 82, "Contexte"), bold=True),
        _line(64.0, (42, 258, "Une opération test est menée sur le")),
    ]
    others = [ln for ln in lines if ln.x0 >= 290 or ln.top < 50]
    assert side_columns(caption + others, [(33.8, 50.0, 274.5, 75.0)]) is None
    longer = [ln for ln in lines if ln.x1 <= 275]  # the panel's four lines and more
    assert side_columns(longer + others, [ASIDE]) is not None


def test_text_crossing_the_panel_edge_or_text_on_both_sides_is_no_side_column() -> None:
    """A line running from inside the panel over its edge: the fill is a background, not a
    column; text on both sides of a panel: a panel between two columns is not read so."""
    lines = _aside_page()
    crossing = lines + [_line(130.0, (42, 400, "Une ligne qui déborde du panneau vers la droite"))]
    assert side_columns(crossing, [ASIDE]) is None
    both = lines + [_line(100.0, (5, 30, "Note"))]
    assert side_columns(both, [ASIDE]) is None


def test_filled_panels_skip_white_fills_rules_and_strokes() -> None:
    """Only filled, non-white boxes count: a white ground, a thin rule, a stroked frame are
    no panel."""
    rects = [
        {"fill": True, "non_stroking_color": PALE, "x0": 34, "x1": 275, "top": 52, "bottom": 389},
        {
            "fill": True,
            "non_stroking_color": (1.0, 1.0, 1.0),
            "x0": 0,
            "x1": 842,
            "top": 0,
            "bottom": 595,
        },
        {
            "fill": True,
            "non_stroking_color": (0.0, 0.0, 0.0, 0.0),
            "x0": 0,
            "x1": 842,
            "top": 0,
            "bottom": 595,
        },
        {
            "fill": True,
            "non_stroking_color": (0.69, 0.72, 0.75),
            "x0": 295,
            "x1": 808,
            "top": 280,
            "bottom": 280.8,
        },
        {"fill": False, "stroke": True, "x0": 34, "x1": 808, "top": 52, "bottom": 500},
    ]
    assert filled_panels(rects) == [(34.0, 52.0, 275.0, 389.0)]


def test_words_are_grouped_above_left_right_below_and_tables_bounded_by_their_column() -> None:
    """Words level across the gutter go to their own column (each made into lines on its
    own); a line of the other column stands beside a table's column, a line under it not."""

    def word(x0: float, x1: float, top: float, text: str) -> dict[str, object]:
        return {"x0": x0, "x1": x1, "top": top, "bottom": top + 8, "text": text}

    split = SideColumns(gutter=285.0, top=50.0, bottom=200.0)
    words = [
        word(34, 300, 36, "FICHE"),
        word(42, 80, 60, "Contexte"),
        word(298, 330, 60, "Etape"),
        word(34, 300, 230, "Suite"),
    ]
    above, left, right, below = column_groups(words, split)
    assert [[w["text"] for w in g] for g in (above, left, right, below)] == [
        ["FICHE"],
        ["Contexte"],
        ["Etape"],
        ["Suite"],
    ]
    column = (285.0, float("inf"))
    assert beside_column(_line(60.0, (42, 258, "Une valeur")), column)
    assert not beside_column(_line(60.0, (298, 400, "Une étape")), column)
    assert not beside_column(_line(60.0, (34, 700, "Sur toute la largeur")), column)
    assert not beside_column(_line(60.0, (42, 258, "Sans colonne")), None)


HEADER = [
    (298, "Etape"),
    (383, "Descriptif"),
    (565, "Planification"),
    (628, "Ressources"),
    (689, "Porteur"),
    (745, "Partenaires"),
]
Row = tuple[float, list[str], list[str], str, str, str, str]
ROWS: list[Row] = [
    (
        100.0,
        ["Lancer une phase", "test"],
        ["Auditer les entreprises du", "territoire et leurs besoins"],
        "2019",
        "18000",
        "GACdG",
        "CCI du Gers",
    ),
    (
        140.0,
        ["Définir une", "stratégie"],
        ["Déterminer l'engagement de", "la collectivité"],
        "2020",
        "interne",
        "GACdG",
        "Chambre",
    ),
]
FIELDS = [
    ("Contexte", True),
    ("Une opération test est menée sur le territoire", False),
    ("avec vingt entreprises volontaires.", False),
    ("Objectifs et résultats attendus", True),
    ("Des démarches engagées d'ici 2030.", False),
    ("Indicateurs", True),
    ("Nombre d'entreprises engagées", False),
    ("Publics cibles", True),
    ("Entreprises, Associations", False),
]


def _draw_page(
    c: Any,
    heading: str | None,
    panel: tuple[float, float],
    aside: list[tuple[str, bool]],
    header_top: float,
    rows: list[Row],
) -> None:
    """One landscape page: a heading over the full width (or none), the ``aside`` lines
    (text, bold) in a pale panel from ``panel[0]`` to ``panel[1]`` at the left, at the right
    a steps header white on dark at ``header_top`` over ``rows``, a rule under each row, no
    vertical rule; « Modalités de mise en oeuvre » over the header under a heading."""
    height = 595.0

    def text(x: float, top: float, s: str, bold: bool = False, size: float = 8.0) -> None:
        c.setFont("Helvetica-Bold" if bold else "Helvetica", size)
        c.drawString(x, height - top - size, s)

    c.setFillColorRGB(*PALE)
    c.rect(34, height - panel[1], 241, panel[1] - panel[0], stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    if heading is not None:
        text(34, 34, heading, True, 12)
        text(295, 56, "Modalités de mise en oeuvre", True, 10)
    top = panel[0] + 8
    for line, bold in aside:
        if bold and top > panel[0] + 8:
            top += 4
        text(42, top, line, bold)
        top += 10
    c.setFillColorRGB(*DARK)
    c.rect(295, height - header_top - 24, 513, 24, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    for x, label in HEADER:
        text(x, header_top + 8, label, True)
    c.setFillColorRGB(0, 0, 0)
    for row_top, step, description, planning, budget, owner, partners in rows:
        for n, part in enumerate(step):
            text(298, row_top + 10 * n, part)
        for n, part in enumerate(description):
            text(383, row_top + 10 * n, part)
        for x, value in ((565, planning), (628, budget), (689, owner), (745, partners)):
            text(x, row_top, value)
        c.setFillColorRGB(0.69, 0.72, 0.75)
        c.rect(295, height - (row_top + 26), 513, 0.8, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
    c.showPage()


def _aside_pdf(pages: int = 1) -> bytes:
    """A landscape fiche drawn with reportlab: heading over the full width, fields in a pale
    panel at the left, « Modalités de mise en oeuvre » and a steps table (header white on
    dark, a rule under each row, no vertical rule) at the right, level with the fields. On
    two pages the panel goes on at the top of the second (the regulatory links, in two
    paragraphs) beside the steps header repeated over a third row."""
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=(842.0, 595.0))
    heading = "FICHE 1.1.1 Objectif opérationnel : Tester la lecture en colonnes"
    if pages == 1:
        _draw_page(c, heading, (52.0, 330.0), FIELDS, 70.0, ROWS)
    else:
        more = [("Liens avec les objectifs réglementaires", True)]
        more += [(f"Réduction des émissions de GES, ligne {n}", False) for n in range(1, 40)]
        _draw_page(c, heading, (52.0, 575.0), FIELDS + more, 70.0, ROWS)
        rest = [
            ("Qualité de l'air et suite de la liste", False),
            ("des objectifs réglementaires visés", False),
            ("", False),
            ("Adaptation au changement climatique", False),
            ("et ses effets sur le territoire", False),
        ]
        third = (
            62.0,
            ["Suivre la", "démarche"],
            ["Un bilan annuel", "des actions"],
            "2021",
            "5000",
            "GACdG",
            "ADEME",
        )
        _draw_page(c, None, (34.0, 100.0), rest, 34.0, [third])
    c.save()
    return buffer.getvalue()


def assert_aside_fiche(doc: ActionPlanDocument) -> None:
    """The drawn landscape fiche (:func:`_aside_pdf`) read exactly: fields from the side
    column alone, both steps from the table beside it."""
    assert [a.action_code for a in doc.actions] == ["1.1.1"]
    action = doc.actions[0]
    assert action.context == (
        "Une opération test est menée sur le territoire avec vingt entreprises volontaires."
    )
    assert action.expected_results == "Des démarches engagées d'ici 2030."
    assert action.indicators == ["Nombre d'entreprises engagées"]
    assert action.target_audiences == ["Entreprises", "Associations"]
    got = [
        (s.step, s.description, s.planning_label, s.budget_label, s.owner, s.partners)
        for s in doc.steps
    ]
    assert got == [
        (
            "Lancer une phase test",
            "Auditer les entreprises du territoire et leurs besoins",
            "2019",
            "18000",
            "GACdG",
            ["CCI du Gers"],
        ),
        (
            "Définir une stratégie",
            "Déterminer l'engagement de la collectivité",
            "2020",
            "interne",
            "GACdG",
            ["Chambre"],
        ),
    ]


def test_a_fiche_with_its_fields_in_a_side_panel_is_read_column_by_column() -> None:
    """Drawn end to end: the fields come from the panel alone (no table text in them), the
    steps table's columns from its own header (no field text in its cells)."""
    assert_aside_fiche(parse_action_plan(_aside_pdf(), "plans/aside.pdf", "0" * 64))


def test_a_steps_table_going_on_beside_the_panel_on_the_next_page() -> None:
    """Both columns cut by the page break: on the second page the panel goes on at the top
    left beside the steps header repeated over a third row; the table is looked for in its
    own column, so the panel's text is never a row's rest nor a cell's line. (The panel's
    text after the break comes after the first page's steps in reading order; giving it
    back to its field is left to the sheet reader: not asserted here.)"""
    doc = parse_action_plan(_aside_pdf(2), "plans/aside2.pdf", "0" * 64)
    got = [(s.page, s.step, s.description, s.planning_label, s.owner) for s in doc.steps]
    assert got == [
        (
            1,
            "Lancer une phase test",
            "Auditer les entreprises du territoire et leurs besoins",
            "2019",
            "GACdG",
        ),
        (1, "Définir une stratégie", "Déterminer l'engagement de la collectivité", "2020", "GACdG"),
        (2, "Suivre la démarche", "Un bilan annuel des actions", "2021", "GACdG"),
    ]
    assert doc.actions[0].target_audiences == ["Entreprises", "Associations"]
