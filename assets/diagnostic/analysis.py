"""The regional diagnostic as pure pandas functions (no Dagster, no I/O).

Seed 004 asks for four things from the diagnostic: a state of play per lever, the three
families of levers (A accelerate / B raise awareness / C inter-territorial), 5–10 priority
themes to put to the debate, and the projects worth showcasing; the COP action plan then keeps
the actions that meet three criteria (coherence, potential, progress). Each function below
produces one published table (columns: ``shared/spec/published_tables.md``) from the warehouse
frames, for one region, with every threshold and weight in :class:`DiagnosticConfig` so the
published figures can be reproduced.

Conventions: scores follow ``shared/spec/questionnaire.md`` (relevance 0–4, deployment 0–3,
"Ne sait pas" = missing); ``pct_*`` columns are percentages 0–100; ``response_rate`` is a
ratio 0–1. Person-facing text (rationales, titles) is French.
"""

from __future__ import annotations

import dataclasses
import json
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

import numpy as np
import pandas as pd

from assets.diagnostic import matching as mt
from assets.diagnostic import statistics as st
from sources.reference import THEMATICS, TRANSVERSE
from sources.values import fold

__all__ = [
    "DiagnosticConfig",
    "FAMILY_LABELS",
    "LEVER_THEME_TITLES",
    "cop_action_candidates",
    "exemplary_projects",
    "fr_number",
    "lever_families",
    "lever_frame",
    "priority_themes",
    "response_coverage",
    "state_of_play",
    "theme_evidence_note",
]


@dataclass(frozen=True)
class DiagnosticConfig:
    """Thresholds and weights of the diagnostic; published with the tables (``to_dict``).

    Defaults match ``assets.resources.Settings`` for the fields it exposes.
    """

    # Families A/B/C: axes are mean relevance (0–4) and mean deployment (0–3).
    family_relevance_threshold: float = 2.5
    family_deployment_threshold: float = 1.5
    min_respondents_for_family: int = 1
    # "Relevant" / "deploying" answers for pct_relevant / pct_deploying.
    relevant_score_min: int = 3
    deploying_score_min: int = 2
    # Priority themes: number, weights of the 0–1 components (score = 100 × weighted mean).
    min_themes: int = 5
    max_themes: int = 10
    theme_min_score: float = 45.0
    max_themes_per_thematic: int = 3
    # No claim without evidence: a lever competes for a priority theme only with at least this
    # many respondents on it, OR plan actions on it, OR quantified contract targets on it.
    # Fewer qualifying levers than ``min_themes`` means fewer themes (never fillers).
    theme_min_respondents: int = 3
    theme_min_actions: int = 2
    theme_min_contract_targets: int = 1
    weight_relevance: float = 0.25
    weight_deployment_gap: float = 0.20
    weight_blockers: float = 0.15
    weight_authorities: float = 0.15
    weight_target_distance: float = 0.10
    # Regional stake: the lever's share of the region's 2030 effort in the SGPE regional
    # panorama (``lever_targets``), relative to the region's largest share (0–1); 0 for a lever
    # the panorama does not cover.
    weight_regional_stake: float = 0.15
    # Target-distance proxy saturates at these counts (coverage = 1 → distance 0).
    targets_saturation: int = 2
    actions_saturation: int = 5
    # COP action candidates: potential criterion.
    potential_cost_threshold_eur: float = 100_000.0
    replicable_min_territories: int = 2
    # Exemplary projects: plan actions kept = largest budget per lever above this amount.
    exemplary_action_min_budget_eur: float = 500_000.0
    exemplary_max_plan_actions: int = 10
    # Shortlists (assets.diagnostic.shortlists): exemplary projects per lever / département / in all,
    # COP candidates per priority theme and the minimum number of criteria met (of 3).
    shortlist_projects_per_lever: int = 2
    shortlist_projects_per_department: int = 4
    shortlist_projects_max: int = 30
    shortlist_candidates_per_theme: int = 3
    shortlist_candidates_min_criteria: int = 2
    # Themes from free text (assets.diagnostic.text_themes): a blocker/need category cited by at least
    # this many authorities becomes a cross-cutting theme (at most max_cross_cutting_themes).
    text_theme_min_authorities: int = 3
    max_cross_cutting_themes: int = 3
    # Département themes: a lever scored on one département's data, not a regional theme,
    # at least theme_min_score and this many points above its regional score.
    department_theme_min_gap: float = 15.0
    max_department_themes: int = 2
    # Year used to call a plan action "Initié" (started) vs "À initier"; None = today.
    reference_year: int | None = None
    # Bases and uncertainty (assets.diagnostic.statistics): under this many scored answers a figure is
    # flagged « échantillon faible » and a département row gets no family of its own.
    min_scored_answers: int = 10
    # Same project / same action: rapidfuzz similarity (0–100) of folded titles.
    title_similarity_min: float = 88.0

    def to_dict(self) -> dict[str, Any]:
        """Plain dict for publication (datapackage, XLSX « Lisez-moi », HTML methods note)."""
        return dataclasses.asdict(self)

    @property
    def weights(self) -> dict[str, float]:
        """Weights of the priority-score components, keyed by component name."""
        return {
            "relevance": self.weight_relevance,
            "deployment_gap": self.weight_deployment_gap,
            "blockers": self.weight_blockers,
            "authorities": self.weight_authorities,
            "target_distance": self.weight_target_distance,
            "regional_stake": self.weight_regional_stake,
        }


FAMILY_LABELS: dict[str, str] = {
    "A": "Accélérer la mise en œuvre et les actions en cours",
    "B": "Sensibiliser les acteurs et identifier les actions possibles",
    "C": "Identifier les sujets interterritoriaux qui pourraient accélérer la mise en œuvre",
}

# Actionable French theme title per lever (style of seed 004's examples).
LEVER_THEME_TITLES: dict[str, str] = {
    "voyageurs.vehicules_electriques": "Accélérer l'électrification des flottes et le déploiement des bornes de recharge",
    "voyageurs.bus_cars_decarbones": "Décarboner les flottes de bus et de cars des réseaux de transport",
    "voyageurs.reduction_deplacements": "Réduire le besoin de déplacements (tiers-lieux, télétravail, services de proximité)",
    "voyageurs.covoiturage": "Encourager le déploiement d'infrastructures de covoiturage (aires, lignes, plateformes)",
    "voyageurs.report_modal": "Renforcer l'offre de transports collectifs et l'intermodalité",
    "voyageurs.velo": "Développer les itinéraires cyclables et les services vélo",
    "voyageurs.efficacite_vehicules": "Promouvoir l'écoconduite et des véhicules plus sobres",
    "marchandises.carburants_decarbones": "Structurer l'approvisionnement en carburants décarbonés (bioGNV, biocarburants)",
    "marchandises.fret_routier_electrique": "Accompagner l'électrification des poids lourds et véhicules utilitaires",
    "marchandises.fret_ferroviaire_fluvial": "Développer le report du fret vers le rail et le fluvial",
    "marchandises.sobriete_logistique": "Organiser une logistique urbaine plus sobre",
    "marchandises.efficacite_logistique": "Mutualiser les flux logistiques pour mieux remplir les véhicules",
    "batiments.renovation_residentiel": "Massifier la rénovation énergétique de l'habitat privé",
    "batiments.chaudiere_fioul_residentiel": "Accompagner la sortie des chaudières au fioul dans les logements",
    "batiments.chaudiere_gaz_residentiel": "Accompagner le remplacement des chaudières au gaz dans les logements",
    "batiments.renovation_tertiaire": "Accélérer la rénovation du patrimoine public et tertiaire (décret tertiaire)",
    "batiments.chaudiere_fioul_tertiaire": "Sortir du fioul dans les bâtiments tertiaires",
    "batiments.chaudiere_gaz_tertiaire": "Réduire le chauffage au gaz dans les bâtiments tertiaires",
    "energie.electricite_renouvelable": "Planifier et accélérer les projets d'électricité renouvelable avec les territoires",
    "energie.biogaz": "Développer la méthanisation et l'injection de biogaz",
    "energie.reseaux_chaleur": "Créer et verdir les réseaux de chaleur",
    "industrie.grands_sites": "Accompagner la décarbonation des grands sites industriels",
    "industrie.industrie_diffuse": "Développer des synergies entre collectivités et industriels (chaleur fatale, écologie industrielle)",
    "industrie.produits_bois": "Structurer la filière bois construction et les débouchés locaux",
    "dechets.captage_methane_isdnd": "Améliorer le captage du méthane des installations de stockage",
    "dechets.valorisation_matiere": "Développer le réemploi et la valorisation matière des déchets",
    "dechets.taux_collecte": "Généraliser la collecte des biodéchets",
    "dechets.prevention": "Massifier la réduction des déchets ménagers (tarification incitative ou informative)",
    "dechets.mise_en_decharge": "Réduire la mise en décharge par des solutions interterritoriales",
    "agriculture.fertilisation_azotee": "Accompagner les agriculteurs vers une fertilisation azotée plus sobre",
    "agriculture.elevage_durable": "Soutenir l'élevage herbager et durable",
    "agriculture.batiments_machines": "Décarboner les bâtiments et machines agricoles",
    "agriculture.haies": "Planter et gérer durablement les haies",
    "agriculture.prairies": "Préserver les prairies permanentes",
    "agriculture.pratiques_stockantes": "Développer les pratiques agricoles stockantes (couverts, agroforesterie)",
    "agriculture.sobriete_fonciere": "Mettre en œuvre la sobriété foncière (ZAN) dans les documents d'urbanisme",
    "agriculture.puits_forestiers": "Préserver et renforcer les puits de carbone forestiers",
    "agriculture.forets_gestion_durable": "Doter les forêts de documents de gestion durable",
    "agriculture.continuite_ecologique": "Résorber les points noirs de continuité écologique",
    "agriculture.aires_protegees": "Étendre les aires protégées et la protection forte",
    "agriculture.restauration_habitats": "Restaurer les habitats naturels dégradés",
    "agriculture.phytosanitaires": "Réduire l'usage des produits phytosanitaires",
    "alimentation.bio_hve": "Développer l'agriculture biologique et la HVE et leurs débouchés locaux",
    "alimentation.egalim": "Suivre et accompagner les cantines scolaires dans l'application des lois Egalim / Climat et Résilience",
    "eau.sobriete": "Réduire les prélèvements d'eau par la sobriété des usages",
    "eau.protection_captages": "Protéger les captages d'eau potable sensibles",
    "eau.desimpermeabilisation": "Désimperméabiliser les sols et végétaliser les espaces urbains",
}

_EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# « Pas de cible » and « Non applicable – défini dans le cadre des CRE » (seed 004): no target
# of the lever's own (the CRE tenders set it), so the potential criterion cannot lean on it.
_NO_TARGET_RE = re.compile(r"^\s*(?:pas de cible|non applicable|sans objet|aucune? cible)", re.I)
MATURITY_STARTED, MATURITY_TO_START = "Initié", "À initier"


