"""Seed 001 as the browser view of an E-MAIL NEWSLETTER whose steps are « Outlook-safe » ROW
MODULES (fifty-seventh held-out set, ``plan_html_newsletter``): nested layout tables with
inline styles and ``bgcolor`` / ``width`` attributes, no ``@page`` rule (Chromium's default
paper, US Letter), a 600 px white container on #E9EDF1, a banner and a footer; each fiche
heading a bar on #00596B; the steps' labels one 560 px one-row table and every step another,
stacked with no gap, each with the same ``width`` attributes but automatic table layout, so
the columns need not line up from one module to the next.

Only the layout comes from here: every value is the seed's (the banner's, the links' and the
footer's texts are not).
"""

from __future__ import annotations

from tests.generators.plan_html import _h
from tests.generators.seed001 import Block, _paragraphs, load_seed

FONT = "font-family: Arial, Helvetica, sans-serif;"
TEAL = "#00596B"
GREY_BG = "#E9EDF1"
WIDTHS = (90, 200, 60, 70, 60, 80)  # px, the steps modules' ``width`` attributes
RULE = "border: 1px solid #C8D0D8;"


def _row(inner: str, style: str = "padding: 0 20px;") -> str:
    """A row of the 600 px container."""
    return f"<tr><td style='{style}'>{inner}</td></tr>"


def _text(text: str, size: int, bold: bool = False, colour: str = "#222222") -> str:
    weight = "font-weight: bold;" if bold else ""
    return (
        f"<p style='{FONT} font-size: {size}px; {weight} color: {colour}; "
        f"margin: 0 0 8px; line-height: 1.4;'>{_h(text)}</p>"
    )


def _fields(block: Block) -> str:
    out = [
        "<table width='560' cellpadding='6' cellspacing='0' border='0' "
        "style='border-collapse: collapse; margin: 0 0 10px;'>"
    ]
    for label, value in block.fields:
        paras = "".join(
            f"<p style='margin: 0 0 6px;'>{_h(part)}</p>" for part in _paragraphs(value)
        )
        out.append(
            f"<tr><td width='150' valign='top' bgcolor='#F2F5F7' style='{FONT} font-size: "
            f"12px; font-weight: bold; color: #222222; border: 1px solid #D5DCE2;'>"
            f"{_h(label)}</td><td valign='top' style='{FONT} font-size: 12px; color: #222222; "
            f"border: 1px solid #D5DCE2;'>{paras}</td></tr>"
        )
    out.append("</table>")
    return "".join(out)


def _module(cells: list[str], head: bool) -> str:
    """One 560 px one-row table: the labels (``head``) or one step."""
    tds = []
    for c, value in enumerate(cells):
        bold = "font-weight: bold;" if head or c == 0 else ""
        fill = " bgcolor='#DDE7EC'" if head else ""
        lines = "<br>".join(_h(p) for p in _paragraphs(value)) if not head else _h(value)
        tds.append(
            f"<td width='{WIDTHS[c]}' valign='top' align='left'{fill} style='{FONT} "
            f"font-size: 11px; {bold} color: #222222; padding: 4px; {RULE}'>{lines}</td>"
        )
    return (
        "<table width='560' cellpadding='0' cellspacing='0' border='0' "
        f"style='border-collapse: collapse; {RULE}'><tr>{''.join(tds)}</tr></table>"
    )


def _steps(block: Block) -> str:
    out = [_module(list(block.header), True)]
    for step in block.rows:
        out.append(_module([step[c] if c < len(step) else "" for c in range(6)], False))
    out.append("<table width='560' cellpadding='0' cellspacing='0' border='0'><tr>")
    out.append("<td height='8' style='font-size: 1px; line-height: 8px;'>&nbsp;</td></tr></table>")
    return "".join(out)


def _summary(rows: list[tuple[str, str]]) -> str:
    out = ["<table width='560' cellpadding='3' cellspacing='0' border='0'>"]
    for a, b in rows:
        out.append(
            f"<tr><td valign='top' style='{FONT} font-size: 13px; color: #222222;'>{_h(a)}</td>"
            f"<td valign='top' style='{FONT} font-size: 13px; color: #222222;'>{_h(b)}</td></tr>"
        )
    out.append("</table>")
    return "".join(out)


