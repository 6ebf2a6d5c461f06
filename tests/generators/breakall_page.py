"""The plan's page on a REGIONAL PORTAL whose theme sets ``word-break: break-all`` on every
table cell (sixty-fifth held-out set, ``plan_html_breakall``): to keep wide tables from
overflowing phone screens, every ``td`` and ``th`` of the page may break its lines anywhere,
so every wrapped line of every table cell — steps, sommaires, fields — ends where the cell is
full, mostly inside a word, with no hyphen (« accompagne / ment »).

The seed flows as ``plan_html_inlabel``'s page, the fields a ``table.kv``, the steps a
``table.etapes`` (thin full grid, ``<thead>`` repeated). Only the layout comes from here:
every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, _h, _kv_fields
from tests.generators.seed001 import Block, _paragraphs
from tests.generators.site_body import ETAPES_CSS, flowing_css, steps_table

_CSS = (
    flowing_css("15mm", "#1E1E1E")
    + ETAPES_CSS
    + """\
td, th { word-break: break-all; }
"""
)

_WIDTHS = (16, 38, 11, 12, 11, 12)


def _cell(column: int, label: str, value: str) -> str:
    return "<br>".join(_h(part) for part in _paragraphs(value))


def _impl(block: Block) -> list[str]:
    return steps_table(block, "etapes", _WIDTHS, _cell)


def plan_html_breakall() -> str:
    """The seed as a portal page whose table cells break their lines inside words."""
    return _flowing_page(_CSS, _kv_fields, _impl)
