"""The plan as the standalone HTML5 page PANDOC writes from a Markdown source (thirty-fifth
held-out set, ``plan_html_pandoc``), printed by Chromium.

Written as pandoc 3 writes ``pandoc -s --toc --toc-depth=4 -V maxwidth=50em -f markdown-smart
-t html5``: its default template and built-in stylesheet (no ``@page`` rule, the body column
widened from pandoc's 36 em to 50 em by the ``maxwidth`` variable, the browser's serif),
the title block, the table of contents, each axis and fiche heading one line, the fields a
definition list, the steps a grid table (``<colgroup>`` of the relative widths its dashes
give, header cells without alignment, ``<p>`` only in several-paragraph cells). Only the layout
comes from here: every value is the seed's.
"""

from __future__ import annotations

import re
import unicodedata

from tests.generators.plan_html import _h
from tests.generators.seed001 import IMPL_TITLE, Block, _paragraphs, load_seed

TITLE = "Programme d'actions du PCAET"
SUBTITLE = "Plan Climat Air Énergie Territorial"
AUTHOR = "Grand Auch Cœur de Gascogne"
DATE = "Novembre 2019"
# the grid table's column widths (%), from the dashes of its Markdown source
WIDTHS = (14, 30, 12, 15, 13, 16)

# the body column (``-V maxwidth``): at pandoc's default 36 em the six-column steps tables were
# wider than the column and its ``overflow-x: auto`` clipped their last column on paper
MAXWIDTH = "50em"
# pandoc 3's default stylesheet (``styles.html``), as ``-s`` embeds it
_CSS = """
html {
  color: #1a1a1a;
  background-color: #fdfdfd;
}
body {
  margin: 0 auto;
  max-width: MAXWIDTH;
  padding-left: 50px;
  padding-right: 50px;
  padding-top: 50px;
  padding-bottom: 50px;
  hyphens: auto;
  overflow-wrap: break-word;
  text-rendering: optimizeLegibility;
  font-kerning: normal;
}
@media (max-width: 600px) {
  body {
    font-size: 0.9em;
    padding: 12px;
  }
  h1 {
    font-size: 1.8em;
  }
}
@media print {
  html {
    background-color: white;
  }
  body {
    background-color: transparent;
    color: black;
    font-size: 12pt;
  }
  p, h2, h3 {
    orphans: 3;
    widows: 3;
  }
  h2, h3, h4 {
    page-break-after: avoid;
  }
}
p {
  margin: 1em 0;
}
a {
  color: #1a1a1a;
}
a:visited {
  color: #1a1a1a;
}
img {
  max-width: 100%;
}
svg {
  height: auto;
  max-width: 100%;
}
h1, h2, h3, h4, h5, h6 {
  margin-top: 1.4em;
}
h5, h6 {
  font-size: 1em;
  font-style: italic;
}
h6 {
  font-weight: normal;
}
ol, ul {
  padding-left: 1.7em;
  margin-top: 1em;
}
li > ol, li > ul {
  margin-top: 0;
}
blockquote {
  margin: 1em 0 1em 1.7em;
  padding-left: 1em;
  border-left: 2px solid #e6e6e6;
  color: #606060;
}
hr {
  background-color: #1a1a1a;
  border: none;
  height: 1px;
  margin: 1em 0;
}
table {
  margin: 1em 0;
  border-collapse: collapse;
  width: 100%;
  overflow-x: auto;
  display: block;
  font-variant-numeric: lining-nums tabular-nums;
}
table caption {
  margin-bottom: 0.75em;
}
tbody {
  margin-top: 0.5em;
  border-top: 1px solid #1a1a1a;
  border-bottom: 1px solid #1a1a1a;
}
th {
  border-top: 1px solid #1a1a1a;
  padding: 0.25em 0.5em 0.25em 0.5em;
}
td {
  padding: 0.125em 0.5em 0.25em 0.5em;
}
header {
  margin-bottom: 4em;
  text-align: center;
}
#TOC li {
  list-style: none;
}
#TOC ul {
  padding-left: 1.3em;
}
#TOC > ul {
  padding-left: 0;
}
#TOC a:not(:hover) {
  text-decoration: none;
}
code{white-space: pre-wrap;}
span.smallcaps{font-variant: small-caps;}
div.columns{display: flex; gap: min(4vw, 1.5em);}
div.column{flex: auto; overflow-x: auto;}
div.hanging-indent{margin-left: 1.5em; text-indent: -1.5em;}
"""


def _identifier(text: str, used: dict[str, int]) -> str:
    """Pandoc's ``auto_identifiers``: lower case, letters, digits, ``_-.`` kept, spaces as
    hyphens, everything up to the first letter dropped; a repeat gets ``-1``, ``-2``…"""
    text = unicodedata.normalize("NFC", text).lower()
    text = "".join(c for c in text if c.isalnum() or c in "_-. ")
    text = re.sub(r"\s+", "-", text.strip())
    text = re.sub(r"^[^a-zà-ÿœ]+", "", text) or "section"
    n = used.get(text, 0)
    used[text] = n + 1
    return text if n == 0 else f"{text}-{n}"


