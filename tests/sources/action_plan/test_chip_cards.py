"""Steps printed as cards with labelled chips (plan_html_masonry reads whole with them):
the title over the description, then « label value » pills, one or two cards per line."""

from __future__ import annotations

from sources.action_plan.chip_cards import chip_cards
from sources.pdf.content import Line, Segment


def _seg(x0: float, text: str, *, bold: bool = False, lead: int = 0) -> Segment:
    words, x = [], x0
    for word in text.split():
        words.append((x, x + 5.0 * len(word), word))
        x += 5.0 * len(word) + 3.0
    return Segment(x0, words[-1][1], text, bold, words, lead)


def _line(top: float, *segs: Segment, size: float = 9.0) -> Line:
    bold = all(s.bold for s in segs)
    return Line(1, top, top + size, segs[0].x0, segs[-1].x1, size, bold, list(segs))


def _card(x: float, top: float, title: str, description: str, budget: str) -> list[Line]:
    """One card at ``x``: title, one description line, two chip lines."""
    return [
        _line(top, _seg(x, title, bold=True), size=10.0),
        _line(top + 15, _seg(x, description)),
        _line(
            top + 30,
            _seg(x + 4, "Planification 2020", lead=1),
            _seg(x + 80, f"Ressources à mobiliser {budget}", lead=3),
            size=7.0,
        ),
        _line(top + 44, _seg(x + 4, "Porteur GACdG", lead=1), size=7.0),
    ]


def test_cards_in_two_columns_read_column_by_column() -> None:
    heading = _line(20.0, _seg(40.0, "Modalités de mise en oeuvre", bold=True), size=10.0)
    left = _card(49.0, 50.0, "Faire connaître la démarche", "Communications ciblées", "5 000")
    left += _card(49.0, 120.0, "Créer un réseau", "Un réseau d'acteurs", "10000")
    right = _card(316.0, 50.0, "Réaliser les audits", "Les matériaux sont étudiés", "15000")
    lines = sorted([heading, *left, *right], key=lambda ln: ln.top)
    rest, blocks = chip_cards(lines, 1)
    assert rest == [heading]
    assert len(blocks) == 1 and blocks[0].whole_rows
    rows = [row.cells for row in blocks[0].rows]
    assert [r["step"] for r in rows] == [
        "Faire connaître la démarche",
        "Créer un réseau",
        "Réaliser les audits",
    ]
    assert [r["budget"] for r in rows] == ["5 000", "10000", "15000"]
    assert rows[2] == {
        "step": "Réaliser les audits",
        "description": "Les matériaux sont étudiés",
        "planning": "2020",
        "budget": "15000",
        "owner": "GACdG",
    }


def test_two_cards_read_on_one_line_are_cut_apart() -> None:
    joined = [
        _line(
            50.0,
            _seg(49.0, "Accompagner", bold=True, lead=1),
            _seg(316.0, "Concevoir un plan", bold=True, lead=3),
            size=10.0,
        ),
        _line(65.0, _seg(49.0, "Assurer un accompagnement"), _seg(316.0, "Mettre en place")),
        _line(
            80.0,
            _seg(53.0, "Planification 2020", lead=1),
            _seg(320.0, "Planification 2021", lead=1),
            size=7.0,
        ),
    ]
    rest, blocks = chip_cards(joined, 1)
    assert rest == []
    rows = [row.cells for row in blocks[0].rows]
    assert [(r["step"], r["description"], r["planning"]) for r in rows] == [
        ("Accompagner", "Assurer un accompagnement", "2020"),
        ("Concevoir un plan", "Mettre en place", "2021"),
    ]


def test_labels_read_apart_from_their_values_are_paired() -> None:
    lines = [
        _line(50.0, _seg(49.0, "Faire connaître", bold=True), size=10.0),
        _line(65.0, _seg(49.0, "Communications ciblées")),
        _line(79.0, _seg(97.0, "2020"), _seg(207.0, "5 000"), size=8.0),
        _line(
            81.0,
            _seg(53.0, "Planification", bold=True, lead=1),
            _seg(126.0, "Ressources à mobiliser", bold=True, lead=3),
            size=7.0,
        ),
    ]
    lines[3].segments[0] = Segment(
        53.0, 95.0, "Planification", True, [(53.0, 95.0, "Planification")], 1
    )
    lines[3].segments[1] = Segment(
        126.0, 203.0, "Ressources à mobiliser", True, [(126.0, 203.0, "Ressources à mobiliser")], 3
    )
    rest, blocks = chip_cards(lines, 1)
    assert rest == []
    assert blocks[0].rows[0].cells["planning"] == "2020"
    assert blocks[0].rows[0].cells["budget"] == "5 000"


def test_what_is_no_card_stays_as_printed() -> None:
    # a « Porteur : X » pair (read elsewhere), a chip line with no bold title above it
    pair = [_line(50.0, _seg(49.0, "Porteur : GACdG", lead=2))]
    assert chip_cards(pair, 1) == (pair, [])
    untitled = [
        _line(50.0, _seg(49.0, "Une description")),
        _line(65.0, _seg(53.0, "Porteur GACdG", lead=1), size=7.0),
    ]
    assert chip_cards(untitled, 1) == (untitled, [])


