"""The plan as a page of the agglomeration's WordPress site whose tables are made with the
TABLEPRESS plug-in (thirty-seventh held-out set, ``plan_html_tablepress``), printed by Chromium.

TablePress 2.x markup and default stylesheet, its DataTables library off: each steps table has
« first row is the header » and « last row is the footer » ticked and the column labels typed
again as its last row, so the six labels stand in a ``<thead>`` AND a ``<tfoot>``; cell line
breaks are ``<br />`` (no ``<p>``); the fields a two-column TablePress table without head nor
foot. Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.generators.plan_html import _h
from tests.generators.seed001 import Block, _paragraphs
from tests.generators.site_body import page_head, site_body

TITLE = "Programme d'actions du PCAET – Grand Auch Cœur de Gascogne"
SITE = "Grand Auch Cœur de Gascogne"
TAGLINE = "Communauté d'agglomération"
FOOTER = "© 2024 Grand Auch Cœur de Gascogne · Fièrement propulsé par WordPress"

# TablePress 2.x default.css (the rules that apply without DataTables), then the site's
# « CSS personnalisé » for the fields tables and the theme's print stylesheet
_CSS = """
@page { size: A4; margin: 15mm; }
html { font-family: -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, Oxygen-Sans, Ubuntu,
  Cantarell, "Helvetica Neue", sans-serif; font-size: 10pt; color: #28303D; line-height: 1.4; }
body { margin: 0; }
.site-title { font-weight: bold; font-size: 14pt; margin: 0; }
.site-description { font-size: 8.5pt; color: #555555; margin: 0 0 6px; }
.site-header { border-bottom: 1px solid #28303D; padding-bottom: 6px; margin-bottom: 10px; }
h1.entry-title { font-size: 18pt; font-weight: bold; margin: 6px 0 12px; }
h2 { font-size: 14pt; font-weight: bold; margin: 16px 0 8px; }
h3 { font-size: 11.5pt; font-weight: bold; margin: 12px 0 6px; }
h3.fiche { font-size: 12pt; color: #1F4E79; margin: 18px 0 8px; }
h4 { font-size: 10.5pt; font-weight: bold; margin: 12px 0 6px; }
p { margin: 0 0 8px; }
.site-footer { border-top: 1px solid #28303D; font-size: 8pt; color: #555555;
  margin-top: 20px; padding-top: 6px; }
.tablepress { --text-color: #111; --head-text-color: var(--text-color);
  --head-bg-color: #d9edf7; --odd-text-color: var(--text-color); --odd-bg-color: #fff;
  --even-text-color: var(--text-color); --even-bg-color: #f9f9f9;
  --hover-text-color: var(--text-color); --hover-bg-color: #f3f3f3; --border-color: #ddd;
  --padding: 0.5rem; border: none; border-collapse: collapse; border-spacing: 0; clear: both;
  margin: 0 auto 1rem; table-layout: auto; width: 100%; }
.tablepress > :not(caption) > * > * { background: none; border: none; box-sizing: border-box;
  float: none !important; padding: var(--padding); text-align: left; vertical-align: top; }
.tablepress > :where(thead) + tbody > * > *, .tablepress > tbody > * ~ * > *,
.tablepress > tfoot > :where(:first-child) > * { border-top: 1px solid var(--border-color); }
.tablepress > :where(thead, tfoot) > tr > * { background-color: var(--head-bg-color);
  color: var(--head-text-color); font-weight: 700; vertical-align: middle;
  word-break: normal; }
.tablepress > :where(tbody) > tr > * { color: var(--text-color); }
.tablepress > :where(tbody.row-striping) > :nth-child(odd) > * {
  background-color: var(--odd-bg-color); color: var(--odd-text-color); }
.tablepress > :where(tbody.row-striping) > :nth-child(even) > * {
  background-color: var(--even-bg-color); color: var(--even-text-color); }
.tablepress-fiche .column-1 { width: 27%; font-weight: bold; }
"""


def _cell(value: str) -> str:
    """A TablePress cell: its line breaks as ``<br />`` (nl2br), no paragraph."""
    return "<br />\n".join(_h(part) for part in _paragraphs(value))


def _fields(block: Block, table_id: int) -> list[str]:
    out = [
        f'<table id="tablepress-{table_id}" class="tablepress tablepress-id-{table_id} '
        'tablepress-fiche">',
        '<tbody class="row-striping row-hover">',
    ]
    for k, (label, value) in enumerate(block.fields, start=1):
        out.append(
            f'<tr class="row-{k}">\n\t<td class="column-1">{_h(label)}</td>'
            f'<td class="column-2">{_cell(value)}</td>\n</tr>'
        )
    out += ["</tbody>", "</table>", f"<!-- #tablepress-{table_id} from cache -->"]
    return out


def _labels(header: list[str], row: int) -> str:
    cells = "".join(f'<th class="column-{c}">{_h(label)}</th>' for c, label in enumerate(header, 1))
    return f'<tr class="row-{row}">\n\t{cells}\n</tr>'


def _steps(block: Block, table_id: int) -> list[str]:
    out = [
        f'<table id="tablepress-{table_id}" class="tablepress tablepress-id-{table_id}">',
        "<thead>",
        _labels(block.header, 1),
        "</thead>",
        '<tbody class="row-striping row-hover">',
    ]
    for k, row in enumerate(block.rows, start=2):
        cells = "".join(
            f'<td class="column-{c}">{_cell(row[c - 1] if c <= len(row) else "")}</td>'
            for c in range(1, len(block.header) + 1)
        )
        out.append(f'<tr class="row-{k}">\n\t{cells}\n</tr>')
    out += [
        "</tbody>",
        "<tfoot>",
        _labels(block.header, len(block.rows) + 2),  # the labels typed again as the last row
        "</tfoot>",
        "</table>",
        f"<!-- #tablepress-{table_id} from cache -->",
    ]
    return out


def plan_html_tablepress() -> str:
    """The seed as the WordPress page (site header, entry title, content, site footer)."""
    out = [
        *page_head(TITLE, _CSS, "fr-FR", '<body class="page-template-default page">'),
        '<header class="site-header">',
        f'<p class="site-title">{_h(SITE)}</p>',
        f'<p class="site-description">{_h(TAGLINE)}</p>',
        "</header>",
        '<main class="site-main"><article class="page type-page">',
        '<h1 class="entry-title">Programme d\'actions du PCAET</h1>',
        '<div class="entry-content">',
    ]
    table_id = 2  # TablePress numbers the site's tables; the page's start at 3

    def numbered(write: Callable[[Block, int], list[str]]) -> Callable[[Block], list[str]]:
        def table(block: Block) -> list[str]:
            nonlocal table_id
            table_id += 1
            return write(block, table_id)

        return table

    out += site_body("h2", "h3", numbered(_fields), numbered(_steps))
    out += [
        "</div>",
        "</article></main>",
        f'<footer class="site-footer">{_h(FOOTER)}</footer>',
        "</body>",
        "</html>",
    ]
    return "\n".join(out)
