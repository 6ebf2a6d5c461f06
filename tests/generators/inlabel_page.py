"""An intranet page whose responsive theme prints, ON NARROW SCREENS ONLY, each steps cell's
column label as a small grey inline label before its value (fifty-first held-out set,
``plan_html_inlabel``): ``@media (max-width: 760px)`` shows the ``span.lbl`` labels
(« Échéance : 2019 »), and the A4 print width (≈ 680 px) triggers it.

The seed flows as ``plan_html_disclose``'s page, the fields a ``table.kv``, each steps table
a ``table.etapes`` (thin full grid, ``<thead>`` repeated). Only the layout comes from here:
every value is the seed's (the labels are not).
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, _h, _kv_fields
from tests.generators.seed001 import Block, _paragraphs
from tests.generators.site_body import ETAPES_CSS, flowing_css, steps_table

_CSS = (
    flowing_css("15mm", "#1E1E1E")
    + ETAPES_CSS
    + """\
table.etapes span.lbl { display: none; }
@media (max-width: 760px) {
  table.etapes span.lbl { display: inline; color: #777777; font-size: 7pt;
    font-weight: normal; }
}
"""
)

_WIDTHS = (16, 38, 11, 12, 11, 12)


def _labelled(label: str, value: str) -> str:
    parts = _paragraphs(value)
    if not parts:
        return ""
    return f"<span class='lbl'>{_h(label)} : </span>" + "<br>".join(_h(p) for p in parts)


def _impl(block: Block) -> list[str]:
    return steps_table(block, "etapes", _WIDTHS, lambda c, label, value: _labelled(label, value))


def plan_html_inlabel() -> str:
    """The seed as an intranet page whose steps cells print an inline label first."""
    return _flowing_page(_CSS, _kv_fields, _impl)
