"""A town's page whose budget plug-in draws an SVG BAR CHART UNDER EVERY STEPS TABLE with a
sum (two-hundred-and-forty-sixth held-out set, ``plan_html_ormeau``): ``plan_html_sentier``'s
page (:func:`tests.generators.site_body.etapes_page` on ``ETAPES_PAGE_CSS``), but after every
steps table whose « Ressources à mobiliser » holds a sum (:func:`amount`: digits and spaces
only) an inline ``<svg>`` (:func:`chart`): title :data:`TITLE`, a row a step, « Étape n » at
the bar's left, a :data:`BAR` bar scaled to the table's largest sum, the seed's value as
written at its right, an axis line with « 0 », the middle and the largest sum under it.
Printed by the headless command line like the other pages.

Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

import re
from html import escape

from tests.generators.plan_html import _flowing_page, th_fields
from tests.generators.seed001 import Block
from tests.generators.site_body import ETAPES_PAGE_CSS, br_paragraphs, etapes_table

TITLE = "Ressources à mobiliser par étape (€)"
BAR = "#2E75B6"
RESOURCES = "Ressources à mobiliser"
WIDTH, LEFT, SPAN, ROW = 420, 70, 280, 16  # px

CHART_CSS = "svg.budget { display: block; margin: 6px 0 4px 0; }"


def amount(value: str) -> int | None:
    """The sum a « Ressources » value states when it is digits and spaces only."""
    value = value.strip()
    return int(value.replace(" ", "")) if re.fullmatch(r"\d[\d ]*", value) else None


def _figure(n: float) -> str:
    return f"{round(n):,}".replace(",", " ")


def chart(block: Block) -> list[str]:
    """The bar chart of ``block``'s sums (nothing when its steps state none)."""
    column = block.header.index(RESOURCES)
    values = [step[column] if len(step) > column else "" for step in block.rows]
    sums = [amount(v) for v in values]
    top = max((s for s in sums if s is not None), default=None)
    if top is None:
        return []
    height = 22 + ROW * len(values) + 22
    out = [
        f"<svg class='budget' width='{WIDTH}' height='{height}' viewBox='0 0 {WIDTH} {height}'"
        " font-family='Liberation Sans' font-size='10.5'>",
        f"<text x='0' y='12' font-weight='bold'>{escape(TITLE)}</text>",
    ]
    for n, (value, total) in enumerate(zip(values, sums, strict=True)):
        y = 22 + ROW * n
        out.append(f"<text x='{LEFT - 5}' y='{y + 11}' text-anchor='end'>Étape {n + 1}</text>")
        if total is not None:
            w = max(SPAN * total / top, 1)
            out.append(f"<rect x='{LEFT}' y='{y + 2}' width='{w:.1f}' height='11' fill='{BAR}'/>")
            out.append(f"<text x='{LEFT + w + 4:.1f}' y='{y + 11}'>{escape(value.strip())}</text>")
    axis = 22 + ROW * len(values) + 3
    out.append(f"<line x1='{LEFT}' y1='{axis}' x2='{LEFT + SPAN}' y2='{axis}' stroke='#808080'/>")
    for share in (0, 0.5, 1):
        out.append(
            f"<text x='{LEFT + SPAN * share:.1f}' y='{axis + 14}' text-anchor='middle'"
            f" fill='#595959'>{_figure(top * share)}</text>"
        )
    out.append("</svg>")
    return out


def plan_html_ormeau() -> str:
    """The seed as ``plan_html_sentier``'s page, a budget bar chart under each steps table."""
    return _flowing_page(
        ETAPES_PAGE_CSS + CHART_CSS,
        lambda block: th_fields(block, td=br_paragraphs),
        lambda block: etapes_table(block) + chart(block),
    )


__all__ = ["TITLE", "amount", "chart", "plan_html_ormeau"]
