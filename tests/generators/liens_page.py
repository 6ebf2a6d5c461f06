"""A town site's « version imprimable » whose accessible print stylesheet prints every link's
target as a raised note number (eighty-third held-out set, ``plan_html_liens``): in the steps
tables the CMS linked every step name (to the project's page) and every paragraph of
« Porteur » and « Partenaires envisagés » (to the directory's page of the body); the print
stylesheet underlines those links in black and glues after each one ``counter(lien)`` raised
in 6.5 pt (numbered through the page, a link a number); the page ends with « Liens de cette
page », the numbered list of the printed links' addresses (none of it in the seed).

The seed flows as ``plan_html_feuillets``'s page, text black, the body 10 pt with a 1.45
line height, the fields a ``table.kv``, each steps table a ``table.etapes`` (thin full grid,
``<thead>`` repeated). Only the layout comes from here: every value is the seed's (the link
numbers and the list are not).
"""

from __future__ import annotations

import re
import unicodedata

from tests.generators.plan_html import _flowing_page, _h, _kv_fields
from tests.generators.seed001 import Block, _paragraphs
from tests.generators.site_body import ETAPES_CSS, flowing_css, steps_table_open

_CSS = (
    flowing_css("16mm", "#000000")
    + ETAPES_CSS
    + """\
body { font-size: 10pt; line-height: 1.45; counter-reset: lien; }
a.lien { color: #000000; text-decoration: underline; counter-increment: lien; }
a.lien::after { content: counter(lien); vertical-align: super; font-size: 6.5pt;
  line-height: 0; font-weight: normal; }
ol.liens { font-size: 8pt; margin: 4px 0 0; padding-left: 8mm; }
ol.liens li { margin: 0 0 1px; word-break: break-all; }
"""
)

_WIDTHS = (16, 38, 11, 12, 11, 12)
PROJECTS = "https://www.grand-auch.fr/projets/"
BODIES = "https://annuaire.grand-auch.fr/structures/"
LINKED = ("Porteur", "Partenaires envisagés")  # each paragraph a link to a body's page


def slug(text: str) -> str:
    """The text's letters and digits, accents dropped, lower case, joined by « - », cut at
    60 characters."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return "-".join(re.findall(r"[a-z0-9]+", plain.lower()))[:60].strip("-")


class _Links:
    """The page's links in print order."""

    def __init__(self) -> None:
        self.targets: list[str] = []

    def link(self, inner: str, target: str) -> str:
        self.targets.append(target)
        return f"<a class='lien' href='{_h(target)}'>{inner}</a>"

    def impl(self, block: Block) -> list[str]:
        head = "".join(f"<th>{_h(label)}</th>" for label in block.header)
        out = steps_table_open("etapes", _WIDTHS, head)
        for row in block.rows:
            cells = []
            for c, label in enumerate(block.header):
                parts = _paragraphs(row[c] if c < len(row) else "")
                if c == 0 and parts:
                    inner = "<br>".join(_h(p) for p in parts)
                    value = self.link(inner, PROJECTS + slug(" ".join(parts)))
                elif label in LINKED:
                    value = "<br>".join(self.link(_h(p), BODIES + slug(p)) for p in parts)
                else:
                    value = "<br>".join(_h(p) for p in parts)
                attrs = " class='etape'" if c == 0 else ""
                cells.append(f"<td{attrs}>{value}</td>")
            out.append("<tr>" + "".join(cells) + "</tr>")
        out.append("</tbody></table>")
        return out


def plan_html_liens() -> str:
    """The seed as a site's printable version whose links print as raised note numbers,
    their addresses listed at the page's end."""
    links = _Links()
    page = _flowing_page(_CSS, _kv_fields, links.impl)
    items = "".join(f"<li>{_h(target)}</li>" for target in links.targets)
    tail = f"<h2>Liens de cette page</h2>\n<ol class='liens'>{items}</ol>\n</body></html>"
    return page.removesuffix("</body></html>") + tail
