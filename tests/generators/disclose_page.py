"""A CMS page whose steps' descriptions are OPEN ACCORDIONS (fiftieth held-out set,
``plan_html_disclose``): each steps table a ``table.etapes`` (thin full grid, ``<thead>``
repeated), every non-empty « Descriptif » cell a ``<details open>`` whose ``<summary>``
reads « En savoir plus » (not in the seed; Chromium draws its disclosure triangle) over the
description's paragraphs.

The seed flows as :func:`tests.generators.plan_html._flowing_page` writes it, the fields a
``table.kv``. Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_html import _cell_html, _flowing_page, _h, _kv_fields
from tests.generators.seed001 import Block, _paragraphs
from tests.generators.site_body import ETAPES_CSS, flowing_css, steps_table

_CSS = (
    flowing_css("15mm", "#1E1E1E")
    + ETAPES_CSS
    + """\
table.etapes td p { margin: 0 0 3px; }
table.etapes summary { font-weight: bold; font-size: 8pt; color: #0055A4; margin-bottom: 2px; }
"""
)

_WIDTHS = (16, 38, 11, 12, 11, 12)
SUMMARY = "En savoir plus"


def _description(value: str) -> str:
    parts = _paragraphs(value)
    if not parts:
        return ""
    body = "".join(f"<p>{_h(p)}</p>" for p in parts)
    return f"<details open><summary>{SUMMARY}</summary>{body}</details>"


def _impl(block: Block) -> list[str]:
    return steps_table(
        block,
        "etapes",
        _WIDTHS,
        lambda c, label, value: _description(value) if c == 1 else _cell_html(value),
    )


def plan_html_disclose() -> str:
    """The seed as a CMS page whose description cells are open ``<details>``."""
    return _flowing_page(_CSS, _kv_fields, _impl)
