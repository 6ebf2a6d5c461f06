"""A « vie-publique » style article page whose theme opens the article with a « SOMMAIRE »
BOX FLOATED RIGHT (ninety-ninth held-out set, ``plan_html_sommaire``), printed from the
browser.

The seed flows as ``plan_html_inlabel``'s page (the fields a ``table.kv``, each steps table
a ``table.etapes`` whose header cells the theme makes sticky, a screen rule), but the page's
first element is a ``<nav class="sommaire">`` floated right (:func:`sommaire`): « Sommaire »
then one link a fiche reading its seed heading lines joined by a space, the code bold; the
page's opening headings flow at its left. Only the layout comes from here: every value is
the seed's.
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, _h, _kv_fields
from tests.generators.seed001 import load_seed
from tests.generators.site_body import ETAPES_PAGE_CSS, etapes_table

_CSS = (
    ETAPES_PAGE_CSS
    + """\
table.etapes thead th { position: sticky; top: 0; }
nav.sommaire { float: right; width: 64mm; margin: 0 0 8px 12px; background: #F6F6F6;
  border-left: 4px solid #000091; padding: 8px 10px; }
nav.sommaire p.titre { font-size: 10.5pt; font-weight: bold; color: #000091;
  margin: 0 0 6px; }
nav.sommaire ol { list-style: none; margin: 0; padding: 0; }
nav.sommaire li { font-size: 8pt; margin: 0 0 4px; }
nav.sommaire a { color: #000091; text-decoration: none; }
"""
)


def sommaire() -> str:
    """The floated « Sommaire » box: one entry a fiche, its heading lines joined."""
    items = []
    for block in load_seed():
        if block.kind != "fiche":
            continue
        text = " ".join(block.lines)
        head = f"FICHE {block.code}"
        rest = text[len(head) :] if text.startswith(head) else " " + text
        items.append(
            f"<li><a href='#fiche-{_h(block.code or '')}'><b>{_h(head)}</b>{_h(rest)}</a></li>"
        )
    return (
        "<nav class='sommaire'><p class='titre'>Sommaire</p><ol>" + "".join(items) + "</ol></nav>"
    )


def plan_html_sommaire() -> str:
    """The seed as an article page opened by a floated « Sommaire » box of its fiches."""
    page = _flowing_page(_CSS, _kv_fields, etapes_table)
    return page.replace("</head><body>", "</head><body>\n" + sommaire(), 1)
