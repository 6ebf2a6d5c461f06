"""A municipal WordPress page whose RELATED-ARTICLES PLUGIN INSERTS AN « À LIRE AUSSI »
TEASER AFTER EVERY FIFTH PARAGRAPH of the content (hundred-and-twentieth held-out set,
``plan_html_voiraussi``): the plugin counts every ``</p>`` of the content's HTML, those
inside the fields' and the steps' table cells too, so its teasers land in the flow, in the
fields' value cells and inside « Descriptif » cells.

The seed flows as ``plan_html_inlabel``'s page; the fields a ``table.kv`` of ``<p>``
values, the steps ``table.etapes`` whose descriptions are ``<p>`` paragraphs. Only the layout
comes from here: every value is the seed's (the teasers are not).
"""

from __future__ import annotations

from tests.generators.plan_html import _h, _p_paragraphs
from tests.generators.site_body import ETAPES_PAGE_CSS, etapes_page

EVERY = 5  # the plugin's « insert after paragraph n »
TITLES = (
    "Le Grand Auch lance sa plateforme de covoiturage",
    "Rénovation énergétique : les permanences de l'espace conseil",
    "Collecte des biodéchets : ce qui change en 2021",
    "Le marché de producteurs locaux revient place de la Libération",
    "Budget participatif : votez pour vos projets",
    "Semaine européenne de la réduction des déchets",
)

_CSS = (
    ETAPES_PAGE_CSS
    + """\
table.etapes td p { margin: 0 0 3px; }
div.irp { margin: 4px 0 6px; padding: 3px 6px; border-left: 3px solid #C8102E;
  background: #F4F4F4; }
div.irp span.k { display: block; font-weight: bold; font-size: 7pt; color: #C8102E; }
div.irp a { font-weight: bold; font-size: 8pt; color: #0B5C8A; text-decoration: underline; }
"""
)


def _teaser(n: int) -> str:
    title = TITLES[n % len(TITLES)]
    return (
        "<div class='irp'><span class='k'>À LIRE AUSSI</span>"
        f"<a href='#article-{n + 1}'>{_h(title)}</a></div>"
    )


def insert_teasers(page: str) -> str:
    """``page`` with a teaser after every :data:`EVERY`-th ``</p>`` of its body, as the
    plugin inserts them in the content's HTML."""
    head, body = page.split("<body>", 1)
    parts = body.split("</p>")
    out = [parts[0]]
    for n, part in enumerate(parts[1:], start=1):
        out.append("</p>")
        if n % EVERY == 0:
            out.append(_teaser(n // EVERY - 1))
        out.append(part)
    return head + "<body>" + "".join(out)


def plan_html_voiraussi() -> str:
    """The seed as a WordPress page, an « À lire aussi » teaser after every fifth paragraph."""
    return insert_teasers(etapes_page(_CSS, _p_paragraphs, lambda c: c == 1))
