"""Steps written as RUN-IN paragraphs over DETAILS GRIDS (sources.action_plan.step_list,
sources.action_plan.detail_grid): no steps table, no « Etape » nor « Descriptif » label;
each step a paragraph opened by its name in bold, a dash or a colon, its description going
on in the same paragraph, then a small table of « label | value » cells for its other
columns. Lines are built by hand (a bold start inside a segment as the line builder reports
it, ``Segment.lead_bold``); each rule has a case that must NOT be read so."""

from __future__ import annotations

from dataclasses import replace

from sources.action_plan.detail_grid import grid_pairs, grid_row
from sources.action_plan.step_list import ListedSteps, runin_start
from sources.pdf.content import Line, Segment
from sources.pdf.lines import words_to_lines
from tests.sources.pdf.hand_lines import hand_line

LEFT = 57.0  # the text's left edge: paragraphs, the grid's first label column
VALUE1, LABEL2, VALUE2 = 150.0, 298.0, 391.0  # the grid's other edges (2 × 4 cells)
CHAR = 4.5  # pt a letter


def _words(x: float, text: str) -> list[tuple[float, float, str]]:
    out = []
    for word in text.split():
        out.append((x, x + CHAR * len(word), word))
        x += CHAR * (len(word) + 1)
    return out


def _runin(top: float, name: str, rest: str, *, sep: str = "—", page: int = 1) -> Line:
    """A paragraph's first line: ``name`` in bold, then `` sep rest`` in plain text."""
    words = _words(LEFT, f"{name} {sep} {rest}".strip())
    bold = len(name.split())
    text = " ".join(w[2] for w in words)
    seg = Segment(LEFT, words[-1][1], text, False, words, bold)
    return Line(page, top, top + 9.5, LEFT, words[-1][1], 9.5, False, [seg])


def _text(top: float, text: str, *, bold: bool = False, page: int = 1, x: float = LEFT) -> Line:
    words = _words(x, text)
    seg = Segment(x, words[-1][1], text, bold, words, len(words) if bold else 0)
    return Line(page, top, top + 9.5, x, words[-1][1], 9.5, bold, [seg])


def _cells(top: float, *cells: tuple[float, str, bool], page: int = 1) -> Line:
    """A grid line: ``(x, text, bold)`` cells (labels bold, values plain), 8 pt."""
    segs = []
    for x, text, bold in cells:
        words = _words(x, text)
        segs.append(Segment(x, words[-1][1], text, bold, words, len(words) if bold else 0))
    return Line(page, top, top + 8.0, segs[0].x0, segs[-1].x1, 8.0, all(s.bold for s in segs), segs)


def _grid(top: float, values: tuple[str, str, str, str], *, page: int = 1) -> list[Line]:
    """A 2 × 4 details grid, labels wrapped in their narrow cells, as the line builder gives
    it (one line per printed line, both pairs of a row on one line)."""
    planning, budget, owner, partners = values
    row1 = [(LEFT, "Planification", True)] + ([(VALUE1, planning, False)] if planning else [])
    row1 += [(LABEL2, "Ressources à", True)] + ([(VALUE2, budget, False)] if budget else [])
    row2 = [(LEFT, "Porteur", True)] + ([(VALUE1, owner, False)] if owner else [])
    row2 += [(LABEL2, "Partenaires", True)] + ([(VALUE2, partners, False)] if partners else [])
    return [
        _cells(top, *row1, page=page),
        _cells(top + 10.5, (LABEL2, "mobiliser", True), page=page),
        _cells(top + 22.0, *row2, page=page),
        _cells(top + 32.5, (LABEL2, "envisagés", True), page=page),
    ]


HEADING = hand_line(30.0, (LEFT, 200.0, "Modalités de mise en oeuvre"), size=11.0)
NEXT_SHEET = _text(400.0, "FICHE 1.1.2", bold=True)


