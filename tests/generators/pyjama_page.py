"""A theme that lays DIAGONAL STRIPES UNDER TEXT (two-hundred-and-twenty-first held-out set,
``plan_html_pyjama``), as a site's « pyjama » (striped) design marks its header and label
cells with a hatched background rather than a flat fill: every steps header cell on blue
stripes (:data:`BLUE`), every field label (``table.kv th``) and every step name
(``table.etapes td.etape``) on green ones (:data:`GREEN`), each a small striped PNG TILE
(:func:`stripe_tile`: 10 × 10 px, diagonal stripes 4 px of every 10, drawn 5 × 5 CSS px)
REPEATED as the cell's ``background``; the text over the stripes in its own colour.

(A ``repeating-linear-gradient`` background was drawn first: Chromium printed each such
cell as a page-sized raster pattern, a 45 MB PDF, so the stripes were made a tiled PNG —
the generator amended once, see the set's « as produced » notes.)

The seed flows as ``plan_html_inlabel``'s page does (:data:`tests.generators.site_body.
ETAPES_PAGE_CSS`, the fields a ``table.kv``, the steps a ``table.etapes``); rules, widths,
sizes and the other cells unchanged, no text added. Only the layout comes from here: every
value is the seed's.
"""

from __future__ import annotations

import base64
import struct
import zlib

from tests.generators.plan_html import _flowing_page, _kv_fields
from tests.generators.site_body import ETAPES_PAGE_CSS, etapes_table

SIDE = 10  # px, the tile's side
STRIPE = 4  # px of every SIDE along the diagonal
BLUE = ("B4CBE0", "E8EEF4")  # stripe, ground
GREEN = ("CFE2BC", "F5F9F0")


def stripe_tile(stripe: str, ground: str) -> str:
    """A ``data:`` address of a SIDE × SIDE PNG of diagonal stripes (« / ») of colour
    ``stripe`` on ``ground`` (hex RGB), seamless when tiled."""
    colours = [bytes.fromhex(ground), bytes.fromhex(stripe)]
    rows = b"".join(
        b"\x00" + b"".join(colours[(x + y) % SIDE < STRIPE] for x in range(SIDE))
        for y in range(SIDE)
    )

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    png = (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", SIDE, SIDE, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(rows, 9))
        + chunk(b"IEND", b"")
    )
    return "data:image/png;base64," + base64.b64encode(png).decode()


def _background(colours: tuple[str, str]) -> str:
    return f"url({stripe_tile(*colours)}) 0 0 / 5px 5px repeat"


_CSS = (
    ETAPES_PAGE_CSS
    + f"""\
table.etapes th {{ background: {_background(BLUE)}; }}
table.kv th, table.etapes td.etape {{ background: {_background(GREEN)}; }}
"""
)


def plan_html_pyjama() -> str:
    """The seed as the theme's page, header, label and step name cells diagonally
    striped."""
    return _flowing_page(_CSS, _kv_fields, etapes_table)
