"""SVG charts of the public synthesis (plain SVG written here, inlined): lever families and
coverage.

Part of the synthesis page (:mod:`assets.publication.synthesis.page`); figures are written as
deterministic inline ``<svg>`` so the page stays one self-contained file. They used to be drawn
with matplotlib: the same geometry (sizes in points, margins, colours, label placement) is kept,
without its ~1.4 s import and ~1 s of drawing on each refresh that changed answers.

Each chart carries ``data-chart-key``: a hash of what it is drawn from (its input frame, the
thresholds, the variant, this module's :data:`CHART_VERSION`). Given the previous page
(:func:`previous_charts`), a chart whose key is unchanged is taken from it as is: a refresh that
changed no answer draws nothing.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Mapping
from typing import Any

import pandas as pd
from markupsafe import Markup, escape

from assets.diagnostic.frames import fr_number
from assets.diagnostic.statistics import FAMILY_BORDERLINE

__all__ = ["families_chart_svg", "coverage_chart_svg", "previous_charts"]

# Bump when the drawing code of a chart changes (a cached chart is then drawn again).
CHART_VERSION = "2"
# A drawn chart ends with a newline after « </svg> »: kept with it.
_KEYED_SVG_RE = re.compile(r'<svg data-chart-key="([0-9a-f]{64})".*?</svg>\n?', re.S)

FAMILY_COLORS = {"A": "#2e7d32", "B": "#e07b00", "C": "#4f5fb8"}
FAMILY_SHORT = {
    "A": "Accélérer",
    "B": "Sensibiliser, identifier les actions",
    "C": "Interterritorial",
}


def _short(label: str, limit: int = 30) -> str:
    """Shortened lever label; keeps what tells résidentiel from tertiaire apart."""
    label = str(label).replace("(résidentiel)", "(rés.)").replace("(tertiaire)", "(tert.)").strip()
    return label if len(label) <= limit else label[: limit - 1].rstrip() + "…"


# ----------------------------------------------------------------------------- SVG writing
# Charts are plain SVG written here (no plotting library: importing one cost ~1.4 s on a
# refresh). Units are points, as in the matplotlib figures they replace (same sizes, margins,
# colours); text stays text, in the page's font stack.

_FONT = "'DejaVu Sans', Arial, Helvetica, sans-serif"
_GRID = "#b0b0b0"
# Advance widths (em) of DejaVu Sans, grouped: enough to size margins and label boxes.
_WIDTHS = (
    (" ", 0.318), ("iljI.,:;'!|", 0.28), ("()[]ftr/", 0.39), ("0123456789", 0.636),
    ("mM—%", 0.96), ("wW", 0.82), ("ABCDEFGHJKLNOPQRSTUVXYZ&", 0.7),
)  # fmt: skip


def _n(v: float) -> str:
    """A coordinate, short and deterministic."""
    text = f"{v:.2f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def _xml_text(text: str) -> str:
    """Text content escaped for XML (quotes kept as typed: « l'action », not ``&#39;``)."""
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _text_width(text: str, size: float) -> float:
    """Estimated rendered width of ``text`` at ``size`` (DejaVu Sans metrics)."""
    total = 0.0
    for ch in text:
        total += next((w for chars, w in _WIDTHS if ch in chars), 0.6)
    return total * size


def _data(data: Mapping[str, str]) -> str:
    """``data-*`` attributes (what a mark stands for: lets tests and scripts find it)."""
    return "".join(f' data-{k}="{escape(v)}"' for k, v in data.items())


class _Canvas:
    """Accumulates SVG elements; :meth:`svg` wraps them with the page's attributes."""

    def __init__(self) -> None:
        self.parts: list[str] = []

    def rect(self, x0: float, y0: float, x1: float, y1: float, style: str) -> None:
        x, y = min(x0, x1), min(y0, y1)
        self.parts.append(
            f'<rect x="{_n(x)}" y="{_n(y)}" width="{_n(abs(x1 - x0))}" '
            f'height="{_n(abs(y1 - y0))}" style="{style}"/>'
        )

    def line(self, x0: float, y0: float, x1: float, y1: float, style: str) -> None:
        self.parts.append(
            f'<line x1="{_n(x0)}" y1="{_n(y0)}" x2="{_n(x1)}" y2="{_n(y1)}" style="{style}"/>'
        )

    def circle(self, x: float, y: float, r: float, style: str, **data: str) -> None:
        self.parts.append(
            f'<circle cx="{_n(x)}" cy="{_n(y)}" r="{_n(r)}" style="{style}"{_data(data)}/>'
        )

    def text(
        self,
        x: float,
        y: float,
        text: str,
        size: float,
        anchor: str = "start",
        *,
        bold: bool = False,
        color: str | None = None,
        rotate: bool = False,
        **data: str,
    ) -> None:
        """``text`` with its baseline at ``y``; ``rotate``: read bottom to top; ``data``:
        ``data-*`` attributes naming what it labels."""
        style = f"font-size: {size:g}px; font-family: {_FONT}; text-anchor: {anchor}"
        if bold:
            style = "font-weight: 700; " + style
        if color:
            style += f"; fill: {color}"
        turn = f' transform="rotate(-90 {_n(x)} {_n(y)})"' if rotate else ""
        self.parts.append(
            f'<text x="{_n(x)}" y="{_n(y)}" style="{style}"{turn}{_data(data)}>{_xml_text(text)}</text>'
        )

    def svg(self, x0: float, width: float, height: float, title: str, desc: str) -> Markup:
        """The chart: ``viewBox`` from ``x0``, white background, accessible title."""
        head = (
            f'<svg role="img" style="width:100%;height:auto" '
            f'viewBox="{_n(x0)} 0 {_n(width)} {_n(height)}" '
            'xmlns="http://www.w3.org/2000/svg" version="1.1">\n'
            f"<title>{_xml_text(title)}</title>\n<desc>{_xml_text(desc)}</desc>\n"
        )
        background = (
            f'<rect x="{_n(x0)}" y="0" width="{_n(width)}" height="{_n(height)}" '
            'style="fill: #ffffff"/>\n'
        )
        return Markup(head + background + "\n".join(self.parts) + "\n</svg>\n")


def _dashed(color: str, width: float, opacity: float | None = None) -> str:
    """Stroke style of a « -- » line (dashes scale with the width, as matplotlib's do)."""
    style = f"stroke: {color}; stroke-width: {width:g}; stroke-dasharray: {_n(3.7 * width)} {_n(1.6 * width)}"
    return style + (f"; stroke-opacity: {opacity:g}" if opacity is not None else "")


# ----------------------------------------------------------------------------- charts


def _place_label(
    x: float,
    y: float,
    n_chars: int,
    boxes: list[tuple[float, float, float, float]],
    char_w: float = 0.037,
    height: float = 0.11,
) -> tuple[float, float, float, float]:
    """Greedy label placement in data units: first candidate spot overlapping nothing.

    Sizes are estimated for the 8.2×5.4 in figure (7.5 pt text): ~0.037 unit per character,
    0.11 unit high. Good enough for a dozen labels, without an extra dependency.
    """
    w, h = char_w * n_chars + 0.04, height
    candidates = [
        (x + 0.07, y - h / 2), (x - 0.07 - w, y - h / 2), (x - w / 2, y + 0.08),
        (x - w / 2, y - 0.08 - h), (x + 0.07, y + 0.05), (x + 0.07, y - 0.05 - h),
        (x - 0.07 - w, y + 0.05), (x - 0.07 - w, y - 0.05 - h), (x + 0.07, y + 0.17),
        (x - 0.07 - w, y - 0.17 - h), (x + 0.07, y - 0.17 - h), (x - 0.07 - w, y + 0.17),
    ]  # fmt: skip

    def cost(x0: float, y0: float) -> float:
        x1, y1 = x0 + w, y0 + h
        out = (
            max(0.0, -0.15 - x0) + max(0.0, x1 - 4.15) + max(0.0, -0.15 - y0) + max(0.0, y1 - 3.15)
        )
        overlap = sum(
            max(0.0, min(x1, b[2]) - max(x0, b[0])) * max(0.0, min(y1, b[3]) - max(y0, b[1]))
            for b in boxes
        )
        return overlap + 10 * out

    best = min(candidates, key=lambda c: (cost(*c) > 1e-9, cost(*c)))
    return (best[0], best[1], best[0] + w, best[1] + h)


def previous_charts(html: str | None) -> dict[str, Markup]:
    """The keyed charts of a previous synthesis page: {key: svg}."""
    if not html:
        return {}
    return {m.group(1): Markup(m.group(0)) for m in _KEYED_SVG_RE.finditer(html)}


def _chart_key(kind: str, frame: pd.DataFrame, params: object) -> str:
    from assets.publication.cache import table_content_hash

    payload = json.dumps([kind, CHART_VERSION, params], default=str)
    index = pd.util.hash_pandas_object(frame.index.to_series(), index=False).to_numpy()
    digest = hashlib.sha256(payload.encode() + index.tobytes())
    digest.update(table_content_hash(frame.reset_index(drop=True)).encode())
    return digest.hexdigest()


def _keyed(key: str, reuse: Mapping[str, Markup] | None, draw: Callable[[], Markup]) -> Markup:
    """The chart of ``key`` from ``reuse``, else drawn, tagged with its key."""
    if reuse and key in reuse:
        return reuse[key]
    svg = str(draw())
    if not svg.endswith("</svg>\n") or svg.count("</svg>") != 1:
        return Markup(svg)  # not a single drawn chart (empty): never tagged, never reused
    return Markup(svg.replace("<svg ", f'<svg data-chart-key="{key}" ', 1))


def families_chart_svg(
    families: pd.DataFrame,
    config: Mapping[str, Any],
    highlight: set[str] | None = None,
    compact: bool = False,
    *,
    reuse: Mapping[str, Markup] | None = None,
) -> Markup:
    """Scatter « pertinence perçue vs actions » (see :func:`_families_chart_svg`); taken from
    ``reuse`` (:func:`previous_charts`) when drawn from the same data before."""
    rel_t = float(config.get("family_relevance_threshold", 2.5))
    dep_t = float(config.get("family_deployment_threshold", 1.5))
    params = [rel_t, dep_t, sorted(map(str, highlight or ())), bool(compact)]
    key = _chart_key("families", families, params)
    return _keyed(key, reuse, lambda: _families_chart_svg(families, config, highlight, compact))


def _families_chart_svg(
    families: pd.DataFrame,
    config: Mapping[str, Any],
    highlight: set[str] | None = None,
    compact: bool = False,
) -> Markup:
    """Scatter « pertinence perçue vs actions » : one point per classified lever.

    ``compact``: the phone variant (narrow figure, larger text, fewer and shorter labels, legend
    below), so its text stays ≥ 10 px once scaled to a 390 px wide screen.
    """
    rel_t = float(config.get("family_relevance_threshold", 2.5))
    dep_t = float(config.get("family_deployment_threshold", 1.5))
    # sizes: (corner text, label text, legend, ticks, label chars, char width, height)
    if compact:
        corner_fs, label_fs, legend_fs, tick_fs = 10.5, 10, 10, 10
        max_chars, char_w, label_h, n_labels = 3, 0.085, 0.16, COMPACT_LABELS
        # plot area (points) and the whole figure, as the 4.4×4.6 in matplotlib figure was
        left, top, width, height, fig_w, fig_h = 34.96, 7.2, 245.52, 255.02, 287.68, 358.83
    else:
        corner_fs, label_fs, legend_fs, tick_fs = 10, 7.5, 8.5, 9
        max_chars, char_w, label_h, n_labels = 34, 0.037, 0.11, 12
        left, top, width, height, fig_w, fig_h = 76.54, 7.2, 457.56, 299.38, 541.3, 356.1
    bottom = top + height

    def px(x: float) -> float:
        return left + (x + 0.2) / 4.4 * width

    def py(y: float) -> float:
        return top + (3.2 - y) / 3.4 * height

    c = _Canvas()
    # family zones; the two lower ones stop just under the threshold, as drawn before
    zone_top = bottom - height * (dep_t + 0.1) / 3.3
    c.rect(px(rel_t), bottom, px(4.2), zone_top, f"fill: {FAMILY_COLORS['B']}; opacity: 0.06")
    c.rect(left, py(dep_t), px(4.2), top, f"fill: {FAMILY_COLORS['A']}; opacity: 0.06")
    c.rect(left, bottom, px(rel_t), zone_top, f"fill: {FAMILY_COLORS['C']}; opacity: 0.06")
    grid = f"stroke: {_GRID}; stroke-opacity: 0.25; stroke-width: 0.5"
    for v in range(5):
        c.line(px(v), top, px(v), bottom, grid)
    for v in range(4):
        c.line(left, py(v), left + width, py(v), grid)
    c.line(px(rel_t), top, px(rel_t), bottom, _dashed("#888888", 0.8))
    c.line(left, py(dep_t), left + width, py(dep_t), _dashed("#888888", 0.8))
    c.text(px(4.15), py(3.12) + 0.8 * corner_fs, "A · accélérer", corner_fs, "end",
           bold=True, color=FAMILY_COLORS["A"])  # fmt: skip
    c.text(px(4.15), py(-0.12) - 0.24 * corner_fs,
           "B · sensibiliser" if compact else "B · sensibiliser, identifier les actions",
           corner_fs, "end", bold=True, color=FAMILY_COLORS["B"])  # fmt: skip
    c.text(px(-0.15), py(-0.12) - 0.24 * corner_fs, "C · interterritorial", corner_fs,
           bold=True, color=FAMILY_COLORS["C"])  # fmt: skip
    df = _classified(families)
    highlight = highlight or set()
    # legend entries: (kind, colour, marker radius, text)
    legend: list[tuple[str, str, float, str]] = []
    if not df.empty:
        n = pd.to_numeric(
            df.get("n_respondents", pd.Series(1, index=df.index)), errors="coerce"
        ).fillna(1)
        sizes = 25 + 90 * (n / max(n.max(), 1))  # marker areas (pt²), as matplotlib's « s »
        _mark_borderline_ci(c, df, px, py)
        for fam, color in FAMILY_COLORS.items():
            sel = df["family"] == fam
            if not sel.any():
                continue
            style = (
                f"fill: {color}; fill-opacity: 0.85; stroke: #ffffff; stroke-opacity: 0.85; "
                "stroke-width: 0.8"
            )
            for idx in df.index[sel]:
                c.circle(
                    px(float(df.at[idx, "relevance_axis"])),
                    py(float(df.at[idx, "deployment_axis"])),
                    float(sizes[idx]) ** 0.5 / 2,
                    style,
                    lever=str(df.at[idx, "lever_code"]),
                    family=fam,
                )
            s = sizes[sel]
            label = (
                f"{fam} ({int(sel.sum())})"
                if compact
                else f"{fam} — {FAMILY_SHORT[fam]} ({int(sel.sum())})"
            )
            legend.append(("point", color, ((s.max() + s.min()) / 2) ** 0.5 / 2, label))
        order = _label_order(df, highlight)
        points = list(
            zip(
                df["relevance_axis"].astype(float), df["deployment_axis"].astype(float), strict=True
            )
        )
        boxes: list[tuple[float, float, float, float]] = [
            (x - 0.05, y - 0.05, x + 0.05, y + 0.05) for x, y in points
        ]
        if not compact:
            boxes.append((-0.2, 2.55, 1.9, 3.2))  # legend
        for idx in order[:n_labels]:
            x, y = float(df.at[idx, "relevance_axis"]), float(df.at[idx, "deployment_axis"])
            text = (
                str(order.index(idx) + 1)  # numbered on a phone, names listed under the chart
                if compact
                else _short(
                    df.at[idx, "lever_label"]
                    if "lever_label" in df.columns
                    else df.at[idx, "lever_code"],
                    max_chars,
                )
            )
            box = _place_label(x, y, len(text), boxes, char_w, label_h)
            boxes.append(box)
            mid = (box[1] + box[3]) / 2
            if box[0] > x:
                anchor, ha = box[0], "start"
            elif box[2] < x:
                anchor, ha = box[2], "end"
            else:
                anchor, ha = (box[0] + box[2]) / 2, "middle"
            bold = df.at[idx, "lever_code"] in highlight
            if abs(mid - y) > 0.12:  # far from its point: a thin leader line
                _leader(
                    c,
                    (px(anchor), py(mid)),
                    ha,
                    _text_width(text, label_fs) * (1.08 if bold else 1),
                    label_fs,
                    (px(x), py(y)),
                )
            c.text(
                px(anchor),
                py(mid) + 0.32 * label_fs,
                text,
                label_fs,
                ha,
                bold=bold,
                color="#222222",
                label=str(df.at[idx, "lever_code"]),
            )
        border = _borderline(df)
        n_border = len(border)
        if n_border:  # dashed ring over each borderline lever
            ring = "fill: none; " + _dashed("#222222", 0.9)
            for idx in border.index:
                x, y = (
                    float(border.at[idx, "relevance_axis"]),
                    float(border.at[idx, "deployment_axis"]),
                )
                c.circle(
                    px(x), py(y), 150**0.5 / 2, ring, borderline=str(border.at[idx, "lever_code"])
                )
            legend.append(("ring", "#222222", 150**0.5 / 2,
                           f"à la limite ({n_border})" if compact
                           else f"à la limite ({n_border}) : seuil dans l'intervalle de confiance"))  # fmt: skip
    else:
        c.text(px(2), py(1.5), "Aucun levier classé (pas de réponse au questionnaire)",
               corner_fs, "middle", color="#666666")  # fmt: skip
    # axes: left and bottom spines, ticks outside, tick labels, axis titles
    axis = "stroke: #000000; stroke-width: 0.8; stroke-linecap: square"
    c.line(left, bottom, left + width, bottom, axis)
    c.line(left, top, left, bottom, axis)
    if compact:
        x_ticks = [[str(v)] for v in range(5)]
        y_ticks = [[str(v)] for v in range(4)]
        x_title = "Pertinence perçue (0 nulle – 4 très forte)"
        y_title = "Actions engagées (0 non – 3 grande échelle)"
        x_title_y, y_title_x = bottom + 29.0, 15.2
    else:
        x_ticks = [["0", "nulle"], ["1", "faible"], ["2", "moyenne"], ["3", "forte"], ["4", "très forte"]]  # fmt: skip
        y_ticks = [["0 non"], ["1 en projet"], ["2 ponctuel"], ["3 grande", "échelle"]]
        x_title = "Pertinence perçue de l'action territoriale (moyenne des réponses)"
        y_title = "Actions engagées (moyenne des réponses)"
        x_title_y, y_title_x = bottom + 40.16, 14.4
    for v, lines in enumerate(x_ticks):
        c.line(px(v), bottom, px(v), bottom + 3.5, axis)
        for k, line in enumerate(lines):
            c.text(px(v), bottom + 1.62 * tick_fs + 1.2 * tick_fs * k, line, tick_fs, "middle")
    for v, lines in enumerate(y_ticks):
        c.line(left - 3.5, py(v), left, py(v), axis)
        first = py(v) + 0.37 * tick_fs - 0.6 * tick_fs * (len(lines) - 1)
        for k, line in enumerate(lines):
            c.text(left - 7, first + 1.2 * tick_fs * k, line, tick_fs, "end")
    c.text(left + width / 2, x_title_y, x_title, tick_fs, "middle")
    c.text(y_title_x, top + height / 2, y_title, tick_fs, "middle", rotate=True)
    if legend:
        _legend(c, legend, legend_fs, compact, left, width, bottom, height)
    n_points = len(df)
    desc = (
        f"{n_points} levier{'s' if n_points > 1 else ''} placé{'s' if n_points > 1 else ''} selon "
        "la pertinence perçue de l'action territoriale (0 à 4) et les actions engagées (0 à 3) ; "
        f"seuils {fr_number(rel_t, 1)} et {fr_number(dep_t, 1)}."
    )
    return c.svg(
        0, fig_w, fig_h, "Familles de leviers : pertinence perçue et actions engagées", desc
    )


def _leader(
    c: _Canvas,
    at: tuple[float, float],
    ha: str,
    text_w: float,
    size: float,
    point: tuple[float, float],
) -> None:
    """Grey line from a label's box (2 pt off) to its point (5 pt off), as annotate drew it."""
    x, y = at
    cx = x + text_w / 2 if ha == "start" else x - text_w / 2 if ha == "end" else x
    hw, hh = text_w / 2, 0.6 * size
    dx, dy = point[0] - cx, point[1] - y
    dist = (dx * dx + dy * dy) ** 0.5
    if dist == 0:
        return
    t_box = min(hw / abs(dx) if dx else float("inf"), hh / abs(dy) if dy else float("inf"))
    start = t_box + 2 / dist
    end = 1 - 5 / dist
    if end <= start:
        return
    c.line(cx + dx * start, y + dy * start, cx + dx * end, y + dy * end,
           "stroke: #aaaaaa; stroke-width: 0.5")  # fmt: skip


def _legend(
    c: _Canvas,
    entries: list[tuple[str, str, float, str]],
    size: float,
    compact: bool,
    left: float,
    width: float,
    bottom: float,
    height: float,
) -> None:
    """Legend without frame: upper left in the plot, or under it in two columns (phone)."""

    def marker(kind: str, color: str, r: float, x: float, y: float) -> None:
        if kind == "ring":
            c.circle(x, y, r, "fill: none; " + _dashed(color, 0.9))
        else:
            style = (
                f"fill: {color}; fill-opacity: 0.85; stroke: #ffffff; stroke-opacity: 0.85; "
                "stroke-width: 0.8"
            )
            c.circle(x, y, r, style)

    if not compact:
        for k, (kind, color, r, text) in enumerate(entries):
            base = 7.2 + 14.45 + 1.5 * size * k
            marker(kind, color, r, left + 16.15, base - 0.26 * size)
            c.text(left + 31.45, base, text, size)
        return
    rows = -(-len(entries) // 2)
    columns = [entries[:rows], entries[rows:]]
    widths = [max((_text_width(e[3], size) for e in col), default=0.0) for col in columns]
    handle = 2.0 * size + 0.3 * size  # handle length and pad before the text
    total = sum(handle + w for w in widths if w) + 0.8 * size
    x = left + 0.45 * width - total / 2
    for col, w in zip(columns, widths, strict=True):
        for k, (kind, color, r, text) in enumerate(col):
            base = bottom + 0.2 * height + 16.6 + 1.5 * size * k
            marker(kind, color, r, x + size, base - 0.3 * size)
            c.text(x + handle, base, text, size)
        x += handle + w + 0.8 * size


COMPACT_LABELS = 8


def _classified(families: pd.DataFrame) -> pd.DataFrame:
    if families.empty:
        return families
    return families.dropna(subset=["relevance_axis", "deployment_axis", "family"])


def _label_order(df: pd.DataFrame, highlight: set[str]) -> list[Any]:
    """Levers labelled on the chart: priority themes first, then the widest relevance/
    deployment gaps and the most deployed."""
    gap = df["relevance_axis"] / 4 - df["deployment_axis"] / 3
    order = list(df.index[df["lever_code"].isin(highlight)])
    for idx in list(gap.sort_values(ascending=False).index[:3]) + list(
        df["deployment_axis"].sort_values(ascending=False).index[:2]
    ):
        if idx not in order:
            order.append(idx)
    return order


def compact_chart_keys(families: pd.DataFrame, highlight: set[str]) -> list[dict[str, Any]]:
    """Numbers and names of the levers numbered on the phone chart, for a list under it."""
    df = _classified(families)
    if df.empty:
        return []
    order = _label_order(df, highlight)[:COMPACT_LABELS]
    return [
        {
            "n": i + 1,
            "label": str(
                df.at[idx, "lever_label"] if "lever_label" in df else df.at[idx, "lever_code"]
            ),
            "bold": df.at[idx, "lever_code"] in highlight,
        }
        for i, idx in enumerate(order)
    ]


def _borderline(df: pd.DataFrame) -> pd.DataFrame:
    """Levers whose family is « à la limite » (threshold inside their 95 % interval)."""
    if "family_confidence" not in df.columns:
        return df.iloc[0:0]
    return df[df["family_confidence"] == FAMILY_BORDERLINE]


def _mark_borderline_ci(
    c: _Canvas, df: pd.DataFrame, px: Callable[[float], float], py: Callable[[float], float]
) -> None:
    """The 95 % intervals of the borderline levers (grey, under the points)."""
    sel = _borderline(df)
    style = "stroke: #777777; stroke-width: 0.7"
    for _, row in sel.iterrows():
        x, y = float(row["relevance_axis"]), float(row["deployment_axis"])
        lo, hi = row.get("relevance_axis_ci_low"), row.get("relevance_axis_ci_high")
        if "relevance_axis_ci_high" in sel.columns and pd.notna(lo) and pd.notna(hi):
            c.line(px(float(lo)), py(y), px(float(hi)), py(y), style)
        lo, hi = row.get("deployment_axis_ci_low"), row.get("deployment_axis_ci_high")
        if "deployment_axis_ci_high" in sel.columns and pd.notna(lo) and pd.notna(hi):
            c.line(px(x), py(float(lo)), px(x), py(float(hi)), style)


def coverage_chart_svg(
    coverage: pd.DataFrame, *, reuse: Mapping[str, Markup] | None = None
) -> Markup:
    """Response rate per département (see :func:`_coverage_chart_svg`); taken from ``reuse``
    when drawn from the same data before."""
    if coverage.empty or not (coverage["dimension"] == "departement").any():
        return Markup("")  # what the drawing gives
    key = _chart_key("coverage", coverage, [])
    return _keyed(key, reuse, lambda: _coverage_chart_svg(coverage))


def _coverage_chart_svg(coverage: pd.DataFrame) -> Markup:
    """Horizontal bars: response rate per département, with answered/recipients counts.

    Narrow figure and 11.5 pt text: shown in a half-width column on a desktop and full width on
    a phone, its text stays ≥ 10 px at both.
    """
    df = coverage[coverage["dimension"] == "departement"].copy() if not coverage.empty else coverage
    if df.empty:
        return Markup("")
    df = df.sort_values("key", ascending=False)
    rates = pd.to_numeric(df["response_rate"], errors="coerce").fillna(0) * 100
    fs = 11.5
    names = [_short(str(v), 18) for v in df["label"]]
    n = len(df)
    # plot area as in the 4.3 in wide, (0.42 n + 0.9) in high matplotlib figure
    width, height = 239.94, 0.77 * (0.42 * n + 0.9) * 72
    left = 7.2 + max(_text_width(v, fs) for v in names) + 7.0
    top, bottom = 7.2, 7.2 + height
    span = (n - 1) + 0.6  # bars of 0.6 around 0 … n-1, 5 % margins
    lo, hi = -0.3 - 0.05 * span, n - 1 + 0.3 + 0.05 * span

    def px(x: float) -> float:
        return left + x / 150 * width

    def py(y: float) -> float:
        return top + (hi - y) / (hi - lo) * height

    c = _Canvas()
    axis = "stroke: #000000; stroke-width: 0.8; stroke-linecap: square"
    right = left + width
    for i, (name, rate, n_ok, n_rec) in enumerate(
        zip(names, rates, df["n_respondents_recipients"], df["n_recipients"], strict=True)
    ):
        c.rect(px(0), py(i - 0.3), px(float(rate)), py(i + 0.3), "fill: #1f4e79")
        text = f"{fr_number(rate, 0)} % ({int(n_ok)}/{int(n_rec)})"
        x = px(min(float(rate), 100) + 2)
        c.text(x, py(i) + 0.26 * fs, text, fs)
        right = max(right, x + _text_width(text, fs))
        c.line(left - 3.5, py(i), left, py(i), axis)
        c.text(left - 7, py(i) + 0.38 * fs, name, fs, "end")
    grid = f"stroke: {_GRID}; stroke-opacity: 0.25; stroke-width: 0.5"
    for v in (0, 50, 100):
        c.line(px(v), top, px(v), bottom, grid)
    c.line(px(0), bottom, px(100), bottom, axis)
    c.line(left, top, left, bottom, axis)
    for v, label in ((0, "0 %"), (50, "50 %"), (100, "100 %")):
        c.line(px(v), bottom, px(v), bottom + 3.5, axis)
        c.text(px(v), bottom + 15.74, label, fs, "middle")
    title = "Taux de réponse (répondants / destinataires)"
    c.text(left + width / 2, bottom + 31.7, title, fs, "middle")
    half = _text_width(title, fs) / 2
    x0 = min(0.0, left + width / 2 - half - 7.2)
    x1 = max(right, left + width / 2 + half) + 7.2
    desc = (
        "Taux de réponse au questionnaire par département : "
        + " ; ".join(
            f"{name} {fr_number(rate, 0)} %" for name, rate in zip(names, rates, strict=True)
        )
        + "."
    )
    return c.svg(x0, x1 - x0, bottom + 41.66, "Taux de réponse par département", desc)
