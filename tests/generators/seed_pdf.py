"""The real action plan of seed 001 (Grand Auch Cœur de Gascogne) rendered back as PDFs.

``tests/fixtures/seeds/001_809f173e562b92b5.txt`` is the text form of a real PCAET action plan
(tab-separated lines were tables; ``<p>``/``<li>`` remnants come from the conversion). The
parser was designed from it but only ever tested on :mod:`demo.action_plan_pdf`'s generated
plans; here the real text is laid out again, faithfully (same headings, same line splits, same
values, same quirks: "1,4", the ``**...**`` bold spill of a cell cut by a page break, fiche
1.1.3 listed but without a sheet), in layouts that generator never produces:

``"word_export"``
    A Word document exported to PDF: TrueType font, running header with the plan name,
    footer "Page n / N", every fiche on a new page under a coloured banner, fields in a ruled
    2-column table with a grey label column (labels not bold, top-aligned), rows allowed to
    break across pages, ``<p>``/``<li>`` remnants kept in the cells where the conversion shows
    them, implementation table with its header repeated on continuation pages and the
    "Porteur" cell merged over consecutive identical owners (the parser must forward-fill).
``"word_centred"``
    The same Word export with the cells centred vertically, as Word users often set them: a
    label sits halfway down its cell (value lines above and below it, a 2-line label split
    around them), and a row cut by the page break leaves only its long description at the
    bottom of the page, its step, planning, resources and owner being centred on the next.
``"word_hrules"``
    The centred Word export with a table style that has horizontal borders only (no column
    rules at all): columns must be found from the header words, and the merged "Porteur"
    cells show only as horizontal borders interrupted over that column.
``"plain_text"``
    No tables for fields (bold ``Label :`` alone on its line, value paragraphs below, HTML
    remnants turned into paragraphs and list lines), Times, narrow margins, fiches flowing
    one after the other, implementation table drawn with horizontal lines only and striped
    rows, no header repeated after a page break, an owner repeated from the row above left
    blank ("same as above", the parser must forward-fill).

Only the layout is invented; every code, title, label and cell value comes from the seed text.
"""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from demo.pdf_kit import DEJAVU_SYSTEM, render_fiche_doc
from tests.generators.seed001 import (
    _BLOCK_TAG_RE,
    _FICHE_LINE_RE,
    PLAN_NAME,
    Block,
    _paragraphs,
    load_seed,
)

LAYOUTS = ("word_export", "word_centred", "word_hrules", "plain_text")


# --------------------------------------------------------------------------- markup helpers


def _esc(text: str) -> str:
    return escape(text)


def _verbatim(value: str) -> str:
    """Cell text as the conversion shows it (remnants kept), line breaks kept."""
    return "<br/>".join(_esc(part) for part in value.split("\n"))


# --------------------------------------------------------------------------- rendering

WORD_FONT, WORD_BOLD, WORD_ITALIC = "SeedSans", "SeedSans-Bold", "SeedSans-Oblique"


