"""A collectivité's page FOLLOWED BY ITS GLOSSARY (two-hundred-and-forty-eighth held-out set,
``plan_html_terme``), as a CMS appends its glossary module under a plan's page: the page
(:func:`plan_html_terme`) is ``plan_html_inlabel``'s page without its labels
(:func:`tests.generators.site_body.etapes_page` on ``ETAPES_PAGE_CSS``), and after the last
fiche's steps table an ``<h1>`` :data:`TITLE`, a paragraph :data:`INTRO` and a
``<dl class="glossaire">`` laid out as a grid (:data:`TERME_CSS`: 36 mm | the rest), each
term bold followed by « : », its definition on the same line: the entries of :data:`TERMES`,
16 acronyms and 4 words the fiches use as labels, so an entry reads as a label and a value.

Only the layout comes from here: every value is the seed's (the glossary is back matter
ADDED after the seed's content: no field, no step, no figure).
"""

from __future__ import annotations

from html import escape

from tests.generators.site_body import ETAPES_PAGE_CSS, br_paragraphs, etapes_page

TITLE = "Glossaire"  # not in the seed
INTRO = "Les sigles et termes employés dans les fiches actions."  # not in the seed
TERMES = (
    ("ABiC", "Atlas de la biodiversité intercommunale"),
    ("ADEME", "Agence de l'environnement et de la maîtrise de l'énergie"),
    ("AFB", "Agence française pour la biodiversité"),
    ("ARB", "Agence régionale de la biodiversité"),
    ("AUaT", "Agence d'urbanisme et d'aménagement Toulouse aire métropolitaine"),
    ("CAUE", "Conseil d'architecture, d'urbanisme et de l'environnement"),
    ("EES", "Évaluation environnementale stratégique"),
    ("ENR", "Énergies renouvelables"),
    ("ESS", "Économie sociale et solidaire"),
    ("ETP", "Équivalent temps plein"),
    ("GACdG", "Grand Auch Cœur de Gascogne, la communauté d'agglomération"),
    ("GES", "Gaz à effet de serre"),
    (
        "Indicateurs",
        "Données chiffrées permettant de suivre la réalisation d'une action et ses effets.",
    ),
    ("PCAET", "Plan climat-air-énergie territorial"),
    (
        "PLUiHD",
        "Plan local d'urbanisme intercommunal valant programme local de l'habitat "
        "et plan de déplacements",
    ),
    ("Porteur", "Structure responsable de la mise en œuvre d'une étape."),
    ("Publics cibles", "Personnes ou structures auxquelles l'action s'adresse."),
    (
        "Ressources à mobiliser",
        "Moyens financiers (en euros) ou humains nécessaires à une étape.",
    ),
    ("TVB", "Trame verte et bleue"),
    ("ZAC", "Zone d'aménagement concerté"),
)
TERME_CSS = """
dl.glossaire { display: grid; grid-template-columns: 36mm 1fr; column-gap: 4mm;
  row-gap: 1.5mm; margin: 0; }
dl.glossaire dt { font-weight: bold; }
dl.glossaire dt::after { content: " :"; }
dl.glossaire dd { margin: 0; }
"""


def glossary() -> str:
    """The glossary's heading, paragraph and list."""
    entries = "".join(
        f"<dt>{escape(term, quote=False)}</dt><dd>{escape(text, quote=False)}</dd>"
        for term, text in TERMES
    )
    return f"<h1>{TITLE}</h1><p>{INTRO}</p><dl class='glossaire'>{entries}</dl>"


def plan_html_terme() -> str:
    """The seed as the site's page, its glossary after the last fiche."""
    page = etapes_page(ETAPES_PAGE_CSS + TERME_CSS, br_paragraphs, lambda column: True)
    assert page.count("</body>") == 1
    return page.replace("</body>", glossary() + "</body>")


__all__ = ["TERME_CSS", "TERMES", "glossary", "plan_html_terme"]
