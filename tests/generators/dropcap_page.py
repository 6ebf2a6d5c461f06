"""A Drupal page whose theme opens THE FIRST PARAGRAPH OF EVERY FIELD VALUE WITH A DROP CAP
(fifty-second held-out set, ``plan_html_dropcap``): the fields in Drupal's markup (a
``div.field`` of a ``div.field__label`` over a ``div.field__item`` of ``<p>``), and the
theme's ``.field__item > p:first-child::first-letter`` a floated letter ≈ 29 pt, serif, dark
red. The seed flows as ``plan_html_inlabel``'s page; each steps table a ``table.etapes``
(thin full grid, ``<thead>`` repeated), no drop cap in it.

Only the layout comes from here: every value is the seed's (the drop cap is its value's
first letter).
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, _h
from tests.generators.seed001 import Block, _paragraphs
from tests.generators.site_body import ETAPES_CSS, flowing_css, steps_table

_CSS = (
    flowing_css("15mm", "#1E1E1E")
    + """\
div.field { display: flow-root; margin: 0 0 5px; }
div.field__label { font-weight: bold; font-size: 9pt; color: #1F4E79; margin: 0 0 2px; }
div.field__item > p:first-child::first-letter { float: left;
  font-family: 'Liberation Serif', serif; font-weight: bold; font-size: 3.2em;
  line-height: 0.8; color: #8A1538; margin: 3px 4px 0 0; }
"""
    + ETAPES_CSS
)

_WIDTHS = (16, 38, 11, 12, 11, 12)


def _paras(value: str) -> str:
    return "".join(f"<p>{_h(part)}</p>" for part in _paragraphs(value))


def _fields(block: Block) -> list[str]:
    """Each field as Drupal writes a field whose label is above its value."""
    out = []
    for label, value in block.fields:
        out.append(
            "<div class='field field--label-above'>"
            f"<div class='field__label'>{_h(label)}</div>"
            f"<div class='field__item'>{_paras(value)}</div></div>"
        )
    return out


def _impl(block: Block) -> list[str]:
    return steps_table(block, "etapes", _WIDTHS, lambda c, label, value: _paras(value))


def plan_html_dropcap() -> str:
    """The seed as a Drupal page whose field values open with a drop cap."""
    return _flowing_page(_CSS, _fields, _impl)
