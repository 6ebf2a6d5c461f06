"""ROWS SHADED BY PARAGRAPH BACKGROUNDS (a borderless table, every other step's paragraphs
shaded, each band hugging its own lines): the unshaded step under a shaded one is a row of its
own (sources.pdf.paragraph_bands). A fill in one column only (a status cell) cuts no row.
Drawn with reportlab, and the pure rules on boxes."""

from __future__ import annotations

from sources.action_plan import parse_action_plan
from sources.pdf.content import Line, Segment
from sources.pdf.paragraph_bands import below_bands, row_bands
from tests.sources.pdf.hand_pages import BOUNDS, HEADER, HEIGHT, HandPages

STEPS = [
    (("Lancer un test", "d'économie"), ("Auditer vingt", "entreprises", "du territoire"), ("2019",),
     ("18000",), ("GACdG",), ("CCI",)),
    (("Définir une", "stratégie"), ("Choisir les filières",), ("2020",), ("interne",), ("GACdG",),
     ("ADEME",)),
    (("Former",), ("Former les agents",), ("2021",), ("5000",), ("GACdG",), ("CNFPT",)),
]  # fmt: skip


def _plan(shade: str) -> bytes:
    """``shade``: "paragraphs" (every other step's cells, band by band) or "status" (the
    planning cell of every step only)."""
    pages = HandPages()
    pages.fiche_head()
    c = pages.c
    for x, label in zip(BOUNDS, HEADER, strict=False):
        pages.text(x + 3.0, 150.0, label, bold=True)
    top = 175.0
    for k, step in enumerate(STEPS):
        for col, (x, lines) in enumerate(zip(BOUNDS, step, strict=False)):
            band = (shade == "paragraphs" and k % 2 == 0) or (shade == "status" and col == 2)
            if band:
                c.setFillColorRGB(0.87, 0.92, 0.97)
                right = BOUNDS[col + 1] - 3.0
                c.rect(x + 2.0, HEIGHT - top - 11.0 * len(lines), right - x - 2.0,
                       11.0 * len(lines) + 1.0, stroke=0, fill=1)  # fmt: skip
                c.setFillColorRGB(0, 0, 0)
            for n, text in enumerate(lines):
                pages.text(x + 3.0, top + 11.0 * n, text, size=8.0)
        top += 11.0 * max(len(v) for v in step) + 8.0
    pages.text(57.0, top + 40.0, "FICHE 1.1.2", bold=True, size=12.0)
    pages.text(57.0, top + 60.0, "Objectif opérationnel : Etendre", bold=True, size=12.0)
    c.showPage()
    return pages.save()


def test_an_unshaded_step_under_a_shaded_one_is_a_row() -> None:
    for shade in ("paragraphs", "status"):
        doc = parse_action_plan(_plan(shade), "plans/ilots.pdf", "0" * 64)
        assert [(s.step, s.description, s.start_year) for s in doc.steps] == [
            ("Lancer un test d'économie", "Auditer vingt entreprises du territoire", 2019),
            ("Définir une stratégie", "Choisir les filières", 2020),
            ("Former", "Former les agents", 2021),
        ], shade


def _line(top: float, *spans: tuple[float, float]) -> Line:
    segs = [Segment(a, b, "x", False) for a, b in spans]
    return Line(1, top, top + 8.0, spans[0][0], spans[-1][1], 8.0, False, segs)


def test_bands_of_a_row_and_the_line_under_them() -> None:
    # (x0, top, x1, bottom): the step's band tall, the description's, the details' short
    row = [(59.0, 99.0, 125.0, 140.0), (130.0, 99.0, 300.0, 130.0), (300.0, 99.0, 540.0, 110.0)]
    first = _line(100.0, (60.0, 120.0), (131.0, 290.0), (301.0, 330.0))
    assert row_bands(row, first, 57.0, 540.0) == row
    assert below_bands(_line(145.0, (60.0, 100.0)), row, row)
    assert not below_bands(_line(131.0, (131.0, 200.0)), row, row)  # beside the step's band
    assert not below_bands(_line(145.0, (60.0, 100.0)), row, [*row, (59.0, 144.0, 125.0, 160.0)])
    status = [(300.0, 99.0, 340.0, 110.0)]  # one column's fill: no band of the row
    assert row_bands(status, first, 57.0, 540.0) == []
    rest = _line(100.0, (131.0, 200.0))  # the rest of a row cut by the page break
    assert row_bands([row[1]], rest, 57.0, 540.0) == [row[1]]
