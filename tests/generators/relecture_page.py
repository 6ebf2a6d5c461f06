"""The plan SAVED BY WORD AS « PAGE WEB » (unfiltered) AFTER A REVIEW ROUND whose comments
were not deleted (eighty-first held-out set, ``plan_html_relecture``), printed by Chromium.

The document of :mod:`tests.generators.wordhtml_page` (quirks mode, Word's stylesheet,
``MsoTableGrid`` tables whose header row is an ordinary first row, bulleted sommaires) but
with no bullet in any steps cell, Word's comment styles added, and two comments by
« Service Climat » in every steps table, numbered through the document: one after the first
step's « Ressources à mobiliser » value, one after the last step's « Planification » value,
each exported as Word exports a comment's anchor (« [SCn] », 8 pt, a link, glued to the
value); Word's comment list (a 33 % rule, then « [SCn] » and the comment's text, one
paragraph a comment) at the end of the document. Only the layout comes from here: every
value is the seed's; the anchors and the comments are not.
"""

from __future__ import annotations

from tests.generators.plan_html import _h
from tests.generators.seed001 import Block, _paragraphs
from tests.generators.wordhtml_page import (
    _CELL_P,
    _CSS,
    FIELD_WIDTHS_PT,
    HEAD_FILL,
    STEP_WIDTHS_PT,
    TITLE,
    _rule,
    word_section,
)

INITIALS = "SC"
AUTHOR = "Service Climat"
REMARKS = (
    "Montant à confirmer au budget primitif 2021.",
    "Calendrier à revoir avec la DGS (report COVID ?).",
    "Porteur à valider en COPIL.",
    "Partenaires à relancer avant l'été.",
)
_COMMENT_CSS = (
    _rule("a:link, span.MsoHyperlink", "color:#0563C1", "text-decoration:underline")
    + _rule("span.MsoCommentReference", "font-size:8.0pt")
    + _rule(
        "p.MsoCommentText, li.MsoCommentText, div.MsoCommentText",
        "margin:0cm",
        "margin-bottom:8.0pt",
        "font-size:10.0pt",
        'font-family:"Calibri",sans-serif',
    )
)


def _anchor(n: int) -> str:
    """Comment ``n``'s anchor as Word's web page writes it, after the commented text."""
    return (
        "<span class=MsoCommentReference><span style='font-size:8.0pt'>"
        "<![if !supportAnnotations]>"
        f'<a class=msocomanchor id="_anchor_{n}" href="#_msocom_{n}" language=JavaScript '
        f'name="_msoanchor_{n}">[{INITIALS}{n}]</a><![endif]>'
        "<span style='mso-special-character:comment'>&nbsp;</span></span></span>"
    )


def _comment(n: int, text: str) -> list[str]:
    """Comment ``n`` in Word's comment list."""
    return [
        "<div style='mso-element:comment'><![if !supportAnnotations]>",
        f'<div id="_com_{n}" class=msocomtxt language=JavaScript><![endif]>',
        f'<div><![if !supportAnnotations]><a name="_msocom_{n}"></a><![endif]>'
        f"<span style='mso-comment-author:\"{AUTHOR}\"'></span>",
        "<p class=MsoCommentText><span class=MsoCommentReference><span style='font-size:8.0pt'>"
        "<span style='mso-special-character:comment'>&nbsp;<![if !supportAnnotations]>"
        f'<a href="#_msoanchor_{n}" class=msocomoff>[{INITIALS}{n}]</a><![endif]>'
        f"</span></span></span>{_h(text)}<o:p></o:p></p>",
        "</div>",
        "<![if !supportAnnotations]></div>",
        "<![endif]></div>",
    ]


