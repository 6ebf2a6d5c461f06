"""The plan's page on a DEPARTMENTAL SITE whose 2010-era theme gives its tables an « embossed »
look (sixty-eighth held-out set, ``plan_html_embossed``): a 1 px white text shadow under the
text of every table cell, ``td, th { text-shadow: 0 1px 0 #FFFFFF; }``, which Chromium prints
as a SECOND COPY OF THE TEXT, white, 1 px lower — every table cell's text (steps, header
labels, sommaires, the fields' labels and values) drawn twice in the PDF, invisible on white
cells, a faint white edge on the header's grey gradient and the grey even rows.

The seed flows as ``plan_html_inlabel``'s page, the fields a ``table.kv``, the steps a
``table.etapes`` (thin full grid, ``<thead>`` repeated). Only the layout comes from here:
every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, _kv_fields
from tests.generators.site_body import ETAPES_PAGE_CSS, etapes_table

_CSS = (
    ETAPES_PAGE_CSS
    + """\
table.etapes th { background: linear-gradient(#F7F7F7, #DCDCDC); }
table.etapes tbody tr:nth-child(even) td { background: #F4F4F4; }
td, th { text-shadow: 0 1px 0 #FFFFFF; }
"""
)


def plan_html_embossed() -> str:
    """The seed as a site page whose every table cell's text has a white text shadow."""
    return _flowing_page(_CSS, _kv_fields, etapes_table)
