"""An intranet page whose editor DREW EACH FICHE'S STEPS TABLE IN DIAGRAMS.NET (draw.io) AND
PASTED IT AS INLINE SVG (hundred-and-seventy-fifth held-out set, ``plan_html_dessin``): in
place of each ``table.etapes`` a ``<figure class="drawio">`` holding one ``<svg>`` as
draw.io exports it (:func:`drawio_svg`): every cell a ``<rect>`` of its own (the header
:data:`HEAD_FILL` / :data:`HEAD_STROKE`, the body white / black, so each inner edge stroked
twice), each label and value a draw.io HTML label — a ``<foreignObject>`` in a ``<switch>``
with a fallback ``<text>`` (:func:`_label`) — CENTRED HORIZONTALLY AND VERTICALLY in its box,
Helvetica :data:`FONT_PX` px; the columns :data:`WIDTHS`, each row sized by the author to its
tallest text (:func:`_row_height`); draw.io's « Text is not SVG » warning at the foot.

The page otherwise ``plan_html_inlabel``'s flowing page and fields. Only the layout comes
from here: every value is the seed's.
"""

from __future__ import annotations

from functools import cache

from tests.generators.plan_html import _flowing_page, _h, _kv_fields
from tests.generators.seed001 import Block, _paragraphs
from tests.generators.site_body import flowing_css

WIDTHS = (110, 210, 80, 100, 80, 100)  # px, the six columns (680 in all)
HEAD_FILL, HEAD_STROKE = "#dae8fc", "#6c8ebf"  # draw.io's blue
BODY_FILL, BODY_STROKE = "#ffffff", "#000000"
FONT_PX = 10  # px, the labels' size
LINE_PX = 12  # px, their line height (1.2)
PAD_PX = 12  # px, the room the author left around a cell's text
MIN_ROW_PX = 30  # px, draw.io's default table row
SPACING_PX = 4  # px, each label's left and right spacing in its box
FALLBACK_CHARS = 20  # the fallback text's length before « ... »

_CSS = (
    flowing_css("15mm", "#1E1E1E")
    + """\
figure.drawio { display: block; margin: 4px 0 10px; break-inside: avoid; }
figure.drawio svg { display: block; }
"""
)

_FONTS = "/usr/share/fonts/truetype/liberation/LiberationSans-{}.ttf"
_EXT = "http://www.w3.org/TR/SVG11/feature#Extensibility"


@cache
def _font(bold: bool) -> object:
    from PIL import ImageFont

    return ImageFont.truetype(_FONTS.format("Bold" if bold else "Regular"), FONT_PX)


def _lines(value: str, bold: bool, width: float) -> int:
    """How many lines the author saw ``value`` take at ``width`` px (a greedy word wrap)."""
    font = _font(bold)
    count = 0
    for par in _paragraphs(value):
        count += 1
        current = ""
        for word in par.split():
            trial = f"{current} {word}".strip()
            if not current or font.getlength(trial) <= width:  # type: ignore[attr-defined]
                current = trial
            else:
                count += 1
                current = word
    return count


def _row_height(values: list[str], bold_first: bool, all_bold: bool = False) -> int:
    """A row's height: its tallest cell's lines (counted at the column's width less
    :data:`PAD_PX`) × :data:`LINE_PX` + :data:`PAD_PX`, :data:`MIN_ROW_PX` at least."""
    lines = max(
        _lines(v, all_bold or (bold_first and c == 0), WIDTHS[c] - PAD_PX)
        for c, v in enumerate(values)
    )
    return max(MIN_ROW_PX, lines * LINE_PX + PAD_PX)


