"""A steps table printed as a survey's answers (sources.action_plan.array_answers): one row a
step AND column, « Étapes de mise en œuvre [Étape n][Porteur] » | value, questions wrapped,
answers going on under themselves; read as the table of those rows and columns. Regions that
do not read so (a question without brackets, no step column, a column twice in a row) are
left to the other readers. Lines by hand."""

from __future__ import annotations

from sources.action_plan.array_answers import read_array_answers
from tests.sources.pdf.hand_lines import hand_line

Q = "Étapes de mise en œuvre"


def _qa(top: float, question: str, answer: str | None = None):
    words = [(48.0, 250.0, question)] + ([(264.0, 500.0, answer)] if answer else [])
    return hand_line(top, *words, size=8.5, bold=False)


def _answer(top: float, text: str):
    return hand_line(top, (264.0, 500.0, text), size=8.5, bold=False)


def _region() -> list:
    return [
        _qa(648, f"{Q} [Étape 1][Etape]", "Lancer une phase test"),
        _qa(664, f"{Q} [Étape 1][Descriptif]", "Les actions à développer"),
        _answer(673, "sont les suivantes."),
        _qa(690, f"{Q} [Étape 1][Planification]", "2019"),
        _qa(706, f"{Q} [Étape 1][Ressources à", "18000 (financé)"),
        hand_line(715, (48.0, 90.0, "mobiliser]"), size=8.5, bold=False),
        _qa(731, f"{Q} [Étape 1][Porteur]", "GACdG"),
        _qa(747, f"{Q} [Étape 1][Partenaires", "CCI du Gers"),
        hand_line(756, (48.0, 90.0, "envisagés]"), size=8.5, bold=False),
        _qa(772, f"{Q} [Étape 2][Etape]", "Définir une stratégie"),
        _qa(788, f"{Q} [Étape 2][Descriptif]", "Déterminer le soutien."),
        _qa(804, f"{Q} [Étape 2][Planification]", "2020"),
        _qa(820, f"{Q} [Étape 2][Ressources à mobiliser]", "interne"),
        _qa(836, f"{Q} [Étape 2][Porteur]", "GACdG"),
        _qa(852, f"{Q} [Étape 2][Partenaires envisagés]"),  # left empty
    ]


def test_the_answers_make_a_steps_table() -> None:
    block = read_array_answers(_region())
    assert block is not None
    assert block.keys == ["step", "description", "planning", "budget", "owner", "partners"]
    rows = [r.cells for r in block.rows]
    assert [r["step"] for r in rows] == ["Lancer une phase test", "Définir une stratégie"]
    assert rows[0]["description"] == "Les actions à développer\nsont les suivantes."
    assert [r["planning"] for r in rows] == ["2019", "2020"]
    assert [r["budget"] for r in rows] == ["18000 (financé)", "interne"]
    assert [r["partners"] for r in rows] == ["CCI du Gers", ""]
    assert [r.top for r in block.rows] == [648, 772]


def test_regions_that_are_no_survey_answers_are_left() -> None:
    region = _region()
    # a question without its brackets
    assert read_array_answers([*region[:3], _qa(900, "Commentaire libre", "texte")]) is None
    # no step column
    no_step = [ln for ln in region if "[Etape]" not in ln.text]
    assert read_array_answers(no_step) is None
    # a column twice in a row
    twice = [*region, _qa(900, f"{Q} [Étape 2][Porteur]", "autre")]
    assert read_array_answers(twice) is None
    # an ordinary table's lines (cells side by side, no brackets)
    rows = [hand_line(600 + 10 * i, (48, 120, "Étape"), (130, 300, "texte"), (310, 340, "2019"),
                      bold=False) for i in range(4)]  # fmt: skip
    assert read_array_answers(rows) is None
