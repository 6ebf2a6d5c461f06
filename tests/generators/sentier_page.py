"""A town's page printed with a DOCUMENT OUTLINE (two-hundred-and-thirteenth held-out set,
``plan_html_sentier``): ``plan_html_inlabel``'s page (:func:`tests.generators.site_body.
etapes_page` on ``ETAPES_PAGE_CSS``) unchanged, printed by Chromium with its option
:data:`OUTLINE` (``--generate-pdf-document-outline``), as a site's « Télécharger en PDF »
service does so that the PDF opens with a navigation pane: the PDF's ``/Outlines``, one
bookmark per ``<h1>``…``<h4>`` heading, nested by level; the pages drawn as without it.

Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.site_body import ETAPES_PAGE_CSS, br_paragraphs, etapes_page

# Chromium's print option: the PDF's bookmarks built from the page's headings
OUTLINE = "--generate-pdf-document-outline"


def plan_html_sentier() -> str:
    """The seed as the site's page, unchanged: the quirk is the print option's."""
    return etapes_page(ETAPES_PAGE_CSS, br_paragraphs, lambda column: True)
