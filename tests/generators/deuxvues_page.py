"""A town site's page whose RESPONSIVE THEME WRITES EACH STEPS TABLE TWICE (seventy-fourth
held-out set, ``plan_html_deuxvues``): a desktop ``table.etapes`` in a ``div.etapes-bureau``
shown by ``@media (min-width: 600px)`` — which the A4 print width (≈ 680 px) meets — and
under it a mobile ``ul.etapes-mobile`` of cards hidden by ``@media screen and (min-width:
600px)`` only — which print never meets —, so BOTH ARE PRINTED: every step twice, as a row
of the table, then as a card (the step name bold, then one « <label> : <value> » line per
other non-empty value).

The seed flows as ``plan_html_renvois``'s page, the fields a ``table.kv``. Only the layout
comes from here: every value is the seed's (its second printing is not).
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, _h, _kv_fields
from tests.generators.seed001 import Block
from tests.generators.site_body import ETAPES_PAGE_CSS, br_paragraphs, etapes_table

_CSS = (
    ETAPES_PAGE_CSS
    + """\
div.etapes-bureau { display: none; }
@media (min-width: 600px) { div.etapes-bureau { display: block; } }
ul.etapes-mobile { list-style: none; margin: 0 0 10px; padding: 0; font-size: 8.5pt; }
ul.etapes-mobile li { border: 1px solid #D0D7DE; border-left: 3px solid #2E74B5;
  padding: 4px 8px; margin: 0 0 4px; break-inside: avoid; }
ul.etapes-mobile .nom { display: block; font-weight: bold; }
ul.etapes-mobile .lib { color: #5A5A5A; }
@media screen and (min-width: 600px) { ul.etapes-mobile { display: none; } }
"""
)


def _card(block: Block, row: list[str]) -> str:
    """One step as the mobile list's card."""
    lines = [f"<span class='nom'>{br_paragraphs(row[0])}</span>"]
    for c, label in enumerate(block.header[1:], start=1):
        value = br_paragraphs(row[c] if c < len(row) else "")
        if value:
            lines.append(f"<div><span class='lib'>{_h(label)} :</span> {value}</div>")
    return "<li>" + "".join(lines) + "</li>"


def _impl(block: Block) -> list[str]:
    table = etapes_table(block)
    cards = [_card(block, row) for row in block.rows]
    return [
        "<div class='etapes-bureau'>",
        *table,
        "</div>",
        "<ul class='etapes-mobile'>",
        *cards,
        "</ul>",
    ]


def plan_html_deuxvues() -> str:
    """The seed as a page printing each steps table, then the same steps as cards."""
    return _flowing_page(_CSS, _kv_fields, _impl)
