"""A community's site page whose contributors enter VALUES AS BULLETED LISTS and whose
theme's CSS RESET strips lists of their indent (hundred-and-fourth held-out set,
``plan_html_puces``), printed from the browser.

The seed flows as ``plan_html_inlabel``'s page (the fields a ``table.kv``, each steps table
a ``table.etapes``), plus ``ul, ol { margin: 0; padding: 0; }``: the list items keep the
default ``list-style: disc outside``, so every disc marker hangs left of its item's box,
outside its cell. Every non-empty field value and every non-empty steps value but the step
name is a ``<ul>`` of one ``<li>`` per paragraph. Only the layout comes from here: every
value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, _h
from tests.generators.seed001 import Block, _paragraphs
from tests.generators.site_body import ETAPES_PAGE_CSS, ETAPES_WIDTHS, br_paragraphs, steps_table

_CSS = (
    ETAPES_PAGE_CSS
    + """\
ul, ol { margin: 0; padding: 0; }
"""
)


def bullets(value: str) -> str:
    """A value as the editor's bulleted list: one ``<li>`` a paragraph, nothing if empty."""
    parts = _paragraphs(value)
    if not parts:
        return ""
    return "<ul>" + "".join(f"<li>{_h(part)}</li>" for part in parts) + "</ul>"


def _fields(block: Block) -> list[str]:
    out = ["<table class='kv'>"]
    out += [
        f"<tr><th>{_h(label)}</th><td>{bullets(value)}</td></tr>" for label, value in block.fields
    ]
    out.append("</table>")
    return out


def _impl(block: Block) -> list[str]:
    return steps_table(
        block,
        "etapes",
        ETAPES_WIDTHS,
        lambda c, label, value: br_paragraphs(value) if c == 0 else bullets(value),
    )


def plan_html_puces() -> str:
    """The seed as a site page whose values are bulleted lists hanging out of their cells."""
    return _flowing_page(_CSS, _fields, _impl)
