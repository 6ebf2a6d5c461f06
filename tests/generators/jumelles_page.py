"""A community's site page written in a CMS whose table component allows FOUR COLUMNS AT
MOST (hundred-and-tenth held-out set, ``plan_html_jumelles``), printed from the browser: the
editor typed each fiche's steps as TWIN TABLES, one after the other, the step name repeated
as the first column of both — « Etape | Descriptif | Planification », then « Etape |
Ressources à mobiliser | Porteur | Partenaires envisagés ».

The seed flows as ``plan_html_inlabel``'s page (the fields a ``table.kv``); both tables are
``table.etapes`` in :data:`tests.generators.site_body.ETAPES_CSS`'s look (thin full grid,
``<thead>`` repeated), 8 px apart, a row a step in seed order, the step name bold in both.
Only the layout comes from here: every value is the seed's (the step names printed twice).
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, _kv_fields
from tests.generators.seed001 import Block
from tests.generators.site_body import ETAPES_PAGE_CSS, br_paragraphs, steps_table

_CSS = (
    ETAPES_PAGE_CSS
    + """\
table.etapes.jumelle1 { margin-bottom: 8px; }
table.etapes.jumelle2 { margin-top: 0; }
"""
)

# the seed columns of each twin table, and their widths (%)
TWINS = (((0, 1, 2), (22, 62, 16)), ((0, 3, 4, 5), (22, 22, 22, 34)))


def _twin(block: Block, columns: tuple[int, ...]) -> Block:
    """``block``'s steps restricted to ``columns`` (header labels and values)."""
    return Block(
        "impl",
        header=[block.header[c] for c in columns],
        rows=[[row[c] if c < len(row) else "" for c in columns] for row in block.rows],
    )


def _impl(block: Block) -> list[str]:
    out: list[str] = []
    for k, (columns, widths) in enumerate(TWINS, start=1):
        out += steps_table(
            _twin(block, columns),
            f"etapes jumelle{k}",
            widths,
            lambda c, label, value: br_paragraphs(value),
        )
    return out


def plan_html_jumelles() -> str:
    """The seed as a site page whose steps are twin four-column-at-most tables."""
    return _flowing_page(_CSS, _kv_fields, _impl)
