"""A town site's page printed while its ACCESSIBILITY OVERLAY (a reading-comfort toolbar) was
left on « Interlignage : très grand » and « Espacement des mots : grand » (seventieth
held-out set, ``plan_html_confort``): the overlay's ``body, body * { line-height: 2.2
!important; word-spacing: 0.6em !important; }`` applies to every element, table cells
included, so lines stand 2.2 apart and words are parted by wide gaps.

The seed flows as ``plan_html_inlabel``'s page, the fields a ``table.kv``, each steps table a
``table.etapes`` (thin full grid, ``<thead>`` repeated), a value's paragraphs as
``<br>``-separated lines. Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, _kv_fields
from tests.generators.seed001 import Block
from tests.generators.site_body import ETAPES_CSS, br_paragraphs, flowing_css, steps_table

_CSS = (
    flowing_css("15mm", "#1E1E1E")
    + ETAPES_CSS
    + """\
/* the accessibility overlay's reading-comfort settings */
body, body * { line-height: 2.2 !important; word-spacing: 0.6em !important; }
"""
)

_WIDTHS = (16, 38, 11, 12, 11, 12)


def _impl(block: Block) -> list[str]:
    return steps_table(block, "etapes", _WIDTHS, lambda c, label, value: br_paragraphs(value))


def plan_html_confort() -> str:
    """The seed as a page printed with its overlay's wide line and word spacing on."""
    return _flowing_page(_CSS, _kv_fields, _impl)
