"""A site whose print stylesheet puts every fiche on a page of its own and STRETCHES its
steps table to the page's foot (two-hundred-and-eighteenth held-out set,
``plan_html_plenitude``): each fiche (its heading lines, fields, « Modalités de mise en
oeuvre » and steps) a ``<section class="fiche">`` starting a page, a page-high flex column
(:data:`FICHE_CSS`: ``min-height`` the A4 text height, ``display: flex; flex-direction:
column``) whose steps ``table.etapes`` GROWS (``flex: 1 0 auto``) into the room left under
the fiche. Chromium SPREADS THAT SPARE HEIGHT OVER THE TABLE'S ROWS, and the theme CENTRES
EVERY CELL VERTICALLY (``vertical-align: middle``): rows of uneven, stretched heights, each
value floating mid-row with blank bands above and below it; a fiche longer than its page
keeps rows of its content's height, centred.

The seed flows as ``plan_html_inlabel``'s page does otherwise (:data:`tests.generators.
site_body.ETAPES_PAGE_CSS`, fields a ``table.kv``, steps a ``table.etapes``, axes and
objectives between the fiches), no text added. Only the layout comes from here: every value
is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_html import _h, _kv_fields
from tests.generators.seed001 import IMPL_TITLE, load_seed
from tests.generators.site_body import ETAPES_PAGE_CSS, etapes_table

FICHE_CSS = """
section.fiche { break-before: page; min-height: 266mm; display: flex;
  flex-direction: column; }
section.fiche table.etapes { flex: 1 0 auto; margin-bottom: 0; }
table.etapes th, table.etapes td { vertical-align: middle; }
"""


def plan_html_plenitude() -> str:
    """The seed as the site's printed page, a fiche a page, its steps table stretched to
    the page's foot, every cell vertically centred."""
    out = [
        "<!doctype html><html lang='fr'><head><meta charset='utf-8'>",
        "<title>PCAET Grand Auch Cœur de Gascogne</title>",
        f"<style>{ETAPES_PAGE_CSS}{FICHE_CSS}</style>",
        "</head><body>",
    ]
    open_fiche = False

    def close() -> None:
        nonlocal open_fiche
        if open_fiche:
            out.append("</section>")
            open_fiche = False

    for block in load_seed():
        kind = block.kind
        if kind in ("axis", "objective", "fiche", "summary", "summary_table") or (
            kind == "section" and block.lines[0] != IMPL_TITLE
        ):
            close()
        if kind == "fiche":
            out.append("<section class='fiche'>")
            open_fiche = True
            out += [f"<h3>{_h(line)}</h3>" for line in block.lines]
        elif kind == "fields":
            out += _kv_fields(block)
        elif kind == "impl":
            out += etapes_table(block)
        elif kind == "axis":
            out.append(f"<h1>{_h(block.lines[0])}</h1>")
            out += [f"<p><b>{_h(line)}</b></p>" for line in block.lines[1:]]
        elif kind == "objective":
            out += [f"<h2>{_h(line)}</h2>" for line in block.lines]
        elif kind == "section":
            tag = "h4" if block.lines[0] == IMPL_TITLE else "h2"
            out.append(f"<{tag}>{_h(block.lines[0])}</{tag}>")
        elif kind in ("para", "summary"):
            out += [f"<p>{_h(line)}</p>" for line in block.lines]
        elif kind == "bold":
            out += [f"<p><b>{_h(line)}</b></p>" for line in block.lines]
        elif kind == "summary_table":
            out.append("<table class='summary'>")
            out += [f"<tr><td>{_h(a)}</td><td>{_h(b)}</td></tr>" for a, b in block.rows]
            out.append("</table>")
    close()
    out.append("</body></html>")
    return "\n".join(out)
