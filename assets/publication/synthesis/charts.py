"""SVG charts of the public synthesis (matplotlib, inlined): lever families and coverage.

Part of the synthesis page (:mod:`assets.publication.synthesis.page`); figures are rendered to
deterministic inline ``<svg>`` so the page stays one self-contained file.

Each chart carries ``data-chart-key``: a hash of what it is drawn from (its input frame, the
thresholds, the variant, this module's :data:`CHART_VERSION`, matplotlib's version). Given the
previous page (:func:`previous_charts`), a chart whose key is unchanged is taken from it as is:
a refresh that changed no answer draws nothing and does not even import matplotlib (~1.4 s).
"""

from __future__ import annotations

import hashlib
import io
import json
import re
from collections.abc import Callable, Mapping
from typing import Any

import pandas as pd
from markupsafe import Markup

from assets.diagnostic.frames import fr_number
from assets.diagnostic.statistics import FAMILY_BORDERLINE

__all__ = ["families_chart_svg", "coverage_chart_svg", "previous_charts"]

# Bump when the drawing code of a chart changes (a cached chart is then drawn again).
CHART_VERSION = "1"
# A drawn chart ends with the newline savefig writes after « </svg> »: kept with it.
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


def _svg(fig: Any) -> Markup:
    """Figure → inline ``<svg>`` (no XML prolog, text kept as text, deterministic ids)."""
    import matplotlib.pyplot as plt

    buf = io.StringIO()
    fig.savefig(buf, format="svg", bbox_inches="tight", metadata={"Date": None})
    plt.close(fig)
    text = buf.getvalue()
    text = text[text.index("<svg") :]
    text = re.sub(r'<svg ([^>]*?)width="[^"]*" height="[^"]*"', r"<svg \1", text, count=1)
    return Markup(text.replace("<svg ", '<svg role="img" style="width:100%;height:auto" ', 1))