def _cell(
    value: str, width: float, first: bool, top: bool, bold: bool, head: bool, after: str
) -> str:
    """One ``<td>`` as :mod:`tests.generators.wordhtml_page` writes an unbulleted one (its
    text bold if ``bold``, on the header fill if ``head``), with ``after`` (a comment anchor)
    at the end of its last paragraph."""
    sides = [
        "border:solid windowtext 1.0pt",
        "border-left:none" if not first else "",
        "border-top:none" if not top else "",
    ]
    style = ";".join(s for s in (f"width:{width}pt", *sides) if s)
    if head:
        style += f";background:{HEAD_FILL}"
    style += ";padding:0cm 5.4pt 0cm 5.4pt"
    parts = _paragraphs(value)
    b0, b1 = ("<b>", "</b>") if bold else ("", "")
    if not parts:
        body = f"{_CELL_P}&nbsp;</p>"
    else:
        lines = [f"{_CELL_P}{b0}{_h(p)}{b1}" for p in parts]
        lines[-1] += after
        body = "\n".join(f"{line}</p>" for line in lines)
    return f"  <td width={round(width * 4 / 3)} valign=top style='{style}'>\n{body}\n  </td>"


class _Review:
    """The comments met so far: each anchor's number, each comment's text."""

    def __init__(self) -> None:
        self.texts: list[str] = []

    def anchor(self) -> str:
        self.texts.append(REMARKS[len(self.texts) % len(REMARKS)])
        return _anchor(len(self.texts))

    def steps(self, block: Block) -> list[str]:
        """A steps table, its first step's resources and last step's planning commented."""
        rows = [list(block.header)] + [list(row) for row in block.rows]
        resources = block.header.index("Ressources à mobiliser")
        planning = block.header.index("Planification")
        marks: dict[tuple[int, int], str] = {}
        if len(rows) > 1:
            marks[(1, resources)] = self.anchor()
            marks[(len(rows) - 1, planning)] = self.anchor()
        return _grid(rows, STEP_WIDTHS_PT, True, marks)

    def comment_list(self) -> list[str]:
        out = [
            "<div style='mso-element:comment-list'><![if !supportAnnotations]>",
            '<hr class=msocomoff align=left size=1 width="33%">',
            "<![endif]>",
        ]
        for n, text in enumerate(self.texts, start=1):
            out += _comment(n, text)
        out.append("</div>")
        return out


def _grid(
    rows: list[list[str]],
    widths: tuple[float, ...],
    head: bool,
    marks: dict[tuple[int, int], str],
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
            after = marks.get((r, c), "")
            header = head and r == 0
            bold = header or (bold_first and c == 0)
            out.append(_cell(value, width, c == 0, r == 0, bold, header, after))
        out.append(" </tr>")
    out += ["</table>", "", "<p class=MsoNormal>&nbsp;</p>"]
    return out


def plan_html_relecture() -> str:
    """The whole page: Word's unfiltered web page of the reviewed seed plan."""
    out = [
        '<html xmlns:v="urn:schemas-microsoft-com:vml"',
        'xmlns:o="urn:schemas-microsoft-com:office:office"',
        'xmlns:w="urn:schemas-microsoft-com:office:word"',
        'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"',
        'xmlns="http://www.w3.org/TR/REC-html40">',
        "",
        "<head>",
        '<meta http-equiv=Content-Type content="text/html; charset=utf-8">',
        "<meta name=ProgId content=Word.Document>",
        '<meta name=Generator content="Microsoft Word 15">',
        '<meta name=Originator content="Microsoft Word 15">',
        f"<title>{_h(TITLE)}</title>",
        f"<style>{_CSS}</style>",
        f"<style>\n<!--\n{_COMMENT_CSS}-->\n</style>",
        "",
        "</head>",
        "",
        '<body lang=FR link="#0563C1" vlink="#954F72" style=\'tab-interval:35.4pt;'
        "word-wrap:break-word'>",
        "",
        "<div class=WordSection1>",
        "",
    ]
    review = _Review()

    def fields(block: Block) -> list[str]:
        rows = [[label, value] for label, value in block.fields]
        return _grid(rows, FIELD_WIDTHS_PT, False, {}, bold_first=True)

    out += word_section(fields, review.steps)
    out += ["", "</div>", ""]
    out += review.comment_list()
    out += ["", "</body>", "", "</html>", ""]
    return "\n".join(out)
