"""Lever answers and projects of a questionnaire, correlated by lever theme.

Mobility, waste and renovation are mostly relevant and deployed, freight and industry rarely
relevant, agriculture relevant but little deployed: the diagnostic has a signal to find.
"""

from __future__ import annotations

import random
from typing import Any

from sources.reference import (
    levers,
)

# --------------------------------------------------------------------------- answers

# (mean relevance 0-4, mean deployment 0-3) by lever family (code prefix)
THEME_PROFILES: dict[str, tuple[float, float]] = {
    "voyageurs": (3.1, 1.8),
    "marchandises": (1.1, 0.4),
    "batiments": (3.3, 2.0),
    "energie": (2.8, 1.5),
    "industrie": (0.9, 0.3),
    "dechets": (3.1, 2.2),
    "agriculture": (2.9, 0.6),
    "alimentation": (2.7, 1.3),
    "eau": (2.8, 1.0),
}
_RELEVANCE_BY_SCORE = ("Nulle", "Faible", "Moyenne", "Forte", "Très forte")
_DEPLOYMENT_BY_SCORE = ("Non", "En projet", "Oui, ponctuellement", "Oui, à grande échelle")
TYPED_RELEVANCE = {
    "Très forte": ("très forte", "Tres forte", "TRÈS FORTE ", "4 - Très forte", "Très  forte"),
    "Forte": ("forte", "FORTE ", "3 - Forte", "Fort"),
    "Moyenne": ("moyenne", "Moyen", "2 - Moyenne"),
    "Faible": ("faible", "Faible ", "1 - Faible"),
    "Nulle": ("non concerné", "Nulle ", "nul"),
    "Ne sait pas": ("NSP", "?", "ne sais pas"),
}
TYPED_DEPLOYMENT = {
    "Oui, à grande échelle": ("oui, grande échelle", "Oui à grande échelle"),
    "Oui, ponctuellement": ("oui", "ponctuellement", "Oui ponctuellement"),
    "En projet": ("en projet", "prévu", "En Projet"),
    "Non": ("non", "NON "),
    "Ne sait pas": ("nsp", "Ne sais pas"),
}
_ACTIONS = {
    "voyageurs": (
        "Schéma directeur cyclable adopté, {n} km d'aménagements prévus d'ici 2027",
        "Aire de covoiturage aménagée près de l'échangeur, ligne de covoiturage en test",
        "Plan de mobilité simplifié en cours d'élaboration",
        "Transport à la demande étendu à l'ensemble du territoire",
        "Bornes de recharge installées sur {n} parkings publics",
    ),
    "marchandises": (
        "Réflexion sur un centre de distribution urbaine",
        "Étude d'opportunité d'un embranchement ferroviaire de la zone d'activités",
    ),
    "batiments": (
        "Plateforme de rénovation énergétique (guichet France Rénov') ouverte",
        "Rénovation de {n} bâtiments communaux (écoles, salle des fêtes)",
        "OPAH avec volet énergie, {n} logements accompagnés",
        "Remplacement des chaudières fioul des bâtiments publics par des pompes à chaleur",
    ),
    "energie": (
        "Cadastre solaire et centrales photovoltaïques sur toitures publiques",
        "Projet de méthaniseur agricole accompagné",
        "Étude de faisabilité d'un réseau de chaleur bois",
    ),
    "industrie": ("Club d'entreprises de la zone d'activités sur la sobriété énergétique",),
    "dechets": (
        "Extension des consignes de tri et collecte des biodéchets",
        "Ressourcerie ouverte avec une association d'insertion",
        "Tarification incitative mise en place",
    ),
    "agriculture": (
        "Programme de plantation de haies avec la chambre d'agriculture ({n} km)",
        "Révision du PLUi pour limiter l'artificialisation",
        "Paiements pour services environnementaux en discussion",
    ),
    "alimentation": (
        "Projet alimentaire territorial (PAT) labellisé",
        "Restauration scolaire : {n} % de produits durables dont bio",
    ),
    "eau": (
        "Désimperméabilisation des cours d'école",
        "Récupération des eaux de pluie dans les bâtiments communaux",
        "Animation sur les aires d'alimentation de captage",
    ),
}
_BLOCKERS = (
    "Manque d'ingénierie en interne",
    "Coût des travaux et reste à charge trop élevé",
    "Foncier disponible limité",
    "Acceptabilité locale des projets",
    "Délais d'instruction des subventions",
    "Manque de données pour objectiver les besoins",
    "Compétence exercée par une autre collectivité",
    "Difficulté à mobiliser les acteurs privés",
)
_NEEDS = (
    "Appui technique pour le montage des dossiers de financement",
    "Accompagnement à la définition d'une stratégie",
    "Mise en réseau avec d'autres collectivités",
    "Données territorialisées (consommations, émissions)",
    "Formation des élus et des agents",
    "Ingénierie financière (tiers-financement, contrats de performance)",
)
_EXEMPLARY = {
    "voyageurs": "Vélo-route {area} reliant les gares",
    "batiments": "Rénovation BBC du groupe scolaire",
    "energie": "Centrale solaire citoyenne sur l'ancienne décharge",
    "dechets": "Recyclerie intercommunale",
    "agriculture": "Plantation de haies bocagères avec les agriculteurs",
    "alimentation": "Légumerie intercommunale pour la restauration collective",
    "eau": "Cour d'école Oasis désimperméabilisée",
}
_PARTNERS = (
    "ADEME",
    "Région",
    "CAUE",
    "Chambre d'agriculture",
    "Département",
    "Agence de l'eau",
    "Banque des Territoires",
    "SNCF Réseau",
    "associations locales",
)