def _note(
    x: float, top: float, title: list[str], description: list[str], more: int = 0
) -> list[Line]:
    """A « post-it » note: bold title lines, description lines, then « Label : value » lines
    with bold labels (« Partenaires envisagés : » alone, its value on the line under it);
    ``more`` extra description lines make the note taller."""
    lines = [_line(top + 11 * k, _seg(x, t, bold=True)) for k, t in enumerate(title)]
    y = top + 11 * len(title) + 3
    for text in description + [f"suite {k}" for k in range(more)]:
        lines.append(_line(y, _seg(x, text)))
        y += 10.5
    y += 4
    lines.append(_line(y, _seg(x, "Planification : 2020", lead=2)))
    lines.append(_line(y + 12.7, _seg(x, "Porteur : GACdG", lead=2)))
    lines.append(_line(y + 25.4, _seg(x, "Partenaires envisagés :", bold=True)))
    lines.append(_line(y + 35.9, _seg(x, "communes")))
    return lines


def test_notes_in_a_grid_read_row_by_row_with_colon_labels() -> None:
    """Notes three a row (a CSS grid: the next row under the row's tallest note) are read
    across each row; « Label : value » lines with bold labels are their details, a bold
    label alone takes the lines under it; « mise en œuvre. » wrapping a description and a
    title ending « Plan d'actions » over the description are no headings."""
    heading = _line(20.0, _seg(40.0, "Modalités de mise en oeuvre", bold=True), size=10.0)
    notes = _note(56.0, 50.0, ["Lancer une phase test"], ["Les actions", "à développer"], 3)
    notes += _note(227.0, 50.0, ["Concevoir et mettre en œuvre un", "Plan d'actions"], ["A"])
    notes += _note(
        397.0, 50.0, ["Réaliser une étude"], ["Réfléchir aux modalités de", "mise en œuvre."]
    )
    notes += _note(56.0, 250.0, ["Créer un réseau"], ["Un réseau d'acteurs"])
    notes += _note(227.0, 250.0, ["Former au bilan"], ["Un pool"], 2)
    lines = sorted([heading, *notes], key=lambda ln: (ln.top, ln.x0))
    rest, blocks = chip_cards(lines, 1)
    assert rest == [heading]
    rows = [row.cells for b in blocks for row in b.rows]
    assert [r["step"] for r in rows] == [
        "Lancer une phase test",
        "Concevoir et mettre en œuvre un Plan d'actions",
        "Réaliser une étude",
        "Créer un réseau",
        "Former au bilan",
    ]
    assert rows[2]["description"] == "Réfléchir aux modalités de mise en œuvre."
    assert {r["partners"] for r in rows} == {"communes"}
    assert {r["planning"] for r in rows} == {"2020"}


def test_pairs_run_on_one_line_are_no_note_details() -> None:
    """« Planification : 2020 – Porteur : GACdG » on one line is a list item's pairs (read by
    sources.action_plan.step_list), and a numbered item's title opens no card."""
    lines = [
        _line(50.0, _seg(56.0, "Lancer une phase test", bold=True)),
        _line(62.0, _seg(56.0, "Les actions")),
        _line(75.0, _seg(56.0, "Planification : 2020 – Porteur : GACdG", lead=2)),
    ]
    assert chip_cards(lines, 1) == (lines, [])
    numbered = [
        _line(50.0, _seg(56.0, "1. Lancer une phase test", bold=True)),
        _line(62.0, _seg(56.0, "Les actions")),
        _line(75.0, _seg(56.0, "Planification : 2020", lead=2)),
        _line(88.0, _seg(56.0, "Porteur : GACdG", lead=2)),
    ]
    assert chip_cards(numbered, 1) == (numbered, [])


def test_notes_flowing_down_columns_keep_column_order() -> None:
    """Masonry: the second note right under the first, the third beside them taller: read
    down the first column, then the second (no row of the grid kind)."""
    notes = _note(56.0, 50.0, ["Premier"], ["a"])
    notes += _note(56.0, 50.0 + 11 + 3 + 10.5 + 4 + 35.9 + 9 + 12, ["Deuxième"], ["b"])
    notes += _note(227.0, 50.0, ["Troisième"], ["c"], 14)
    rest, blocks = chip_cards(sorted(notes, key=lambda ln: (ln.top, ln.x0)), 1)
    assert rest == []
    assert [r.cells["step"] for b in blocks for r in b.rows] == ["Premier", "Deuxième", "Troisième"]


def test_colon_details_without_planning_or_under_a_labelled_title_are_no_note() -> None:
    """A timeline's card prints its date beside it (no « Planification : »), a form's cell
    opens with « Etape : »: read elsewhere (timeline_cards, colon_records); pairs parted by
    « · » on one line are a list item's."""
    dated = [
        _line(50.0, _seg(56.0, "Lancer une phase test", bold=True)),
        _line(62.0, _seg(56.0, "Les actions")),
        _line(75.0, _seg(56.0, "Ressources à mobiliser : 5000", lead=4)),
        _line(88.0, _seg(56.0, "Porteur : GACdG", lead=2)),
    ]
    assert chip_cards(dated, 1) == (dated, [])
    form = [
        _line(50.0, _seg(56.0, "Etape : Lancer une phase test", bold=True)),
        _line(62.0, _seg(56.0, "Descriptif : Les actions")),
        _line(75.0, _seg(56.0, "Planification : 2020", lead=2)),
        _line(88.0, _seg(56.0, "Porteur : GACdG", lead=2)),
    ]
    assert chip_cards(form, 1) == (form, [])
    dotted = [
        _line(50.0, _seg(56.0, "Lancer une phase test", bold=True)),
        _line(75.0, _seg(56.0, "Planification : 2020 · Porteur : GACdG", lead=2)),
    ]
    assert chip_cards(dotted, 1) == (dotted, [])
