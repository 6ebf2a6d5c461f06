"""The programme as CONFLUENCE'S « Exporter en HTML » writes the wiki page (forty-fourth
held-out set, ``plan_html_confluence``), printed by Chromium: the export's breadcrumbs, page
title, « Créé par … » line and footer; the fields in a « Propriétés de la page » macro's
``confluenceTable``; the steps in an open expand macro, a ``confluenceTable`` whose Porteur and
Partenaires envisagés cells are BULLETED LISTS, one item per comma-separated part of the value
(as Confluence editors type them).

Only the layout comes from here: every value is the seed's (a bulleted cell is its items
joined by « , »); the breadcrumbs, metadata, expand title and footer are the export's.
"""

from __future__ import annotations

from tests.generators.plan_html import _h
from tests.generators.seed001 import Block, _paragraphs
from tests.generators.site_body import page_head, site_body

TITLE = "Plan Climat : Programme d'actions"
COLUMNS = (14, 32, 11, 13, 13, 17)  # % of the steps table, the seed's six columns
LISTED = (4, 5)  # Porteur, Partenaires envisagés: bulleted lists
_FONT = (
    '-apple-system, "Segoe UI", Roboto, "Noto Sans", Ubuntu, "Droid Sans", '
    '"Helvetica Neue", sans-serif'
)
# the expand macro's chevron, a picture (no text)
_CHEVRON = (
    '<svg class="expand-icon" width="10" height="10" viewBox="0 0 10 10" aria-hidden="true">'
    '<path d="M2 3 L5 7 L8 3" fill="none" stroke="#42526E" stroke-width="1.5"/></svg>'
)

_CSS = f"""
@page {{ size: A4; }}
html {{ font-family: {_FONT}; font-size: 14px; color: #172B4D; line-height: 1.42857; }}
body {{ margin: 0; }}
#page {{ padding: 0 10px; }}
#breadcrumbs {{ list-style: none; margin: 0 0 8px; padding: 0; font-size: 12px; }}
#breadcrumbs li {{ display: inline; }}
#breadcrumbs li + li::before {{ content: "/"; padding: 0 6px; color: #6B778C; }}
#breadcrumbs a {{ color: #0052CC; text-decoration: none; }}
h1.pagetitle {{ font-size: 24px; font-weight: 500; margin: 0 0 4px; color: #172B4D; }}
.page-metadata {{ font-size: 12px; color: #6B778C; margin: 0 0 20px; }}
.wiki-content h2 {{ font-size: 20px; font-weight: bold; margin: 30px 0 0; }}
.wiki-content h3 {{ font-size: 16px; font-weight: bold; margin: 20px 0 0; }}
.wiki-content h3.fiche {{ color: #0052CC; margin-top: 30px; }}
.wiki-content h4 {{ font-size: 14px; font-weight: bold; margin: 20px 0 0; }}
.wiki-content p {{ margin: 10px 0 0; }}
.wiki-content ul {{ margin: 10px 0 0; padding-left: 40px; }}
.table-wrap {{ margin: 10px 0 0; }}
table.confluenceTable {{ border-collapse: collapse; width: 100%; }}
th.confluenceTh, td.confluenceTd {{ border: 1px solid #C1C7D0; padding: 7px 10px;
  vertical-align: top; text-align: left; }}
th.confluenceTh {{ background-color: #F4F5F7; font-weight: bold; }}
.plugin-tabmeta-details th.confluenceTh {{ width: 30%; }}
table.relative-table {{ table-layout: fixed; }}
td.confluenceTd > p:first-child {{ margin-top: 0; }}
td.confluenceTd ul {{ margin: 0; padding-left: 20px; list-style-type: disc; }}
.expand-container {{ margin: 10px 0 0; }}
.expand-control {{ color: #0052CC; }}
.expand-icon {{ margin-right: 4px; }}
.expand-content {{ display: block; }}
#footer {{ margin-top: 40px; text-align: center; font-size: 11px; color: #6B778C; }}
#footer p {{ margin: 0 0 4px; }}
"""