def _read(pages: list[list[Line]]) -> tuple[list[Line], list]:
    """Lines left and steps tables of consecutive pages, the list kept open read too."""
    listed = ListedSteps()
    left: list[Line] = []
    blocks: list = []
    for number, lines in enumerate(pages, start=1):
        more, found = listed(lines, number)
        left += more
        blocks += found
    more, found = listed.flush()
    return left + more, blocks + found


FIRST = [
    _runin(50.0, "Lancer une phase test", "Les actions à développer sont les suivantes :"),
    _text(62.5, "1) Organisation de rencontres annuelles"),
    _text(75.0, "2) Animer et faire vivre ce réseau"),
    *_grid(90.0, ("2019", "18000 (financé)", "GACdG", "Chambre du Commerce")),
]
SECOND = [
    _runin(145.0, "Définir une stratégie", "sur la base du potentiel déterminé lors de la"),
    _text(157.5, "phase test."),
    _text(172.0, "Il sera notamment question du format de cette intervention."),
    *_grid(187.0, ("2020 et +", "interne", "GACdG", "")),
]
WANT = [
    {
        "step": "Lancer une phase test",
        "description": "Les actions à développer sont les suivantes :\n"
        "1) Organisation de rencontres annuelles\n2) Animer et faire vivre ce réseau",
        "planning": "2019",
        "budget": "18000 (financé)",
        "owner": "GACdG",
        "partners": "Chambre du Commerce",
    },
    {
        "step": "Définir une stratégie",
        "description": "sur la base du potentiel déterminé lors de la phase test.\n"
        "Il sera notamment question du format de cette intervention.",
        "planning": "2020 et +",
        "budget": "interne",
        "owner": "GACdG",
        "partners": "",
    },
]


def test_a_bold_name_ended_by_a_dash_or_a_colon_opens_a_runin_step() -> None:
    """The bold words before a dash or a colon (plain or bold, glued or set apart) are the
    name; the plain text after it opens the description. No bold start, no separator right
    after the bold words, a whole bold line going on after them, a bold « Titre : » alone,
    a lower-case bold start: no run-in step."""
    name, x, rest = runin_start(_runin(50.0, "Lancer une phase test", "Les actions"))
    assert (name, rest) == ("Lancer une phase test", "Les actions")
    assert x == _runin(50.0, "Lancer une phase test", "Les actions").segments[0].words[5][0]
    assert runin_start(_runin(50.0, "Définir une stratégie", "sur la base", sep=":"))[::2] == (
        "Définir une stratégie",
        "sur la base",
    )
    glued = _runin(50.0, "Définir une stratégie:", "sur la base", sep="")
    assert runin_start(glued)[::2] == ("Définir une stratégie", "sur la base")
    bold_dash = _runin(50.0, "Former les élus —", "un cycle", sep="")
    assert runin_start(bold_dash)[::2] == ("Former les élus", "un cycle")
    assert runin_start(_text(50.0, "Lancer une phase test — Les actions")) is None  # no bold
    assert runin_start(_runin(50.0, "Important", "les montants sont indicatifs", sep="")) is None
    heading = _text(50.0, "Phase 1 : diagnostic", bold=True)  # all bold, text after the colon
    assert runin_start(heading) is None
    assert runin_start(_text(50.0, "Actions prévues :", bold=True)) is None
    assert runin_start(_runin(50.0, "puis", "les communes")) is None


def test_the_line_builder_counts_the_bold_words_a_segment_starts_with() -> None:
    """« Nom — texte » set as bold words then plain ones in one segment: two bold words."""
    words = [
        {"text": t, "x0": x, "x1": x + 20, "top": 50.0, "bottom": 59.5, "size": 9.5, "fontname": f}
        for t, x, f in (
            ("Lancer", 57.0, "ABCDEF+LiberationSans-Bold"),
            ("vite", 80.0, "ABCDEF+LiberationSans-Bold"),
            ("—", 103.0, "ABCDEF+LiberationSans"),
            ("Les", 126.0, "ABCDEF+LiberationSans"),
        )
    ]
    (line,) = words_to_lines(words, 1)
    assert len(line.segments) == 1 and line.segments[0].lead_bold == 2
    assert not line.bold and runin_start(line)[::2] == ("Lancer vite", "Les")


