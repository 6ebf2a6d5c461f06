"""The plan's page on a site built on the State's design system whose steps tables are
« fr-table fr-table--caption-bottom » (hundred-and-forty-sixth held-out set,
``plan_html_legende``): no « Modalités de mise en oeuvre » heading above the steps, each
fiche's steps a ``table.fr`` whose ``<caption>`` is that heading with ``caption-side:
bottom``, so Chromium PRINTS THE HEADING UNDER THE TABLE'S LAST ROW (under the last page's
rows when the table breaks); the ``<thead>`` (bold labels on #F6F6F6 over a 2 px #3A3A3A
rule) repeated, body rows parted by 1 px #DDDDDD rules, no vertical rule, no row fill.

The seed flows as :func:`tests.generators.plan_html._flowing_page` writes it, the fields a
``table.kv``. Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, _h, _kv_fields
from tests.generators.seed001 import IMPL_TITLE, Block
from tests.generators.site_body import ETAPES_WIDTHS, br_paragraphs, flowing_css

_CSS = (
    flowing_css("15mm", "#1E1E1E")
    + """
table.fr { width: 100%; table-layout: fixed; border-collapse: collapse; margin: 4px 0 12px;
  caption-side: bottom; }
table.fr caption { text-align: left; font-weight: bold; font-size: 10pt; color: #161616;
  padding-top: 4px; }
table.fr th { text-align: left; vertical-align: bottom; font-weight: bold; font-size: 8.5pt;
  background: #F6F6F6; border-bottom: 2px solid #3A3A3A; padding: 4px 6px; }
table.fr td { text-align: left; vertical-align: top; font-size: 8.5pt; padding: 4px 6px;
  border-bottom: 1px solid #DDDDDD; }
table.fr td.etape { font-weight: bold; }
"""
)


def _captioned_steps(block: Block) -> list[str]:
    """A fiche's steps as a ``table.fr`` whose caption, under it, is the section heading."""
    cols = "".join(f"<col style='width: {w}%'>" for w in ETAPES_WIDTHS)
    out = [
        "<div class='fr-table fr-table--caption-bottom'><table class='fr'>",
        f"<caption>{_h(IMPL_TITLE)}</caption>",
        f"<colgroup>{cols}</colgroup>",
        "<thead><tr>" + "".join(f"<th>{_h(label)}</th>" for label in block.header) + "</tr>",
        "</thead><tbody>",
    ]
    for row in block.rows:
        cells = [
            f"<td class='etape'>{br_paragraphs(v)}</td>"
            if c == 0
            else f"<td>{br_paragraphs(v)}</td>"
            for c, v in enumerate(row)
        ]
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</tbody></table></div>")
    return out


def plan_html_legende() -> str:
    """The seed as a page whose steps tables carry their heading as a bottom caption."""
    return _flowing_page(_CSS, _kv_fields, _captioned_steps, impl_heading=False)
