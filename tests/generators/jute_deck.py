"""The seed 000 deck whose progress tables are FILLED WITH TILED PICTURE TEXTURES
(hundred-and-forty-ninth held-out set, ``cot000_pptxjute``), as a presenter does who finds
the flat blue « too plain » and picks « Remplissage avec image ou texture › Texture »: no
solid fill; every header cell a tiled dark « denim » twill (:func:`denim_jpeg`), every ▼
axis row's cells a tiled beige « toile de jute » weave (:func:`jute_jpeg`), each an
``a:blipFill`` of a 96 × 96 px JPEG at 96 dpi with ``a:tile`` (no offset, 100 %, from the
top-left corner); the ▶ sub-axis rows unfilled (``a:noFill``), no banding. Impress prints
such a fill as image tiles clipped to the cell.

One real PowerPoint table where ``cot000_pptx``'s is, in its text and sizes; every other
slide as :class:`tests.generators.slides_office._PptxSlides` draws it. The textures are drawn
here (threads and seeded grain). Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

import io
import random
from functools import cache

from tests.generators.progress_deck import DARK, HEADS, ROW, SIZE, PptxProgressSlides
from tests.generators.slides_office import seed_cell

TILE_PX = 96
DPI = 96
QUALITY = 85
DENIM, DENIM_TWILL = (31, 63, 110), (47, 82, 132)
JUTE, JUTE_THREAD = (222, 205, 170), (190, 168, 128)
_TILE = {"tx": "0", "ty": "0", "sx": "100000", "sy": "100000", "flip": "none", "algn": "tl"}


def _jpeg(pixel: object, seed: int, grain: int) -> bytes:
    """A :data:`TILE_PX`-square JPEG whose pixel (x, y) is ``pixel(x, y)`` (an RGB tuple)
    plus a seeded grain of ± ``grain``, at :data:`DPI` dpi."""
    from PIL import Image

    rng = random.Random(seed)
    image = Image.new("RGB", (TILE_PX, TILE_PX))
    pixels = image.load()
    for y in range(TILE_PX):
        for x in range(TILE_PX):
            d = rng.randint(-grain, grain)
            r, g, b = pixel(x, y)  # type: ignore[operator]
            pixels[x, y] = (
                max(0, min(255, r + d)),
                max(0, min(255, g + d)),
                max(0, min(255, b + d)),
            )
    out = io.BytesIO()
    image.save(out, "JPEG", quality=QUALITY, dpi=(DPI, DPI))
    return out.getvalue()


@cache
def denim_jpeg() -> bytes:
    """A dark denim twill: blue threads, a lighter diagonal line every 4 px."""
    return _jpeg(lambda x, y: DENIM_TWILL if (x + y) % 4 == 0 else DENIM, 149, 8)


@cache
def jute_jpeg() -> bytes:
    """A beige basket weave: 4 px blocks of threads, horizontal and vertical by turns, each
    block's last thread darker."""

    def pixel(x: int, y: int) -> tuple[int, int, int]:
        across = (x // 4 + y // 4) % 2 == 0
        return JUTE_THREAD if (y % 4 == 3 if across else x % 4 == 3) else JUTE

    return _jpeg(pixel, 150, 10)


def textured_cell(table: object, r: int, c: int, r_id: str) -> object:
    """Cell (r, c) of ``table`` filled with the tiled picture of relationship ``r_id``, 1 pt /
    4 pt inner margins, text left-aligned in the first column and right-aligned in the
    others; returns its first paragraph."""
    from pptx.enum.text import PP_ALIGN
    from pptx.oxml.xmlchemy import OxmlElement
    from pptx.util import Pt

    cell = table.cell(r, c)  # type: ignore[attr-defined]
    cell.margin_top = cell.margin_bottom = Pt(1)
    cell.margin_left = cell.margin_right = Pt(4)
    fill = OxmlElement("a:blipFill")
    fill.set("rotWithShape", "1")
    blip = OxmlElement("a:blip")
    blip.set("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}embed", r_id)
    fill.append(blip)
    fill.append(OxmlElement("a:srcRect"))
    tile = OxmlElement("a:tile")
    for key, value in _TILE.items():
        tile.set(key, value)
    fill.append(tile)
    cell._tc.get_or_add_tcPr().append(fill)
    par = cell.text_frame.paragraphs[0]
    par.alignment = PP_ALIGN.LEFT if c == 0 else PP_ALIGN.RIGHT
    return par


class PptxJuteSlides(PptxProgressSlides):
    """Progress tables with a denim header, jute axis rows and unfilled sub-axis rows."""

    def _texture(self, data: bytes) -> str:
        """The current slide's relationship id of the picture ``data``."""
        _, r_id = self.current.part.get_or_add_image_part(io.BytesIO(data))  # type: ignore[attr-defined]
        return r_id

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        from pptx.enum.text import PP_ALIGN
        from pptx.util import Pt

        _, table = self._new_grid(title, rows, eci)
        denim, jute = self._texture(denim_jpeg()), self._texture(jute_jpeg())
        for c, label in enumerate([header, *HEADS]):
            self._head_run(textured_cell(table, 0, c, denim), label)
        table.rows[0].height = Pt(ROW)  # type: ignore[attr-defined]
        for r, row, _ in self._body_rows(table, rows):
            for c in range(4):
                value, axis = seed_cell(row, c)
                if axis:
                    par = textured_cell(table, r, c, jute)
                else:
                    cell = table.cell(r, c)  # type: ignore[attr-defined]
                    cell.margin_top = cell.margin_bottom = Pt(1)
                    cell.margin_left = cell.margin_right = Pt(4)
                    cell.fill.background()
                    par = cell.text_frame.paragraphs[0]
                    par.alignment = PP_ALIGN.LEFT if c == 0 else PP_ALIGN.RIGHT
                if value:
                    self._run(par, value, SIZE, axis, DARK)
                else:
                    par._p.get_or_add_endParaRPr().set("sz", str(round(SIZE * 100)))  # type: ignore[attr-defined]
