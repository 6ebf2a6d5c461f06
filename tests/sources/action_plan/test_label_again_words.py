"""A value opening on its own field's label followed by words of its own (« Contexte
historique : … » under a bare « Contexte ») keeps those words: the label met again is no new
field (sources.action_plan.parser ``line``, ``_Kind.loose``). Negative cases: a whole
« Label : … » of the vocabulary (« Contexte : … », « Objectifs de l'action : … ») and another
field's label still open a field. Chromium PDFs of :mod:`tests.generators.plain_label_plans`
(``label_again_html``) and hand-placed lines."""

from __future__ import annotations

from sources.action_plan import parse_action_plan
from sources.action_plan.line_kinds import _classify
from sources.pdf.content import Line, Segment
from tests.generators import plain_label_plans as plans


def _doc():
    return parse_action_plan(plans.fixture("label_again_html"), "plans/again.pdf", "0" * 64)


def test_own_label_with_words_of_its_own_stays_in_the_value() -> None:
    first = _doc().actions[0]
    assert first.action_code == "2.1.1"
    assert first.context == f"{plans.AGAIN_HISTORY}\n{plans.AGAIN_NOW}"
    assert first.indicators == [plans.AGAIN_INDICATOR]
    assert first.expected_results is None


def test_whole_vocabulary_labels_still_open_fields() -> None:
    doc = _doc()
    second = doc.actions[1]
    assert second.action_code == "2.1.2"
    # « Objectifs de l'action : » is another field; « Contexte : » a whole label, its words
    # are the label's, not the value's
    assert second.expected_results == plans.AGAIN_OBJECTIVE
    assert second.context == f"{plans.AGAIN_HISTORY}\n{plans.AGAIN_EXACT}"
    assert "Contexte :" not in second.context.split("\n")[1]
    assert [s.step for s in doc.steps] == [
        "Étape 1 : Inventorier le patrimoine",
        "Étape 2 : Auditer les écoles",
    ] * 2


def _line(text: str) -> Line:
    x1 = 40.0 + 5.0 * len(text)
    return Line(1, 100.0, 108.0, 40.0, x1, 8.0, False, [Segment(40.0, x1, text, False, [])])


def test_loose_marks_only_labels_with_words_of_their_own() -> None:
    loose = _classify(_line("Contexte historique : la commune"))
    assert loose is not None and loose.key == "context" and loose.loose
    whole = _classify(_line("Contexte : la commune"))
    assert whole is not None and whole.key == "context" and not whole.loose
    assert whole.rest == "la commune"
