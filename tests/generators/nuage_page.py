"""A collectivité's page whose theme sets a DECORATIVE SHAPE BEHIND EVERY STEPS TABLE
(two-hundred-and-twenty-seventh held-out set, ``plan_html_nuage``), as an « organic » web
design dresses its content blocks: the page (:func:`plan_html_nuage`) is
``plan_html_inlabel``'s page on ``ETAPES_PAGE_CSS`` (the fields a ``table.kv``, each steps
table a ``table.etapes`` without the inline labels), but each steps table stands in a
``<div class="nuage">`` (``position: relative; z-index: 0``) whose first child is an inline
SVG (:data:`SHAPE`: one closed path of cubic béziers, a pale green « blob », no text)
absolutely placed over the table's top-right corner, 18 px above it and 16 px past its right
edge, ``z-index: -1`` (:data:`NUAGE_CSS`): printed behind the table, the header's fill over
it, the body's unfilled cells showing it under their grid and text.

Only the layout comes from here: every value is the seed's (the shape holds no text).
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, _kv_fields
from tests.generators.seed001 import Block
from tests.generators.site_body import ETAPES_PAGE_CSS, etapes_table

FILL = "#E2F0E5"
# the blob, in a 250 × 170 viewBox
PATH = (
    "M46 18 C92 -8 188 2 226 38 C256 68 238 136 182 156 C128 176 58 166 24 132 C-4 104 2 44 46 18 Z"
)
SHAPE = (
    "<svg class='forme' aria-hidden='true' viewBox='0 0 250 170' "
    f"xmlns='http://www.w3.org/2000/svg'><path fill='{FILL}' d='{PATH}'/></svg>"
)

# the box holding a table and its shape, the shape behind the table at its top-right corner
NUAGE_CSS = """
div.nuage { position: relative; z-index: 0; }
div.nuage svg.forme { position: absolute; z-index: -1; top: -18px; right: -16px;
  width: 250px; height: 170px; }
"""


def clouded_steps(block: Block) -> list[str]:
    """The fiche's ``table.etapes`` in its box, the decorative shape first."""
    return [f"<div class='nuage'>{SHAPE}", *etapes_table(block), "</div>"]


def plan_html_nuage() -> str:
    """The seed as the site's page, a pale shape behind each steps table's corner."""
    return _flowing_page(ETAPES_PAGE_CSS + NUAGE_CSS, _kv_fields, clouded_steps)


__all__ = ["NUAGE_CSS", "SHAPE", "clouded_steps", "plan_html_nuage"]
