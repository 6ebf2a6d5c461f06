"""A REGIONAL OPEN-DATA PORTAL's content page whose steps tables are DATA-PREVIEW WIDGETS
(sixty-third held-out set, ``plan_html_opendata``): each fiche's steps CSV shown with every
header cell holding the column's label OVER ITS INFERRED TYPE (« Texte », « Nombre
entier »), as udata / explore-style previews show them; a toolbar « Aperçu — n lignes · 6
colonnes » above, rules between rows only, nothing bold, integers right-aligned.

The portal's band, breadcrumbs and licence line once at the top; the seed flows as
``plan_html_inlabel``'s page, the fields a ``table.kv``. Only the layout comes from here:
every value is the seed's (the furniture, the toolbar and the type words are not).
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, _h, _kv_fields
from tests.generators.seed001 import Block, _paragraphs
from tests.generators.site_body import flowing_css, steps_table_open

_CSS = (
    flowing_css("12mm", "#1E1E1E")
    + """\
.portal { background: #0B3D91; color: #FFFFFF; padding: 8px 10px; margin: 0 0 6px; }
.portal .name { font-size: 13pt; font-weight: bold; }
.portal .menu { font-size: 8pt; margin-top: 3px; }
.crumbs, .meta { font-size: 8pt; color: #5A6570; margin: 0 0 3px; }
.meta { border-bottom: 1px solid #D5DBE3; padding-bottom: 5px; margin-bottom: 8px; }
div.widget { border: 1px solid #D5DBE3; margin: 4px 0 10px; }
div.widget .toolbar { font-size: 7.5pt; color: #55606E; background: #F3F5F8;
  padding: 3px 6px; border-bottom: 1px solid #D5DBE3; }
table.preview { width: 100%; table-layout: fixed; border-collapse: collapse; }
table.preview th, table.preview td { padding: 4px 6px; font-size: 8.5pt;
  vertical-align: top; text-align: left; }
table.preview thead th { background: #F3F5F8; font-weight: bold;
  border-bottom: 1px solid #C9D1DB; }
table.preview th span.type { display: block; font-size: 7pt; color: #6B7785;
  font-weight: normal; margin-top: 1px; }
table.preview tbody td { border-bottom: 1px solid #E5E9EF; font-weight: normal; }
table.preview td.int { text-align: right; }
"""
)

_FURNITURE = """\
<div class='portal'><div class='name'>Données ouvertes — Plateforme régionale</div>
<div class='menu'>Jeux de données · Réutilisations · Organisations · À propos</div></div>
<p class='crumbs'>Accueil › Organisations › Grand Auch Cœur de Gascogne › Programme d'actions
du PCAET</p>
<p class='meta'>Producteur : Grand Auch Cœur de Gascogne · Licence : Licence Ouverte v2.0 ·
Mis à jour le 3 février 2020</p>"""

_WIDTHS = (16, 38, 11, 12, 11, 12)


def _integer(values: list[str]) -> bool:
    """A preview's type inference: a column whose non-empty values are all digits."""
    filled = [v for v in values if v]
    return bool(filled) and all(v.isdigit() for v in filled)


def _impl(block: Block) -> list[str]:
    ncols = len(block.header)
    rows = [[row[c] if c < len(row) else "" for c in range(ncols)] for row in block.rows]
    integer = [_integer([row[c] for row in rows]) for c in range(ncols)]
    head = "".join(
        f"<th>{_h(label)}<span class='type'>{'Nombre entier' if integer[c] else 'Texte'}"
        "</span></th>"
        for c, label in enumerate(block.header)
    )
    out = [
        "<div class='widget'>",
        f"<div class='toolbar'>Aperçu — {len(rows)} lignes · {ncols} colonnes</div>",
    ]
    out += steps_table_open("preview", _WIDTHS, head)
    for row in rows:
        cells = "".join(
            f"<td{' class=int' if integer[c] else ''}>"
            + "<br>".join(_h(p) for p in _paragraphs(value))
            + "</td>"
            for c, value in enumerate(row)
        )
        out.append(f"<tr>{cells}</tr>")
    out += ["</tbody></table>", "</div>"]
    return out


def plan_html_opendata() -> str:
    """The seed as an open-data portal's page, each steps table a typed preview widget."""
    page = _flowing_page(_CSS, _kv_fields, _impl)
    return page.replace("</head><body>", "</head><body>\n" + _FURNITURE, 1)
