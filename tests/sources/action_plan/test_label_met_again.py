"""A field label met again while its first value is empty (a bold « Contexte » over a
« Contexte historique : … » sentence, Chromium: :mod:`tests.generators.plain_label_plans`
``empty_label_html``): the value read is the whole sentence, its own words « Contexte
historique : » kept, never prefixed by the text « None » (sources.action_plan.parser ``_emit``
and ``line``: a label followed by words of its own is the open field's value)."""

from __future__ import annotations

from sources.action_plan import parse_action_plan
from tests.generators import plain_label_plans as plans


def test_an_empty_first_value_adds_no_none_text() -> None:
    doc = parse_action_plan(plans.fixture("empty_label_html"), "plans/empty.pdf", "0" * 64)
    action = doc.actions[0]
    assert action.context == plans.EMPTY_LABEL_SENTENCE
    assert "None" not in action.context
    assert action.indicators == ["Nombre de bâtiments audités"]
    assert [s.step for s in doc.steps] == [
        "Étape 1 : Inventorier le patrimoine",
        "Étape 2 : Auditer les écoles",
    ]
