"""Field labels printed under their values, as a paper form's captions: put first."""

from __future__ import annotations

from sources.action_plan.captions_below import labels_under_values
from sources.pdf.content import Line, Segment


def _line(top: float, text: str, size: float = 8.9, bold: bool = False) -> Line:
    return Line(
        page=2,
        top=top,
        bottom=top + size,
        x0=42.8,
        x1=42.8 + 4 * len(text),
        size=size,
        bold=bold,
        segments=[Segment(42.8, 42.8 + 4 * len(text), text, bold)],
    )


def _captioned_page() -> list[Line]:
    # as Chromium prints plan_html_dessous: each value over a rule, its label 7.4 pt under it
    return [
        _line(167.0, "FICHE 1.1.2", 11.4, True),
        _line(183.3, "Objectif opérationnel : Etendre l'expérimentation", 11.4, True),
        _line(199.4, "Sur la base du premier travail réalisé"),
        _line(230.7, "Il s'agit d'une démarche pérenne."),
        _line(243.8, "Contexte", 7.4),
        _line(257.5, "Des démarches sont menées d'ici 2030."),
        _line(270.6, "Objectifs et résultats attendus", 7.4),
        _line(284.3, "Nombre de structures engagées"),
        _line(297.4, "Indicateurs", 7.4),
        _line(311.1, "Entreprises, Associations, Collectivités"),
        _line(324.2, "Publics cibles", 7.4),
        _line(340.5, "Prise en compte de l'EES", 7.4),
        _line(354.2, "Réduction des émissions de GES"),
        _line(429.8, "Liens avec les objectifs réglementaires", 7.4),
        _line(444.3, "Modalités de mise en oeuvre", 9.9, True),
    ]


def test_captions_are_put_over_the_values_they_caption() -> None:
    texts = [ln.text for ln in labels_under_values(_captioned_page())]
    assert texts == [
        "FICHE 1.1.2",
        "Objectif opérationnel : Etendre l'expérimentation",
        "Contexte",
        "Sur la base du premier travail réalisé",
        "Il s'agit d'une démarche pérenne.",
        "Objectifs et résultats attendus",
        "Des démarches sont menées d'ici 2030.",
        "Indicateurs",
        "Nombre de structures engagées",
        "Publics cibles",
        "Entreprises, Associations, Collectivités",
        "Prise en compte de l'EES",
        "Liens avec les objectifs réglementaires",
        "Réduction des émissions de GES",
        "Modalités de mise en oeuvre",
    ]


def test_the_first_label_sits_between_the_heading_and_its_value() -> None:
    out = labels_under_values(_captioned_page())
    label, value = out[2], out[3]
    assert out[1].bottom < label.top < label.bottom < value.top


def test_small_labels_closer_to_the_value_under_them_stay_put() -> None:
    # small grey labels ABOVE their values (a web form): each nearer the line under it
    page = [
        _line(100.0, "Contexte", 7.4),
        _line(109.0, "Des démarches sont menées d'ici 2030."),
        _line(125.0, "Objectifs et résultats attendus", 7.4),
        _line(134.0, "Nombre de structures engagées"),
        _line(150.0, "Indicateurs", 7.4),
        _line(159.0, "Entreprises, Associations, Collectivités"),
        _line(175.0, "Publics cibles", 7.4),
        _line(184.0, "Réduction des émissions de GES"),
    ]
    assert labels_under_values(page) == page


def test_labels_of_the_values_size_stay_put() -> None:
    page = [
        _line(100.0 + 14 * k, t)
        for k, t in enumerate(
            [
                "Valeur une",
                "Contexte",
                "Valeur deux",
                "Indicateurs",
                "Valeur trois",
                "Publics cibles",
            ]
        )
    ]
    assert labels_under_values(page) == page
