"""A CMS « fiche » RECORD PAGE whose display template renders each fiche as ONE TWO-COLUMN
RECORD TABLE and its steps — a multi-valued field — AS A TABLE NESTED IN THE VALUE CELL OF
THE RECORD'S LAST ROW (hundred-and-fifty-first held-out set, ``plan_html_enchasse``): a
``table.fiche`` (:data:`FICHE_CSS`: ``<th>`` labels 22 % wide, bold on #EEF2F6, a 1 px
#9AA5B1 grid) of a row a field, then the row « Modalités de mise en oeuvre » whose ``<td>``
holds the fiche's ``table.etapes`` (:data:`tests.generators.site_body.ETAPES_CSS`, margin 0,
``<thead>`` repeated) laid out AUTOMATICALLY (``table-layout: auto``: with ``fixed`` the
narrow columns' long words ran over their neighbours' text), so its columns' widths change
from fiche to fiche; no « Modalités » heading. A free bold line the seed sets between a
fiche's fields and its steps (fiche 1.2.3's « Qualité de l'air ») is a row of the record of
its own, one bold cell across both columns.

The seed flows otherwise as :func:`tests.generators.plan_html._flowing_page` writes it
(``plan_html_inlabel``'s page, :func:`tests.generators.site_body.flowing_css`). Only the
layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_html import _h
from tests.generators.seed001 import IMPL_TITLE, Block, load_seed
from tests.generators.site_body import ETAPES_CSS, br_paragraphs, etapes_table, flowing_css

FICHE_CSS = """\
table.fiche { width: 100%; border-collapse: collapse; margin: 4px 0 12px; }
table.fiche > tbody > tr > th, table.fiche > tbody > tr > td { border: 1px solid #9AA5B1;
  padding: 4px 6px; vertical-align: top; text-align: left; }
table.fiche > tbody > tr > th { width: 22%; background: #EEF2F6; font-weight: bold; }
table.fiche > tbody > tr > td.modalites { padding: 4px; }
table.fiche table.etapes { table-layout: auto; margin: 0; }
"""

_CSS = flowing_css("15mm", "#1E1E1E") + ETAPES_CSS + FICHE_CSS


def _record(fields: Block, bold: list[str], impl: Block) -> list[str]:
    """A fiche's record table: a row a field, a bold row a line of ``bold``, then the
    « Modalités de mise en oeuvre » row holding the steps table."""
    out = ["<table class='fiche'><tbody>"]
    for label, value in fields.fields:
        out.append(f"<tr><th>{_h(label)}</th><td>{br_paragraphs(value)}</td></tr>")
    out += [f"<tr><td colspan='2'><b>{_h(line)}</b></td></tr>" for line in bold]
    out.append(f"<tr><th>{_h(IMPL_TITLE)}</th><td class='modalites'>")
    out += etapes_table(impl)
    out.append("</td></tr></tbody></table>")
    return out


def plan_html_enchasse() -> str:
    """The seed as a record page, each fiche's steps nested in its record table."""
    out = [
        "<!doctype html><html lang='fr'><head><meta charset='utf-8'>",
        "<title>PCAET Grand Auch Cœur de Gascogne</title>",
        f"<style>{_CSS}</style>",
        "</head><body>",
    ]
    fields: Block | None = None  # the fiche's fields, waiting for its steps
    bold: list[str] = []  # free bold lines between them
    for block in load_seed():
        kind = block.kind
        if fields is not None and kind not in ("bold", "section", "impl"):
            raise ValueError(f"a fiche's fields not followed by its steps: {kind}")
        if kind == "axis":
            out.append(f"<h1>{_h(block.lines[0])}</h1>")
            out += [f"<p><b>{_h(line)}</b></p>" for line in block.lines[1:]]
        elif kind == "objective":
            out += [f"<h2>{_h(line)}</h2>" for line in block.lines]
        elif kind == "section":
            if block.lines[0] != IMPL_TITLE:
                out.append(f"<h2>{_h(block.lines[0])}</h2>")
        elif kind == "para":
            out.append(f"<p>{_h(block.lines[0])}</p>")
        elif kind == "bold" and fields is not None:
            bold += block.lines
        elif kind == "bold":
            out += [f"<p><b>{_h(line)}</b></p>" for line in block.lines]
        elif kind == "summary":
            out += [f"<p>{_h(line)}</p>" for line in block.lines]
        elif kind == "summary_table":
            out.append("<table class='summary'>")
            out += [f"<tr><td>{_h(a)}</td><td>{_h(b)}</td></tr>" for a, b in block.rows]
            out.append("</table>")
        elif kind == "fiche":
            out += [f"<h3>{_h(line)}</h3>" for line in block.lines]
        elif kind == "fields":
            fields, bold = block, []
        elif kind == "impl":
            if fields is None:
                raise ValueError("steps without a fiche's fields before them")
            out += _record(fields, bold, block)
            fields, bold = None, []
    if fields is not None:
        raise ValueError("the last fiche's fields not followed by its steps")
    out.append("</body></html>")
    return "\n".join(out)


__all__ = ["FICHE_CSS", "plan_html_enchasse"]
