"""Shapes a general PDF reading got wrong (issue 13, « left » by the last pass), each read by
a general rule shown on PDFs made by real producers (:mod:`tests.generators.left_shape_plans`,
Chromium and Writer), with negative cases.

1. Paragraphs of a Writer two-column section taken as a steps table header
   (sources.pdf.geometry_tables ``_straddles_cells``: a word of a wrapped header line running
   across two header cells shows running text); the producer case is
   ``justified_columns_docx`` in ``test_justified_lines``.
2. Two narrow text columns read interleaved (sources.pdf.flow ``_narrow_gutter``: a gutter
   in the middle of the lines that hold it, each column running text).
3. A COT deck's legend whose thresholds are in points under a progress table read as a row
   (sources.cot.text ``_is_legend``: thresholds in percent or in points).
4. A blog's side column of widgets printed beside the fiche on its first page, its titles
   level with the fiche's headings, read as a side column (sources.pdf.flow ``_label_tops``:
   only labels over values beside a side column's labels make cards or a table's header).
"""

from __future__ import annotations

from collections import Counter

from sources.action_plan import parse_action_plan
from sources.action_plan.line_kinds import _is_stop
from sources.cot import parse_cot
from sources.cot.text import _is_legend
from sources.pdf.content import Line, Segment
from sources.pdf.flow import two_column_order
from sources.pdf.geometry_tables import _header_cells
from sources.pdf.opening import read_pdf_text
from sources.pdf.pages import iter_pages
from sources.pdf.running import running_texts
from tests.generators import left_shape_plans as plans
from tests.generators.page_break_plans import STEP_NAMES
from tests.sources.cot import test_cot_seeds as cot_truth


def _page_lines(data: bytes, page: int = 1) -> list[str]:
    """The page's lines (out of its tables) in the reading order the parser gets them."""
    fast, scans = read_pdf_text(data)
    running = running_texts(data, ocr=scans.pages)
    for content in iter_pages(data, fast, running, _is_stop, scans.pages):
        if content.number == page:
            return [ln.text for ln in content.lines]
    raise AssertionError(page)


# --------------------------------------------------------------------------- 1. header cells


def _line(top: float, parts: list[tuple[float, str]], size: float = 10.0) -> Line:
    """A line of words at the given x (5 pt a letter, one space between words)."""
    segments = []
    for x, text in parts:
        words, at = [], x
        for word in text.split():
            words.append((at, at + 5.0 * len(word), word))
            at += 5.0 * len(word) + 5.0
        segments.append(Segment(x, words[-1][1], text, False, words))
    return Line(1, top, top + size, segments[0].x0, segments[-1].x1, size, False, segments)


def test_a_wrapped_line_running_across_two_cells_makes_no_header() -> None:
    # « Partenaires financiers » (right column) over « Budget consolidé des opérations »
    # (left column, split into a budget and a step cell), then running text under both
    first = _line(100.0, [(320.0, "Partenaires financiers sollicités")])
    second = _line(112.0, [(40.0, "Budget consolidé des opérations"), (320.0, "pour la suite")])
    third = _line(124.0, [(40.0, "passées hors subventions tel que"), (320.0, "territoires")])
    assert _header_cells(first, [second, third], lambda line: False) is None


def test_a_header_wrapped_inside_its_cells_is_still_one() -> None:
    # the same three cells, their labels wrapped inside them: a header
    first = _line(100.0, [(320.0, "Partenaires")])
    second = _line(112.0, [(40.0, "Budget"), (130.0, "Opérations"), (320.0, "envisagés")])
    third = _line(124.0, [(40.0, "prévu"), (130.0, "à mener")])
    cells = _header_cells(first, [second, third], lambda line: False)
    assert cells is not None
    assert [key for key, _, _ in cells] == ["budget", "step", "partners"]


def test_writer_header_in_the_body_weight_wrapped_in_narrow_cells_is_read() -> None:
    """Writer, a borderless steps table whose regular-weight header wraps its labels on two
    and three lines right above the first row: every step is read with its values."""
    doc = parse_action_plan(plans.fixture("wrapped_header_docx"), "plans/w.pdf", "0" * 64)
    assert [s.step for s in doc.steps] == [f"Étape {k} : {STEP_NAMES[k - 1]}" for k in (1, 2, 3)]
    assert [s.planning_label for s in doc.steps] == ["2021", "2022", "2023-2025"]
    assert [s.budget_eur for s in doc.steps] == [1500.0, 2500.0, 3500.0]
    assert [s.owner for s in doc.steps] == [
        "Direction énergie",
        "Service urbanisme",
        "Syndicat d'énergie",
    ]


# --------------------------------------------------------------------------- 2. narrow columns


def test_chromium_narrow_text_columns_read_one_after_the_other() -> None:
    """Chromium, a 9.5 cm box of two CSS columns left of full-width paragraphs: the context
    reads the left column down, then the right one."""
    doc = parse_action_plan(plans.fixture("narrow_columns_html"), "plans/n.pdf", "0" * 64)
    action = doc.actions[0]
    assert action.context is not None
    assert action.context.split() == " ".join(plans.NARROW).split()
    assert action.expected_results == plans.OBJECTIVE
    assert len(doc.steps) == 3


