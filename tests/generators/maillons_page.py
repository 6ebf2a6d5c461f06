"""A public site page whose theme sets ALL ITS TEXT IN A SERIF WITH TYPOGRAPHIC LIGATURES
(hundred-and-eighty-second held-out set, ``plan_html_maillons``), as the webfonts of many
collectivités' themes do: ``plan_html_inlabel``'s flowing page (fields a ``table.kv``, the
steps a ``table.etapes`` under their « Modalités de mise en oeuvre » ``<h4>``) with every
element's ``font-family`` :data:`SERIF` and ``font-variant-ligatures: common-ligatures``
written out (the browsers' default), so Chromium shapes every « ff », « fi », « fl »,
« ffi », « ffl » as ONE GLYPH, which its PDF maps to ONE CHARACTER (U+FB00 … U+FB04).

Only the font changes (:data:`CSS`); the sizes, rules and flow are ``ETAPES_PAGE_CSS``'s.
Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.site_body import ETAPES_PAGE_CSS, br_paragraphs, etapes_page

SERIF = "'DejaVu Serif'"  # a serif whose GSUB table has the common Latin ligatures

CSS = (
    ETAPES_PAGE_CSS
    + f"""\
html, body, h1, h2, h3, h4, p, table, th, td, b {{ font-family: {SERIF}, serif;
  font-variant-ligatures: common-ligatures; }}
"""
)


def plan_html_maillons() -> str:
    """The seed as the site's page, its text set in a serif printing ligature glyphs."""
    return etapes_page(CSS, br_paragraphs, lambda column: False)
