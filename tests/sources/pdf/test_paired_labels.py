"""A label printed with its translation joined by a spaced « / » or dash is the known label
(sources.pdf.paired_labels), whichever side it stands on."""

from __future__ import annotations

from sources.action_plan.labels import _field_key
from sources.action_plan.line_kinds import _is_heading_label
from sources.pdf.columns import column_key
from sources.pdf.paired_labels import known_side, open_join


def test_known_side_either_side() -> None:
    assert known_side("Testuingurua / Contexte", _field_key) == "Contexte"
    assert known_side("Context – Contexte", _field_key) == "Contexte"
    assert known_side("Contexte / Context", _field_key) == "Contexte"


def test_translation_spelt_alike_once_folded_is_one_label() -> None:
    assert known_side("Contexte / Contèxte", _field_key) == "Contexte"
    assert _field_key("Contexte / Contèxte") == "context"


def test_two_labels_a_value_or_a_sentence_are_not_one_label() -> None:
    assert known_side("Calendrier / Budget", _field_key) is None  # two different labels
    assert known_side("Élus / techniciens", _field_key) is None  # no side known
    assert known_side("Contexte / voir 2024", _field_key) is None  # a digit: no label
    assert known_side("Contexte", _field_key) is None  # no join
    assert known_side("Sous-action", column_key) is None  # a hyphen inside a word
    assert _field_key("Calendrier / Budget") is None


def test_field_labels_column_headers_and_headings_after_their_translation() -> None:
    assert _field_key("Testuingurua / Contexte") == "context"
    assert _field_key("Helburuak / Objectifs et résultats attendus") == "expected_results"
    assert column_key("Plangintza / Planification") == "planning"
    assert column_key("Aurreikusitako baliabideak / Ressources à mobiliser") == "budget"
    assert column_key("Etapa / Étape") == "step"
    assert known_side("Gauzatzeko modalitateak / Modalités de mise en oeuvre", _is_heading_label)
    assert known_side("Enjòcs estrategics / Enjeux stratégiques", _is_heading_label) == (
        "Enjeux stratégiques"
    )


def test_open_join_ends_a_label_cut_before_its_translation() -> None:
    assert open_join("IEEaren kontuan hartzea /")
    assert open_join("Planification –")
    assert not open_join("Prise en compte de l'EES")
    assert not open_join("Écrire 2023/")  # no space before the slash


def test_translated_labels_wrapped_in_their_cells_open_their_fields() -> None:
    # plan_html_girouette: « Helburuak eta espero » / « diren emaitzak / Objectifs » / « et
    # résultats attendus » and « IEEaren kontuan hartzea / » / « Prise en compte de l'EES »
    # in the label column, each value level with the label's first line
    from tests.sources.pdf.test_producers import plan_case

    doc, _ = plan_case("plan_html_girouette")
    first = next(a for a in doc.actions if a.action_code == "1.1.1")
    assert first.expected_results == (
        "Des démarches d'optimisations énergétiques sont menées dans toutes les entreprises "
        "d'ici 2030."
    )
    assert first.context is not None and first.context.endswith("stratégie de déploiement.")
    assert first.regulatory_links[:2] == ["Réduction des émissions de GES", "Séquestration carbone"]
