"""A page of the agglomeration's site made accessible (RGAA) with WordPress's
« screen-reader-text » pattern (forty-first held-out set, ``plan_html_srlabels``), printed by
Chromium: texts meant for screen readers are in the page but VISUALLY HIDDEN by the theme's
``.screen-reader-text`` class (a 1 px clipped box) — skip links, a caption per steps table,
each steps body cell's column label (the responsive-table pattern a phone shows) and
« Non renseigné » in empty values.

Only the layout comes from here: every value is the seed's; the hidden texts are the page's.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from tests.generators.plan_html import _h
from tests.generators.seed001 import Block, _paragraphs, load_seed
from tests.generators.site_body import page_head, row_header_fields, site_body

TITLE = "Programme d'actions du PCAET – Grand Auch Cœur de Gascogne"
GREEN = "#2D6A4F"
WIDTHS = (16, 30, 12, 13, 12, 17)  # % of the steps table, the six seed columns
EMPTY = "Non renseigné"

_CSS = f"""
@page {{ size: A4; margin: 12mm; }}
html {{ font-family: "Open Sans", Arial, sans-serif; font-size: 9.5pt; color: #1E1E1E;
  line-height: 1.45; }}
body {{ margin: 0; }}
.screen-reader-text {{ border: 0; clip: rect(1px, 1px, 1px, 1px); clip-path: inset(50%);
  height: 1px; margin: -1px; overflow: hidden; padding: 0; position: absolute !important;
  width: 1px; word-wrap: normal !important; }}
header.site {{ background: {GREEN}; color: #FFFFFF; font-weight: bold; font-size: 11pt;
  padding: 6px 10px; margin: 0 0 10px; }}
h2 {{ font-size: 14pt; font-weight: bold; color: {GREEN}; margin: 14px 0 8px; }}
h3 {{ font-size: 11.5pt; font-weight: bold; margin: 12px 0 6px; }}
h3.fiche {{ font-size: 12pt; color: {GREEN}; border-bottom: 2px solid {GREEN};
  padding-bottom: 2px; margin: 18px 0 6px; }}
h4 {{ font-size: 10pt; font-weight: bold; margin: 10px 0 5px; }}
p {{ margin: 0 0 6px; }}
table.fiche-champs {{ width: 100%; border-collapse: collapse; margin: 0 0 6px; }}
table.fiche-champs th {{ width: 4.5cm; font-size: 8.5pt; font-weight: bold; color: {GREEN};
  text-align: left; vertical-align: top; padding: 3px 6px 3px 0;
  border-bottom: 1px solid #D8E2DC; }}
table.fiche-champs td {{ font-size: 9pt; vertical-align: top; padding: 3px 0;
  border-bottom: 1px solid #D8E2DC; }}
table.fiche-champs td p, table.etapes td p {{ margin: 0; }}
table.etapes {{ width: 100%; table-layout: fixed; border-collapse: collapse; margin: 0 0 8px; }}
table.etapes th {{ font-size: 8.5pt; font-weight: bold; color: #FFFFFF; background: {GREEN};
  text-align: left; vertical-align: bottom; padding: 3px 4px; }}
table.etapes td {{ font-size: 8.5pt; vertical-align: top; padding: 3px 4px;
  border-bottom: 1px solid #D8E2DC; }}
table.etapes tbody tr:nth-child(odd) td {{ background: #F1F6F3; }}
"""


def _hidden(text: str) -> str:
    return f'<span class="screen-reader-text">{_h(text)}</span>'


def _value(value: str) -> str:
    """The value's paragraphs as ``<p>``; an empty value only the hidden « Non renseigné »."""
    parts = _paragraphs(value)
    if not parts:
        return _hidden(EMPTY)
    return "".join(f"<p>{_h(part)}</p>" for part in parts)


def _fields(block: Block) -> list[str]:
    return row_header_fields(block, "fiche-champs", _value)


def _impl_codes() -> list[str]:
    """The code of the fiche each steps block belongs to, in the seed's order."""
    codes: list[str] = []
    code = ""
    for block in load_seed():
        if block.kind == "fiche":
            found = re.search(r"\d+\.\d+\.\d+", " ".join(block.lines))
            code = found.group(0) if found else ""
        elif block.kind == "impl":
            codes.append(code)
    return codes


def _steps(codes: list[str]) -> Callable[[Block], list[str]]:
    pending = iter(codes)

    def steps(block: Block) -> list[str]:
        caption = f"Étapes de mise en oeuvre de la fiche {next(pending)}"
        out = [
            '<table class="etapes">',
            f'<caption class="screen-reader-text">{_h(caption)}</caption>',
            "<colgroup>",
        ]
        out += [f'<col style="width: {w}%">' for w in WIDTHS]
        out += ["</colgroup>", "<thead><tr>"]
        out += [f'<th scope="col">{_h(label)}</th>' for label in block.header]
        out += ["</tr></thead>", "<tbody>"]
        for row in block.rows:
            cells = [
                f"<td>{_hidden(f'{label} : ')}{_value(row[c] if c < len(row) else '')}</td>"
                for c, label in enumerate(block.header)
            ]
            out.append("<tr>" + "".join(cells) + "</tr>")
        out += ["</tbody>", "</table>"]
        return out

    return steps


def plan_html_srlabels() -> str:
    """The accessible page: hidden skip links, the site band, then the seed."""
    out = [
        *page_head(TITLE, _CSS),
        '<a class="screen-reader-text" href="#contenu">Aller au contenu</a>',
        '<a class="screen-reader-text" href="#menu">Aller au menu principal</a>',
        '<header class="site">Grand Auch Cœur de Gascogne</header>',
        '<main id="contenu">',
    ]
    out += site_body("h2", "h3", _fields, _steps(_impl_codes()))
    out += ["</main>", "</body>", "</html>"]
    return "\n".join(out)