def _pyplot() -> Any:
    import matplotlib

    matplotlib.use("Agg", force=False)
    import matplotlib.pyplot as plt

    plt.rcParams.update(
        {
            "svg.fonttype": "none",
            "svg.hashsalt": "copdiag",
            "font.family": "sans-serif",
            "font.sans-serif": ["DejaVu Sans", "Arial", "Helvetica"],
            "font.size": 9,
            "axes.spines.top": False,
            "axes.spines.right": False,
        }
    )
    return plt


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
    from importlib.metadata import version

    from assets.publication.cache import table_content_hash

    payload = json.dumps([kind, CHART_VERSION, version("matplotlib"), params], default=str)
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
    plt = _pyplot()
    rel_t = float(config.get("family_relevance_threshold", 2.5))
    dep_t = float(config.get("family_deployment_threshold", 1.5))
    # sizes: (figure, corner text, label text, legend, ticks, label chars, char width, height)
    if compact:
        figsize, corner_fs, label_fs, legend_fs, tick_fs = (4.4, 4.6), 10.5, 10, 10, 10
        max_chars, char_w, label_h, n_labels = 3, 0.085, 0.16, COMPACT_LABELS
    else:
        figsize, corner_fs, label_fs, legend_fs, tick_fs = (8.2, 5.4), 10, 7.5, 8.5, 9
        max_chars, char_w, label_h, n_labels = 34, 0.037, 0.11, 12
    fig, ax = plt.subplots(figsize=figsize, dpi=100)
    ax.axvspan(
        rel_t, 4.2, ymin=0, ymax=(dep_t + 0.1) / 3.3, color=FAMILY_COLORS["B"], alpha=0.06, lw=0
    )
    ax.axhspan(dep_t, 3.2, color=FAMILY_COLORS["A"], alpha=0.06, lw=0)
    ax.axvspan(
        -0.2, rel_t, ymin=0, ymax=(dep_t + 0.1) / 3.3, color=FAMILY_COLORS["C"], alpha=0.06, lw=0
    )
    ax.axvline(rel_t, color="#888", lw=0.8, ls="--")
    ax.axhline(dep_t, color="#888", lw=0.8, ls="--")
    ax.text(
        4.15,
        3.12,
        "A · accélérer",
        ha="right",
        va="top",
        color=FAMILY_COLORS["A"],
        fontsize=corner_fs,
        fontweight="bold",
    )
    ax.text(
        4.15,
        -0.12,
        "B · sensibiliser" if compact else "B · sensibiliser, identifier les actions",
        ha="right",
        va="bottom",
        color=FAMILY_COLORS["B"],
        fontsize=corner_fs,
        fontweight="bold",
    )
    ax.text(
        -0.15,
        -0.12,
        "C · interterritorial",
        ha="left",
        va="bottom",
        color=FAMILY_COLORS["C"],
        fontsize=corner_fs,
        fontweight="bold",
    )
    df = (
        families.dropna(subset=["relevance_axis", "deployment_axis", "family"])
        if not families.empty
        else families
    )
    highlight = highlight or set()
    if not df.empty:
        n = pd.to_numeric(
            df.get("n_respondents", pd.Series(1, index=df.index)), errors="coerce"
        ).fillna(1)
        sizes = 25 + 90 * (n / max(n.max(), 1))
        for fam, color in FAMILY_COLORS.items():
            sel = df["family"] == fam
            if sel.any():
                ax.scatter(
                    df.loc[sel, "relevance_axis"], df.loc[sel, "deployment_axis"], s=sizes[sel],
                    color=color, alpha=0.85, edgecolor="white", linewidth=0.8,
                    label=f"{fam} ({int(sel.sum())})" if compact
                    else f"{fam} — {FAMILY_SHORT[fam]} ({int(sel.sum())})", zorder=3,
                )  # fmt: skip
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
                anchor, ha = box[0], "left"
            elif box[2] < x:
                anchor, ha = box[2], "right"
            else:
                anchor, ha = (box[0] + box[2]) / 2, "center"
            far = abs(mid - y) > 0.12
            ax.annotate(
                text, (x, y), xytext=(anchor, mid), textcoords="data", fontsize=label_fs, ha=ha,
                va="center", color="#222", zorder=4,
                fontweight="bold" if df.at[idx, "lever_code"] in highlight else "normal",
                arrowprops={"arrowstyle": "-", "color": "#aaa", "lw": 0.5, "shrinkA": 2, "shrinkB": 5}
                if far else None,
            )  # fmt: skip
        _mark_borderline(ax, df, compact)
        if compact:
            ax.legend(
                loc="upper center", bbox_to_anchor=(0.45, -0.2), ncol=2, frameon=False,
                fontsize=legend_fs, columnspacing=0.8, handletextpad=0.3,
            )  # fmt: skip
        else:
            ax.legend(loc="upper left", frameon=False, fontsize=legend_fs)
    else:
        ax.text(
            2,
            1.5,
            "Aucun levier classé (pas de réponse au questionnaire)",
            ha="center",
            color="#666",
            fontsize=corner_fs,
        )
    ax.set_xlim(-0.2, 4.2)
    ax.set_ylim(-0.2, 3.2)
    if compact:
        ax.set_xticks([0, 1, 2, 3, 4], ["0", "1", "2", "3", "4"], fontsize=tick_fs)
        ax.set_yticks([0, 1, 2, 3], ["0", "1", "2", "3"], fontsize=tick_fs)
        ax.set_xlabel("Pertinence perçue (0 nulle – 4 très forte)", fontsize=tick_fs)
        ax.set_ylabel("Actions engagées (0 non – 3 grande échelle)", fontsize=tick_fs)
    else:
        ax.set_xticks(
            [0, 1, 2, 3, 4],
            ["0\nnulle", "1\nfaible", "2\nmoyenne", "3\nforte", "4\ntrès forte"],
            fontsize=tick_fs,
        )
        ax.set_yticks(
            [0, 1, 2, 3], ["0 non", "1 en projet", "2 ponctuel", "3 grande\néchelle"],
            fontsize=tick_fs,
        )  # fmt: skip
        ax.set_xlabel("Pertinence perçue de l'action territoriale (moyenne des réponses)")
        ax.set_ylabel("Actions engagées (moyenne des réponses)")
    ax.grid(alpha=0.25, lw=0.5)
    return _svg(fig)


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


