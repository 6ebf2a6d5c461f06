"""Rules drawn from the seventieth to seventy-second held-out sets (issue 13, forty-fourth
pass, second round), each shown on hand-made cases with negative ones:

1. A form's row of COLUMN NUMBERS under its labels (« (1) » … « (6) ») is header
   (sources.action_plan.parser ``_is_numbering_row``).
2. Words and lines set WIDE APART (an accessibility overlay's word and line spacing): the
   line's pieces are cut at the page's columns, not at every word, and a label's second
   line two lines' space down is still its line (sources.pdf.lines ``_word_spacing``,
   ``_cut_at_columns``; sources.action_plan.parser).
3. « dont » opening a progress table's row marks a part of the row above
   (sources.cot.referential ``_DONT_RE``).
4. A call-out laid over a progress table holds no cells (sources.cot.table_extent
   ``floating_shapes``).
5. A table DRAWN WITH CHARACTERS (« +----+ » rule lines and « | » bars in a monospaced code
   block) reads as a ruled grid (sources.pdf.ascii_grids), and a header cut by a page break
   leaves no row of its labels' last lines (sources.action_plan.parser ``_header_rest``).
"""

from __future__ import annotations

from sources.action_plan import parse_action_plan
from sources.action_plan.parser import _header_rest, _is_numbering_row
from sources.cot.referential import _strip_prefix
from sources.cot.table_extent import floating_shapes
from sources.pdf.lines import _word_spacing, words_to_lines
from tests.sources.pdf.hand_pages import HandPages

EDGE = 57.0

# --------------------------------------------------------------------------- 1. numbers


def test_a_row_of_column_numbers_is_header() -> None:
    keys = ("step", "description", "planning", "budget", "owner", "partners")
    assert _is_numbering_row(
        dict(zip(keys, ("(1)", "(2)", "(3)", "(4)", "(5)", "(6)"), strict=True))
    )
    assert _is_numbering_row(dict(zip(keys, ("1", "2", "3", "4", "", ""), strict=True)))
    # negative: a step whose cells hold numbers that do not follow each other, a year
    assert not _is_numbering_row(dict(zip(keys, ("1", "3", "2019", "5000", "", ""), strict=True)))
    assert not _is_numbering_row(
        dict(zip(keys, ("(1)", "Lancer", "2019", "", "", ""), strict=True))
    )
    assert not _is_numbering_row({"step": "1", "description": "2"})  # two cells only


def test_a_numbering_row_under_the_labels_is_no_step() -> None:
    pages = HandPages()
    pages.fiche_head(EDGE)
    rows = [
        ("(1)", "(2)", "(3)", "(4)", "(5)", "(6)"),
        ("Lancer un test", "Auditer vingt entreprises.", "2019", "18000", "GACdG", "CCI"),
    ]
    pages.steps_table(150.0, rows)
    pages.c.showPage()
    doc = parse_action_plan(pages.save(), "plans/renvois.pdf", "0" * 64)
    assert [(s.step, s.planning_label) for s in doc.steps] == [("Lancer un test", "2019")]


# --------------------------------------------------------------------------- 2. wide spacing


def _word(x0: float, x1: float, top: float, text: str) -> dict[str, object]:
    return {"text": text, "x0": x0, "x1": x1, "top": top, "bottom": top + 9.0, "size": 9.0,
            "fontname": "Helvetica", "upright": True}  # fmt: skip


def _spaced_page(space: float) -> list[dict[str, object]]:
    """Label / value lines: a two-word label at 43, its value at 160, words ``space`` apart."""
    words = []
    for k in range(8):
        top = 100.0 + 20.0 * k
        x = 43.0
        for text in ("Publics", "cibles"):
            words.append(_word(x, x + 30.0, top, text))
            x += 30.0 + space
        x = 160.0
        for text in ("Entreprises,", "Associations,", "Collectivités"):
            words.append(_word(x, x + 50.0, top, text))
            x += 50.0 + space
    return words


def _rows(words: list[dict[str, object]]) -> list[list[dict[str, object]]]:
    tops = sorted({w["top"] for w in words})
    return [[w for w in words if w["top"] == top] for top in tops]


