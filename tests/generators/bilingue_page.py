"""An intercommunal site's page whose theme shows THE TEMPLATE'S LABELS IN FRENCH AND
OCCITAN (sixty-seventh held-out set, ``plan_html_bilingue``): every steps header label, every
fields label and every « Modalités de mise en oeuvre » and « Enjeux stratégiques » heading
followed, in the same cell or heading, by its Occitan translation on a line of its own
(``span.oc``, italic #8A5A00, 0.85 em); the seed's own texts are not translated.

The seed flows as ``plan_html_inlabel``'s page, the fields a ``table.kv``, each steps table a
``table.etapes`` (thin full grid, ``<thead>`` repeated). Only the layout comes from here:
every value is the seed's (the translations are not).
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, _h, th_fields
from tests.generators.seed001 import Block
from tests.generators.site_body import ETAPES_CSS, br_paragraphs, flowing_css, steps_table_open

OCCITAN = {
    "Etape": "Etapa",
    "Descriptif": "Descriptiu",
    "Planification": "Planificacion",
    "Ressources à mobiliser": "Ressorsas de mobilizar",
    "Porteur": "Portaire",
    "Partenaires envisagés": "Partenaris previstes",
    "Contexte": "Contèxte",
    "Objectifs et résultats attendus": "Objectius e resultats esperats",
    "Indicateurs": "Indicators",
    "Publics cibles": "Publics visats",
    "Prise en compte de l'EES": "Presa en compte de l'AEE",
    "Liens avec les objectifs réglementaires": "Ligams amb los objectius reglamentaris",
    "Modalités de mise en oeuvre": "Modalitats de mesa en òbra",
    "Enjeux stratégiques": "Enjòcs estrategics",
}

_CSS = (
    flowing_css("15mm", "#1E1E1E")
    + ETAPES_CSS
    + """\
.oc { display: block; font-style: italic; font-weight: normal; color: #8A5A00;
  font-size: 0.85em; }
"""
)

_WIDTHS = (16, 38, 11, 12, 11, 12)


def bilingual(label: str) -> str:
    """``label`` escaped, then its Occitan translation as a block ``span.oc``."""
    return f"{_h(label)}<span class='oc' lang='oc'>{_h(OCCITAN[label])}</span>"


def _fields(block: Block) -> list[str]:
    return th_fields(block, th=lambda label: f"<th>{bilingual(label)}</th>")


def _impl(block: Block) -> list[str]:
    head = "".join(f"<th>{bilingual(label)}</th>" for label in block.header)
    out = steps_table_open("etapes", _WIDTHS, head)
    for row in block.rows:
        cells = []
        for c in range(len(block.header)):
            value = row[c] if c < len(row) else ""
            css = " class='etape'" if c == 0 else ""
            cells.append(f"<td{css}>{br_paragraphs(value)}</td>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</tbody></table>")
    return out


def plan_html_bilingue() -> str:
    """The seed as a page whose template labels carry their Occitan translation."""
    page = _flowing_page(_CSS, _fields, _impl)
    for tag, label in (("h4", "Modalités de mise en oeuvre"), ("h2", "Enjeux stratégiques")):
        plain = f"<{tag}>{_h(label)}</{tag}>"
        assert plain in page
        page = page.replace(plain, f"<{tag}>{bilingual(label)}</{tag}>")
    return page
