"""The public synthesis of the regional diagnostic: one self-contained French HTML page.

Seed 004 asks for a short public synthesis that feeds the debate: key messages per thematic,
the three families of levers, the priority themes, what is already done (exemplary projects),
who answered. Everything is inline (CSS, SVG charts made with matplotlib) so the file can be
mailed or put online as is; every input text is escaped by Jinja2's autoescape.
"""

from __future__ import annotations

import datetime as dt
import io
import math
import re
from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd
from jinja2 import Environment
from markupsafe import Markup

from assets.diagnostic.config import FAMILY_LABELS, DiagnosticConfig
from assets.diagnostic.frames import fr_euros, fr_number
from assets.diagnostic.statistics import FAMILY_BORDERLINE
from assets.diagnostic.theme_evidence import theme_evidence_note
from assets.synthesis_sections import (
    _frame,
    _num,
    candidates_section,
    data_quality_section,
    department_view,
    document_counts,
    document_kpi_label,
    targets_review,
)
from sources.reference import THEMATICS

__all__ = ["build_synthesis_html", "families_chart_svg", "coverage_chart_svg", "thematic_messages"]

FAMILY_COLORS = {"A": "#2e7d32", "B": "#e07b00", "C": "#4f5fb8"}
FAMILY_SHORT = {
    "A": "Accélérer",
    "B": "Sensibiliser, identifier les actions",
    "C": "Interterritorial",
}
_ORIGIN_LABELS = {
    "projet": "Fiche projet",
    "questionnaire": "Questionnaire",
    "plan d'action": "Plan d'action",
}


# ----------------------------------------------------------------------------- helpers


def _pct(value: object, ratio: bool = False) -> str:
    v = _num(value)
    if math.isnan(v):
        return "n.d."
    return f"{fr_number(v * 100 if ratio else v, 0)} %"


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


