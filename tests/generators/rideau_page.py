"""A site's « version imprimable » whose print stylesheet dresses the plan as a brochure:
THE AXIS AND EVERY OBJECTIVE ON A FULL-BLEED DIVIDER PAGE OF ITS OWN (hundred-and-sixty-
second held-out set, ``plan_html_rideau``): each an « intercalaire », a ``<section
class="rideau">`` on the CSS named page ``@page rideau { margin: 0 }`` filled from edge to
edge (#1F4E79 for the axis, #2E74B5 for an objective), its seed lines in large white type,
centred vertically; the flow resuming at the top of the next ordinary page.

Everything else flows as the ``tendu`` page's base (:func:`tests.generators.site_body.
etapes_page`'s: ``ETAPES_PAGE_CSS``, the fields a ``table.kv``, each steps table a
``table.etapes``). Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_html import _h, th_fields
from tests.generators.seed001 import IMPL_TITLE, Block, load_seed
from tests.generators.site_body import ETAPES_PAGE_CSS, br_paragraphs, etapes_table

AXIS_FILL = "#1F4E79"
OBJECTIVE_FILL = "#2E74B5"

_CSS = (
    ETAPES_PAGE_CSS
    + """\
@page rideau { margin: 0; }
section.rideau { page: rideau; break-before: page; break-after: page; height: 297mm;
  box-sizing: border-box; margin: 0; padding: 0 25mm; display: flex;
  flex-direction: column; justify-content: center; color: #FFFFFF; }
section.rideau div.barre { width: 60mm; height: 4px; margin: 0 0 14pt; }
section.rideau p { margin: 0 0 10pt; font-weight: bold; line-height: 1.2; }
section.axe { background: AXIS; }
section.axe div.barre { background: #9DC3E6; }
section.axe p.l1 { font-size: 40pt; }
section.axe p.l2 { font-size: 24pt; }
section.axe p.l3 { font-size: 14pt; font-weight: normal; }
section.objectif { background: OBJECTIVE; }
section.objectif div.barre { background: #DEEAF6; }
section.objectif p { font-size: 24pt; }
""".replace("AXIS", AXIS_FILL).replace("OBJECTIVE", OBJECTIVE_FILL)
)


def _divider(kind: str, lines: list[str]) -> list[str]:
    """A divider page of ``kind`` (``axe``, ``objectif``) holding ``lines``, a paragraph
    each (classes ``l1``, ``l2``… in order)."""
    out = [f"<section class='rideau {kind}'>", "<div class='barre'></div>"]
    out += [f"<p class='l{n}'>{_h(line)}</p>" for n, line in enumerate(lines, start=1)]
    out.append("</section>")
    return out


def plan_html_rideau() -> str:
    """The seed as the brochure-like printable page, the axis and the objectives each on a
    full-bleed divider page."""
    out = [
        "<!doctype html><html lang='fr'><head><meta charset='utf-8'>",
        "<title>PCAET Grand Auch Cœur de Gascogne</title>",
        f"<style>{_CSS}</style>",
        "</head><body>",
    ]
    for block in load_seed():
        kind = block.kind
        if kind == "axis":
            out += _divider("axe", block.lines)
        elif kind == "objective":
            out += _divider("objectif", block.lines)
        elif kind == "section":
            tag = "h4" if block.lines[0] == IMPL_TITLE else "h2"
            out.append(f"<{tag}>{_h(block.lines[0])}</{tag}>")
        elif kind == "para":
            out.append(f"<p>{_h(block.lines[0])}</p>")
        elif kind == "bold":
            out += [f"<p><b>{_h(line)}</b></p>" for line in block.lines]
        elif kind == "summary":
            out += [f"<p>{_h(line)}</p>" for line in block.lines]
        elif kind == "summary_table":
            out.append("<table class='summary'>")
            out += [f"<tr><td>{_h(a)}</td><td>{_h(b)}</td></tr>" for a, b in block.rows]
            out.append("</table>")
        elif kind == "fiche":
            out += [f"<h3>{_h(line)}</h3>" for line in block.lines]
        elif kind == "fields":
            out += _fields(block)
        elif kind == "impl":
            out += etapes_table(block)
    out.append("</body></html>")
    return "\n".join(out)


def _fields(block: Block) -> list[str]:
    """The fields as the ``tendu`` page's base writes them: a ``table.kv``, values' paragraphs
    one a line."""
    return th_fields(block, td=br_paragraphs)
