"""A territorial MEDIAWIKI page whose « Modèle:Fiche action » puts each fiche's fields in an
INFOBOX FLOATED RIGHT (hundred-and-thirty-fifth held-out set, ``plan_html_wikiboite``):
the fields a ``table.infobox`` (``float: right``, :data:`BOX_WIDTH` at 88 %), then the steps a
``table.wikitable`` of automatic width, which the browser lays BESIDE the box, narrowed to
the width left, and keeps that narrow for all its rows; the header row a first row of
``<th>`` (no ``<thead>``, as the wiki parser writes it), the cells vertically centred (no
alignment set); a ``clear: both`` after each steps table (the template's « {{Clear}} »).

The seed flows as :func:`tests.generators.plan_html._flowing_page` writes it. Only the
layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, _h
from tests.generators.seed001 import Block
from tests.generators.site_body import br_paragraphs

BOX_WIDTH = "23em"

_CSS = f"""
@page {{ size: A4; margin: 15mm; }}
body {{ font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10pt; color: #202122;
  margin: 0; }}
h1 {{ font-family: 'Liberation Serif', serif; font-size: 18pt; font-weight: normal;
  border-bottom: 1px solid #A2A9B1; margin: 14px 0 6px; padding-bottom: 2px; }}
h2 {{ font-family: 'Liberation Serif', serif; font-size: 14pt; font-weight: normal;
  border-bottom: 1px solid #A2A9B1; margin: 12px 0 6px; padding-bottom: 2px; }}
h3 {{ font-size: 11pt; font-weight: bold; margin: 10px 0 4px; }}
h4 {{ font-size: 10pt; font-weight: bold; margin: 8px 0 4px; }}
p {{ margin: 0.4em 0; }}
table.summary td {{ padding: 1px 6px 1px 0; }}
table.infobox {{ float: right; clear: right; width: {BOX_WIDTH}; margin: 0 0 0.5em 1em;
  border: 1px solid #A2A9B1; background: #F8F9FA; color: #202122; font-size: 88%;
  line-height: 1.5em; border-spacing: 3px; padding: 0.2em; }}
table.infobox th {{ font-weight: bold; text-align: left; vertical-align: top;
  padding-right: 0.6em; }}
table.infobox td {{ vertical-align: top; }}
table.wikitable {{ background: #F8F9FA; color: #202122; margin: 1em 0;
  border: 1px solid #A2A9B1; border-collapse: collapse; }}
table.wikitable th, table.wikitable td {{ border: 1px solid #A2A9B1; padding: 0.2em 0.4em; }}
table.wikitable th {{ background: #EAECF0; text-align: center; font-weight: bold; }}
"""


def _infobox(block: Block) -> list[str]:
    """The fields as the template's floated infobox: a row a field, empty values kept."""
    out = ["<table class='infobox'><tbody>"]
    for label, value in block.fields:
        out.append(f"<tr><th scope='row'>{_h(label)}</th><td>{br_paragraphs(value)}</td></tr>")
    out.append("</tbody></table>")
    return out


def _wikitable(block: Block) -> list[str]:
    """The steps as the wiki parser writes a table: header cells in the first row."""
    out = [
        "<table class='wikitable' style='font-size: 90%'><tbody>",
        "<tr>" + "".join(f"<th>{_h(label)}</th>" for label in block.header) + "</tr>",
    ]
    for row in block.rows:
        values = [row[c] if c < len(row) else "" for c in range(len(block.header))]
        out.append("<tr>" + "".join(f"<td>{br_paragraphs(v)}</td>" for v in values) + "</tr>")
    out.append("</tbody></table>")
    out.append("<div style='clear: both'></div>")
    return out


def plan_html_wikiboite() -> str:
    """The seed as the wiki page, fields in floated infoboxes beside narrowed steps tables."""
    return _flowing_page(_CSS, _infobox, _wikitable)