def test_runin_steps_over_details_grids_are_read_as_steps() -> None:
    """Under the steps heading: the name, the description (the paragraph's rest, its other
    lines and paragraphs), then the grid's cells — labels wrapped in their cells, an empty
    value left empty —; the next sheet's heading ends the list."""
    left, blocks = _read([[HEADING, *FIRST, *SECOND, NEXT_SHEET]])
    assert [ln.text for ln in left] == ["Modalités de mise en oeuvre", "FICHE 1.1.2"]
    assert len(blocks) == 1 and blocks[0].whole_rows
    assert [r.cells for r in blocks[0].rows] == WANT
    assert [r.top for r in blocks[0].rows] == [50.0, 145.0]


def test_a_grid_given_column_by_column_is_read_from_its_geometry() -> None:
    """Text columns may give a grid's left pairs, then a line under the grid (a heading),
    then its right pairs: the grid is read row by row from its lines' places."""
    grid = FIRST[3:]
    lefts = [replace(ln, segments=ln.segments[:2]) for ln in grid if ln.x0 == LEFT]
    rights = [replace(ln, segments=ln.segments[-2:]) for ln in grid if ln.x0 == LEFT]
    rights = [replace(ln, x0=ln.segments[0].x0) for ln in rights]
    wraps = [ln for ln in grid if ln.x0 == LABEL2]
    objective = _text(140.0, "1,4", bold=True)
    shuffled = [HEADING, *FIRST[:3], *lefts, objective, rights[0], wraps[0], rights[1], wraps[1]]
    left, blocks = _read([shuffled])
    assert [r.cells for r in blocks[0].rows] == WANT[:1]
    assert [ln.text for ln in left] == ["Modalités de mise en oeuvre", "1,4"]


def test_a_step_and_its_grid_across_a_page_break() -> None:
    """The paragraph at a page's foot and its grid at the top of the next page; a grid cut
    between its two rows: each step keeps its whole grid."""
    first = [replace(ln, page=1) for ln in FIRST[:3]]
    top_of_two = [replace(ln, page=2, top=ln.top - 40.0) for ln in FIRST[3:]]
    second = [replace(ln, page=2) for ln in SECOND[:3] + SECOND[3:5]]
    cut = [replace(ln, page=3, top=ln.top - 150.0) for ln in SECOND[5:]]
    left, blocks = _read([[HEADING, *first], [*top_of_two, *second], [*cut, NEXT_SHEET]])
    rows = [r for b in blocks for r in b.rows]
    assert [r.cells for r in rows] == WANT
    assert [r.page for r in rows] == [1, 2]
    assert [ln.text for ln in left] == ["Modalités de mise en oeuvre", "FICHE 1.1.2"]


def test_a_name_wrapped_over_a_bold_line() -> None:
    """A name too long for one line: its first line all bold right above the run-in line."""
    above = _text(50.0, "Mettre en oeuvre la quantification carbone pour une", bold=True)
    lines = [
        HEADING,
        above,
        _runin(62.5, "sélection de marchés", "Sélectionner des sujets"),
        *_grid(78.0, ("2021", "interne", "GACdG", "services")),
    ]
    left, blocks = _read([lines])
    (row,) = blocks[0].rows
    assert row.cells["step"] == (
        "Mettre en oeuvre la quantification carbone pour une sélection de marchés"
    )
    assert row.cells["description"] == "Sélectionner des sujets"
    assert row.top == 50.0 and [ln.text for ln in left] == ["Modalités de mise en oeuvre"]


