"""An intranet page whose print stylesheet sets the wide steps tables ON LANDSCAPE PAGES with
a CSS NAMED PAGE (seventy-sixth held-out set, ``plan_html_paysage``): ``@page paysage {
size: A4 landscape }`` and ``table.etapes { page: paysage; }``, so every steps table starts
a new A4 landscape page and the text after it a new A4 portrait page, the « Modalités de
mise en oeuvre » heading left on the portrait page before its table.

The seed flows as ``plan_html_termine``'s page, the fields a ``table.kv``, each steps table a
``table.etapes`` (thin full grid, ``<thead>`` repeated). Only the layout comes from here:
every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, _kv_fields
from tests.generators.seed001 import Block
from tests.generators.site_body import (
    ETAPES_CSS,
    ETAPES_WIDTHS,
    br_paragraphs,
    flowing_css,
    steps_table,
)

_CSS = (
    flowing_css("15mm", "#1E1E1E")
    + ETAPES_CSS
    + """\
@page paysage { size: A4 landscape; margin: 15mm; }
table.etapes { page: paysage; }
"""
)


def _impl(block: Block) -> list[str]:
    return steps_table(block, "etapes", ETAPES_WIDTHS, lambda c, label, v: br_paragraphs(v))


def plan_html_paysage() -> str:
    """The seed as an intranet page whose steps tables print on landscape pages."""
    return _flowing_page(_CSS, _kv_fields, _impl)
