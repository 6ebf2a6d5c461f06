"""QR codes beside a heading (sources.pdf.qr_codes): a square of small dark modules on a grid
and its small-print caption are set aside; small squares that make no code (a check-box
column, a row of bullets, a checkerboard banner) and text beside the code stay. One page
drawn with reportlab as Chromium prints an inline SVG code (a ``<rect>`` a module)."""

from __future__ import annotations

import io
import random
from types import SimpleNamespace

from sources.pdf.qr_codes import qr_objects

HEIGHT = 842.0
SIDE = 2.33
ORIGIN = (490.0, 376.0)


def _modules(n: int = 25, seed: int = 7) -> list[tuple[int, int]]:
    rng = random.Random(seed)
    cells = {(i, j) for i in range(n) for j in range(n) if rng.random() < 0.5}
    for ci, cj in ((0, 0), (0, n - 7), (n - 7, 0)):  # the three finder squares
        cells |= {(ci + i, cj + j) for i in range(7) for j in range(7) if i in (0, 6) or j in (0, 6)}
    return sorted(cells)


def _page() -> bytes:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=(595.0, HEIGHT))
    c.setFillColorRGB(0, 0, 0)
    for i, j in _modules():
        x, top = ORIGIN[0] + j * SIDE, ORIGIN[1] + i * SIDE
        c.rect(x, HEIGHT - top - SIDE, SIDE, SIDE, stroke=0, fill=1)
    c.setFont("Helvetica", 6.4)
    c.drawString(489, HEIGHT - 446, "Flashez ce code pour")
    c.drawString(491, HEIGHT - 454, "consulter la fiche en ligne")
    c.setFont("Helvetica", 6.0)
    c.drawString(487, HEIGHT - 461, "exemple.fr/pcaet/fiche-1-1-1")
    c.setFont("Helvetica", 9)
    for k, text in enumerate(("L'agglomération mène une opération test", "d'économie", "circulaire")):
        c.drawString(43, HEIGHT - 400 - 11 * k, text)  # the value the text wraps around
    c.drawString(491, HEIGHT - 490, "vingtaine")  # the value going on under the code
    c.drawString(43, HEIGHT - 360, "FICHE 1.1.1 Expérimenter un projet")
    c.save()
    return buffer.getvalue()


def test_a_code_and_its_caption_are_set_aside() -> None:
    import pdfplumber

    with pdfplumber.open(io.BytesIO(_page())) as pdf:
        page = pdf.pages[0]
        drop = qr_objects(page)
        kept = "".join(c["text"] for c in page.chars if id(c) not in drop)
        gone = "".join(c["text"] for c in page.chars if id(c) in drop)
        squares = [r for r in page.rects if id(r) in drop]
    assert len(squares) == len(_modules())
    assert gone == "Flashez ce code pourconsulter la fiche en ligneexemple.fr/pcaet/fiche-1-1-1"
    assert "vingtaine" in kept and "L'agglomération" in kept and "FICHE 1.1.1" in kept


def _square(x: float, top: float, side: float = SIDE) -> dict:
    return {"x0": x, "top": top, "x1": x + side, "bottom": top + side, "fill": True}


def _drop(rects: list[dict]) -> set[int]:
    return qr_objects(SimpleNamespace(rects=rects, chars=[]))


def test_small_squares_that_make_no_code_stay() -> None:
    # a check-box column: 60 boxes down a table, one a row
    assert _drop([_square(60, 100 + 14 * i, 6) for i in range(60)]) == set()
    # a row of bullets: 60 squares along a line
    assert _drop([_square(60 + 5 * i, 100) for i in range(60)]) == set()
    # a checkerboard banner: wide, not square
    board = [_square(60 + SIDE * j, 100 + SIDE * i) for i in range(6) for j in range(80)
             if (i + j) % 2 == 0]  # fmt: skip
    assert _drop(board) == set()
    # a square filled solid: every module dark (a black box cut in tiles), no code
    solid = [_square(60 + SIDE * j, 100 + SIDE * i) for i in range(21) for j in range(21)]
    assert _drop(solid) == set()
    # squares off the grid (scattered confetti)
    rng = random.Random(3)
    confetti = [_square(60 + rng.uniform(0, 55), 100 + rng.uniform(0, 55)) for _ in range(200)]
    assert _drop(confetti) == set()
    # the code itself, as fake rects: every module set aside
    code = [_square(ORIGIN[0] + j * SIDE, ORIGIN[1] + i * SIDE) for i, j in _modules()]
    assert _drop(code) == {id(r) for r in code}
