"""Column assignment of table words (sources.pdf.geometry_tables), on hand-placed words."""

from __future__ import annotations

from sources.pdf.geometry_tables import _split_segments
from sources.pdf.lines import words_to_lines


def _word(x0: float, text: str, width: float | None = None) -> dict:
    w = width if width is not None else 5.0 * len(text)
    return {"x0": x0, "x1": x0 + w, "top": 100.0, "bottom": 109.0, "text": text, "size": 9.0}


def test_words_of_two_narrow_padded_cells_are_split_at_the_bound() -> None:
    """« GACdG » then « Chambre du » 5 pt apart read as one segment: cut at the bound."""
    (line,) = words_to_lines(
        [_word(410, "GACdG", 30), _word(445, "Chambre", 35), _word(482, "du", 10)], 1
    )
    assert len(line.segments) == 1
    cols = _split_segments(line, [300.0, 408.0, 443.0, 540.0])
    assert [" ".join(s.text for s in c) for c in cols] == ["", "GACdG", "Chambre du"]


def test_right_aligned_amount_keeps_its_digit_groups_and_goes_by_its_right_edge() -> None:
    """« 400 000 » right-aligned in a narrow budget column, its first group left of a bound
    estimated under a centred header: one number, in the budget column."""
    (line,) = words_to_lines(
        [_word(100, "2022", 20), _word(196, "400", 15), _word(213, "000", 15)], 1
    )
    cols = _split_segments(line, [90.0, 150.0, 200.0, 260.0])
    assert [" ".join(s.text for s in c) for c in cols] == ["2022", "", "400 000"]


def test_short_numbers_of_two_columns_are_never_glued() -> None:
    """« 3,2 » and « 35,8 % » (slide table, right-aligned) stay two cells."""
    (line,) = words_to_lines([_word(180, "3,2", 14), _word(198, "35,8", 18), _word(218, "%", 5)], 1)
    cols = _split_segments(line, [100.0, 196.0, 240.0])
    assert [" ".join(s.text for s in c) for c in cols] == ["3,2", "35,8 %"]


def test_small_capitals_are_one_word_and_a_change_of_face_cuts_label_from_value() -> None:
    """Small capitals come as a taller first letter touching smaller capitals (« O » +
    « BJECTIFS »): one word. An italic label set flush against its value column (7.5 pt, less
    than the 0.8 em segment gap) is cut from the regular value; a blank between two words of
    one face is not."""
    italic, regular = "AAAAAB+LiberationSans-Italic", "AAAAAA+LiberationSans"
    words = [
        {**_word(56.8, "O", 6.4), "size": 10.0, "top": 98.0, "fontname": regular},
        {**_word(63.2, "BJECTIFS", 30.9), "size": 8.0, "fontname": regular},
        {**_word(96.5, "ET", 8.4), "size": 8.0, "fontname": regular},
    ]
    (line,) = words_to_lines(words, 1)
    assert line.text == "OBJECTIFS ET"
    words = [
        {**_word(116.3, "Indicateurs", 46.4), "size": 9.5, "fontname": italic},
        {**_word(170.2, "Nombre", 33.8), "size": 9.5, "fontname": regular},
        {**_word(206.6, "d'entreprises", 54.1), "size": 9.5, "fontname": regular},
    ]
    (line,) = words_to_lines(words, 1)
    assert [s.text for s in line.segments] == ["Indicateurs", "Nombre d'entreprises"]
    same = [{**w, "fontname": regular} for w in words]
    (line,) = words_to_lines(same, 1)
    assert [s.text for s in line.segments] == ["Indicateurs Nombre d'entreprises"]


def _lead_in(x0: float, text: str, width: float, big: bool) -> dict:
    """A glyph run of a line set in small capitals (a theme's « lead-in » first line): capitals
    and punctuation 8.93 pt, the rest 5.95 pt capitals, all on one baseline (bottom)."""
    if big:
        return {**_word(x0, text, width), "top": 241.86, "bottom": 250.79, "size": 8.93}
    return {**_word(x0, text, width), "top": 244.21, "bottom": 250.16, "size": 5.95}


