"""A community's site page whose theme sets the OPENING LINE OF EVERY LONG TEXT as a
magazine « lead-in », in bold small capitals (hundred-and-seventh held-out set,
``plan_html_incipit``), printed from the browser.

The seed flows as ``plan_html_inlabel``'s page (the fields a ``table.kv``, each steps table
a ``table.etapes``); every non-empty field value and every « Descriptif » value is a
``<div class="texte">`` of one ``<p>`` a paragraph (the site's long-text fields), the other
steps values their paragraphs one a line. The theme's rule
``.texte p:first-child::first-line`` prints the first printed line of each such value in
bold small capitals, slightly spaced. Only the layout comes from here: every value is the
seed's.
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, _h
from tests.generators.seed001 import Block, _paragraphs
from tests.generators.site_body import ETAPES_PAGE_CSS, ETAPES_WIDTHS, br_paragraphs, steps_table

_CSS = (
    ETAPES_PAGE_CSS
    + """\
.texte p { margin: 0 0 3px; }
.texte p:first-child::first-line { font-weight: bold; font-variant: small-caps;
  letter-spacing: 0.03em; }
"""
)


def texte(value: str) -> str:
    """A long-text value: a ``div.texte`` of one ``<p>`` a paragraph, nothing if empty."""
    parts = _paragraphs(value)
    if not parts:
        return ""
    return "<div class='texte'>" + "".join(f"<p>{_h(part)}</p>" for part in parts) + "</div>"


def _fields(block: Block) -> list[str]:
    out = ["<table class='kv'>"]
    out += [
        f"<tr><th>{_h(label)}</th><td>{texte(value)}</td></tr>" for label, value in block.fields
    ]
    out.append("</table>")
    return out


def _impl(block: Block) -> list[str]:
    return steps_table(
        block,
        "etapes",
        ETAPES_WIDTHS,
        lambda c, label, value: texte(value) if c == 1 else br_paragraphs(value),
    )


def plan_html_incipit() -> str:
    """The seed as a site page whose long texts open with a bold small-capitals line."""
    return _flowing_page(_CSS, _fields, _impl)
