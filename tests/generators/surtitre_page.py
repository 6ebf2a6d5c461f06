"""A departmental site's CMS page whose steps tables open their header with a TITLE ROW
(ninety-sixth held-out set, ``plan_html_surtitre``), printed from the browser.

The seed flows as ``plan_html_inlabel``'s page, the fields a ``table.kv``, but no
« Modalités de mise en oeuvre » heading: each steps block is a ``table.etapes`` whose
``<thead>`` holds first one ``<th colspan="6">`` « FICHE <code> — Modalités de mise en
oeuvre » (:func:`title_row`), then the seed labels; Chromium repeats both rows at the top of
every page the table runs onto. Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, _h, _kv_fields
from tests.generators.seed001 import IMPL_TITLE, Block, load_seed
from tests.generators.site_body import ETAPES_PAGE_CSS, etapes_table

_CSS = (
    ETAPES_PAGE_CSS
    + """\
table.etapes thead tr.titre th { background: #34495E; color: #FFFFFF; font-size: 10pt;
  font-weight: bold; padding: 4px 6px; }
"""
)


def title_row(code: str) -> str:
    """The title row of fiche ``code``'s steps table."""
    return f"<tr class='titre'><th colspan='6'>FICHE {_h(code)} — {_h(IMPL_TITLE)}</th></tr>"


def plan_html_surtitre() -> str:
    """The seed as a CMS page: each steps table's header opened by a title row naming its
    fiche."""
    codes = []
    fiche = ""
    for block in load_seed():
        if block.kind == "fiche":
            fiche = block.code or ""
        elif block.kind == "impl":
            codes.append(fiche)
    seen = iter(codes)

    def impl(block: Block) -> list[str]:
        out = etapes_table(block)
        out[2] = out[2].replace("<thead>", "<thead>" + title_row(next(seen)), 1)
        return out

    return _flowing_page(_CSS, _kv_fields, impl, impl_heading=False)