def test_chromium_narrow_pairs_side_by_side_stay_rows() -> None:
    """Negative: the same box holding short pairs side by side (years and amounts, labels and
    values) is no text columns: each pair stays one line, in row order."""
    lines = _page_lines(plans.fixture("narrow_pairs_html"))
    start = lines.index("Budget prévisionnel")
    assert lines[start + 1 : start + 1 + len(plans.PAIRS)] == [
        f"{left} {right}" for left, right in plans.PAIRS
    ]


def _block(rows: list[tuple[str, str]], x: float = 165.0, top: float = 100.0) -> list[Line]:
    return [
        _line(top + 12.0 * i, [(50.0, left), (x, right)]) for i, (left, right) in enumerate(rows)
    ]


_FULL = "Une ligne pleine largeur qui traverse toute la page de gauche à droite sans arrêt"


def _full(top: float) -> list[Line]:
    """Three full-width lines from ``top``: the page's text block, wider than the block."""
    return [_line(top + 12.0 * i, [(50.0, _FULL)]) for i in range(3)]


def test_narrow_columns_of_running_text_are_read_column_by_column() -> None:
    rows = [
        ("Le territoire compte", "Les élus souhaitent"),
        ("quarante communes", "mutualiser les achats"),
        ("dont les écoles", "et confier le suivi"),
        ("datent de 1975.", "à un conseiller."),
    ]
    lines = [*_full(40.0), *_block(rows), _line(160.0, [(50.0, _FULL)])]
    texts = [ln.text for ln in two_column_order(lines, [], 595.0)]
    assert texts == [_FULL] * 3 + [r[0] for r in rows] + [r[1] for r in rows] + [_FULL]


def test_narrow_pairs_with_capitalised_items_are_not_columns() -> None:
    rows = [
        ("Financeur", "Région Occitanie"),
        ("Maître d'ouvrage", "Syndicat départemental"),
        ("Opérateur", "Agence locale"),
        ("Suivi", "Comité de pilotage"),
    ]
    lines = [*_full(40.0), *_block(rows), _line(160.0, [(50.0, _FULL)])]
    texts = [ln.text for ln in two_column_order(lines, [], 595.0)]
    assert texts == [ln.text for ln in lines]


def test_narrow_block_with_a_wide_right_side_is_not_columns() -> None:
    # a short left column beside a right one three times as wide: labels beside values
    rows = [
        ("quarante", "communes rurales dont les écoles ont été construites avant 1975 et"),
        ("dont les", "chauffées au fioul depuis leur construction par les communes du"),
        ("datent", "territoire rural qui souhaitent désormais les rénover entièrement"),
        ("de 1975", "avec le concours du syndicat départemental et de la région toute"),
    ]
    lines = [*_full(40.0), *_block(rows, x=100.0), _line(160.0, [(50.0, _FULL)])]
    texts = [ln.text for ln in two_column_order(lines, [], 595.0)]
    assert texts == [ln.text for ln in lines]


# --------------------------------------------------------------------------- 3. legend in points


def test_impress_legend_in_points_under_progress_tables_is_no_row() -> None:
    """Impress, the seed 000 deck with chips before the percentages and, under each progress
    table, « Écart à la cible : ● ≥ 12 pts ● 6 à 12 pts ● < 6 pts »: every seed row read, no
    row made of the legend (its digits once read as « % réalisé = 6126 »)."""
    doc = parse_cot(plans.fixture("cot000_pptxpoints"), "contrats/p.pdf", "c" * 64)
    got = Counter(cot_truth._row(r) for r in doc.referential_scores)
    assert got == Counter(cot_truth.seed_rows())
    assert not any("pts" in r.label for r in doc.referential_scores)


def test_thresholds_in_points_make_a_legend() -> None:
    assert _is_legend("Écart à la cible : ● ≥ 12 pts ● 6 à 12 pts ● < 6 pts")
    assert _is_legend("● moins de 5 points ● de 5 à 10 points ● plus de 10 points")
    assert _is_legend("Progression : ■ inférieure à 3 pt ■ supérieure à 8 pt")


def test_rows_holding_points_are_no_legend() -> None:
    assert not _is_legend("Part modale du vélo : 12 pts 30 pts")  # no comparison
    assert not _is_legend("▶ Gagner plus de 5 pts de part modale 3,5 27 pts")  # 1 compare
    assert not _is_legend("Points restants 12 6 30")  # no unit after the numbers


# --------------------------------------------------------------------------- 4. side widgets


def test_chromium_blog_widget_column_stays_out_of_the_fiche() -> None:
    """Chromium, a WordPress-like side column of widgets (« Articles récents », « Catégories
    », a long « Archives » list running beside the steps table) printed beside the fiche on
    its first page: no widget word in the fields nor in the steps."""
    doc = parse_action_plan(plans.fixture("widgets_html"), "plans/wp.pdf", "0" * 64)
    action = doc.actions[0]
    assert action.context is not None
    assert action.context.split() == " ".join(plans.NARROW).split()
    assert action.expected_results == plans.OBJECTIVE
    assert action.target_audiences == ["Communes et intercommunalité"]
    assert [s.owner for s in doc.steps] == [
        "Direction énergie",
        "Service urbanisme",
        "Syndicat d'énergie",
    ]
    assert [s.partners for s in doc.steps] == [
        ["Région Occitanie"],
        ["CAUE du Gers"],
        ["Agence locale de l'énergie"],
    ]