def families_chart_svg(
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


def coverage_chart_svg(coverage: pd.DataFrame) -> Markup:
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


# ----------------------------------------------------------------------------- messages


def _quoted(label: object) -> str:
    return f"« {_short(str(label), 60)} »"


def thematic_messages(
    state: pd.DataFrame, themes: pd.DataFrame | None = None
) -> dict[str, list[str]]:
    """1–3 French sentences per thematic from the region rows of ``lever_state_of_play``."""
    out: dict[str, list[str]] = {}
    if state.empty:
        return {code: ["Aucune donnée disponible pour cette thématique."] for code in THEMATICS}
    region = state[state["scope"] == "region"]
    theme_levers = (
        set(themes["lever_code"])
        if themes is not None and not themes.empty and "lever_code" in themes
        else set()
    )
    for code in THEMATICS:
        sub = region[region["thematic"] == code].copy()
        for column in (
            "mean_relevance",
            "mean_deployment",
            "n_respondents",
            "n_actions",
            "budget_eur",
            "n_blockers",
        ):
            sub[column] = pd.to_numeric(sub[column], errors="coerce")
        answered = sub[sub["n_respondents"] > 0].dropna(subset=["mean_relevance"])
        sentences: list[str] = []
        if not answered.empty:
            top = answered.sort_values("mean_relevance", ascending=False).head(2)
            parts = [
                f"{_quoted(r.lever_label)} ({fr_number(r.mean_relevance)}/4)"
                for r in top.itertuples()
            ]
            sentences.append(
                "Les collectivités jugent surtout pertinents " + " et ".join(parts) + "."
                if len(parts) > 1
                else f"Le levier jugé le plus pertinent est {parts[0]}."
            )
            fam_b = answered[answered["family"] == "B"]
            fam_a = answered[answered["family"] == "A"]
            if not fam_b.empty:
                b = fam_b.sort_values("mean_relevance", ascending=False).iloc[0]
                sentences.append(
                    f"{_quoted(b['lever_label'])} est jugé pertinent mais encore peu mis en œuvre "
                    f"(déploiement {fr_number(b['mean_deployment'])}/3) : des actions restent à identifier."
                )
            elif not fam_a.empty:
                a = fam_a.sort_values("mean_deployment", ascending=False).iloc[0]
                sentences.append(
                    f"{_quoted(a['lever_label'])} est déjà largement engagé "
                    f"(déploiement {fr_number(a['mean_deployment'])}/3) : l'enjeu est d'accélérer."
                )
        else:
            sentences.append(
                "Aucune réponse au questionnaire ne porte sur cette thématique : elle reste à approfondir lors des débats."
            )
        n_act = int(sub["n_actions"].sum())
        n_block = int(sub["n_blockers"].sum())
        budget = sub["budget_eur"].sum(min_count=1)
        if n_act:
            lead = sub.sort_values("n_actions", ascending=False).iloc[0]
            s = (
                f"Les plans d'action lus comptent {n_act} action{'s' if n_act > 1 else ''} sur cette thématique"
                f" (budget connu {fr_euros(budget)}), dont {int(lead['n_actions'])} sur {_quoted(lead['lever_label'])}"
            )
        else:
            s = "Aucune action des plans lus ne relève de cette thématique"
        if n_block:
            s += f" ; {n_block} frein{'s' if n_block > 1 else ''} signalé{'s' if n_block > 1 else ''}"
        sentences.append(s + ".")
        n_prio = int(sub["lever_code"].isin(theme_levers).sum())
        if n_prio and len(sentences) < 3:
            sentences.append(
                f"{n_prio} thème{'s' if n_prio > 1 else ''} prioritaire{'s' if n_prio > 1 else ''} en relève."
            )
        out[code] = sentences[:3]
    return out


def _labels_list(labels: list[str], limit: int = 6) -> str:
    shown = [_quoted(v) for v in labels[:limit]]
    more = len(labels) - len(shown)
    return ", ".join(shown) + (f" et {more} autre{'s' if more > 1 else ''}" if more > 0 else "")


def fragility_notes(
    state: pd.DataFrame,
    families: pd.DataFrame,
    themes: pd.DataFrame,
    cfg: Mapping[str, Any],
    labels: Mapping[str, str] | None = None,
) -> list[str]:
    """French sentences saying where a figure is fragile: small samples, families and themes
    « à la limite », ranks that do not differ, levers the thematic cap left out."""
    labels = labels or {}
    notes: list[str] = []
    min_n = cfg.get("min_scored_answers", 10)
    if not state.empty and "small_sample" in state.columns:
        small = state["small_sample"].fillna(False).astype(bool)
        region = state["scope"] == "region"
        dept = state["scope"] == "departement"
        if (small & region).any():
            names = state.loc[small & region, "lever_label"].astype(str).tolist()
            notes.append(
                f"{len(names)} levier{'s' if len(names) > 1 else ''} reposent au niveau régional sur "
                f"moins de {min_n} réponses notées (échantillon faible) : {_labels_list(names)}. "
                "Leurs moyennes et leurs parts sont indicatives."
            )
        answered = dept & (state[["n_scored_relevance", "n_scored_deployment"]].max(axis=1) > 0)
        if answered.any():
            n_small = int((small & answered).sum())
            if n_small:
                notes.append(
                    f"{n_small} des {int(answered.sum())} lignes départementales renseignées "
                    f"reposent sur moins de {min_n} réponses notées : elles n'ont pas de famille "
                    "propre (lire la famille régionale) et leurs chiffres sont à prendre avec "
                    "prudence."
                )
    if not families.empty and "family_confidence" in families.columns:
        border = families[families["family_confidence"] == FAMILY_BORDERLINE]
        if not border.empty:
            items = [
                f"{_quoted(r['lever_label'])} ({r['family']})" for r in border.to_dict("records")
            ]
            notes.append(
                f"{len(items)} levier{'s' if len(items) > 1 else ''} {'sont' if len(items) > 1 else 'est'} "
                "classé{} « à la limite » : un seuil de famille se trouve dans l'intervalle de "
                "confiance de sa moyenne, la famille pourrait changer avec d'autres réponses : ".format(
                    "s" if len(items) > 1 else ""
                )
                + ", ".join(items[:8])
                + ("…" if len(items) > 8 else "")
                + "."
            )
    if not themes.empty and "rank_max" in themes.columns:
        t = themes.sort_values("rank")
        spread = t[t["rank_max"] > t["rank_min"]]
        if not spread.empty:
            lo, hi = int(spread["rank_min"].min()), int(spread["rank_max"].max())
            half = ((t["score_ci_high"] - t["score_ci_low"]) / 2).median()
            notes.append(
                f"Les thèmes classés de {lo} à {hi} ne se départagent pas nettement : leurs scores "
                f"sont plus proches que leur incertitude (± {fr_number(half, 1)} points en médiane). "
                "Leur ordre est indicatif ; chaque thème indique son rang plausible."
            )
        border = t[t.get("selection_confidence", pd.Series(dtype=object)) == FAMILY_BORDERLINE]
        if not border.empty:
            notes.append(
                f"{_plural_fr(len(border), 'thème est retenu', 'thèmes sont retenus')} « à la "
                "limite » (son score pourrait passer sous le seuil ou sous un levier écarté) : "
                + ", ".join(f"n° {int(r)}" for r in border["rank"])
                + "."
            )
        if "cap_excluded" in t.columns:
            dropped: list[str] = []
            for value in t["cap_excluded"]:
                for code in value if isinstance(value, list | tuple | np.ndarray) else []:
                    if code not in dropped:
                        dropped.append(str(code))
            if dropped:
                notes.append(
                    f"Le plafond de {cfg.get('max_themes_per_thematic')} thèmes par thématique "
                    f"écarte {_plural_fr(len(dropped), 'levier mieux noté', 'leviers mieux notés')} "
                    f"que le dernier thème retenu : "
                    f"{_labels_list([labels.get(c, c) for c in dropped], 8)}."
                )
    return notes


def _plural_fr(n: int, singular: str, plural: str) -> str:
    return f"{n} {singular if n <= 1 else plural}"


# ----------------------------------------------------------------------------- page

_TEMPLATE = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Diagnostic de la COP régionale — {{ region_name }}</title>
<style>
:root { --ink:#1d2733; --muted:#5b6675; --line:#dde3ea; --bg:#f5f7fa; --blue:#1f4e79;
        --A:#2e7d32; --B:#e07b00; --C:#4f5fb8; }
* { box-sizing:border-box; }
body { margin:0; font-family:"Marianne","Segoe UI",system-ui,-apple-system,"DejaVu Sans",Arial,sans-serif;
       color:var(--ink); background:var(--bg); line-height:1.5; font-size:15px; }
header { background:var(--blue); color:#fff; padding:32px 0 70px; }
.wrap { max-width:1080px; margin:0 auto; padding:0 24px; }
header h1 { margin:0 0 6px; font-size:28px; font-weight:700; letter-spacing:-.01em; }
header p { margin:0; opacity:.85; }
section { background:#fff; border:1px solid var(--line); border-radius:10px; padding:22px 26px; margin:22px 0; }
h2 { font-size:20px; margin:0 0 4px; color:var(--blue); }
h2 + .lead { color:var(--muted); margin:0 0 16px; }
.kpis { display:grid; grid-template-columns:repeat(auto-fit,minmax(min(150px,100%),1fr)); gap:14px; margin-top:-48px; }
.kpi { background:#fff; border:1px solid var(--line); border-radius:10px; padding:14px 16px; box-shadow:0 2px 6px rgba(0,0,0,.05); }
.kpi b { display:block; font-size:26px; color:var(--blue); line-height:1.2; }
.kpi span { color:var(--muted); font-size:13px; }
.grid { display:grid; grid-template-columns:repeat(auto-fit,minmax(min(300px,100%),1fr)); gap:14px; }
.card { border:1px solid var(--line); border-radius:8px; padding:14px 16px; background:#fbfcfd; }
.card h3 { margin:0 0 6px; font-size:16px; }
.card ul { margin:0; padding-left:18px; } .card li { margin:4px 0; }
.fam { display:inline-block; min-width:22px; text-align:center; border-radius:4px; color:#fff; font-weight:700; font-size:12px; padding:1px 6px; }
.fam.A { background:var(--A); } .fam.B { background:var(--B); } .fam.C { background:var(--C); } .fam.none { background:#999; }
.legend { display:grid; grid-template-columns:repeat(auto-fit,minmax(min(230px,100%),1fr)); gap:10px; margin-top:10px; font-size:14px; }
.legend div { border-left:4px solid; padding:4px 10px; }
ol.themes { list-style:none; padding:0; margin:0; counter-reset:t; }
ol.themes li { display:grid; grid-template-columns:44px 1fr; gap:12px; padding:14px 0; border-top:1px solid var(--line); }
ol.themes li:first-child { border-top:0; }
.rank { font-size:22px; font-weight:700; color:var(--blue); text-align:center; }
.theme-title { font-weight:700; font-size:16px; }
.meta { color:var(--muted); font-size:13px; margin:2px 0 6px; }
.bar { height:6px; background:#e8edf3; border-radius:3px; overflow:hidden; width:180px; display:inline-block; vertical-align:middle; margin-left:6px; }
.bar i { display:block; height:100%; background:var(--blue); }
table { border-collapse:collapse; width:100%; font-size:14px; }
th, td { text-align:left; padding:6px 8px; border-bottom:1px solid var(--line); vertical-align:top; }
th { color:var(--muted); font-weight:600; font-size:13px; }
td.n { text-align:right; font-variant-numeric:tabular-nums; white-space:nowrap; }
.two { display:grid; grid-template-columns:minmax(0,1.2fr) minmax(0,1fr); gap:22px; align-items:start; }
@media (max-width:820px) { .two { grid-template-columns:minmax(0,1fr); } .kpis { margin-top:16px; } }
.project h3 { font-size:15px; } .tag { display:inline-block; font-size:12px; color:var(--muted); border:1px solid var(--line); border-radius:10px; padding:0 8px; margin-right:4px; }
.methods { font-size:14px; color:#333; } .methods dt { font-weight:700; margin-top:8px; } .methods dd { margin:2px 0 0 0; }
footer { color:var(--muted); font-size:13px; padding:10px 0 40px; }
svg { max-width:100%; }
.scroll { overflow-x:auto; -webkit-overflow-scrolling:touch; max-width:100%; }
.only-compact { display:none; }
.heat { border-collapse:separate; border-spacing:2px; font-size:13px; width:auto; }
.heat th, .heat td { border:0; padding:3px 6px; }
.heat th.lever { position:sticky; left:0; background:#fff; font-weight:400; color:var(--ink); min-width:170px; max-width:260px; z-index:1; }
.heat thead th { text-align:center; font-size:12px; vertical-align:bottom; }
.heat td.c { text-align:center; width:78px; min-width:52px; border-radius:3px; font-variant-numeric:tabular-nums; }
.heat th .dn { display:block; font-weight:400; font-size:11px; overflow-wrap:anywhere; }
.heat td.c small { display:block; font-size:10px; opacity:.85; line-height:1.1; }
.heat td.reg { box-shadow:inset 0 0 0 2px #1d2733; }
.heat td.theme { box-shadow:inset 0 0 0 3px var(--B); }
.heat tr.group th { text-align:left; color:var(--blue); font-size:13px; padding-top:10px; position:sticky; left:0; background:#fff; }
.scale { display:flex; gap:2px; align-items:center; font-size:12px; color:var(--muted); margin:8px 0; flex-wrap:wrap; }
.scale i { display:inline-block; width:28px; height:14px; border-radius:2px; }
.crit { display:inline-block; font-size:12px; border-radius:10px; padding:0 8px; margin:2px 4px 2px 0; border:1px solid; }
.crit.ok { color:#1b5e20; border-color:#9ccc9c; background:#eef7ee; }
.crit.ko { color:#8a3b00; border-color:#f0b27a; background:#fdf3ea; }
.missing { color:#8a3b00; font-size:13px; margin-top:4px; }
.hbar { height:8px; background:#e8edf3; border-radius:4px; overflow:hidden; min-width:60px; }
.hbar i { display:block; height:100%; background:var(--A); }
.note { color:var(--muted); font-size:13px; font-style:italic; }
table.targets { min-width:680px; } table.targets td:first-child { min-width:150px; }
ol.keys { font-size:13px; margin:4px 0 8px; padding-left:26px; }
main { overflow-wrap:break-word; } ul.quarantine li, .methods dd { overflow-wrap:anywhere; }
details summary { cursor:pointer; color:var(--blue); margin:10px 0; }
@media (max-width:600px) {
  .wrap { padding:0 10px; } section { padding:16px 14px; margin:14px 0; }
  header { padding:22px 0 26px; } header h1 { font-size:22px; }
  .only-wide { display:none; } .only-compact { display:block; }
  .grid { grid-template-columns:1fr; } .bar { width:120px; }
  ol.themes li { grid-template-columns:30px 1fr; gap:8px; }
  .kpis { grid-template-columns:repeat(2,minmax(0,1fr)); }
  .heat th.lever { min-width:120px; max-width:150px; font-size:12px; }
  table { font-size:13px; }
}
@media print { body { background:#fff; } section { break-inside:avoid; border:0; } header { color:#000; background:#fff; } }
</style>
</head>
<body>
{% macro heatmap(v, caption) %}<div class="scroll"><table class="heat"><thead><tr><th class="lever">Levier</th>{% for c in v.columns %}<th><b>{{ c.code }}</b><span class="dn">{{ c.short }}</span></th>{% endfor %}<th>Région</th></tr></thead><tbody>
{% for g in v.groups %}<tr class="group"><th colspan="{{ v.columns|length + 2 }}">{{ g.label }}</th></tr>
{% for r in g.rows %}<tr><th class="lever">{{ r.label }}</th>{% for c in r.cells %}<td class="c{% if c.theme %} theme{% endif %}" style="background:{{ c.bg }};color:{{ c.fg }}" title="{{ c.title }}">{{ c.text }}<small>{{ c.n }} rép.</small></td>{% endfor %}<td class="c reg" style="background:{{ r.region.bg }};color:{{ r.region.fg }}">{{ r.region.text }}<small>{{ r.region.n }} rép.</small></td></tr>
{% endfor %}{% endfor %}</tbody></table></div><p class="note">{{ caption }}</p>{% endmacro %}
<header><div class="wrap">
<h1>Diagnostic de la COP régionale — {{ region_name }}</h1>
<p>Synthèse publique du diagnostic territorial de la planification écologique · région {{ region_code }} · publiée le {{ published }}</p>
</div></header>
<main class="wrap">

<div class="kpis">
{% for k in kpis %}<div class="kpi"><b>{{ k.value }}</b><span>{{ k.label }}</span></div>
{% endfor %}</div>

<section>
<h2>Messages clés par thématique</h2>
<p class="lead">Ce que disent les collectivités (questionnaire) et ce que contiennent leurs plans d'action, thématique par thématique.</p>
<div class="grid">
{% for t in thematics %}<div class="card"><h3>{{ t.label }}</h3><ul>{% for s in t.sentences %}<li>{{ s }}</li>{% endfor %}</ul></div>
{% endfor %}</div>
</section>

<section id="cibles">
<h2>Revue des cibles 2030 de la région</h2>
{% if targets.available %}<p class="lead">{{ targets.sentence }}</p>
<div class="scroll"><table class="targets"><thead><tr><th>Levier (panorama SGPE)</th><th class="n">kt CO₂e évitées en 2030</th><th>Part de l'effort régional</th><th>Cible physique 2030</th><th class="n">Pertinence (0–4)</th><th class="n">Actions engagées (0–3)</th><th>Famille</th></tr></thead><tbody>
{% for r in targets.rows %}<tr><td>{{ r.label }}{% if r.lever and r.lever != r.label %}<br><span class="meta">{{ r.lever }}</span>{% endif %}</td><td class="n">{{ r.kt }}</td><td><div>{{ r.share }}</div><div class="hbar"><i style="width:{{ r.width }}%"></i></div></td><td>{{ r.physical or '–' }}</td><td class="n">{{ r.relevance }}</td><td class="n">{{ r.deployment }}</td><td>{% if r.family %}<span class="fam {{ r.family }}">{{ r.family }}</span>{% else %}<span class="fam none">–</span>{% endif %}</td></tr>
{% endfor %}</tbody></table></div>
<p class="note">Cibles : panorama régional des leviers du SGPE{% if targets.source %} ({{ targets.source }}){% endif %}, émissions évitées en 2030 par rapport à 2019. Pertinence et actions engagées : moyennes des réponses au questionnaire ; famille : voir ci-dessous.</p>
{% else %}<p class="note">{{ targets.note }}</p>{% endif %}
</section>

<section>
<h2>Trois familles de leviers</h2>
<p class="lead">Chaque point est un levier : pertinence perçue de l'action territoriale (horizontal) et actions déjà engagées (vertical), d'après les réponses au questionnaire. Les leviers en gras sont des thèmes prioritaires ; un cercle pointillé et des traits (intervalles de confiance à 95 %) signalent une famille « à la limite ».</p>
<div class="only-wide">{{ families_svg }}</div>
<div class="only-compact">{{ families_svg_compact }}
<ol class="keys">{% for k in families_keys %}<li value="{{ k.n }}">{% if k.bold %}<b>{{ k.label }}</b>{% else %}{{ k.label }}{% endif %}</li>{% endfor %}</ol></div>
<div class="legend">
{% for f in families %}<div style="border-color:var(--{{ f.code }})"><span class="fam {{ f.code }}">{{ f.code }}</span> <b>{{ f.count }} levier{{ 's' if f.count > 1 }}</b>{% if f.borderline %} (dont {{ f.borderline }} à la limite){% endif %} — {{ f.label }}.{% if f.examples %}<br><span class="meta">Ex. : {{ f.examples }}</span>{% endif %}</div>
{% endfor %}</div>
{% if n_unclassified %}<p class="meta">{{ n_unclassified }} levier{{ 's' if n_unclassified > 1 }} sans réponse exploitable ne {{ 'sont' if n_unclassified > 1 else 'est' }} pas classé{{ 's' if n_unclassified > 1 }}.</p>{% endif %}
</section>

<section id="departements">
<h2>État des lieux par levier et par département</h2>
{% if dept_view.available %}<p class="lead">Actions déjà engagées selon les collectivités répondantes, levier par levier et département par département (moyenne de 0 « non » à 3 « oui, à grande échelle » ; sous le chiffre, le nombre de réponses notées). {{ dept_view.n_levers }} levier{{ 's' if dept_view.n_levers > 1 }} ayant au moins une réponse{% if dept_view.n_unanswered %} ; {{ dept_view.n_unanswered }} sans aucune réponse ne figure{{ 'nt' if dept_view.n_unanswered > 1 }} pas{% endif %}.</p>
<div class="scale"><span>0</span><i style="background:#eaf1f8"></i><i style="background:#b7cadd"></i><i style="background:#8aa7c3"></i><i style="background:#5d84a8"></i><i style="background:#1f4e79"></i><span>3 (grande échelle)</span><i style="background:#f1f3f5;margin-left:10px"></i><span>aucune réponse</span>{% if dept_view.n_dept_themes %}<i style="box-shadow:inset 0 0 0 3px var(--B);margin-left:10px"></i><span>thème prioritaire départemental</span>{% endif %}</div>
{{ heatmap(dept_view, dept_view.n_small ~ " des " ~ dept_view.n_cells ~ " cases renseignées reposent sur moins de 10 réponses notées : elles sont indicatives.") }}
{% if dept_view_relevance.available %}<details><summary>Voir la pertinence perçue par département (0 « nulle » à 4 « très forte »)</summary>
{{ heatmap(dept_view_relevance, "Pertinence perçue de l'action territoriale, moyenne des réponses notées.") }}</details>{% endif %}
{% else %}<p class="note">{{ dept_view.note }}</p>{% endif %}
</section>

<section>
<h2>Thèmes prioritaires à soumettre au débat</h2>
<p class="lead">Classés par un score de 0 à 100 qui combine pertinence, écart entre pertinence et déploiement, freins signalés, collectivités concernées et distance à la cible 2030 (pondérations en fin de page).</p>
{% if themes_note %}<p class="lead"><b>{{ themes_note }}</b></p>{% endif %}
<ol class="themes">
{% for t in themes %}<li><div class="rank">{{ t.rank }}</div><div>
<div class="theme-title">{{ t.title }}</div>
<div class="meta">{{ t.thematic }} · levier {{ t.theme }} · {% if t.family %}<span class="fam {{ t.family }}">{{ t.family }}</span>{% else %}<span class="fam none">–</span>{% endif %} · score {{ t.score }}{% if t.interval %} ({{ t.interval }}){% endif %}<span class="bar"><i style="width:{{ t.width }}%"></i></span>{% if t.ranks %} · rang plausible {{ t.ranks }}{% endif %}{% if t.borderline %} · <b>à la limite</b>{% endif %}{% if t.base %} · {{ t.base }}{% endif %}</div>
<div>{{ t.rationale }}</div></div></li>
{% else %}<li><div></div><div>Aucun thème prioritaire proposé.</div></li>
{% endfor %}</ol>
{% if dept_theme_rows %}<h3>Thèmes départementaux ({{ dept_theme_rows|length }})</h3>
<p class="meta">Leviers sur lesquels un département se distingue nettement de la région (règle en fin de page et dans la table priority_themes).</p>
<ul class="dept-themes">{% for t in dept_theme_rows %}<li><b>{{ t.department }}</b> — {{ t.title }}{% if t.score %} · score {{ t.score }}{% endif %}{% if t.rationale %}<br><span class="meta">{{ t.rationale }}</span>{% endif %}</li>
{% endfor %}</ul>{% endif %}
</section>

<section>
<h2>Où les chiffres sont fragiles</h2>
<p class="lead">Chaque taux et chaque moyenne est publié avec le nombre de réponses notées sur lequel il repose et un intervalle de confiance à 95 % (fourchette où se situerait vraisemblablement la valeur avec d'autres répondants comparables).</p>
{% if fragility %}<ul>{% for n in fragility %}<li>{{ n }}</li>{% endfor %}</ul>{% else %}<p>Aucun chiffre clé ne repose sur un échantillon faible ni ne se trouve à la limite d'un seuil.</p>{% endif %}
</section>

<section>
<h2>Participation des collectivités</h2>
<p class="lead">{{ coverage_sentence }}</p>
{% if dept_rows %}<div class="two"><div>{{ coverage_svg }}</div><div>
<div class="scroll"><table><thead><tr><th>Département</th><th class="n">Destinataires</th><th class="n">Répondants</th><th class="n">Taux</th></tr></thead><tbody>
{% for r in dept_rows %}<tr><td>{{ r.label }}</td><td class="n">{{ r.n_recipients }}</td><td class="n">{{ r.n_respondents }}</td><td class="n">{{ r.rate }}</td></tr>
{% endfor %}</tbody></table></div>
{% if type_rows %}<div class="scroll"><table style="margin-top:14px"><thead><tr><th>Type de collectivité</th><th class="n">Destinataires</th><th class="n">Répondants</th><th class="n">Taux</th></tr></thead><tbody>
{% for r in type_rows %}<tr><td>{{ r.label }}</td><td class="n">{{ r.n_recipients }}</td><td class="n">{{ r.n_respondents }}</td><td class="n">{{ r.rate }}</td></tr>
{% endfor %}</tbody></table></div>{% endif %}
</div></div>{% endif %}
</section>

<section>
<h2>Projets exemplaires à valoriser</h2>
<p class="lead">{{ projects_sentence }}</p>
<div class="grid">
{% for p in projects %}<div class="card project"><h3>{{ p.title }}</h3>
<div class="meta"><span class="tag">{{ p.origin }}</span>{% if p.lever %}<span class="tag">{{ p.lever }}</span>{% endif %}{% if p.cost %}<span class="tag">{{ p.cost }}</span>{% endif %}</div>
{% if p.owner %}<div><b>Porteur :</b> {{ p.owner }}</div>{% endif %}
{% if p.description %}<div>{{ p.description }}</div>{% endif %}</div>
{% else %}<p>Aucun projet exemplaire signalé à ce stade.</p>
{% endfor %}</div>
</section>

<section id="candidates">
<h2>Actions candidates pour la COP</h2>
<p class="lead">{{ candidates.sentence }}</p>
{% if candidates.note %}<p class="note">{{ candidates.note }}</p>{% endif %}
<div class="grid">
{% for c in candidates.cards %}<div class="card candidate"><h3>{{ c.title }}</h3>
<div class="meta">{% if c.theme %}<span class="tag">thème n° {{ c.theme }}</span>{% endif %}{% if c.lever %}<span class="tag">{{ c.lever }}</span>{% endif %}{% if c.cost %}<span class="tag">{{ c.cost }}</span>{% endif %}{% if c.calendar %}<span class="tag">{{ c.calendar }}</span>{% endif %}</div>
{% if c.owner %}<div><b>Porteur :</b> {{ c.owner }}</div>{% endif %}
<div><b>{{ c.met }}/3 critères</b> {% for k in c.criteria %}<span class="crit {{ 'ok' if k.ok else 'ko' }}" title="{{ k.reason }}">{{ '✓' if k.ok else '✗' }} {{ k.label }}</span>{% endfor %}</div>
{% if c.missing %}<div class="missing">{{ c.missing }}</div>{% endif %}
{% if c.reason %}<div class="meta">{{ c.reason }}</div>{% endif %}</div>
{% endfor %}</div>
</section>

<section id="qualite">
<h2>Qualité des données</h2>
{% if quality.available %}<p class="lead">{{ quality.sentence }}{% if quality.n_warnings %} {{ quality.n_warnings }} avertissement{{ 's' if quality.n_warnings > 1 }} de lecture (valeurs ignorées ou corrigées) sont détaillés dans le rapport d'ingestion.{% endif %}</p>
<div class="scroll"><table><thead><tr><th>Type de fichier</th><th class="n">Reçus</th><th class="n">Lus</th><th class="n">Remplacés</th><th class="n">En quarantaine</th><th class="n">Lignes lues</th></tr></thead><tbody>
{% for r in quality.rows %}<tr><td>{{ r.label }}</td><td class="n">{{ r.n }}</td><td class="n">{{ r.read }}</td><td class="n">{{ r.superseded }}</td><td class="n">{{ r.quarantined }}</td><td class="n">{{ r.records }}</td></tr>
{% endfor %}</tbody></table></div>
{% if quality.quarantined %}<h3>Fichiers mis en quarantaine ({{ quality.quarantined|length }})</h3><ul class="quarantine">
{% for q in quality.quarantined %}<li><b>{{ q.file }}</b> — {{ q.reason }}</li>
{% endfor %}</ul>{% else %}<p>Aucun fichier mis en quarantaine.</p>{% endif %}
{% if quality.superseded %}<h3>Réponses remplacées ({{ quality.superseded|length }})</h3><ul>{% for q in quality.superseded %}<li><b>{{ q.file }}</b> — {{ q.reason }}</li>{% endfor %}</ul>{% endif %}
{% else %}<p class="note">Le rapport d'ingestion n'est pas disponible dans cette publication.</p>{% endif %}
{% if quality.ocr %}<p>Lignes lues par reconnaissance de caractères (OCR, documents scannés), à vérifier sur le document : {% for o in quality.ocr %}{{ o.n }} {{ o.label }} ({{ o.files }} fichier{{ 's' if o.files > 1 }}, confiance moyenne {{ o.confidence }}){{ ', ' if not loop.last else '.' }}{% endfor %}</p>{% else %}<p>Aucune ligne lue par reconnaissance de caractères (OCR) : tous les documents avaient une couche texte.</p>{% endif %}
{% if quality.checks %}<h3>Contrôles qualité en échec</h3><ul>{% for k in quality.checks %}<li><b>{{ k.table }}</b> ({{ k.name }}) : {{ k.description }}</li>{% endfor %}</ul>{% endif %}
<p class="note">{{ quality.checks_note }}</p>
</section>

<section class="methods">
<h2>Note de méthode</h2>
<dl>
<dt>Sources</dt><dd>{{ sources_sentence }}</dd>
<dt>Échelles</dt><dd>Pertinence de l'action territoriale : Très forte 4, Forte 3, Moyenne 2, Faible 1, Nulle 0. Actions engagées : Oui, à grande échelle 3, Oui, ponctuellement 2, En projet 1, Non 0. « Ne sait pas » n'est pas compté. Un levier est jugé « pertinent » à partir de {{ cfg.relevant_score_min }}, « déployé » à partir de {{ cfg.deploying_score_min }}.</dd>
<dt>Familles</dt><dd>A : déploiement moyen ≥ {{ cfg.family_deployment_threshold }} ; B : pertinence moyenne ≥ {{ cfg.family_relevance_threshold }} et déploiement inférieur ; C : pertinence et déploiement sous les seuils. Un levier sans au moins {{ cfg.min_respondents_for_family }} réponse notée n'est pas classé.</dd>
<dt>Thèmes prioritaires</dt><dd>Score = 100 × moyenne pondérée de six composantes entre 0 et 1 — pertinence ({{ cfg.weight_relevance }}), écart pertinence/déploiement ({{ cfg.weight_deployment_gap }}), freins signalés ({{ cfg.weight_blockers }}), collectivités concernées ({{ cfg.weight_authorities }}), distance à la cible 2030 estimée par l'absence d'objectifs contractuels et d'actions ({{ cfg.weight_target_distance }}), enjeu régional : part du levier dans l'effort 2030 de la région selon le panorama SGPE ({{ cfg.weight_regional_stake }}). Les thèmes transversaux regroupent les freins et besoins écrits par au moins {{ cfg.text_theme_min_authorities }} collectivités (score = part des répondantes qui les citent) ; un thème départemental dépasse d'au moins {{ cfg.department_theme_min_gap }} points le score régional du levier. De {{ cfg.min_themes }} à {{ cfg.max_themes }} thèmes, score minimal {{ cfg.theme_min_score }}, au plus {{ cfg.max_themes_per_thematic }} par thématique. Un levier n'est proposé qu'avec assez d'éléments : au moins {{ cfg.theme_min_respondents }} collectivités répondantes, {{ cfg.theme_min_actions }} actions de plans ou {{ cfg.theme_min_contract_targets }} objectif(s) contractuel(s) chiffré(s) sur ce levier ; des leviers à égalité sur le score et ces effectifs sont dits ex æquo et retenus ou écartés ensemble. Le détail des composantes est publié (table priority_themes).</dd>
<dt>Actions candidates</dt><dd>Critères de la méthode nationale : cohérence (levier d'un thème prioritaire), potentiel (levier doté d'une cible 2030 propre — « Non applicable – défini dans le cadre des CRE » n'en est pas une — et coût ≥ {{ cfg.potential_cost_threshold_eur }} € ou action identique ou proche proposée par au moins {{ cfg.replicable_min_territories }} collectivités), avancement (porteur, autre acteur, calendrier et financement identifiés ; « Non », « à définir » ou 0 € ne sont pas un financement). Chaque critère est publié avec sa justification.</dd>
<dt>Bases et incertitude</dt><dd>Les parts (% de répondants) ont un intervalle de Wilson à 95 % ; les moyennes un intervalle de Student à 95 %. Sous {{ cfg.min_scored_answers }} réponses notées, un chiffre est signalé « échantillon faible » et une ligne départementale n'a pas de famille propre. Une famille est « à la limite » quand le seuil qui la décide est dans l'intervalle de sa moyenne ; un thème l'est quand l'intervalle de son score atteint le seuil de sélection ou celui du meilleur levier écarté. Un même projet signalé en texte libre et dans l'onglet « Projets » (même collectivité, même levier, titres proches) n'est compté qu'une fois ; un budget écrit « par an » est multiplié par le nombre d'années de l'étape quand elles sont connues, sinon il est publié à part (montant annuel).</dd>
<dt>Limites</dt><dd>Les réponses sont déclaratives et ne couvrent que les collectivités répondantes ; le rattachement des actions aux leviers est automatique et peut être corrigé ; les budgets ne sont sommés que lorsqu'ils sont connus ; la distance à la cible 2030 est une approximation, pas une mesure d'émissions.</dd>
</dl>
</section>
<footer>Données publiées sous forme de tables (CSV, Parquet, XLSX) décrites dans datapackage.json. Aucune donnée personnelle (nom, fonction, courriel des répondants) n'est publiée.</footer>
</main>
</body>
</html>
"""


_DOCUMENT_TABLES = ("actions", "contract_targets", "referential_scores")
_DOCUMENT_TYPES = ("action_plan", "cot")


def documents_read(tables: Mapping[str, pd.DataFrame]) -> set[str]:
    """Plans and contracts read: files that gave actions, targets or referential scores, and
    plan/contract files of the ingestion report (loaded or unchanged), whatever they yielded."""
    files: set[str] = set()
    for name in _DOCUMENT_TABLES:
        df = tables.get(name)
        if df is not None and not df.empty and "source_file" in df.columns:
            files |= set(df["source_file"].dropna().astype(str))
    report = tables.get("ingestion_report")
    if report is not None and not report.empty and {"detected_type", "status"} <= set(report):
        ok = report["status"].isin(["loaded", "unchanged"]) & report["detected_type"].isin(
            _DOCUMENT_TYPES
        )
        files |= set(report.loc[ok, "source_file"].dropna().astype(str))
    return files


def _theme_uncertainty_meta(r: Mapping[str, Any]) -> dict[str, Any]:
    """Interval, plausible ranks, « à la limite » and base of one theme, for the template."""
    low, high = _num(r.get("score_ci_low")), _num(r.get("score_ci_high"))
    interval = (
        f"IC 95 % {fr_number(low, 0)}–{fr_number(high, 0)}"
        if not (math.isnan(low) or math.isnan(high))
        else ""
    )
    r_min, r_max = _num(r.get("rank_min")), _num(r.get("rank_max"))
    ranks = (
        f"{int(r_min)} à {int(r_max)}"
        if not (math.isnan(r_min) or math.isnan(r_max)) and r_max > r_min
        else ""
    )
    n_rel, n_dep = _num(r.get("n_scored_relevance")), _num(r.get("n_scored_deployment"))
    base = ""
    if not math.isnan(n_rel):
        base = f"{int(n_rel)} réponses notées (pertinence), {int(n_dep)} (déploiement)"
    return {
        "interval": interval,
        "ranks": ranks,
        "borderline": r.get("selection_confidence") == FAMILY_BORDERLINE,
        "base": base,
    }


def _config_dict(config: Mapping[str, Any] | DiagnosticConfig | None) -> dict[str, Any]:
    base = DiagnosticConfig().to_dict()
    if isinstance(config, DiagnosticConfig):
        base.update(config.to_dict())
    elif config:
        base.update(config)
    return base


def _cfg_text(value: object) -> str:
    if isinstance(value, float):
        return fr_number(value, 2 if not value.is_integer() else 0)
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 1000:
        return fr_number(value, 0)
    return str(value)


def _department_names(coverage: pd.DataFrame) -> dict[str, str]:
    """« Nord (59) » labels: from the coverage table, else the INSEE reference."""
    names: dict[str, str] = {}
    try:
        from sources.reference import departement_by_code

        names = {code: f"{d.name} ({code})" for code, d in departement_by_code().items()}
    except Exception:  # noqa: BLE001 - names are a nicety, codes remain
        names = {}
    if not coverage.empty and {"dimension", "key", "label"} <= set(coverage.columns):
        sub = coverage[coverage["dimension"] == "departement"]
        names.update(dict(zip(sub["key"].astype(str), sub["label"].astype(str), strict=True)))
    return names


def build_synthesis_html(
    region_name: str,
    region_code: str,
    tables: Mapping[str, pd.DataFrame],
    config: Mapping[str, Any] | DiagnosticConfig | None = None,
    *,
    top_projects: int = 9,
    published_on: dt.date | None = None,
) -> str:
    """The public synthesis page (French, self-contained).

    ``tables`` may hold ``lever_state_of_play``, ``lever_families``, ``priority_themes``,
    ``exemplary_projects``, ``response_coverage`` (from :func:`assets.diagnostic.coverage.response_coverage`),
    ``actions`` and ``questionnaire_responses``; a missing table gives an empty section.
    """
    cfg = _config_dict(config)
    state = _frame(tables, "lever_state_of_play")
    families = _frame(tables, "lever_families")
    themes = _frame(tables, "priority_themes")
    # département-level themes (scope = « departement ») are listed apart from the region's
    dept_themes = pd.DataFrame()
    if "scope" in themes.columns:
        is_dept = themes["scope"].astype(str) == "departement"
        dept_themes, themes = themes[is_dept].copy(), themes[~is_dept].copy()
    projects = _frame(tables, "exemplary_projects")
    coverage = _frame(tables, "response_coverage")
    actions = _frame(tables, "actions")
    responses = _frame(tables, "questionnaire_responses")

    labels: dict[str, str] = {}
    if not state.empty:
        labels = dict(zip(state["lever_code"], state["lever_label"], strict=False))
    if not families.empty and "lever_label" not in families.columns:
        families["lever_label"] = families["lever_code"].map(labels)

    # key figures
    region_cov = coverage[coverage["dimension"] == "region"] if not coverage.empty else coverage
    if not region_cov.empty:
        n_resp = int(region_cov["n_respondents"].iloc[0])
        rate = region_cov["response_rate"].iloc[0]
        n_rec = int(region_cov["n_recipients"].iloc[0])
    else:
        n_resp = int(responses["siren"].nunique()) if "siren" in responses.columns else 0
        rate, n_rec = math.nan, 0
    n_actions = len(actions)
    doc_counts = document_counts(tables)
    n_plans = int(doc_counts["n_documents"])
    kpis = [
        {"value": fr_number(n_resp, 0), "label": "questionnaires reçus"},
        {
            "value": _pct(rate, ratio=True),
            "label": f"taux de réponse ({n_rec} collectivités sollicitées)"
            if n_rec
            else "taux de réponse",
        },
        {"value": fr_number(n_actions, 0), "label": "actions extraites des plans"},
        {"value": fr_number(n_plans, 0), "label": document_kpi_label(doc_counts)},
        {"value": fr_number(len(themes), 0), "label": "thèmes prioritaires"},
    ]

    messages = thematic_messages(state, themes)
    thematics = [{"label": THEMATICS[c], "sentences": messages.get(c, [])} for c in THEMATICS]

    fam_rows = []
    classified = families.dropna(subset=["family"]) if not families.empty else families
    for code in ("A", "B", "C"):
        sub = classified[classified["family"] == code] if not classified.empty else classified
        examples = (
            ", ".join(
                _short(v, 40)
                for v in sub.sort_values("relevance_axis", ascending=False)["lever_label"].head(4)
            )
            if not sub.empty
            else ""
        )
        n_border = (
            int((sub["family_confidence"] == FAMILY_BORDERLINE).sum())
            if "family_confidence" in sub.columns
            else 0
        )
        fam_rows.append(
            {"code": code, "count": len(sub), "label": FAMILY_LABELS[code], "examples": examples,
             "borderline": n_border}
        )  # fmt: skip
    n_unclassified = max(len(labels) - len(classified), 0) if labels else 0
    highlight = set(themes["lever_code"].dropna()) if "lever_code" in themes.columns else set()

    theme_rows = []
    for r in themes.sort_values("rank").to_dict("records") if not themes.empty else []:
        family = r.get("family")
        theme_rows.append(
            {
                "rank": int(r["rank"]),
                "title": r.get("title"),
                "theme": r.get("theme") or labels.get(r.get("lever_code"), r.get("lever_code")),
                "thematic": THEMATICS.get(r.get("thematic") or "", "Transverse"),
                "family": family if isinstance(family, str) and family in FAMILY_COLORS else None,
                "score": fr_number(_num(r.get("score")), 0),
                # the caption says 0–100: the bar is on that scale, not the top score's
                "width": round(min(max(_num(r.get("score")), 0.0), 100.0)),
                "rationale": r.get("rationale"),
                **_theme_uncertainty_meta(r),
            }
        )

    def cov_rows(dimension: str) -> list[dict[str, Any]]:
        if coverage.empty:
            return []
        sub = coverage[coverage["dimension"] == dimension].sort_values("key")
        return [
            {"label": r["label"], "n_recipients": int(r["n_recipients"]),
             "n_respondents": int(r["n_respondents"]), "rate": _pct(r["response_rate"], ratio=True)}
            for r in sub.to_dict("records")
        ]  # fmt: skip

    dept_rows, type_rows = cov_rows("departement"), cov_rows("type")
    if n_rec:
        coverage_sentence = (
            f"{n_resp} collectivité{'s' if n_resp > 1 else ''} {'ont' if n_resp > 1 else 'a'} répondu "
            f"sur {n_rec} sollicitée{'s' if n_rec > 1 else ''}, soit un taux de réponse de {_pct(rate, ratio=True)}."
        )
        if dept_rows:
            best = max(
                dept_rows,
                key=lambda r: (
                    _num(r["rate"].replace(" %", "").replace(",", "."))
                    if r["rate"] != "n.d."
                    else -1
                ),
            )
            coverage_sentence += f" La participation la plus forte est celle du département {best['label']} ({best['rate']})."
    else:
        coverage_sentence = f"{n_resp} questionnaire{'s' if n_resp > 1 else ''} reçu{'s' if n_resp > 1 else ''} ; la liste des destinataires n'est pas disponible."

    project_cards = []
    if not projects.empty:
        p = projects.copy()
        p["_order"] = (
            p["origin"].map({"projet": 0, "questionnaire": 1, "plan d'action": 2}).fillna(3)
        )
        p["_has_desc"] = p["description"].notna()
        p = p.sort_values(["_has_desc", "_order"], ascending=[False, True], kind="stable")
        # diversity: one project per lever first, then the rest
        first = p.drop_duplicates("lever_code")
        p = pd.concat([first, p.drop(first.index)]).head(top_projects)
        for r in p.to_dict("records"):
            desc = r.get("description")
            desc = (
                None if desc is None or (isinstance(desc, float) and np.isnan(desc)) else str(desc)
            )
            if desc and len(desc) > 320:
                desc = desc[:320].rsplit(" ", 1)[0] + "…"
            cost = _num(r.get("estimated_cost_eur"))
            project_cards.append(
                {
                    "title": r.get("title"),
                    "origin": _ORIGIN_LABELS.get(r.get("origin"), r.get("origin") or ""),
                    "lever": _short(labels.get(r.get("lever_code"), r.get("lever_code") or ""), 40)
                    if r.get("lever_code")
                    else "",
                    "owner": r.get("owner") if isinstance(r.get("owner"), str) else None,
                    "description": desc if desc != r.get("title") else None,
                    "cost": fr_euros(cost) if not math.isnan(cost) else "",
                }
            )
    n_proj = len(projects)
    n_mentions = (
        int(pd.to_numeric(projects["n_sources"], errors="coerce").fillna(1).sum())
        if "n_sources" in projects.columns
        else n_proj
    )
    merged_note = (
        f", {n_mentions - n_proj} signalement{'s' if n_mentions - n_proj > 1 else ''} en double "
        "(texte libre et onglet « Projets ») fusionné" + ("s" if n_mentions - n_proj > 1 else "")
        if n_mentions > n_proj
        else ""
    )
    projects_sentence = (
        f"{n_proj} projet{'s' if n_proj > 1 else ''} distinct{'s' if n_proj > 1 else ''} "
        f"signalé{'s' if n_proj > 1 else ''} (questionnaires, fiches projets et actions phares "
        f"des plans{merged_note}) ; sélection ci-dessous."
        if n_proj
        else "Les collectivités n'ont pas encore signalé de projet exemplaire."
    )
    n_q_files = (
        int(responses["source_file"].nunique()) if "source_file" in responses.columns else n_resp
    )
    n_p, n_c = int(doc_counts["n_plans"]), int(doc_counts["n_contracts"])
    sources_sentence = (
        f"{n_q_files} questionnaire{'s' if n_q_files > 1 else ''} de pré-diagnostic retourné{'s' if n_q_files > 1 else ''} par les collectivités, "
        f"{n_p} plan{'s' if n_p > 1 else ''} d'action (PCAET…) et {n_c} contrat{'s' if n_c > 1 else ''} (COT…) dont {n_actions} fiche{'s' if n_actions > 1 else ''} action{'s' if n_actions > 1 else ''} extraite{'s' if n_actions > 1 else ''}, "
        "et le panorama des 47 leviers du SGPE avec leurs cibles 2030"
        + (" (cibles régionales du panorama SGPE)." if "lever_targets" in tables else ".")
    )
    dept_names = _department_names(coverage)
    dept_view = department_view(tables, dept_names, "mean_deployment")
    dept_view_relevance = department_view(tables, dept_names, "mean_relevance")

    env = Environment(autoescape=True, trim_blocks=False, lstrip_blocks=False)
    template = env.from_string(_TEMPLATE)
    return template.render(
        region_name=region_name,
        region_code=region_code,
        published=(published_on or dt.date.today()).strftime("%d/%m/%Y"),
        kpis=kpis,
        thematics=thematics,
        families_svg=families_chart_svg(families, cfg, highlight),
        families_svg_compact=families_chart_svg(families, cfg, highlight, compact=True),
        families_keys=compact_chart_keys(families, highlight),
        dept_theme_rows=[
            {
                "department": dept_names.get(
                    str(r.get("department_code")), r.get("department_code")
                ),
                "title": r.get("title") or r.get("theme") or labels.get(r.get("lever_code"), ""),
                "score": fr_number(_num(r.get("score")), 0)
                if not math.isnan(_num(r.get("score")))
                else "",
                "rationale": r.get("rationale"),
            }
            for r in (
                dept_themes.sort_values(
                    [c for c in ("department_code", "rank") if c in dept_themes.columns]
                ).to_dict("records")
                if not dept_themes.empty
                else []
            )
        ],
        targets=targets_review(tables),
        dept_view=dept_view,
        dept_view_relevance=dept_view_relevance,
        candidates=candidates_section(
            tables, labels, per_theme=int(cfg.get("shortlist_candidates_per_theme", 3) or 3)
        ),
        quality=data_quality_section(tables, _frame(tables, "quality_checks")),
        families=fam_rows,
        n_unclassified=n_unclassified,
        themes=theme_rows,
        themes_note=theme_evidence_note(len(theme_rows), cfg),
        coverage_sentence=coverage_sentence,
        coverage_svg=coverage_chart_svg(coverage),
        dept_rows=dept_rows,
        type_rows=type_rows,
        projects=project_cards,
        projects_sentence=projects_sentence,
        sources_sentence=sources_sentence,
        fragility=fragility_notes(state, families, themes, cfg, labels),
        cfg={k: _cfg_text(v) for k, v in cfg.items()},
    )
