"""A panel of field labels BESIDE their values (label column left, values right, no rule)
going on past a page break, laid out by real producers
(:mod:`tests.generators.page_break_plans`): Writer's borderless 2-column table as wide as its
values under a long introduction (sources.pdf.flow ``_label_rows``: not two text columns),
Chromium CSS grids whose long value runs over the break with the next labels on the next
page. Negative cases: two text columns of plain paragraphs are still read column by column;
a sentence opening with a label's words is no field."""

from __future__ import annotations

from sources.action_plan import parse_action_plan
from sources.pdf.content import Line, Segment
from sources.pdf.flow import _label_rows, two_column_order
from tests.generators import page_break_plans as plans

OBJECTIVE = "Réduire de 40 % les consommations d'ici 2030."
LINKS = ["Réduction des consommations d'énergie"]


def _doc(layout: str):
    return parse_action_plan(plans.fixture(layout), f"plans/{layout}.pdf", "0" * 64)


def test_a_borderless_label_table_beside_its_values_over_a_page_break() -> None:
    """Writer: 25 introduction paragraphs, then the fields table (bold labels, columns as
    wide as each other) whose « Indicateurs » row runs from page 1 over page 2 to page 3:
    every field whole, each indicator on its own, the labels after the break read."""
    doc = _doc("panel_docx")
    assert [a.action_code for a in doc.actions] == ["2.1.1"]
    action = doc.actions[0]
    assert action.context == "Le patrimoine public est ancien et consomme beaucoup d'énergie."
    assert action.expected_results == OBJECTIVE
    assert action.indicators == plans.INDICATORS
    assert action.indicators[0] == "Chauffage (l'école)"
    assert action.target_audiences == ["Communes et intercommunalité"]
    assert action.regulatory_links == LINKS
    assert [(s.step, s.planning_label, s.budget_label, s.owner) for s in doc.steps] == [
        ("Étape 1 : Inventorier le patrimoine", "2021", "1500", "Direction énergie"),
        ("Étape 2 : Auditer les écoles", "2022", "2500", "Service urbanisme"),
        ("Étape 3 : Prioriser les travaux", "2023-2025", "3500", "Syndicat d'énergie"),
    ]


def test_a_grid_panel_whose_list_value_runs_over_the_break() -> None:
    """Chromium: labels beside values in a CSS grid; the 40 indicators go on at the next
    page's top, the « Publics cibles » and « Liens » rows after them."""
    doc = _doc("panel_list_html")
    assert [a.action_code for a in doc.actions] == ["2.1.1", "2.1.2"]
    action = doc.actions[0]
    assert action.indicators == plans.INDICATORS
    assert action.expected_results == OBJECTIVE
    assert action.target_audiences == ["Communes et intercommunalité"]
    assert action.regulatory_links == LINKS
    assert [(s.page, s.planning_label) for s in doc.steps[:3]] == [
        (2, "2021"),
        (2, "2022"),
        (2, "2023-2025"),
    ]


def test_a_grid_panel_whose_prose_value_runs_over_the_break() -> None:
    """Chromium: the context (60 sentences) starts at the foot of page 1 and ends on page 2;
    read whole, the next labels beside their values on page 2."""
    doc = _doc("panel_break_html")
    action = doc.actions[0]
    assert action.context == plans.PANEL_LONG
    assert action.context.endswith("Le centre technique de la commune 60 doit rénover sa VMC.")
    assert action.expected_results == OBJECTIVE
    assert action.indicators == ["Consommation annuelle des bâtiments publics (MWh)"]
    assert action.regulatory_links == LINKS


def test_plain_labels_beside_values_and_label_looking_sentences() -> None:
    """Chromium: labels in a regular grey face beside their values; a paragraph « Publics
    cibles des actions précédentes… » above the panel and « Indicateurs de suivi : voir… »
    inside the context are text, no field."""
    doc = _doc("plain_side_html")
    first, second = doc.actions
    assert first.context == plans.SIDE_FIELDS[0][1]
    assert first.target_audiences == ["Communes et intercommunalité"]
    assert first.indicators == ["Consommation annuelle des bâtiments publics (MWh)"]
    assert first.regulatory_links == LINKS
    assert (second.context, second.indicators) == (
        None,
        ["Consommation annuelle des bâtiments publics (MWh)"],
    )


def _two_columns(bold_left: bool) -> list[Line]:
    """Eight rows of two columns (x 40–270 and 300–530), a line every 12 pt, each line's left
    segment bold or plain, its right one plain."""
    lines = []
    for n in range(8):
        left = Segment(40.0, 270.0, f"Gauche ligne {n}", bold_left, [(40.0, 270.0, f"G{n}")])
        right = Segment(300.0, 530.0, f"Droite ligne {n}", False, [(300.0, 530.0, f"D{n}")])
        top = 100.0 + 12 * n
        lines.append(Line(1, top, top + 8.0, 40.0, 530.0, 8.0, False, [left, right]))
    return lines


def _sides(lines: list[Line]) -> tuple[list[Line], list[Line]]:
    def part(ln: Line, seg: Segment) -> Line:
        return Line(1, ln.top, ln.bottom, seg.x0, seg.x1, ln.size, seg.bold, [seg])

    return [part(ln, ln.segments[0]) for ln in lines], [part(ln, ln.segments[1]) for ln in lines]


def test_bold_labels_level_with_values_are_rows_not_columns() -> None:
    lines = _two_columns(True)
    assert _label_rows(*_sides(lines))
    assert two_column_order(lines, [], 595.0) == lines  # read row by row, as set


def test_plain_text_columns_are_still_read_column_by_column() -> None:
    lines = _two_columns(False)
    lefts, rights = _sides(lines)
    assert not _label_rows(lefts, rights)
    assert not _label_rows(lefts[:1], rights)
    order = [ln.text for ln in two_column_order(lines, [], 595.0)]
    assert order[:2] == ["Gauche ligne 0", "Gauche ligne 1"]
    assert order[8] == "Droite ligne 0"
