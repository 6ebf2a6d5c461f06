"""A collectivité's site whose theme sets its headings on SLANTED COLOUR BANDS (hundred-and-
eighty-sixth held-out set, ``plan_html_talus``): every ``<h1>`` (axis), ``<h2>`` (objective,
« Enjeux stratégiques ») and ``<h3>`` (fiche heading line) white bold text as wide as itself
(``width: fit-content``), over an empty ``::before`` box of its size skewed −18°
(``transform: skewX(-18deg)``, behind the text by ``z-index: -1``): a parallelogram filled
#1F4E79, #2E74B5 or #2E7D32 leaning right, the text upright inside it (:data:`_CSS`).

Everything else flows as ``plan_html_inlabel``'s page (:func:`tests.generators.site_body.
etapes_page` on ``ETAPES_PAGE_CSS``: the fields a ``table.kv``, each steps table a
``table.etapes``, each value's paragraphs one a line). Only the layout comes from here:
every value is the seed's.
"""

from __future__ import annotations

from tests.generators.site_body import ETAPES_PAGE_CSS, br_paragraphs, etapes_page

_CSS = (
    ETAPES_PAGE_CSS
    + """\
h1, h2, h3 { position: relative; z-index: 0; width: fit-content; max-width: calc(100% - 24px);
  box-sizing: border-box; padding: 3px 14px; margin-left: 9px; color: #FFFFFF;
  font-weight: bold; }
h1::before, h2::before, h3::before { content: ""; position: absolute; inset: 0; z-index: -1;
  transform: skewX(-18deg); }
h1::before { background: #1F4E79; }
h2::before { background: #2E74B5; }
h3::before { background: #2E7D32; }
h3 + h3 { margin-top: 2px; }
"""
)


def plan_html_talus() -> str:
    """The seed as the site's page, every axis, objective, section and fiche heading line
    on a slanted colour band."""
    return etapes_page(_CSS, br_paragraphs, lambda column: False)
