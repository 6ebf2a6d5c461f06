"""Questions beside their answers in a RULED grid, the questions in the answers' face (a
survey's printed answers): not two text columns (sources.pdf.flow._ruled_rows). Without the
rules across the gutter, or with many lines a side between them, the page is read as two
columns as before. Lines by hand."""

from __future__ import annotations

from sources.pdf.flow import two_column_order
from tests.sources.pdf.hand_lines import hand_line

WIDTH = 595.0


def _row(top: float, question: str, answers: list[str]) -> list:
    out = [hand_line(top, (48.0, 240.0, question), (264.0, 540.0, answers[0]), bold=False)]
    out += [hand_line(top + 9 * i, (264.0, 540.0, a), bold=False) for i, a in enumerate(answers[1:], 1)]
    return out


def _page() -> tuple[list, list]:
    lines, rules, top = [], [], 400.0
    for n in range(5):
        rules.append((top - 4, 42.7, 553.5))
        answers = [f"réponse {n} ligne {i}" for i in range(1 + n % 3)]
        lines += _row(top, f"Étapes de mise en œuvre [Étape 1][Colonne {n}]", answers)
        top += 9 * len(answers) + 8
    rules.append((top - 4, 42.7, 553.5))
    return lines, rules


def test_a_ruled_question_grid_is_read_row_by_row() -> None:
    lines, rules = _page()
    out = two_column_order(lines, [], WIDTH, None, None, rules)
    assert [id(ln) for ln in out] == [id(ln) for ln in lines]  # untouched: rows stay lines
    assert out[0].text.startswith("Étapes de mise en œuvre [Étape 1][Colonne 0] réponse 0")


def test_without_the_rules_the_columns_are_split_as_before() -> None:
    lines, _ = _page()
    out = two_column_order(lines, [], WIDTH, None, None, None)
    lefts = [ln for ln in out if ln.x0 < 250]
    # the left column read first, then the right one
    assert [ln.text for ln in out[: len(lefts)]] == [ln.text for ln in lefts]
    assert all(ln.x0 >= 250 for ln in out[len(lefts) :])
    # rules far apart (sections of long text): still two columns
    long_lines = [hand_line(400 + 9 * i, (48, 240, f"gauche {i}"), (264, 540, f"droite {i}"),
                            bold=False) for i in range(12)]  # fmt: skip
    far = [(396.0, 42.7, 553.5), (460.0, 42.7, 553.5), (510.0, 42.7, 553.5), (600.0, 42.7, 553.5)]
    out = two_column_order(long_lines, [], WIDTH, None, None, far)
    assert [ln.text for ln in out][:3] == ["gauche 0", "gauche 1", "gauche 2"]