# ----------------------------------------------------------------------------- helpers


def lever_frame() -> pd.DataFrame:
    """The lever reference as a frame (lever_code, theme, label, thematic, target_2030, …)."""
    from sources.reference import levers

    rows = [dataclasses.asdict(lever) for lever in levers()]
    return pd.DataFrame(rows).rename(columns={"code": "lever_code"})


def fr_number(value: float | None, decimals: int = 1) -> str:
    """French formatting: ``3.25`` → ``3,3``; ``12500`` → ``12 500`` (narrow no-break space)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "n.d."
    text = f"{value:,.{decimals}f}".replace(",", "\u202f").replace(".", ",")
    return text


def fr_euros(value: float | None) -> str:
    """Amount for a sentence: ``1 250 000`` → ``1,3 M€``, ``45 000`` → ``45 k€``."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "montant non renseigné"
    if abs(value) >= 1e6:
        return f"{fr_number(value / 1e6, 1)} M€"
    if abs(value) >= 1e3:
        return f"{fr_number(value / 1e3, 0)} k€"
    return f"{fr_number(value, 0)} €"


def _plural(n: int, singular: str, plural: str | None = None) -> str:
    return f"{n} {singular if n in (0, 1) else (plural or singular + 's')}"


def _nonempty(series: pd.Series) -> pd.Series:
    """True where a text cell has content (not null, not blank)."""
    if series.dtype != object:
        return series.notna() & series.astype("string").str.strip().fillna("").ne("")
    # object column (the usual case): only a string can be blank once written out (numbers,
    # lists, dates never are), so test the strings alone instead of converting the column
    blank = np.fromiter(
        (isinstance(v, str) and not v.strip() for v in series.to_numpy()), bool, len(series)
    )
    known = series.notna().to_numpy()
    return pd.Series(known & ~blank, index=series.index, dtype="boolean", name=series.name)


def _as_list(value: object) -> list[str]:
    """A list cell as a clean list of strings (lists, arrays, ``;``-joined text, null)."""
    if value is None:
        return []
    if isinstance(value, str):
        return [p.strip() for p in value.split(";") if p.strip()]
    if isinstance(value, Iterable):
        return [str(v).strip() for v in value if v is not None and str(v).strip()]
    if isinstance(value, float) and math.isnan(value):
        return []
    return [str(value)]


def _col(df: pd.DataFrame | None, name: str, default: object = None) -> pd.Series:
    """Column ``name`` or a column of ``default`` (optional input columns stay optional)."""
    if df is None:
        return pd.Series(dtype=object)
    if name in df.columns:
        return df[name]
    return pd.Series([default] * len(df), index=df.index, dtype=object)


def _region(df: pd.DataFrame | None, region_code: str) -> pd.DataFrame:
    """Rows of ``region_code`` (a copy; an empty frame when the input is missing)."""
    if df is None or df.empty:
        return pd.DataFrame() if df is None else df.iloc[0:0].copy()
    if "region_code" not in df.columns:
        return df.copy()
    return df[df["region_code"].astype("string") == str(region_code)].copy()


def _authority_key(df: pd.DataFrame) -> pd.Series:
    """Respondent identity: SIREN, else the authority name, else the file (never merged)."""
    siren = _col(df, "siren").astype("string").str.strip()
    name = "nom:" + _col(df, "authority_name").astype("string").str.strip()
    src = "fichier:" + _col(df, "source_file").astype("string")
    return siren.where(siren.notna() & siren.ne(""), name).fillna(src)


def _answered(responses: pd.DataFrame) -> pd.Series:
    """A (authority, lever) row counts as an answer when any answer field is filled."""
    mask = pd.Series(False, index=responses.index)
    for column in (
        "relevance_score", "deployment_score", "relevance_label", "deployment_label",
        "actions_text", "blockers_text", "needs_text", "exemplary_project_text",
    ):  # fmt: skip
        if column in responses.columns:
            mask |= _nonempty(responses[column])
    return mask


def _levers(levers: pd.DataFrame) -> pd.DataFrame:
    out = levers.copy()
    if "label" not in out.columns and "lever_label" in out.columns:
        out["label"] = out["lever_label"]
    for column in ("theme", "label", "thematic", "target_2030"):
        if column not in out.columns:
            out[column] = None
    return out[["lever_code", "theme", "label", "thematic", "target_2030"]].reset_index(drop=True)


def _has_target(text: object) -> bool:
    """A 2030 target exists unless the reference says « Pas de cible » or gives nothing."""
    if text is None or (isinstance(text, float) and math.isnan(text)):
        return False
    text = str(text).strip()
    return bool(text) and not _NO_TARGET_RE.match(text)


def _redact(text: object) -> object:
    """Mask e-mail addresses in free text copied from questionnaires (personal data)."""
    if isinstance(text, str):
        return _EMAIL_RE.sub("[courriel masqué]", text)
    return text


def _round(value: float, digits: int = 2) -> float:
    return float(round(value, digits)) if value is not None and not pd.isna(value) else np.nan


# ----------------------------------------------------------------------------- families


def _classify(
    mean_relevance: float, mean_deployment: float, n_scored: int, config: DiagnosticConfig
) -> str | None:
    """A/B/C from the two axes; ``None`` when there are too few answers to say.

    Low relevance but wide deployment (top-left of the scatter) is A: the actions on the
    ground show the lever is in the territories' hands, whatever its perceived relevance.
    """
    if n_scored < config.min_respondents_for_family:
        return None
    if pd.isna(mean_relevance) or pd.isna(mean_deployment):
        return None
    if mean_deployment >= config.family_deployment_threshold:
        return "A"
    if mean_relevance >= config.family_relevance_threshold:
        return "B"
    return "C"


def _family_rationale(family: str | None, row: dict[str, Any], config: DiagnosticConfig) -> str:
    rel, dep = row["mean_relevance"], row["mean_deployment"]
    n = int(row["n_scored"])
    if n == 0:
        return "Pas de réponse exploitable au questionnaire sur ce levier : famille non déterminée."
    head = (
        f"Pertinence moyenne {fr_number(rel)}/4 ({fr_number(row['pct_relevant'], 0)} % jugent "
        f"le levier pertinent), déploiement moyen {fr_number(dep)}/3 "
        f"({_plural(n, 'collectivité répondante', 'collectivités répondantes')})"
    )
    if family is None:
        if n < config.min_respondents_for_family:
            return (
                f"{head} : moins de {config.min_respondents_for_family} réponses notées, "
                "famille non déterminée."
            )
        return f"{head} : pertinence ou déploiement non renseigné, famille non déterminée."
    if family == "A":
        if rel < config.family_relevance_threshold:
            return (
                f"{head} : levier déjà largement mis en œuvre malgré une pertinence perçue "
                "modérée — accélérer et valoriser les actions en cours."
            )
        return f"{head} : levier connu et déjà largement mis en œuvre — accélérer."
    if family == "B":
        return (
            f"{head} : levier jugé pertinent mais peu d'actions engagées — sensibiliser les "
            "acteurs et identifier les actions possibles."
        )
    return (
        f"{head} : levier perçu comme peu « à la main » des territoires — identifier les sujets "
        "interterritoriaux et les autres acteurs à mobiliser."
    )


def _empty_stats(cols: list[str]) -> pd.DataFrame:
    """Typed empty per-lever statistics (object-typed NaNs would warn downstream)."""
    return pd.DataFrame({c: pd.Series(dtype=object if c == "lever_code" else float) for c in cols})


_BASE_EXTRA = [*st.BASE_COLUMNS, "_var_rel", "_var_dep", "_cov"]


def _score_stats(responses: pd.DataFrame, config: DiagnosticConfig) -> pd.DataFrame:
    """Per lever: respondents, mean scores and shares, from answered rows of ``responses``."""
    cols = [
        "lever_code", "n_respondents", "n_scored", "mean_relevance", "pct_relevant",
        "mean_deployment", "pct_deploying", "n_blockers", "n_exemplary_answers",
    ]  # fmt: skip
    if responses.empty:
        return _empty_stats(cols + _BASE_EXTRA)
    df = responses[_answered(responses)].copy()
    if df.empty:
        return _empty_stats(cols + _BASE_EXTRA)
    df["_who"] = _authority_key(df)
    rel = pd.to_numeric(_col(df, "relevance_score"), errors="coerce")
    dep = pd.to_numeric(_col(df, "deployment_score"), errors="coerce")
    df["_rel"] = rel.where(rel.between(0, 4))
    df["_dep"] = dep.where(dep.between(0, 3))
    df["_relevant"] = (
        (df["_rel"] >= config.relevant_score_min).astype(float).where(df["_rel"].notna())
    )
    df["_deploying"] = (
        (df["_dep"] >= config.deploying_score_min).astype(float).where(df["_dep"].notna())
    )
    df["_blocker"] = _nonempty(_col(df, "blockers_text"))
    df["_exemplary"] = _nonempty(_col(df, "exemplary_project_text"))
    g = df.groupby("lever_code", sort=False)
    scored = df[df["_rel"].notna() | df["_dep"].notna()]
    out = pd.DataFrame(
        {
            "n_respondents": g["_who"].nunique(),
            "n_scored": scored.groupby("lever_code")["_who"].nunique(),
            "mean_relevance": g["_rel"].mean(),
            "pct_relevant": g["_relevant"].mean() * 100,
            "mean_deployment": g["_dep"].mean(),
            "pct_deploying": g["_deploying"].mean() * 100,
            "n_blockers": g["_blocker"].sum(),
            "n_exemplary_answers": g["_exemplary"].sum(),
        }
    )
    out["n_scored"] = out["n_scored"].fillna(0).astype(int)
    out = out.rename_axis("lever_code").reset_index()
    return _with_bases(out[cols], df)


def _with_bases(stats: pd.DataFrame, answered: pd.DataFrame) -> pd.DataFrame:
    """Per-lever scored bases and 95 % intervals (``assets.diagnostic.statistics``) beside the figures."""
    bases = st.lever_bases(answered)
    out = stats.merge(bases, on="lever_code", how="left")
    for column in ("n_scored_relevance", "n_scored_deployment"):
        out[column] = pd.to_numeric(out[column], errors="coerce").fillna(0).astype(int)
    return out


