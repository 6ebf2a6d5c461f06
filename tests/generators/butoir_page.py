"""A town's page whose fiche fields were PASTED AS PLAIN TEXT WITH TABS INTO ONE CELL
(two-hundred-and-twentieth held-out set, ``plan_html_butoir``): the page
(:func:`plan_html_butoir`) is ``plan_html_inlabel``'s page on ``ETAPES_PAGE_CSS`` as
:func:`tests.generators.site_body.etapes_page` makes it (its steps each an unchanged
:func:`~tests.generators.site_body.etapes_table`), but
each fiche's fields, in place of the ``table.kv``, are ONE ``table.brut`` of one cell
(:func:`tabbed_fields`) whose text keeps its tabs and newlines (``white-space: pre-wrap;
tab-size: 44``, :data:`BRUT_CSS`: a tab stop every 110 pt): a line « label TAB value » a
field, each later paragraph of a value a line opened by a tab. A value starts at the first
stop past its label's end (110 or 220 pt in), its wrapped lines back at the cell's left edge.

Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, _h
from tests.generators.seed001 import Block, _paragraphs
from tests.generators.site_body import ETAPES_PAGE_CSS, etapes_table

# the pasted text's cell: tabs and newlines kept, a stop every 44 spaces (110 pt at 9 pt)
BRUT_CSS = """
table.brut { width: 100%; border-collapse: collapse; margin: 4px 0 10px; }
table.brut td { border: 1px solid #BFBFBF; padding: 4px 6px; vertical-align: top;
  text-align: left; white-space: pre-wrap; tab-size: 44; }
"""


def tabbed_fields(block: Block) -> list[str]:
    """The fields as one cell of plain text: « <b>label</b> TAB first paragraph » a field,
    « TAB paragraph » each later one, the lines joined by newlines."""
    lines = []
    for label, value in block.fields:
        parts = _paragraphs(value)
        lines.append(f"<b>{_h(label)}</b>\t{_h(parts[0]) if parts else ''}")
        lines += [f"\t{_h(part)}" for part in parts[1:]]
    text = "\n".join(lines)
    return [f"<table class='brut'><tr><td>{text}</td></tr></table>"]


def plan_html_butoir() -> str:
    """The seed as the site's page, each fiche's fields one cell of tabbed plain text."""
    return _flowing_page(ETAPES_PAGE_CSS + BRUT_CSS, tabbed_fields, etapes_table)


__all__ = ["BRUT_CSS", "plan_html_butoir", "tabbed_fields"]
