"""The plan SAVED BY WORD AS « PAGE WEB, FILTRÉE » and put on an authority's site as is
(forty-fifth held-out set, ``plan_html_wordhtml``), printed by Chromium: no doctype (quirks
mode), Word's stylesheet (``MsoNormal`` paragraphs, ``@page WordSection1``), ``MsoTableGrid``
tables whose header row is an ordinary first row and whose empty cells hold a no-break space,
and the sommaires and EVERY DESCRIPTION PARAGRAPH as Word's list paragraphs, each opening
with the bullet as Word exports it: « · » in the Symbol font, then a 7 pt run of no-break
spaces.

Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.generators.plan_html import _h
from tests.generators.seed001 import IMPL_TITLE, Block, _paragraphs, load_seed

TITLE = "PCAET Grand Auch Cœur de Gascogne"
FIELD_WIDTHS_PT = (127.6, 354.3)
STEP_WIDTHS_PT = (79.4, 153.1, 56.7, 68.0, 56.7, 68.0)
HEAD_FILL = "#D9E2F3"


def _rule(selector: str, *declarations: str) -> str:
    """One rule as Word's filtered HTML writes it: the selector on its line, then each
    declaration on a tabbed line of its own."""
    return selector + "\n\t{" + ";\n\t".join(declarations) + ";}\n"


def _margins(top: str, bottom: str, left: str = "0cm") -> tuple[str, ...]:
    return (
        f"margin-top:{top}",
        "margin-right:0cm",
        f"margin-bottom:{bottom}",
        f"margin-left:{left}",
    )


def _heading(tag: str, top: str, size: str, colour: str) -> str:
    """Word's ``h1``–``h3``: Calibri Light, not bold, kept with the next paragraph."""
    return _rule(
        tag,
        *_margins(top, "0cm"),
        "line-height:107%",
        "page-break-after:avoid",
        f"font-size:{size}",
        'font-family:"Calibri Light",sans-serif',
        f"color:{colour}",
        "font-weight:normal",
    )


def _paragraph(cls: str, bottom: str, left: str = "0cm") -> str:
    """Word's paragraph classes (``MsoNormal``, the list paragraphs): 11 pt Calibri."""
    return _rule(
        f"p.{cls}, li.{cls}, div.{cls}",
        *_margins("0cm", bottom, left),
        "line-height:107%",
        "font-size:11.0pt",
        'font-family:"Calibri",sans-serif',
    )


_CSS = (
    """
<!--
 /* Font Definitions */
 @font-face
\t{font-family:"Cambria Math";
\tpanose-1:2 4 5 3 5 4 6 3 2 4;}
 @font-face
\t{font-family:Calibri;
\tpanose-1:2 15 5 2 2 2 4 3 2 4;}
 /* Style Definitions */
 """
    + _paragraph("MsoNormal", "8.0pt")
    + _heading("h1", "12.0pt", "16.0pt", "#2F5496")
    + _heading("h2", "2.0pt", "13.0pt", "#2F5496")
    + _heading("h3", "2.0pt", "12.0pt", "#1F3763")
    + _paragraph("MsoListParagraph", "8.0pt", "36.0pt")
    + _paragraph("MsoListParagraphCxSpFirst", "0cm", "36.0pt")
    + _paragraph("MsoListParagraphCxSpMiddle", "0cm", "36.0pt")
    + _paragraph("MsoListParagraphCxSpLast", "8.0pt", "36.0pt")
    + """.MsoChpDefault
\t{font-family:"Calibri",sans-serif;}
.MsoPapDefault
\t{margin-bottom:8.0pt;
\tline-height:107%;}
@page WordSection1
\t{size:595.3pt 841.9pt;
\tmargin:70.85pt 70.85pt 70.85pt 70.85pt;}
div.WordSection1
\t{page:WordSection1;}
 /* List Definitions */
 ol
\t{margin-bottom:0cm;}
ul
\t{margin-bottom:0cm;}
-->
"""
)

_BULLET = (
    "<span style='font-family:Symbol'>·<span style='font:7.0pt \"Times New Roman\"'>"
    "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span>"
)
_CELL_P = "<p class=MsoNormal style='margin-bottom:0cm;line-height:normal'>"


def _list(items: list[str], in_cell: bool = False) -> list[str]:
    """Word's bulleted list paragraphs (« CxSpFirst / Middle / Last », a lone item
    « MsoListParagraph »), each opening with the exported Symbol bullet."""
    out: list[str] = []
    for n, item in enumerate(items):
        if len(items) == 1:
            cls = "MsoListParagraph"
        elif n == 0:
            cls = "MsoListParagraphCxSpFirst"
        elif n == len(items) - 1:
            cls = "MsoListParagraphCxSpLast"
        else:
            cls = "MsoListParagraphCxSpMiddle"
        style = "margin-left:18.0pt;text-indent:-18.0pt"
        if in_cell:
            style = "margin-top:0cm;margin-right:0cm;margin-bottom:0cm;" + style
            style += ";line-height:normal"
        out.append(f"<p class={cls} style='{style}'>{_BULLET}{_h(item)}</p>")
    return out


