"""The plan's page on a SharePoint intranet whose steps are a MODERN SHAREPOINT LIST VIEW
(fifty-sixth held-out set, ``plan_html_splist``): a « DetailsList » of divs, no ``<table>``,
printed from the browser with the view's icons written as characters — EVERY ROW, HEADER
INCLUDED, OPENS WITH A « ○ » SELECTION CIRCLE and EVERY HEADER LABEL IS FOLLOWED BY THE COLUMN
MENU'S CHEVRON « ⌄ ».

The seed flows as ``plan_html_inlabel``'s page, the fields a ``table.kv``; the list's header
row is printed once, rows free to break across pages. Only the layout comes from here: every
value is the seed's (the circles and chevrons are not).
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, _h, _kv_fields
from tests.generators.seed001 import Block, _paragraphs
from tests.generators.site_body import flowing_css

_CSS = (
    flowing_css("12mm", "#323130").replace(
        "'Liberation Sans', Arial, sans-serif",
        '"Segoe UI", "Segoe UI Web (West European)", Arial, sans-serif',
    )
    + """\
div.ms-DetailsList { width: 100%; margin: 4px 0 10px; font-size: 8.5pt; }
div.ms-DetailsRow { display: flex; border-bottom: 1px solid #EDEBE9; }
div.ms-DetailsHeader { font-weight: 600; }
div.ms-DetailsList .cell { box-sizing: border-box; padding: 4px 6px; text-align: left;
  vertical-align: top; overflow-wrap: break-word; min-width: 0; }
div.ms-DetailsList .check { flex: 0 0 24px; padding: 3px 0 0 4px; color: #8A8886;
  font-size: 9pt; font-weight: normal; }
div.ms-DetailsList .etape { font-weight: bold; }
div.ms-DetailsList .chevron { margin-left: 4px; color: #605E5C; font-size: 8pt;
  font-weight: normal; }
"""
)

_WIDTHS = (15, 35, 11, 12, 12, 15)  # % of the row after the selection column


def _cell(width: int, body: str, css: str = "cell") -> str:
    flex = f"flex: 0 0 calc((100% - 24px) * {width} / 100)"
    return f"<div class='{css}' role='gridcell' style='{flex}'>{body}</div>"


def _impl(block: Block) -> list[str]:
    check = "<div class='cell check' role='gridcell'>○</div>"
    head = "".join(
        _cell(w, f"{_h(label)}<span class='chevron'>⌄</span>", "cell")
        for w, label in zip(_WIDTHS, block.header, strict=True)
    )
    out = [
        "<div class='ms-DetailsList' role='grid'>",
        f"<div class='ms-DetailsRow ms-DetailsHeader' role='row'>{check}{head}</div>",
    ]
    for row in block.rows:
        cells = []
        for c, width in enumerate(_WIDTHS):
            value = row[c] if c < len(row) else ""
            body = "".join(f"<p>{_h(part)}</p>" for part in _paragraphs(value))
            cells.append(_cell(width, body, "cell etape" if c == 0 else "cell"))
        out.append(f"<div class='ms-DetailsRow' role='row'>{check}{''.join(cells)}</div>")
    out.append("</div>")
    return out


def plan_html_splist() -> str:
    """The seed as a SharePoint page whose steps print as list views with their icons."""
    return _flowing_page(_CSS, _kv_fields, _impl)
