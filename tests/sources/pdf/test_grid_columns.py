"""Two ruled grids side by side (plan_docx_sidebyside: the fields grid in a landscape
page's left third, the steps grid in its right two thirds) read column by column."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from sources.pdf.grid_columns import grid_columns
from tests.sources.pdf.hand_lines import hand_line


def _page(*grids: tuple[float, float, float, float, int]) -> Any:
    """A page whose edges are the row rules of ``grids`` (x0, x1, top, bottom, rows)."""
    edges = []
    for x0, x1, top, bottom, rows in grids:
        step = (bottom - top) / rows
        for k in range(rows + 1):
            y = top + k * step
            edges.append({"orientation": "h", "x0": x0, "x1": x1, "top": y, "bottom": y})
    return SimpleNamespace(edges=edges)


FIELDS = (40.0, 280.0, 110.0, 500.0, 6)
STEPS = (290.0, 800.0, 130.0, 520.0, 5)


def test_two_grids_side_by_side_split_the_page_at_their_gutter() -> None:
    lines = [
        hand_line(112.0, (45, 90, "Contexte"), (130, 270, "Sur la base du premier"), (292, 420, "Modalités de mise en oeuvre")),
        hand_line(300.0, (45, 100, "Indicateurs"), (130, 260, "Nombre de structures"), (295, 360, "Créer un réseau")),
    ]  # fmt: skip
    split = grid_columns(_page(FIELDS, STEPS), lines)
    assert split is not None
    assert 280.0 < split.gutter < 290.0
    assert split.top <= 110.0 and split.bottom >= 520.0


def test_no_split_when_text_or_a_rule_crosses_the_gutter() -> None:
    across = [hand_line(300.0, (45, 400, "Une phrase qui passe par-dessus la gouttière"))]
    assert grid_columns(_page(FIELDS, STEPS), across) is None
    wide = (40.0, 800.0, 300.0, 300.0, 1)  # a rule across both grids' band
    assert grid_columns(_page(FIELDS, STEPS, wide), []) is None


def test_grids_one_under_the_other_are_no_side_columns() -> None:
    under = (40.0, 800.0, 540.0, 700.0, 4)
    assert grid_columns(_page(FIELDS, under), []) is None
    assert grid_columns(_page(FIELDS), []) is None


def test_one_table_whose_columns_stand_apart_is_no_two_grids() -> None:
    # plan_docx_gouttiere: a template's empty spacer columns between the steps columns, each
    # cell ruled under on its own — the row rules of « Etape | Descriptif » and of the four
    # other columns look like two grids, but the header over them names the table across
    left, right = (50.0, 270.0, 275.0, 560.0, 4), (289.0, 530.0, 275.0, 560.0, 4)
    rows = [hand_line(280.0, (57, 105, "Lancer une"), (139, 259, "Les actions"), (289, 309, "2019"))]
    header = [
        hand_line(238.0, (57, 80, "Etape"), (139, 180, "Descriptif"), (289, 330, "Planificat"), (349, 390, "Ressourc"), (414, 445, "Porteur"), (474, 520, "Partenaires")),
        hand_line(250.0, (289, 303, "ion"), (349, 366, "es à"), (474, 517, "envisagés")),
        hand_line(262.0, (349, 389, "mobiliser")),
    ]  # fmt: skip
    assert grid_columns(_page(left, right), header + rows) is None
    assert grid_columns(_page(left, right), rows) is not None  # no header: two grids


def test_a_fields_grid_beside_a_steps_header_still_splits() -> None:
    # plan_xlsx_sharedrows: the fields grid's « Contexte | value » level with the steps grid's
    # header: column labels on one side only, two grids
    left, right = (40.0, 280.0, 110.0, 500.0, 6), (290.0, 800.0, 110.0, 500.0, 6)
    line = hand_line(112.0, (45, 90, "Contexte"), (130, 270, "Sur la base du premier"), (295, 330, "Etape"), (400, 450, "Descriptif"), (520, 580, "Planification"), (600, 650, "Porteur"))  # fmt: skip
    assert grid_columns(_page(left, right), [line]) is not None
