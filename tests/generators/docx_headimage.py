"""A plan whose steps tables' HEADER ROW IS A PASTED PICTURE (forty-third held-out set,
``plan_docx_headimage``), as an author who could not reproduce the template's header row
pastes a screen capture of it: the body exactly as ``plan_docx_grid``; in every steps table
the header row's six cells merged into one holding one inline PNG (a 144 dpi capture of the
six bold labels on #DEEAF6 in a black grid), the row still marked to repeat.

The .docx of ``plan_docx_grid`` is written first, then its steps header rows rewritten here.
Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

import io
from pathlib import Path

from tests.generators.seed001 import load_seed

DPI = 144  # a 150 % screen's capture
WIDTHS_CM = (2.6, 5.2, 2.0, 2.4, 2.2, 2.6)  # plan_docx_grid's steps columns
PICTURE_CM = 16.6  # the merged cell's 17 cm less Word's 0.19 cm left and right margins
FILL = (0xDE, 0xEA, 0xF6)
BOLD = "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"
PAD_X, PAD_Y = 11, 3  # px: Word's 0.19 cm cell margin at 144 dpi, a little room on top


def _wrap(draw: object, text: str, font: object, width: float) -> list[str]:
    """Word-wrapped as the template's cell wraps it; a word wider than the column cut
    where it overflows, without a hyphen, as Writer cuts it."""
    lines: list[str] = []
    for word in text.split():
        trial = f"{lines[-1]} {word}" if lines else word
        if lines and draw.textlength(trial, font=font) <= width:  # type: ignore[attr-defined]
            lines[-1] = trial
            continue
        while draw.textlength(word, font=font) > width:  # type: ignore[attr-defined]
            cut = len(word) - 1
            while cut > 1 and draw.textlength(word[:cut], font=font) > width:  # type: ignore[attr-defined]
                cut -= 1
            lines.append(word[:cut])
            word = word[cut:]
        lines.append(word)
    return lines


def header_picture(labels: list[str]) -> bytes:
    """The template's header row as a PNG: the labels bold 9 pt, black, left- and
    top-aligned in columns at the body's proportions, on #DEEAF6, a 1 px black grid."""
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype(BOLD, round(9 * DPI / 72))
    width = round(PICTURE_CM / 2.54 * DPI)
    scale = width / sum(WIDTHS_CM)
    edges = [0]
    for w in WIDTHS_CM:
        edges.append(edges[-1] + w * scale)
    edges[-1] = width - 1
    probe = ImageDraw.Draw(Image.new("RGB", (1, 1)))
    wrapped = [
        _wrap(probe, label, font, edges[c + 1] - edges[c] - 2 * PAD_X)
        for c, label in enumerate(labels)
    ]
    line_h = round(9 * DPI / 72 * 1.15)
    height = PAD_Y * 2 + line_h * max(len(lines) for lines in wrapped) + 2
    image = Image.new("RGB", (width, height), FILL)
    draw = ImageDraw.Draw(image)
    for c, lines in enumerate(wrapped):
        for n, line in enumerate(lines):
            draw.text((edges[c] + PAD_X, PAD_Y + 1 + n * line_h), line, font=font, fill="black")
    for x in edges:
        draw.line([(round(x), 0), (round(x), height - 1)], fill="black", width=1)
    draw.line([(0, 0), (width - 1, 0)], fill="black", width=1)
    draw.line([(0, height - 1), (width - 1, height - 1)], fill="black", width=1)
    out = io.BytesIO()
    image.save(out, format="PNG", dpi=(DPI, DPI))
    return out.getvalue()


def _picture_row(table: object, labels: list[str]) -> None:
    """Row 0 of ``table``: its cells merged into one, no fill, no text, one inline picture."""
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    cells = table.rows[0].cells  # type: ignore[attr-defined]
    merged = cells[0].merge(cells[-1])
    tc_pr = merged._tc.get_or_add_tcPr()
    for shd in tc_pr.findall(qn("w:shd")):
        tc_pr.remove(shd)
    for par in merged.paragraphs[1:]:
        par._p.getparent().remove(par._p)
    par = merged.paragraphs[0]
    for child in list(par._p):
        if child.tag != qn("w:pPr"):
            par._p.remove(child)
    par.paragraph_format.space_before = par.paragraph_format.space_after = Pt(0)
    par.add_run().add_picture(io.BytesIO(header_picture(labels)), width=Cm(PICTURE_CM))


def add_header_pictures(path: Path) -> Path:
    """Rewrite the .docx at ``path``: every steps table's header row a pasted picture."""
    from docx import Document

    headers = {tuple(b.header) for b in load_seed() if b.kind == "impl"}
    doc = Document(str(path))
    count = 0
    for table in doc.tables:
        row = table.rows[0]
        labels = tuple(cell.text.strip() for cell in row.cells)
        if labels in headers:
            _picture_row(table, list(labels))
            count += 1
    if not count:
        raise RuntimeError("no steps table found")
    doc.save(str(path))
    return path
