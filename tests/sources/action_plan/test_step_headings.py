"""Steps written as numbered step HEADINGS with no table (sources.action_plan.step_list): a
Word outline whose steps are « Titre 4 » headings numbered « Étape n – » by a list, each
followed by its description paragraphs at the heading's edge and by four « Label : valeur »
lines, indented (issue 13, forty-first pass: ``plan_docx_outline``). A value going on on a
line of its own opened by a dash (« - 2020 » under « Planification : 2019 ») is that value's.
Lines are built by hand; the cases that must NOT be read so are checked too."""

from __future__ import annotations

from sources.action_plan.step_list import ListedSteps, _item_start
from sources.pdf.content import Line
from tests.sources.pdf.hand_lines import hand_line

EDGE, PAIRS = 57.0, 74.0
HEADING = hand_line(40.0, (EDGE, 200.0, "Modalités de mise en oeuvre"), size=10.0)


def _step(top: float, text: str) -> Line:
    words, x, out = text.split(), EDGE, []
    for word in words:  # one bold segment, its words 4 pt apart
        out.append((x, x + 5.0 * len(word), word))
        x += 5.0 * len(word) + 3.0
    return hand_line(top, *out, size=10.0)


def _text(top: float, text: str, x: float = EDGE) -> Line:
    return hand_line(top, (x, x + 5.0 * len(text), text), size=9.0, bold=False)


def _read(lines: list[Line]) -> list[dict[str, str | None]]:
    listed = ListedSteps()
    _, blocks = listed(lines, 1)
    _, more = listed.flush()
    return [row.cells for block in blocks + more for row in block.rows]


def test_numbered_step_headings_with_labelled_lines_are_steps() -> None:
    rows = _read(
        [
            HEADING,
            _step(60.0, "Étape 1 – Lancer un cycle de formation"),
            _text(75.0, "Former les communes."),
            _text(88.0, "Planification : 2019", PAIRS),
            _text(100.0, "- 2020", PAIRS),
            _text(112.0, "Budget : 5000", PAIRS),
            _text(124.0, "Porteur : GACdG", PAIRS),
            _step(140.0, "Étape 2 – Réaliser une étude"),
            _text(155.0, "Réfléchir aux modalités."),
            _text(168.0, "Planification : 2020-2021", PAIRS),
            _text(180.0, "Budget : 25000", PAIRS),
            _text(192.0, "Porteur : GACdG", PAIRS),
        ]
    )
    assert [r["step"] for r in rows] == ["Lancer un cycle de formation", "Réaliser une étude"]
    assert [r["planning"] for r in rows] == ["2019 - 2020", "2020-2021"]
    assert rows[0]["description"] == "Former les communes."
    assert [r["budget"] for r in rows] == ["5000", "25000"]


def test_the_step_word_marker() -> None:
    for text in ("Étape 1 – Nom", "Etape 2 : Nom", "ÉTAPE 3. Nom", "Étape n° 4 - Nom"):
        found = _item_start(_step(60.0, text))
        assert found is not None and found[3] == "Nom", text
    for text in ("Étapes clés du projet", "Étape suivante : Nom", "Étape 2021 – Nom"):
        assert _item_start(_step(60.0, text)) is None, text
