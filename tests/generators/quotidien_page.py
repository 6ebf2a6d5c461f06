"""A collectivité's « version imprimable » set IN THREE NEWSPAPER COLUMNS (two-hundred-and-
thirtieth held-out set, ``plan_html_quotidien``), as a print theme imitates the authority's
printed magazine: the page (:func:`plan_html_quotidien`) is ``plan_html_sentier``'s
(:func:`tests.generators.site_body.etapes_page` on ``ETAPES_PAGE_CSS``: the fields a
``table.kv``, each steps table a ``table.etapes``) with its whole content in one ``<main
class="journal">`` whose stylesheet (:data:`JOURNAL_CSS`) sets ``columns: 3`` (a 6 mm gap, a
1 px #C8C8C8 column rule) and gives every table ``column-span: all``: the tables across the
full width, every run of headings and paragraphs between two tables balanced over the three
columns.

Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.site_body import ETAPES_PAGE_CSS, br_paragraphs, etapes_page

# the print theme's newspaper columns; a table, too wide for a column, across all three
JOURNAL_CSS = """
main.journal { columns: 3; column-gap: 6mm; column-rule: 1px solid #C8C8C8; }
main.journal table { column-span: all; }
"""
OPEN, CLOSE = "</head><body>", "</body></html>"


def plan_html_quotidien() -> str:
    """The seed as the site's page, its content in three columns between full-width tables."""
    page = etapes_page(ETAPES_PAGE_CSS + JOURNAL_CSS, br_paragraphs, lambda column: True)
    assert page.count(OPEN) == 1 and page.count(CLOSE) == 1
    return page.replace(OPEN, OPEN + "<main class='journal'>").replace(CLOSE, "</main>" + CLOSE)


__all__ = ["JOURNAL_CSS", "plan_html_quotidien"]
