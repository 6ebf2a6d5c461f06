"""A collectivité's site whose theme draws its EMPHASIS AS A THICK ACCENT UNDERLINE
(hundred-and-eightieth held-out set, ``plan_html_soutache``): ``text-decoration: underline
3px #E4A11B`` offset 4 px under the headings, every ``<b>`` and ``<strong>`` and EVERY
``<th>`` — the fields' labels and the steps labels — (:data:`_CSS`), Chromium skipping the
ink of descenders by default, so each label and step name is underlined word by word, line by
line, under its own text.

Each steps table a ``table.soutache`` (:func:`soutache`): fixed columns of :data:`WIDTHS`, no
border on the header cells and no fill (the labels' underlines the only mark under them,
``<thead>`` repeated), a pale 1 px rule under each step, no vertical rule, the step name in
``<strong>``. Everything else flows as ``plan_html_inlabel``'s page
(:func:`tests.generators.plan_html._flowing_page` on ``ETAPES_PAGE_CSS``, the fields a
``table.kv``). Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, th_fields
from tests.generators.seed001 import Block
from tests.generators.site_body import ETAPES_PAGE_CSS, br_paragraphs, steps_table

WIDTHS = (16, 38, 11, 12, 11, 12)  # %, the steps columns

_CSS = (
    ETAPES_PAGE_CSS
    + """\
h1, h2, h3, h4, b, strong, th { text-decoration: underline 3px #E4A11B;
  text-underline-offset: 4px; }
table.soutache { width: 100%; table-layout: fixed; border-collapse: collapse;
  margin: 4px 0 12px; }
table.soutache th, table.soutache td { border: 0; vertical-align: top; text-align: left; }
table.soutache th { font-size: 8.5pt; font-weight: bold; color: #333333; background: none;
  padding: 4px 8px 9px 0; }
table.soutache td { font-size: 9pt; padding: 5px 8px 5px 0; border-bottom: 1px solid #E6E6E6; }
"""
)


def _cell(column: int, label: str, value: str) -> str:
    """A step value, its paragraphs ``<br>``-separated, the step name in ``<strong>``."""
    text = br_paragraphs(value)
    return f"<strong>{text}</strong>" if column == 0 and text else text


def soutache(block: Block) -> list[str]:
    """A fiche's steps as a ``table.soutache``."""
    return steps_table(block, "soutache", WIDTHS, _cell)


def plan_html_soutache() -> str:
    """The seed as the site's page, its emphasis and labels underlined thick amber."""
    return _flowing_page(_CSS, lambda block: th_fields(block, td=br_paragraphs), soutache)
