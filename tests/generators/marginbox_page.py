"""The programme written for print with a CSS PAGED-MEDIA STYLESHEET (forty-third held-out
set, ``plan_html_marginbox``), as an intranet's « version imprimable » or a Markdown-to-PDF
documentation chain writes it, printed by Chromium: the running head and « Page n / N » set
in the author's own PAGE-MARGIN BOXES (``@top-left``, ``@top-right``, ``@bottom-left``,
``@bottom-right``, ``counter(page)`` / ``counter(pages)``); each fiche on a new page, the
fields a ``<th>`` record table, the steps a ruled ``<table>`` whose ``<thead>`` Chromium
repeats.

Only the layout comes from here: every value is the seed's; the margin boxes' texts are the
stylesheet's.
"""

from __future__ import annotations

from tests.generators.plan_html import _h
from tests.generators.seed001 import Block, _paragraphs
from tests.generators.site_body import page_head, row_header_fields, site_body

TITLE = "PCAET Grand Auch Cœur de Gascogne — Programme d'actions"
BLUE = "#1F4E79"
COLUMNS = (15, 31, 12, 14, 12, 16)  # % of the steps table, the seed's six columns

_CSS = f"""
@page {{
  size: A4;
  margin: 24mm 18mm 20mm 18mm;
  @top-left {{ content: "PCAET Grand Auch Cœur de Gascogne"; font-family: Arial,
    "Helvetica Neue", sans-serif; font-size: 8pt; font-weight: bold; color: {BLUE};
    border-bottom: 0.5pt solid {BLUE}; padding-bottom: 3mm; vertical-align: bottom; }}
  @top-right {{ content: "Programme d'actions — version du 28/03/2024"; font-family: Arial,
    "Helvetica Neue", sans-serif; font-size: 8pt; color: #595959;
    border-bottom: 0.5pt solid {BLUE}; padding-bottom: 3mm; vertical-align: bottom; }}
  @bottom-left {{ content: "Document de travail — ne pas diffuser"; font-family: Arial,
    "Helvetica Neue", sans-serif; font-size: 7.5pt; font-style: italic; color: #7F7F7F; }}
  @bottom-right {{ content: "Page " counter(page) " / " counter(pages); font-family: Arial,
    "Helvetica Neue", sans-serif; font-size: 8pt; color: #595959; }}
}}
html {{ font-family: Arial, "Helvetica Neue", sans-serif; font-size: 9.5pt; color: #1F1F1F;
  line-height: 1.3; }}
body {{ margin: 0; }}
h2 {{ font-size: 14pt; font-weight: bold; color: {BLUE}; margin: 14px 0 8px; }}
h3 {{ font-size: 11pt; font-weight: bold; margin: 12px 0 6px; }}
h3.fiche {{ font-size: 12pt; color: {BLUE}; margin: 0 0 8px; break-before: page; }}
h4 {{ font-size: 10pt; font-weight: bold; margin: 10px 0 5px; }}
p {{ margin: 0 0 6px; }}
table {{ width: 100%; border-collapse: collapse; margin: 0 0 8px; }}
table.record th {{ width: 4cm; font-size: 8.5pt; font-weight: bold; background: #EAF0F7;
  text-align: left; vertical-align: top; padding: 3px 5px; border: 0.5pt solid #A6A6A6; }}
table.record td {{ vertical-align: top; padding: 3px 5px; border: 0.5pt solid #A6A6A6; }}
table.steps {{ table-layout: fixed; }}
table.steps th {{ font-size: 8pt; font-weight: bold; background: #D9E2F3; text-align: left;
  vertical-align: top; padding: 3px 4px; border: 0.5pt solid #7F7F7F; }}
table.steps td {{ font-size: 8.5pt; vertical-align: top; padding: 3px 4px;
  border: 0.5pt solid #7F7F7F; }}
td p {{ margin: 0; }}
"""


def _value(value: str) -> str:
    return "".join(f"<p>{_h(part)}</p>" for part in _paragraphs(value))


def _fields(block: Block) -> list[str]:
    return row_header_fields(block, "record", _value)


def _steps(block: Block) -> list[str]:
    header = list(block.header)
    out = ['<table class="steps">', "<colgroup>"]
    out += [f'<col style="width: {w}%">' for w in COLUMNS]
    out += ["</colgroup>", "<thead>", "<tr>"]
    out += [f"<th>{_h(label)}</th>" for label in header]
    out += ["</tr>", "</thead>", "<tbody>"]
    for row in block.rows:
        cells = [row[c] if c < len(row) else "" for c in range(len(header))]
        out.append("<tr>" + "".join(f"<td>{_value(v)}</td>" for v in cells) + "</tr>")
    out += ["</tbody>", "</table>"]
    return out


def plan_html_marginbox() -> str:
    """The printable page: the margin boxes in the stylesheet, the seed in the flow."""
    out = [*page_head(TITLE, _CSS), "<main>"]
    out += site_body("h2", "h3", _fields, _steps)
    out += ["</main>", "</body>", "</html>"]
    return "\n".join(out)
