"""The seed plan as a MEDIAWIKI PAGE printed with « auto-number headings » on (seventy-eighth
held-out set, ``plan_html_numerote``): the wiki writes a hierarchical number
(``span.mw-headline-number``, not in the seed) in front of every ``<h2>``–``<h5>``, its
numbers not the seed's codes (« 1.1.2 FICHE 1.1.1 Objectif opérationnel : … »).

An unnumbered page title, then the seed in seed order: each axis's first line an ``<h2>``
(its other lines bold paragraphs), each objective one ``<h3>``, « Enjeux stratégiques » and
each fiche heading one ``<h4>``, « Modalités de mise en oeuvre » an ``<h5>``; the fields and
the steps ``table.wikitable``s, the steps header a ``<tr>`` of ``<th>`` in the ``<tbody>``
(not repeated). Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_html import _h, th_fields
from tests.generators.seed001 import IMPL_TITLE, Block, load_seed
from tests.generators.site_body import br_paragraphs

PAGE_TITLE = "Plan Climat – Programme d'actions"  # the wiki page's own title, not in the seed

_CSS = """
@page { size: A4; margin: 15mm; }
* { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9pt; color: #202122;
  margin: 0; }
h1, h2 { font-family: 'Liberation Serif', Georgia, serif; font-weight: normal;
  border-bottom: 1px solid #A2A9B1; margin: 14px 0 6px; }
h1 { font-size: 18pt; } h2 { font-size: 14pt; }
h3 { font-size: 11pt; font-weight: bold; margin: 12px 0 4px; }
h4 { font-size: 10pt; font-weight: bold; margin: 10px 0 4px; }
h5 { font-size: 9pt; font-weight: bold; margin: 8px 0 3px; }
.mw-headline-number { margin-right: 0; }
p { margin: 0 0 3px; }
table.summary td { padding: 2px 6px; vertical-align: top; }
table.wikitable { width: 100%; border-collapse: collapse; background: #F8F9FA;
  color: #202122; border: 1px solid #A2A9B1; margin: 4px 0 10px; }
table.wikitable th, table.wikitable td { border: 1px solid #A2A9B1; padding: 0.2em 0.4em;
  vertical-align: top; text-align: left; }
table.wikitable th { background: #EAECF0; font-weight: bold; }
table.wikitable.champs th { width: 4cm; }
table.wikitable.etapes th { text-align: center; }
table.wikitable.etapes td { font-size: 8.5pt; }
"""


def _fields(block: Block) -> list[str]:
    return th_fields(block, "<table class='wikitable champs'><tbody>", "</tbody></table>")


def _steps(block: Block) -> list[str]:
    head = "".join(f"<th>{_h(label)}</th>" for label in block.header)
    out = ["<table class='wikitable etapes'><tbody>", f"<tr>{head}</tr>"]
    for row in block.rows:
        values = [row[c] if c < len(row) else "" for c in range(len(block.header))]
        out.append("<tr>" + "".join(f"<td>{br_paragraphs(v)}</td>" for v in values) + "</tr>")
    out.append("</tbody></table>")
    return out


class _Numbers:
    """MediaWiki's heading numbers: a counter per level (2–5), reset by the level above."""

    def __init__(self) -> None:
        self.counts = [0, 0, 0, 0]

    def heading(self, level: int, text: str) -> str:
        depth = level - 2
        self.counts[depth] += 1
        self.counts[depth + 1 :] = [0] * (3 - depth)
        number = ".".join(str(n) for n in self.counts[: depth + 1])
        return (
            f"<h{level}><span class='mw-headline-number'>{number}</span> "
            f"<span class='mw-headline'>{_h(text)}</span></h{level}>"
        )


def plan_html_numerote() -> str:
    """The seed as a MediaWiki page whose headings the wiki numbers itself."""
    numbers = _Numbers()
    out = [
        "<!doctype html><html lang='fr'><head><meta charset='utf-8'>",
        "<title>PCAET Grand Auch Cœur de Gascogne</title>",
        f"<style>{_CSS}</style>",
        "</head><body>",
        f"<h1>{_h(PAGE_TITLE)}</h1>",
    ]
    for block in load_seed():
        kind = block.kind
        if kind == "axis":
            out.append(numbers.heading(2, block.lines[0]))
            out += [f"<p><b>{_h(line)}</b></p>" for line in block.lines[1:]]
        elif kind == "objective":
            out.append(numbers.heading(3, " ".join(block.lines)))
        elif kind == "section":
            level = 5 if block.lines[0] == IMPL_TITLE else 4
            out.append(numbers.heading(level, block.lines[0]))
        elif kind == "fiche":
            out.append(numbers.heading(4, " ".join(block.lines)))
        elif kind == "para":
            out.append(f"<p>{_h(block.lines[0])}</p>")
        elif kind == "bold":
            out += [f"<p><b>{_h(line)}</b></p>" for line in block.lines]
        elif kind == "summary":
            out += [f"<p>{_h(line)}</p>" for line in block.lines]
        elif kind == "summary_table":
            out.append("<table class='summary'>")
            out += [f"<tr><td>{_h(a)}</td><td>{_h(b)}</td></tr>" for a, b in block.rows]
            out.append("</table>")
        elif kind == "fields":
            out += _fields(block)
        elif kind == "impl":
            out += _steps(block)
    out.append("</body></html>")
    return "\n".join(out)