def test_a_small_capitals_line_is_one_line_its_punctuation_in_its_words() -> None:
    """« Le critère "Carbone" est » in small capitals: the big glyphs (« L », « " », « C »)
    stand higher and are met first; a small word after a space, punctuation at full size
    glued to small capitals (gaps of 0.9–1.3 pt, the small size's space 1.65 pt) all go in the
    words they touch; a plain space parts words."""
    words = [
        _lead_in(159.73, "L", 5.45, True),
        _lead_in(165.45, "e", 3.31, False),
        _lead_in(172.44, "critère", 27.08, False),
        _lead_in(203.2, '"C', 10.95, True),
        _lead_in(214.42, "arbone", 26.48, False),
        _lead_in(241.83, '"', 4.23, True),
        _lead_in(249.08, "est", 10.46, False),
        _lead_in(262.0, "socio", 19.26, False),
        _lead_in(282.52, "-", 2.98, True),
        _lead_in(285.77, "économiques", 47.34, False),
    ]
    (line,) = words_to_lines(words, 1)
    assert line.text == 'Le critère "Carbone" est socio-économiques'


def test_header_closed_by_a_rule_across_the_next_line() -> None:
    """A regular-weight header on a tight row: the first body line is as close below it as a
    wrapped header line. A rule running above every cell of that line (a dotted row
    separator drawn as one dashed stroke) closes the header; a rule under the one-line header
    cells only (unequal header cells) leaves the wrapped labels in the header."""
    from types import SimpleNamespace

    from sources.pdf.content import Line, Segment
    from sources.pdf.geometry_tables import _geometry_table

    def line(top: float, *cells: tuple[float, str]) -> Line:
        segs = [Segment(x, x + 40, t, False, []) for x, t in cells]
        return Line(1, top, top + 8, segs[0].x0, segs[-1].x1, 8.0, False, segs)

    cells = [
        ("step", 100.0, 130.0),
        ("description", 200.0, 250.0),
        ("planning", 300.0, 350.0),
        ("budget", 400.0, 440.0),
        ("owner", 500.0, 530.0),
    ]
    header = line(
        100,
        (100, "Etape"),
        (200, "Descriptif"),
        (300, "Planification"),
        (400, "Ressources"),
        (500, "Porteur"),
    )
    wrapped = line(110.6, (400, "mobiliser"))
    body = line(122.0, (100, "Lancer"), (200, "Les"), (300, "2019"), (400, "5 000"), (500, "GACdG"))
    body2 = line(
        140.0, (100, "Définir"), (200, "Sur"), (300, "2020"), (400, "interne"), (500, "GACdG")
    )

    def page(*rules: tuple[float, float, float]) -> SimpleNamespace:
        edges = [
            {"orientation": "h", "top": y, "bottom": y, "x0": x0, "x1": x1} for y, x0, x1 in rules
        ]
        return SimpleNamespace(edges=edges)

    def never(_: Line) -> bool:
        return False

    full = page((121.7, 90.0, 560.0), (138.0, 90.0, 560.0))
    block, _ = _geometry_table([header, body, body2], 0, cells, None, full, 1, never)
    assert [r.cells["step"] for r in block.rows] == ["Lancer", "Définir"]
    partial = page(
        (110.0, 90.0, 390.0), (110.0, 450.0, 560.0), (121.7, 90.0, 560.0), (138.0, 90.0, 560.0)
    )
    block, _ = _geometry_table([header, wrapped, body, body2], 0, cells, None, partial, 1, never)
    assert [r.cells["step"] for r in block.rows] == ["Lancer", "Définir"]
    assert all("mobiliser" not in (r.cells["budget"] or "") for r in block.rows)


def _seg_line(top: float, *words: tuple[float, float, str], size: float = 8.0) -> object:
    """A bold header-like line."""
    from tests.sources.pdf.hand_lines import hand_line

    return hand_line(top, *words, size=size)


