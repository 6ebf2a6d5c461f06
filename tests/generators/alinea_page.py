"""A municipal site's page whose theme keeps the French typographic « alinéa » (sixty-sixth
held-out set, ``plan_html_alinea``): ``p { text-indent: 2em; }`` on every paragraph of the
content, INSIDE TABLE CELLS TOO, so every paragraph of a steps cell starts its first line
2em right of its other lines (in the narrow columns a first word often alone or pushed to
the next line).

The seed flows as ``plan_html_inlabel``'s page, the fields a ``table.kv`` (values as ``<p>``,
indented too), each steps table a ``table.etapes`` (thin full grid, ``<thead>`` repeated, its
bare-text labels not indented). Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, _h, _kv_fields
from tests.generators.seed001 import Block, _paragraphs
from tests.generators.site_body import ETAPES_CSS, flowing_css, steps_table

_CSS = (
    flowing_css("15mm", "#1E1E1E")
    + ETAPES_CSS
    + """\
p { text-indent: 2em; }
table.etapes td p { margin: 0 0 2px; }
"""
)

_WIDTHS = (16, 38, 11, 12, 11, 12)


def _paras(value: str) -> str:
    return "".join(f"<p>{_h(p)}</p>" for p in _paragraphs(value))


def _impl(block: Block) -> list[str]:
    return steps_table(block, "etapes", _WIDTHS, lambda c, label, value: _paras(value))


def plan_html_alinea() -> str:
    """The seed as a page whose every paragraph, table cells' included, is indented 2em."""
    return _flowing_page(_CSS, _kv_fields, _impl)
