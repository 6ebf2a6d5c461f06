"""``plan_html_inlabel``'s flowing page without its labels, EACH STEPS TABLE AN ONLINE CHART
TOOL'S TABLE EMBED (hundred-and-sixty-fourth held-out set, ``plan_html_incruste``): the
communication service made every fiche's steps a table « chart » in Datawrapper and put it
on the page with the tool's responsive embed code, an ``<iframe>`` (no border, 100 % of the
text width, ``scrolling="no"``) whose height the embed's resize script sets at load to its
document's height (written here as a ``srcdoc`` document and a load handler reading its
``scrollHeight``, as the tool's ``postMessage`` tells it). Inside, the tool's document: a
title « Étapes de l'action n.n.n » bold 15 px, the table (automatic layout, the six seed
labels bold 12 px over a 2 px #333333 rule, a row a step in 12 px under a 1 px #E5E5E5 rule,
no vertical rule, the step names bold), and a grey 11 px source line. An iframe is one
unbreakable box in print: an embed that does not fit in what is left of a page goes whole
to the next page.

Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

import html

from tests.generators.plan_html import _flowing_page, _h, _kv_fields
from tests.generators.seed001 import Block, load_seed
from tests.generators.site_body import ETAPES_PAGE_CSS, br_paragraphs

TITLE = "Étapes de l'action {code}"
COLUMN = "180mm"  # the page's content column, on screen as in print
SOURCE = (
    "Source : Grand Auch Cœur de Gascogne, programme d'actions du PCAET · "
    "<a href='#'>Obtenir les données</a> · Créé avec Datawrapper"
)

# the host page's rules: its content column as wide on screen as in print (the text width
# of an A4 page with 15 mm margins), so that the height the resize script reads at load
# holds in print; the embed's frame
_CSS = (
    ETAPES_PAGE_CSS
    + f"""\
body {{ width: {COLUMN}; }}
iframe.dw {{ display: block; width: 100%; border: 0; margin: 4px 0 10px; }}
"""
)
_RESIZE = """\
window.addEventListener('load', function () {
  document.querySelectorAll('iframe.dw').forEach(function (frame) {
    frame.style.height = frame.contentDocument.documentElement.scrollHeight + 'px';
  });
});
"""

# the chart tool's own document inside the frame
EMBED_CSS = """\
html, body { margin: 0; padding: 0; background: #FFFFFF; }
body { font-family: Roboto, Helvetica, Arial, sans-serif; color: #333333; font-size: 12px; }
.dw-title { font-size: 15px; font-weight: bold; color: #222222; line-height: 1.3;
  margin: 0 0 10px; }
table { width: 100%; border-collapse: collapse; }
th { font-size: 12px; font-weight: bold; text-align: left; vertical-align: bottom;
  padding: 0 8px 6px; border-bottom: 2px solid #333333; }
td { font-size: 12px; line-height: 1.35; text-align: left; vertical-align: top;
  padding: 6px 8px; border-bottom: 1px solid #E5E5E5; }
th:first-child, td:first-child { padding-left: 0; }
td:first-child { font-weight: bold; }
.dw-footer { font-size: 11px; color: #8A8A8A; margin: 8px 0 2px; }
.dw-footer a { color: #8A8A8A; text-decoration: none; }
"""


def embed_document(block: Block, code: str) -> str:
    """The chart tool's document of fiche ``code``'s steps: title, table, source line."""
    ncols = len(block.header)
    head = "".join(f"<th>{_h(label)}</th>" for label in block.header)
    rows = []
    for row in block.rows:
        values = [row[c] if c < len(row) else "" for c in range(ncols)]
        rows.append("<tr>" + "".join(f"<td>{br_paragraphs(v)}</td>" for v in values) + "</tr>")
    return (
        "<!doctype html><html lang='fr'><head><meta charset='utf-8'>"
        f"<style>{EMBED_CSS}</style></head><body>"
        f"<div class='dw-title'>{_h(TITLE.format(code=code))}</div>"
        f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
        f"<div class='dw-footer'>{SOURCE}</div></body></html>"
    )


def _fiche_codes() -> list[str]:
    """The code of the fiche each steps table belongs to, in document order."""
    codes, code = [], ""
    for block in load_seed():
        if block.kind == "fiche":
            code = block.code or ""
        elif block.kind == "impl":
            codes.append(code)
    return codes


def plan_html_incruste() -> str:
    """The seed as a flowing page whose steps tables are embedded chart-tool frames."""
    codes = iter(_fiche_codes())

    def embed(block: Block) -> list[str]:
        code = next(codes)
        title = html.escape(TITLE.format(code=code), quote=True)
        doc = html.escape(embed_document(block, code), quote=True)
        return [
            f'<iframe class="dw" title="{title}" aria-label="Tableau" scrolling="no" '
            f'srcdoc="{doc}"></iframe>'
        ]

    page = _flowing_page(_CSS, _kv_fields, embed)
    return page.replace("</head>", f"<script>{_RESIZE}</script></head>", 1)