def test_a_grid_read_alone() -> None:
    """Pairs in reading order whatever the lines' order, a label's wrapped rest not in the
    value, a value's wrapped lines joined, an empty value ``""``; a fields grid (« Contexte
    | … ») opens no details grid."""
    grid = _grid(90.0, ("2019", "", "GACdG", "Chambre du Commerce et de"))
    grid.append(_cells(132.5, (VALUE2, "l'Industrie du Gers", False)))
    want = [
        ("planning", "2019"),
        ("budget", ""),
        ("owner", "GACdG"),
        ("partners", "Chambre du Commerce et de l'Industrie du Gers"),
    ]
    assert grid_pairs(grid) == want
    assert grid_pairs(grid[::-1]) == want
    fields = _cells(90.0, (LEFT, "Contexte", True), (VALUE1, "L'agglomération mène", False))
    assert grid_row(fields) is None
    assert grid_row(_cells(90.0, (LEFT, "Etape", True), (VALUE1, "Lancer", False))) is None


def test_no_grid_no_heading_no_steps() -> None:
    """A bold lead-in with a dash under the steps heading but no details grid (a remark);
    run-in steps with their grids outside the steps heading (the fields block); a details
    grid under the heading with no step above it; a grid naming one detail column only: no
    steps, every line given back as it came."""
    remark = [
        HEADING,
        _runin(50.0, "Attention", "les montants sont donnés à titre indicatif."),
        _text(62.5, "Ils seront précisés chaque année."),
        NEXT_SHEET,
    ]
    assert _read([remark]) == (remark, [])
    fields_block = [*FIRST, *SECOND, NEXT_SHEET]  # no steps heading above
    assert _read([fields_block]) == (fields_block, [])
    grid_alone = [HEADING, *_grid(50.0, ("2019", "5000", "GACdG", "CCI")), NEXT_SHEET]
    assert _read([grid_alone]) == (grid_alone, [])
    one_column = [
        HEADING,
        _runin(50.0, "Lancer une phase test", "Les actions"),
        _cells(65.0, (LEFT, "Porteur", True), (VALUE1, "GACdG", False)),
        NEXT_SHEET,
    ]
    assert _read([one_column]) == (one_column, [])


def test_labels_over_their_values_are_no_details_grid() -> None:
    """A line of labels alone (« Planification | Ressources à mobiliser », a card's labels
    over their values) opens no grid: the run-in item has no details, nothing is read. Inside
    an open grid, a row of labels alone is a row whose values are all empty."""
    cards = [
        HEADING,
        _runin(50.0, "Lancer une phase test", "Les actions"),
        _cells(65.0, (LEFT, "Planification", True), (VALUE1, "Ressources à mobiliser", True)),
        _cells(75.0, (LEFT, "2019", False), (VALUE1, "5000", False)),
        NEXT_SHEET,
    ]
    assert _read([cards]) == (cards, [])
    grid = _grid(90.0, ("2019", "5000", "", ""))
    assert grid[2].text == "Porteur Partenaires" and grid_row(grid[2]) is None
    assert grid_row(grid[2], open_grid=True) == "owner"
    lines = [HEADING, _runin(70.0, "Lancer une phase test", "Les actions"), *grid, NEXT_SHEET]
    (row,) = _read([lines])[1][0].rows
    assert (row.cells["owner"], row.cells["partners"]) == ("", "")


def test_a_bold_remark_after_the_last_step_is_no_step() -> None:
    """« Nota — … » in bold after the last step's details grid: no details of its own, it is
    given back as text, after the steps."""
    nota = [_runin(240.0, "Nota", "les montants sont indicatifs."), _text(252.5, "À préciser.")]
    left, blocks = _read([[HEADING, *FIRST, *SECOND, *nota, NEXT_SHEET]])
    assert [r.cells for r in blocks[0].rows] == WANT
    assert left == [HEADING, *nota, NEXT_SHEET]
