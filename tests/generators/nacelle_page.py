"""A collectivité's page PUT TOGETHER FROM PARTS WRITTEN BY SEVERAL SERVICES
(two-hundred-and-fifty-first held-out set, ``plan_html_nacelle``), each part pasted into the
CMS as its service wrote it: the page is ``plan_html_inlabel``'s page on
``ETAPES_PAGE_CSS`` (the fields a ``table.kv``, each steps table a ``table.etapes`` without
the inline labels, as :mod:`tests.generators.nuage_page`'s base), but the five fiches of
objective 1.2 (1.2.1 – 1.2.5, the fields blocks :data:`FOREIGN`) came from the planning
service, whose habit is to write the fields NOT AS A TABLE BUT AS PARAGRAPHS OPENING WITH A
BOLD INLINE LABEL: in a ``<div class="service">`` (:data:`SERVICE_CSS`: Liberation Serif /
Georgia 10 pt, #1F3864, 1.35 line height), for each of the six fields in the seed's order
a ``<p>`` « <strong>Contexte :</strong> » then the value's first paragraph, the value's
further paragraphs each a ``<p>`` of their own; an empty value its label alone. Their steps
tables, headings and every other fiche the page's.

Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, _h, _kv_fields
from tests.generators.seed001 import Block, _paragraphs
from tests.generators.site_body import ETAPES_PAGE_CSS, etapes_table

FOREIGN = (4, 5, 6, 7, 8)  # the fields blocks (0-based, document order) of objective 1.2
SERVICE_CSS = """
div.service { font-family: 'Liberation Serif', Georgia, serif; font-size: 10pt;
  color: #1F3864; line-height: 1.35; margin: 0 0 8px; }
div.service p { margin: 0 0 4px; }
"""


def inline_fields(block: Block) -> list[str]:
    """The fields as the planning service writes them: a bold inline label a paragraph."""
    out = ["<div class='service'>"]
    for label, value in block.fields:
        parts = _paragraphs(value) or [""]
        first = f" {_h(parts[0])}" if parts[0] else ""
        out.append(f"<p><strong>{_h(label)} :</strong>{first}</p>")
        out += [f"<p>{_h(part)}</p>" for part in parts[1:]]
    out.append("</div>")
    return out


def plan_html_nacelle() -> str:
    """The seed as the site's page, objective 1.2's fields written as bold-label paragraphs."""
    count = iter(range(100))

    def fields(block: Block) -> list[str]:
        return inline_fields(block) if next(count) in FOREIGN else _kv_fields(block)

    return _flowing_page(ETAPES_PAGE_CSS + SERVICE_CSS, fields, etapes_table)


__all__ = ["FOREIGN", "SERVICE_CSS", "inline_fields", "plan_html_nacelle"]
