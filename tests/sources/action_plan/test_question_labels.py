"""Question words as the labels of a step's details (« Quand : », « Combien : », « Qui : »,
« Avec qui : »): read as planning / budget / owner / partners only as a whole « Label : »
opening a pair, never inside a sentence nor as header words (issue 13, twenty-second pass)."""

from __future__ import annotations

from sources.action_plan.step_list import ListedSteps, labelled_pairs, pair_key
from sources.pdf.columns import column_key, question_pair_label
from tests.sources.action_plan.test_action_plan import _text_line


def test_question_labels_name_the_detail_columns() -> None:
    assert pair_key("Quand : 2020") == "planning"
    assert pair_key("Combien : 5 000 €") == "budget"
    assert pair_key("Qui : GACdG") == "owner"
    assert pair_key("Avec qui : ADEME, communes") == "partners"
    assert pair_key("QUAND :") == "planning"  # an empty value leaves the label alone
    assert question_pair_label("Avec qui : ADEME") == ("partners", len("Avec qui :"))


def test_question_words_inside_a_sentence_stay_text() -> None:
    """« Qui » or « Quand » that is not the whole label of a pair is an ordinary word: a
    sentence, a longer label, a question, a word with no colon after it."""
    assert pair_key("Qui fait quoi : voir le tableau") is None
    assert pair_key("Savoir qui : les élus") is None
    assert pair_key("Qui pilote le projet ? La commune.") is None
    assert pair_key("Qui") is None
    assert pair_key("Quand la commune le décide, elle lance : la phase 2") is None
    assert labelled_pairs("Définir qui porte l'action et quand la lancer.") is None
    assert labelled_pairs("Les élus qui le souhaitent : réunion") is None
    # never header words: a table cell « Qui » or « Quand » names no steps column
    assert column_key("Qui") is None and column_key("Quand") is None
    assert column_key("Combien") is None and column_key("Avec qui") is None


def test_labelled_pairs_with_question_labels() -> None:
    assert labelled_pairs(
        "Quand : 2019 - 2020\nCombien : 18000\nQui : GACdG : Service\nAvec qui :"
    ) == [
        ("planning", "2019 - 2020"),
        ("budget", "18000"),
        ("owner", "GACdG : Service"),
        ("partners", ""),
    ]


def test_numbered_steps_with_question_labels() -> None:
    """A numbered list under the steps heading whose items end with four « Quand / Combien /
    Qui / Avec qui » lines is read as steps; « qui » in a description line stays text."""
    num, text = 57.0, 78.0
    lines = [
        _text_line(1, 40, (num, "Modalités de mise en oeuvre"), size=11, bold=True),
        _text_line(1, 60, (num, "1."), (text, "Lancer une phase test"), bold=True),
        _text_line(1, 73, (text, "Identifier qui porte chaque action.")),
        _text_line(1, 86, (text, "Quand : 2019 - 2020"), size=8),
        _text_line(1, 96, (text, "Combien : 18000"), size=8),
        _text_line(1, 106, (text, "Qui : GACdG"), size=8),
        _text_line(1, 116, (text, "Avec qui : Chambre du Commerce"), size=8),
        _text_line(1, 135, (num, "2."), (text, "Evaluer"), bold=True),
        _text_line(1, 148, (text, "Bilan des actions menées.")),
        _text_line(1, 161, (text, "Quand : 2022"), size=8),
        _text_line(1, 171, (text, "Combien :"), size=8),
        _text_line(1, 181, (text, "Qui : opérateur"), size=8),
        _text_line(1, 191, (text, "Avec qui :"), size=8),
        _text_line(1, 215, (num, "1.3"), size=13, bold=True),
    ]
    left, blocks = ListedSteps()(lines, 1)
    assert [ln.text for ln in left] == ["Modalités de mise en oeuvre", "1.3"]
    assert len(blocks) == 1
    assert [r.cells for r in blocks[0].rows] == [
        {
            "step": "Lancer une phase test",
            "description": "Identifier qui porte chaque action.",
            "planning": "2019 - 2020",
            "budget": "18000",
            "owner": "GACdG",
            "partners": "Chambre du Commerce",
        },
        {
            "step": "Evaluer",
            "description": "Bilan des actions menées.",
            "planning": "2022",
            "budget": "",
            "owner": "opérateur",
            "partners": "",
        },
    ]
