"""A plan-tracking intranet page whose steps already carried out are STRUCK THROUGH AND
GREYED, as a to-do list shows them (seventy-fifth held-out set, ``plan_html_termine``): every
step whose planning value is « 2019 », « 2020 » or « 2019 - 2020 » a ``tr.fait`` whose six
cells' text is ``text-decoration: line-through; color: #8C8C8C``, with no other mark and no
legend; the other steps unchanged.

The seed flows as ``plan_html_inlabel``'s page, the fields a ``table.kv``, each steps table a
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

DONE = frozenset({"2019", "2020", "2019 - 2020"})  # planning values due by the end of 2020
PLANNING = "Planification"

_CSS = (
    flowing_css("15mm", "#1E1E1E")
    + ETAPES_CSS
    + "table.etapes tr.fait td { text-decoration: line-through; color: #8C8C8C; }\n"
)


def _impl(block: Block) -> list[str]:
    planning = block.header.index(PLANNING)
    return steps_table(
        block,
        "etapes",
        ETAPES_WIDTHS,
        lambda c, label, v: br_paragraphs(v),
        row_attrs=lambda values: " class='fait'" if values[planning].strip() in DONE else "",
    )


def plan_html_termine() -> str:
    """The seed as a tracking page whose steps due by the end of 2020 are struck through."""
    return _flowing_page(_CSS, _kv_fields, _impl)
