"""A community's CMS page whose every fiche is a TABBED « CLASSEUR » printed with all its
panels (ninety-seventh held-out set, ``plan_html_classeur``): under each fiche heading a
Bootstrap-like tab strip (:data:`TABS`, the first one active), then the three panels one
after the other, each opened by its accordion title (hidden on screen, shown by the theme's
print rule): « Présentation » the fiche's first :data:`FIRST_PANEL` fields (a
``table.kv``), « Suivi et évaluation » the other fields (a second ``table.kv``), « Mise en
œuvre » whatever the seed has before the steps, « Modalités de mise en oeuvre » (an
``<h4>``) and the steps ``table.etapes``.

The seed flows as ``plan_html_inlabel``'s page. Only the layout comes from here: every
value is the seed's (the tabs and the panel titles are not).
"""

from __future__ import annotations

from dataclasses import replace

from tests.generators.plan_html import _flowing_page, _h, th_fields
from tests.generators.seed001 import IMPL_TITLE, Block
from tests.generators.site_body import ETAPES_PAGE_CSS, etapes_table

TABS = ("Présentation", "Suivi et évaluation", "Mise en œuvre")
FIRST_PANEL = 2  # fields in the first panel: Contexte, Objectifs et résultats attendus

_CSS = (
    ETAPES_PAGE_CSS
    + """\
ul.nav-tabs { display: flex; list-style: none; margin: 4px 0 6px; padding: 0;
  border-bottom: 1px solid #C8CDD2; }
ul.nav-tabs li { font-size: 8.5pt; padding: 4px 10px; margin: 0 2px -1px 0;
  border: 1px solid #C8CDD2; border-radius: 4px 4px 0 0; background: #F0F2F4;
  color: #0063CB; }
ul.nav-tabs li.active { background: #FFFFFF; color: #1E1E1E; font-weight: bold;
  border-bottom-color: #FFFFFF; }
div.tab-pane { display: none; }
div.tab-pane.active { display: block; }
div.tab-title { display: none; }
@media print {
  div.tab-pane { display: block !important; }
  div.tab-title { display: block; font-size: 9pt; font-weight: bold; color: #1F4E79;
    background: #E9EEF4; border-left: 3px solid #1F4E79; padding: 2px 6px;
    margin: 6px 0 3px; }
}
"""
)


def _pane_open(n: int) -> list[str]:
    """The opening of panel ``n`` (0-based): its ``div.tab-pane`` and its title."""
    active = " active" if n == 0 else ""
    return [f"<div class='tab-pane{active}'>", f"<div class='tab-title'>{_h(TABS[n])}</div>"]


def classeur_fields(block: Block) -> list[str]:
    """The tab strip, the first two panels (the fields cut in two ``table.kv``), then the
    third panel opened (closed by :func:`classeur_impl`)."""
    tabs = "".join(
        f"<li class='{'active' if n == 0 else ''}'>{_h(label)}</li>" for n, label in enumerate(TABS)
    )
    out = [f"<ul class='nav-tabs'>{tabs}</ul>"]
    out += _pane_open(0) + th_fields(replace(block, fields=block.fields[:FIRST_PANEL]))
    out += ["</div>"]
    out += _pane_open(1) + th_fields(replace(block, fields=block.fields[FIRST_PANEL:]))
    out += ["</div>"]
    return out + _pane_open(2)


def classeur_impl(block: Block) -> list[str]:
    """« Modalités de mise en oeuvre », the steps table, the third panel closed."""
    return [f"<h4>{_h(IMPL_TITLE)}</h4>", *etapes_table(block), "</div>"]


def plan_html_classeur() -> str:
    """The seed as a CMS page whose fiches are tabbed panels, all printed."""
    return _flowing_page(_CSS, classeur_fields, classeur_impl, impl_heading=False)
