"""The plan printed from the web edition of a community's magazine (eighty-sixth held-out
set, ``plan_html_magazine``): « Grand Auch Mag », whose editors dropped, in the CMS's
rich-text editor, PULL QUOTES and PHOTOS « aligned right / left » into the steps tables'
description cells: in each fiche's first step with a description a ``blockquote.exergue``
floated right at the start of its « Descriptif » cell (italic red between two rules, its
attribution under it), in the last described step of a fiche of two steps or more a
``figure.photo`` floated left (an inline SVG picture and its caption); the description's
text wraps round them. The magazine's masthead and rubric line stand on page 1 only.

The seed flows as ``plan_html_liens``'s page in the magazine's look (serif body, sans-serif
headings in the magazine's red), the fields a ``table.kv``, each steps table a
``table.etapes`` (thin full grid, ``<thead>`` repeated). Only the layout comes from here:
every value is the seed's (the masthead, quotes, attributions and captions are not).
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, _h, _kv_fields
from tests.generators.seed001 import Block, _paragraphs
from tests.generators.site_body import ETAPES_CSS, br_paragraphs, flowing_css, steps_table_open

RED = "#A61E22"
_CSS = (
    flowing_css("15mm", "#222222")
    + ETAPES_CSS
    + f"""\
body {{ font-family: 'Liberation Serif', serif; font-size: 9.5pt; }}
h1, h2, h3, h4 {{ font-family: 'Liberation Sans', Arial, sans-serif; }}
h1, h3 {{ color: {RED}; }}
.masthead {{ background: {RED}; color: #FFFFFF; padding: 10px 14px; margin: 0 0 6px;
  font-family: 'Liberation Sans', Arial, sans-serif; }}
.masthead .titre {{ font-size: 20pt; font-weight: bold; }}
.masthead .sous {{ font-size: 8.5pt; }}
.rubrique {{ font-family: 'Liberation Sans', Arial, sans-serif; font-size: 8pt;
  font-weight: bold; color: {RED}; margin: 0 0 8px; }}
blockquote.exergue {{ float: right; width: 50%; margin: 2px 0 4px 8px; padding: 3px 0;
  border-top: 2px solid {RED}; border-bottom: 2px solid {RED};
  font-family: 'Liberation Sans', Arial, sans-serif; font-style: italic; font-size: 10.5pt;
  font-weight: normal; color: {RED}; }}
blockquote.exergue .auteur {{ display: block; margin-top: 2px; font-style: normal;
  font-size: 7pt; color: #555555; }}
figure.photo {{ float: left; width: 78px; margin: 2px 8px 4px 0; }}
figure.photo img {{ display: block; width: 78px; height: 52px; }}
figure.photo figcaption {{ font-size: 6.5pt; color: #666666; font-weight: normal; }}
"""
)

_WIDTHS = (16, 38, 11, 12, 11, 12)
MASTHEAD = (
    "<div class='masthead'><div class='titre'>Grand Auch Mag</div>"
    "<div class='sous'>Le magazine de la communauté d'agglomération — n° 27 — automne 2020"
    "</div></div>\n<p class='rubrique'>DOSSIER · PLAN CLIMAT</p>"
)
QUOTES = (
    (
        "La transition se construit avec tous les acteurs du territoire.",
        "le président de la communauté d'agglomération",
    ),
    (
        "Nous voulons des résultats concrets dès cette année.",
        "la vice-présidente chargée du climat",
    ),
    ("Les communes rurales sont au cœur de ce plan.", "un maire du territoire"),
    ("Chaque achat public doit compter pour le climat.", "le directeur général des services"),
)
CAPTIONS = (
    "Atelier de lancement avec les entreprises. Photo : GACdG",
    "Visite de terrain avec les partenaires. Photo : GACdG",
    "Réunion publique à Auch. Photo : GACdG",
)
_PICTURE = (
    "data:image/svg+xml;utf8,<svg xmlns='http://www.w3.org/2000/svg' width='78' height='52'>"
    "<rect width='78' height='52' fill='%2387B5D9'/>"
    "<rect y='30' width='78' height='22' fill='%235E9E4A'/>"
    "<circle cx='60' cy='14' r='7' fill='%23F4D03F'/></svg>"
)


class _Magazine:
    """The steps tables, the quotes and photos taken in turn through the page."""

    def __init__(self) -> None:
        self.quotes = 0
        self.photos = 0

    def _quote(self) -> str:
        text, author = QUOTES[self.quotes % len(QUOTES)]
        self.quotes += 1
        return (
            f"<blockquote class='exergue'>« {_h(text)} »"
            f"<span class='auteur'>— {_h(author)}</span></blockquote>"
        )

    def _photo(self) -> str:
        caption = CAPTIONS[self.photos % len(CAPTIONS)]
        self.photos += 1
        return (
            f"<figure class='photo'><img src=\"{_PICTURE}\" alt=''>"
            f"<figcaption>{_h(caption)}</figcaption></figure>"
        )

    def impl(self, block: Block) -> list[str]:
        head = "".join(f"<th>{_h(label)}</th>" for label in block.header)
        out = steps_table_open("etapes", _WIDTHS, head)
        described = [r for r, row in enumerate(block.rows) if len(row) > 1 and _paragraphs(row[1])]
        quoted = described[0] if described else None
        pictured = (
            described[-1]
            if len(block.rows) >= 2 and described and described[-1] != quoted
            else None
        )
        for r, row in enumerate(block.rows):
            cells = []
            for c in range(len(block.header)):
                value = br_paragraphs(row[c] if c < len(row) else "")
                if c == 1 and r == quoted:
                    value = self._quote() + value
                elif c == 1 and r == pictured:
                    value = self._photo() + value
                attrs = " class='etape'" if c == 0 else ""
                cells.append(f"<td{attrs}>{value}</td>")
            out.append("<tr>" + "".join(cells) + "</tr>")
        out.append("</tbody></table>")
        return out


def plan_html_magazine() -> str:
    """The seed as a community magazine's web page, pull quotes and photos floated in the
    steps tables' description cells, its masthead on page 1."""
    page = _flowing_page(_CSS, _kv_fields, _Magazine().impl)
    return page.replace("</head><body>", "</head><body>\n" + MASTHEAD, 1)
