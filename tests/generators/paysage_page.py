"""A town site's page whose « tableau large » block prints its table on LANDSCAPE PAGES by a
NAMED PAGE (seventy-seventh held-out set, ``plan_html_paysage``): each steps table alone in
a ``div.large`` with ``page: paysage``, ``@page paysage { size: A4 landscape }``, so Chromium
breaks the page before and after it and prints it on A4 landscape pages while the rest of
the page, the « Modalités de mise en oeuvre » heading over the table included, prints on A4
portrait pages.

The seed flows as ``plan_html_termine``'s page, the fields a ``table.kv``, each steps table a
``table.etapes`` (thin full grid, ``<thead>`` repeated). Only the layout comes from here:
every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, _kv_fields
from tests.generators.seed001 import Block
from tests.generators.site_body import ETAPES_PAGE_CSS, div_lines, etapes_table

_CSS = (
    ETAPES_PAGE_CSS
    + "@page paysage { size: A4 landscape; margin: 15mm; }\n"
    + "div.large { page: paysage; }\n"
)


def _impl(block: Block) -> list[str]:
    return div_lines("large", etapes_table(block))


def plan_html_paysage() -> str:
    """The seed as a site page whose steps tables print on landscape pages."""
    return _flowing_page(_CSS, _kv_fields, _impl)
