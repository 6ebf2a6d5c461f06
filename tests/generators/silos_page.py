"""A WordPress site page whose editor BUILT EVERY STEPS TABLE AS A « COLONNES » BLOCK
(hundred-and-sixty-fifth held-out set, ``plan_html_silos``): a ``wp-block-columns
is-not-stacked-on-mobile`` flex row of six ``wp-block-column`` s (:data:`BASES` %), each
its seed label as an ``<h5>`` then every step's value in turn, two steps' values parted by
a ``wp-block-separator`` rule, an empty value nothing. So the six columns run down
independently, a step's values not level, and a page's foot breaks each column at its own
line.

Everything else flows as ``plan_html_inlabel``'s page (:func:`tests.generators.plan_html.
_flowing_page` on ``ETAPES_PAGE_CSS``, the fields a ``table.kv``). Only the layout comes
from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, _h, th_fields
from tests.generators.seed001 import Block, _paragraphs
from tests.generators.site_body import ETAPES_PAGE_CSS, br_paragraphs

BASES = (15, 35, 12, 11, 13, 14)  # % flex-basis of the six columns, in seed column order
RULE = "#A6AEB8"
HEAD = "#1F4E79"

# WordPress's block-library rules for the Columns block (« empiler sur mobile » off), then
# the theme's headings, paragraphs and separators inside it
_CSS = (
    ETAPES_PAGE_CSS
    + """\
.wp-block-columns { display: flex; box-sizing: border-box; flex-wrap: wrap !important;
  align-items: normal !important; gap: 10px; margin: 4px 0 14px; }
@media (min-width: 782px) { .wp-block-columns { flex-wrap: nowrap !important; } }
.wp-block-columns.is-not-stacked-on-mobile { flex-wrap: nowrap !important; }
.wp-block-column { flex-grow: 1; min-width: 0; word-break: break-word;
  overflow-wrap: break-word; }
.wp-block-column[style*=flex-basis] { flex-grow: 0; }
.wp-block-column h5 { font-size: 8.5pt; font-weight: bold; color: HEAD; margin: 0 0 5px;
  padding: 0 0 3px; border-bottom: 2px solid HEAD; }
.wp-block-column p { font-size: 8.5pt; margin: 0 0 3px; }
hr.wp-block-separator { border: 0; border-top: 1px solid RULE; height: 0; margin: 5px 0; }
""".replace("HEAD", HEAD).replace("RULE", RULE)
)


def _column(label: str, basis: int, values: list[str], bold: bool) -> list[str]:
    """One ``wp-block-column``: ``label`` then ``values`` in turn, a separator between two."""
    out = [
        f"<div class='wp-block-column' style='flex-basis:{basis}%'>",
        f"<h5 class='wp-block-heading'>{_h(label)}</h5>",
    ]
    for n, value in enumerate(values):
        if n:
            out.append("<hr class='wp-block-separator has-alpha-channel-opacity'>")
        for part in _paragraphs(value):
            text = f"<strong>{_h(part)}</strong>" if bold else _h(part)
            out.append(f"<p>{text}</p>")
    out.append("</div>")
    return out


def columns_block(block: Block) -> list[str]:
    """A fiche's steps as the « Colonnes » block: a column a seed label, its values in
    seed step order."""
    out = ["<div class='wp-block-columns is-not-stacked-on-mobile'>"]
    for c, label in enumerate(block.header):
        values = [row[c] if c < len(row) else "" for row in block.rows]
        out += _column(label, BASES[c], values, c == 0)
    out.append("</div>")
    return out


def plan_html_silos() -> str:
    """The seed as the site page, each steps table a « Colonnes » block."""
    return _flowing_page(_CSS, lambda block: th_fields(block, td=br_paragraphs), columns_block)