def _headings() -> list[tuple[int, str]]:
    """(level, text) of every heading, in document order."""
    out: list[tuple[int, str]] = []
    for block in load_seed():
        if block.kind == "axis":
            out.append((1, " ".join(block.lines)))
        elif block.kind == "objective":
            out += [(2, line) for line in block.lines]
        elif block.kind == "section":
            out.append((4 if block.lines[0] == IMPL_TITLE else 3, block.lines[0]))
        elif block.kind == "fiche":
            out.append((3, " ".join(block.lines)))
    return out


def _toc(headings: list[tuple[int, str, str]]) -> list[str]:
    """Pandoc's ``<nav id="TOC">``: nested lists, one link per heading."""
    out = ['<nav id="TOC" role="doc-toc">']
    depth = 0
    for level, text, ident in headings:
        if level > depth:
            out += ["<ul>"] * (level - depth)
        else:
            out.append("</li>")
            for _ in range(depth - level):
                out += ["</ul>", "</li>"]
        out.append(f'<li><a href="#{ident}" id="toc-{ident}">{_h(text)}</a>')
        depth = level
    out.append("</li>")
    for _ in range(depth - 1):
        out += ["</ul>", "</li>"]
    out += ["</ul>", "</nav>"]
    return out


def _fields(block: Block) -> list[str]:
    out = ["<dl>"]
    for label, value in block.fields:
        out.append(f"<dt>{_h(label)}</dt>")
        out.append("<dd>")
        out += [f"<p>{_h(part)}</p>" for part in _paragraphs(value)]
        out.append("</dd>")
    out.append("</dl>")
    return out


def _cell(value: str, tag: str) -> str:
    parts = _paragraphs(value)
    if len(parts) <= 1:  # a grid-table cell of one paragraph: pandoc's « Plain », no <p>
        body = _h(parts[0]) if parts else ""
    else:
        body = "\n".join(f"<p>{_h(part)}</p>" for part in parts)
    return f"<{tag}>{body}</{tag}>"


def _steps(block: Block) -> list[str]:
    out = ['<table style="width:100%;">', "<colgroup>"]
    out += [f'<col style="width: {w}%" />' for w in WIDTHS]
    out += ["</colgroup>", "<thead>", '<tr class="header">']
    out += [_cell(label, "th") for label in block.header]
    out += ["</tr>", "</thead>", "<tbody>"]
    for k, row in enumerate(block.rows):
        out.append(f'<tr class="{"odd" if k % 2 == 0 else "even"}">')
        out += [_cell(value, "td") for value in row]
        out.append("</tr>")
    out += ["</tbody>", "</table>"]
    return out


def plan_html_pandoc() -> str:
    """The seed as pandoc's standalone HTML5 page (title block, table of contents, headings,
    definition lists, grid tables)."""
    used: dict[str, int] = {}
    headings = [(level, text, _identifier(text, used)) for level, text in _headings()]
    ids = iter(headings)
    out = [
        "<!DOCTYPE html>",
        '<html xmlns="http://www.w3.org/1999/xhtml" lang="fr" xml:lang="fr">',
        "<head>",
        '  <meta charset="utf-8" />',
        '  <meta name="generator" content="pandoc" />',
        '  <meta name="viewport" content="width=device-width, initial-scale=1.0, '
        'user-scalable=yes" />',
        f'  <meta name="author" content="{_h(AUTHOR)}" />',
        f"  <title>{_h(TITLE)}</title>",
        f"  <style>{_CSS.replace('MAXWIDTH', MAXWIDTH)}  </style>",
        "</head>",
        "<body>",
        '<header id="title-block-header">',
        f'<h1 class="title">{_h(TITLE)}</h1>',
        f'<p class="subtitle">{_h(SUBTITLE)}</p>',
        f'<p class="author">{_h(AUTHOR)}</p>',
        f'<p class="date">{_h(DATE)}</p>',
        "</header>",
        *_toc(headings),
    ]

    def heading() -> str:
        level, text, ident = next(ids)
        return f'<h{level} id="{ident}">{_h(text)}</h{level}>'

    items: list[str] = []  # the sommaire's list items, closed at the next other block
    for block in load_seed():
        kind = block.kind
        if kind not in ("summary", "summary_table") and items:
            out += ["<ul>", *items, "</ul>"]
            items = []
        if kind in ("axis", "fiche", "section"):
            out.append(heading())
        elif kind == "objective":
            out += [heading() for _ in block.lines]
        elif kind == "para":
            out.append(f"<p>{_h(block.lines[0])}</p>")
        elif kind == "bold":
            out += [f"<p><strong>{_h(line)}</strong></p>" for line in block.lines]
        elif kind == "summary":
            items += [f"<li>{_h(line)}</li>" for line in block.lines]
        elif kind == "summary_table":
            items += [f"<li>{_h(a)} {_h(b)}</li>" for a, b in block.rows]
        elif kind == "fields":
            out += _fields(block)
        elif kind == "impl":
            out += _steps(block)
    if items:
        out += ["<ul>", *items, "</ul>"]
    out += ["</body>", "</html>"]
    return "\n".join(out)