def lever_families(
    region_code: str,
    levers: pd.DataFrame,
    responses: pd.DataFrame,
    config: DiagnosticConfig | None = None,
    *,
    include_unclassified: bool = False,
) -> pd.DataFrame:
    """Families A/B/C of levers from the "pertinence perçue vs actions" scatter (seed 004).

    Axes: mean relevance (0–4) and mean deployment (0–3) of the region's answers. A lever with
    fewer than ``min_respondents_for_family`` scored answers is not classified (it is not "C":
    silence is not a judgement); such levers are left out unless ``include_unclassified``, so
    ``family`` is never null in the published table. ``lever_state_of_play.family`` is null
    for them.
    """
    config = config or DiagnosticConfig()
    ref = _levers(levers)
    stats = _score_stats(_region(responses, region_code), config)
    df = ref.merge(stats, on="lever_code", how="left")
    for column in ("n_scored", "n_respondents"):
        df[column] = pd.to_numeric(df[column], errors="coerce").fillna(0).astype(int)
    records = []
    for row in df.to_dict("records"):
        family = _classify(row["mean_relevance"], row["mean_deployment"], row["n_scored"], config)
        records.append(
            {
                "region_code": str(region_code),
                "lever_code": row["lever_code"],
                "lever_label": row["label"],
                "thematic": row["thematic"],
                "family": family,
                "family_label": FAMILY_LABELS.get(family or "", None),
                "relevance_axis": _round(row["mean_relevance"]),
                "deployment_axis": _round(row["mean_deployment"]),
                "pct_relevant": _round(row["pct_relevant"], 1),
                "pct_deploying": _round(row["pct_deploying"], 1),
                "n_respondents": row["n_respondents"],
                "rationale": _family_rationale(family, row, config),
                **_family_uncertainty(row, family, config),
            }
        )
    out = pd.DataFrame.from_records(records)
    out["rationale"] = [
        r + _fragility_sentence(c, row, config)
        for r, c, row in zip(
            out["rationale"], out["family_confidence"], df.to_dict("records"), strict=True
        )
    ]
    if not include_unclassified:
        out = out[out["family"].notna()]
    return out.reset_index(drop=True)


def _family_uncertainty(row: dict[str, Any], family: str | None, config: DiagnosticConfig) -> dict:
    """Bases, 95 % intervals of the two axes and shares, and the family's confidence, for a
    ``lever_families`` row; the rationale gains a sentence when the family is fragile."""
    confidence = st.family_confidence(
        row, family, config.family_relevance_threshold, config.family_deployment_threshold,
        config.min_scored_answers,
    )  # fmt: skip
    out = {
        "n_scored_relevance": st.as_int(row.get("n_scored_relevance")),
        "n_scored_deployment": st.as_int(row.get("n_scored_deployment")),
        "relevance_axis_ci_low": _round(row.get("mean_relevance_ci_low")),
        "relevance_axis_ci_high": _round(row.get("mean_relevance_ci_high")),
        "deployment_axis_ci_low": _round(row.get("mean_deployment_ci_low")),
        "deployment_axis_ci_high": _round(row.get("mean_deployment_ci_high")),
        "pct_relevant_ci_low": _round(row.get("pct_relevant_ci_low"), 1),
        "pct_relevant_ci_high": _round(row.get("pct_relevant_ci_high"), 1),
        "pct_deploying_ci_low": _round(row.get("pct_deploying_ci_low"), 1),
        "pct_deploying_ci_high": _round(row.get("pct_deploying_ci_high"), 1),
        "family_confidence": confidence,
        "small_sample": 0
        < max(st.as_int(row.get("n_scored_relevance")), st.as_int(row.get("n_scored_deployment")))
        and min(st.as_int(row.get("n_scored_relevance")), st.as_int(row.get("n_scored_deployment")))
        < config.min_scored_answers,
    }
    return out


def _fragility_sentence(
    confidence: str | None, row: dict[str, Any], config: DiagnosticConfig
) -> str:
    """French sentence saying why a family is fragile (empty when it is solid)."""
    if confidence == st.FAMILY_SMALL_SAMPLE:
        return (
            f" Échantillon faible : moins de {config.min_scored_answers} réponses notées "
            f"(pertinence {st.as_int(row.get('n_scored_relevance'))}, déploiement "
            f"{st.as_int(row.get('n_scored_deployment'))}) ; famille indicative."
        )
    if confidence == st.FAMILY_BORDERLINE:
        return (
            " Famille à la limite : un seuil de classement est dans l'intervalle de confiance à "
            f"95 % (pertinence {fr_number(row.get('mean_relevance_ci_low'))}–"
            f"{fr_number(row.get('mean_relevance_ci_high'))}, déploiement "
            f"{fr_number(row.get('mean_deployment_ci_low'))}–"
            f"{fr_number(row.get('mean_deployment_ci_high'))})."
        )
    return ""


# ----------------------------------------------------------------------------- state of play


def _recipient_keys(recipients: pd.DataFrame) -> pd.Series:
    return _authority_key(recipients.rename(columns={"name": "authority_name"}))


def _scope_rows(
    region_code: str,
    scope: str,
    department_code: str | None,
    ref: pd.DataFrame,
    recipients: pd.DataFrame,
    responses: pd.DataFrame,
    actions: pd.DataFrame,
    projects: pd.DataFrame,
    config: DiagnosticConfig,
) -> pd.DataFrame:
    rec_keys = set(_recipient_keys(recipients)) if not recipients.empty else set()
    n_recipients = len(rec_keys)
    stats = _score_stats(responses, config)
    # Respondents who are also recipients, per lever: keeps response_rate ≤ 1.
    if not responses.empty:
        answered = responses[_answered(responses)].assign(_who=_authority_key)
        matched = answered[answered["_who"].isin(rec_keys)].groupby("lever_code")["_who"].nunique()
    else:
        matched = pd.Series(dtype=float)
    act = actions
    if not act.empty:
        act = act.assign(
            territory_name=_col(act, "territory_name"),
            total_budget_eur=pd.to_numeric(_col(act, "total_budget_eur"), errors="coerce"),
            annual_budget_eur=pd.to_numeric(_col(act, "annual_budget_eur"), errors="coerce"),
        )
        act_stats = act.groupby("lever_code").agg(
            n_actions=("lever_code", "size"),
            n_territories_with_actions=(
                "territory_name",
                lambda s: s.dropna().astype(str).str.strip().replace("", np.nan).nunique(),
            ),
            budget_eur=(
                "total_budget_eur",
                lambda s: pd.to_numeric(s, errors="coerce").sum(min_count=1),
            ),
            annual_budget_eur=(
                "annual_budget_eur",
                lambda s: pd.to_numeric(s, errors="coerce").sum(min_count=1),
            ),
        )
    else:
        act_stats = pd.DataFrame(
            columns=["n_actions", "n_territories_with_actions", "budget_eur", "annual_budget_eur"]
        )
    proj_counts = _merged_project_counts(responses, projects, config)
    df = ref.merge(stats, on="lever_code", how="left")
    df = df.merge(act_stats, left_on="lever_code", right_index=True, how="left")
    for column in (
        "n_respondents",
        "n_scored",
        "n_blockers",
        "n_exemplary_answers",
        "n_actions",
        "n_territories_with_actions",
    ):
        df[column] = pd.to_numeric(df[column], errors="coerce").fillna(0).astype(int)
    df["budget_eur"] = pd.to_numeric(df["budget_eur"], errors="coerce")
    df["annual_budget_eur"] = pd.to_numeric(df["annual_budget_eur"], errors="coerce")
    # no action, or no action with a budget: the budget is unknown (empty), never 0
    df["n_exemplary_projects"] = df["lever_code"].map(proj_counts).fillna(0).astype(int)
    n_matched = df["lever_code"].map(matched).fillna(0)
    df["response_rate"] = (n_matched / n_recipients).round(4) if n_recipients else np.nan
    df["family"] = [
        _classify(r, d, n, config)
        for r, d, n in zip(df["mean_relevance"], df["mean_deployment"], df["n_scored"], strict=True)
    ]
    df = _apply_bases(df, scope, config)
    df["region_code"] = str(region_code)
    df["scope"] = scope
    df["department_code"] = department_code
    df["n_recipients"] = n_recipients
    df = df.rename(columns={"label": "lever_label"})
    for column, digits in (
        ("mean_relevance", 2),
        ("mean_deployment", 2),
        ("pct_relevant", 1),
        ("pct_deploying", 1),
    ):
        df[column] = pd.to_numeric(df[column], errors="coerce").round(digits)
    return df


STATE_OF_PLAY_COLUMNS = [
    "region_code", "scope", "department_code", "lever_code", "lever_label", "theme", "thematic",
    "n_recipients", "n_respondents", "response_rate", "mean_relevance", "pct_relevant",
    "mean_deployment", "pct_deploying", "n_actions", "n_territories_with_actions", "budget_eur",
    "n_blockers", "n_exemplary_projects", "family", "target_2030",
    # bases and uncertainty (issue 22)
    *st.BASE_COLUMNS, "small_sample", "family_confidence", "annual_budget_eur",
]  # fmt: skip


def _merged_project_counts(
    responses: pd.DataFrame, projects: pd.DataFrame, config: DiagnosticConfig
) -> pd.Series:
    """Per lever, projects put forward once merged (free text and « Projets » rows)."""
    rows = _project_rows(responses, projects, pd.DataFrame(), config)
    if rows.empty:
        return pd.Series(dtype=int)
    return merge_projects(rows, config).groupby("lever_code").size()


def _apply_bases(df: pd.DataFrame, scope: str, config: DiagnosticConfig) -> pd.DataFrame:
    """Scored bases, rounded intervals, « échantillon faible » and the family's confidence.

    A département row under ``min_scored_answers`` on either axis gets no family of its own
    (its figures stay published, flagged): the regional family is the one to read.
    """
    for column in ("n_scored_relevance", "n_scored_deployment"):
        if column not in df.columns:
            df[column] = 0
        df[column] = pd.to_numeric(df[column], errors="coerce").fillna(0).astype(int)
    for column in st.BASE_COLUMNS[2:]:
        if column not in df.columns:
            df[column] = np.nan
        digits = 1 if column.startswith("pct_") else 2
        df[column] = pd.to_numeric(df[column], errors="coerce").round(digits)
    smallest = df[["n_scored_relevance", "n_scored_deployment"]].min(axis=1)
    df["small_sample"] = (smallest < config.min_scored_answers) & (
        df[["n_scored_relevance", "n_scored_deployment"]].max(axis=1) > 0
    )
    if scope == "departement":
        df["family"] = df["family"].where(~df["small_sample"], None)
    df["family_confidence"] = [
        st.family_confidence(
            row, row["family"], config.family_relevance_threshold,
            config.family_deployment_threshold, config.min_scored_answers,
        )
        for row in df.to_dict("records")
    ]  # fmt: skip
    return df


