"""The GRID VIEW of the agglomeration's project-tracking web application, a no-code database
in the manner of Baserow or NocoDB (forty-second held-out set, ``plan_html_gridview``),
printed by Chromium: the steps are ``display: grid`` rows of ``<div>`` cells written in the
base's FIELD ORDER, each placed at its displayed column by ``grid-area: 1 / N`` (the view's
saved column order, the seed's), so the paper shows the seed order while the DOM — which
Chromium paints in order — holds another.

Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_html import _h
from tests.generators.seed001 import Block, _paragraphs
from tests.generators.site_body import page_head, row_header_fields, site_body

TITLE = "Programme d'actions — Suivi PCAET"
BLUE = "#3B5BDB"
WIDTHS = "16% 30% 12% 13% 12% 17%"  # the six seed columns, in seed order on paper
# the base's fields in the order they were created: the cells' order in the DOM
FIELD_ORDER = (
    "Porteur",
    "Etape",
    "Planification",
    "Descriptif",
    "Partenaires envisagés",
    "Ressources à mobiliser",
)

_CSS = f"""
@page {{ size: A4; margin: 12mm; }}
html {{ font-family: "Source Sans Pro", Arial, sans-serif; font-size: 9pt; color: #1F1F1F;
  line-height: 1.35; }}
body {{ margin: 0; }}
header.app {{ background: {BLUE}; color: #FFFFFF; font-weight: bold; font-size: 10pt;
  padding: 5px 8px; margin: 0 0 10px; }}
h2 {{ font-size: 13pt; font-weight: bold; color: {BLUE}; margin: 14px 0 8px; }}
h3 {{ font-size: 11pt; font-weight: bold; margin: 12px 0 6px; }}
h3.fiche {{ font-size: 11.5pt; color: {BLUE}; margin: 16px 0 6px; }}
h4 {{ font-size: 9.5pt; font-weight: bold; margin: 10px 0 5px; }}
p {{ margin: 0 0 6px; }}
table.record {{ width: 100%; border-collapse: collapse; margin: 0 0 6px; }}
table.record th {{ width: 4.5cm; font-size: 8.5pt; font-weight: bold; color: {BLUE};
  text-align: left; vertical-align: top; padding: 3px 6px 3px 0;
  border-bottom: 1px solid #E1E4EA; }}
table.record td {{ font-size: 9pt; vertical-align: top; padding: 3px 0;
  border-bottom: 1px solid #E1E4EA; }}
table.record td p, div.grid p {{ margin: 0; }}
div.grid {{ margin: 0 0 8px; }}
div.row {{ display: grid; grid-template-columns: {WIDTHS}; border-bottom: 1px solid #E1E4EA; }}
div.row > div {{ padding: 3px 4px; font-size: 8.5pt; vertical-align: top; min-width: 0; }}
div.row.head {{ background: #F1F3F7; border-bottom: 1px solid #C9CED8; }}
div.row.head > div {{ font-size: 8pt; font-weight: bold; color: #3C4257; }}
"""


def _value(value: str) -> str:
    return "".join(f"<p>{_h(part)}</p>" for part in _paragraphs(value))


def _fields(block: Block) -> list[str]:
    return row_header_fields(block, "record", _value)


def _row(cells: list[str], header: list[str], role: str, klass: str) -> str:
    """One grid row: the cells in the base's field order, each at its seed column."""
    out = [f'<div class="{klass}" role="row">']
    for name in FIELD_ORDER:
        column = header.index(name)
        out.append(f'<div role="{role}" style="grid-area: 1 / {column + 1}">{cells[column]}</div>')
    out.append("</div>")
    return "".join(out)


def _steps(block: Block) -> list[str]:
    header = list(block.header)
    out = ['<div class="grid" role="grid">']
    out.append(_row([_h(label) for label in header], header, "columnheader", "row head"))
    for row in block.rows:
        cells = [_value(row[c] if c < len(row) else "") for c in range(len(header))]
        out.append(_row(cells, header, "gridcell", "row"))
    out.append("</div>")
    return out


def plan_html_gridview() -> str:
    """The application's page: its bar printed once, then the seed."""
    out = [
        *page_head(TITLE, _CSS),
        '<header class="app">Suivi PCAET › Programme d\'actions</header>',
        "<main>",
    ]
    out += site_body("h2", "h3", _fields, _steps)
    out += ["</main>", "</body>", "</html>"]
    return "\n".join(out)
