"""A data-portal page whose theme puts a HELP BADGE after every column and field label
(hundred-and-sixteenth held-out set, ``plan_html_infobulle``): the trigger of a tooltip
explaining the column (the tooltip itself hidden, not printed), a small blue disc holding a
white bold italic « i », glued to the label with no space character.

The seed flows as ``plan_html_inlabel``'s page; the fields a ``table.kv``, the steps
``table.etapes`` (:data:`tests.generators.site_body.ETAPES_CSS`). Only the layout comes from
here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, _h, _p_paragraphs, th_fields
from tests.generators.seed001 import Block
from tests.generators.site_body import ETAPES_PAGE_CSS, etapes_table

BADGE = "<span class='aide'>i</span>"

_CSS = (
    ETAPES_PAGE_CSS
    + """\
span.aide { display: inline-block; width: 11px; height: 11px; border-radius: 50%;
  background: #0063CB; color: #FFFFFF; font: italic bold 8px serif; line-height: 11px;
  text-align: center; margin-left: 3px; vertical-align: 1px; }
"""
)


def labelled(label: str) -> str:
    """A label followed by its help badge, no space between them."""
    return f"{_h(label)}{BADGE}"


def _fields(block: Block) -> list[str]:
    return th_fields(block, th=lambda label: f"<th>{labelled(label)}</th>", td=_p_paragraphs)


def _impl(block: Block) -> list[str]:
    return etapes_table(block, head_label=labelled)


def plan_html_infobulle() -> str:
    """The seed as a data-portal page, a help badge after every column and field label."""
    return _flowing_page(_CSS, _fields, _impl)