def state_of_play(
    region_code: str,
    levers: pd.DataFrame,
    recipients: pd.DataFrame | None,
    responses: pd.DataFrame | None,
    actions: pd.DataFrame | None,
    projects: pd.DataFrame | None,
    config: DiagnosticConfig | None = None,
) -> pd.DataFrame:
    """``lever_state_of_play``: every lever for the region, then for each of its départements.

    Départements are those seen in recipients, answers, projects or actions. ``response_rate``
    counts only respondents found in the recipients list (so it stays ≤ 1); ``n_respondents``
    counts everyone who answered the lever. ``budget_eur`` sums known action budgets (null
    when the lever has actions but none with a budget: unknown is not zero).
    """
    config = config or DiagnosticConfig()
    ref = _levers(levers)
    rec, resp = _region(recipients, region_code), _region(responses, region_code)
    act, proj = _region(actions, region_code), _region(projects, region_code)
    frames = [_scope_rows(region_code, "region", None, ref, rec, resp, act, proj, config)]
    depts: set[str] = set()
    for df in (rec, resp, act, proj):
        if not df.empty and "department_code" in df.columns:
            depts |= set(df["department_code"].dropna().astype(str).str.strip()) - {""}

    def of(df: pd.DataFrame, dept: str) -> pd.DataFrame:
        if df.empty or "department_code" not in df.columns:
            return df.iloc[0:0]
        return df[df["department_code"].astype("string").str.strip() == dept]

    for dept in sorted(depts):
        frames.append(
            _scope_rows(
                region_code,
                "departement",
                dept,
                ref,
                of(rec, dept),
                of(resp, dept),
                of(act, dept),
                of(proj, dept),
                config,
            )
        )
    out = pd.concat(frames, ignore_index=True)
    out["department_code"] = (
        out["department_code"].astype(object).where(out["department_code"].notna(), None)
    )
    return out[STATE_OF_PLAY_COLUMNS]


# ----------------------------------------------------------------------------- coverage


def response_coverage(
    region_code: str,
    recipients: pd.DataFrame | None,
    responses: pd.DataFrame | None,
    config: DiagnosticConfig | None = None,
    *,
    department_names: dict[str, str] | None = None,
) -> pd.DataFrame:
    """Who answered: one row for the region, one per département, one per authority type.

    Columns: region_code, dimension (``region``/``departement``/``type``), key, label,
    n_recipients, n_respondents (all who answered), n_respondents_recipients (of whom in the
    recipients list), response_rate (the latter / n_recipients, NaN without recipients).
    """
    del config  # same signature as the other functions; nothing to tune here
    rec, resp = _region(recipients, region_code), _region(responses, region_code)
    rec = rec.assign(_who=_recipient_keys(rec)) if not rec.empty else rec
    if not resp.empty:
        resp = resp[_answered(resp)]
        resp = resp.assign(_who=_authority_key(resp)).drop_duplicates("_who")
    rows: list[dict[str, Any]] = []

    def add(dimension: str, key: str | None, label: str, r: pd.DataFrame, a: pd.DataFrame) -> None:
        n_rec = int(r["_who"].nunique()) if not r.empty else 0
        n_resp = int(a["_who"].nunique()) if not a.empty else 0
        # respondents of this slice found among the recipients of this slice (rate ≤ 1)
        r_keys = set(r["_who"]) if not r.empty else set()
        n_match = int(a["_who"].isin(r_keys).sum()) if not a.empty else 0
        rows.append(
            {
                "region_code": str(region_code), "dimension": dimension, "key": key,
                "label": label, "n_recipients": n_rec, "n_respondents": n_resp,
                "n_respondents_recipients": n_match,
                "response_rate": round(n_match / n_rec, 4) if n_rec else np.nan,
            }
        )  # fmt: skip

    add("region", str(region_code), "Région", rec, resp)
    names = department_names or {}
    for column, dimension in (("department_code", "departement"), ("authority_type", "type")):
        keys: set[str] = set()
        for df in (rec, resp):
            if not df.empty and column in df.columns:
                keys |= set(df[column].dropna().astype(str))
        for key in sorted(keys):
            r = rec[rec[column].astype("string") == key] if column in rec.columns else rec.iloc[0:0]
            a = (
                resp[resp[column].astype("string") == key]
                if column in resp.columns
                else resp.iloc[0:0]
            )
            label = f"{key} – {names[key]}" if dimension == "departement" and key in names else key
            add(dimension, key, label, r, a)
    # respondents whose type/département is unknown are only in the region row
    return pd.DataFrame(rows)


# ----------------------------------------------------------------------------- priority themes


def _target_counts(contract_targets: pd.DataFrame) -> pd.Series:
    if contract_targets.empty or "lever_code" not in contract_targets.columns:
        return pd.Series(dtype=int)
    return contract_targets.dropna(subset=["lever_code"]).groupby("lever_code").size()


def _authorities_concerned(
    responses: pd.DataFrame, projects: pd.DataFrame, config: DiagnosticConfig
) -> pd.Series:
    """Per lever: authorities judging it relevant, reporting a blocker or proposing a project."""
    parts = []
    if not responses.empty:
        r = responses.assign(_who=_authority_key(responses))
        score = pd.to_numeric(_col(r, "relevance_score"), errors="coerce")
        concerned = (score >= config.relevant_score_min) | _nonempty(_col(r, "blockers_text"))
        parts.append(r.loc[concerned, ["lever_code", "_who"]])
    if not projects.empty:
        p = projects.assign(_who=_authority_key(projects))
        parts.append(p[["lever_code", "_who"]])
    if not parts:
        return pd.Series(dtype=int)
    both = pd.concat(parts).dropna(subset=["lever_code"])
    return both.groupby("lever_code")["_who"].nunique()


def regional_stakes(region_code: str, targets: pd.DataFrame | None) -> pd.DataFrame:
    """Per lever of the region: share of the region's 2030 effort (0–1), kt CO₂e, rank of its
    SGPE lever by kt (1 = largest) and the number of SGPE levers ranked; from ``lever_targets``
    (the reference panorama when ``targets`` is None)."""
    if targets is None:
        from sources.sgpe_panorama import lever_targets

        targets = lever_targets(region_code)
    t = _region(targets, region_code)
    cols = ["share", "kt", "rank", "n_ranked"]
    if t.empty or "lever_code" not in t.columns:
        return pd.DataFrame(columns=cols, dtype=float)
    t = t.assign(
        kt=pd.to_numeric(t["kt_co2e_avoided_2030"], errors="coerce"),
        share=pd.to_numeric(t["share_of_regional_effort"], errors="coerce"),
    )
    sgpe = t.drop_duplicates("sgpe_lever_id") if "sgpe_lever_id" in t.columns else t
    ranks = sgpe["kt"].rank(ascending=False, method="min")
    by_id = dict(zip(sgpe.get("sgpe_lever_id", sgpe["lever_code"]), ranks, strict=True))
    t["rank"] = t.get("sgpe_lever_id", t["lever_code"]).map(by_id)
    t["n_ranked"] = len(sgpe)
    return t.drop_duplicates("lever_code").set_index("lever_code")[cols]


def _stake_sentence(row: dict[str, Any]) -> str | None:
    """Where the lever stands in the region's 2030 effort (SGPE regional panorama)."""
    share, kt = row.get("share_of_regional_effort"), row.get("kt_co2e_avoided_2030")
    if share is None or pd.isna(share) or kt is None or pd.isna(kt):
        return "Le panorama régional SGPE ne chiffre pas ce levier : pas d'enjeu régional en kt CO₂e."
    rank, n = row.get("stake_rank"), row.get("stake_n_ranked")
    where = (
        f", {int(rank)}ᵉ levier sur {int(n)} par l'effort"
        if rank is not None and not pd.isna(rank) and n
        else ""
    )
    return (
        f"Enjeu régional : {fr_number(kt, 0)} kt CO₂e à éviter en 2030, soit "
        f"{fr_number(share * 100, 1)} % de l'effort de la région selon le panorama SGPE{where}."
    )


def _theme_rationale(row: dict[str, Any], family: str | None) -> str:
    n = int(row["n_respondents"])
    sentences = []
    if n:
        s = (
            f"{_plural(n, 'collectivité a répondu', 'collectivités ont répondu')} sur ce levier : "
            f"pertinence moyenne {fr_number(row['mean_relevance'])}/4"
        )
        if not pd.isna(row["pct_relevant"]):
            s += f" ({fr_number(row['pct_relevant'], 0)} % le jugent pertinent)"
        s += f", déploiement moyen {fr_number(row['mean_deployment'])}/3"
        if not pd.isna(row["pct_deploying"]):
            s += f" ({fr_number(row['pct_deploying'], 0)} % déclarent des actions)"
        sentences.append(s + ".")
        gap = row["gap"]
        if not pd.isna(gap) and gap >= 0.15:
            sentences.append(
                f"L'écart entre pertinence et action engagée est marqué ({fr_number(gap * 100, 0)} "
                "points sur 100) : de nouvelles actions sont attendues."
            )
    else:
        sentences.append("Aucune collectivité n'a répondu sur ce levier au questionnaire.")
    if row["n_blockers"]:
        sentences.append(
            f"{_plural(int(row['n_blockers']), 'frein signalé', 'freins signalés')} par les "
            "collectivités."
        )
    n_act, n_terr, n_tgt = (
        int(row["n_actions"]),
        int(row["n_territories_with_actions"]),
        int(row["n_contract_targets"]),
    )
    if n_act:
        sentences.append(
            f"Les plans d'action comptent {_plural(n_act, 'action')} sur ce levier "
            f"({_plural(n_terr, 'territoire')}, budget connu {fr_euros(row['budget_eur'])})"
            + (
                f" et {_plural(n_tgt, 'objectif contractuel chiffré', 'objectifs contractuels chiffrés')}."
                if n_tgt
                else ", sans objectif contractuel chiffré."
            )
        )
    else:
        sentences.append(
            "Aucune action des plans lus ne porte sur ce levier"
            + (
                f" ({_plural(n_tgt, 'objectif contractuel chiffré', 'objectifs contractuels chiffrés')})."
                if n_tgt
                else " et aucun contrat n'en fixe d'objectif chiffré : la cible 2030 paraît lointaine."
            )
        )
    stake = _stake_sentence(row)
    if stake:
        sentences.append(stake)
    if family:
        sentences.append(f"Famille {family} : {FAMILY_LABELS[family].lower()}.")
    return " ".join(sentences)


