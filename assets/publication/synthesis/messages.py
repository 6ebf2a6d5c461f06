"""French sentences of the public synthesis: key messages per thematic, fragility notes.

Part of the synthesis page (:mod:`assets.publication.synthesis.page`); pure functions of the
published tables.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd

from assets.diagnostic.frames import fr_euros, fr_number
from assets.diagnostic.statistics import FAMILY_BORDERLINE
from assets.publication.synthesis.charts import _short
from sources.reference import THEMATICS

__all__ = ["thematic_messages", "fragility_notes"]


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
