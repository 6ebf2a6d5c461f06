"""Sheets printed as a BOOKLET (a saddle-stitched brochure), read in the booklet's page order.

A word processor's « Brochure » print (Writer's « Mise en page : Brochure », a print driver's
booklet option) sets the pages two per landscape sheet side, like « 2 pages par feuille »
(:mod:`sources.pdf.imposed`), but in the order that makes a booklet once the sheets are
printed on both sides, folded in the middle and stapled: with ``n`` pages (the page count
padded with blank pages to a multiple of four), side 1 holds ``n | 1``, side 2 ``2 | n − 1``,
side 3 ``n − 2 | 3``, side 4 ``4 | n − 3`` … the middle side ``n/2 | n/2 + 1``. Read left then
right, side after side, the pages come as ``n, 1, 2, n − 1 …``: a fiche's table runs on from
page 2 into page 3 two sides later, and the padding's blank pages stand in front.

Told from the sheets (:func:`booklet_order`), once the document's impositions are settled:
every page is a sheet set as two pages, all of one size, an even number of them (two pages
each, a multiple of four pages), and the halves that hold no text are exactly the LAST pages
of the booklet order (one to three: the padding), which read left to right would be the
document's first page and pages inside it. A document whose page count needs no padding has
no blank page to tell it by: it is read left then right (not met yet).
"""

from __future__ import annotations

from collections.abc import Sequence

from sources.pdf.imposed import Imposition

_MAX_PADDING = 3  # blank pages a booklet's page count is padded with: to a multiple of four


def booklet_pages(n_sides: int) -> list[tuple[int, int]]:
    """Where each page of a booklet of ``n_sides`` sheet sides stands, in page order: its
    side (0-based) and half (0 left, 1 right)."""
    n_pages = 2 * n_sides
    place: dict[int, tuple[int, int]] = {}
    for side in range(n_sides):
        outer, inner = n_pages - side, side + 1  # the outer and the inner page of the side
        left, right = (outer, inner) if side % 2 == 0 else (inner, outer)
        place[left], place[right] = (side, 0), (side, 1)
    return [place[page] for page in range(1, n_pages + 1)]


def booklet_order(sheets: Sequence[Imposition | None]) -> list[tuple[int, int]] | None:
    """The document's pages in booklet order (each page's side, 0-based, and half) when its
    sheets are a booklet's (module docstring), else None."""
    if len(sheets) < 2 or len(sheets) % 2:
        return None
    sized = [s for s in sheets if s is not None]
    if len(sized) != len(sheets):
        return None
    size = sized[0].size
    if any(abs(s.size[0] - size[0]) > 1 or abs(s.size[1] - size[1]) > 1 for s in sized):
        return None

    def inked(side: int, half: int) -> bool:
        sheet = sized[side]
        marks = sheet.inked or (True,) * len(sheet.boxes)
        return half < len(marks) and marks[half]

    order = booklet_pages(len(sized))
    blank = [number for number, (side, half) in enumerate(order) if not inked(side, half)]
    n_pages = len(order)
    if not 1 <= len(blank) <= _MAX_PADDING or blank != list(range(n_pages - len(blank), n_pages)):
        return None
    return order
