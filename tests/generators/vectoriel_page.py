"""An intercommunal site's page whose steps tables are INLINE SVG PICTURES made in a
data-visualisation tool (ninetieth held-out set, ``plan_html_vectoriel``), printed from the
browser.

The seed flows as ``plan_html_subvention``'s page, the fields a ``table.kv``; each steps block
is one ``<figure>`` holding one ``<svg>`` (:data:`VIEW` px wide, scaled to the column), no
HTML table: a navy header band, one band a step (zebra, a grey rule under each, no vertical
rule), every cell's text one ``<text>`` whose lines are ``<tspan>`` s wrapped on word
boundaries with the Liberation Sans metrics and placed as the tool places them. Only the
layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, _h, _kv_fields
from tests.generators.seed001 import Block
from tests.generators.site_body import flowing_css
from tests.generators.text_metrics import pil_font, word_lines

_CSS = (
    flowing_css("15mm", "#1E1E1E")
    + """\
figure.tableau { margin: 4px 0 10px; }
figure.tableau svg { display: block; width: 100%; height: auto; }
"""
)

VIEW = 680  # px, the picture's width
SHARES = (16, 38, 11, 12, 11, 12)  # % of the width, seed column order
SIZE = 10  # px
LEADING = 12  # px between two lines
PAD = 5  # px, text inset from a column's left edge
FIRST = 14  # px, first baseline under a band's top
HEAD_FILL = "#1F4E79"
ZEBRA = "#F3F6F9"
RULE = "#B0B0B0"
INK = "#1F1F1F"


def wrap(value: str, width: float, bold: bool) -> list[str]:
    """``value``'s lines: each paragraph wrapped on word boundaries to ``width`` px (a word
    wider than that left whole on its own line)."""
    return word_lines(value, pil_font("Liberation Sans", bold, SIZE).getlength, width)


def _columns() -> list[tuple[float, float]]:
    """Each column's (left edge, width) in px."""
    out, x = [], 0.0
    for share in SHARES:
        w = VIEW * share / 100
        out.append((round(x, 1), round(w, 1)))
        x += w
    return out


def _band(
    values: list[str], top: float, colour: str, bold_first: bool, all_bold: bool
) -> tuple[list[str], float]:
    """One band's ``<text>`` elements from ``top`` and its height."""
    texts, tallest = [], 1
    for c, ((x, w), value) in enumerate(zip(_columns(), values, strict=True)):
        bold = all_bold or (bold_first and c == 0)
        lines = wrap(value, w - 2 * PAD, bold) if value.strip() else []
        if not lines:
            continue
        tallest = max(tallest, len(lines))
        spans = "".join(
            f"<tspan x='{x + PAD}' y='{top + FIRST + n * LEADING}'>{_h(t)}</tspan>"
            for n, t in enumerate(lines)
        )
        weight = " font-weight='bold'" if bold else ""
        texts.append(f"<text fill='{colour}'{weight}>{spans}</text>")
    return texts, tallest * LEADING + 8


def svg_table(block: Block) -> str:
    """``block``'s steps as one inline SVG picture."""
    shapes: list[str] = []
    head, height = _band(block.header, 0, "#FFFFFF", False, True)
    shapes += [f"<rect x='0' y='0' width='{VIEW}' height='{height}' fill='{HEAD_FILL}'/>", *head]
    top = height
    for k, row in enumerate(block.rows):
        values = [row[c] if c < len(row) else "" for c in range(len(block.header))]
        texts, height = _band(values, top, INK, True, False)
        if k % 2 == 1:
            shapes.append(
                f"<rect x='0' y='{top}' width='{VIEW}' height='{height}' fill='{ZEBRA}'/>"
            )
        shapes += texts
        top += height
        shapes.append(
            f"<line x1='0' y1='{top}' x2='{VIEW}' y2='{top}' stroke='{RULE}' stroke-width='0.8'/>"
        )
    return (
        f"<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 {VIEW} {top}' "
        f"font-family='Liberation Sans' font-size='{SIZE}'>" + "".join(shapes) + "</svg>"
    )


def _impl(block: Block) -> list[str]:
    return [f"<figure class='tableau'>{svg_table(block)}</figure>"]


def plan_html_vectoriel() -> str:
    """The seed as an intercommunal site's page: each steps table an inline SVG picture."""
    return _flowing_page(_CSS, _kv_fields, _impl)
