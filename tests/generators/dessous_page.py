"""A town's page whose theme writes each fiche's fields AS A PAPER FORM'S CAPTIONED LINES
(two-hundred-and-second held-out set, ``plan_html_dessous``), the caption under the line as
on a CERFA: each field a ``div.champ`` holding in the source its label ``div.lib`` THEN its
value ``div.val`` (:func:`dessous_fields`), the box a ``flex-direction: column-reverse``
flexbox (:data:`_CSS`), so the VALUE prints first, on a 1 px #9A9A9A rule, and the LABEL
UNDER THAT RULE as a small caption (7.5 pt #666666, regular); no label column, no ``<th>``,
no table for the fields.

Everything else flows as ``plan_html_inlabel``'s page (``ETAPES_PAGE_CSS``: headings,
paragraphs, each steps table a ``table.etapes``); no text added. Only the layout comes from
here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, _h
from tests.generators.seed001 import Block
from tests.generators.site_body import ETAPES_PAGE_CSS, br_paragraphs, etapes_table

RULE, CAPTION = "#9A9A9A", "#666666"
_CSS = (
    ETAPES_PAGE_CSS
    + f"""\
div.champ {{ display: flex; flex-direction: column-reverse; break-inside: avoid;
  margin: 0 0 7px; }}
div.champ .val {{ border-bottom: 1px solid {RULE}; padding: 0 0 2px; }}
div.champ .lib {{ font-size: 7.5pt; color: {CAPTION}; font-weight: normal; padding: 1px 0 0; }}
"""
)


def dessous_fields(block: Block) -> list[str]:
    """A fiche's fields, each a ``div.champ``: its label, then its value's paragraphs
    ``<br>``-separated (shown value first, the label under it)."""
    out = ["<div class='champs'>"]
    for label, value in block.fields:
        out.append(
            f"<div class='champ'><div class='lib'>{_h(label)}</div>"
            f"<div class='val'>{br_paragraphs(value)}</div></div>"
        )
    out.append("</div>")
    return out


def plan_html_dessous() -> str:
    """The seed as the site's page, each field's label a caption under its value."""
    return _flowing_page(_CSS, dessous_fields, lambda block: etapes_table(block))


__all__ = ["plan_html_dessous", "dessous_fields"]
