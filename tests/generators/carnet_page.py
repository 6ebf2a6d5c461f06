"""A municipal intranet page's « VERSION LIVRET » print stylesheet, made for A5 booklets
(hundred-and-fortieth held-out set, ``plan_html_carnet``): ``plan_html_inlabel``'s flowing
page and ``table.etapes`` steps (thin full grid, ``<thead>`` repeated) on A5 PAGES WITH
MIRRORED MARGINS (the 16 mm inner margin on the left of recto pages, on the right of verso
pages, 10 mm outside), Liberation Sans 8 pt, the steps cells 7 pt padded 2 px 3 px with
``overflow-wrap: break-word`` (a word wider than its column broken, no hyphen).

Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, _kv_fields
from tests.generators.site_body import ETAPES_PAGE_CSS, etapes_table

_CSS = (
    ETAPES_PAGE_CSS.replace("size: A4; margin: 15mm;", "size: A5; margin: 12mm 10mm 12mm 16mm;")
    + """\
@page :left { margin-left: 10mm; margin-right: 16mm; }
@page :right { margin-left: 16mm; margin-right: 10mm; }
body { font-size: 8pt; }
h1 { font-size: 12pt; }
h2 { font-size: 10pt; }
h3 { font-size: 10pt; }
h4 { font-size: 9pt; }
table.kv th { width: 2.6cm; }
table.etapes th, table.etapes td { font-size: 7pt; padding: 2px 3px;
  overflow-wrap: break-word; }
"""
)


def plan_html_carnet() -> str:
    """The seed as a flowing page printed as an A5 booklet with mirrored margins."""
    return _flowing_page(_CSS, _kv_fields, lambda block: etapes_table(block))
