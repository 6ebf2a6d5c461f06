"""A territory's « FEUILLE DE ROUTE » page whose FINISHED STEPS' ROWS ARE PRINTED FADED
(hundred-and-twenty-ninth held-out set, ``plan_html_voile``), as a CMS greys past items at
the plan's mid-term review: every step whose « Planification » ends before :data:`REVIEW`
(its last four-digit year earlier, no « et + ») a ``<tr class='realisee'>`` at
``opacity:`` :data:`OPACITY`, with no word, mark nor legend saying why.

The seed flows as ``plan_html_inlabel``'s page, the fields a ``table.kv``, each steps table
a ``table.etapes`` (thin full grid, ``<thead>`` repeated). Only the layout comes from here:
every value is the seed's.
"""

from __future__ import annotations

import re

from tests.generators.plan_html import _flowing_page, _kv_fields
from tests.generators.seed001 import Block
from tests.generators.site_body import (
    ETAPES_PAGE_CSS,
    ETAPES_WIDTHS,
    br_paragraphs,
    steps_table,
)

REVIEW = 2021  # the mid-term review's year: a step ending before it is finished
OPACITY = 0.4
PLANNING = 2  # the « Planification » column

_CSS = ETAPES_PAGE_CSS + f"table.etapes tr.realisee {{ opacity: {OPACITY}; }}\n"


def finished(planning: str) -> bool:
    """Whether a step of this « Planification » value ended before :data:`REVIEW`."""
    years = [int(y) for y in re.findall(r"\d{4}", planning)]
    return bool(years) and "et +" not in planning and years[-1] < REVIEW


def _row_attrs(values: list[str]) -> str:
    return " class='realisee'" if finished(values[PLANNING]) else ""


def _impl(block: Block) -> list[str]:
    return steps_table(
        block,
        "etapes",
        ETAPES_WIDTHS,
        lambda c, label, value: br_paragraphs(value),
        row_attrs=_row_attrs,
    )


def plan_html_voile() -> str:
    """The seed as a « feuille de route » page, the finished steps' rows faded."""
    return _flowing_page(_CSS, _kv_fields, _impl)
