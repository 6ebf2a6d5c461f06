"""A heading under two text columns without a rule (a Writer section of fields in two
columns, then « Modalités de mise en oeuvre » one point larger over the full width): it is no
part of the columns even when set only a little further down than the columns' paragraph
pitch, so a field whose value goes on at the top of the right column keeps it
(:func:`sources.pdf.flow.two_column_order`)."""

from __future__ import annotations

from sources.pdf.content import Line
from sources.pdf.flow import two_column_order
from tests.sources.pdf.hand_lines import hand_line

LEFT = [
    ("Contexte", True),
    ("Les initiatives territoriales sont en constante", False),
    ("augmentation et les acteurs socio-économiques", False),
    ("s'approprient peu à peu cette manière de faire.", False),
    ("Objectifs et résultats attendus", True),
    ("Proposer des services émergents favorisant l'économie", False),
    ("locale et la réduction des émissions de GES.", False),
    ("Indicateurs", True),
    ("Nombre de structures créées", False),
]
RIGHT = [
    ("Nombre d'emplois créés", False),  # the left column's last field goes on here
    ("Publics cibles", True),
    ("Entreprises, Associations, Collectivités", False),
    ("Prise en compte de l'EES", True),
    ("Liens avec les objectifs réglementaires", True),
    ("Réduction des émissions de GES", False),
    ("Séquestration carbone", False),
    ("Adaptation", False),
]


def _page(heading_size: float, heading_gap: float) -> list[Line]:
    """Left lines 14.4 pt apart (paragraph pitch), the right column level with it, then a
    bold heading ``heading_gap`` under the left column's last line."""
    lines: list[Line] = []
    tops = [500.0 + 14.4 * i for i in range(max(len(LEFT), len(RIGHT)))]
    for i, top in enumerate(tops):
        words: list[tuple[float, float, str]] = []
        if i < len(LEFT):
            words.append((56.8, 56.8 + 4.5 * len(LEFT[i][0]), LEFT[i][0]))
        if i < len(RIGHT):
            words.append((309.1, 309.1 + 5.5 * len(RIGHT[i][0]), RIGHT[i][0]))
        lines.append(hand_line(top, *words, size=10.0, bold=False))
    heading_top = tops[len(LEFT) - 1] + heading_gap
    lines.append(
        hand_line(heading_top, (56.8, 189.2, "Modalités de mise en oeuvre"), size=heading_size)
    )
    for n, line in enumerate(lines):
        line.seq = n
    return lines


def _texts(lines: list[Line]) -> list[str]:
    return [ln.text for ln in two_column_order(lines, [], 595.0)]


def test_larger_heading_a_little_below_the_columns_read_after_them() -> None:
    texts = _texts(_page(heading_size=11.0, heading_gap=20.0))
    expected = [t for t, _ in LEFT] + [t for t, _ in RIGHT] + ["Modalités de mise en oeuvre"]
    assert texts == expected


def test_far_heading_of_the_same_size_read_after_them_too() -> None:
    texts = _texts(_page(heading_size=10.0, heading_gap=30.0))
    assert texts[-1] == "Modalités de mise en oeuvre"
    assert texts.index("Nombre de structures créées") < texts.index("Nombre d'emplois créés")


def test_line_of_the_columns_size_at_that_gap_stays_in_the_left_column() -> None:
    """Same size, 20 pt down: a paragraph of the left column (its end below the right one),
    read before the right column."""
    texts = _texts(_page(heading_size=10.0, heading_gap=20.0))
    assert texts.index("Modalités de mise en oeuvre") < texts.index("Nombre d'emplois créés")
