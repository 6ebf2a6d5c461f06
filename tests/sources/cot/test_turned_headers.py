"""Progress tables whose number columns are narrow and their header labels turned a quarter
turn (read bottom to top), and a last row straddling the slide's bottom edge: drawn with
reportlab as a 16:9 slide, read through both engines."""

from __future__ import annotations

import io

import pdfplumber
import pytest
from reportlab.pdfgen import canvas

from sources.cot.pages import _open_pages
from sources.cot.referential import _find_header
from tests.generators.seed_slides import _register_fonts
from tests.sources.cot.hand_decks import referential_rows

W, H = 720.0, 405.0
CELLS = [(586.0, 626.0), (626.0, 666.0), (666.0, 706.0)]  # three 40 pt number columns
LABELS = [["Points", "restants"], ["% Réalisé"], ["%", "Programmé"]]  # printed turned lines
ROWS = [
    ("▼ Planification territoriale", "58,7", "27 %", "16,4 %"),
    ("▶ Stratégie globale climat-air-énergie", "18,9", "37 %", "16,9 %"),
    ("▶ Urbanisme", "15,9", "22,2 %", "12,4 %"),
    ("▶ Société civile", "11,3", "13,4 %", "6,6 %"),
]
AXIS = "Planification territoriale"
WANT = [
    ("axis", AXIS, None, 58.7, 27.0, 16.4),
    ("sub_axis", "Stratégie globale climat-air-énergie", AXIS, 18.9, 37.0, 16.9),
    ("sub_axis", "Urbanisme", AXIS, 15.9, 22.2, 12.4),
    ("sub_axis", "Société civile", AXIS, 11.3, 13.4, 6.6),
]


def _slide(
    header_top: float,
    anchor: str = "left",
    fills: str = "cells",
    turned: int = 90,
) -> bytes:
    """One slide: a banded progress table whose header row starts ``header_top`` pt down.

    ``anchor``: where the turned labels sit across their cell (« left » as Impress sets a
    top-anchored ``vert270`` cell, « centre »); ``fills``: each header cell a filled box
    (« cells »), one box over the three number columns (« band ») or none; ``turned``: the
    labels turned 90° (read bottom to top) or -90° (top to bottom, lines right to left),
    0: set horizontally (wrapped, smaller).
    """
    _register_fonts()  # DejaVu faces: the ▼ / ▶ markers have glyphs
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(W, H))
    c.setFont("PptCalibri-Bold", 18)
    c.drawString(240, H - 25, "Le volet Climat Air Energie")
    header_bottom = header_top + (60.5 if turned else 14)
    if fills != "none":
        c.setFillColorRGB(0.0, 0.45, 0.70)
        boxes = CELLS if fills == "cells" else [(CELLS[0][0], CELLS[-1][1])]
        for x0, x1 in [(14.0, 586.0), *boxes]:
            c.rect(x0, H - header_bottom, x1 - x0, header_bottom - header_top, fill=1, stroke=0)
        c.setFillColorRGB(0, 0, 0)
    c.setFont("PptCalibri-Bold", 7.5)
    c.drawString(18, H - header_top - 8, "Les actions")
    for (x0, x1), lines in zip(CELLS, LABELS, strict=True):
        if not turned:  # wrapped on two lines, 6 pt, right-aligned
            c.setFont("PptCalibri-Bold", 6)
            for n, text in enumerate(lines):
                c.drawRightString(x1 - 2, H - header_top - 7 - 6.5 * n, text)
            continue
        step = 8.8  # between printed lines, each 7.5 pt across
        up = 5.7 if turned > 0 else 1.8  # from the glyphs' left edge to their baseline
        block = 7.2 + step * (len(lines) - 1)
        left = x0 + 1.3 if anchor == "left" else (x0 + x1 - block) / 2
        ordered = lines if turned > 0 else lines[::-1]  # printed left to right
        for n, text in enumerate(ordered):
            c.saveState()
            c.translate(
                left + up + n * step, H - header_bottom + 4 if turned > 0 else H - header_top - 4
            )
            c.rotate(turned)
            c.drawString(0, 0, text)
            c.restoreState()
    c.setFont("PptCalibri", 7.5)
    top = header_bottom + 0.4
    for label, *numbers in ROWS:
        baseline = H - top - 5.8
        c.drawString(18 if label.startswith("▼") else 26.6, baseline, label)
        for (_, x1), number in zip(CELLS, numbers, strict=True):
            c.drawRightString(x1 - 4, baseline, number)
        top += 12
    c.showPage()
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize("turned", [90, -90])
@pytest.mark.parametrize(
    ("anchor", "fills"),
    [("left", "cells"), ("left", "none"), ("left", "band"), ("centre", "none")],
)
def test_turned_labels_name_the_columns(engine: str, anchor: str, fills: str, turned: int) -> None:
    """Labels at the left of their cells (cells drawn, one fill over the three, none) or
    centred, read either way: every number in its own column (« 58,7 » stands nearer the
    « % Réalisé » label than its own)."""
    assert referential_rows(_slide(52.0, anchor, fills, turned)) == WANT


def test_header_found_on_the_line_heading_the_turned_labels(engine: str) -> None:
    pages, _ = _open_pages(_slide(52.0))
    (page,) = pages
    assert [w.text for w in page.turned] == ["Points", "restants", "% Réalisé", "%", "Programmé"]
    assert _find_header(page, 0) is None  # the title: the labels end under the next line
    cols = _find_header(page, 1)
    assert cols is not None
    assert cols.header_label == "Les actions"
    assert cols.centres == {"points_remaining": 606.0, "pct_done": 646.0, "pct_programmed": 686.0}
    assert cols.label_end <= 586.0
    assert cols.header_bottom > 100.0  # rows start under the turned labels


@pytest.mark.parametrize("turned", [90, 0])
def test_row_straddling_the_bottom_edge_isreferential_rows(engine: str, turned: int) -> None:
    """The table runs past the slide's foot: its last row's glyphs from about 402 to 409 pt
    down a 405 pt page are still a row (PDFium reads the horizontal-header slide itself, a
    slide with turned text is read through pdfplumber)."""
    last_top = H - 4.3  # the last row's text top, its glyphs ending past the page
    header_top = last_top - 12 * (len(ROWS) - 1) - 0.4 - (60.5 if turned else 14)
    data = _slide(header_top, turned=turned)
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        last = [w for w in pdf.pages[0].extract_words() if w["text"] == "civile"]
    assert last and last[0]["top"] < H < last[0]["bottom"]
    assert referential_rows(data) == WANT
