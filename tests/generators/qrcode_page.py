"""An intercommunality's page whose « VERSION IMPRIMABLE » MODULE FLOATS A QR CODE OF EACH
FICHE'S WEB ADDRESS BESIDE THE FICHE'S HEADING (hundred-and-twenty-third held-out set,
``plan_html_qrcode``): right before each fiche's first ``<h3>``, a ``div.qr`` floated right,
24 mm wide: an inline SVG of a 25 × 25-module QR-code pattern in a 2-module quiet zone (the
finder squares, timing lines and alignment square of a version-2 code, the other modules by
the bits of a SHA-256 of the address: a QR code's look, not a decodable code), each dark
module one ``<rect>``, over the caption « Flashez ce code pour consulter la fiche en ligne »
and the fiche's address.

The seed flows as ``plan_html_inlabel``'s page (the fields a ``table.kv``, the steps
``table.etapes``). Only the layout comes from here: every value is the seed's (the codes and
their captions are not).
"""

from __future__ import annotations

import hashlib
import re

from tests.generators.plan_html import _flowing_page, _kv_fields
from tests.generators.site_body import ETAPES_PAGE_CSS, etapes_table

SIZE = 25  # modules a side (a version-2 code)
QUIET = 2  # modules of white round it
SITE = "grand-auch-coeur-gascogne.fr/pcaet/fiche-"
CAPTION = "Flashez ce code pour consulter la fiche en ligne"

_CSS = (
    ETAPES_PAGE_CSS
    + """\
div.qr { float: right; width: 24mm; margin: 2px 0 4px 10px; text-align: center; }
div.qr svg { display: block; width: 24mm; height: 24mm; shape-rendering: crispEdges; }
div.qr span.cap { display: block; font-size: 6.5pt; color: #555555; line-height: 1.2; }
div.qr span.url { display: block; font-size: 6pt; color: #0B5C8A; word-break: break-all; }
"""
)


def _fixed(r: int, c: int) -> bool | None:
    """A function pattern's module at row ``r``, column ``c``: dark (True), light (False),
    or None where the data bits go."""
    for top, left in ((0, 0), (0, SIZE - 7), (SIZE - 7, 0)):  # the finder squares
        if top - 1 <= r <= top + 7 and left - 1 <= c <= left + 7:
            dr, dc = r - top, c - left
            if not (0 <= dr <= 6 and 0 <= dc <= 6):
                return False  # the separator
            ring = max(abs(dr - 3), abs(dc - 3))
            return ring != 2
    if abs(r - 18) <= 2 and abs(c - 18) <= 2:  # the alignment square
        return max(abs(r - 18), abs(c - 18)) != 1
    if r == 6 or c == 6:  # the timing lines
        return (r + c) % 2 == 0
    return None


def modules(address: str) -> list[tuple[int, int]]:
    """The dark modules (row, column) of ``address``'s pattern."""
    bits = ""
    counter = 0
    while len(bits) < SIZE * SIZE:
        digest = hashlib.sha256(f"{address}#{counter}".encode()).digest()
        bits += "".join(f"{byte:08b}" for byte in digest)
        counter += 1
    dark = []
    for r in range(SIZE):
        for c in range(SIZE):
            fixed = _fixed(r, c)
            if fixed if fixed is not None else bits[r * SIZE + c] == "1":
                dark.append((r, c))
    return dark


def qr_block(number: str) -> str:
    """The floated ``div.qr`` of fiche ``number`` (« 1.1.1 »)."""
    address = SITE + number.replace(".", "-")
    side = SIZE + 2 * QUIET
    rects = "".join(
        f"<rect x='{c + QUIET}' y='{r + QUIET}' width='1' height='1' fill='#000000'/>"
        for r, c in modules(address)
    )
    return (
        "<div class='qr'>"
        f"<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 {side} {side}'>"
        f"<rect x='0' y='0' width='{side}' height='{side}' fill='#FFFFFF'/>{rects}</svg>"
        f"<span class='cap'>{CAPTION}</span><span class='url'>{address}</span></div>"
    )


def insert_codes(page: str) -> str:
    """``page`` with a QR block right before each fiche's first ``<h3>``."""

    def code(match: re.Match[str]) -> str:
        return qr_block(match.group(1)) + match.group(0)

    return re.sub(r"(?<!</h3>\n)<h3>FICHE (\d+\.\d+\.\d+)", code, page)


def plan_html_qrcode() -> str:
    """The seed as a website's printable page, a QR code floated beside every fiche heading."""
    return insert_codes(_flowing_page(_CSS, _kv_fields, lambda block: etapes_table(block)))
