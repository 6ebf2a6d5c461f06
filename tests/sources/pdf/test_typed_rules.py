"""RULES TYPED WITH CHARACTERS (a sheet's « Recopié » cells of « = » and « - » ruling an
unbordered table): a line made only of such runs is set aside (sources.pdf.typed_rules); the
steps they parted read as rows, as the space they leave tells them. A short « --- » value, a
line of text holding a dashed run, stay."""

from __future__ import annotations

from sources.action_plan import parse_action_plan
from sources.pdf.content import Line, Segment
from sources.pdf.typed_rules import is_typed_rule, without_typed_rules
from tests.sources.pdf.hand_pages import BOUNDS, HEADER, HandPages


def _line(*texts: str) -> Line:
    segs = [Segment(40.0 + 100.0 * k, 130.0 + 100.0 * k, t, False) for k, t in enumerate(texts)]
    return Line(1, 100.0, 108.0, 40.0, segs[-1].x1, 8.0, False, segs)


def test_lines_of_repeated_signs_are_rules() -> None:
    assert is_typed_rule(_line("=" * 31, "=" * 40, "=" * 15))
    assert is_typed_rule(_line("-" * 55 + " " + "-" * 20))
    assert is_typed_rule(_line("─" * 12))
    assert not is_typed_rule(_line("---"))  # a value « --- »: three signs
    assert not is_typed_rule(_line("Etape", "-" * 20))
    assert not is_typed_rule(_line("----- suite"))  # a word after the run
    lines = [_line("Etape"), _line("=" * 20), _line("Lancer")]
    assert [ln.text for ln in without_typed_rules(lines)] == ["Etape", "Lancer"]


def test_a_steps_table_ruled_with_typed_rules_reads_its_rows() -> None:
    """An unbordered steps table (header, « === » under it, « --- » between the steps,
    « === » at its foot) as a sheet prints it: two steps, nothing else."""
    p = HandPages()
    p.fiche_head()
    xs = [b + 2.0 for b in BOUNDS[:-1]]
    for x, label in zip(xs, HEADER, strict=False):
        p.text(x, 150.0, label, bold=True, size=8.0)

    def rule(top: float, sign: str) -> None:
        for a, b in zip(BOUNDS, BOUNDS[1:], strict=False):
            p.text(a + 2.0, top, sign * int((b - a - 6.0) / 4.7), size=8.0)

    rule(162.0, "=")
    rows = [
        ("Lancer une phase test", "Auditer vingt entreprises.", "2019", "18000", "GACdG", "CCI"),
        ("Définir une stratégie", "Choisir les filières.", "2020", "5000", "GACdG", "ADEME"),
    ]
    top = 178.0
    for k, row in enumerate(rows):
        for x, cell in zip(xs, row, strict=True):
            p.text(x, top, cell, size=8.0)
        rule(top + 30.0, "-" if k == 0 else "=")
        top += 46.0
    p.c.showPage()
    doc = parse_action_plan(p.save(), "plans/recopie.pdf", "0" * 64)
    assert [(s.step, s.planning_label, s.owner) for s in doc.steps] == [
        ("Lancer une phase test", "2019", "GACdG"),
        ("Définir une stratégie", "2020", "GACdG"),
    ]
