"""A CMS's REVISION COMPARISON printed instead of the page (two-hundred-and-thirty-first
held-out set, ``plan_html_retouche``): a Drupal site's « Révisions › Comparer » page in the
Diff module's « Rendu visuel » layout (the node rendered, the differences marked in it),
printed by Chromium as an agent keeps the comparison between the fiches' first revision and
the current one: the comparison's header (:data:`HEADER`: breadcrumb, title, the two
revisions' dates, authors and log messages, the layout line and a legend), then
``plan_html_inlabel``'s page without its labels (:func:`tests.generators.site_body.
etapes_page`'s page on :data:`tests.generators.site_body.ETAPES_PAGE_CSS`) with the diff's
marks (:data:`DIFF_CSS`): in every fiche's « Indicateurs » cell the previous revision's
placeholder :data:`PLACEHOLDER` as a struck ``<del>`` glued to the seed value as an ``<ins>``,
and the last step row of every steps table of two steps or more added (each non-empty
cell's content an ``<ins>``).

The header, the legend and the deleted placeholders are review furniture; the inserted
passages and rows are the seed's text (the current revision is the seed). Only the layout
comes from here: every value is the seed's.
"""

from __future__ import annotations

import re

from tests.generators.plan_html import _flowing_page, _h
from tests.generators.seed001 import Block
from tests.generators.site_body import ETAPES_PAGE_CSS, br_paragraphs, etapes_table

PLACEHOLDER = "À compléter"  # the previous revision's « Indicateurs »
LABEL = "Indicateurs"
TITLE = "PCAET Grand Auch Cœur de Gascogne"

# the comparison page's own rules, after the page's (the diff's marks and its header)
DIFF_CSS = """
ins { background: #D8F5D3; text-decoration: none; }
del { background: #FADAD7; color: #A61B1B; text-decoration: line-through; }
.diff-crumbs { font-size: 7.5pt; color: #6B6B6B; margin: 0 0 4px; }
.diff-title { font-size: 15pt; font-weight: bold; color: #232429; margin: 0 0 8px; }
.diff-revisions { display: flex; border: 1px solid #D3D4D9; background: #F3F4F9;
  margin: 0 0 6px; }
.diff-revisions div { flex: 1; padding: 5px 8px; font-size: 8pt; }
.diff-revisions div + div { border-left: 1px solid #D3D4D9; }
.diff-revisions b { display: block; }
.diff-layout { font-size: 8pt; margin: 0 0 12px; }
"""

HEADER = f"""<div class='diff-crumbs'>Accueil › Contenu › {_h(TITLE)} › Révisions</div>
<div class='diff-title'>Révisions de {_h(TITLE)}</div>
<div class='diff-revisions'>
<div><b>Révision précédente</b>Révision du 28/09/2021 - 10:42 par a.martin<br>
<i>Saisie initiale des fiches action</i></div>
<div><b>Révision actuelle</b>Révision du 14/10/2021 - 16:05 par m.dubois<br>
<i>Mise à jour après le COPIL du 14/10/2021 : indicateurs complétés, étapes ajoutées</i></div>
</div>
<div class='diff-layout'>Mise en page : Rendu visuel — Légende :
<ins class='diffins'>Ajouté</ins> <del class='diffdel'>Supprimé</del></div>"""


def _fields(block: Block) -> list[str]:
    """The fields as ``table.kv`` rows (label ``<th>``, value paragraphs a line), the
    « Indicateurs » value after the struck placeholder, both marked."""
    out = ["<table class='kv'>"]
    for label, value in block.fields:
        cell = br_paragraphs(value)
        if label == LABEL and cell:
            cell = f"<del class='diffmod'>{_h(PLACEHOLDER)}</del><ins class='diffmod'>{cell}</ins>"
        out.append(f"<tr><th>{_h(label)}</th><td>{cell}</td></tr>")
    out.append("</table>")
    return out


def _inserted(row: str) -> str:
    """A steps ``<tr>`` line whose every non-empty cell's content is an ``<ins>``."""
    return re.sub(r"(<td[^>]*>)((?:(?!</td>).)+)(</td>)", r"\1<ins class='diffins'>\2</ins>\3", row)


def _steps(block: Block) -> list[str]:
    """The steps ``table.etapes``, its last row inserted when the table has two or more."""
    out = etapes_table(block)
    if len(block.rows) >= 2:
        last = max(i for i, line in enumerate(out) if line.startswith("<tr>"))
        out[last] = _inserted(out[last])
    return out


def plan_html_retouche() -> str:
    """The comparison page: :data:`HEADER`, then the seed's page with the diff's marks."""
    page = _flowing_page(ETAPES_PAGE_CSS + DIFF_CSS, _fields, _steps)
    opening = "</head><body>"
    if page.count(opening) != 1:
        raise ValueError("the page's body not found")
    return page.replace(opening, opening + "\n" + HEADER)


__all__ = ["DIFF_CSS", "HEADER", "PLACEHOLDER", "plan_html_retouche"]
