"""A scanned page whose fields stand in a narrow column beside the steps table, the column's
pale fill gone to paper (a black-and-white fax): read as side columns from the whitespace
gutter and the plan's field labels, in the values' own face as a scan reads them
(sources.pdf.pages._scan_side_columns); a rule seen on the image running over the gutter (a
table's row rule) leaves the page whole."""

from __future__ import annotations

from sources.action_plan.line_kinds import _is_stop
from sources.pdf import pages
from sources.pdf.content import Line
from sources.pdf.flow import SideColumns, _gutter_wide
from sources.pdf.pages import _scan_side_columns
from sources.pdf.scans import OcrPage
from tests.sources.pdf.hand_lines import hand_line
from tests.sources.pdf.test_side_columns import _line

FIELDS = [
    ("Contexte", ["Une opération test est menée sur", "le territoire avec vingt entreprises."]),
    ("Objectifs et résultats attendus", ["Des démarches sont menées d'ici 2030."]),
    ("Indicateurs", ["Nombre d'entreprises engagées"]),
    ("Publics cibles", ["Entreprises du territoire"]),
]


def _scan_lines() -> list[Line]:
    """The heading over the full width, then plain labels over values at x 43–260 beside a
    steps table at x 298–800, one body line every 10 pt (nothing bold: a scan's words)."""
    lines = [_line(33.0, (35, 400, "FICHE 1.1.2 Objectif opérationnel : un essai"))]
    top = 80.0
    for label, values in FIELDS:
        lines.append(_line(top, (43, 43 + 5 * len(label), label)))
        top += 10.0
        for value in values:
            lines.append(_line(top, (43, 43 + 4.5 * len(value), value)))
            top += 10.0
        top += 4.0
    for n in range(int((top - 80.0) / 10.0)):
        lines.append(
            _line(
                80.0 + 10 * n,
                (298, 360, f"Etape {n}"),
                (384, 540, "Auditer les acteurs"),
                (566, 590, "2020"),
                (690, 720, "GACdG"),
            )
        )
    return sorted(lines, key=lambda ln: ln.top)


def _rule(y: float, x0: float, x1: float) -> dict[str, object]:
    return {"orientation": "h", "x0": x0, "x1": x1, "top": y, "bottom": y, "width": x1 - x0}


def test_fields_beside_a_table_on_a_scan_are_a_side_column() -> None:
    split = _scan_side_columns(_scan_lines(), OcrPage([], 0.9), _is_stop)
    assert split is not None and split.panel_left is True
    assert 230.0 < split.gutter < 298.0
    assert 33.0 + 8.0 < split.top <= 80.0  # the heading over both columns stays above


def test_a_rule_seen_over_the_gutter_leaves_the_page_whole() -> None:
    """Rows ruled across both sides (a table's rows, its label column at left): no columns."""
    rules = [_rule(y, 40.0, 800.0) for y in (99.0, 133.0, 157.0)]
    assert _scan_side_columns(_scan_lines(), OcrPage([], 0.9, rules), _is_stop) is None


def test_a_short_page_is_left_whole() -> None:
    assert _scan_side_columns(_scan_lines()[:5], OcrPage([], 0.9), _is_stop) is None


def test_a_heading_gap_where_a_scan_lost_a_capital_is_no_gutter() -> None:
    """The objective heading over both columns (12 pt) read « … opérationnel : ettre en
    œuvre » with its « M » lost: an 18 pt gap over the gutter, wider than the 8 pt text's
    gutter, yet under twice the heading's own size — the band starts under the heading and
    its wrapped last word, which stay whole."""
    lines = _scan_lines()
    heading = hand_line(
        33.0,
        (35, 267, "FICHE 1.4.2 Objectif opérationnel :"),
        (285, 760, "ettre en œuvre une quantification carbone dans toutes les commandes"),
        size=12.0,
    )
    wrapped = hand_line(47.0, (35, 103, "publiques."), size=12.0)
    lines = sorted([heading, wrapped, *lines[1:]], key=lambda ln: ln.top)
    split = _scan_side_columns(lines, OcrPage([], 0.9), _is_stop)
    assert split is not None and split.panel_left is True
    assert 47.0 + 12.0 <= split.top <= 80.0


def test_gutter_wide_asks_twice_a_headings_size_only_of_a_larger_line_across_it() -> None:
    heading = hand_line(33.0, (35, 267, "Objectif :"), (285, 760, "ettre"), size=12.0)
    body = hand_line(90.0, (43, 267, "Une opération"), (285, 560, "Auditer"), size=8.0)
    assert not _gutter_wide((267.0, 285.0), heading, 12.0)
    assert _gutter_wide((267.0, 292.0), heading, 12.0)
    assert _gutter_wide((267.0, 285.0), body, 12.0)
    assert _gutter_wide((267.0, 285.0), hand_line(33.0, (35, 267, "Titre"), size=12.0), 12.0)
    assert not _gutter_wide((267.0, 275.0), body, 12.0)