def _mark_borderline(ax: Any, df: pd.DataFrame, compact: bool = False) -> None:
    """Levers whose family is « à la limite »: dashed ring and their 95 % intervals."""
    if "family_confidence" not in df.columns:
        return
    sel = df[df["family_confidence"] == FAMILY_BORDERLINE]
    if sel.empty:
        return
    x, y = sel["relevance_axis"].astype(float), sel["deployment_axis"].astype(float)
    for column, lo, hi in (
        ("x", "relevance_axis_ci_low", "relevance_axis_ci_high"),
        ("y", "deployment_axis_ci_low", "deployment_axis_ci_high"),
    ):
        if lo in sel.columns and hi in sel.columns:
            low, high = sel[lo].astype(float), sel[hi].astype(float)
            ok = low.notna() & high.notna()
            if column == "x":
                ax.hlines(y[ok], low[ok], high[ok], color="#777", lw=0.7, zorder=2)
            else:
                ax.vlines(x[ok], low[ok], high[ok], color="#777", lw=0.7, zorder=2)
    ax.scatter(
        x, y, s=150, facecolors="none", edgecolors="#222", linewidths=0.9, linestyle="--",
        zorder=5, label=f"à la limite ({len(sel)})" if compact
        else f"à la limite ({len(sel)}) : seuil dans l'intervalle de confiance",
    )  # fmt: skip


def coverage_chart_svg(
    coverage: pd.DataFrame, *, reuse: Mapping[str, Markup] | None = None
) -> Markup:
    """Response rate per département (see :func:`_coverage_chart_svg`); taken from ``reuse``
    when drawn from the same data before."""
    if coverage.empty or not (coverage["dimension"] == "departement").any():
        return Markup("")  # what the drawing gives, without importing matplotlib
    key = _chart_key("coverage", coverage, [])
    return _keyed(key, reuse, lambda: _coverage_chart_svg(coverage))


def _coverage_chart_svg(coverage: pd.DataFrame) -> Markup:
    """Horizontal bars: response rate per département, with answered/recipients counts.

    Narrow figure and 11.5 pt text: shown in a half-width column on a desktop and full width on
    a phone, its text stays ≥ 10 px at both.
    """
    plt = _pyplot()
    df = coverage[coverage["dimension"] == "departement"].copy() if not coverage.empty else coverage
    if df.empty:
        return Markup("")
    df = df.sort_values("key", ascending=False)
    rates = pd.to_numeric(df["response_rate"], errors="coerce").fillna(0) * 100
    fs = 11.5
    fig, ax = plt.subplots(figsize=(4.3, 0.42 * len(df) + 0.9), dpi=100)
    names = [_short(str(v), 18) for v in df["label"]]
    ax.barh(names, rates, color="#1f4e79", height=0.6)
    for i, (rate, n_ok, n_rec) in enumerate(
        zip(rates, df["n_respondents_recipients"], df["n_recipients"], strict=True)
    ):
        ax.text(
            min(rate, 100) + 2,
            i,
            f"{fr_number(rate, 0)} % ({int(n_ok)}/{int(n_rec)})",
            va="center",
            fontsize=fs,
        )
    ax.set_xlim(0, 150)
    ax.set_xticks([0, 50, 100], ["0 %", "50 %", "100 %"], fontsize=fs)
    ax.tick_params(axis="y", labelsize=fs)
    ax.set_xlabel("Taux de réponse (répondants / destinataires)", fontsize=fs)
    ax.spines["bottom"].set_bounds(0, 100)
    ax.grid(axis="x", alpha=0.25, lw=0.5)
    return _svg(fig)
