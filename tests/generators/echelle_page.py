"""A municipal CMS page whose PRINT STYLE SHEET FITS WIDE TABLES BY A CSS SCALE TRANSFORM
(hundred-and-fifty-seventh held-out set, ``plan_html_echelle``), a hack often found in
themes: the fields and every steps table, in a ``<div class="large">``, are laid out 125 %
wide then PAINTED AT 80 % (``transform: scale(0.8); transform-origin: 0 0``, :data:`CSS`),
so each fits the text width with 8.8 px text, but its layout box keeps its unscaled height:
a blank band a fifth of the table's height under it, and page breaks falling where the
unscaled table would break.

A4, 15 mm margins, Liberation Sans; the tables ``border-collapse: collapse`` with a 1 px
#777777 grid, the steps ``<thead>`` (bold on #DDE6F0) repeated by Chromium, the fields'
``<th>`` labels 25 % wide on #F2F2F2. Only the layout comes from here: every value is the
seed's.
"""

from __future__ import annotations

from tests.generators.plan_html import _h
from tests.generators.seed001 import IMPL_TITLE, Block, _paragraphs, load_seed

SCALE = 0.8
CSS = f"""
@page {{ size: A4; margin: 15mm; }}
body {{ font-family: 'Liberation Sans', Arial, sans-serif; font-size: 11px; color: #222222;
  line-height: 1.35; margin: 0; }}
h1 {{ font-size: 18px; color: #1B4F72; margin: 14px 0 6px; }}
h2 {{ font-size: 14px; color: #1B4F72; margin: 12px 0 5px; }}
h3 {{ font-size: 13px; color: #7B241C; margin: 12px 0 4px; }}
h4 {{ font-size: 12px; margin: 10px 0 4px; }}
p {{ margin: 0 0 5px; }}
table.sommaire td {{ padding: 1px 8px 1px 0; vertical-align: top; }}
.large {{ margin: 0 0 8px; }}
.large table {{ width: 125%; transform: scale({SCALE}); transform-origin: 0 0;
  border-collapse: collapse; font-size: 11px; }}
.large th, .large td {{ border: 1px solid #777777; padding: 4px 6px; vertical-align: top;
  text-align: left; }}
.large thead th {{ background: #DDE6F0; }}
.large th.label {{ background: #F2F2F2; width: 25%; }}
"""
STEPS_WIDTHS = (14, 36, 12, 13, 12, 13)  # %


def _lines(value: str) -> str:
    """A value's paragraphs as ``<br>``-separated lines (empty for an empty value)."""
    return "<br>".join(_h(p) for p in _paragraphs(value))


def _fields(block: Block) -> list[str]:
    out = ['<div class="large"><table class="fields"><tbody>']
    out += [
        f'<tr><th class="label">{_lines(label)}</th><td>{_lines(value)}</td></tr>'
        for label, value in block.fields
    ]
    out.append("</tbody></table></div>")
    return out


def _steps(block: Block) -> list[str]:
    n = len(block.header)
    out = ['<div class="large"><table class="steps"><thead><tr>']
    out += [
        f'<th style="width:{w}%">{_h(label)}</th>'
        for label, w in zip(block.header, STEPS_WIDTHS, strict=True)
    ]
    out.append("</tr></thead><tbody>")
    for row in block.rows:
        cells = [row[c] if c < len(row) else "" for c in range(n)]
        out.append(
            "<tr>"
            + "".join(
                f"<td><strong>{_lines(v)}</strong></td>" if c == 0 else f"<td>{_lines(v)}</td>"
                for c, v in enumerate(cells)
            )
            + "</tr>"
        )
    out.append("</tbody></table></div>")
    return out


def plan_html_echelle() -> str:
    """The seed as the CMS page, its tables painted at 80 % by a transform."""
    out = [
        "<!DOCTYPE html>",
        '<html lang="fr"><head><meta charset="utf-8">',
        "<title>PCAET Grand Auch Cœur de Gascogne — Programme d'actions</title>",
        f"<style>{CSS}</style></head><body>",
    ]
    for block in load_seed():
        kind = block.kind
        if kind == "axis":
            out.append(f"<h1>{_h(block.lines[0])}</h1>")
            out += [f"<p><strong>{_h(line)}</strong></p>" for line in block.lines[1:]]
        elif kind == "objective":
            out += [f"<h2>{_h(line)}</h2>" for line in block.lines]
        elif kind == "section":
            tag = "h4" if block.lines[0] == IMPL_TITLE else "h2"
            out.append(f"<{tag}>{_h(block.lines[0])}</{tag}>")
        elif kind == "para":
            out.append(f"<p>{_h(block.lines[0])}</p>")
        elif kind == "bold":
            out += [f"<p><strong>{_h(line)}</strong></p>" for line in block.lines]
        elif kind == "summary":
            out += [f"<p>{_h(line)}</p>" for line in block.lines]
        elif kind == "summary_table":
            out.append('<table class="sommaire">')
            out += [f"<tr><td>{_lines(a)}</td><td>{_lines(b)}</td></tr>" for a, b in block.rows]
            out.append("</table>")
        elif kind == "fiche":
            out += [f"<h3>{_h(line)}</h3>" for line in block.lines]
        elif kind == "fields":
            out += _fields(block)
        elif kind == "impl":
            out += _steps(block)
    out.append("</body></html>")
    return "\n".join(out)


__all__ = ["SCALE", "plan_html_echelle"]
