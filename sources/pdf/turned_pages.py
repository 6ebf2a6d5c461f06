"""PAGES PRINTED TURNED A QUARTER TURN: a print stylesheet (``transform: rotate(-90deg)``), a
word processor's landscape section printed on portrait paper, or a scanner's landscape
page sent upright lay a wide steps table across a portrait page, every line reading bottom
to top (or top to bottom). The readers find lines and grids the usual way round only: a
page whose text is almost all turned one quarter turn is seen turned back, upright, as a
landscape page (its characters, rules and boxes moved with it), and read as any page.
"""

from __future__ import annotations

from typing import Any

from sources.pdf.built_page import BuiltPage
from sources.pdf.turned import _turn

_MIN_CHARS = 40  # visible characters on the page, at least
_SHARE = 0.9  # of them turned the same quarter turn


def page_turn(page: Any) -> int:
    """+1 when the page's text reads bottom to top, -1 top to bottom (:data:`_SHARE` of its
    visible characters, :data:`_MIN_CHARS` at least), else 0. A page turned by its
    ``/Rotate`` attribute is left as read: pdfminer sets its characters in the turned frame
    but keeps the page's unturned size, so they stand outside its box."""
    visible = [c for c in page.chars if str(c.get("text", "")).strip()]
    if len(visible) < _MIN_CHARS:
        return 0
    width, height = float(page.width), float(page.height)
    if any(c["x1"] > width + 1.0 or c["bottom"] > height + 1.0 for c in visible):
        return 0
    turns = [_turn(c) for c in visible]
    for turn in (1, -1):
        if turns.count(turn) >= _SHARE * len(visible):
            return turn
    return 0


class UprightPage(BuiltPage):
    """A page whose text is turned a quarter turn (``turn``, :func:`page_turn`) seen turned
    back: width and height swapped, every object moved with the page. Its ``page_number``
    is the page's."""

    def __init__(self, page: Any, turn: int) -> None:
        from sources.pdf.pdfium_page import PdfiumPage

        self._base = page
        self.pdfium = isinstance(page, PdfiumPage) or bool(getattr(page, "pdfium", False))
        self.page_number = page.page_number
        self.initial_doctop = 0.0
        width, height = float(page.width), float(page.height)
        self.bbox = (0.0, 0.0, height, width)
        self._turn, self._w, self._h = turn, width, height
        self._objects: dict[str, list[dict[str, Any]]] = {
            kind: [self._moved(o) for o in page.objects.get(kind, [])]
            for kind in ("char", "rect", "line", "curve")
        }
        for char in self._objects["char"]:
            char["upright"] = True

    def _point(self, x: float, t: float) -> tuple[float, float]:
        """A point (x, from the top) of the page, on the upright page."""
        return (self._h - t, x) if self._turn > 0 else (t, self._w - x)

    def _moved(self, o: dict[str, Any]) -> dict[str, Any]:
        out = dict(o)
        (ax, at), (bx, bt) = self._point(o["x0"], o["top"]), self._point(o["x1"], o["bottom"])
        out["x0"], out["x1"] = min(ax, bx), max(ax, bx)
        out["top"], out["bottom"] = min(at, bt), max(at, bt)
        out["doctop"] = out["top"]
        out["y0"], out["y1"] = self._w - out["bottom"], self._w - out["top"]
        out["width"], out["height"] = out["x1"] - out["x0"], out["bottom"] - out["top"]
        if "adv" in o:
            out["adv"] = out["width"]
        if o.get("pts"):
            out["pts"] = [self._point(px, py) for px, py in o["pts"]]
        if o.get("path"):
            out["path"] = [(op[0], *(self._point(p[0], p[1]) for p in op[1:])) for op in o["path"]]
        matrix = o.get("matrix")
        if matrix is not None:
            a, b, c, d, e, f = (float(v) for v in matrix)
            if self._turn > 0:  # (X, Y) → (Y, W − X), PDF space
                out["matrix"] = (b, -a, d, -c, f, self._w - e)
            else:  # (X, Y) → (H − Y, X)
                out["matrix"] = (-b, a, -d, c, self._h - f, e)
        return out

    def close(self) -> None:
        """The page itself is closed by its reader."""