def priority_themes(
    region_code: str,
    levers: pd.DataFrame,
    responses: pd.DataFrame | None,
    actions: pd.DataFrame | None,
    projects: pd.DataFrame | None,
    contract_targets: pd.DataFrame | None,
    config: DiagnosticConfig | None = None,
    *,
    recipients: pd.DataFrame | None = None,
    regional_targets: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """``priority_themes``: regional lever themes (:func:`lever_themes`), shaped by what
    authorities wrote; then cross-cutting themes from recurring blockers and needs; then
    département themes where a département differs markedly from the region
    (:mod:`assets.diagnostic.text_themes` documents both rules). ``scope``, ``department_code``,
    ``theme_kind`` (levier / transversal) and ``theme_id`` tell them apart; ``rank`` orders
    the whole table (region levers by score, then cross-cutting themes, then each
    département's themes) so (region, rank) stays the key; ``scope_rank`` is the rank within
    its own list."""
    from assets.diagnostic import text_themes as tt

    config = config or DiagnosticConfig()
    args = (levers, responses, actions, projects, contract_targets)
    kwargs = {"recipients": recipients, "regional_targets": regional_targets}
    themes = lever_themes(region_code, *args, config, **kwargs)
    labels = dict(zip(levers["lever_code"], _levers(levers)["label"], strict=True))
    resp = _region(responses, region_code)
    resp = resp[_answered(resp)] if not resp.empty else resp
    found = tt.mentions(resp, _authority_key(resp) if not resp.empty else pd.Series(dtype=object))
    themes = themes.copy()
    themes["scope"] = "region"
    themes["department_code"] = None
    themes["theme_kind"] = "levier"
    summaries = [tt.lever_text_summary(found, c, labels) for c in themes["lever_code"]]
    themes["lever_codes"] = [[c] for c in themes["lever_code"]]
    themes["quotes"] = [s["quotes"] for s in summaries]
    themes["n_authorities_citing"] = [max(s["categories"].values(), default=0) for s in summaries]
    themes["title"] = [
        f"{t} — {s['title_suffix']}" if s["title_suffix"] else t
        for t, s in zip(themes["title"], summaries, strict=True)
    ]
    themes["rationale"] = [
        f"{r} {s['sentence']}" if s["sentence"] else r
        for r, s in zip(themes["rationale"], summaries, strict=True)
    ]
    themes["theme_id"] = [f"R{int(r):02d}" for r in themes["rank"]]
    themes["scope_rank"] = themes["rank"]
    extra: list[dict[str, Any]] = []
    n_resp = int(resp.assign(_w=_authority_key(resp))["_w"].nunique()) if not resp.empty else 0
    start = int(themes["rank"].max()) if not themes.empty else 0
    for i, row in enumerate(
        tt.cross_cutting_themes(region_code, found, n_resp, labels, config), start=1
    ):
        low, high = st.wilson_interval(row["n_authorities_citing"], n_resp)
        extra.append(
            {
                **row, "region_code": str(region_code), "scope": "region",
                "department_code": None, "rank": start + i, "theme_id": f"T{i:02d}",
                "scope_rank": i,
                "score_ci_low": round(100 * low, 2), "score_ci_high": round(100 * high, 2),
                "rank_min": start + i, "rank_max": start + i,
                "selection_confidence": st.FAMILY_SOLID,
            }
        )  # fmt: skip
    if config.max_department_themes > 0 and not resp.empty and "department_code" in resp.columns:
        scoring = tt.scoring_config(config)
        scored_region = lever_themes(region_code, *args, scoring, **kwargs)
        by_dept = {}
        for dept in sorted(set(resp["department_code"].dropna().astype(str)) - {""}):

            def of(df: pd.DataFrame | None, dept: str = dept) -> pd.DataFrame | None:
                if df is None or df.empty or "department_code" not in df.columns:
                    return df if df is None else df.iloc[0:0]
                return df[df["department_code"].astype("string") == dept]

            by_dept[dept] = lever_themes(
                region_code, levers, of(_region(responses, region_code)),
                of(_region(actions, region_code)), of(_region(projects, region_code)),
                of(_region(contract_targets, region_code)), scoring,
                recipients=of(_region(recipients, region_code)),
                regional_targets=regional_targets,
            )  # fmt: skip
        last = start + len(extra)
        for row in tt.department_themes(
            region_code, scored_region, by_dept, set(themes["lever_code"].dropna()), labels, config
        ):
            row["theme_id"] = f"D{row['department_code']}-{int(row['rank']):02d}"
            row["scope_rank"] = int(row["rank"])
            last += 1
            row["rank"] = last  # unique within the region: the table's key is (region, rank)
            row["rank_min"] = row["rank_max"] = last
            row["lever_codes"] = [row["lever_code"]]
            extra.append(row)
    if extra:
        themes = pd.concat([themes, pd.DataFrame.from_records(extra)], ignore_index=True)
    for column in ("lever_codes", "quotes", "categories"):
        if column in themes.columns:
            themes[column] = themes[column].map(lambda v: v if isinstance(v, list) else [])
    themes["rank"] = pd.to_numeric(themes["rank"], errors="coerce").astype("Int64")
    return themes.reset_index(drop=True)


def lever_themes(
    region_code: str,
    levers: pd.DataFrame,
    responses: pd.DataFrame | None,
    actions: pd.DataFrame | None,
    projects: pd.DataFrame | None,
    contract_targets: pd.DataFrame | None,
    config: DiagnosticConfig | None = None,
    *,
    recipients: pd.DataFrame | None = None,
    regional_targets: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """5–10 priority themes (one per lever), ranked by a transparent score 0–100.

    score = 100 × Σ wᵢ·cᵢ / Σ wᵢ with components cᵢ ∈ [0, 1]: relevance (mean/4), deployment
    gap (relevance/4 − deployment/3, floored at 0), blockers (count / regional max),
    authorities concerned (count / regional max), distance to the 2030 target (1 − coverage by
    contract targets and plan actions, saturating at ``targets_saturation`` /
    ``actions_saturation``), regional stake (the lever's ``share_of_regional_effort`` in
    ``regional_targets`` — the SGPE regional panorama, read from the reference when not given — over
    the region's largest share; 0 when the panorama has no figure for it). The weighted components are published (``score_*``) so each score
    can be re-added. Only levers with at least one answer, action or project compete; themes
    at or above ``theme_min_score`` are kept, within [min_themes, max_themes], with at most
    ``max_themes_per_thematic`` per thematic (relaxed when too few themes remain).
    """
    config = config or DiagnosticConfig()
    ref = _levers(levers)
    ref = ref[ref["lever_code"] != TRANSVERSE]
    resp = _region(responses, region_code)
    act, proj = _region(actions, region_code), _region(projects, region_code)
    targets = _region(contract_targets, region_code)
    sop = _scope_rows(
        region_code, "region", None, ref, _region(recipients, region_code), resp, act, proj, config
    )
    sop["n_contract_targets"] = sop["lever_code"].map(_target_counts(targets)).fillna(0).astype(int)
    sop["n_authorities"] = (
        sop["lever_code"]
        .map(
            _authorities_concerned(resp[_answered(resp)] if not resp.empty else resp, proj, config)
        )
        .fillna(0)
        .astype(int)
    )
    rel = (sop["mean_relevance"] / 4).clip(0, 1)
    dep = (sop["mean_deployment"] / 3).clip(0, 1)
    sop["gap"] = (rel - dep).clip(lower=0)
    max_blockers = max(int(sop["n_blockers"].max() or 0), 1)
    max_auth = max(int(sop["n_authorities"].max() or 0), 1)
    coverage = 0.5 * (sop["n_contract_targets"] / max(config.targets_saturation, 1)).clip(
        upper=1
    ) + (0.5 * (sop["n_actions"] / max(config.actions_saturation, 1)).clip(upper=1))
    components = {
        "relevance": rel.fillna(0),
        "deployment_gap": sop["gap"].fillna(0),
        "blockers": sop["n_blockers"] / max_blockers,
        "authorities": sop["n_authorities"] / max_auth,
        "target_distance": 1 - coverage,
    }
    stake = regional_stakes(region_code, regional_targets)
    sop["share_of_regional_effort"] = sop["lever_code"].map(stake["share"])
    sop["kt_co2e_avoided_2030"] = sop["lever_code"].map(stake["kt"])
    sop["stake_rank"] = sop["lever_code"].map(stake["rank"])
    sop["stake_n_ranked"] = sop["lever_code"].map(stake["n_ranked"])
    max_share = float(stake["share"].max()) if not stake.empty else 0.0
    components["regional_stake"] = (
        (sop["share_of_regional_effort"] / max_share).fillna(0).clip(0, 1)
        if max_share > 0
        else pd.Series(0.0, index=sop.index)
    )
    total_weight = sum(config.weights.values()) or 1.0
    score = pd.Series(0.0, index=sop.index)
    for name, value in components.items():
        contribution = 100 * config.weights[name] * value / total_weight
        sop[f"score_{name}"] = contribution.round(2)
        score += contribution
    sop["score"] = score.round(2)
    sop["_eligible"] = has_theme_evidence(sop, config)
    order = sop.sort_values(
        ["_eligible", *_TIE_KEYS],
        ascending=[False] * (1 + len(_TIE_KEYS)),
        kind="stable",
    )
    chosen: list[int] = []
    per_thematic: dict[str, int] = {}
    cap = config.max_themes_per_thematic or 10**6
    for idx, row in order.iterrows():  # first pass: thresholds and diversity
        if len(chosen) >= config.max_themes:
            break
        if not row["_eligible"] or row["score"] < config.theme_min_score:
            continue
        if per_thematic.get(row["thematic"], 0) >= cap:
            continue
        chosen.append(idx)
        per_thematic[row["thematic"]] = per_thematic.get(row["thematic"], 0) + 1
    for idx in order.index:  # then fill up to the minimum, best scores first, evidence only
        if len(chosen) >= config.min_themes:
            break
        if idx not in chosen and order.at[idx, "_eligible"]:
            chosen.append(idx)
    chosen = _with_whole_tie_groups(order, chosen)
    picked = order.loc[[i for i in order.index if i in set(chosen)]]
    tied = _tied_with(picked)
    records = []
    for rank, row in enumerate(picked.to_dict("records"), start=1):
        evidence = {
            "n_respondents": int(row["n_respondents"]),
            "mean_relevance": None
            if pd.isna(row["mean_relevance"])
            else float(row["mean_relevance"]),
            "mean_deployment": None
            if pd.isna(row["mean_deployment"])
            else float(row["mean_deployment"]),
            "n_blockers": int(row["n_blockers"]),
            "n_actions": int(row["n_actions"]),
            "n_territories_with_actions": int(row["n_territories_with_actions"]),
            "n_contract_targets": int(row["n_contract_targets"]),
            "n_authorities": int(row["n_authorities"]),
            "n_exemplary_projects": int(row["n_exemplary_projects"]),
            "share_of_regional_effort": None
            if pd.isna(row["share_of_regional_effort"])
            else float(row["share_of_regional_effort"]),
        }
        records.append(
            {
                "region_code": str(region_code),
                "rank": rank,
                "lever_code": row["lever_code"],
                "theme": row["lever_label"],
                "thematic": row["thematic"],
                "family": row["family"],
                "title": LEVER_THEME_TITLES.get(row["lever_code"], row["lever_label"]),
                "score": row["score"],
                **{f"score_{name}": row[f"score_{name}"] for name in components},
                "rationale": _theme_rationale(row, row["family"]) + _tie_sentence(tied[row["lever_code"]]),
                "tied_with": ";".join(tied[row["lever_code"]]) or None,
                "evidence": json.dumps(evidence, ensure_ascii=False),
                "n_respondents": int(row["n_respondents"]),
                "mean_relevance": row["mean_relevance"],
                "mean_deployment": row["mean_deployment"],
                "n_blockers": int(row["n_blockers"]),
                "n_actions": int(row["n_actions"]),
                "n_authorities": int(row["n_authorities"]),
                "n_contract_targets": int(row["n_contract_targets"]),
                "share_of_regional_effort": row["share_of_regional_effort"],
                "kt_co2e_avoided_2030": row["kt_co2e_avoided_2030"],
            }
        )
    if records:
        themes = pd.DataFrame.from_records(records)
    else:  # too little evidence: no theme, but the table keeps its columns
        themes = pd.DataFrame(columns=_theme_columns(list(components)))
    return _theme_uncertainty(themes, sop, order, chosen, config)


THEME_UNCERTAINTY_COLUMNS = [
    "n_scored_relevance", "n_scored_deployment", "mean_relevance_ci_low",
    "mean_relevance_ci_high", "mean_deployment_ci_low", "mean_deployment_ci_high",
    "score_ci_low", "score_ci_high", "rank_min", "rank_max", "selection_confidence",
    "cap_excluded",
]  # fmt: skip


def _theme_uncertainty(
    themes: pd.DataFrame,
    sop: pd.DataFrame,
    order: pd.DataFrame,
    chosen: list[int],
    config: DiagnosticConfig,
) -> pd.DataFrame:
    """Score interval, plausible ranks, « à la limite » selection and levers the cap dropped.

    - ``score_ci_low``/``score_ci_high``: 95 % interval of the score (``assets.diagnostic.statistics``).
    - ``rank_min``/``rank_max``: ranks the theme could take among the themes given the intervals.
    - ``selection_confidence``: « à la limite » when the interval reaches the minimum score or
      the interval of the best lever left out on its score (not by the cap), else « solide ».
    - ``cap_excluded``: levers of the same thematic scored higher than the lowest retained theme
      but left out by ``max_themes_per_thematic``.
    """
    if themes.empty:
        return themes.reindex(columns=[*themes.columns, *THEME_UNCERTAINTY_COLUMNS])
    total = sum(config.weights.values()) or 1.0
    half = pd.Series(
        [
            st.score_half_width(
                r["mean_relevance"], r["mean_deployment"], r.get("_var_rel"), r.get("_var_dep"),
                r.get("_cov"), config.weight_relevance, config.weight_deployment_gap, total,
            )
            for r in sop.to_dict("records")
        ],
        index=sop.index,
    ).fillna(0.0)  # fmt: skip
    low, high = (sop["score"] - half).clip(lower=0), (sop["score"] + half).clip(upper=100)
    by_code = sop.set_index("lever_code")
    low_c, high_c = low.set_axis(sop["lever_code"]), high.set_axis(sop["lever_code"])
    codes = themes["lever_code"]
    themes["n_scored_relevance"] = codes.map(by_code["n_scored_relevance"]).fillna(0).astype(int)
    themes["n_scored_deployment"] = codes.map(by_code["n_scored_deployment"]).fillna(0).astype(int)
    for column in (
        "mean_relevance_ci_low", "mean_relevance_ci_high",
        "mean_deployment_ci_low", "mean_deployment_ci_high",
    ):  # fmt: skip
        themes[column] = codes.map(by_code[column])
    themes["score_ci_low"] = codes.map(low_c).round(2)
    themes["score_ci_high"] = codes.map(high_c).round(2)
    best, worst = st.plausible_ranks(themes["score_ci_low"], themes["score_ci_high"])
    themes["rank_min"], themes["rank_max"] = best.astype(int), worst.astype(int)
    # levers left out by the cap: eligible, above the threshold, better than the last theme
    cap = config.max_themes_per_thematic or 10**6
    counts = themes["thematic"].value_counts()
    floor = float(themes["score"].min())
    eligible = order["_eligible"] if "_eligible" in order.columns else True
    left = order[~order.index.isin(chosen) & eligible]
    by_cap = left[
        left["thematic"].map(counts).fillna(0).ge(cap)
        & (left["score"] > floor)
        & (left["score"] >= config.theme_min_score)
    ]
    themes["cap_excluded"] = [
        by_cap.loc[by_cap["thematic"] == t, "lever_code"].tolist() for t in themes["thematic"]
    ]
    rivals = left[~left.index.isin(by_cap.index)]
    rival_high = float(high.loc[rivals.index].max()) if not rivals.empty else -math.inf
    limit = max(rival_high, config.theme_min_score)
    themes["selection_confidence"] = np.where(
        themes["score_ci_low"] <= limit, st.FAMILY_BORDERLINE, st.FAMILY_SOLID
    )
    themes["rationale"] = [
        f"{text} {_theme_uncertainty_sentence(row, config)}"
        for text, row in zip(themes["rationale"], themes.to_dict("records"), strict=True)
    ]
    return themes


def _theme_uncertainty_sentence(row: dict[str, Any], config: DiagnosticConfig) -> str:
    """How sure the theme is: score interval, plausible ranks, bases, « à la limite »."""
    text = (
        f"Incertitude : score {fr_number(row['score'], 0)} (intervalle de confiance à 95 % "
        f"{fr_number(row['score_ci_low'], 0)}–{fr_number(row['score_ci_high'], 0)})"
    )
    if row["rank_max"] > row["rank_min"]:
        text += f", rang plausible {row['rank_min']} à {row['rank_max']}"
    text += (
        f" ; moyennes sur {row['n_scored_relevance']} réponses notées (pertinence) et "
        f"{row['n_scored_deployment']} (déploiement)."
    )
    if min(row["n_scored_relevance"], row["n_scored_deployment"]) < config.min_scored_answers:
        text += " Échantillon faible : chiffres indicatifs."
    if row["selection_confidence"] == st.FAMILY_BORDERLINE:
        text += " Thème retenu à la limite du seuil de sélection."
    return text


def _theme_columns(components: list[str]) -> list[str]:
    return [
        "region_code", "rank", "lever_code", "theme", "thematic", "family", "title", "score",
        *[f"score_{name}" for name in components], "rationale", "tied_with", "evidence",
        "n_respondents", "mean_relevance", "mean_deployment", "n_blockers", "n_actions",
        "n_authorities", "n_contract_targets", "share_of_regional_effort", "kt_co2e_avoided_2030",
    ]  # fmt: skip


# ----------------------------------------------------------------------------- theme evidence

# Ranking keys: score, then the evidence itself; levers equal on all of them are ex æquo
# (kept or dropped together, and said so), never ordered silently by the reference list.
_TIE_KEYS = ["score", "n_respondents", "n_actions", "n_contract_targets"]


def has_theme_evidence(sop: pd.DataFrame, config: DiagnosticConfig) -> pd.Series:
    """Levers with enough evidence to be proposed as a priority theme (see DiagnosticConfig)."""
    return (
        (sop["n_respondents"] >= config.theme_min_respondents)
        | (sop["n_actions"] >= config.theme_min_actions)
        | (sop["n_contract_targets"] >= config.theme_min_contract_targets)
    )


def _tie_key(row: pd.Series) -> tuple:
    return tuple(row[k] for k in _TIE_KEYS)


def _with_whole_tie_groups(order: pd.DataFrame, chosen: list[int]) -> list[int]:
    """A tie straddling the cut is kept whole: the reference order must not pick among equals."""
    keys = {_tie_key(order.loc[i]) for i in chosen}
    extra = [
        i
        for i in order.index
        if i not in chosen and order.at[i, "_eligible"] and _tie_key(order.loc[i]) in keys
    ]
    return [*chosen, *extra]


def _tied_with(picked: pd.DataFrame) -> dict[str, list[str]]:
    groups: dict[tuple, list[str]] = {}
    for _, row in picked.iterrows():
        groups.setdefault(_tie_key(row), []).append(row["lever_code"])
    return {
        code: [other for other in members if other != code]
        for members in groups.values()
        for code in members
    }


def _tie_sentence(others: list[str]) -> str:
    if not others:
        return ""
    return (
        f" Ex æquo avec {', '.join(others)} (même score, mêmes effectifs de répondants, "
        "d'actions et d'objectifs) : le rang entre eux ne hiérarchise pas."
    )


def theme_evidence_note(n_themes: int, config: DiagnosticConfig | dict[str, Any]) -> str | None:
    """French sentence for the synthesis when evidence is too thin (``None`` otherwise)."""
    cfg = config if isinstance(config, dict) else config.to_dict()
    default = DiagnosticConfig()
    need = (
        f"au moins {cfg.get('theme_min_respondents', default.theme_min_respondents)} "
        "collectivités répondantes, "
        f"{cfg.get('theme_min_actions', default.theme_min_actions)} actions de plans ou "
        f"{cfg.get('theme_min_contract_targets', default.theme_min_contract_targets)} "
        "objectif(s) contractuel(s) chiffré(s) sur le levier"
    )
    if n_themes == 0:
        return (
            "Pas assez d'éléments pour proposer des thèmes prioritaires : un thème demande "
            f"{need}, et aucun levier n'atteint ce seuil dans les données reçues. Complétez "
            "les réponses au questionnaire ou les plans d'actions avant d'en débattre."
        )
    if n_themes < int(cfg.get("min_themes", default.min_themes)):
        verb = "réunit" if n_themes == 1 else "réunissent"
        return (
            f"Seul{'s' if n_themes > 1 else ''} {n_themes} levier{'s' if n_themes > 1 else ''} "
            f"{verb} assez d'éléments pour être proposé{'s' if n_themes > 1 else ''} "
            f"({need}) ; les autres ne sont pas classés faute de données."
        )
    return None


# ----------------------------------------------------------------------------- exemplary projects

EXEMPLARY_COLUMNS = [
    "region_code", "origin", "lever_code", "title", "owner", "authority_name", "department_code",
    "description", "estimated_cost_eur", "maturity", "source_file", "page", "origins", "sources",
    "n_sources", "shortlisted", "shortlist_reason",
]  # fmt: skip


def _short_title(text: str, limit: int = 110) -> str:
    first = re.split(r"(?<=[.!?])\s|\n", text.strip(), maxsplit=1)[0].strip().rstrip(".")
    if len(first) <= limit:
        return first
    cut = first[:limit].rsplit(" ", 1)[0]
    return cut + "…"


def exemplary_projects(
    region_code: str,
    responses: pd.DataFrame | None,
    projects: pd.DataFrame | None,
    actions: pd.DataFrame | None = None,
    config: DiagnosticConfig | None = None,
) -> pd.DataFrame:
    """Projects put forward: questionnaire « projet exemplaire » answers, every ``Projets``
    row, and — as the plans' flagship actions — the largest-budget action of each lever when
    its budget is at least ``exemplary_action_min_budget_eur`` (at most
    ``exemplary_max_plan_actions``, largest first). E-mail addresses in free text are masked.
    """
    config = config or DiagnosticConfig()
    out = _project_rows(
        _region(responses, region_code),
        _region(projects, region_code),
        _region(actions, region_code),
        config,
    )
    if out.empty:
        return pd.DataFrame(columns=EXEMPLARY_COLUMNS)
    out = merge_projects(out, config)
    out["region_code"] = str(region_code)
    for column in ("title", "description", "owner"):
        out[column] = out[column].map(_redact)
    out["page"] = pd.to_numeric(out["page"], errors="coerce").astype("Int64")
    from assets.diagnostic.shortlists import shortlist_projects

    labels = dict(zip(lever_frame()["lever_code"], lever_frame()["label"], strict=True))
    out = shortlist_projects(out, config, labels)
    return out[EXEMPLARY_COLUMNS]


def _plan_maturity(start: object, config: DiagnosticConfig) -> str | None:
    """« Initié » once a plan action's start year is reached, « À initier » before; unknown
    without a start year."""
    if start is None or pd.isna(start):
        return None
    year = config.reference_year or date.today().year
    return MATURITY_STARTED if int(start) <= year else MATURITY_TO_START


def _project_rows(
    resp: pd.DataFrame, proj: pd.DataFrame, act: pd.DataFrame, config: DiagnosticConfig
) -> pd.DataFrame:
    """Unmerged project rows of the three origins (questionnaire text, Projets, plans)."""
    frames: list[pd.DataFrame] = []
    if not resp.empty and "exemplary_project_text" in resp.columns:
        r = resp[_nonempty(resp["exemplary_project_text"])]
        if not r.empty:
            text = r["exemplary_project_text"].astype(str).str.strip()
            frames.append(
                pd.DataFrame(
                    {
                        "origin": "questionnaire",
                        "siren": _col(r, "siren"),
                        "lever_code": r["lever_code"],
                        "title": text.map(_short_title),
                        "owner": _col(r, "authority_name"),
                        "authority_name": _col(r, "authority_name"),
                        "department_code": _col(r, "department_code"),
                        "description": text,
                        "estimated_cost_eur": np.nan,
                        "maturity": None,
                        "source_file": _col(r, "source_file"),
                        "page": None,
                    }
                )
            )
    if not proj.empty:
        frames.append(
            pd.DataFrame(
                {
                    "origin": "projet",
                    "siren": _col(proj, "siren"),
                    "lever_code": _col(proj, "lever_code"),
                    "title": _col(proj, "title"),
                    "owner": _col(proj, "owner").fillna(_col(proj, "authority_name")),
                    "authority_name": _col(proj, "authority_name"),
                    "department_code": _col(proj, "department_code"),
                    "description": _col(proj, "description"),
                    "estimated_cost_eur": pd.to_numeric(
                        _col(proj, "estimated_cost_eur"), errors="coerce"
                    ),
                    "maturity": _col(proj, "maturity"),
                    "source_file": _col(proj, "source_file"),
                    "page": None,
                }
            )
        )
    if not act.empty and config.exemplary_max_plan_actions > 0:
        a = act.assign(_budget=pd.to_numeric(_col(act, "total_budget_eur"), errors="coerce"))
        body = _col(a, "has_body", True).fillna(True).astype(bool)
        a = a[
            body
            & (a["_budget"] >= config.exemplary_action_min_budget_eur)
            & a["lever_code"].notna()
        ]
        a = a.sort_values("_budget", ascending=False, kind="stable").drop_duplicates("lever_code")
        a = a.head(config.exemplary_max_plan_actions)
        if not a.empty:
            owners = _col(a, "owners").map(_as_list)
            frames.append(
                pd.DataFrame(
                    {
                        "origin": "plan d'action",
                        "lever_code": a["lever_code"],
                        "title": a["title"],
                        "owner": [
                            o[0] if o else t
                            for o, t in zip(owners, _col(a, "territory_name"), strict=True)
                        ],
                        "authority_name": _col(a, "territory_name"),
                        "department_code": _col(a, "department_code"),
                        "description": _col(a, "expected_results").fillna(_col(a, "context")),
                        "estimated_cost_eur": a["_budget"],
                        "maturity": _col(a, "start_year").map(
                            lambda y: _plan_maturity(y, config)
                        ),
                        "source_file": _col(a, "source_file"),
                        "page": _col(a, "page"),
                    }
                )
            )
    frames = [f for f in frames if not f.empty]
    if not frames:
        return pd.DataFrame(columns=[c for c in EXEMPLARY_COLUMNS if c not in _MERGE_COLUMNS])
    return pd.concat(frames, ignore_index=True)


_MERGE_COLUMNS = ("origins", "sources", "n_sources")
_ORIGIN_ORDER = {"projet": 0, "questionnaire": 1, "plan d'action": 2}


def merge_projects(rows: pd.DataFrame, config: DiagnosticConfig) -> pd.DataFrame:
    """One project, one row: rows of the same authority and lever with close titles
    (``assets.diagnostic.matching``) are merged; the « Projets » row leads (title, owner, cost), the
    longest description is kept, and ``origins`` / ``sources`` / ``n_sources`` list what was
    merged (« origine : fichier »)."""
    if rows.empty:
        return rows.assign(origins=[], sources=[], n_sources=[])
    df = rows.reset_index(drop=True).copy()
    siren = _col(df, "siren").astype("string").str.strip()
    name = _col(df, "authority_name").map(lambda v: fold(v) if isinstance(v, str) else "")
    who = siren.where(siren.notna() & siren.ne(""), "nom:" + name.astype("string"))
    blocks = list(zip(who.fillna(""), df["lever_code"].fillna(""), strict=True))
    df["_group"] = mt.group_titles(df["title"].tolist(), config.title_similarity_min, blocks)
    df["_order"] = df["origin"].map(_ORIGIN_ORDER).fillna(3)
    df = df.sort_values(["_group", "_order"], kind="stable")
    records = []
    # most projects are cited once: a one-row group is its own row (no per-group selection)
    rows = df.to_dict("records")
    costs = pd.to_numeric(df["estimated_cost_eur"], errors="coerce").to_numpy(dtype=float)
    groups = df["_group"].to_numpy()
    starts = [i for i in range(len(df)) if i == 0 or groups[i] != groups[i - 1]] + [len(df)]
    for start, end in zip(starts, starts[1:], strict=False):
        if end - start == 1:
            lead = rows[start]
            lead["estimated_cost_eur"] = np.nan if np.isnan(costs[start]) else float(costs[start])
            lead["origins"] = [lead["origin"]]
            lead["sources"] = [f"{lead['origin']} : {lead['source_file']}"]
            lead["n_sources"] = 1
            records.append(lead)
            continue
        g = df.iloc[start:end]
        lead = g.iloc[0].to_dict()
        descriptions = [d for d in g["description"] if isinstance(d, str) and d.strip()]
        if descriptions:
            lead["description"] = max(descriptions, key=len)
        cost = pd.to_numeric(g["estimated_cost_eur"], errors="coerce").dropna()
        lead["estimated_cost_eur"] = float(cost.iloc[0]) if not cost.empty else np.nan
        lead["origins"] = list(dict.fromkeys(g["origin"]))
        lead["sources"] = list(
            dict.fromkeys(f"{o} : {f}" for o, f in zip(g["origin"], g["source_file"], strict=True))
        )
        lead["n_sources"] = len(g)
        records.append(lead)
    out = pd.DataFrame.from_records(records)
    out = out.sort_values("_group", kind="stable").drop(columns=["_group", "_order"])
    return out.reset_index(drop=True)


# ----------------------------------------------------------------------------- COP candidates

CANDIDATE_COLUMNS = [
    "region_code", "origin", "candidate_id", "title", "lever_code", "thematic",
    "priority_theme_rank", "owner", "other_actors", "maturity", "estimated_cost_eur", "calendar",
    "financing", "coherence_ok", "potential_ok", "progress_ok", "missing_fields",
    "department_code", "authority_name", "source_file", "page",
    "coherence_reason", "potential_reason", "progress_reason", "n_authorities_same_action",
    "criteria_met", "missing_criteria", "shortlisted", "shortlist_reason",
]  # fmt: skip

# Missing-field labels (French, as shown to the COP teams).
MISSING_OWNER, MISSING_OTHER, MISSING_CALENDAR = "porteur", "autre acteur", "calendrier"
MISSING_FINANCING, MISSING_COST, MISSING_LEVER, MISSING_MATURITY = (
    "financement", "coût estimé", "levier", "maturité"
)  # fmt: skip


def _calendar(start: object, end: object) -> str | None:
    s = None if pd.isna(start) else int(start)
    e = None if pd.isna(end) else int(end)
    if s and e and e != s:
        return f"{s}–{e}"
    if s:
        return str(s) if e == s else f"À partir de {s}"
    if e:
        return f"Jusqu'en {e}"
    return None


def cop_action_candidates(
    region_code: str,
    levers: pd.DataFrame,
    projects: pd.DataFrame | None,
    actions: pd.DataFrame | None,
    themes: pd.DataFrame | None,
    config: DiagnosticConfig | None = None,
) -> pd.DataFrame:
    """Candidate actions for the COP plan with the three inclusion criteria of seed 004.

    Rows: every questionnaire ``Projets`` row and every plan action that has a sheet
    (``has_body``). ``coherence_ok``: the lever is a priority theme of the region.
    ``potential_ok``: the lever has a 2030 target and (estimated cost ≥
    ``potential_cost_threshold_eur`` or ≥ ``replicable_min_territories`` territories already
    act on the lever). ``progress_ok``: a clear owner, at least one other actor, a calendar and
    known financing. ``missing_fields`` lists in French what a COP action sheet still lacks.
    Plan actions: owner = first owner, other actors = other owners + partners, cost and
    financing = total budget, maturity « Initié » once ``start_year`` ≤ reference year.
    """
    config = config or DiagnosticConfig()
    ref = _levers(levers).set_index("lever_code")
    year = config.reference_year or date.today().year
    act = _region(actions, region_code)
    proj = _region(projects, region_code)
    # Regional lever themes hold for every candidate; a département theme (issue 17) only for
    # the candidates of that département.
    theme_rank: dict[str, int] = {}
    dept_rank: dict[tuple[str, str], int] = {}
    if themes is not None and not themes.empty and "lever_code" in themes.columns:
        t = _region(themes, region_code).dropna(subset=["lever_code"]).sort_values("rank")
        scope = _col(t, "scope", "region").fillna("region")
        for k, v, sc, d in zip(
            t["lever_code"], t["rank"], scope, _col(t, "department_code"), strict=True
        ):
            if sc == "departement":
                dept_rank.setdefault((str(d), k), int(v))
            else:
                theme_rank.setdefault(k, int(v))
    rows: list[dict[str, Any]] = []
    for rec in proj.to_dict("records") if not proj.empty else []:
        funding = rec.get("funding_obtained")
        funding = (
            None
            if funding is None or pd.isna(funding) or not str(funding).strip()
            else str(funding)
        )
        rows.append(
            {
                "origin": "questionnaire",
                "candidate_id": f"projet:{rec.get('source_file')}:{rec.get('title')}",
                "title": rec.get("title"),
                "lever_code": rec.get("lever_code"),
                "owner": rec.get("owner") or rec.get("authority_name"),
                "other_actors": _as_list(rec.get("partners")),
                "maturity": rec.get("maturity"),
                "estimated_cost_eur": rec.get("estimated_cost_eur"),
                "calendar": rec.get("calendar"),
                "financing": funding,
                "department_code": rec.get("department_code"),
                "authority_name": rec.get("authority_name"),
                "source_file": rec.get("source_file"),
                "page": None,
            }
        )
    if not act.empty:
        body = _col(act, "has_body", True).fillna(True).astype(bool)
        for rec in act[body].to_dict("records"):
            owners = _as_list(rec.get("owners"))
            others = [o for o in owners[1:] + _as_list(rec.get("partners")) if o not in owners[:1]]
            budget = pd.to_numeric(rec.get("total_budget_eur"), errors="coerce")
            start = rec.get("start_year")
            maturity = None
            if start is not None and not pd.isna(start):
                maturity = MATURITY_STARTED if int(start) <= year else MATURITY_TO_START
            rows.append(
                {
                    "origin": "plan d'action",
                    "candidate_id": f"action:{rec.get('action_id')}",
                    "title": rec.get("title"),
                    "lever_code": rec.get("lever_code"),
                    "owner": owners[0] if owners else None,
                    "other_actors": list(dict.fromkeys(others)),
                    "maturity": maturity,
                    "estimated_cost_eur": budget,
                    "calendar": _calendar(rec.get("start_year"), rec.get("end_year")),
                    "financing": None
                    if pd.isna(budget)
                    else f"Budget prévu : {fr_euros(float(budget))}",
                    "department_code": rec.get("department_code"),
                    "authority_name": rec.get("territory_name"),
                    "source_file": rec.get("source_file"),
                    "page": rec.get("page"),
                }
            )
    if not rows:
        return pd.DataFrame(columns=CANDIDATE_COLUMNS)
    out = pd.DataFrame.from_records(rows)
    out["region_code"] = str(region_code)
    out["estimated_cost_eur"] = pd.to_numeric(out["estimated_cost_eur"], errors="coerce")
    lever = out["lever_code"].where(out["lever_code"].notna(), None)
    out["thematic"] = lever.map(lambda c: ref["thematic"].get(c) if c in ref.index else None)
    regional_rank = lever.map(theme_rank)
    local_rank = pd.Series(
        [
            dept_rank.get((str(d), c)) if isinstance(c, str) else None
            for d, c in zip(_col(out, "department_code"), lever, strict=True)
        ],
        index=out.index,
        dtype=object,
    )
    out["priority_theme_rank"] = (
        pd.to_numeric(regional_rank, errors="coerce")
        .fillna(pd.to_numeric(local_rank, errors="coerce"))
        .astype("Int64")
    )
    out["_dept_theme"] = regional_rank.isna() & out["priority_theme_rank"].notna()
    out["coherence_ok"] = out["priority_theme_rank"].notna()
    has_target = lever.map(lambda c: c in ref.index and _has_target(ref.at[c, "target_2030"]))
    big = out["estimated_cost_eur"] >= config.potential_cost_threshold_eur
    out["n_authorities_same_action"] = _same_action_authorities(out, config)
    replicable = out["n_authorities_same_action"] >= config.replicable_min_territories
    out["potential_ok"] = has_target.astype(bool) & (big | replicable)

    def filled(value: object) -> bool:
        return (
            value is not None
            and not (isinstance(value, float) and math.isnan(value))
            and bool(str(value).strip())
        )

    missing: list[list[str]] = []
    progress: list[bool] = []
    for rec in out.to_dict("records"):
        m = []
        if not filled(rec["owner"]):
            m.append(MISSING_OWNER)
        if not rec["other_actors"]:
            m.append(MISSING_OTHER)
        if not filled(rec["calendar"]):
            m.append(MISSING_CALENDAR)
        if not financing_identified(rec["financing"]):
            m.append(MISSING_FINANCING)
        progress.append(not m)
        if not filled(rec["estimated_cost_eur"]):
            m.append(MISSING_COST)
        if not filled(rec["lever_code"]):
            m.append(MISSING_LEVER)
        if not filled(rec["maturity"]):
            m.append(MISSING_MATURITY)
        missing.append(m)
    out["progress_ok"] = progress
    out["missing_fields"] = missing
    out = _criteria_reasons(out, ref, config)
    out["page"] = pd.to_numeric(out["page"], errors="coerce").astype("Int64")
    for column in ("title", "owner"):
        out[column] = out[column].map(_redact)
    from assets.diagnostic.shortlists import shortlist_candidates

    out = shortlist_candidates(out, config)
    return out[CANDIDATE_COLUMNS].reset_index(drop=True)


# Financing that is not identified (seed 004: « sources possibles de financement »).
_NO_FINANCING_RE = re.compile(
    r"^(?:non\b|aucun|pas\s+(?:de|encore)|sans\b|a\s+(?:definir|preciser|determiner|rechercher"
    r"|trouver|financer)|en\s+(?:recherche|cours\s+de\s+recherche|attente)|nc\b|n/?c\b"
    r"|nr\b|inconnu|non\s+(?:connu|identifie|defini)|\?|-+$|0\b)"
)


def financing_identified(value: object) -> bool:
    """« Oui », « Partiel », « DSIL 40 % », « Budget prévu : 250 k€ » are identified; empty,
    « Non », « à définir », « 0 € » / « Budget prévu : 0 € » are not."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return False
    text = str(value).strip()
    if not text:
        return False
    loose = fold(text)
    loose = re.sub(r"^(?:budget\s+prevu|financement|montant)\s*:?\s*", "", loose)
    if _NO_FINANCING_RE.match(loose):
        return False
    from sources.values import parse_resources

    amount = parse_resources(loose).budget_eur
    return not (amount is not None and amount == 0 and re.search(r"\d", loose))


def _same_action_authorities(out: pd.DataFrame, config: DiagnosticConfig) -> pd.Series:
    """Per candidate: distinct authorities proposing the same or a close action (titles matching
    it directly, ``assets.diagnostic.matching``, across projects and plan actions, whatever the lever)."""
    who = _col(out, "authority_name").map(lambda v: fold(v) if isinstance(v, str) else None)
    who = who.fillna(_col(out, "owner").map(lambda v: fold(v) if isinstance(v, str) else None))
    counts = mt.same_action_counts(out["title"].tolist(), who.tolist(), config.title_similarity_min)
    return pd.Series(counts, index=out.index, dtype=int)


def _criteria_reasons(
    out: pd.DataFrame, ref: pd.DataFrame, config: DiagnosticConfig
) -> pd.DataFrame:
    """One French sentence per criterion, beside its flag, saying what decided it."""
    coherence, potential, progress = [], [], []
    threshold = fr_euros(config.potential_cost_threshold_eur)
    for rec in out.to_dict("records"):
        code = rec["lever_code"] if isinstance(rec["lever_code"], str) else None
        label = ref["label"].get(code) if code in ref.index else None
        rank = rec["priority_theme_rank"]
        if code is None:
            coherence.append(
                "Levier non identifié : l'action ne peut pas être reliée à un thème prioritaire."
            )
        elif pd.notna(rank):
            coherence.append(
                f"Levier « {label or code} » : thème prioritaire n° {int(rank)} "
                + (
                    f"du département {rec.get('department_code')}."
                    if rec.get("_dept_theme")
                    else "de la région."
                )
            )
        else:
            coherence.append(
                f"Le levier « {label or code} » ne figure pas parmi les thèmes prioritaires de la région."
            )
        target = ref["target_2030"].get(code) if code in ref.index else None
        n_same = int(rec["n_authorities_same_action"])
        cost = rec["estimated_cost_eur"]
        if code is None:
            potential.append(
                "Levier non identifié : pas de cible 2030 à laquelle rapporter l'action."
            )
        elif not _has_target(target):
            what = (
                f" (« {str(target).strip()} »)"
                if isinstance(target, str) and target.strip()
                else ""
            )
            potential.append(
                f"Le levier n'a pas de cible 2030 propre{what} : potentiel non établi."
            )
        else:
            parts = []
            if pd.notna(cost) and cost >= config.potential_cost_threshold_eur:
                parts.append(f"coût estimé {fr_euros(float(cost))} ≥ {threshold}")
            if n_same >= config.replicable_min_territories:
                parts.append(
                    f"action identique ou proche proposée par {n_same} collectivités (réplicable)"
                )
            if parts:
                potential.append(f"Levier doté d'une cible 2030 ; {' et '.join(parts)}.")
            else:
                cost_text = (
                    "coût inconnu"
                    if pd.isna(cost)
                    else f"coût estimé {fr_euros(float(cost))} < {threshold}"
                )
                potential.append(
                    f"Levier doté d'une cible 2030 mais {cost_text} et action proposée par une "
                    f"seule collectivité (moins de {config.replicable_min_territories})."
                )
        lacking = [
            m for m in rec["missing_fields"]
            if m in (MISSING_OWNER, MISSING_OTHER, MISSING_CALENDAR, MISSING_FINANCING)
        ]  # fmt: skip
        if not lacking:
            progress.append(
                f"Porteur ({rec['owner']}), autre acteur, calendrier ({rec['calendar']}) et "
                f"financement ({rec['financing']}) identifiés."
            )
        else:
            detail = []
            for m in lacking:
                if (
                    m == MISSING_FINANCING
                    and isinstance(rec["financing"], str)
                    and rec["financing"].strip()
                ):
                    detail.append(
                        f"financement (« {rec['financing'].strip()} » n'est pas un financement identifié)"
                    )
                else:
                    detail.append(m)
            progress.append("Manque : " + ", ".join(detail) + ".")
    out["coherence_reason"], out["potential_reason"], out["progress_reason"] = (
        coherence, potential, progress,
    )  # fmt: skip
    return out


def thematic_label(code: str | None) -> str:
    """« Se loger » for ``se_loger``; the code itself when unknown."""
    if code == TRANSVERSE:
        return "Transverse"
    return THEMATICS.get(code or "", code or "")