def _label(x: int, y: int, w: int, h: int, value: str, bold: bool) -> str:
    """A draw.io HTML label centred in the box (x, y, w, h), with its fallback text."""
    parts = _paragraphs(value)
    if not parts:
        return ""
    inner = "<br>".join(_h(p) for p in parts)
    weight = "font-weight: bold; " if bold else ""
    text_weight = ' font-weight="bold"' if bold else ""
    flat = " ".join(parts)
    short = flat if len(flat) <= FALLBACK_CHARS else flat[:FALLBACK_CHARS] + "..."
    cx, cy = x + w / 2, y + h / 2
    return (
        '<g transform="translate(-0.5 -0.5)"><switch>'
        '<foreignObject style="overflow: visible; text-align: left;" pointer-events="none" '
        f'width="100%" height="100%" requiredFeatures="{_EXT}">'
        '<div xmlns="http://www.w3.org/1999/xhtml" style="display: flex; align-items: unsafe '
        f"center; justify-content: unsafe center; width: {w - 2 * SPACING_PX}px; height: 1px; "
        f'padding-top: {cy:g}px; margin-left: {x + SPACING_PX}px;">'
        '<div data-drawio-colors="color: rgb(0, 0, 0); " style="box-sizing: border-box; '
        'font-size: 0px; text-align: center;">'
        f'<div style="display: inline-block; font-size: {FONT_PX}px; font-family: Helvetica; '
        f"color: rgb(0, 0, 0); line-height: 1.2; pointer-events: all; {weight}"
        f'white-space: normal; overflow-wrap: normal;">{inner}</div></div></div>'
        "</foreignObject>"
        f'<text x="{cx:g}" y="{cy + 4:g}" fill="rgb(0, 0, 0)" font-family="Helvetica" '
        f'font-size="{FONT_PX}px" text-anchor="middle"{text_weight}>{_h(short)}</text>'
        "</switch></g>"
    )


def drawio_svg(block: Block) -> str:
    """The fiche's steps as draw.io's SVG export: a box a cell, a label a value."""
    rows: list[tuple[list[str], bool, int]] = [
        (list(block.header), True, _row_height(list(block.header), True, True))
    ]
    rows += [(list(r), False, _row_height(list(r), True)) for r in block.rows]
    width = sum(WIDTHS)
    height = sum(h for _, _, h in rows)
    shapes: list[str] = []
    labels: list[str] = []
    y = 0
    for values, head, h in rows:
        x = 0
        for c, w in enumerate(WIDTHS):
            fill, stroke = (HEAD_FILL, HEAD_STROKE) if head else (BODY_FILL, BODY_STROKE)
            shapes.append(
                f'<rect x="{x}" y="{y}" width="{w}" height="{h}" fill="{fill}" '
                f'stroke="{stroke}" pointer-events="all"/>'
            )
            value = values[c] if c < len(values) else ""
            labels.append(_label(x, y, w, h, value, head or c == 0))
            x += w
        y += h
    warning = (
        f'<switch><g requiredFeatures="{_EXT}"/>'
        '<a transform="translate(0,-5)" '
        'xlink:href="https://www.drawio.com/doc/faq/svg-export-text-problems" target="_blank">'
        '<text text-anchor="middle" font-size="10px" x="50%" y="100%">'
        "Text is not SVG - cannot display</text></a></switch>"
    )
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" '
        'xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1" '
        f'width="{width + 1}px" height="{height + 1}px" '
        f'viewBox="-0.5 -0.5 {width + 1} {height + 1}" '
        'style="background-color: rgb(255, 255, 255);"><defs/><g>'
        + "".join(f"<g>{s}</g>" for s in shapes)
        + "".join(f"<g>{lab}</g>" for lab in labels if lab)
        + "</g>"
        + warning
        + "</svg>"
    )


def _figure(block: Block) -> list[str]:
    return ["<figure class='drawio'>", drawio_svg(block), "</figure>"]


def plan_html_dessin() -> str:
    """The seed as a flowing page whose steps tables are draw.io drawings in inline SVG."""
    return _flowing_page(_CSS, _kv_fields, _figure)


__all__ = ["WIDTHS", "drawio_svg", "plan_html_dessin"]
