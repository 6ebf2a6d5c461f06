"""A site's page from a BILINGUAL BASQUE / FRENCH THEME that puts THE REGIONAL LANGUAGE
FIRST (two-hundred-and-forty-first held-out set, ``plan_html_girouette``): the page
(:func:`plan_html_girouette`) is ``plan_html_chapitrage``'s page without its outline
(:func:`tests.generators.site_body.etapes_page` on ``ETAPES_PAGE_CSS``: the fields a
``table.kv``, each steps table a ``table.etapes``), but every template label — each
``table.kv`` ``<th>``, each ``table.etapes`` header cell, the « Modalités de mise en oeuvre »
``<h4>`` and the « Enjeux stratégiques » ``<h2>`` — reads « <Basque> / <French> »
(:func:`basque_first`), the Basque label (:data:`BASQUE`) a ``<span lang="eu"
class="eu">`` in :data:`COLOUR`.

Only the layout comes from here: every value is the seed's (the translations are page
furniture, no part of any label or value).
"""

from __future__ import annotations

from tests.generators.plan_html import _h
from tests.generators.seed001 import FIELD_LABELS, IMPL_TITLE
from tests.generators.site_body import ETAPES_PAGE_CSS, br_paragraphs, etapes_page

COLOUR = "#9E1B32"
CSS = f"span.eu {{ color: {COLOUR}; }}\n"
BASQUE = {
    "Contexte": "Testuingurua",
    "Objectifs et résultats attendus": "Helburuak eta espero diren emaitzak",
    "Indicateurs": "Adierazleak",
    "Publics cibles": "Xede-publikoak",
    "Prise en compte de l'EES": "IEEaren kontuan hartzea",
    "Liens avec les objectifs réglementaires": "Arauzko helburuekiko loturak",
    "Etape": "Urratsa",
    "Descriptif": "Deskribapena",
    "Planification": "Plangintza",
    "Ressources à mobiliser": "Mobilizatu beharreko baliabideak",
    "Porteur": "Eramailea",
    "Partenaires envisagés": "Aurreikusitako bazkideak",
    IMPL_TITLE: "Gauzatzeko modalitateak",
    "Enjeux stratégiques": "Erronka estrategikoak",
}
STEPS_HEADER = (
    "Etape",
    "Descriptif",
    "Planification",
    "Ressources à mobiliser",
    "Porteur",
    "Partenaires envisagés",
)


def _both(label: str) -> str:
    return f"<span lang='eu' class='eu'>{_h(BASQUE[label])}</span> / {_h(label)}"


def basque_first(html: str) -> str:
    """``html`` with every template label's element reading « <Basque> / <French> » and the
    span's colour rule added to the stylesheet; the count of each label checked (12 of each
    fields label, steps header cell and « Modalités de mise en oeuvre », 4 « Enjeux
    stratégiques »)."""
    tags = [("th", label) for label in (*FIELD_LABELS, *STEPS_HEADER)]
    tags += [("h4", IMPL_TITLE), ("h2", "Enjeux stratégiques")]
    for tag, label in tags:
        old = f"<{tag}>{_h(label)}</{tag}>"
        expected = 4 if label == "Enjeux stratégiques" else 12
        if html.count(old) != expected:
            raise ValueError(f"{html.count(old)} {old!r}, {expected} expected")
        html = html.replace(old, f"<{tag}>{_both(label)}</{tag}>")
    if html.count("</style>") != 1:
        raise ValueError("one stylesheet expected")
    return html.replace("</style>", CSS + "</style>")


def plan_html_girouette() -> str:
    """The seed as the site's page, every template label after its Basque label."""
    return basque_first(etapes_page(ETAPES_PAGE_CSS, br_paragraphs, lambda column: False))


__all__ = ["BASQUE", "basque_first", "plan_html_girouette"]
