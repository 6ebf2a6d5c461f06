"""A municipal site whose « dynamic » theme draws its table headers as SLANTED
PARALLELOGRAMS (hundred-and-eighty-fourth held-out set, ``plan_html_chanfrein``): each steps
table a ``table.chanfrein`` (:func:`chanfrein`) whose ``<th>`` have no border and no
background of their own, each label white bold over a ``::before`` pseudo-element filled
:data:`FILL` and slanted by ``skewX`` (:data:`SKEW`), placed a little inside its cell
(:data:`_CSS`), so a row of separate dark parallelograms leaning right; the body a thin grey
full grid, the ``<thead>`` repeated.

Everything else flows as ``plan_html_ailleurs``'s page (:func:`tests.generators.plan_html.
_flowing_page` on ``ETAPES_PAGE_CSS``, the fields ``<th>`` labels beside ``<td>`` values).
Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, th_fields
from tests.generators.seed001 import Block
from tests.generators.site_body import ETAPES_PAGE_CSS, br_paragraphs, steps_table

WIDTHS = (16, 38, 11, 12, 11, 12)  # %, the steps columns
FILL = "#1F6F8B"
SKEW = -20  # deg

_CSS = (
    ETAPES_PAGE_CSS
    + f"""\
table.chanfrein {{ width: 100%; table-layout: fixed; border-collapse: collapse;
  margin: 4px 0 10px; }}
table.chanfrein th, table.chanfrein td {{ padding: 3px 5px; font-size: 8.5pt;
  vertical-align: top; text-align: left; }}
table.chanfrein td {{ border: 1px solid #BFBFBF; }}
table.chanfrein td.etape {{ font-weight: bold; }}
table.chanfrein th {{ position: relative; z-index: 0; border: none; background: none;
  color: #FFFFFF; font-weight: bold; padding: 4px 10px; }}
table.chanfrein th::before {{ content: ""; position: absolute; top: 2px; bottom: 2px;
  left: 5px; right: 5px; z-index: -1; background: {FILL};
  transform: skewX({SKEW}deg); }}
"""
)


def chanfrein(block: Block) -> list[str]:
    """A fiche's steps as a ``table.chanfrein``."""
    return steps_table(block, "chanfrein", WIDTHS, lambda c, label, value: br_paragraphs(value))


def plan_html_chanfrein() -> str:
    """The seed as the site's page, the steps headers on slanted parallelograms."""
    return _flowing_page(_CSS, lambda block: th_fields(block, td=br_paragraphs), chanfrein)


__all__ = ["FILL", "SKEW", "WIDTHS", "chanfrein", "plan_html_chanfrein"]
