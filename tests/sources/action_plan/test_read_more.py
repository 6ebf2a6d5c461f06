"""« … Lire la suite » links cutting a long value whose rest a print stylesheet shows after
them (sources.action_plan.app_widgets.without_read_more): taken out, the parts joined.
Negative: a value ENDING with the link (its rest not printed) keeps it, and a sentence
saying « lire la suite du rapport » is untouched."""

from __future__ import annotations

from sources.action_plan.app_widgets import without_read_more


def test_the_link_between_the_parts_goes() -> None:
    text = "Les actions à développer sont les suivantes : 1) Organisation de rencontres annuelles entre… Lire la suite entreprises engagées"
    assert without_read_more(text) == (
        "Les actions à développer sont les suivantes : 1) Organisation de rencontres annuelles entre entreprises engagées"
    )
    assert (
        without_read_more("le niveau... [Lire la suite] d'engagement") == "le niveau d'engagement"
    )


def test_a_link_ending_the_value_or_a_sentence_stays() -> None:
    assert (
        without_read_more("Organisation de rencontres… Lire la suite")
        == "Organisation de rencontres… Lire la suite"
    )
    assert (
        without_read_more("Voir le bilan, lire la suite du rapport.")
        == "Voir le bilan, lire la suite du rapport."
    )
