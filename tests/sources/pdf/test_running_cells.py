"""A value going on at the top of a page is no running text (sources.pdf.pages.
_goes_on_a_cell): « Séquestration carbone » right under « Liens avec… | Réduction des
émissions de GES », at the value's edge, stays even when other pages print it in their top
band; a line under a single body line, or set apart by a gap, is not rescued."""

from __future__ import annotations

from sources.pdf.pages import _goes_on_a_cell
from tests.sources.pdf.hand_lines import hand_line

LABEL = hand_line(
    56.6, (43, 110, "Liens avec les objectifs"), (122, 185, "Réduction des GES"), size=4.2
)


def test_a_value_going_on_under_its_label_line_is_kept() -> None:
    first = hand_line(61.4, (122, 164, "Séquestration carbone"), size=4.2)
    second = hand_line(66.1, (122, 194, "Maîtrise de la consommation"), size=4.2)
    assert _goes_on_a_cell(first, [LABEL])
    assert _goes_on_a_cell(second, [LABEL, first])


def test_other_lines_are_not_rescued() -> None:
    title = hand_line(30.0, (43, 200, "Plan climat air énergie"))
    header = hand_line(35.0, (43, 200, "Communauté d'agglomération"))
    assert not _goes_on_a_cell(header, [title])  # under one body line: no cell going on
    apart = hand_line(75.0, (122, 164, "Séquestration carbone"), size=4.2)
    assert not _goes_on_a_cell(apart, [LABEL])  # a gap under the value
    elsewhere = hand_line(61.4, (300, 364, "Séquestration carbone"), size=4.2)
    assert not _goes_on_a_cell(elsewhere, [LABEL])  # not at the value's edge
    assert not _goes_on_a_cell(LABEL, [])
