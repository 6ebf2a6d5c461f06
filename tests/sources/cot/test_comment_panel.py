"""A progress table narrowed on its slide with a comment panel at its right, the panel's
remark lines level with the table's rows (one of them between two rows, holding two
numbers): drawn with reportlab as a 16:9 slide, read through both engines. The remarks are
no cells: no label takes their words, no row is made of them."""

from __future__ import annotations

import io

import pytest
from reportlab.pdfgen import canvas

from sources.cot.pages import _open_pages
from sources.cot.referential import _find_header
from sources.cot.table_extent import beside_table, drawn_right_edge
from tests.generators.seed_slides import _register_fonts
from tests.sources.cot.hand_decks import referential_rows

W, H = 720.0, 405.0
COLUMNS = [(14.0, 286.0), (286.0, 346.0), (346.0, 406.0), (406.0, 466.0)]
HEADER = ("Les actions", "Points restants", "% Réalisé", "% Programmé")
ROWS = [
    ("▼ Planification territoriale", "58,7", "27 %", "16,4 %"),
    ("▶ Stratégie globale climat-air-énergie", "18,9", "37 %", "16,9 %"),
    ("▶ Urbanisme", "15,9", "22,2 %", "12,4 %"),
    ("▼ Mobilité", "41,1", "13,7 %", "3,7 %"),
    ("▶ Mobilité alternative", "22,5", "13,8 %", "3,6 %"),
]
# panel lines: (top, text); the second one between two rows, holding two numbers
REMARKS = [
    (76.0, "• 3 actions à relancer avant le prochain comité de"),
    (82.0, "pilotage."),
    (96.0, "• 12 projets attendus en 2023"),
    (112.0, "• Prochain point d'étape : comité du 15 mars."),
]
AXIS, MOBILITY = "Planification territoriale", "Mobilité"
WANT = [
    ("axis", AXIS, None, 58.7, 27.0, 16.4),
    ("sub_axis", "Stratégie globale climat-air-énergie", AXIS, 18.9, 37.0, 16.9),
    ("sub_axis", "Urbanisme", AXIS, 15.9, 22.2, 12.4),
    ("axis", MOBILITY, None, 41.1, 13.7, 3.7),
    ("sub_axis", "Mobilité alternative", MOBILITY, 22.5, 13.8, 3.6),
]
PANEL = (480.0, 52.0, 706.0, 202.0)  # x0, top, x1, bottom
PANEL_AT_RIGHT = (640.0, 300.0, 706.0, 380.0)  # a panel beside a gauge's track


def _slide(table_fills: bool, panel_fill: bool) -> bytes:
    """One slide: the table at x = 14 pt, 466 pt wide (header cells and banded rows filled
    or nothing drawn), the panel from x = 480 pt (a filled rounded box or its text alone)."""
    _register_fonts()  # DejaVu faces: the ▼ / ▶ markers have glyphs
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(W, H))
    c.setFont("PptCalibri-Bold", 18)
    c.drawString(240, H - 25, "Le volet Climat Air Energie")
    tops = [52.0, 66.0] + [66.0 + 12.0 * (k + 1) for k in range(len(ROWS))]
    if table_fills:
        for n, (top, bottom) in enumerate(zip(tops, tops[1:], strict=False)):
            colour = (0.0, 0.45, 0.70) if n == 0 else (0.92, 0.95, 0.98) if n % 2 else (1, 1, 1)
            c.setFillColorRGB(*colour)
            for x0, x1 in COLUMNS:
                c.rect(x0, H - bottom, x1 - x0, bottom - top, fill=1, stroke=0)
    if panel_fill:
        x0, top, x1, bottom = PANEL
        c.setFillColorRGB(1.0, 0.96, 0.9)
        c.setStrokeColorRGB(0.88, 0.48, 0.0)
        c.roundRect(x0, H - bottom, x1 - x0, bottom - top, 8, fill=1, stroke=1)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("PptCalibri-Bold", 7.5)
    c.drawString(18, H - 52 - 9, HEADER[0])
    for (_, x1), label in zip(COLUMNS[1:], HEADER[1:], strict=True):
        c.drawRightString(x1 - 4, H - 52 - 9, label)
    c.setFont("PptCalibri-Bold", 9)
    c.drawString(488, H - 60 - 8, "Points d'attention")
    c.setFont("PptCalibri", 7.5)
    for (label, *numbers), top in zip(ROWS, tops[1:], strict=False):
        baseline = H - top - 8
        c.drawString(18 if label.startswith("▼") else 26.6, baseline, label)
        for (_, x1), number in zip(COLUMNS[1:], numbers, strict=True):
            c.drawRightString(x1 - 4, baseline, number)
    c.setFont("PptCalibri", 8)
    for top, text in REMARKS:
        c.drawString(488, H - top - 7, text)
    c.showPage()
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize(
    ("table_fills", "panel_fill"),
    [(True, True), (True, False), (False, True)],
    ids=["both-filled", "panel-text-only", "table-undrawn"],
)
def test_remarks_beside_the_table_are_no_cells(
    engine: str, table_fills: bool, panel_fill: bool
) -> None:
    """The table's drawn right edge (its fills) or the panel's own fill leaves the remarks
    out: five rows, labels and values as printed, no row made of « • 12 projets … 2023 »."""
    assert referential_rows(_slide(table_fills, panel_fill)) == WANT


def test_drawn_right_edge_from_the_header_fills(engine: str) -> None:
    pages, _ = _open_pages(_slide(True, True))
    (page,) = pages
    index = next(i for i, line in enumerate(page.lines) if line[0].text == "Les")
    cols = _find_header(page, index)
    assert cols is not None
    assert cols.right_edge == pytest.approx(466.0, abs=0.2)  # not the panel's 706
    assert cols.keys_right == pytest.approx(462.0, abs=0.5)
    undrawn, _ = _open_pages(_slide(False, True))
    cols = _find_header(undrawn[0], index)
    assert cols is not None and cols.right_edge is None


def test_edge_needs_a_fill_under_every_column() -> None:
    """Fills under the first two columns only tell nothing of the third: no edge."""
    rects = [(286.0, 52.0, 346.0, 66.0), (346.0, 52.0, 406.0, 66.0)]
    assert drawn_right_edge(rects, [316.0, 376.0, 436.0], 52.0, 66.0) is None
    rects.append((406.0, 52.0, 466.0, 66.0))
    assert drawn_right_edge(rects, [316.0, 376.0, 436.0], 52.0, 66.0) == 466.0


def test_one_line_badge_right_of_the_header_stays_a_cell() -> None:
    """A gauge's value badge (9 pt tall, sliding right of the « % Programmé » label) is no
    shape of its own; a panel two lines tall or more is."""
    badge = (652.0, 353.5, 680.0, 362.5)
    assert not beside_table(656.0, 672.0, 355.0, 361.0, 6.5, None, 622.6, [badge])
    assert beside_table(656.0, 672.0, 355.0, 361.0, 6.5, None, 622.6, [PANEL_AT_RIGHT])
