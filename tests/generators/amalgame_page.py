"""``plan_html_inlabel``'s flowing page without its labels on a WORDPRESS site whose theme
HIDES EVERY LINE BREAK IN A TABLE (hundred-and-sixty-ninth held-out set,
``plan_html_amalgame``): the plan typed in the classic editor, each table value's paragraphs
saved as its lines, ``<br />`` and a newline between them (``wpautop``'s form,
:func:`wp_lines`), and the theme's stylesheet ending with the snippet often given against
``wpautop``'s stray breaks in tables, ``table br { display: none; }`` (:data:`BR_RULE`): so
every multi-paragraph value of a table — fields and steps alike — prints as ONE RUN-ON
PARAGRAPH, its paragraphs joined by a space (the newline), in seed order.

The page otherwise ``ETAPES_PAGE_CSS``'s (15 mm margins, Liberation Sans 9 pt, the
``table.kv`` fields, the ``table.etapes`` thin full grid of 16 / 38 / 11 / 12 / 11 / 12 %,
labels on #E8EEF4, ``<thead>`` repeated). Only the layout comes from here: every value is
the seed's.
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, _h, th_fields
from tests.generators.seed001 import _paragraphs
from tests.generators.site_body import ETAPES_PAGE_CSS, etapes_table

# the theme's fix for wpautop's stray breaks in tables, last in its stylesheet
BR_RULE = "table br { display: none; }\n"

_CSS = ETAPES_PAGE_CSS + BR_RULE


def wp_lines(value: str) -> str:
    """A seed value's paragraphs, escaped, as the classic editor saves a cell's lines:
    ``<br />`` and a newline between them."""
    return "<br />\n".join(_h(p) for p in _paragraphs(value))


def plan_html_amalgame() -> str:
    """The seed as a flowing page whose tables' line breaks the theme hides."""
    return _flowing_page(
        _CSS,
        lambda block: th_fields(block, td=wp_lines),
        lambda block: etapes_table(block, cell=lambda c, label, value: wp_lines(value)),
    )


__all__ = ["BR_RULE", "plan_html_amalgame", "wp_lines"]
