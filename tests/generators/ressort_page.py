"""A town's page whose THEME'S FIT-TEXT SCRIPT SIZES EVERY STEPS CELL TO ITS BOX (two-hundred-
and-thirty-seventh held-out set, ``plan_html_ressort``): ``plan_html_sentier``'s page
(:func:`tests.generators.site_body.etapes_page` on ``ETAPES_PAGE_CSS``) but each body cell of
its steps tables holding its value's paragraphs (one a line) in a ``<div class="fit">``, and
the theme's script (:data:`FIT_SCRIPT`, inline at the end of the body, as a « fit text »
plugin runs) giving each ``div.fit`` an inline ``font-size``: the largest from :data:`LOW`
to :data:`HIGH` pt (bisection, ten steps, floored to a quarter point) at which the div is at
most :data:`BOX` px high and no wider than its cell. Short values grow, long ones shrink,
each cell its own size. The theme's content column is 180 mm wide on screen
(``@media screen``), the printed width, so the script measures the cells as they print
(amended once: without it the script ran on the 800 px screen and a cell fitted there
overflowed its printed cell, a comma clipped at the page's edge). Printed by the headless
command line as the other pages.

Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, th_fields
from tests.generators.site_body import ETAPES_PAGE_CSS, br_paragraphs, etapes_table

LOW, HIGH = 6, 12  # pt, the script's smallest and largest sizes
BOX = 48  # px, the height a cell's content is fitted to
FIT_CSS = (  # the theme's fixed content column, so the script measures the printed widths
    "@media screen { body { width: 180mm; } }\ntable.etapes td div.fit { overflow: visible; }\n"
)
FIT_SCRIPT = (
    "<script>(function () {"
    "document.querySelectorAll('table.etapes div.fit').forEach(function (el) {"
    f"var lo = {LOW}, hi = {HIGH};"
    "for (var i = 0; i < 10; i++) { var mid = (lo + hi) / 2; el.style.fontSize = mid + 'pt';"
    f"if (el.scrollHeight <= {BOX} && el.scrollWidth <= el.clientWidth) lo = mid;"
    " else hi = mid; }"
    "el.style.fontSize = (Math.floor(lo * 4) / 4) + 'pt'; });"
    "})();</script>"
)


def plan_html_ressort() -> str:
    """The seed as ``plan_html_sentier``'s page, each steps cell fitted by the script."""
    page = _flowing_page(
        ETAPES_PAGE_CSS + FIT_CSS,
        lambda block: th_fields(block, td=br_paragraphs),
        lambda block: etapes_table(
            block, cell=lambda c, label, text: f"<div class='fit'>{br_paragraphs(text)}</div>"
        ),
    )
    if page.count("</body>") != 1:
        raise ValueError("the page's body end not found")
    return page.replace("</body>", FIT_SCRIPT + "</body>")


__all__ = ["BOX", "FIT_SCRIPT", "HIGH", "LOW", "plan_html_ressort"]
