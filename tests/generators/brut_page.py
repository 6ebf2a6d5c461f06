"""A CMS page whose steps were TYPED AS A MARKDOWN PIPE TABLE INTO A PLAIN-TEXT FIELD
(hundred-and-sixth held-out set, ``plan_html_brut``): the « Modalités de mise en oeuvre »
body field is in the site's « Texte brut » format (HTML escaped, line breaks turned into
``<br>``), so the table the agent typed as in the collectivity's Markdown notes is NOT
RENDERED: each steps table one ``<p class="texte-brut">`` of source lines (:func:`md_lines`)
in the body's proportional type, long lines wrapping to the left margin; a value's
paragraphs joined by a typed :data:`BREAK`, shown as text.

The seed flows as ``plan_html_inlabel``'s page (``table.kv`` fields). Only the layout comes
from here: every value is the seed's (the pipes, the rule line and the typed breaks are
not).
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, _h, _kv_fields
from tests.generators.seed001 import Block, _paragraphs
from tests.generators.site_body import flowing_css

BREAK = "<br>"  # typed in a Markdown cell to part its paragraphs

_CSS = (
    flowing_css("15mm", "#1E1E1E")
    + """\
p.texte-brut { margin: 4px 0 10px; text-align: left; }
"""
)


def md_line(cells: list[str]) -> str:
    """One pipe-table source line: « | a | b | … | »."""
    return "| " + " | ".join(cells) + " |"


def md_lines(block: Block) -> list[str]:
    """A steps table's Markdown source: the header line, the rule line, a line a step (a
    value's paragraphs joined by :data:`BREAK`, an empty value nothing)."""
    n = len(block.header)
    lines = [md_line(list(block.header)), "|" + "---|" * n]
    for row in block.rows:
        values = [row[c] if c < len(row) else "" for c in range(n)]
        lines.append(md_line([BREAK.join(_paragraphs(v)) for v in values]))
    return lines


def _impl(block: Block) -> list[str]:
    return ["<p class='texte-brut'>" + "<br>".join(_h(line) for line in md_lines(block)) + "</p>"]


def plan_html_brut() -> str:
    """The seed as a site page whose steps tables show as unrendered Markdown."""
    return _flowing_page(_CSS, _kv_fields, _impl)
