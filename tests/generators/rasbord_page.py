"""A site page PRINTED WITH THE PRINT DIALOG'S MARGINS « AUCUNE » (hundred-and-seventeenth
held-out set, ``plan_html_rasbord``), as agents print to save paper: ``@page { margin: 0 }``,
the site's reset ``body { margin: 0 }`` and its container's 12 px side padding (set on the
``<body>`` here) the only white at the sheet's left and right, nothing above the first line
nor under the last of a page: the text runs from the sheet's top edge to its bottom edge,
rows cut there, a continued table's repeated ``<thead>`` against the top edge.

The seed flows as ``plan_html_inlabel``'s page (``table.kv`` fields), each steps table a
``table.etapes`` (:data:`~tests.generators.site_body.ETAPES_CSS`). Only the layout comes
from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, _kv_fields
from tests.generators.seed001 import Block
from tests.generators.site_body import ETAPES_CSS, etapes_table, flowing_css

SIDE_PADDING = "12px"  # the content container's, left and right

_CSS = flowing_css("0", "#1E1E1E") + ETAPES_CSS + f"body {{ padding: 0 {SIDE_PADDING}; }}\n"


def _impl(block: Block) -> list[str]:
    return etapes_table(block)


def plan_html_rasbord() -> str:
    """The seed as a site page printed without any page margin."""
    return _flowing_page(_CSS, _kv_fields, _impl)
