"""A town's page whose theme writes each fiche's fields as a DEFINITION LIST WITH RUN-IN
FLOATED LABELS (two-hundred-and-fifth held-out set, ``plan_html_accroche``), a common
« compact » ``dl`` style: each field its label ``<dt>`` (bold, ``float: left; clear: left``,
:data:`LABEL_WIDTH` wide) then its value ``<dd>`` (``margin: 0``, paragraphs
``<br>``-separated, :func:`accroche_fields`), so a value's first lines stand right of its
label only as far down as the label reaches and every further line WRAPS BACK UNDER THE
LABEL, at the page's left edge (:data:`_CSS`); no rule, no fill, no table for the fields.

Everything else flows as ``plan_html_inlabel``'s page (``ETAPES_PAGE_CSS``: headings,
paragraphs, each steps table a ``table.etapes``); no text added. Only the layout comes from
here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, _h
from tests.generators.seed001 import Block
from tests.generators.site_body import ETAPES_PAGE_CSS, br_paragraphs, etapes_table

LABEL_WIDTH = "30mm"
_CSS = (
    ETAPES_PAGE_CSS
    + f"""\
dl.accroche {{ margin: 0 0 8px; }}
dl.accroche dt {{ float: left; clear: left; width: {LABEL_WIDTH}; padding: 0 3mm 0 0;
  font-weight: bold; }}
dl.accroche dd {{ margin: 0 0 5px; }}
dl.accroche::after {{ content: ""; display: block; clear: both; }}
"""
)


def accroche_fields(block: Block) -> list[str]:
    """A fiche's fields as a ``dl.accroche``: a floated ``<dt>`` label, then its ``<dd>``
    value's paragraphs ``<br>``-separated."""
    out = ["<dl class='accroche'>"]
    for label, value in block.fields:
        out.append(f"<dt>{_h(label)}</dt><dd>{br_paragraphs(value)}</dd>")
    out.append("</dl>")
    return out


def plan_html_accroche() -> str:
    """The seed as the site's page, each field's label floated into its value's first
    lines."""
    return _flowing_page(_CSS, accroche_fields, lambda block: etapes_table(block))


__all__ = ["LABEL_WIDTH", "accroche_fields", "plan_html_accroche"]
