"""The browser tab of an ONLINE OFFICE EDITOR printed by the browser's own « Imprimer »
(ninety-eighth held-out set, ``plan_html_pupitre``).

The page holds, once at its top, the editor's chrome (a Nextcloud-like blue bar, a menu
bar, a toolbar, a ruler), a status bar ``position: fixed`` at its bottom (so Chromium prints
it at the foot of every printed page), and between them the document as the editor shows
it: its own pages as white 85 % sheets on grey, each with a running header and a « n / N »
page number. The page's script (:data:`PAGINATE`) lays the seed's blocks out into the sheets
at load: a new sheet when a block does not fit, a heading carried on with what follows, a
table cut between rows, its header row repeated. Chromium then cuts the sheets wherever its
A4 printed pages end. Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_html import _h
from tests.generators.seed001 import _paragraphs, load_seed

RUNNING = "PCAET Grand Auch Cœur de Gascogne — Programme d'actions"
WIDTHS = (14.7, 31.2, 11.8, 14.7, 12.9, 14.7)  # %: twotier's 2.5 / 5.3 / 2 / 2.5 / 2.2 / 2.5 cm
MENU = ("Fichier", "Édition", "Affichage", "Insertion", "Format", "Tableau", "Outils", "Aide")
TOOLS = (
    ("↶", ""),
    ("↷", ""),
    ("Corps de texte", "width: 28mm"),
    ("Liberation Serif", "width: 30mm"),
    ("10", "width: 9mm"),
    ("G", "font-weight: bold"),
    ("I", "font-style: italic"),
    ("S", "text-decoration: underline"),
    ("≡", ""),
)

CSS = """
@page { size: A4; margin: 8mm; }
* { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; background: #DADADA; font-family: 'Liberation Sans', Arial, sans-serif; }
.nc { height: 30px; background: #0082C9; color: #FFFFFF; font-size: 9pt; display: flex;
  align-items: center; justify-content: space-between; padding: 0 10px; }
.nc .avatar { width: 20px; height: 20px; border-radius: 50%; background: #FFFFFF;
  color: #0082C9; font-size: 7pt; font-weight: bold; display: flex; align-items: center;
  justify-content: center; }
.menu { background: #FFFFFF; font-size: 8.5pt; color: #333333; padding: 4px 10px; }
.menu span { margin-right: 14px; }
.tools { background: #F5F5F5; padding: 4px 10px; border-bottom: 1px solid #CCCCCC;
  display: flex; gap: 4px; }
.tools span { border: 1px solid #BBBBBB; background: #FFFFFF; font-size: 8pt;
  color: #333333; padding: 1px 4px; min-width: 10px; text-align: center;
  font-family: 'Liberation Sans', sans-serif; }
.ruler { height: 14px; background: #FFFFFF; border-bottom: 1px solid #CCCCCC;
  position: relative; width: 178.5mm; margin: 0 auto; }
.ruler span { position: absolute; top: 2px; font-size: 7pt; color: #777777; }
.status { position: fixed; bottom: 0; left: 0; right: 0; height: 16px; background: #F5F5F5;
  border-top: 1px solid #BBBBBB; font-size: 7pt; color: #555555; padding: 2px 10px;
  box-sizing: border-box; }
#src { display: none; }
#doc { padding: 3mm 0 20px; }
.sheet { width: 178.5mm; height: 252.5mm; margin: 0 auto 3mm; background: #FFFFFF;
  box-shadow: 0 1px 4px rgba(0, 0, 0, 0.45); box-sizing: border-box;
  padding: 12.75mm 17mm; font-family: 'Liberation Serif', serif; font-size: 8.5pt;
  color: #000000; }
.sheet .hdr { height: 5mm; font-size: 6.8pt; color: #444444; }
.sheet .body { height: 217mm; overflow: visible; }
.sheet .ftr { height: 5mm; font-size: 6.8pt; color: #444444; text-align: center;
  padding-top: 2mm; box-sizing: border-box; }
.body h1 { font-size: 13.6pt; font-weight: bold; color: #385623; margin: 2mm 0 1mm; }
.body p.ax { font-size: 10.2pt; font-weight: bold; color: #385623; margin: 0; }
.body p.axn { font-size: 10.2pt; color: #385623; margin: 0 0 1mm; }
.body h2 { font-size: 11pt; font-weight: bold; color: #2E74B5; margin: 2.5mm 0 1mm; }
.body h4 { font-size: 9.4pt; font-weight: bold; color: #2E74B5; margin: 1.7mm 0 0.85mm; }
.body h3 { font-size: 11pt; font-weight: bold; color: #1F4E79; margin: 3.4mm 0 0.85mm; }
.body p { margin: 0 0 0.85mm; }
.body table { border-collapse: collapse; width: 100%; table-layout: fixed;
  margin: 0 0 2.5mm; }
.body table.som td { padding: 0.4mm; vertical-align: top; }
.body table.kv th, .body table.kv td { border-top: 0.5pt solid #8C8C8C;
  border-bottom: 0.5pt solid #8C8C8C; padding: 0.85mm; vertical-align: top;
  text-align: left; }
.body table.kv th { background: #EDEDED; font-weight: bold; }
.body table.etapes th, .body table.etapes td { border: 0.5pt solid #000000;
  padding: 0.7mm; font-size: 8pt; vertical-align: top; text-align: left; }
.body table.etapes th { background: #E2EFDA; font-weight: bold; text-align: center;
  vertical-align: middle; }
"""

# the editor's pagination, run at load: the blocks of ``#src`` into fixed-height sheets
PAGINATE = """
(function () {
  var src = document.getElementById('src'), doc = document.getElementById('doc');
  var blocks = Array.prototype.slice.call(src.children), sheets = [], body = null;
  var RUNNING = document.getElementById('running').textContent;
  function newSheet() {
    var s = document.createElement('div');
    s.className = 'sheet';
    var h = document.createElement('div'); h.className = 'hdr'; h.textContent = RUNNING;
    body = document.createElement('div'); body.className = 'body';
    var f = document.createElement('div'); f.className = 'ftr';
    s.appendChild(h); s.appendChild(body); s.appendChild(f);
    doc.appendChild(s); sheets.push(s);
  }
  function full() { return body.scrollHeight > body.clientHeight + 0.5; }
  function isHeading(el) { return el && /^H[1-6]$/.test(el.tagName); }
  function carryHeadings() {  // the headings left last on the sheet, to go on with the next
    var carry = [];
    while (body.children.length > 1 && isHeading(body.lastElementChild)) {
      carry.unshift(body.lastElementChild);
      body.removeChild(body.lastElementChild);
    }
    return carry;
  }
  function moveOn(el) {  // a new sheet for el, with the headings that lead to it
    body.removeChild(el);
    var carry = carryHeadings();
    newSheet();
    carry.forEach(function (c) { body.appendChild(c); });
    body.appendChild(el);
  }
  function emptyLike(t) {  // the same table, its colgroup and header, no body row
    var n = t.cloneNode(false);
    Array.prototype.forEach.call(t.children, function (c) {
      if (c.tagName === 'COLGROUP' || c.tagName === 'THEAD') n.appendChild(c.cloneNode(true));
    });
    n.appendChild(document.createElement('tbody'));
    return n;
  }
  function splitTable(t) {
    var rows = Array.prototype.slice.call(t.tBodies[0].rows), cur = t, placed = 0;
    rows.forEach(function (r) { r.parentNode.removeChild(r); });
    rows.forEach(function (r) {
      cur.tBodies[0].appendChild(r);
      if (!full()) { placed += 1; return; }
      if (placed === 0) { moveOn(cur); placed = 1; return; }
      cur.tBodies[0].removeChild(r);
      var next = emptyLike(cur);
      newSheet();
      body.appendChild(next);
      next.tBodies[0].appendChild(r);
      cur = next; placed = 1;
    });
  }
  newSheet();
  blocks.forEach(function (el) {
    body.appendChild(el);
    if (!full()) return;
    if (el.tagName === 'TABLE') { splitTable(el); return; }
    moveOn(el);
  });
  sheets.forEach(function (s, i) {
    s.querySelector('.ftr').textContent = (i + 1) + ' / ' + sheets.length;
  });
  document.getElementById('status').textContent = 'Page 1 sur ' + sheets.length + ' \\u00b7 '
    + sheets.length + ' pages \\u00b7 Fran\\u00e7ais (France) \\u00b7 Insertion \\u00b7 85 %';
})();
"""


def _chrome() -> list[str]:
    """The editor's bars at the top of the page, and its ruler."""
    menu = "".join(f"<span>{_h(m)}</span>" for m in MENU)
    tools = "".join(
        f"<span style='{style}'>{_h(text)}</span>" if style else f"<span>{_h(text)}</span>"
        for text, style in TOOLS
    )
    ticks = "".join(f"<span style='left: {n * 10 + 17}mm'>{n}</span>" for n in range(1, 18))
    return [
        "<div class='nc'><span>Fichiers › Plans climat › PCAET_programme_actions.odt</span>"
        "<span class='avatar'>MD</span></div>",
        f"<div class='menu'>{menu}</div>",
        f"<div class='tools'>{tools}</div>",
        f"<div class='ruler'>{ticks}</div>",
    ]


def _lines(value: str) -> str:
    return "<br>".join(_h(p) for p in _paragraphs(value))


def _blocks() -> list[str]:
    """The seed's blocks as the children of ``#src``, in seed order."""
    out: list[str] = []
    for block in load_seed():
        kind = block.kind
        if kind == "axis":
            out.append(f"<h1>{_h(block.lines[0])}</h1>")
            out += [
                f"<p class='{'ax' if n == 1 else 'axn'}'>{_h(line)}</p>"
                for n, line in enumerate(block.lines)
                if n
            ]
        elif kind == "objective":
            out += [f"<h2>{_h(line)}</h2>" for line in block.lines]
        elif kind == "section":
            out.append(f"<h4>{_h(block.lines[0])}</h4>")
        elif kind in ("para", "summary"):
            out += [f"<p>{_h(line)}</p>" for line in block.lines]
        elif kind == "bold":
            out += [f"<p><b>{_h(line)}</b></p>" for line in block.lines]
        elif kind == "fiche":
            out += [f"<h3>{_h(line)}</h3>" for line in block.lines]
        elif kind == "summary_table":
            rows = "".join(f"<tr><td>{_h(a)}</td><td>{_h(b)}</td></tr>" for a, b in block.rows)
            out.append(
                "<table class='som'><colgroup><col style='width: 26%'>"
                f"<col style='width: 74%'></colgroup><tbody>{rows}</tbody></table>"
            )
        elif kind == "fields":
            rows = "".join(
                f"<tr><th>{_h(label)}</th><td>{_lines(value)}</td></tr>"
                for label, value in block.fields
            )
            out.append(
                "<table class='kv'><colgroup><col style='width: 30%'>"
                f"<col style='width: 70%'></colgroup><tbody>{rows}</tbody></table>"
            )
        elif kind == "impl":
            cols = "".join(f"<col style='width: {w}%'>" for w in WIDTHS)
            head = "".join(f"<th>{_h(label)}</th>" for label in block.header)
            rows = "".join(
                "<tr>"
                + "".join(
                    f"<td>{_lines(row[c] if c < len(row) else '')}</td>"
                    for c in range(len(block.header))
                )
                + "</tr>"
                for row in block.rows
            )
            out.append(
                f"<table class='etapes'><colgroup>{cols}</colgroup>"
                f"<thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"
            )
    return out


def plan_html_pupitre() -> str:
    """The seed as an online editor's browser tab, its sheets laid out by its script."""
    return "\n".join(
        [
            "<!doctype html><html lang='fr'><head><meta charset='utf-8'>",
            "<title>PCAET_programme_actions.odt - Nextcloud</title>",
            f"<style>{CSS}</style>",
            "</head><body>",
            *_chrome(),
            f"<div id='running' hidden>{_h(RUNNING)}</div>",
            "<div id='src'>",
            *_blocks(),
            "</div>",
            "<div id='doc'></div>",
            "<div class='status' id='status'></div>",
            f"<script>{PAGINATE}</script>",
            "</body></html>",
        ]
    )
