"""The plan as a page of the agglomeration's web site whose theme draws its structure WITH
BACKGROUND FILLS (thirty-sixth held-out set, ``plan_html_nobg``), meant to be printed as the
browser's print dialog prints by default, background graphics off
(:mod:`tests.generators.devtools_print`).

White headings on colour bands, fields a borderless table of white labels on green beside
values on pale green, steps a six-column table with a white-on-green header, zebra rows and
only white 1 px cell borders: printed without backgrounds, no fill and no visible rule remain.
Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_html import _h
from tests.generators.seed001 import Block, _paragraphs
from tests.generators.site_body import page_head, site_body

TITLE = "Programme d'actions du PCAET — Grand Auch Cœur de Gascogne"
SITE = "Grand Auch Cœur de Gascogne — Communauté d'agglomération"
CRUMBS = "Accueil › Environnement › Plan Climat › Programme d'actions"
FOOTER = "© Grand Auch Cœur de Gascogne · Mentions légales · Accessibilité · Plan du site"
WIDTHS = (15, 33, 11, 14, 12, 15)  # the steps table's <colgroup> (%)

_CSS = """
html { font-family: "Marianne", Arial, sans-serif; font-size: 10pt; color: #222222;
  line-height: 1.35; }
body { margin: 0; }
.site { background: #00558C; color: #ffffff; font-weight: bold; font-size: 11pt;
  padding: 6px 10px; }
.crumbs { font-size: 8pt; color: #555555; margin: 6px 0 10px; }
.site-footer { background: #333333; color: #ffffff; font-size: 8pt; padding: 6px 10px;
  margin-top: 16px; }
h1 { background: #00558C; color: #ffffff; font-size: 13pt; font-weight: bold;
  padding: 4px 8px; margin: 14px 0 8px; }
h2 { color: #00558C; font-size: 11.5pt; font-weight: bold; margin: 10px 0 6px; }
h3 { color: #00558C; font-size: 10.5pt; font-weight: bold; margin: 10px 0 5px; }
h3.fiche { background: #2E7D32; color: #ffffff; font-size: 11pt; padding: 4px 8px;
  margin: 16px 0 6px; }
h4 { color: #2E7D32; font-size: 10pt; font-weight: bold; margin: 10px 0 4px; }
p { margin: 0 0 6px; }
table.champs { width: 100%; border-collapse: separate; border-spacing: 0 2px; border: 0; }
table.champs th { width: 27%; background: #4C8C4A; color: #ffffff; font-size: 8.5pt;
  font-weight: bold; text-align: left; vertical-align: top; padding: 3px 6px; border: 0; }
table.champs td { background: #EEF5EE; font-size: 9pt; vertical-align: top;
  padding: 3px 6px; border: 0; }
table.champs td p, table.etapes td p { margin: 0 0 3px; }
table.etapes { width: 100%; border-collapse: collapse; }
table.etapes th { background: #2E7D32; color: #ffffff; font-size: 8.5pt; font-weight: bold;
  text-align: left; vertical-align: top; border: 1px solid #ffffff; padding: 3px 5px; }
table.etapes td { font-size: 8.5pt; vertical-align: top; text-align: left;
  border: 1px solid #ffffff; padding: 3px 5px; }
table.etapes tbody tr:nth-child(odd) td { background: #F1F7F1; }
table.etapes tbody tr:nth-child(even) td { background: #ffffff; }
"""


def _paras(value: str) -> str:
    return "".join(f"<p>{_h(part)}</p>" for part in _paragraphs(value))


def _fields(block: Block) -> list[str]:
    out = ['<table class="champs">', "<tbody>"]
    for label, value in block.fields:
        out.append(f"<tr><th>{_h(label)}</th><td>{_paras(value)}</td></tr>")
    out += ["</tbody>", "</table>"]
    return out


def _steps(block: Block) -> list[str]:
    out = ['<table class="etapes">', "<colgroup>"]
    out += [f'<col style="width: {w}%">' for w in WIDTHS]
    out += ["</colgroup>", "<thead>", "<tr>"]
    out += [f"<th>{_h(label)}</th>" for label in block.header]
    out += ["</tr>", "</thead>", "<tbody>"]
    for row in block.rows:
        out.append("<tr>" + "".join(f"<td>{_paras(value)}</td>" for value in row) + "</tr>")
    out += ["</tbody>", "</table>"]
    return out


def plan_html_nobg() -> str:
    """The seed as the site's page (header band, breadcrumb, content, footer band)."""
    out = [
        *page_head(TITLE, _CSS),
        f'<div class="site">{_h(SITE)}</div>',
        f'<div class="crumbs">{_h(CRUMBS)}</div>',
        "<main>",
    ]
    out += site_body("h1", "h2", _fields, _steps)
    out += ["</main>", f'<div class="site-footer">{_h(FOOTER)}</div>', "</body>", "</html>"]
    return "\n".join(out)
