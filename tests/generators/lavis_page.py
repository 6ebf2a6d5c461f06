"""``plan_html_inlabel``'s flowing page without its labels, EACH FICHE'S FIELDS TABLE IN A
THEME'S WHITE « CARTE » WHOSE SOFT SHADOW IS A CSS FILTER (hundred-and-seventieth held-out
set, ``plan_html_lavis``): a ``div.carte`` (white, rounded :data:`RADIUS`, padded,
``filter: drop-shadow(…)`` :data:`SHADOW`, as themes write a shadow ``box-shadow`` cannot
follow) around the ``table.kv``. Chromium's print does not write a filtered element as text
and paths but RASTERIZES it (300 dpi images): every fields card, labels, values and rules,
is a picture; headings, paragraphs and the ``table.etapes`` steps stay text.

Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, _kv_fields
from tests.generators.seed001 import Block
from tests.generators.site_body import ETAPES_PAGE_CSS, etapes_table

SHADOW = "drop-shadow(0 1px 3px rgba(0, 0, 0, 0.35))"
RADIUS = "6px"

_CSS = (
    ETAPES_PAGE_CSS
    + f"""\
div.carte {{ background: #FFFFFF; border-radius: {RADIUS}; padding: 6px 10px;
  margin: 4px 0 10px; filter: {SHADOW}; }}
div.carte table.kv {{ margin: 0; }}
"""
)


def carte_fields(block: Block) -> list[str]:
    """The fiche's ``table.kv`` fields inside the theme's filtered card."""
    return ["<div class='carte'>", *_kv_fields(block), "</div>"]


def plan_html_lavis() -> str:
    """The seed's flowing page, each fields table in a card printed as a picture."""
    return _flowing_page(_CSS, carte_fields, etapes_table)
