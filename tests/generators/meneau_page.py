"""The « VERSION IMPRIMABLE » of a legacy site whose editor writes every table with the HTML 4
specification's own example attributes (hundred-and-forty-ninth held-out set,
``plan_html_meneau``): :data:`TABLE_OPEN`, ``frame="hsides" rules="groups"``, and no table
CSS. The fields two ``<colgroup>`` (labels | values) and one ``<tbody>``; each steps table
FOUR ``<colgroup>`` — « Etape », « Descriptif », « Planification » with « Ressources à
mobiliser », « Porteur » with « Partenaires envisagés » —, a ``<thead>`` of the labels and
ONE ``<tbody>`` of the steps. By the browser's rules for these attributes, 1 px rules along
the table's top and foot only, one under the header, and vertical rules only between the
column groups: NO RULE BETWEEN TWO STEPS (nor two fields), none between the two columns of
a group; the ``<thead>`` repeated on every page.

The seed flows as ``plan_html_inlabel``'s page (:func:`tests.generators.site_body.flowing_css`).
Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, _h
from tests.generators.seed001 import Block
from tests.generators.site_body import ETAPES_WIDTHS, br_paragraphs, flowing_css

TABLE_OPEN = "<table frame='hsides' rules='groups' cellpadding='4' cellspacing='0' width='100%'>"
# the steps columns' groups, as numbers of columns: Etape | Descriptif | Planification and
# Ressources à mobiliser | Porteur and Partenaires envisagés
GROUPS = (1, 1, 2, 2)

_CSS = flowing_css("15mm", "#1E1E1E")


def _fields(block: Block) -> list[str]:
    """The fields: a label group and a value group, one ``<tbody>`` of a row a field."""
    out = [
        TABLE_OPEN,
        "<colgroup width='25%'></colgroup><colgroup width='75%'></colgroup>",
        "<tbody>",
    ]
    for label, value in block.fields:
        out.append(
            f"<tr valign='top'><th align='left'>{_h(label)}</th>"
            f"<td>{br_paragraphs(value)}</td></tr>"
        )
    out.append("</tbody></table>")
    return out


def _colgroups() -> str:
    """The steps table's four ``<colgroup>``, a ``<col>`` of :data:`ETAPES_WIDTHS` a column."""
    out, c = [], 0
    for span in GROUPS:
        cols = "".join(f"<col width='{w}%'>" for w in ETAPES_WIDTHS[c : c + span])
        out.append(f"<colgroup>{cols}</colgroup>")
        c += span
    return "".join(out)


def _steps(block: Block) -> list[str]:
    """The steps: four column groups, a ``<thead>`` of the labels, one ``<tbody>``."""
    n_cols = len(block.header)
    head = "".join(f"<th>{_h(label)}</th>" for label in block.header)
    out = [TABLE_OPEN, _colgroups(), f"<thead><tr>{head}</tr></thead>", "<tbody>"]
    for row in block.rows:
        values = [row[c] if c < len(row) else "" for c in range(n_cols)]
        cells = [f"<td><b>{br_paragraphs(values[0])}</b></td>"]
        cells += [f"<td>{br_paragraphs(v)}</td>" for v in values[1:]]
        out.append("<tr valign='top'>" + "".join(cells) + "</tr>")
    out.append("</tbody></table>")
    return out


def plan_html_meneau() -> str:
    """The seed as a legacy printable page, its tables HTML 4 ``rules="groups"`` ones."""
    return _flowing_page(_CSS, _fields, _steps)
