"""A town's page whose step descriptions were PASTED FROM ANOTHER SITE KEEPING ITS STYLE
(two-hundred-and-forty-ninth held-out set, ``plan_html_vernis``): ``plan_html_inlabel``'s page
(:func:`tests.generators.site_body.etapes_page` on ``ETAPES_PAGE_CSS``), but in every steps
table each « Descriptif » value was copied from a partner's page and pasted into the CMS's
visual editor, which kept the source's computed style as an inline ``<span>``
(:data:`PASTED`): Roboto / Arial 14 px #202124 on the source's #F1F3F4 background, in 8.5 pt
cells, its paragraphs ``<br>`` inside the span. Printed by the headless command line like
the other pages.

Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, th_fields
from tests.generators.site_body import ETAPES_PAGE_CSS, br_paragraphs, etapes_table

DESCRIPTIF = 1  # 0-based: the « Descriptif » column
PASTED = (
    "color: rgb(32, 33, 36); font-family: Roboto, Arial, sans-serif; font-size: 14px; "
    "background-color: rgb(241, 243, 244);"
)  # the source page's computed style, as Chrome copies a selection


def _cell(column: int, label: str, value: str) -> str:
    text = br_paragraphs(value)
    if column != DESCRIPTIF or not text:
        return text
    return f'<span style="{PASTED}">{text}</span>'


def plan_html_vernis() -> str:
    """The seed as ``plan_html_inlabel``'s page, each steps Descriptif value a pasted span."""
    return _flowing_page(
        ETAPES_PAGE_CSS,
        lambda block: th_fields(block, td=br_paragraphs),
        lambda block: etapes_table(block, cell=_cell),
    )


__all__ = ["DESCRIPTIF", "PASTED", "plan_html_vernis"]
