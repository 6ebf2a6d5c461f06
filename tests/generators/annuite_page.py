"""A site's page whose CMS CLOSES EACH OBJECTIVE WITH ITS BUDGET RECAP BY YEAR
(two-hundred-and-forty-fourth held-out set, ``plan_html_annuite``): the page
(:func:`plan_html_annuite`) is :func:`tests.generators.site_body.etapes_page` on
``ETAPES_PAGE_CSS`` (``plan_html_girouette``'s page without its Basque labels), with, at the
end of each of the four objectives — before the next objective's heading, the last before
``</body>`` — an ``<h4>`` « Récapitulatif budgétaire de l'objectif n » and a
``table.etapes`` of the steps' columns and styles (:func:`recap`), header :data:`HEADER`,
one row a year of :data:`BUDGETS`: a look-alike table, the steps' shape, not steps.

Only the layout comes from here: every value of the seed is unchanged (the recaps are
document furniture, no part of any fiche).
"""

from __future__ import annotations

from tests.generators.plan_html import _h
from tests.generators.site_body import ETAPES_PAGE_CSS, br_paragraphs, etapes_page

HEADER = ("Année", "Nature des dépenses", "Fonctionnement", "Investissement", "Total", "Financeurs")
COLS = (16, 38, 11, 12, 11, 12)  # %, the steps table's
# before which heading each objective's recap goes (the next objective's, or the body's end)
PLACES = (
    ("1.1", "<h2>1.2</h2>"),
    ("1.2", "<h2>1.3</h2>"),
    ("1.3", "<h2>1,4</h2>"),
    ("1.4", "</body>"),
)
BUDGETS = {  # objective: rows (year, nature, fonctionnement, investissement, financeurs)
    "1.1": (
        ("2019", "Animation du réseau d'entreprises", 12000, 0, "GACdG, Région"),
        ("2020", "Animation et études de gisements", 15000, 5000, "GACdG, ADEME"),
        ("2021", "Animation et équipements de tri", 15000, 20000, "GACdG, ADEME"),
        ("2022", "Animation et communication", 10000, 8000, "GACdG"),
    ),
    "1.2": (
        ("2019", "Inventaires naturalistes", 8000, 0, "GACdG, OFB"),
        ("2020", "Observatoire : outils et données", 6000, 12000, "GACdG"),
        ("2021", "Études et accompagnement", 9000, 0, "GACdG, DDT"),
        ("2022", "Études et accompagnement", 7000, 0, "GACdG"),
    ),
    "1.3": (
        ("2019", "Campagne de mesures", 3000, 2500, "GACdG, ARS"),
        ("2020", "Campagne de mesures", 3000, 0, "GACdG, ARS"),
        ("2021", "Sensibilisation des gestionnaires", 2000, 0, "GACdG"),
        ("2022", "Bilan de la démarche", 1500, 0, "GACdG"),
    ),
    "1.4": (
        ("2019", "Formation des acheteurs", 4000, 0, "GACdG"),
        ("2020", "Outil de quantification carbone", 2000, 6000, "GACdG, ADEME"),
        ("2021", "Accompagnement des services", 5000, 0, "GACdG"),
        ("2022", "Suivi et évaluation", 3000, 0, "GACdG"),
    ),
}


def _euros(value: int) -> str:
    return f"{value:,}".replace(",", "\u00a0") + "\u00a0€" if value else "–"


def recap(objective: str) -> str:
    """The objective's ``<h4>`` and budget ``table.etapes`` (see the module)."""
    cols = "".join(f"<col style='width: {w}%'>" for w in COLS)
    head = "".join(f"<th>{_h(label)}</th>" for label in HEADER)
    rows = []
    for year, nature, run, invest, funders in BUDGETS[objective]:
        cells = (nature, _euros(run), _euros(invest), _euros(run + invest), funders)
        tds = "".join(f"<td>{_h(value)}</td>" for value in cells)
        rows.append(f"<tr><td class='etape'>{year}</td>{tds}</tr>")
    return (
        f"<h4>Récapitulatif budgétaire de l'objectif {objective}</h4>\n"
        f"<table class='etapes'>\n<colgroup>{cols}</colgroup>\n"
        f"<thead><tr>{head}</tr></thead><tbody>\n" + "\n".join(rows) + "\n</tbody></table>\n"
    )


def plan_html_annuite() -> str:
    """The seed as the site's page, each objective closed by its budget recap."""
    html = etapes_page(ETAPES_PAGE_CSS, br_paragraphs, lambda column: False)
    for objective, before in PLACES:
        if html.count(before) != 1:
            raise ValueError(f"{html.count(before)} {before!r}, one expected")
        html = html.replace(before, recap(objective) + before)
    return html


__all__ = ["BUDGETS", "HEADER", "plan_html_annuite", "recap"]
