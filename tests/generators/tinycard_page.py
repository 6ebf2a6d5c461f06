"""Seed 001 as a BOOTSTRAP 5.3 page whose fiches are CARDS with their steps in TINY 7 px TYPE
(sixtieth held-out set, ``plan_html_tinycard``): everything in a ``div.container`` (540 px at
the print width), each fiche a ``div.card`` — its heading lines in the ``card-header``, its
fields a horizontal ``dl.row`` (``dt.col-sm-3`` | ``dd.col-sm-9``), its steps a nested
``table.table-sm.table-bordered`` in the theme's ``.fs-7`` (7 px, about 5.3 pt), automatic
column widths, a ``thead.table-light`` Chromium repeats.

The framework's rules that matter are written inline as the compiled stylesheet sets them
(no script). Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_html import _h
from tests.generators.seed001 import IMPL_TITLE, Block, _paragraphs, load_seed
from tests.generators.site_body import page_head

_CSS = """
@page { size: A4; margin: 12mm; }
*, *::before, *::after { box-sizing: border-box; }
body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto,
  "Helvetica Neue", "Noto Sans", "Liberation Sans", Arial, sans-serif; font-size: 14px;
  font-weight: 400; line-height: 1.5; color: #212529; background-color: #fff; }
.container { width: 100%; padding-right: 12px; padding-left: 12px; margin-right: auto;
  margin-left: auto; }
