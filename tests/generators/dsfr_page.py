"""A State services' page built with the DSFR (Système de design de l'État) whose owners and
partners are TAG CHIPS (fifty-fourth held-out set, ``plan_html_dsfr``): a ``fr-header``
bloc-marque, each fiche an ``fr-accordion`` printed open, fields and steps ``fr-table``
(``<thead>`` repeated, row rules only); every « Porteur » / « Partenaires envisagés » value
cut at its commas into rounded ``fr-tag`` chips, inline and wrapping, the commas not printed.

Only the layout comes from here: every value is the seed's (the header's texts are not).
"""

from __future__ import annotations

from tests.generators.plan_html import _h, th_fields
from tests.generators.seed001 import IMPL_TITLE, Block, _paragraphs, load_seed

_CSS = """\
@page { size: A4; margin: 15mm; }
* { -webkit-print-color-adjust: exact; print-color-adjust: exact; box-sizing: border-box; }
body { font-family: Marianne, arial, sans-serif; font-size: 9.5pt; color: #161616;
  margin: 0; line-height: 1.4; }
header.fr-header { border-bottom: 1px solid #DDDDDD; padding: 6px 0 10px; margin-bottom: 12px;
  display: flex; align-items: center; gap: 24px; }
.fr-logo { font-weight: bold; font-size: 10pt; line-height: 1.05; text-transform: uppercase;
  letter-spacing: 0.2px; }
.fr-logo::before { content: ''; display: block; width: 30px; height: 11px; margin-bottom: 4px;
  background: linear-gradient(90deg, #000091 33%, #FFFFFF 33% 66%, #E1000F 66%); }
.fr-header__service-title { font-weight: bold; font-size: 12pt; }
h1 { font-size: 16pt; font-weight: bold; margin: 14px 0 6px; }
h2 { font-size: 12.5pt; font-weight: bold; margin: 12px 0 6px; }
h4 { font-size: 10pt; font-weight: bold; margin: 8px 0 4px; }
p { margin: 0 0 4px; }
table.summary td { padding: 2px 6px; vertical-align: top; }
.fr-accordions-group { margin: 8px 0; }
section.fr-accordion { border-top: 1px solid #DDDDDD; }
section.fr-accordion:last-child { border-bottom: 1px solid #DDDDDD; }
.fr-accordion__title { margin: 0; font-size: 10.5pt; }
.fr-accordion__btn { display: flex; align-items: center; width: 100%; padding: 8px 12px;
  font: inherit; font-weight: bold; color: #000091; background: transparent; border: 0;
  text-align: left; }
.fr-accordion__btn span { flex: 1; }
.fr-accordion__btn::after { content: ''; width: 7px; height: 7px; margin: 0 4px 0 16px;
  border-right: 2px solid #000091; border-bottom: 2px solid #000091; transform: rotate(-135deg);
  flex: none; }
.fr-collapse { padding: 4px 12px 12px; }
.fr-table { margin: 4px 0 10px; }
.fr-table table { width: 100%; border-collapse: collapse; }
table.fr-kv th, table.fr-kv td { padding: 4px 6px; vertical-align: top; text-align: left;
  border-bottom: 1px solid #DDDDDD; font-size: 9pt; }
table.fr-kv th { width: 4.2cm; background: #F6F6F6; font-weight: bold; }
table.fr-steps { table-layout: fixed; }
table.fr-steps thead th { background: #EEEEEE; font-weight: bold; font-size: 8.5pt;
  text-align: left; vertical-align: top; padding: 4px 6px; border-bottom: 2px solid #161616; }
table.fr-steps td { font-size: 8.5pt; padding: 4px 6px; vertical-align: top; text-align: left;
  border-bottom: 1px solid #DDDDDD; }
table.fr-steps td.etape { font-weight: bold; }
ul.fr-tags-group { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap;
  gap: 3px; }
ul.fr-tags-group li { display: block; }
.fr-tag { display: inline-block; background: #EEEEEE; color: #161616; font-size: 8pt;
  line-height: 1.35; border-radius: 1rem; padding: 1px 6px; }
"""

_WIDTHS = (15, 37, 10, 12, 12, 14)
HEADER = (
    "<header class='fr-header'><div class='fr-logo'>République<br>Française</div>"
    "<div class='fr-header__service-title'>Plan Climat Air Energie Territorial</div></header>"
)