def plan_html_newsletter() -> str:
    """The seed as an e-mail newsletter's browser view, steps as row modules."""
    rows = [
        _row(
            f"<p style='{FONT} font-size: 10px; color: #777777; margin: 0; text-align: right;'>"
            "<a href='#' style='color: #777777;'>Afficher ce message dans votre navigateur</a>"
            "</p>",
            "padding: 8px 20px;",
        ),
        f"<tr><td bgcolor='{TEAL}' style='padding: 18px 20px;'>"
        f"<p style='{FONT} font-size: 20px; font-weight: bold; color: #FFFFFF; margin: 0;'>"
        "La lettre du Plan Climat</p>"
        f"<p style='{FONT} font-size: 12px; color: #FFFFFF; margin: 4px 0 0;'>"
        "Grand Auch Cœur de Gascogne — programme d'actions</p></td></tr>",
        _row("&nbsp;", "padding: 0; font-size: 1px; line-height: 14px;"),
    ]
    for block in load_seed():
        kind = block.kind
        if kind == "axis":
            inner = _text(block.lines[0], 18, True, TEAL)
            inner += "".join(_text(line, 13, True, TEAL) for line in block.lines[1:])
            rows.append(_row(inner))
        elif kind == "objective":
            rows.append(_row("".join(_text(line, 15, True, TEAL) for line in block.lines)))
        elif kind == "section":
            rows.append(_row(_text(block.lines[0], 14, True, TEAL)))
        elif kind == "para":
            rows.append(_row(_text(block.lines[0], 13)))
        elif kind == "summary":
            rows.append(_row("".join(_text(line, 13) for line in block.lines)))
        elif kind == "summary_table":
            rows.append(_row(_summary(block.rows)))
        elif kind == "fiche":
            title = "<br>".join(_h(line) for line in block.lines)
            rows.append(
                _row(
                    "<table width='560' cellpadding='0' cellspacing='0' border='0' "
                    f"style='margin: 6px 0 10px;'><tr><td bgcolor='{TEAL}' style='{FONT} "
                    "font-size: 14px; font-weight: bold; color: #FFFFFF; padding: 8px 12px;'>"
                    f"{title}</td></tr></table>"
                )
            )
        elif kind == "fields":
            rows.append(_row(_fields(block)))
        elif kind == "bold":
            rows.append(_row("".join(_text(line, 12, True) for line in block.lines)))
        elif kind == "impl":
            rows.append(_row(_steps(block)))
    rows.append(
        _row(
            f"<p style='{FONT} font-size: 10px; color: #777777; margin: 0;'>Vous recevez cette "
            "lettre car vous êtes inscrit à la liste de diffusion du Plan Climat. "
            "<a href='#' style='color: #777777;'>Se désinscrire</a></p>",
            f"padding: 14px 20px; background-color: {GREY_BG};",
        )
    )
    return "\n".join(
        [
            "<!DOCTYPE html PUBLIC '-//W3C//DTD XHTML 1.0 Transitional//EN' "
            "'http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd'>",
            "<html lang='fr'><head><meta http-equiv='Content-Type' "
            "content='text/html; charset=utf-8'>",
            "<meta name='viewport' content='width=device-width, initial-scale=1.0'>",
            "<title>La lettre du Plan Climat</title>",
            "<style>body { margin: 0; padding: 0; } table { border-spacing: 0; } "
            "* { -webkit-print-color-adjust: exact; print-color-adjust: exact; }</style>",
            f"</head><body bgcolor='{GREY_BG}' style='margin: 0; padding: 0;'>",
            f"<table width='100%' cellpadding='0' cellspacing='0' border='0' bgcolor='{GREY_BG}'>",
            "<tr><td align='center' style='padding: 20px 0;'>",
            "<table width='600' cellpadding='0' cellspacing='0' border='0' bgcolor='#FFFFFF'>",
            *rows,
            "</table></td></tr></table></body></html>",
        ]
    )