def test_words_set_wide_apart_cut_at_the_columns_only() -> None:
    wide = words_to_lines(_spaced_page(8.0), 1)  # 0.9 em between words
    assert _word_spacing(_rows(_spaced_page(8.0))) > 0.5
    assert [[s.text for s in ln.segments] for ln in wide][0] == [
        "Publics cibles",
        "Entreprises, Associations, Collectivités",
    ]
    # negative: ordinary spacing (a quarter of an em) reads as before
    plain = words_to_lines(_spaced_page(2.5), 1)
    assert _word_spacing(_rows(_spaced_page(2.5))) == 0.0
    assert [s.text for s in plain[0].segments] == [
        "Publics cibles",
        "Entreprises, Associations, Collectivités",
    ]


# --------------------------------------------------------------------------- 3. « dont »


def test_dont_opens_a_part_of_the_row_above() -> None:
    from sources.cot.pages import _Word

    def words(text: str) -> list[_Word]:
        return [_Word(t, 20.0 + 30 * k, 20.0 + 30 * k + 25, 50.0, 57.0, 7.0, False)
                for k, t in enumerate(text.split())]  # fmt: skip

    assert _strip_prefix(words("dont Urbanisme"))[:3] == ("sub_axis", None, "Urbanisme")
    assert _strip_prefix(words("1.1 dont Définir une stratégie"))[:3] == (
        "sub_axis",
        "1.1",
        "Définir une stratégie",
    )
    # negative: a label starting with another word, « dont » inside a label
    assert _strip_prefix(words("Donation et legs"))[0] is None
    assert _strip_prefix(words("Mobilité dont vélo"))[0] is None


# --------------------------------------------------------------------------- 4. call-outs


def test_a_call_out_over_the_table_is_told_from_its_fills() -> None:
    # a banded body: label cells 14–364, « Points restants » cells 364–478, four rows
    cells = []
    for k in range(4):
        top = 60.0 + 12.0 * k
        cells += [(14.0, top, 364.0, top + 12.0), (364.0, top, 478.0, top + 12.0)]
    bubble = (344.0, 70.0, 434.0, 86.0)  # across the label and number cells of two rows
    slide = (0.0, 0.0, 720.0, 405.0)
    assert floating_shapes([slide, *cells, bubble]) == [bubble]
    # negative: the table's own fills, a whole-table ground, no shape laid over them
    ground = (14.0, 60.0, 478.0, 108.0)
    assert floating_shapes([slide, ground, *cells]) == []


# --------------------------------------------------------------------------- 5. text grids

_GRID = [
    "+----------------+----------------------+---------------+--------------+---------+--------------+",
    "| Etape          | Descriptif           | Planification | Ressources à | Porteur | Partenaires  |",
    "|                |                      |               | mobiliser    |         | envisagés    |",
    "+================+======================+===============+==============+=========+==============+",
    "| Lancer un test | Auditer vingt        | 2019          | 18000        | GACdG   | CCI          |",
    "|                | entreprises.         |               |              |         |              |",
    "+----------------+----------------------+---------------+--------------+---------+--------------+",
    "| Définir        | Choisir les filières | 2020          | 5000         | GACdG   |              |",
    "+----------------+----------------------+---------------+--------------+---------+--------------+",
]


def test_a_table_drawn_with_characters_reads_as_a_grid() -> None:
    pages = HandPages()
    pages.fiche_head(EDGE)
    pages.c.setFont("Courier", 6.5)
    for k, line in enumerate(_GRID):
        pages.c.drawString(EDGE, 842.0 - 150.0 - 9.0 * k - 6.5, line)
    pages.c.showPage()
    doc = parse_action_plan(pages.save(), "plans/grille-texte.pdf", "0" * 64)
    assert [
        (s.step, s.description, s.planning_label, s.budget_eur, s.owner) for s in doc.steps
    ] == [
        ("Lancer un test", "Auditer vingt entreprises.", "2019", 18000.0, "GACdG"),
        ("Définir", "Choisir les filières", "2020", 5000.0, "GACdG"),
    ]


def test_a_header_s_last_lines_on_the_next_page_are_no_row() -> None:
    assert _header_rest({"budget": "mobiliser", "partners": "envisagés", "step": ""})
    assert _header_rest({"budget": "à mobiliser"})
    # negative: a step, a cell holding a value
    assert not _header_rest({"step": "Lancer un test", "budget": "mobiliser"})
    assert not _header_rest({"budget": "5000"})
    assert not _header_rest({"step": "", "budget": ""})
