"""A site page whose fiches were typed by DIFFERENT SERVICES, EACH STEPS TABLE WITH ITS
COLUMNS IN ITS OWN ORDER (hundred-and-twelfth held-out set, ``plan_html_desordre``): the
steps tables take in turn one of the four orders of :data:`ORDERS` (the seed's, the owners
after the step, the planning first, the owner before the planning), each seed column keeping
its own width (:data:`~tests.generators.site_body.ETAPES_WIDTHS`) wherever it stands and the
step name its bold; the ``table.etapes`` look (:data:`~tests.generators.site_body.ETAPES_CSS`)
otherwise.

The seed flows as ``plan_html_inlabel``'s page (``table.kv`` fields). Only the layout comes
from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, _h, _kv_fields
from tests.generators.seed001 import Block
from tests.generators.site_body import (
    ETAPES_PAGE_CSS,
    ETAPES_WIDTHS,
    br_paragraphs,
    steps_table_open,
)

# seed column indexes (Etape 0, Descriptif 1, Planification 2, Ressources à mobiliser 3,
# Porteur 4, Partenaires envisagés 5) in the order each service writes them
ORDERS = (
    (0, 1, 2, 3, 4, 5),
    (0, 4, 5, 1, 2, 3),
    (2, 0, 1, 3, 4, 5),
    (0, 1, 4, 2, 5, 3),
)


def desordre_table(block: Block, order: tuple[int, ...]) -> list[str]:
    """A fiche's steps as a ``table.etapes`` whose columns are the seed's in ``order``."""
    head = "".join(f"<th>{_h(block.header[c])}</th>" for c in order)
    widths = tuple(ETAPES_WIDTHS[c] for c in order)
    out = steps_table_open("etapes", widths, head)
    for row in block.rows:
        values = [row[c] if c < len(row) else "" for c in range(len(block.header))]
        cells = [
            ("<td class='etape'>" if c == 0 else "<td>") + br_paragraphs(values[c]) + "</td>"
            for c in order
        ]
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</tbody></table>")
    return out


def plan_html_desordre() -> str:
    """The seed as a site page whose steps tables come in :data:`ORDERS` in turn."""
    count = [0]

    def impl(block: Block) -> list[str]:
        order = ORDERS[count[0] % len(ORDERS)]
        count[0] += 1
        return desordre_table(block, order)

    return _flowing_page(ETAPES_PAGE_CSS, _kv_fields, impl)