def test_header_labels_wrapped_at_the_bottom_of_cells_half_a_line_apart() -> None:
    """A web page's ``<thead>`` (line-height 1.5, labels set at the bottom of their cells):
    « Ressources » / « Partenaires » alone on a first line, half a line (4 pt at 8 pt) above
    the line naming the other columns and holding « à mobiliser » / « envisagés ». The two
    lines are one header; a line naming no column that far below is not taken in."""
    from sources.pdf.geometry_tables import _header_cells

    first = _seg_line(86.9, (381, 432, "Ressources"), (482, 534, "Partenaires"))
    words = [
        (43, 65, "Etape"),
        (118, 160, "Descriptif"),
        (320, 378, "Planification"),
        (381, 386, "à"),
        (389, 430, "mobiliser"),
        (443, 475, "Porteur"),
        (482, 520, "envisagés"),
    ]
    second = _seg_line(98.9, *words)
    cells = _header_cells(first, [second], lambda line: False)
    assert cells is not None
    assert [c[0] for c in cells] == [
        "step",
        "description",
        "planning",
        "budget",
        "owner",
        "partners",
    ]
    body = _seg_line(99.5, (381, 420, "18000"), (482, 530, "Chambre du"))
    assert _header_cells(first, [body], lambda line: False) is None
    far = _seg_line(104.0, *words)
    assert _header_cells(first, [far], lambda line: False) is None  # more than a line apart


def test_lines_of_a_cell_half_a_line_apart_stay_one_row() -> None:
    """Without rules, rows are cut on gaps wider than 0.45 em — unless the lines of one cell
    (a line holding only some of the columns of the line above) are themselves that far apart
    (line-height 1.5): then only clearly wider gaps cut; cells centred vertically (lines
    interleaving) keep 0.45 em."""
    from sources.pdf.content import Line, Segment
    from sources.pdf.geometry_tables import _row_gap_ratio

    bounds = [0.0, 100.0, 200.0, 300.0]

    def line(top: float, *cols: int) -> Line:
        segs = [Segment(100 * c + 5, 100 * c + 60, f"c{c}", False, []) for c in cols]
        return Line(1, top, top + 8, segs[0].x0, segs[-1].x1, 8.0, False, segs)

    body = [line(0, 0, 1, 2), line(12, 0, 1), line(24, 1), line(42, 0, 1, 2), line(54, 1)]
    columns = {id(ln): _split_segments(ln, bounds) for ln in body}
    ratio = _row_gap_ratio(body, columns)
    assert ratio == 0.8  # tightest gap of a cell: 4 pt = 0.5 em, + 0.3
    gaps = [(b.top - a.bottom) / 8.0 for a, b in zip(body, body[1:], strict=False)]
    assert [g > ratio for g in gaps] == [False, False, True, False]
    tight = [line(0, 0, 1, 2), line(10, 0, 1), line(24, 0, 1, 2)]
    assert _row_gap_ratio(tight, {id(ln): _split_segments(ln, bounds) for ln in tight}) == 0.45
    centred = [line(0, 1), line(4, 0, 2), line(12, 1)]  # interleaving lines
    assert _row_gap_ratio(centred, {id(ln): _split_segments(ln, bounds) for ln in centred}) == 0.45


