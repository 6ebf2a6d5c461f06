"""A town's page printed by its « Télécharger en PDF » service with a DOCUMENT OUTLINE
(two-hundred-and-eleventh held-out set, ``plan_html_chapitrage``): the page
(:func:`plan_html_chapitrage`) is ``plan_html_inlabel``'s, unchanged
(:func:`tests.generators.site_body.etapes_page` on ``ETAPES_PAGE_CSS``: the fields a
``table.kv``, each steps table a ``table.etapes``); the quirk is the export option
:data:`OUTLINE` (Chromium's ``--generate-pdf-document-outline``), which gives the PDF one
bookmark for each ``<h1>`` … ``<h4>`` heading, nested by level, each pointing at its heading.

Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.site_body import ETAPES_PAGE_CSS, br_paragraphs, etapes_page

# headless Chromium's switch: the PDF's outline built from the page's headings
OUTLINE = ("--generate-pdf-document-outline",)


def plan_html_chapitrage() -> str:
    """The seed as the site's page, as ``plan_html_inlabel``'s flows it."""
    return etapes_page(ETAPES_PAGE_CSS, br_paragraphs, lambda column: False)


__all__ = ["OUTLINE", "plan_html_chapitrage"]