@media (min-width: 576px) { .container { max-width: 540px; } }
@media (min-width: 768px) { .container { max-width: 720px; } }
h2, h3, h6 { margin-top: 0; margin-bottom: 8px; font-weight: 500; line-height: 1.2; }
h2 { font-size: 20px; font-weight: bold; color: #0A3622; margin-top: 16px; }
h3 { font-size: 16px; font-weight: bold; }
p { margin-top: 0; margin-bottom: 16px; }
ul { padding-left: 32px; margin-top: 0; margin-bottom: 16px; }
.card { position: relative; display: flex; flex-direction: column; min-width: 0;
  word-wrap: break-word; background-color: #fff; background-clip: border-box;
  border: 1px solid rgba(0, 0, 0, 0.175); border-radius: 6px; margin-bottom: 16px; }
.card-header { padding: 8px 16px; margin-bottom: 0; background-color: rgba(33, 37, 41, 0.03);
  border-bottom: 1px solid rgba(0, 0, 0, 0.175); border-radius: 5px 5px 0 0;
  font-size: 15px; font-weight: bold; }
.card-body { flex: 1 1 auto; padding: 16px; }
.card-subtitle { margin-top: -4px; margin-bottom: 4px; font-size: 12px; font-weight: bold;
  color: rgba(33, 37, 41, 0.75); }
.row { display: flex; flex-wrap: wrap; margin-top: 0; margin-right: -12px;
  margin-left: -12px; }
.row > * { flex-shrink: 0; width: 100%; max-width: 100%; padding-right: 12px;
  padding-left: 12px; }
@media (min-width: 576px) {
  .col-sm-3 { flex: 0 0 auto; width: 25%; }
  .col-sm-9 { flex: 0 0 auto; width: 75%; }
}
dl { margin-top: 0; margin-bottom: 16px; font-size: 12px; }
dt { font-weight: 700; }
dd { margin-bottom: 4px; margin-left: 0; }
dd p { margin-bottom: 4px; }
.fw-bold { font-weight: 700 !important; font-size: 12px; margin-bottom: 8px; }
.fw-semibold { font-weight: 600 !important; }
.fs-7 { font-size: 7px !important; }
.mb-0 { margin-bottom: 0 !important; }
.table { width: 100%; margin-bottom: 16px; vertical-align: top; border-color: #dee2e6;
  caption-side: bottom; border-collapse: collapse; text-indent: initial; }
tbody, td, tfoot, th, thead, tr { border-color: inherit; border-style: solid;
  border-width: 0; }
th { text-align: inherit; text-align: -webkit-match-parent; }
.table > :not(caption) > * > * { padding: 8px 8px; border-bottom-width: 1px; }
.table-sm > :not(caption) > * > * { padding: 4px 4px; }
.table-bordered > :not(caption) > * { border-width: 1px 0; }
.table-bordered > :not(caption) > * > * { border-width: 0 1px; }
.table-light > tr > th { background-color: #f8f9fa; color: #000; font-weight: bold; }
"""


def _card(heading: Block, body: list[Block]) -> list[str]:
    """One fiche as a Bootstrap card: heading lines in the header, the fields, bold lines,
    « Modalités de mise en oeuvre » and the steps in the body."""
    out = ['<div class="card">', '<div class="card-header">']
    out.append("<br>".join(_h(line) for line in heading.lines))
    out += ["</div>", '<div class="card-body">']
    for block in body:
        if block.kind == "fields":
            out.append('<dl class="row">')
            for label, value in block.fields:
                paras = "".join(f"<p>{_h(p)}</p>" for p in _paragraphs(value))
                out.append(f'<dt class="col-sm-3">{_h(label)}</dt>')
                out.append(f'<dd class="col-sm-9">{paras}</dd>')
            out.append("</dl>")
        elif block.kind == "bold":
            out += [f'<p class="fw-bold">{_h(line)}</p>' for line in block.lines]
        elif block.kind == "section":
            out.append(f'<h6 class="card-subtitle">{_h(block.lines[0])}</h6>')
        elif block.kind == "impl":
            out.append('<table class="table table-sm table-bordered fs-7 mb-0">')
            head = "".join(f'<th scope="col">{_h(label)}</th>' for label in block.header)
            out.append(f'<thead class="table-light"><tr>{head}</tr></thead><tbody>')
            for step in block.rows:
                cells = []
                for c in range(len(block.header)):
                    value = step[c] if c < len(step) else ""
                    text = "<br>".join(_h(p) for p in _paragraphs(value))
                    css = ' class="fw-semibold"' if c == 0 else ""
                    cells.append(f"<td{css}>{text}</td>")
                out.append("<tr>" + "".join(cells) + "</tr>")
            out.append("</tbody></table>")
    out += ["</div>", "</div>"]
    return out


def plan_html_tinycard() -> str:
    """The seed as a Bootstrap page, a card per fiche, its steps in 7 px type."""
    out = page_head("Programme d'actions — PCAET", _CSS)
    out.append('<div class="container">')
    items: list[str] = []
    card: tuple[Block, list[Block]] | None = None
    for block in load_seed():
        kind = block.kind
        in_card = kind in ("fields", "bold", "impl") or (
            kind == "section" and block.lines[0] == IMPL_TITLE
        )
        if card is not None and in_card:
            card[1].append(block)
            continue
        if card is not None:
            out += _card(*card)
            card = None
        if kind not in ("summary", "summary_table") and items:
            out += ["<ul>", *items, "</ul>"]
            items = []
        if kind == "axis":
            out.append(f"<h2>{_h(' '.join(block.lines))}</h2>")
        elif kind == "objective":
            out += [f"<h3>{_h(line)}</h3>" for line in block.lines]
        elif kind == "section":
            out.append(f"<h3>{_h(block.lines[0])}</h3>")
        elif kind == "para":
            out.append(f"<p>{_h(block.lines[0])}</p>")
        elif kind == "summary":
            items += [f"<li>{_h(line)}</li>" for line in block.lines]
        elif kind == "summary_table":
            items += [f"<li>{_h(a)} {_h(b)}</li>" for a, b in block.rows]
        elif kind == "fiche":
            card = (block, [])
        elif kind == "bold":
            out += [f"<p><strong>{_h(line)}</strong></p>" for line in block.lines]
    if card is not None:
        out += _card(*card)
    if items:
        out += ["<ul>", *items, "</ul>"]
    out += ["</div>", "</body>", "</html>"]
    return "\n".join(out)