def _items(value: str) -> list[str]:
    """The parts of ``value`` split at its commas outside brackets, the commas dropped."""
    parts, depth, start = [], 0, 0
    for i, char in enumerate(value):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == "," and depth == 0:
            parts.append(value[start:i])
            start = i + 1
    parts.append(value[start:])
    return [part.strip() for part in parts if part.strip()]


def _cell(column: int, value: str) -> str:
    if not value.strip():
        return '<td class="confluenceTd"></td>'
    if column in LISTED:
        body = "<ul>" + "".join(f"<li>{_h(item)}</li>" for item in _items(value)) + "</ul>"
    else:
        body = "".join(f"<p>{_h(part)}</p>" for part in _paragraphs(value))
    return f'<td class="confluenceTd">{body}</td>'


def _fields(block: Block) -> list[str]:
    """The « Propriétés de la page » macro: labels beside values."""
    out = ['<div class="plugin-tabmeta-details">', '<div class="table-wrap">']
    out += ['<table class="confluenceTable">', "<tbody>"]
    for label, text in block.fields:
        value = "".join(f"<p>{_h(part)}</p>" for part in _paragraphs(text))
        out.append(
            f'<tr><th class="confluenceTh">{_h(label)}</th>'
            f'<td class="confluenceTd">{value}</td></tr>'
        )
    out += ["</tbody>", "</table>", "</div>", "</div>"]
    return out


def _steps(block: Block) -> list[str]:
    """The steps table in an open expand macro, its header a first row of ``<th>``."""
    header = list(block.header)
    out = [
        '<div class="expand-container">',
        f'<div class="expand-control">{_CHEVRON}'
        '<span class="expand-control-text">Cliquez ici pour développer...</span></div>',
        '<div class="expand-content">',
        '<div class="table-wrap">',
        '<table class="relative-table wrapped confluenceTable">',
        "<colgroup>",
    ]
    out += [f'<col style="width: {w}.0%;">' for w in COLUMNS]
    out += ["</colgroup>", "<tbody>", "<tr>"]
    out += [f'<th class="confluenceTh">{_h(label)}</th>' for label in header]
    out.append("</tr>")
    for row in block.rows:
        cells = [row[c] if c < len(row) else "" for c in range(len(header))]
        out.append("<tr>" + "".join(_cell(c, v) for c, v in enumerate(cells)) + "</tr>")
    out += ["</tbody>", "</table>", "</div>", "</div>", "</div>"]
    return out


def plan_html_confluence() -> str:
    """The exported page: header, the wiki body, the export's footer."""
    out = [*page_head(TITLE, _CSS), '<div id="page">', '<div id="main-header">']
    out += [
        '<ol id="breadcrumbs">',
        '<li class="first"><a href="index.html">Plan Climat</a></li>',
        '<li><a href="PCAET-2024-2030_65538.html">PCAET 2024-2030</a></li>',
        '<li><a href="Programme-d-actions_65541.html">Programme d\'actions</a></li>',
        "</ol>",
        '<h1 id="title-heading" class="pagetitle">',
        f'<span id="title-text">{_h(TITLE)}</span>',
        "</h1>",
        "</div>",
        '<div class="page-metadata">Créé par <span class="author">Service Transition '
        "écologique</span>, dernière modification le mars 28, 2024</div>",
        '<div id="main-content" class="wiki-content group">',
    ]
    out += site_body("h2", "h3", _fields, _steps)
    out += [
        "</div>",
        '<div id="footer" role="contentinfo"><section class="footer-body">',
        "<p>Document généré par Confluence le mars 28, 2024 14:02</p>",
        '<div id="footer-logo"><a href="http://www.atlassian.com/">Atlassian</a></div>',
        "</section></div>",
        "</div>",
        "</body>",
        "</html>",
    ]
    return "\n".join(out)
