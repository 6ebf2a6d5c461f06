"""A collectivité's site whose theme sets a ROUND PICTOGRAM BESIDE EACH OBJECTIVE, the text
hugging the disc (hundred-and-eighty-third held-out set, ``plan_html_tondo``): right before
each objective's ``<h2>`` an ``<img class="tondo">`` (:data:`PICTO`, a green disc holding a
white leaf, no text, 84 px) floated left with ``shape-outside: circle(50%) border-box`` and a
6 px ``shape-margin`` inside a 24 px right margin (:data:`_CSS`), so the objective line,
« Enjeux stratégiques » and the first paragraph lines beside it each start where the circle
ends at their height. (Amended once after the first generation: drawn as ``circle(50%)`` on
the default margin box with a 10 px ``shape-margin`` and a 6 px right margin, Chromium
clipped the shape to the float's margin box and set every line beside it at one x.)

Everything else flows as ``plan_html_inlabel``'s page (:func:`tests.generators.site_body.
etapes_page` on ``ETAPES_PAGE_CSS``: the fields a ``table.kv``, each steps table a
``table.etapes``, each value's paragraphs one a line). Only the layout comes from here:
every value is the seed's.
"""

from __future__ import annotations

import base64

from tests.generators.plan_html import _h
from tests.generators.seed001 import load_seed
from tests.generators.site_body import ETAPES_PAGE_CSS, br_paragraphs, etapes_page

_SVG = (
    "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 84 84'>"
    "<circle cx='42' cy='42' r='42' fill='#2E7D32'/>"
    "<path d='M24 60 C24 34 40 22 62 22 C62 46 50 60 30 60 Z' fill='#FFFFFF'/>"
    "<path d='M26 58 L52 32' stroke='#2E7D32' stroke-width='2.5' fill='none'/>"
    "</svg>"
)
PICTO = "data:image/svg+xml;base64," + base64.b64encode(_SVG.encode()).decode()

_CSS = (
    ETAPES_PAGE_CSS
    + """\
img.tondo { float: left; width: 84px; height: 84px; shape-outside: circle(50%) border-box;
  shape-margin: 6px; margin: 8px 24px 8px 0; }
"""
)


def plan_html_tondo() -> str:
    """The seed as the site's page, a round pictogram floated before each objective."""
    page = etapes_page(_CSS, br_paragraphs, lambda column: False)
    picto = f"<img class='tondo' src='{PICTO}' alt=''>"
    for block in load_seed():
        if block.kind == "objective":
            heading = f"<h2>{_h(block.lines[0])}</h2>"
            assert page.count(heading) == 1, heading
            page = page.replace(heading, picto + heading)
    return page
