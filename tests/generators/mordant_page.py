"""A site whose field labels carry a « surligneur » painted OVER them (two-hundredth held-out
set, ``plan_html_mordant``): every ``table.kv th`` is ``position: relative`` and gets a
``::after`` box (:data:`MORDANT`), marker yellow, over the lower half of the label cell,
painted after (above) the label's text in the blend mode ``multiply`` so the black text shows
through it.

The seed flows as ``plan_html_inlabel``'s page does (:func:`tests.generators.site_body.
etapes_page` on ``ETAPES_PAGE_CSS``: fields a ``table.kv``, steps a ``table.etapes``);
values, steps tables, headings, rules, sizes and flow unchanged, no text added. Only the
layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.site_body import ETAPES_PAGE_CSS, br_paragraphs, etapes_page

MORDANT = """\
table.kv th { position: relative; }
table.kv th::after { content: ""; position: absolute; left: 0; right: 6px; top: 50%;
  bottom: 2px; background: #FFD43B; mix-blend-mode: multiply; }
"""

CSS = ETAPES_PAGE_CSS + MORDANT


def plan_html_mordant() -> str:
    """The seed as the site's printed page, a marker band blended over every field label."""
    return etapes_page(CSS, br_paragraphs, lambda column: False)
