"""A CMS page whose theme copied CSS-TRICKS' « ROTATED TABLE COLUMN HEADERS » snippet into its
steps tables (hundred-and-thirty-third held-out set, ``plan_html_biais``): each header cell a
borderless 110 px ``th.rotate`` whose label, in a ``<div>`` turned by ``rotate(315deg)``
about its bottom-left corner, rises at 45° to the right from its column's foot over a
slanted 1 px underline — over the next columns' heads, the last one past the table's right
edge. The ``<thead>`` repeats on every page. (Amended once after the first print, whose
``translate(4px, 0)``, 8 pt labels and 10 px side paddings pushed the last label's final
« s » past the page's right margin, where Chromium clipped it: now no shift, 7.5 pt, 4 px.)

The seed flows as ``plan_html_inlabel``'s page (fields a ``table.kv``), each steps table a
``table.etapes`` (:data:`tests.generators.site_body.ETAPES_CSS`, thin full grid). Only the
layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, _h, _kv_fields
from tests.generators.seed001 import Block
from tests.generators.site_body import ETAPES_CSS, br_paragraphs, flowing_css, steps_table_open

WIDTHS = (16, 38, 11, 12, 11, 12)

_CSS = (
    flowing_css("15mm", "#1E1E1E")
    + ETAPES_CSS
    + """\
table.etapes th.rotate { height: 110px; white-space: nowrap; border: 0; padding: 0;
  vertical-align: bottom; background: none; }
table.etapes th.rotate > div { transform: translate(0, 0) rotate(315deg);
  transform-origin: 0 100%; width: 30px; }
table.etapes th.rotate > div > span { font-size: 7.5pt; border-bottom: 1px solid #BFBFBF;
  padding: 5px 4px; }
"""
)


def _steps(block: Block) -> list[str]:
    """The steps: a ``<thead>`` of slanted labels, then a row a step (name bold)."""
    n_cols = len(block.header)
    head = "".join(
        f"<th class='rotate'><div><span>{_h(label)}</span></div></th>" for label in block.header
    )
    out = steps_table_open("etapes", WIDTHS, head)
    for row in block.rows:
        values = [row[c] if c < len(row) else "" for c in range(n_cols)]
        cells = [f"<td class='etape'>{br_paragraphs(values[0])}</td>"]
        cells += [f"<td>{br_paragraphs(v)}</td>" for v in values[1:]]
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</tbody></table>")
    return out


def plan_html_biais() -> str:
    """The seed as a CMS page whose steps tables' labels are slanted at 45°."""
    return _flowing_page(_CSS, _kv_fields, _steps)
