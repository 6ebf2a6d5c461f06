"""An intranet ANGULAR app's « fiche action » view whose steps are an ANGULAR MATERIAL
``mat-table`` in its non-native form (hundred-and-seventy-fourth held-out set,
``plan_html_ruche``): no ``<table>``, but ``<mat-table>``, ``<mat-header-row>``,
``<mat-row>``, ``<mat-header-cell>`` and ``<mat-cell>`` elements laid out by the library's
legacy table stylesheet (:data:`_CSS`): every row a flex row, every cell ``flex: 1`` — SIX
EQUAL COLUMNS whatever their text — and centred vertically in its row
(``align-items: center``), a thin rule under each row, no vertical rule (:func:`ruche`).

Everything else flows as ``plan_html_inlabel``'s page (:func:`tests.generators.plan_html.
_flowing_page` on ``ETAPES_PAGE_CSS``, the fields a ``table.kv``). Only the layout comes
from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, _h, th_fields
from tests.generators.seed001 import Block, _paragraphs
from tests.generators.site_body import ETAPES_PAGE_CSS, br_paragraphs

_CSS = (
    ETAPES_PAGE_CSS
    + """\
mat-table { display: block; width: 100%; background: #FFFFFF; margin: 4px 0 14px;
  font-family: Roboto, "Helvetica Neue", sans-serif; }
mat-header-row, mat-row { display: flex; align-items: center; box-sizing: border-box;
  border-width: 0 0 1px; border-style: solid; border-color: rgba(0, 0, 0, 0.12); }
mat-header-row { min-height: 56px; }
mat-row { min-height: 48px; }
mat-header-cell, mat-cell { flex: 1; display: flex; align-items: center; overflow: hidden;
  word-wrap: break-word; min-height: inherit; padding-right: 10px; }
mat-header-cell:first-of-type, mat-cell:first-of-type { padding-left: 24px; }
mat-header-cell:last-of-type, mat-cell:last-of-type { padding-right: 24px; }
mat-header-cell { font-size: 11px; font-weight: 500; color: rgba(0, 0, 0, 0.54); }
mat-cell { font-size: 12px; color: rgba(0, 0, 0, 0.87); line-height: 1.35;
  white-space: pre-line; }
"""
)


def _cell(value: str) -> str:
    """A step value as the template interpolates it: its paragraphs one a line."""
    return _h("\n".join(_paragraphs(value)))


def ruche(block: Block) -> list[str]:
    """A fiche's steps as the ``mat-table``: one header row of the seed labels, then a row
    a step in seed order, six cells a row."""
    out = ["<mat-table role='table'>", "<mat-header-row role='row'>"]
    out += [f"<mat-header-cell role='columnheader'>{_h(x)}</mat-header-cell>" for x in block.header]
    out.append("</mat-header-row>")
    for row in block.rows:
        values = [row[c] if c < len(row) else "" for c in range(len(block.header))]
        cells = [f"<mat-cell role='cell'><strong>{_cell(values[0])}</strong></mat-cell>"]
        cells += [f"<mat-cell role='cell'>{_cell(v)}</mat-cell>" for v in values[1:]]
        out.append("<mat-row role='row'>" + "".join(cells) + "</mat-row>")
    out.append("</mat-table>")
    return out


def plan_html_ruche() -> str:
    """The seed as the Angular app's fiche view, each steps table a ``mat-table``."""
    return _flowing_page(_CSS, lambda block: th_fields(block, td=br_paragraphs), ruche)