def _clip(value: float, low: int, high: int) -> int:
    return max(low, min(high, round(value)))


def generate_answers(rng: random.Random, engagement: float, area: str) -> list[dict[str, Any]]:
    """One authority's 47 answers, correlated with the lever theme and its engagement."""
    answers = []
    for lever in levers():
        family = lever.code.split(".")[0]
        rel_mean, dep_mean = THEME_PROFILES.get(family, (2.0, 1.0))
        roll = rng.random()
        if roll < 0.06:
            answers.append({"code": lever.code})  # left blank
            continue
        rel_score = _clip(rng.gauss(rel_mean + engagement * 0.4, 0.8), 0, 4)
        relevance = "Ne sait pas" if roll < 0.1 else _RELEVANCE_BY_SCORE[rel_score]
        dep_base = dep_mean + engagement * 0.5 - (1.0 if rel_score <= 1 else 0.0)
        dep_score = _clip(rng.gauss(dep_base, 0.7), 0, 3)
        deployment = "Ne sait pas" if rng.random() < 0.04 else _DEPLOYMENT_BY_SCORE[dep_score]
        answer: dict[str, Any] = {
            "code": lever.code,
            "relevance": relevance,
            "deployment": deployment,
        }
        if dep_score >= 1 and family in _ACTIONS and rng.random() < 0.7:
            answer["actions"] = rng.choice(_ACTIONS[family]).format(n=rng.randint(2, 40))
        if rel_score >= 2 and rng.random() < 0.45:
            answer["blockers"] = "; ".join(rng.sample(_BLOCKERS, rng.randint(1, 2)))
        if rel_score >= 3 and rng.random() < 0.35:
            answer["needs"] = rng.choice(_NEEDS)
        if dep_score >= 2 and family in _EXEMPLARY and rng.random() < 0.12:
            # only on the lever the exemplary project is about (hedges under « haies »)
            if lever.code == _PROJECTS[family][0]:
                answer["exemplary"] = _EXEMPLARY[family].format(area=area)
        answers.append(answer)
    return answers