def _lines(value: str) -> str:
    return "<br>".join(_h(p) for p in _paragraphs(value))


def _tags(value: str) -> str:
    parts = [p.strip() for p in " ".join(_paragraphs(value)).split(",") if p.strip()]
    if not parts:
        return ""
    chips = "".join(f"<li><p class='fr-tag fr-tag--sm'>{_h(p)}</p></li>" for p in parts)
    return f"<ul class='fr-tags-group'>{chips}</ul>"


def _fields(block: Block) -> list[str]:
    return th_fields(
        block,
        "<div class='fr-table'><table class='fr-kv'><tbody>",
        "</tbody></table></div>",
        lambda label: f"<th scope='row'>{_h(label)}</th>",
    )


def _steps(block: Block) -> list[str]:
    cols = "".join(f"<col style='width: {w}%'>" for w in _WIDTHS)
    head = "".join(f"<th scope='col'>{_h(label)}</th>" for label in block.header)
    out = [
        "<div class='fr-table'><table class='fr-steps'>",
        f"<colgroup>{cols}</colgroup><thead><tr>{head}</tr></thead><tbody>",
    ]
    for row in block.rows:
        cells = []
        for c in range(len(block.header)):
            value = row[c] if c < len(row) else ""
            if c in (4, 5):
                cells.append(f"<td>{_tags(value)}</td>")
            elif c == 0:
                cells.append(f"<td class='etape'>{_lines(value)}</td>")
            else:
                cells.append(f"<td>{_lines(value)}</td>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</tbody></table></div>")
    return out


def plan_html_dsfr() -> str:
    """The seed as a DSFR page: fiches in open accordions, owners and partners as chips."""
    out = [
        "<!doctype html><html lang='fr'><head><meta charset='utf-8'>",
        "<title>PCAET Grand Auch Cœur de Gascogne</title>",
        f"<style>{_CSS}</style>",
        "</head><body>",
        HEADER,
        "<main>",
    ]
    in_group = in_fiche = False

    def close_fiche() -> None:
        nonlocal in_fiche
        if in_fiche:
            out.append("</div></section>")
            in_fiche = False

    def close_group() -> None:
        nonlocal in_group
        close_fiche()
        if in_group:
            out.append("</div>")
            in_group = False

    for block in load_seed():
        kind = block.kind
        if kind == "axis":
            close_group()
            out.append(f"<h1>{_h(block.lines[0])}</h1>")
            out += [f"<p><b>{_h(line)}</b></p>" for line in block.lines[1:]]
        elif kind == "objective":
            close_group()
            out += [f"<h2>{_h(line)}</h2>" for line in block.lines]
        elif kind == "section":
            if block.lines[0] == IMPL_TITLE:
                out.append(f"<h4>{_h(block.lines[0])}</h4>")
            else:
                close_group()
                out.append(f"<h2>{_h(block.lines[0])}</h2>")
        elif kind == "para":
            out.append(f"<p>{_h(block.lines[0])}</p>")
        elif kind == "bold":
            out += [f"<p><b>{_h(line)}</b></p>" for line in block.lines]
        elif kind == "summary":
            close_group()
            out += [f"<p>{_h(line)}</p>" for line in block.lines]
        elif kind == "summary_table":
            close_group()
            out.append("<table class='summary'><tbody>")
            out += [f"<tr><td>{_h(a)}</td><td>{_h(b)}</td></tr>" for a, b in block.rows]
            out.append("</tbody></table>")
        elif kind == "fiche":
            close_fiche()
            if not in_group:
                out.append("<div class='fr-accordions-group'>")
                in_group = True
            title = "<br>".join(_h(line) for line in block.lines)
            out.append(
                "<section class='fr-accordion'><h3 class='fr-accordion__title'>"
                "<button class='fr-accordion__btn' aria-expanded='true'>"
                f"<span>{title}</span></button></h3>"
                "<div class='fr-collapse fr-collapse--expanded'>"
            )
            in_fiche = True
        elif kind == "fields":
            out += _fields(block)
        elif kind == "impl":
            out += _steps(block)
    close_group()
    out.append("</main></body></html>")
    return "\n".join(out)
