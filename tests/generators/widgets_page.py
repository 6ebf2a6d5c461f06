"""A site page built with a PAGE BUILDER whose steps « tables » are SIX COLUMN WIDGETS OF
STACKED BOXES (hundred-and-fifth held-out set, ``plan_html_widgets``): having no table
widget, the author (Elementor, Divi) set six top-aligned columns side by side, each a heading
widget over one text widget a step with a divider under it. There is no row: every column
stacks its own boxes at its own pace, so a step's values stand at different heights as soon
as an earlier step's values wrap differently.

The seed flows as ``plan_html_inlabel``'s page, the fields a ``table.kv``. Only the layout
comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, _h, _kv_fields
from tests.generators.seed001 import Block
from tests.generators.site_body import br_paragraphs, flowing_css

_CSS = (
    flowing_css("15mm", "#1E1E1E")
    + """\
section.e-section { margin: 4px 0 10px; }
div.e-row { display: flex; align-items: flex-start; }
div.e-col { box-sizing: border-box; padding: 0 4px; }
div.e-heading { font-weight: bold; font-size: 8.5pt; color: #FFFFFF; background: #1F4E79;
  padding: 3px 5px; }
div.e-text { font-size: 8.5pt; padding: 3px 2px; border-bottom: 1px solid #C8C8C8; }
div.e-text.etape { font-weight: bold; }
"""
)

_WIDTHS = (16, 38, 11, 12, 11, 12)


def _column(c: int, label: str, values: list[str]) -> str:
    """Column ``c``: its heading widget, then one text widget a value (an empty one a
    no-break space)."""
    css = "e-text etape" if c == 0 else "e-text"
    boxes = [f"<div class='e-heading'>{_h(label)}</div>"]
    boxes += [f"<div class='{css}'>{br_paragraphs(v) or '&nbsp;'}</div>" for v in values]
    return f"<div class='e-col' style='width: {_WIDTHS[c]}%'>" + "".join(boxes) + "</div>"


def _impl(block: Block) -> list[str]:
    columns = [
        _column(c, label, [row[c] if c < len(row) else "" for row in block.rows])
        for c, label in enumerate(block.header)
    ]
    return ["<section class='e-section'><div class='e-row'>", *columns, "</div></section>"]


def plan_html_widgets() -> str:
    """The seed as a page-builder page whose steps are six independent stacked columns."""
    return _flowing_page(_CSS, _kv_fields, _impl)
