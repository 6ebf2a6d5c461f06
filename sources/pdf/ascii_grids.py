"""Tables DRAWN WITH CHARACTERS: a plain-text grid pasted in a wiki's code block (reStructured
Text / pandoc « grid tables », Emacs org tables), printed in a monospaced font:

    +----------+-------------+------+
    | Etape    | Descriptif  | ...  |
    +==========+=============+======+
    | Lancer   | Les actions | 2019 |
    | un test  | à mener     |      |
    +----------+-------------+------+

No rule is drawn: the rules are ``+``, ``-``, ``=`` and ``|`` glyphs. Each rule line (a line
of those glyphs only, opening and closing on ``+``) becomes a drawn horizontal rule, each
``|`` standing at a ``+`` of the rule lines above and below becomes a piece of a drawn
vertical rule, and those glyphs are set aside: the page then reads as a ruled grid, with
everything the ruled-table reader knows (wrapped cells, a header, a grid cut by a page).
"""

from __future__ import annotations

from operator import itemgetter
from typing import Any

_RULE_GLYPHS = frozenset("+-=")
_LEVEL = 1.0  # pt: glyphs of one text line share their top within this


def _text_lines(chars: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """The page's glyphs by text line (top), each line left to right."""
    lines: list[list[dict[str, Any]]] = []
    for char in sorted(chars, key=lambda c: (round(float(c["top"]), 1), c["x0"])):
        if lines and abs(float(lines[-1][0]["top"]) - float(char["top"])) <= _LEVEL:
            lines[-1].append(char)
        else:
            lines.append([char])
    return [sorted(line, key=lambda c: c["x0"]) for line in lines]


def _rule_line(line: list[dict[str, Any]]) -> list[float] | None:
    """The x of each ``+`` of a rule line (``+---+===+``), or None for any other line."""
    glyphs = [c for c in line if c["text"].strip()]
    if len(glyphs) < 5 or glyphs[0]["text"] != "+" or glyphs[-1]["text"] != "+":
        return None
    if any(c["text"] not in _RULE_GLYPHS for c in glyphs):
        return None
    crosses = [(float(c["x0"]) + float(c["x1"])) / 2 for c in glyphs if c["text"] == "+"]
    return crosses if len(crosses) >= 3 else None


def ascii_grid(
    chars: list[dict[str, Any]],
) -> tuple[set[int], list[tuple[float, float, float]], list[tuple[float, float, float]]]:
    """(ids of the glyphs drawing grids, horizontal rules (y, x0, x1), vertical rules (x, top,
    bottom)) of the page's character-drawn grids; nothing when it has none."""
    text = "".join(map(itemgetter("text"), chars))  # (in C: every page asks)
    if "|" not in text or "+" not in text:
        return set(), [], []
    lines = _text_lines(chars)
    rules = [(k, _rule_line(line)) for k, line in enumerate(lines)]
    ruled = [(k, xs) for k, xs in rules if xs is not None]
    if len(ruled) < 2:
        return set(), [], []
    drop: set[int] = set()
    horizontal: list[tuple[float, float, float]] = []
    vertical: list[tuple[float, float, float]] = []
    for k, xs in ruled:
        line = lines[k]
        middle = sum((float(c["top"]) + float(c["bottom"])) / 2 for c in line) / len(line)
        horizontal.append((middle, xs[0], xs[-1]))
        drop.update(id(c) for c in line if c["text"].strip())
    # the text lines between two rule lines: a bar at a cross of the rule above is a rule
    for n in range(len(ruled) - 1):
        (k, xs), (k_next, _) = ruled[n], ruled[n + 1]
        _bars(lines[k + 1 : k_next], xs, horizontal[n][0], horizontal[n + 1][0], drop, vertical)
    # a grid cut by the page: the rows under its last rule line, or above its first, going
    # on onto or from another page
    below = _bar_lines(lines[ruled[-1][0] + 1 :])
    if below:
        far = max(float(c["bottom"]) for line in below for c in line)
        _bars(below, ruled[-1][1], horizontal[-1][0], far, drop, vertical)
    above = _bar_lines(lines[: ruled[0][0]][::-1])
    if above:
        far = min(float(c["top"]) for line in above for c in line)
        _bars(above, ruled[0][1], far, horizontal[0][0], drop, vertical)
    return drop, horizontal, vertical


def _bar_lines(lines: list[list[dict[str, Any]]]) -> list[list[dict[str, Any]]]:
    """The lines holding a bar, from the first on, up to the first without one."""
    out = []
    for line in lines:
        if not any(c["text"] == "|" for c in line):
            break
        out.append(line)
    return out


def _bars(
    lines: list[list[dict[str, Any]]],
    crosses: list[float],
    top: float,
    bottom: float,
    drop: set[int],
    vertical: list[tuple[float, float, float]],
) -> None:
    """The bars of ``lines`` standing at ``crosses``: set aside, a vertical rule from ``top``
    to ``bottom`` at each cross holding one."""
    glyphs = [c for line in lines for c in line]
    if not glyphs:
        return
    size = max(float(c["x1"]) - float(c["x0"]) for c in glyphs)
    for x in crosses:
        bars = [
            c
            for c in glyphs
            if c["text"] == "|" and abs((float(c["x0"]) + float(c["x1"])) / 2 - x) <= size
        ]
        if bars:
            drop.update(id(c) for c in bars)
            vertical.append((x, top, bottom))


def _line_object(
    x0: float, top: float, x1: float, bottom: float, page_number: int, height: float
) -> dict[str, Any]:
    return {
        "object_type": "line",
        "page_number": page_number,
        "x0": x0,
        "x1": x1,
        "top": top,
        "bottom": bottom,
        "doctop": top,
        "y0": height - bottom,
        "y1": height - top,
        "width": x1 - x0,
        "height": bottom - top,
        "linewidth": 0.5,
        "stroke": True,
        "fill": False,
        "evenodd": False,
        "stroking_color": (0.0,),
        "non_stroking_color": (0.0,),
        "pts": [(x0, top), (x1, bottom)],
    }


def with_drawn_grids(page: Any) -> Any:
    """The page with its character-drawn grids as drawn rules, their glyphs set aside (the
    page itself when it has none): a PDFium page changed in place, a pdfplumber page given as
    a filtered view holding the rules."""
    from sources.pdf.pdfium_page import PdfiumPage, forget_edges

    chars = page.chars
    drop, horizontal, vertical = ascii_grid(chars)
    if not horizontal:
        return page
    height = float(page.height)
    number = int(getattr(page, "page_number", 0) or 0)
    lines = [_line_object(x0, y, x1, y, number, height) for y, x0, x1 in horizontal]
    lines += [_line_object(x, top, x, bottom, number, height) for x, top, bottom in vertical]
    if isinstance(page, PdfiumPage):
        page.set_aside_chars(drop)
        page._path_objects()["line"].extend(lines)
        forget_edges(page)
        return page
    if not hasattr(page, "filter"):
        return page
    from sources.pdf.watermark import view_without

    view = view_without(page, drop)  # (closed with the page)
    view.objects["line"] = [*view.objects.get("line", []), *lines]
    return view
