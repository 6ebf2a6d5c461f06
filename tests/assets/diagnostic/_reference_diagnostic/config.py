"""Every threshold and weight of the diagnostic, and its fixed French labels (family names,
actionable theme title per lever), so the published figures can be reproduced.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any


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
    # Shortlists (tests.assets.diagnostic._reference_diagnostic.shortlists): exemplary projects per lever / département / in all,
    # COP candidates per priority theme and the minimum number of criteria met (of 3).
    shortlist_projects_per_lever: int = 2
    shortlist_projects_per_department: int = 4
    shortlist_projects_max: int = 30
    shortlist_candidates_per_theme: int = 3
    shortlist_candidates_min_criteria: int = 2
    # Themes from free text (tests.assets.diagnostic._reference_diagnostic.text_themes): a blocker/need category cited by at least
    # this many authorities becomes a cross-cutting theme (at most max_cross_cutting_themes).
    text_theme_min_authorities: int = 3
    max_cross_cutting_themes: int = 3
    # Département themes: a lever scored on one département's data, not a regional theme,
    # at least theme_min_score and this many points above its regional score.
    department_theme_min_gap: float = 15.0
    max_department_themes: int = 2
    # Year used to call a plan action "Initié" (started) vs "À initier"; None = today.
    reference_year: int | None = None
    # Bases and uncertainty (tests.assets.diagnostic._reference_diagnostic.statistics): under this many scored answers a figure is
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