# One coherent project per family: its lever and descriptions say the same thing as its title.
_PROJECTS: dict[str, tuple[str, tuple[str, ...]]] = {
    "voyageurs": (
        "voyageurs.velo",
        (
            "Itinéraire cyclable continu de {n} km entre les gares et les bourgs",
            "Piste cyclable sécurisée et stationnements vélos aux gares ({n} arceaux)",
        ),
    ),
    "batiments": (
        "batiments.renovation_tertiaire",
        (
            "Isolation des murs et des combles de l'école, menuiseries remplacées ({n} classes)",
            "Rénovation globale du groupe scolaire : isolation, ventilation, {n} % d'économie visés",
        ),
    ),
    "energie": (
        "energie.electricite_renouvelable",
        (
            "Centrale photovoltaïque au sol de {n} MWc portée par une société citoyenne",
            "Panneaux photovoltaïques sur l'ancienne décharge, {n} % du capital aux habitants",
        ),
    ),
    "dechets": (
        "dechets.prevention",
        (
            "Ressourcerie : réemploi et réparation des objets, {n} tonnes évitées par an",
            "Recyclerie avec atelier de réparation et boutique de seconde main ({n} bénévoles)",
        ),
    ),
    "agriculture": (
        "agriculture.haies",
        (
            "Programme de plantation de haies avec la chambre d'agriculture ({n} km)",
            "Replantation de {n} km de haies bocagères en bordure de parcelles",
        ),
    ),
    "alimentation": (
        "alimentation.egalim",
        (
            "Légumes locaux épluchés pour les cantines : {n} % de produits durables dont bio",
            "Approvisionnement de la restauration collective en produits locaux ({n} repas/jour)",
        ),
    ),
    "eau": (
        "eau.desimpermeabilisation",
        (
            "Cour d'école désimperméabilisée et végétalisée ({n} m² d'enrobé retirés)",
            "Enrobé de la cour remplacé par des sols perméables et des arbres ({n} m²)",
        ),
    ),
}


def _project_lever_text(code: str, index: int) -> str:
    """How the demo writes a project's lever: the drop-down label, or the 2025 SGPE name
    (both accepted by the reader), alternately."""
    from sources.levers.crosswalk import labels_2025

    lever = next(lever for lever in levers() if lever.code == code)
    names_2025 = labels_2025(code)
    return names_2025[0] if index % 2 and names_2025 else lever.label


def generate_projects(rng: random.Random, owner: str, area: str) -> list[dict[str, Any]]:
    """0-3 rows of the Projets sheet, with costs written the many ways people write them.

    Title, lever and description agree (_PROJECTS); the random draws are the same as before
    so the rest of the demo corpus does not move.
    """
    projects = []
    families = [f for f in _EXEMPLARY if f in THEME_PROFILES]
    costs = ("150 000 €", "15 k€", 250000, "1,2 M€", "80000", "env. 45 000 € HT", None)
    for family in rng.sample(families, rng.randint(0, 3)):
        code, descriptions = _PROJECTS[family]
        drawn = _ACTIONS[family].index(rng.choice(_ACTIONS[family]))
        description = descriptions[drawn % len(descriptions)].format(n=rng.randint(2, 30))
        projects.append(
            {
                "title": _EXEMPLARY[family].format(area=area),
                "lever": _project_lever_text(code, len(projects)),
                "description": description,
                "owner": owner,
                "partners": ", ".join(rng.sample(_PARTNERS, rng.randint(1, 3))),
                "cost": rng.choice(costs),
                "calendar": rng.choice(("2024-2026", "2025", "2025-2027", "à partir de 2026")),
                "maturity": rng.choice(("Initié", "En conception", "À initier", "en cours")),
                "funding": rng.choice(("Oui", "Non", "Partiel", "partiellement")),
                "engineering": rng.choice(
                    ("Assistance à maîtrise d'ouvrage", "Étude de faisabilité", None)
                ),
                "indicators": rng.choice(("km réalisés", "tonnes évitées", "MWh produits", None)),
            }
        )
    return projects
