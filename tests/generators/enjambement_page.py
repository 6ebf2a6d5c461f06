"""A town's page whose every steps table closes on a CONTINUATION NOTICE IN ITS ``<tfoot>``
(two-hundred-and-twenty-third held-out set, ``plan_html_enjambement``): the page
(:func:`plan_html_enjambement`) is ``plan_html_inlabel``'s page on ``ETAPES_PAGE_CSS`` (the
fields a ``table.kv``, each steps table a ``table.etapes`` without the inline labels), but
each steps table carries :data:`NOTICE` (« Suite du tableau page suivante ▸ ») in a
``<tfoot>`` row of one cell over the six columns (:data:`SUITE_CSS`: italic 7.5 pt #595959,
right-aligned, a rule above only). Chromium repeats a ``<tfoot>`` at the foot of every page
a table leaves unfinished, and prints it under the table's last row as well.

Only the layout comes from here: every value is the seed's (the notice is not).
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, _h, _kv_fields
from tests.generators.seed001 import Block
from tests.generators.site_body import ETAPES_PAGE_CSS, ETAPES_WIDTHS, br_paragraphs, steps_table

NOTICE = "Suite du tableau page suivante ▸"

# the notice's cell: no grid but a rule above, small grey italic, flush right
SUITE_CSS = """
table.etapes tfoot td.suite { border: none; border-top: 1px solid #BFBFBF;
  padding: 2px 5px; font-size: 7.5pt; font-style: italic; color: #595959;
  text-align: right; }
"""


def noticed_steps(block: Block) -> list[str]:
    """The fiche's ``table.etapes``, its ``<tfoot>`` one cell holding :data:`NOTICE`."""
    foot = (
        f"<tfoot><tr><td class='suite' colspan='{len(block.header)}'>{_h(NOTICE)}</td></tr></tfoot>"
    )
    return steps_table(
        block, "etapes", ETAPES_WIDTHS, lambda c, label, value: br_paragraphs(value), foot=foot
    )


def plan_html_enjambement() -> str:
    """The seed as the site's page, each steps table closed by a continuation notice."""
    return _flowing_page(ETAPES_PAGE_CSS + SUITE_CSS, _kv_fields, noticed_steps)


__all__ = ["NOTICE", "SUITE_CSS", "noticed_steps", "plan_html_enjambement"]
