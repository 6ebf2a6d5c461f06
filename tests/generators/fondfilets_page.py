"""A site's page whose theme DRAWS EVERY TABLE RULE AS A BACKGROUND GRADIENT, NOT AS A BORDER
(hundred-and-twenty-seventh held-out set, ``plan_html_fondfilets``), as design systems like
the État's DSFR draw the borders of their components so that colour variables can theme
them: ``border: 0`` on every ``th`` and ``td``, each rule a ``background-image`` layer
``linear-gradient(0deg, C, C)`` sized to a 1 px strip and not repeated. In the steps tables
(C = #BFBFBF) a strip at the foot and at the right edge of every cell, at the left edge of
every first-column cell and at the top of every header cell (a full grid to the eye); in the
fields' ``table.kv`` (C = #DDDDDD) a strip at the foot of every cell; the header cells'
#E8EEF4 a ``background-color`` under the strips.

The seed flows as ``plan_html_inlabel``'s page (the fields a ``table.kv``, the steps
``table.etapes``). Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, _kv_fields
from tests.generators.site_body import ETAPES_PAGE_CSS, etapes_table

GRID = "#BFBFBF"  # the steps tables' rules
KV_RULE = "#DDDDDD"  # the fields' rules

# a strip's (size, position) in a cell
FOOT = ("100% 1px", "0 100%")
RIGHT = ("1px 100%", "100% 0")
LEFT = ("1px 100%", "0 0")
TOP = ("100% 1px", "0 0")


def strips(colour: str, *places: tuple[str, str]) -> str:
    """The declarations painting a 1 px rule of ``colour`` at each of ``places`` as a
    one-colour ``linear-gradient`` background layer, not repeated; no border."""
    layer = f"linear-gradient(0deg, {colour}, {colour})"
    return (
        "border: 0; background-image: "
        + ", ".join(layer for _ in places)
        + "; background-size: "
        + ", ".join(size for size, _ in places)
        + "; background-position: "
        + ", ".join(position for _, position in places)
        + "; background-repeat: no-repeat;"
    )


_CSS = (
    ETAPES_PAGE_CSS
    + f"""\
table.kv th, table.kv td {{ {strips(KV_RULE, FOOT)} }}
table.etapes th, table.etapes td {{ {strips(GRID, FOOT, RIGHT)} }}
table.etapes td:first-child {{ {strips(GRID, FOOT, RIGHT, LEFT)} }}
table.etapes th {{ background-color: #E8EEF4; {strips(GRID, FOOT, RIGHT, TOP)} }}
table.etapes th:first-child {{ {strips(GRID, FOOT, RIGHT, TOP, LEFT)} }}
"""
)


def plan_html_fondfilets() -> str:
    """The seed as a website's page, every table rule a background gradient strip."""
    return _flowing_page(_CSS, _kv_fields, lambda block: etapes_table(block))