def test_a_cell_starting_a_paragraph_margin_lower_starts_no_row() -> None:
    """A web page's steps table (pandoc: cells without padding rows, no rule between rows):
    the first row's short cells on its first line, its description's first ``<p>`` one
    1 em margin lower, so on the second line 1.5 pt above the step's wrapped second line
    (line pitch 13.5 pt at 12 pt). That line joins words of two heights: no row starts there,
    the table's cells are not top-aligned and it is one row. Words of one height on that line
    (top-aligned cells, the description empty on the first line) start a row."""
    from sources.pdf.content import Line, Segment
    from sources.pdf.geometry_tables import _cut_on_restarts, _one_height

    bounds = [65.0, 134.0, 262.0, 340.0, 411.0, 471.0, 547.0]
    starts = {0: 71.0, 1: 140.0, 2: 269.0, 3: 346.0, 4: 417.0, 5: 477.0}

    def line(top: float, bottom: float, *cells: tuple[int, str]) -> Line:
        segs = [Segment(starts[c], starts[c] + 40.0, t, False, []) for c, t in cells]
        return Line(1, top, bottom, segs[0].x0, segs[-1].x1, 12.0, False, segs)

    first = line(574.8, 586.8, (0, "Lancer une"), (2, "2019"), (3, "18000"), (4, "GACdG"),
                 (5, "Chambre du"))  # fmt: skip
    # « phase test » / « (financé) » / « Commerce » at 588.3, « Les actions à » at 586.8
    second = line(586.8, 600.3, (0, "phase test"), (1, "Les actions à"), (3, "(financé)"),
                  (5, "Commerce"))  # fmt: skip
    third = line(600.3, 613.8, (0, "d'un projet"), (1, "développer sont les"), (5, "et de"))
    body = [first, second, third]
    columns = {id(ln): _split_segments(ln, bounds) for ln in body}
    assert not _one_height(second) and _one_height(first)
    assert _cut_on_restarts(body, columns, False) is None
    assert _cut_on_restarts(body, columns, True) == [body]  # going on: still one row
    # on a scan the OCR's word boxes make lines taller than their size anyway: not used there
    assert _cut_on_restarts(body, columns, True, scan=True) == [[first], [second, third]]
    level = line(588.3, 600.3, *((c, t) for c, t in ((0, "Définir"), (1, "Sur"), (3, "int"))))
    body = [first, level, third]
    columns = {id(ln): _split_segments(ln, bounds) for ln in body}
    assert _cut_on_restarts(body, columns, False) == [[first], [level, third]]


def test_slanted_labels_over_a_drawn_grid_take_its_column_rules() -> None:
    # plan_html_biais: each label turned 45° from its column's foot-left corner starts left
    # of its column's rule, so no gap between two labels holds that rule; the grid drawn
    # under them has one inner rule between each two labels: those are the bounds
    from sources.pdf.geometry_tables import _boundaries
    from tests.sources.pdf.hand_lines import hand_line

    cells = [("step", 36.0, 60.0), ("description", 117.0, 151.0), ("planning", 310.0, 352.0),
             ("budget", 366.0, 420.0), ("owner", 428.0, 456.0), ("partners", 484.0, 549.0)]  # fmt: skip
    body = [hand_line(720.0, (46, 110, "Lancer une"), (128, 300, "Les actions"), (321, 340, "2019"),
                      (377, 400, "18000"), (438, 460, "GACdG"), (495, 540, "Chambre du"))]  # fmt: skip
    rules = [(x, 700.0, 790.0) for x in (43.0, 125.0, 318.0, 319.0, 374.5, 435.5, 492.0, 553.0)]
    assert [round(b) for b in _boundaries(cells, body, rules, 28.0, 551.0)] == [
        28,
        125,
        318,
        374,
        436,
        492,
        551,
    ]
    # labels standing over their columns, each gap holding its rule: read as before
    upright = [("step", 46.0, 70.0), ("description", 128.0, 170.0), ("planning", 321.0, 360.0),
               ("budget", 377.0, 420.0), ("owner", 438.0, 470.0), ("partners", 495.0, 540.0)]  # fmt: skip
    assert [round(b) for b in _boundaries(upright, body, rules, 38.0, 551.0)] == [
        38,
        125,
        319,
        374,
        436,
        492,
        551,
    ]
    # rules that do not match the labels (two columns' rules only): the words' gaps
    few = [(x, 700.0, 790.0) for x in (43.0, 318.0, 553.0)]
    assert len(_boundaries(cells, body, few, 28.0, 551.0)) == 7
