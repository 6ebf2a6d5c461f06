"""A commune's page whose theme carries a « RETOUR EN HAUT » BUTTON (hundred-and-ninety-third
held-out set, ``plan_html_ascenseur``): at the end of ``<body>`` one empty ``a.haut``
(:data:`BUTTON`), ``position: fixed`` at the bottom right of the page area, a dark blue disc
whose ``::before`` draws a white up chevron (two borders of a small square turned 45°), no
text (:data:`_CSS`). Chromium prints a fixed element on every page, at the same place of the
page area, over whatever the flow puts there.

Everything else flows as ``plan_html_inlabel``'s page (:func:`tests.generators.site_body.
etapes_page` on ``ETAPES_PAGE_CSS``: the fields a ``table.kv``, each steps table a
``table.etapes``, each value's paragraphs one a line). Only the layout comes from here:
every value is the seed's.
"""

from __future__ import annotations

from tests.generators.site_body import ETAPES_PAGE_CSS, br_paragraphs, etapes_page

DISC = "#000091"  # the button's fill
SIZE_PX, INSET_PX = 36, 12  # the disc's diameter, its gap to the page area's right and foot
BUTTON = '<a class="haut" href="#" aria-label="Haut de page"></a>'

_CSS = (
    ETAPES_PAGE_CSS
    + f"""\
a.haut {{ position: fixed; right: {INSET_PX}px; bottom: {INSET_PX}px; width: {SIZE_PX}px;
  height: {SIZE_PX}px; border-radius: 50%; background: {DISC}; display: block; }}
a.haut::before {{ content: ""; position: absolute; left: 13px; top: 15px; width: 10px;
  height: 10px; border-top: 3px solid #FFFFFF; border-left: 3px solid #FFFFFF;
  box-sizing: border-box; transform: rotate(45deg); }}
"""
)


def plan_html_ascenseur() -> str:
    """The seed as the site's page, the fixed « back to top » button at the body's end."""
    html = etapes_page(_CSS, br_paragraphs, lambda column: False)
    assert html.count("</body>") == 1
    return html.replace("</body>", BUTTON + "\n</body>")


__all__ = ["BUTTON", "DISC", "INSET_PX", "SIZE_PX", "plan_html_ascenseur"]