def test_a_table_header_across_the_gutter_leaves_the_page_whole(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Fields one line each over a steps table whose two first columns stand left of a
    narrow gap (a portrait page's table, no column rule on the scan): the « gutter » runs
    between the table's columns, its header naming columns on both sides — no side
    column, though the gutter finder sees one (as on a fax of such a page, its gap at 291
    pt between the description and the planning columns)."""
    fields = [
        (71.5, "Services, Communes"),
        (95.1, "Prise en compte de l'EES :"),
        (118.1, "Liens avec les objectifs réglementaires"),
        (141.1, "Réduction des émissions de GES"),
        (164.7, "Séquestration carbone"),
        (188.2, "Maîtrise de la consommation d'énergie"),
        (211.7, "Production et consommation d'ENR"),
        (234.6, "Matériaux biosourcés"),
        (258.3, "Qualité de l'air"),
        (282.1, "Adaptation"),
        (304.8, "Modalités de mise en oeuvre"),
    ]
    lines = [_line(top, (58, 58 + 5.2 * len(text), text)) for top, text in fields]
    lines += [
        _line(
            330.0,
            (58, 85, "Etape"),
            (179, 228, "Descriptif"),
            (300, 362, "Planification"),
            (422, 487, "Ressources à"),
            (543, 581, "Porteur"),
            (664, 722, "Partenaires"),
        ),
        _line(341.4, (422, 468, "mobiliser"), (664, 714, "envisagés")),
        _line(
            354.1,
            (58, 153, "Evaluer les usages et"),
            (178, 261, "Afin de mesurer le"),
            (300, 322, "2020"),
            (454, 531, "interne (0,25ETP)"),
            (543, 628, "Service commande"),
            (664, 701, "Services"),
        ),
        _line(366.4, (58, 136, "élaborer un guide"), (179, 274, "niveau d'intervention")),
        _line(378.0, (58, 95, "pratique"), (179, 243, "nécessaire, un")),
        _line(390.3, (179, 288, "diagnostic de la prise en")),
    ]
    lines.sort(key=lambda ln: ln.top)
    found = SideColumns(291.0, 70.0, 400.0, panel_left=True)
    monkeypatch.setattr(pages, "gutter_columns", lambda *args: found)
    assert _scan_side_columns(lines, OcrPage([], 0.9), _is_stop) is None
    # the same band without the table's header line is kept
    headless = [ln for ln in lines if ln.top != 330.0]
    assert _scan_side_columns(headless, OcrPage([], 0.9), _is_stop) is found


def test_a_details_column_beside_row_cells_leaves_the_page_whole(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A steps table continued without its header, its last column stacking each step's
    « Porteur : … » / « Partenaires envisagés : … » lines (a scan of such a table: no
    column rule): the « gutter » is the gap before that column. Two rows whose first line
    holds cells on one side and a steps column's label before a colon on the other: one
    table, no side column. One such line alone (a panel's « Budget : » field beside a row)
    keeps the split."""
    rows = []
    for top, budget in ((182.0, "interne"), (227.0, "20 000")):
        rows += [
            _line(
                top,
                (43, 120, "Evaluer les besoins"),
                (130, 320, "Après une étape de sensibilisation"),
                (329, 350, "2021"),
                (385, 420, budget),
                (447, 540, "Porteur : Service"),
            ),
            _line(top + 9, (43, 120, "en formation des"), (447, 530, "commande publique")),
            _line(top + 18, (43, 120, "services et des"), (447, 550, "Partenaires envisagés :")),
            _line(top + 27, (43, 100, "communes"), (447, 490, "Services")),
        ]
    found = SideColumns(366.0, 135.0, 265.0, panel_left=False)
    monkeypatch.setattr(pages, "gutter_columns", lambda *args: found)
    assert _scan_side_columns(rows, OcrPage([], 0.9), _is_stop) is None
    assert pages._details_beside_cells(rows, found)
    assert not pages._details_beside_cells(rows[:4], found)
    # labels that name no steps column (a panel's fiche fields) keep the split
    fields = [
        _line(ln.top, *[(s.x0, s.x1, s.text.replace("Porteur", "Contexte")) for s in ln.segments])
        for ln in rows
    ]
    assert not pages._details_beside_cells(fields, found)
