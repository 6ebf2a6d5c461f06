"""The « VERSION IMPRIMABLE » OF A 2000s DREAMWEAVER SITE whose tables are RULED WITH SPACER
GIFS (hundred-and-fifty-fourth held-out set, ``plan_html_entretoise``), as table layouts of
the time were: the page in QUIRKS MODE (no doctype), NO ``@page`` rule (Chromium's default
paper, US Letter, and its default margins), ``<body leftmargin="0" topmargin="0">``, a
Dreamweaver style sheet of classes (:data:`CSS`), the seed as ``<p class>`` paragraphs, and
EVERY TABLE CELL'S TEXT IN A ``<font face="Verdana, Arial, Helvetica, sans-serif" size="1">``
(:data:`FONT`: quirks mode's tables do not inherit the body's font).

The fields and every steps table are :data:`TABLE_OPEN` tables WITHOUT ANY BORDER, RULED BY
IMAGES: before the first row, between every two rows and after the last, a ``<tr>`` of one
``<td colspan>`` holding :data:`PIX` (a 1 × 1 #999999 GIF) stretched over the table's width
1 px high (:func:`rule_row`); and in every row, before, between and after its text cells, a
1 px cell tiled with that GIF as its background, a transparent 1 × 1 :data:`SPACER` in it
(:data:`RULE_CELL`). The GIFs are inlined as ``data:`` addresses, as the page was saved.
The steps header a first ``<tr bgcolor="#CCCCCC">`` of bold labels (no ``<thead>``: printed
once), the fields' label cells 25 % wide on #EEEEEE, empty values a ``&nbsp;``.

Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_html import _h
from tests.generators.seed001 import IMPL_TITLE, Block, _paragraphs, load_seed

# a 1 × 1 #999999 GIF (« pix_gris.gif ») and the classic transparent 1 × 1 « spacer.gif »
PIX = "data:image/gif;base64,R0lGODdhAQABAIEAAJmZmQAAAAAAAAAAACwAAAAAAQABAAAIBAABBAQAOw=="
SPACER = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"

TITLE = "PCAET Grand Auch Cœur de Gascogne - Programme d'actions"
CSS = """
.texte { font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 12px; color: #333333; }
.titre1 { font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 16px;
  font-weight: bold; color: #336699; }
.titre2 { font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 13px;
  font-weight: bold; color: #336699; }
.titre3 { font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 13px;
  font-weight: bold; color: #990000; }
.titre4 { font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 12px;
  font-weight: bold; color: #333333; text-decoration: underline; }
.cel { padding: 3px 4px; }
"""
FONT = '<font face="Verdana, Arial, Helvetica, sans-serif" size="1">'
TABLE_OPEN = '<table width="100%" border="0" cellspacing="0" cellpadding="0">'
RULE_CELL = (
    f'<td width="1" background="{PIX}"><img src="{SPACER}" width="1" height="1" alt=""></td>'
)
STEPS_WIDTHS = (16, 38, 11, 12, 11, 12)  # %, the six text cells
HEAD_BG = "#CCCCCC"
LABEL_BG = "#EEEEEE"


def rule_row(n_cols: int) -> str:
    """A horizontal rule: one row of one cell over the table's ``n_cols`` columns holding the
    grey GIF stretched to the cell's width, 1 px high."""
    return f'<tr><td colspan="{n_cols}"><img src="{PIX}" width="100%" height="1" alt=""></td></tr>'


def cell_text(value: str, bold: bool = False) -> str:
    """A cell's text: its paragraphs ``<br>``-separated lines in :data:`FONT` (bold when
    ``bold``), ``&nbsp;`` when empty, as Dreamweaver fills an empty cell."""
    lines = "<br>".join(_h(p) for p in _paragraphs(value)) or "&nbsp;"
    return f"{FONT}<b>{lines}</b></font>" if bold else f"{FONT}{lines}</font>"


def ruled_row(cells: list[str], attrs: str = "") -> str:
    """A row of text cells (whole ``<td>`` elements), a 1 px tiled rule cell before, between
    and after them."""
    return f"<tr{attrs}>" + RULE_CELL + RULE_CELL.join(cells) + RULE_CELL + "</tr>"


def _fields(block: Block) -> list[str]:
    """The fields: a row per field, the label cell 25 % wide on :data:`LABEL_BG`."""
    n_cols = 5
    out = [TABLE_OPEN, rule_row(n_cols)]
    for label, value in block.fields:
        cells = [
            f'<td width="25%" class="cel" valign="top" bgcolor="{LABEL_BG}">'
            f"{cell_text(label, bold=True)}</td>",
            f'<td class="cel" valign="top">{cell_text(value)}</td>',
        ]
        out += [ruled_row(cells), rule_row(n_cols)]
    out.append("</table>")
    return out


def _steps(block: Block) -> list[str]:
    """The steps: a grey first row of bold labels, then a row a step, the step name bold."""
    n = len(block.header)
    n_cols = 2 * n + 1
    head = [
        f'<td width="{w}%" class="cel" valign="top">{cell_text(label, bold=True)}</td>'
        for label, w in zip(block.header, STEPS_WIDTHS, strict=True)
    ]
    out = [TABLE_OPEN, rule_row(n_cols), ruled_row(head, f' bgcolor="{HEAD_BG}"'), rule_row(n_cols)]
    for row in block.rows:
        values = [row[c] if c < len(row) else "" for c in range(n)]
        cells = [
            f'<td class="cel" valign="top">{cell_text(v, bold=c == 0)}</td>'
            for c, v in enumerate(values)
        ]
        out += [ruled_row(cells), rule_row(n_cols)]
    out.append("</table>")
    return out


def _p(css_class: str, text: str, bold: bool = False) -> str:
    inner = f"<b>{_h(text)}</b>" if bold else _h(text)
    return f'<p class="{css_class}">{inner}</p>'


def plan_html_entretoise() -> str:
    """The seed as the legacy site's printable page, its tables ruled by spacer GIFs."""
    out = [
        "<html>",
        "<head>",
        f"<title>{_h(TITLE)}</title>",
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
        f'<style type="text/css">{CSS}</style>',
        "</head>",
        '<body bgcolor="#FFFFFF" text="#000000" leftmargin="0" topmargin="0" '
        'marginwidth="0" marginheight="0">',
    ]
    for block in load_seed():
        kind = block.kind
        if kind == "axis":
            out.append(_p("titre1", block.lines[0]))
            out += [_p("texte", line, bold=True) for line in block.lines[1:]]
        elif kind == "objective":
            out += [_p("titre2", line) for line in block.lines]
        elif kind == "section":
            out.append(_p("titre4" if block.lines[0] == IMPL_TITLE else "titre2", block.lines[0]))
        elif kind == "para":
            out.append(_p("texte", block.lines[0]))
        elif kind == "bold":
            out += [_p("texte", line, bold=True) for line in block.lines]
        elif kind == "summary":
            out += [_p("texte", line) for line in block.lines]
        elif kind == "summary_table":
            out.append('<table border="0" cellspacing="0" cellpadding="2">')
            out += [
                f'<tr><td valign="top">{cell_text(a)}</td><td valign="top">{cell_text(b)}</td></tr>'
                for a, b in block.rows
            ]
            out.append("</table>")
        elif kind == "fiche":
            out += [_p("titre3", line) for line in block.lines]
        elif kind == "fields":
            out += _fields(block)
        elif kind == "impl":
            out += _steps(block)
    out += ["</body>", "</html>"]
    return "\n".join(out)


__all__ = ["PIX", "SPACER", "plan_html_entretoise", "rule_row"]
