"""A town's « Espace écoles / périscolaire » page printed on a SEYÈS SCHOOL-NOTEBOOK GROUND
(hundred-and-eighty-ninth held-out set, ``plan_html_reglure``): as school and children's
sections of municipal sites do, the theme gives ``<body>`` a « grands carreaux » background
of three CSS gradient layers over white (:data:`_CSS`): a 1 px #E38C96 vertical margin rule
38 px from the body's left edge, a 1 px #8FA6D6 horizontal rule every 32 px and a 1 px
#C9D6EE one every 8 px, through every page, the text 48 px in; ``<html>`` white, so the
ground stays the body's and is not carried to the page box. The margin rule's layer is
39 px wide, not repeated (amended once after the first print: drawn across the body's
whole width, its 1 px band came out as a function shading pdfium does not draw).

Everything else flows as ``plan_html_inlabel``'s page (:func:`tests.generators.site_body.
etapes_page` on ``ETAPES_PAGE_CSS``: the fields a ``table.kv``, each steps table a
``table.etapes`` whose unfilled body cells let the rules show through). Only the layout
comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.site_body import ETAPES_PAGE_CSS, br_paragraphs, etapes_page

_CSS = (
    ETAPES_PAGE_CSS
    + """\
html { background: #FFFFFF; }
body { padding-left: 48px; background-color: #FFFFFF;
  background-image:
    linear-gradient(to right, transparent 38px, #E38C96 38px),
    repeating-linear-gradient(to bottom, transparent 0, transparent 31px, #8FA6D6 31px,
      #8FA6D6 32px),
    repeating-linear-gradient(to bottom, transparent 0, transparent 7px, #C9D6EE 7px,
      #C9D6EE 8px);
  background-size: 39px 100%, auto, auto; background-repeat: no-repeat, repeat, repeat; }
"""
)


def plan_html_reglure() -> str:
    """The seed as the site's page, on a Seyès notebook ground."""
    return etapes_page(_CSS, br_paragraphs, lambda column: False)
