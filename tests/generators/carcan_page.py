"""A NON-RESPONSIVE DESKTOP SITE printed as it is (hundred-and-sixtieth held-out set,
``plan_html_carcan``): an intercommunal site whose 2010s theme puts the whole page in a
FIXED-WIDTH ``<div id="global">`` of :data:`WIDTH` CSS px and has no print stylesheet but
its ``@page { size: A4; margin: 12mm; }``. The A4 text width is about 703 px, so Chromium
lays the page out 1.48 times wider than the paper and SHRINKS THE WHOLE PRINT TO FIT it:
every length printed at about two thirds (13 px type at 6.6 pt). (First drawn 1100 px wide,
past Chromium's largest shrink of 1.5: that print was CLIPPED at the right margin, letters
of values cut, so the width was brought down to 1040 px before the set was committed.)

The site's banner, menu bar and breadcrumb open the page, its footer closes it; in between
the seed flows as ``plan_html_inlabel``'s page orders it (axes ``<h1>``, objectives
``<h2>``, fiche headings ``<h3>``, « Modalités de mise en oeuvre » an ``<h4>``), the fields
a ``table.kv``, each steps table a ``table.etapes`` (1 px #9AA5AE full grid, ``<thead>``
repeated). Only the layout comes from here: every value is the seed's (the site's banner,
menu, breadcrumb and footer are not).
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, th_fields
from tests.generators.site_body import br_paragraphs, steps_table

WIDTH = 1040  # px, the theme's fixed page width
CSS = f"""
@page {{ size: A4; margin: 12mm; }}
* {{ -webkit-print-color-adjust: exact; print-color-adjust: exact; }}
body {{ font-family: 'Liberation Sans', Arial, sans-serif; font-size: 13px; color: #333333;
  line-height: 1.4; background: #FFFFFF; margin: 0; }}
#global {{ width: {WIDTH}px; margin: 0 auto; }}
#entete {{ height: 84px; background: #0B4F6C; padding: 0 30px; }}
#entete .nom {{ font-size: 26px; font-weight: bold; color: #FFFFFF; padding-top: 16px; }}
#entete .type {{ font-size: 14px; color: #CFE3EC; }}
#menu {{ background: #E3ECF1; padding: 9px 30px; }}
#menu span {{ font-size: 14px; font-weight: bold; color: #0B4F6C; margin-right: 34px; }}
#ariane {{ font-size: 12px; color: #666666; padding: 10px 30px 0; }}
#contenu {{ padding: 20px 30px; }}
h1 {{ font-size: 24px; color: #0B4F6C; margin: 18px 0 6px; }}
h2 {{ font-size: 18px; color: #1B6F8C; margin: 14px 0 5px; }}
h3 {{ font-size: 17px; font-weight: bold; color: #7A2E0E; margin: 18px 0 5px; }}
h3 + h3 {{ margin-top: 0; }}
h4 {{ font-size: 15px; font-weight: bold; margin: 12px 0 5px; }}
p {{ margin: 0 0 5px; }}
table.summary td {{ padding: 2px 10px 2px 0; vertical-align: top; }}
table.kv {{ width: 100%; border-collapse: collapse; margin: 0 0 8px; }}
table.kv th, table.kv td {{ border-bottom: 1px solid #D0D7DC; padding: 5px 8px;
  vertical-align: top; text-align: left; }}
table.kv th {{ width: 220px; font-weight: bold; background: #F1F4F6; }}
table.etapes {{ width: 100%; table-layout: fixed; border-collapse: collapse;
  margin: 4px 0 14px; }}
table.etapes th, table.etapes td {{ border: 1px solid #9AA5AE; padding: 5px 8px;
  font-size: 12px; vertical-align: top; text-align: left; }}
table.etapes th {{ background: #DCE6EE; font-weight: bold; }}
table.etapes td.etape {{ font-weight: bold; }}
#pied {{ background: #0B4F6C; color: #FFFFFF; font-size: 12px; padding: 14px 30px; }}
"""
STEPS_WIDTHS = (14, 38, 11, 13, 11, 13)  # %
MENU = ("Accueil", "Vivre ici", "Environnement", "Économie", "Démarches", "Contact")
TOP = [
    '<div id="global">',
    '<div id="entete"><div class="nom">Grand Auch Cœur de Gascogne</div>',
    '<div class="type">Communauté d\'agglomération</div></div>',
    '<div id="menu">' + "".join(f"<span>{m}</span>" for m in MENU) + "</div>",
    '<div id="ariane">Accueil › Environnement › Plan climat › Programme d\'actions</div>',
    '<div id="contenu">',
]
BOTTOM = [
    "</div>",
    '<div id="pied">Communauté d\'agglomération Grand Auch Cœur de Gascogne — Mentions '
    "légales — Plan du site — Accessibilité</div>",
    "</div>",
]


def plan_html_carcan() -> str:
    """The seed as the desktop site's page, in its fixed 1100 px ``#global``."""
    page = _flowing_page(
        CSS,
        th_fields,
        lambda block: steps_table(
            block, "etapes", STEPS_WIDTHS, lambda c, label, value: br_paragraphs(value)
        ),
    )
    page = page.replace("</head><body>", "</head><body>\n" + "\n".join(TOP), 1)
    return page.replace("</body></html>", "\n".join(BOTTOM) + "\n</body></html>", 1)


__all__ = ["CSS", "WIDTH", "plan_html_carcan"]
