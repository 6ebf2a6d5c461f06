"""Justified lines in narrow text columns: their stretched spaces, wider than a label/value
gap, cut no line (sources.pdf.lines ``_justified_run``: at least two alike spaces in a row
between words of running text; ``_flush_pieces``: a line of one or two stretched spaces
spanning exactly the justified column of its neighbour). A paragraph opening on a field word
(« Partenaires… », « Calendrier… », « Budget… ») is then no field and the right column's
paragraphs are kept. Real producer: Chromium ``text-align: justify`` in two CSS text columns
(:mod:`tests.generators.plain_label_plans` ``justified_columns_html``); negative cases with
hand-placed words: a label beside its value, a row of years, two columns side by side."""

from __future__ import annotations

from typing import Any

from sources.action_plan import parse_action_plan
from sources.pdf.lines import words_to_lines
from tests.generators import plain_label_plans as plans


def test_justified_columns_opening_on_field_words_keep_every_word() -> None:
    doc = parse_action_plan(plans.fixture("justified_columns_html"), "plans/just.pdf", "0" * 64)
    action = doc.actions[0]
    assert action.context is not None
    # left column first, then the right one, every word kept
    assert action.context.split() == " ".join(plans.JUSTIFIED).split()
    assert action.indicators == ["Nombre de bâtiments audités"]
    assert action.target_audiences == ["Communes et intercommunalité"]
    assert [s.step for s in doc.steps[:2]] == [
        "Étape 1 : Inventorier le patrimoine",
        "Étape 2 : Auditer les écoles",
    ]


def _writer():
    return parse_action_plan(plans.fixture("justified_columns_docx"), "plans/just.pdf", "0" * 64)


def test_writer_justified_section_opening_on_field_words_is_no_field() -> None:
    """Writer, justified paragraphs in a continuous 2-column section: the lines stay whole,
    the paragraphs read column by column, no field taken from them."""
    action = _writer().actions[0]
    assert action.context is not None
    words = action.context.split()
    left = " ".join(plans.JUSTIFIED[:3]).split()
    assert words[: len(left)] == left
    right = " ".join(plans.JUSTIFIED[3:5]).split()
    assert words[len(left) : len(left) + len(right)] == right
    assert action.indicators == ["Nombre de bâtiments audités"]
    assert action.target_audiences == ["Communes et intercommunalité"]


def test_writer_justified_section_keeps_every_word() -> None:
    """« Partenaires financiers… » (right column) over « Budget consolidé des | opérations »
    (left column) names three columns, but the words of the next line run across those
    « cells » (sources.pdf.geometry_tables ``_straddles_cells``): no steps table header."""
    action = _writer().actions[0]
    assert action.context is not None
    assert action.context.split() == " ".join(plans.JUSTIFIED).split()


def _words(spec: list[tuple[float, str]], top: float = 100.0) -> list[dict[str, Any]]:
    """Words at the given x, 5 pt a letter, size 10, one face."""
    return [
        {
            "x0": x,
            "x1": x + 5.0 * len(t),
            "top": top,
            "bottom": top + 10,
            "text": t,
            "size": 10.0,
            "fontname": "ABCDEF+LiberationSans",
        }
        for x, t in spec
    ]


def _texts(spec: list[tuple[float, str]]) -> list[str]:
    return [s.text for s in words_to_lines(_words(spec), 1)[0].segments]


def test_alike_stretched_spaces_keep_the_line_whole() -> None:
    # « Budget consolidé des opérations »: three spaces of 12 pt (over 0.8 em)
    spec = [(40.0, "Budget"), (82.0, "consolidé"), (139.0, "des"), (166.0, "opérations")]
    assert _texts(spec) == ["Budget consolidé des opérations"]


def test_a_label_beside_its_value_is_still_cut() -> None:
    # one wide gap, then the value's ordinary spaces
    spec = [(40.0, "Partenaires"), (140.0, "Région"), (173.0, "Occitanie"), (221.0, "et")]
    assert _texts(spec) == ["Partenaires", "Région Occitanie et"]


def test_a_row_of_years_with_alike_gaps_is_still_cut() -> None:
    spec = [(40.0, "2021"), (80.0, "2022"), (120.0, "2023"), (160.0, "2024")]
    assert _texts(spec) == ["2021", "2022", "2023", "2024"]


def test_two_justified_columns_stay_two_segments() -> None:
    # left column spaces of 12 pt, a 30 pt gutter, right column spaces of 14 pt
    left = [(40.0, "chaque"), (82.0, "automne"), (129.0, "après")]
    right = [(184.0, "campagnes"), (243.0, "passées"), (292.0, "les")]
    assert _texts(left + right) == ["chaque automne après", "campagnes passées les"]


def test_one_stretched_space_joins_only_beside_a_justified_neighbour() -> None:
    above = _words([(40.0, "consulaires"), (107.0, "ont"), (134.0, "financé")], top=100.0)
    # « plusieurs ⇥ diagnostics »: one space of 40 pt, ending at the column's right edge (169)
    alone = _words([(40.0, "plusieurs"), (114.0, "diagnostics")], top=112.0)
    lines = words_to_lines(above + alone, 1)
    assert [s.text for s in lines[1].segments] == ["plusieurs diagnostics"]
    # the same line with no justified line beside it: a label and its value
    lines = words_to_lines(_words([(40.0, "plusieurs"), (114.0, "diagnostics")]), 1)
    assert [s.text for s in lines[0].segments] == ["plusieurs", "diagnostics"]


def test_a_justified_line_holding_years_stays_whole() -> None:
    # « 2015 et 2019 avec l'appui »: spaces of 12 pt, most words of running text
    spec = [(40.0, "2015"), (72.0, "et"), (94.0, "2019"), (126.0, "avec"), (158.0, "l'appui")]
    assert _texts(spec) == ["2015 et 2019 avec l'appui"]


def test_a_heading_as_wide_as_the_column_joins_no_label_to_its_value() -> None:
    # plan_html_girouette page 3: the 11.4 pt heading « Objectif opérationnel : … » wraps to
    # the column's width, and the 8.9 pt « Contexte ⇥ Bien que ne … » under it ends within a
    # point of its right edge: no justified paragraph line, the label and its value stay apart
    heading = [
        {**w, "size": 13.0, "fontname": "ABCDEF+LiberationSans-Bold"}
        for w in _words([(40.0, "Objectif"), (85.0, "opérationnel"), (150.0, "sur")], 84.0)
    ]
    # a 30 pt gap (3 em) after the label, the value ending at x 165 as the heading does
    label = _words([(40.0, "Contexte"), (110.0, "Bien"), (135.0, "que"), (155.0, "ne")])
    lines = words_to_lines(heading + label, 1)
    assert [s.text for s in lines[0].segments] == ["Objectif opérationnel sur"]
    assert [s.text for s in lines[1].segments] == ["Contexte", "Bien que ne"]