def _cell(
    value: str,
    width: float,
    first: bool,
    top: bool,
    bold: bool = False,
    fill: str = "",
    bulleted: bool = False,
) -> str:
    """One ``<td>`` as Word writes it: width in pt, its borders (the inner sides « none »),
    padding 0 5.4 pt, its text in ``MsoNormal`` paragraphs (a no-break space when empty)."""
    sides = [
        "border:solid windowtext 1.0pt",
        "border-left:none" if not first else "",
        "border-top:none" if not top else "",
    ]
    style = ";".join(s for s in (f"width:{width}pt", *sides) if s)
    if fill:
        style += f";background:{fill}"
    style += ";padding:0cm 5.4pt 0cm 5.4pt"
    parts = _paragraphs(value)
    if not parts:
        body = f"{_CELL_P}&nbsp;</p>"
    elif bulleted:
        body = "\n".join(_list(parts, in_cell=True))
    else:
        b0, b1 = ("<b>", "</b>") if bold else ("", "")
        body = "\n".join(f"{_CELL_P}{b0}{_h(p)}{b1}</p>" for p in parts)
    return f"  <td width={round(width * 4 / 3)} valign=top style='{style}'>\n{body}\n  </td>"


def _table(
    rows: list[list[str]],
    widths: tuple[float, ...],
    head: bool,
    bulleted: int | None = None,
    bold_first: bool = False,
) -> list[str]:
    out = [
        "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0",
        " style='border-collapse:collapse;border:none'>",
    ]
    for r, row in enumerate(rows):
        out.append(" <tr>")
        for c, width in enumerate(widths):
            value = row[c] if c < len(row) else ""
            header = head and r == 0
            out.append(
                _cell(
                    value,
                    width,
                    first=c == 0,
                    top=r == 0,
                    bold=header or (bold_first and c == 0),
                    fill=HEAD_FILL if header else "",
                    bulleted=not header and c == bulleted,
                )
            )
        out.append(" </tr>")
    out += ["</table>", "", "<p class=MsoNormal>&nbsp;</p>"]
    return out


def _fields(block: Block) -> list[str]:
    return _table(
        [[label, value] for label, value in block.fields], FIELD_WIDTHS_PT, False, bold_first=True
    )


def _steps(block: Block) -> list[str]:
    rows = [list(block.header)] + [list(row) for row in block.rows]
    return _table(rows, STEP_WIDTHS_PT, True, bulleted=block.header.index("Descriptif"))


def word_section(
    fields: Callable[[Block], list[str]], steps: Callable[[Block], list[str]]
) -> list[str]:
    """The seed as Word's « Web Page » body lines: axes ``<h1>``, objectives and fiche
    headings ``<h2>``, « Modalités de mise en oeuvre » an ``<h3>``, the summary lines one
    bulleted list, ``fields`` and ``steps`` writing the fields and the steps."""
    out: list[str] = []
    items: list[str] = []
    for block in load_seed():
        kind = block.kind
        if kind not in ("summary", "summary_table") and items:
            out += _list(items)
            items = []
        if kind == "axis":
            out.append(f"<h1>{_h(' '.join(block.lines))}</h1>")
        elif kind == "objective":
            out += [f"<h2>{_h(line)}</h2>" for line in block.lines]
        elif kind == "section":
            tag = "h3" if block.lines[0] == IMPL_TITLE else "h2"
            out.append(f"<{tag}>{_h(block.lines[0])}</{tag}>")
        elif kind == "fiche":
            out.append(f"<h2>{_h(' '.join(block.lines))}</h2>")
        elif kind == "para":
            out.append(f"<p class=MsoNormal>{_h(block.lines[0])}</p>")
        elif kind == "bold":
            out += [f"<p class=MsoNormal><b>{_h(line)}</b></p>" for line in block.lines]
        elif kind == "summary":
            items += list(block.lines)
        elif kind == "summary_table":
            items += [f"{a} {b}" for a, b in block.rows]
        elif kind == "fields":
            out += fields(block)
        elif kind == "impl":
            out += steps(block)
    if items:
        out += _list(items)
    return out


def plan_html_wordhtml() -> str:
    """The whole page: Word's filtered HTML of the seed plan."""
    out = [
        "<html>",
        "",
        "<head>",
        '<meta http-equiv=Content-Type content="text/html; charset=utf-8">',
        '<meta name=Generator content="Microsoft Word 15 (filtered)">',
        f"<title>{_h(TITLE)}</title>",
        f"<style>{_CSS}</style>",
        "",
        "</head>",
        "",
        '<body lang=FR link="#0563C1" vlink="#954F72" style=\'word-wrap:break-word\'>',
        "",
        "<div class=WordSection1>",
        "",
    ]
    out += word_section(_fields, _steps)
    out += ["", "</div>", "", "</body>", "", "</html>", ""]
    return "\n".join(out)
