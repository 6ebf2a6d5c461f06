"""A town's page whose headings are « KNOCK-OUT » HEADINGS (two-hundred-and-sixteenth
held-out set, ``plan_html_virage``): ``plan_html_inlabel``'s page
(:func:`tests.generators.site_body.etapes_page` on ``ETAPES_PAGE_CSS``) unchanged but its
``<h1>``, ``<h2>`` and ``<h3>`` headings, a design system's hero-title effect: each heading's
background a hard-stop gradient, a navy block over the left 45 % of its box, and its text
(wrapped in a ``<span class='negatif'>``) white in ``mix-blend-mode: difference``
(:data:`KNOCKOUT_CSS`). Chromium fills every heading glyph white under a ``/Difference``
blend mode: tan on the block, black on the paper, a word crossing the block's edge
two-coloured.

No text added. Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

import re

from tests.generators.site_body import ETAPES_PAGE_CSS, br_paragraphs, etapes_page

# the knock-out headings: the block a hard-stop gradient of the heading's own background (so
# that the text blends with it; a ``::before`` block under it printed the words past the
# block white on white), the text white in a « difference » blend
KNOCKOUT_CSS = """\
h1, h2, h3 { padding: 4px 6px;
  background: linear-gradient(to right, #1F4E79 45%, #FFFFFF 45%); }
h1 span.negatif, h2 span.negatif, h3 span.negatif { color: #FFFFFF;
  mix-blend-mode: difference; }
"""

_HEADING = re.compile(r"<(h[123])([^>]*)>(.*?)</\1>", re.DOTALL)


def plan_html_virage() -> str:
    """The seed as the site's page, its ``<h1>``…``<h3>`` texts in knock-out spans."""
    page = etapes_page(ETAPES_PAGE_CSS + KNOCKOUT_CSS, br_paragraphs, lambda column: True)
    return _HEADING.sub(r"<\1\2><span class='negatif'>\3</span></\1>", page)
