"""Steps tables cut by SEVERAL page breaks, laid out by real producers
(:mod:`tests.generators.page_break_plans`: Writer from a .docx, Chromium from HTML): a long
table over three pages with or without its header repeated, a row so tall it runs over two
breaks, and tables whose rest is announced by a « (suite) » line
(sources.pdf.pages: ``_in_open_table``, ``_without_suite_markers``). Negative cases: a
« (suite) » inside a description, in a cell's column or under another line stays text; a
sidebar beside a table is still a sidebar."""

from __future__ import annotations

from sources.action_plan import parse_action_plan
from sources.pdf.content import TableBlock
from sources.pdf.pages import _in_open_table, _without_suite_markers
from tests.generators import page_break_plans as plans
from tests.sources.pdf.hand_lines import hand_line

Step = tuple[int, str, str, str, str, str, str]


def _steps(layout: str, code: str = "2.1.1") -> list[Step]:
    doc = parse_action_plan(plans.fixture(layout), f"plans/{layout}.pdf", "0" * 64)
    assert [a.action_code for a in doc.actions] == ["2.1.1", "2.1.2"]
    return [
        (
            s.page or 0,
            s.step,
            " ".join((s.description or "").split()),
            s.planning_label or "",
            s.budget_label or "",
            s.owner or "",
            ", ".join(s.partners),
        )
        for s in doc.steps
        if s.action_id.endswith(code)
    ]


def _truth(rows: list[list[str]]) -> list[tuple[str, ...]]:
    return [(r[0], " ".join(r[1].split()), *r[2:]) for r in rows]


def test_a_long_table_with_its_header_repeated_over_three_pages() -> None:
    """Chromium, ``<thead>`` repeated: 16 steps, 6 + 8 + 2 on pages 1, 2 and 3."""
    got = _steps("long_html_thead")
    assert [s[1:] for s in got] == _truth(plans.steps())
    assert [s[0] for s in got] == [1] * 6 + [2] * 8 + [3] * 2
    assert got[15][1:] == (
        "Étape 16 : Publier le bilan",
        got[15][2],
        "2024",
        "interne",
        "Service bâtiments",
        "ADEME",
    )
    assert _steps("long_html_thead", "2.1.2")[0][1:4] == (
        "Lancer l'appel à projets",
        "Un appel annuel.",
        "2024",
    )


def test_a_long_browser_table_without_header_row_repeated_nor_rules() -> None:
    """Chromium, the header a bold first row (no ``<thead>``), no rule: pages 2 and 3 open
    on body rows, read with page 1's columns."""
    got = _steps("long_html_bare")
    assert [s[1:] for s in got] == _truth(plans.steps())
    assert [s[0] for s in got] == [1] * 7 + [2] * 8 + [3]
    assert got[-1][1:2] + got[-1][3:] == (
        "Étape 16 : Publier le bilan",
        "2024",
        "interne",
        "Service bâtiments",
        "ADEME",
    )


def test_a_long_table_without_repeated_header_keeps_its_last_column_on_every_page() -> None:
    """Writer, header NOT repeated, horizontal rules only: on pages 2 and 3 the partners
    column (four names coming back page after page, alone at the page's right) is the
    table's column, not a navigation sidebar: no partner is lost after the page breaks."""
    got = _steps("long_docx_bare")
    assert [s[1:] for s in got] == _truth(plans.steps(16, 3))
    assert {s[0] for s in got} == {1, 2, 3}
    page3 = [s for s in got if s[0] == 3]
    assert [(s[1], s[3], s[4], s[5], s[6]) for s in page3[-2:]] == [
        (
            "Étape 15 : Étendre aux communes",
            "2023-2025",
            "15500",
            "Syndicat d'énergie",
            "Agence locale de l'énergie",
        ),
        ("Étape 16 : Publier le bilan", "2024", "interne", "Service bâtiments", "ADEME"),
    ]


def test_a_row_running_over_two_page_breaks_is_read_whole() -> None:
    """Writer, header repeated: the second row's description (100 paragraphs) runs from page
    1 over page 2 to page 3; it is one step, its rows above and below keep their values."""
    _tall("tall_docx")


def test_a_row_running_over_two_page_breaks_in_a_browser_print() -> None:
    """Chromium, ``<thead>`` repeated on each page above the rest of the tall row."""
    _tall("tall_html")


