"""A WordPress page whose steps tables are TABLEPRESS tables made with the labels row as the
table's FOOT (hundred-and-seventy-first held-out set, ``plan_html_socle``): the agent typed
the six labels as each table's last row and ticked « La dernière ligne du tableau est le pied
de tableau », leaving « La première ligne … est l'en-tête » unticked. So no ``<thead>``: the
labels are a ``<tfoot>`` row (:func:`socle`), printed UNDER the steps, and Chromium repeats
it at the foot of every page the table crosses.

Everything else flows as ``plan_html_inlabel``'s page (:func:`tests.generators.plan_html.
_flowing_page` on ``ETAPES_PAGE_CSS``, the fields a ``table.kv``). Only the layout comes
from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, _h, th_fields
from tests.generators.seed001 import Block
from tests.generators.site_body import ETAPES_PAGE_CSS, br_paragraphs

WIDTHS = (16, 38, 11, 12, 11, 12)  # % of the table's width, by column

_CSS = (
    ETAPES_PAGE_CSS
    + """\
table.socle { width: 100%; border-collapse: collapse; font-size: 8.5pt; line-height: 1.3;
  margin: 4px 0 14px; }
table.socle th, table.socle td { padding: 5px 7px; vertical-align: top; text-align: left; }
table.socle tfoot th { font-weight: bold; background: #D9EDF7; border-top: 2px solid #9BC4DC; }
table.socle tbody td { border-top: 1px solid #DDDDDD; }
"""
)


def socle(block: Block) -> list[str]:
    """A fiche's steps as the TablePress table: the labels a ``<tfoot>`` row, no
    ``<thead>``, then a ``<tbody>`` row a step in seed order."""
    out = ["<table class='tablepress socle'>", "<colgroup>"]
    out += [f"<col style='width: {w}%'>" for w in WIDTHS]
    out.append("</colgroup>")
    out.append("<tfoot><tr>" + "".join(f"<th>{_h(x)}</th>" for x in block.header) + "</tr></tfoot>")
    out.append("<tbody>")
    for row in block.rows:
        values = [row[c] if c < len(row) else "" for c in range(len(block.header))]
        cells = [f"<td><strong>{br_paragraphs(values[0])}</strong></td>"]
        cells += [f"<td>{br_paragraphs(v)}</td>" for v in values[1:]]
        out.append("<tr>" + "".join(cells) + "</tr>")
    out += ["</tbody>", "</table>"]
    return out


def plan_html_socle() -> str:
    """The seed as the WordPress page, each steps table's labels row its foot."""
    return _flowing_page(_CSS, lambda block: th_fields(block, td=br_paragraphs), socle)
