"""A commune's page whose theme lays everything on « DOTTED PAPER » (hundred-and-ninety-sixth
held-out set, ``plan_html_constelle``): the bullet-journal grid of small dots of many
« carnet » themes, the root's background a radial gradient tiled every :data:`PITCH`
(:data:`_CSS`): a :data:`DOT` dot 2 px wide every 12 px across and down the whole printed
sheet, under every heading, paragraph, label, value and transparent table cell (the steps
tables' header cells, filled, covering it).

Everything else flows as ``plan_html_inlabel``'s page (:func:`tests.generators.site_body.
etapes_page` on ``ETAPES_PAGE_CSS``: the fields a ``table.kv``, each steps table a
``table.etapes``), untouched; no text added. Only the layout comes from here: every value is
the seed's.
"""

from __future__ import annotations

from tests.generators.site_body import ETAPES_PAGE_CSS, br_paragraphs, etapes_page

DOT, PITCH = "#8C9BB5", "12px"  # the dots' colour, the grid's step across and down
_CSS = (
    ETAPES_PAGE_CSS
    + f"""\
html {{ background: radial-gradient(circle, {DOT} 0 1px, transparent 1.4px) 0 0 /
  {PITCH} {PITCH} #FFFFFF; }}
"""
)


def plan_html_constelle() -> str:
    """The seed as the site's page, on dotted paper."""
    return etapes_page(_CSS, br_paragraphs, lambda column: False)


__all__ = ["DOT", "PITCH", "plan_html_constelle"]