def _tall(layout: str) -> None:
    got = _steps(layout)
    assert [s[1:] for s in got] == _truth(plans.tall_rows())
    tall = got[1]
    assert tall[:2] == (1, "Étape 2 : Auditer les écoles")
    assert tall[2].startswith("L'école : son chauffage L'école : ses fenêtres")
    assert tall[2].endswith("La crèche : sa toiture (bis)")
    assert tall[3:] == ("2022", "2500", "Service urbanisme", "CAUE du Gers")
    assert [s[0] for s in got[2:]] == [3, 3]


def test_a_table_going_on_under_a_suite_line_and_its_header() -> None:
    """Chromium: the table cut by hand, each part on a new page under « Modalités de mise en
    oeuvre (suite) » and its own header; a description holding « (suite) » is read whole."""
    rows = plans.steps(12, 4)
    rows[4][1] = plans.SUITE_IN_TEXT + " " + rows[4][1]
    got = _steps("suite_html")
    assert [s[1:] for s in got] == _truth(rows)
    assert [s[0] for s in got] == [1] * 4 + [2] * 4 + [3] * 4
    assert got[4][2].startswith("Le diagnostic (suite) de 2019 est repris")
    assert got[3][1] == "Étape 4 : Chiffrer le programme"


def test_a_table_going_on_under_a_suite_line_without_header() -> None:
    """Writer: the rest of the table under « Étapes (suite) », no header: the line is no step
    name's end (« Étape 4 … Étapes (suite) »); a description paragraph beginning « Étapes
    (suite) du diagnostic » stays in its cell."""
    got = _steps("suite_docx")
    assert [s[1:] for s in got] == _truth(plans.suite_rows())
    assert [s[1] for s in got[3:5]] == [
        "Étape 4 : Chiffrer le programme",
        "Étape 5 : Rechercher des financements",
    ]
    assert got[5][2].startswith("Étapes (suite) du diagnostic engagé en 2019")
    assert all("(suite)" not in s[1] for s in got)


# --------------------------------------------------------------------------- the rules alone

BOUNDS = [51.0, 125.0, 284.0, 340.0, 397.0, 460.0, 533.0]


def _open_table() -> TableBlock:
    keys = ["step", "description", "planning", "budget", "owner", "partners"]
    return TableBlock(1, 300.0, 760.0, keys, True, bounds=BOUNDS, ncols=6)


def test_suite_markers_are_dropped_only_as_the_pages_first_lines() -> None:
    lines = [
        hand_line(60.0, (57.0, 130.0, "Modalités de mise en oeuvre (suite)"), size=10.0),
        hand_line(75.0, (57.0, 100.0, "Étapes (suite) :"), size=10.0),
        hand_line(95.0, (57.0, 110.0, "Étape 5"), (130.0, 200.0, "Phrase 1"), bold=False),
    ]
    assert [ln.text for ln in _without_suite_markers(lines, _open_table())] == ["Étape 5 Phrase 1"]


def test_suite_inside_cells_or_text_is_kept() -> None:
    """A « (suite) » line in the description column, one sharing its line with other cells,
    one after another line, one not at the line's end: nothing dropped."""
    cases = [
        [hand_line(60.0, (130.0, 200.0, "Phase 2 (suite)"), bold=False)],
        [hand_line(60.0, (57.0, 100.0, "Diagnostic (suite)"), (130.0, 200.0, "Texte"))],
        [
            hand_line(60.0, (57.0, 100.0, "Étape 5"), bold=False),
            hand_line(75.0, (57.0, 100.0, "Étapes (suite)")),
        ],
        [hand_line(60.0, (57.0, 200.0, "Étapes (suite) du diagnostic engagé"), bold=False)],
    ]
    for lines in cases:
        assert _without_suite_markers(lines, _open_table()) == lines


def test_a_strip_is_a_sidebar_unless_inside_a_table_going_on() -> None:
    table = _open_table()
    assert _in_open_table((465.0, 526.0), table)  # the partners column
    assert not _in_open_table((540.0, 580.0), table)  # beside the table: a sidebar
    assert not _in_open_table((10.0, 45.0), table)
    assert not _in_open_table((465.0, 526.0), None)  # no table going on
    assert not _in_open_table((465.0, 526.0), TableBlock(1, 0.0, 1.0, ["step"], True))