def _word_fonts() -> tuple[str, str, str]:
    """A TrueType family like a Word export embeds (DejaVu Sans Condensed), else Helvetica."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if WORD_FONT in pdfmetrics.getRegisteredFontNames():
        return WORD_FONT, WORD_BOLD, WORD_ITALIC
    folder = DEJAVU_SYSTEM
    files = [
        folder / "DejaVuSansCondensed.ttf",
        folder / "DejaVuSansCondensed-Bold.ttf",
        folder / "DejaVuSansCondensed-Oblique.ttf",
    ]
    if all(f.exists() for f in files):
        for name, path in zip((WORD_FONT, WORD_BOLD, WORD_ITALIC), files, strict=True):
            pdfmetrics.registerFont(TTFont(name, str(path)))
        return WORD_FONT, WORD_BOLD, WORD_ITALIC
    return "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"


class _Render:
    def __init__(self, layout: str) -> None:
        if layout not in LAYOUTS:
            raise ValueError(f"layout inconnu : {layout} (attendu : {', '.join(LAYOUTS)})")
        self.layout = layout
        self.word = layout.startswith("word_")
        self.valign = "MIDDLE" if layout in ("word_centred", "word_hrules") else "TOP"
        self.hrules = layout == "word_hrules"
        if self.word:
            self.font, self.bold, self.italic = _word_fonts()
            self.margins = (71.0, 71.0, 71.0, 57.0)  # left, right, top, bottom (2,5 / 2 cm)
        else:
            self.font, self.bold, self.italic = "Times-Roman", "Times-Bold", "Times-Italic"
            self.margins = (42.0, 42.0, 60.0, 50.0)
        self.st = self._styles()

    # ------------------------------------------------------------------ styles
    def _styles(self) -> dict[str, object]:
        from reportlab.lib import colors
        from reportlab.lib.enums import TA_CENTER
        from reportlab.lib.styles import ParagraphStyle

        size = 9.5 if self.word else 10.5
        base = ParagraphStyle("base", fontName=self.font, fontSize=size, leading=size * 1.25)
        accent = colors.HexColor("#2E74B5") if self.word else colors.black
        return {
            "base": base,
            "para": ParagraphStyle("para", parent=base, spaceAfter=5),
            "cell": ParagraphStyle(
                "cell", parent=base, fontSize=size - 1, leading=(size - 1) * 1.2
            ),
            "head": ParagraphStyle(
                "head",
                parent=base,
                fontName=self.bold,
                fontSize=size - 1,
                leading=(size - 1) * 1.2,
                alignment=TA_CENTER if self.word else 0,
            ),
            "label": ParagraphStyle(
                "label", parent=base, fontName=self.font if self.word else self.bold
            ),
            "axis": ParagraphStyle(
                "axis",
                parent=base,
                fontName=self.bold,
                fontSize=17 if self.word else 15,
                leading=21 if self.word else 19,
                spaceAfter=4,
                textColor=colors.HexColor("#385623") if self.word else colors.black,
            ),
            "axis2": ParagraphStyle(
                "axis2", parent=base, fontName=self.bold, fontSize=13, leading=16, spaceAfter=3
            ),
            "axis3": ParagraphStyle(
                "axis3", parent=base, fontName=self.italic, fontSize=11, leading=14, spaceAfter=10
            ),
            "objective": ParagraphStyle(
                "objective",
                parent=base,
                fontName=self.bold,
                fontSize=12.5,
                leading=16,
                spaceBefore=10,
                spaceAfter=6,
                textColor=accent,
            ),
            "section": ParagraphStyle(
                "section",
                parent=base,
                fontName=self.bold,
                fontSize=11,
                leading=14,
                spaceBefore=8,
                spaceAfter=5,
                textColor=accent,
            ),
            "summary": ParagraphStyle("summary", parent=base, spaceAfter=3),
            "banner": ParagraphStyle(
                "banner",
                parent=base,
                fontName=self.bold,
                fontSize=12,
                leading=15,
                textColor=colors.white,
            ),
            "fiche": ParagraphStyle(
                "fiche",
                parent=base,
                fontName=self.bold,
                fontSize=13,
                leading=16,
                spaceBefore=4,
                spaceAfter=6,
            ),
            "bold": ParagraphStyle("bold", parent=base, fontName=self.bold),
        }

    def _p(self, markup: str, style: str) -> object:
        from reportlab.platypus import Paragraph

        return Paragraph(markup, self.st[style])

    @property
    def frame_width(self) -> float:
        from reportlab.lib.pagesizes import A4

        return A4[0] - self.margins[0] - self.margins[1]

    # ------------------------------------------------------------------ page furniture
    def furniture(self, canvas: object, page: int, total: int) -> None:
        from reportlab.lib import colors
        from reportlab.lib.pagesizes import A4

        width, height = A4
        c = canvas
        c.saveState()  # type: ignore[attr-defined]
        if self.word:
            c.setFont(self.font, 8)  # type: ignore[attr-defined]
            c.setFillColor(colors.HexColor("#595959"))  # type: ignore[attr-defined]
            c.drawString(71, height - 40, f"PCAET {PLAN_NAME}")  # type: ignore[attr-defined]
            c.drawRightString(width - 71, height - 40, "Programme d'actions")  # type: ignore[attr-defined]
            c.setStrokeColor(colors.HexColor("#2E74B5"))  # type: ignore[attr-defined]
            c.setLineWidth(0.75)  # type: ignore[attr-defined]
            c.line(71, height - 45, width - 71, height - 45)  # type: ignore[attr-defined]
            c.drawCentredString(width / 2, 30, f"Page {page} / {total}")  # type: ignore[attr-defined]
        else:
            c.setFont("Times-Italic", 8.5)  # type: ignore[attr-defined]
            c.drawCentredString(  # type: ignore[attr-defined]
                width / 2, height - 32, f"{PLAN_NAME} · Plan Climat Air Énergie Territorial"
            )
            c.setFont("Times-Roman", 9)  # type: ignore[attr-defined]
            c.drawCentredString(width / 2, 24, f"– {page} –")  # type: ignore[attr-defined]
        c.restoreState()  # type: ignore[attr-defined]

    # ------------------------------------------------------------------ blocks
    def block(self, block: Block) -> list[object]:
        return getattr(self, f"_{block.kind}")(block)

    def _axis(self, block: Block) -> list[object]:
        styles = ["axis", "axis2"] + ["axis3"] * len(block.lines)
        return [self._p(_esc(line), s) for line, s in zip(block.lines, styles, strict=False)]

    def _objective(self, block: Block) -> list[object]:
        from reportlab.platypus import CondPageBreak

        return [CondPageBreak(120)] + [self._p(_esc(line), "objective") for line in block.lines]

    def _section(self, block: Block) -> list[object]:
        return [self._p(_esc(block.lines[0]), "section")]

    def _para(self, block: Block) -> list[object]:
        return [self._p(_esc(block.lines[0]), "para")]

    def _bold(self, block: Block) -> list[object]:
        return [self._p(_esc(line), "bold") for line in block.lines]

    def _summary(self, block: Block) -> list[object]:
        out = []
        for line in block.lines:
            match = _FICHE_LINE_RE.match(line)
            assert match
            code, title = match.group(1), match.group(2)
            if self.word:
                out.append(self._p(f"<b>FICHE {code}</b> {_esc(title)}", "summary"))
            else:
                out.append(self._p(f"FICHE {code} {_esc(title)}", "summary"))
        return out

    def _summary_table(self, block: Block) -> list[object]:
        from reportlab.lib import colors
        from reportlab.platypus import Spacer, Table, TableStyle

        width = self.frame_width
        rows = [[self._p(_esc(a), "base"), self._p(_esc(b), "base")] for a, b in block.rows]
        table = Table(rows, colWidths=[0.2 * width, 0.8 * width], hAlign="LEFT")
        style = [("VALIGN", (0, 0), (-1, -1), "TOP")]
        if self.word:
            style.append(("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7F7F7F")))
        table.setStyle(TableStyle(style))
        return [table, Spacer(1, 6)]

    def _fiche(self, block: Block) -> list[object]:
        from reportlab.lib import colors
        from reportlab.platypus import (
            CondPageBreak,
            HRFlowable,
            PageBreak,
            Spacer,
            Table,
            TableStyle,
        )

        if self.word:
            cells = [[self._p(_esc(line), "banner")] for line in block.lines]
            banner = Table(cells, colWidths=[self.frame_width])
            banner.setStyle(
                TableStyle(
                    [
                        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#1F4E79")),
                        ("LEFTPADDING", (0, 0), (-1, -1), 8),
                        ("TOPPADDING", (0, 0), (-1, -1), 4),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                    ]
                )
            )
            banner._fiche_code = block.code  # type: ignore[attr-defined]
            return [PageBreak(), banner, Spacer(1, 10)]
        heads = [self._p(_esc(line), "fiche") for line in block.lines]
        heads[0]._fiche_code = block.code  # type: ignore[attr-defined]
        rule = HRFlowable(width="100%", thickness=1.2, color=colors.black, spaceAfter=4)
        return [CondPageBreak(200), Spacer(1, 8), rule, *heads]

    def _borders(self) -> tuple:
        """Word table borders: a full grid, or horizontal borders only (``word_hrules``)."""
        from reportlab.lib import colors

        if self.hrules:
            return ("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.black)
        return ("GRID", (0, 0), (-1, -1), 0.5, colors.black)

    def _fields(self, block: Block) -> list[object]:
        from reportlab.lib import colors
        from reportlab.platypus import Spacer, Table, TableStyle

        if self.word:
            width = self.frame_width
            rows = []
            for label, value in block.fields:
                rows.append([self._p(_esc(label), "label"), self._p(_verbatim(value), "base")])
            table = Table(rows, colWidths=[0.3 * width, 0.7 * width], splitInRow=1)
            table.setStyle(
                TableStyle(
                    [
                        self._borders(),
                        ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#D9D9D9")),
                        ("VALIGN", (0, 0), (0, -1), self.valign),
                        ("VALIGN", (1, 0), (1, -1), "TOP"),
                        ("TOPPADDING", (0, 0), (-1, -1), 3),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                    ]
                )
            )
            return [table, Spacer(1, 8)]
        out: list[object] = []
        for label, value in block.fields:
            out.append(self._p(f"{_esc(label)} :", "label"))
            out += [self._p(_esc(par), "para") for par in _paragraphs(value)]
            out.append(Spacer(1, 3))
        return out

    def _col_widths(self, block: Block, ratios: list[float], with_header: bool) -> list[float]:
        """Column widths like a word processor's autofit: each column at least as wide as its
        longest word (body cells; header too when ``with_header``), the rest by ``ratios``."""
        from reportlab.pdfbase.pdfmetrics import stringWidth

        size = self.st["cell"].fontSize  # type: ignore[attr-defined]
        padding = 13.0
        mins = []
        for col in range(len(ratios)):
            texts = [row[col] for row in block.rows]
            words = [w for t in texts for w in _esc(_BLOCK_TAG_RE.sub(" ", t)).split()]
            widest = max((stringWidth(w, self.font, size) for w in words), default=0.0)
            if with_header:
                heads = block.header[col].split()
                widest = max([widest] + [stringWidth(w, self.bold, size) for w in heads])
            mins.append(widest + padding)
        total = self.frame_width
        widths = [r * total for r in ratios]
        for _ in range(5):
            short = sum(max(0.0, m - w) for m, w in zip(mins, widths, strict=True))
            if short <= 0.01:
                break
            spare = [max(0.0, w - m) for m, w in zip(mins, widths, strict=True)]
            room = sum(spare)
            widths = [
                max(m, w - short * s / room) if room else max(m, w)
                for m, w, s in zip(mins, widths, spare, strict=True)
            ]
        return widths

    def _impl(self, block: Block) -> list[object]:
        from reportlab.lib import colors
        from reportlab.platypus import Spacer, Table, TableStyle

        ratios = [0.16, 0.32, 0.1, 0.13, 0.12, 0.17]
        widths = self._col_widths(block, ratios, with_header=self.word)
        head = [self._p(_esc(h), "head") for h in block.header]
        rows: list[list[object]] = [head]
        style: list[tuple] = [("VALIGN", (0, 0), (-1, -1), "TOP")]
        owner = block.header.index("Porteur")
        if self.word:
            for row in block.rows:
                rows.append([self._p(_verbatim(c), "cell") for c in row])
            start = 0
            while start < len(block.rows):  # merge runs of identical owners (Word "Fusionner")
                end = start
                while (
                    end + 1 < len(block.rows)
                    and block.rows[end + 1][owner] == block.rows[start][owner]
                ):
                    end += 1
                if end > start:
                    style.append(("SPAN", (owner, start + 1), (owner, end + 1)))
                    for k in range(start + 1, end + 1):
                        rows[k + 1][owner] = ""
                start = end + 1
            style += [
                self._borders(),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DEEAF6")),
                ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
                ("VALIGN", (0, 1), (-1, -1), self.valign),
            ]
            table = Table(rows, colWidths=widths, repeatRows=1, splitInRow=1)
        else:
            for r, row in enumerate(block.rows):
                if r and row[owner] == block.rows[r - 1][owner]:  # "same as above": left blank
                    row = [*row[:owner], "", *row[owner + 1 :]]
                rows.append(
                    [self._p("<br/>".join(_esc(p) for p in _paragraphs(c)), "cell") for c in row]
                )
            style += [
                ("LINEABOVE", (0, 0), (-1, 0), 1.2, colors.black),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                ("LINEBELOW", (0, 1), (-1, -1), 0.3, colors.HexColor("#808080")),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#EFEFEF")]),
            ]
            table = Table(rows, colWidths=widths, repeatRows=0)
        table.setStyle(TableStyle(style))
        return [table, Spacer(1, 12)]

    # ------------------------------------------------------------------ build
    def build(self) -> tuple[bytes, dict[str, int]]:
        from reportlab.lib.pagesizes import A4

        story: list[object] = []
        for block in load_seed():
            story += self.block(block)
        return render_fiche_doc(
            story,
            A4,
            self.margins,
            self.furniture,
            title=f"PCAET {PLAN_NAME} - Programme d'actions",
            author="Grand Auch Cœur de Gascogne",
        )


def seed001_pdf_with_pages(layout: str) -> tuple[bytes, dict[str, int]]:
    """PDF of the seed in ``layout`` and the 1-based page where each fiche sheet starts."""
    return _Render(layout).build()


def seed001_pdf(layout: str) -> bytes:
    """The real seed-001 action plan rendered as a PDF in ``layout`` (see :data:`LAYOUTS`)."""
    return seed001_pdf_with_pages(layout)[0]


if __name__ == "__main__":  # pragma: no cover - manual preview
    import sys

    out = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp")
    for name in LAYOUTS:
        data, where = seed001_pdf_with_pages(name)
        (out / f"seed001_{name}.pdf").write_bytes(data)
        print(name, len(data), where)
