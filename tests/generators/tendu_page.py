"""A site page whose theme STRETCHES EVERY LINE OF EVERY VALUE TO BOTH EDGES OF ITS CELL
(hundred-and-fifty-ninth held-out set, ``plan_html_tendu``): to keep the « distribué » look
of the Word fiches the tables were first pasted from, the stylesheet sets every value cell
``text-align: justify; text-align-last: justify``, so the last line of a value and each line
before a ``<br>`` are justified too, a short value's words spread wide apart.

The seed flows as ``plan_html_inlabel``'s page does (``ETAPES_PAGE_CSS``, the fields a
``table.kv``, each steps table a ``table.etapes``). Only the layout comes from here: every
value is the seed's.
"""

from __future__ import annotations

from tests.generators.site_body import ETAPES_PAGE_CSS, br_paragraphs, etapes_page

_CSS = (
    ETAPES_PAGE_CSS
    + """\
table.kv td, table.etapes td { text-align: justify; text-align-last: justify; }
"""
)


def plan_html_tendu() -> str:
    """The seed as the theme's page, every value line stretched across its cell."""
    return etapes_page(_CSS, br_paragraphs, lambda c: False)
