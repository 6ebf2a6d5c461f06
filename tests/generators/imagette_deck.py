"""The seed 000 deck whose progress tables' AXIS ROWS OPEN WITH A PICTOGRAM instead of the
« ▼ » marker (ninety-eighth held-out set, ``cot000_pptximagette``), as a territory's template
marks its axes with icons (« Insertion › Icônes »).

Each progress table at ``cot000_pptx``'s place, widths and look; on every ▼ axis row the
first cell's text is the seed code (where there is one), a space and the label, bold, after
a :data:`LEFT_MARGIN` pt left margin, and a :data:`ICON` pt picture (:func:`icon_png`: a
disc of the axis's colour holding a white symbol) is laid over the cell's left, centred on
the row as a :data:`~tests.generators.progress_deck.ROW` pt row puts it. ▶ rows as
``cot000_pptx`` composes them. Every other slide as
:class:`tests.generators.slides_office._PptxSlides` draws it. Only the layout comes from
here: every value is the seed's.
"""

from __future__ import annotations

import io

from tests.generators.progress_deck import DARK, HEADS, ROW, SIZE, PptxProgressSlides
from tests.generators.slides_office import filled_cell

ICON = 10.0  # pt
ICON_X = 18.5  # pt from the slide's left edge
LEFT_MARGIN = 17.0  # pt: the axis cell's text after the icon
COLOURS = ("2E7D32", "1565C0", "EF6C00", "6A1B9A", "C62828", "00838F", "5D4037", "AD1457")
SYMBOLS = ("house", "leaf", "bolt", "wheel", "person", "drop", "ring", "bubble")


def icon_png(rank: int, px: int = 120) -> bytes:
    """The pictogram of the axis of ``rank`` on its slide: a disc of ``COLOURS[rank]`` (in
    turn) holding the white symbol ``SYMBOLS[rank]``, as a ``px`` × ``px`` PNG."""
    from PIL import Image, ImageDraw

    colour = "#" + COLOURS[rank % len(COLOURS)]
    symbol = SYMBOLS[rank % len(SYMBOLS)]
    img = Image.new("RGBA", (px, px), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.ellipse((0, 0, px - 1, px - 1), fill=colour)
    w = "#FFFFFF"
    u = px / 12  # a twelfth of the icon

    def box(a: float, b: float, c: float, e: float) -> tuple[float, float, float, float]:
        return (a * u, b * u, c * u, e * u)

    if symbol == "house":
        d.polygon([(6 * u, 2.5 * u), (9.5 * u, 6 * u), (2.5 * u, 6 * u)], fill=w)
        d.rectangle(box(3.5, 6, 8.5, 9.5), fill=w)
        d.rectangle(box(5.3, 7.3, 6.7, 9.5), fill=colour)
    elif symbol == "leaf":
        d.ellipse(box(3, 3, 9, 9), fill=w)
        d.rectangle(box(3, 3, 6, 6), fill=w)
        d.line([(4 * u, 8 * u), (8 * u, 4 * u)], fill=colour, width=max(1, int(u * 0.7)))
    elif symbol == "bolt":
        d.polygon(
            [
                (7 * u, 2 * u),
                (3.5 * u, 6.7 * u),
                (5.8 * u, 6.7 * u),
                (5 * u, 10 * u),
                (8.5 * u, 5.3 * u),
                (6.2 * u, 5.3 * u),
            ],
            fill=w,
        )
    elif symbol == "wheel":
        d.ellipse(box(2.5, 2.5, 9.5, 9.5), outline=w, width=int(u * 1.2))
        d.ellipse(box(5, 5, 7, 7), fill=w)
    elif symbol == "person":
        d.ellipse(box(4.6, 2.3, 7.4, 5.1), fill=w)
        d.pieslice(box(3, 5.8, 9, 11.8), 180, 360, fill=w)
    elif symbol == "drop":
        d.polygon([(6 * u, 2 * u), (8.6 * u, 6.6 * u), (3.4 * u, 6.6 * u)], fill=w)
        d.ellipse(box(3.4, 4.8, 8.6, 10), fill=w)
    elif symbol == "ring":
        d.ellipse(box(2.6, 2.6, 9.4, 9.4), fill=w)
        d.ellipse(box(4.6, 4.6, 7.4, 7.4), fill=colour)
        for a, b, c, e in ((5.5, 1.8, 6.5, 3.2), (5.5, 8.8, 6.5, 10.2)):
            d.rectangle(box(a, b, c, e), fill=w)
            d.rectangle(box(b, a, e, c), fill=w)
    else:  # bubble
        d.rounded_rectangle(box(2.5, 3, 9.5, 8), radius=1.5 * u, fill=w)
        d.polygon([(4 * u, 7.5 * u), (4 * u, 10 * u), (6.3 * u, 7.5 * u)], fill=w)
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return buf.getvalue()


class PptxImagetteSlides(PptxProgressSlides):
    """Progress tables whose axis rows open with a pictogram picture, no « ▼ »."""

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        from pptx.util import Pt

        y, table = self._new_grid(title, rows, eci)
        self._head_row(table, [header, *HEADS])
        rank = 0
        for r, row, fill in self._body_rows(table, rows):
            marker, code, label = row[:3]
            if marker != "▼":
                self._seed_cells(table, r, row, fill)
                continue
            par = filled_cell(table, r, 0, fill)
            table.cell(r, 0).margin_left = Pt(LEFT_MARGIN)  # type: ignore[attr-defined]
            self._run(par, f"{code + ' ' if code else ''}{label}", SIZE, True, DARK)
            self._seed_cells(table, r, row, fill, columns=range(1, 4), bold=True)
            top = y + ROW * r + (ROW - ICON) / 2
            self.current.shapes.add_picture(  # type: ignore[attr-defined]
                io.BytesIO(icon_png(rank)), Pt(ICON_X), Pt(top), Pt(ICON), Pt(ICON)
            )
            rank += 1
