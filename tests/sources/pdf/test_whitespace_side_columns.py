"""A side column marked by WHITESPACE alone (sources.pdf.flow.gutter_columns): a narrower
column of fields (bold labels over plain values) beside the main column, separated from it
by a vertical gutter free of text, no fill. On hand-placed lines and on the landscape fiche
of tests.sources.pdf.test_side_columns drawn with a white panel; negative cases: two text
columns of one width, a label/value table, a steps table without rules, a page of one
column, a column of plain text only."""

from __future__ import annotations

import pytest

from sources.action_plan import parse_action_plan
from sources.pdf.flow import gutter_columns
from tests.sources.pdf import test_side_columns as drawn
from tests.sources.pdf.test_side_columns import _aside_page, _label_column, _line


def test_a_column_of_fields_beside_a_wider_table_is_a_side_column() -> None:
    split = gutter_columns(_aside_page())
    assert split is not None
    assert 258.0 < split.gutter < 295.0
    assert split.panel_left is True
    assert 36.0 + 8.0 < split.top < 54.0  # the heading over the full width stays above
    assert split.bottom >= 130.0


def test_a_column_of_fields_at_the_right() -> None:
    lines = []
    for n in range(5):
        top = 54.0 + 20 * n
        lines.append(_line(top, (42, 500, f"Un long paragraphe du contenu principal {n}")))
        lines.append(_line(top + 10, (42, 480, "qui se poursuit sur la ligne suivante")))
        lines.append(_line(top, (620, 680, f"Libellé {n}"), bold=True))
        lines.append(_line(top + 10, (620, 760, f"Valeur numéro {n}")))
    lines = sorted(lines, key=lambda ln: ln.top)
    split = gutter_columns(lines)
    assert split is not None and split.panel_left is False
    assert 500.0 < split.gutter < 620.0


def test_two_text_columns_of_one_width_are_left_to_the_text_column_reader() -> None:
    lines = []
    for n in range(10):
        lines.append(_line(60.0 + 10 * n, (42, 380, f"Colonne gauche, ligne {n}")))
        lines.append(_line(60.0 + 10 * n, (420, 780, f"Colonne droite, ligne {n}")))
    lines[0].bold = lines[0].segments[0].bold = True
    assert gutter_columns(lines) is None


def test_a_label_value_table_and_a_steps_table_without_rules_are_no_side_column() -> None:
    """Labels level with the first line of their values: rows of a table, not a column."""
    rows = sorted(_label_column(0.0), key=lambda ln: ln.top)
    for line in rows:
        if line.x0 < 100:  # each label in bold, wrapped on two lines
            line.bold = line.segments[0].bold = True
    rows.append(_line(160.0, (42, 300, "Une remarque sous le tableau")))
    assert gutter_columns(rows) is None
    steps = []
    for n in range(4):
        top = 60.0 + 24 * n
        steps.append(
            _line(top, (42, 110, f"Etape {n}"), (160, 500, "Une description"), (540, 580, "2020"))
        )
        steps.append(_line(top + 10, (42, 100, "suite"), (160, 480, "sur deux lignes")))
        steps.append(_line(top + 20, (160, 480, "et sur trois lignes")))
    steps[0].segments[1].bold = steps[0].bold = True  # a bold word in a description
    assert gutter_columns(steps) is None


def test_one_column_or_plain_text_only_is_no_side_column() -> None:
    body = [_line(60.0 + 10 * i, (42, 780 - 10 * (i % 3), f"Ligne {i}")) for i in range(10)]
    assert gutter_columns(body) is None
    page = [ln for ln in _aside_page() if not ln.bold]  # no labels: no column of fields
    page += [_line(140.0 + 10 * i, (42, 250, "Du texte")) for i in range(3)]
    assert gutter_columns(page) is None
    assert gutter_columns(_aside_page()[:5]) is None  # too few lines


@pytest.fixture
def white_panel(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(drawn, "PALE", (1.0, 1.0, 1.0))  # a white fill: no panel at all


@pytest.mark.usefixtures("white_panel")
def test_a_fiche_with_its_fields_in_an_unfilled_side_column_is_read_column_by_column() -> None:
    drawn.assert_aside_fiche(
        parse_action_plan(drawn._aside_pdf(), "plans/aside_blanc.pdf", "0" * 64)
    )


def test_cards_side_by_side_without_fill_are_no_side_column() -> None:
    """Three cards per row, each labels over values: the first card's column is narrower
    than the two beside it, but their labels stand level with its own — cards, not a side
    column; the same column with plain text beside it is one."""
    lines = []
    for n in range(3):
        top = 60.0 + 24 * n
        lines.append(_line(top, (42, 120, "Porteur"), (292, 370, "Porteur"), bold=True))
        lines[-1].segments.append(type(lines[-1].segments[0])(542, 620, "Porteur", True))
        lines.append(_line(top + 10, (42, 200, "GACdG"), (292, 450, "CCI"), (542, 700, "ADEME")))
    assert gutter_columns(lines) is None
    plain = []
    for line in lines:
        if line.bold:
            plain.append(_line(line.top, (42, 120, "Porteur"), bold=True))
            plain.append(_line(line.top, (292, 700, "Un paragraphe du texte principal")))
        else:
            plain.append(line)
    assert gutter_columns(sorted(plain, key=lambda ln: ln.top)) is not None
