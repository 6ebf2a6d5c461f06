"""Long values set in TWO NEWSPAPER COLUMNS (plan_html_vantaux: ``column-count: 2;
column-rule``): a steps cell whose rule splits it into two grid columns under ONE header cell
is read as its left part then its right part (sources.pdf.ruled_tables._join_spanned); a
field's value in two halves beside its label is read down the left half, then the right
(sources.action_plan.newspaper_values). Negatives: a header whose every cell is its own, a
label and its figure typed on a tab stop."""

from __future__ import annotations

from sources.action_plan.newspaper_values import two_column_parts
from sources.action_plan.sheets import _Part
from sources.pdf.content import Segment
from sources.pdf.ruled_tables import _join_spanned


def test_a_cell_split_by_a_column_rule_under_one_header_cell_is_read_whole() -> None:
    header = ["Etape", "Descriptif", None, "Planification"]
    body = [
        ["Lancer", "Les actions à\ndévelopper", "sont les\nsuivantes", "2019"],
        ["Définir", "Une ligne", None, "2020"],
    ]
    keys = ["step", "description", "col2", "planning"]
    joined = _join_spanned(header, body, keys, [None] * 4, keys, [40.0, 100.0, 200.0, 300.0, 350.0])
    assert joined is not None
    rows, new_keys, _, _, xs = joined
    assert new_keys == ["step", "description", "planning"]
    assert rows == [
        ["Lancer", "Les actions à\ndévelopper\nsont les\nsuivantes", "2019"],
        ["Définir", "Une ligne", "2020"],
    ]
    assert xs == [40.0, 100.0, 300.0, 350.0]
    assert _join_spanned(["Etape", "Descriptif", "Planification"], body, keys[:3], [None] * 3,
                         keys[:3], [40.0, 100.0, 200.0, 300.0]) is None  # fmt: skip


def _line(top: float, *segs: tuple[float, float, str]) -> tuple[_Part, list[Segment]]:
    parts = [Segment(x0, x1, t, False) for x0, x1, t in segs]
    return _Part(2, top, parts[0].x0, parts[-1].x1, " ".join(t for _, _, t in segs)), parts


def test_a_value_in_two_halves_is_read_down_each() -> None:
    lines = [
        _line(
            240.0,
            (160.0, 340.0, "Sur la base du premier travail réalisé et après"),
            (361.0, 524.0, "limitation des émissions de gaz à effet de"),
        ),  # fmt: skip
        _line(
            250.0,
            (160.0, 334.0, "avoir confirmé l'intérêt d'une telle démarche,"),
            (361.0, 384.0, "serre."),
        ),  # fmt: skip
        _line(261.0, (160.0, 322.0, "participant de fait à la")),
    ]
    parts = two_column_parts(lines)
    assert parts is not None
    assert [p.text for p in parts] == [
        "Sur la base du premier travail réalisé et après",
        "avoir confirmé l'intérêt d'une telle démarche,",
        "participant de fait à la",
        "limitation des émissions de gaz à effet de",
        "serre.",
    ]
    assert [p.top for p in parts] == sorted(p.top for p in parts)
    assert {p.x0 for p in parts} == {160.0}
    tabbed = [
        _line(240.0, (160.0, 210.0, "Investissement"), (361.0, 390.0, "5000")),
        _line(250.0, (160.0, 200.0, "Animation"), (361.0, 390.0, "2000")),
    ]
    assert two_column_parts(tabbed) is None  # a label and its figure on a tab stop
    incipit = [  # a value's first words set apart (an incipit), its next lines full width
        _line(240.0, (160.0, 200.0, "L'agglomération"), (205.0, 520.0, "mène une opération")),
        _line(250.0, (160.0, 520.0, "d'entreprises représentatives de l'activité économique")),
    ]
    assert two_column_parts(incipit) is None
    run_in = [  # a short incipit, the rest of its line to the full width, a short last line
        _line(240.0, (160.0, 200.0, "Proposer"), (230.0, 540.0, "des services émergents")),
        _line(250.0, (160.0, 180.0, "GES.")),
    ]
    assert two_column_parts(run_in) is None
