"""Deterministic demo questionnaires and recipients list, with real-world messiness.

Everything is driven by a ``random.Random`` so a seed gives the same inbox. Answers are
correlated by lever theme (mobility, waste and renovation mostly relevant and deployed,
freight and industry rarely relevant, agriculture relevant but little deployed) so the
diagnostic has a signal to find. The messy variants of the spec ("What real returned files
look like") are spread over the files; :func:`write_questionnaire` builds any single variant
for tests. Respondent names and e-mails are fake but realistic: they exercise the rule that
personal data is never published.
"""

from __future__ import annotations

import datetime as dt
import io
import random
import re
import unicodedata
import zipfile
from dataclasses import dataclass, field
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font

from sources.questionnaire.template import IDENTIFICATION_LABELS, LEVER_HEADERS, PROJECT_HEADERS
from sources.reference import (
    Lever,
    departement_by_code,
    departements_of_region,
    levers,
    region_by_code,
)

LEVER_FIELDS = (
    "code",
    "theme",
    "label",
    "relevance",
    "deployment",
    "actions",
    "blockers",
    "needs",
    "exemplary",
)
PROJECT_FIELDS = (
    "title",
    "lever",
    "description",
    "owner",
    "partners",
    "cost",
    "calendar",
    "maturity",
    "funding",
    "engineering",
    "indicators",
)
IDENTIFICATION_FIELDS = (
    "authority_name",
    "authority_type",
    "siren",
    "department",
    "region",
    "respondent_name",
    "respondent_function",
    "respondent_email",
    "submitted_on",
)
RELABELLED_HEADERS = {
    "code": "CODE LEVIER",
    "theme": "Thématique",
    "label": "Levier SGPE",
    "relevance": "PERTINENCE de l'action\nterritoriale",
    "deployment": "Actions engagées ?",
    "actions": "Actions  menées / prévues",
    "blockers": "Freins",
    "needs": "Besoins d’accompagnement",
    "exemplary": "Projets exemplaires",
}


@dataclass
class Messiness:
    """How a returned file departs from the canonical layout (all off = canonical)."""

    title_rows: int = 0  # title lines above the Leviers header
    drop_code: bool = False  # "Code levier" column deleted
    empty_code: bool = False  # column kept, codes erased
    reorder: bool = False  # columns in another order
    relabel: bool = False  # headers retyped (case, accents, line breaks, synonyms)
    extra_columns: bool = False  # "N°" and "Commentaire" columns added
    typed_answers: bool = False  # answers typed instead of picked
    siren_style: str = "text"  # text | spaces | float
    department_style: str = "code"  # code | name | paren | lower | number
    hidden_identification: bool = False  # Identification sheet hidden (still to be read)
    lever_sheet_name: str = "Leviers"
    formulas: bool = False  # formulas with cached values
    formula_without_value: bool = False  # a formula saved without its cached value
    merged_cells: bool = False  # merged title and theme cells
    empty_rows: bool = False  # blank rows between themes
    file_format: str = "xlsx"  # xlsx | xlsm | csv | csv-cp1252


@dataclass
class QuestionnaireSpec:
    """Content of one returned questionnaire, as typed by the respondent."""

    identification: dict[str, Any]
    answers: list[dict[str, Any]]  # keys among LEVER_FIELDS; "code" required
    projects: list[dict[str, Any]] = field(default_factory=list)
    messiness: Messiness = field(default_factory=Messiness)


# --------------------------------------------------------------------------- helpers


def slugify(text: str) -> str:
    """ASCII slug for file names and e-mail domains."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def luhn_siren(prefix8: str) -> str:
    """Complete 8 digits into a checksum-valid SIREN (Luhn, as python-stdnum checks it)."""
    for check in "0123456789":
        digits = prefix8 + check
        total = 0
        for index, char in enumerate(reversed(digits)):
            value = int(char) * (2 if index % 2 else 1)
            total += value - 9 if value > 9 else value
        if total % 10 == 0:
            return digits
    raise AssertionError("unreachable")


def _departments(region_code: str) -> list[tuple[str, str]]:
    names = departement_by_code()
    codes = departements_of_region(region_code)
    return [(code, names[code].name) for code in codes] or [("00", "Département inconnu")]


def _de(name: str) -> str:
    """French 'de' contraction: du Nord, de la Somme, de l'Aisne, des Yvelines, de Paris."""
    plural = {"Yvelines", "Landes", "Vosges", "Ardennes", "Hautes-Alpes", "Hautes-Pyrénées"}
    plural |= {"Bouches-du-Rhône", "Côtes-d'Armor", "Deux-Sèvres", "Pyrénées-Atlantiques"}
    plural |= {
        "Pyrénées-Orientales",
        "Alpes-Maritimes",
        "Hauts-de-Seine",
        "Alpes-de-Haute-Provence",
    }
    feminine = {"Somme", "Manche", "Marne", "Meuse", "Moselle", "Sarthe", "Mayenne", "Vienne"}
    feminine |= {"Loire", "Gironde", "Charente", "Corrèze", "Creuse", "Dordogne", "Drôme"}
    feminine |= {"Haute-Garonne", "Haute-Loire", "Haute-Marne", "Haute-Saône", "Haute-Savoie"}
    feminine |= {"Haute-Vienne", "Haute-Corse", "Lozère", "Nièvre", "Savoie", "Vendée", "Réunion"}
    feminine |= {"Seine-Maritime", "Seine-Saint-Denis", "Seine-et-Marne", "Guyane", "Martinique"}
    feminine |= {
        "Guadeloupe",
        "Côte-d'Or",
        "Corse-du-Sud",
        "Charente-Maritime",
        "Meurthe-et-Moselle",
    }
    feminine |= {"Saône-et-Loire", "Loire-Atlantique", "Haute-Corse"}
    if name in plural:
        return f"des {name}"
    if name[0] in "AEIOUYÉÈÎ":
        return f"de l'{name}"
    if name in feminine:
        return f"de la {name}"
    if name in {"Paris", "Mayotte"}:
        return f"de {name}"
    return f"du {name}"


_ROOTS = (
    "Beaumont",
    "Villeneuve",
    "Montigny",
    "Fontaine",
    "Bois",
    "Mont",
    "Val",
    "Roche",
    "Blanc",
    "Pont",
    "Champ",
    "Saulx",
    "Vaux",
    "Marcq",
    "Haute",
    "Neuville",
    "Fresnoy",
    "Hautmont",
    "Berck",
    "Estrées",
    "Rivière",
    "Clairmarais",
    "Audincourt",
    "Lannoy",
    "Mareuil",
    "Crécy",
    "Aubigny",
    "Ronchin",
    "Verneuil",
    "Gerberoy",
    "Hesdin",
    "Coulommiers",
    "Lisle",
    "Sorel",
)
_SUFFIXES = (
    "",
    "",
    "",
    "-sur-Lys",
    "-en-Bray",
    "-le-Château",
    "-les-Bains",
    "-sur-Mer",
    "-la-Forêt",
    "-Saint-Martin",
    "-sur-Aa",
    "-en-Thiérache",
    "-le-Vieil",
    "-sous-Bois",
    "-aux-Bois",
)
_AREAS = (
    "du Haut Bocage",
    "du Val de Lys",
    "des Trois Rivières",
    "du Pays de Bray",
    "du Plateau Picard",
    "de la Vallée de l'Authie",
    "des Monts de Flandre",
    "du Pays de Thiérache",
    "des Deux Caps",
    "du Marais Audomarois",
    "du Sud Artois",
    "de la Pévèle",
    "du Vimeu",
    "du Pays de Lumbres",
    "de la Haute Somme",
    "du Clermontois",
    "du Ternois",
    "de l'Avesnois",
    "du Santerre",
    "du Pays Noyonnais",
    "du Coeur d'Ostrevent",
    "de Canche et Authie",
    "du Bocage Bessin",
    "des Portes de l'Oise",
    "du Val de Sambre",
    "de la Côte d'Opale Sud",
    "du Pays des Sept Vallées",
    "des Hauts de Flandre",
    "du Grand Laonnois",
    "de la Vallée de la Bresle",
    "du Pays de Valois",
    "du Liancourtois",
)
_FIRST = (
    "Camille",
    "Julien",
    "Sophie",
    "Thomas",
    "Claire",
    "Nicolas",
    "Isabelle",
    "Mathieu",
    "Aurélie",
    "Sébastien",
    "Nathalie",
    "Olivier",
    "Émilie",
    "François",
    "Hélène",
    "Benoît",
    "Céline",
    "Guillaume",
    "Anne-Sophie",
    "Jean-Marc",
    "Laëtitia",
    "Pierre",
    "Élodie",
    "Yann",
)
_LAST = (
    "Martin",
    "Bernard",
    "Dubois",
    "Lefebvre",
    "Leroy",
    "Moreau",
    "Fournier",
    "Girard",
    "Lambert",
    "Bonnet",
    "Dupont",
    "Caron",
    "Delattre",
    "Vasseur",
    "Lemaire",
    "Dufour",
    "Deschamps",
    "Lecomte",
    "Carpentier",
    "Duhamel",
    "Vandenberghe",
    "Decool",
    "Hennebelle",
)
_FUNCTIONS = (
    "Chargée de mission transition écologique",
    "Chargé de mission climat-énergie",
    "Directeur général des services",
    "Responsable du service environnement",
    "Secrétaire de mairie",
    "Maire",
    "Vice-président en charge de la transition écologique",
    "Directrice de l'aménagement et du développement durable",
)


_EPCI_FORMS = (
    "Communauté de communes {a}",
    "Communauté de communes {a}",
    "Communauté d'agglomération {a}",
    "Communauté urbaine {a}",
)


def _area_of(name: str) -> str:
    """``Communauté urbaine du Vimeu`` → ``du Vimeu``."""
    match = re.search(r" (du|de la|de l'|des|de) (?!communes).*$", name)
    return match.group(0).strip() if match else f"de {name}"


def _bare(area: str) -> str:
    """``du Haut Bocage`` → ``Haut Bocage`` (for slugs)."""
    return re.sub(r"^(du|de la|de l'|des|de) ", "", area)


def _unique(rng: random.Random, make: Any, used: set[str]) -> str:
    for _ in range(200):
        name = make()
        if name not in used:
            used.add(name)
            return name
    name = f"{make()} {len(used)}"
    used.add(name)
    return name


def generate_recipients(rng: random.Random, region_code: str, n: int) -> list[dict]:
    """``n`` authorities of the region with checksum-valid, unique SIRENs.

    Keys: siren, name, type, department_code, contact_email (what the region's list holds).
    """
    departments = _departments(region_code)
    used_names: set[str] = set()
    used_sirens: set[str] = set()
    out: list[dict] = []

    def siren(prefix: str) -> str:
        while True:
            digits = (prefix + "".join(rng.choice("0123456789") for _ in range(8)))[:8]
            value = luhn_siren(digits)
            if value not in used_sirens:
                used_sirens.add(value)
                return value

    def dept_digits(code: str) -> str:
        return code.replace("2A", "20").replace("2B", "20")[:2]

    for code, name in departments[: max(1, n // 12)]:
        used_names.add(name)
        out.append(
            {
                "siren": siren("22" + dept_digits(code) + "000"),
                "name": f"Département {_de(name)}",
                "type": "Département",
                "department_code": code,
                "contact_email": f"transition.ecologique@{slugify(name)}.fr",
            }
        )
    kinds = ["Commune"] * 50 + ["EPCI"] * 30 + ["Syndicat"] * 12 + ["PNR"] * 3
    while len(out) < n:
        kind = rng.choice(kinds)
        code, dept_name = rng.choice(departments)
        if kind == "Commune":
            name = _unique(rng, lambda: rng.choice(_ROOTS) + rng.choice(_SUFFIXES), used_names)
            full, email = name, f"mairie@{slugify(name)}.fr"
            number = siren("21" + dept_digits(code))
        elif kind == "EPCI":
            full = _unique(
                rng, lambda: rng.choice(_EPCI_FORMS).format(a=rng.choice(_AREAS)), used_names
            )
            area = _area_of(full)
            prefix = "cc" if "communes" in full else "agglo" if "agglo" in full else "cu"
            email = f"contact@{prefix}-{slugify(_bare(area))}.fr"
            number = siren("200" + str(rng.randint(0, 9)))
        elif kind == "Syndicat":
            area = rng.choice(_AREAS)
            full = _unique(
                rng,
                lambda area=area, dept_name=dept_name: rng.choice(
                    (
                        f"Syndicat mixte du SCoT {area}",
                        f"SIVOM {area}",
                        f"Syndicat départemental d'énergie {_de(dept_name)}",
                        f"Syndicat mixte de traitement des déchets {area}",
                        f"PETR {area}",
                    )
                ),
                used_names,
            )
            email = f"accueil@{slugify(full)[:30].strip('-')}.fr"
            number = siren("25" + dept_digits(code))
        else:
            area = rng.choice(_AREAS)
            full = _unique(rng, lambda area=area: f"Parc naturel régional {area}", used_names)
            email = f"contact@parc-{slugify(_bare(area))}.fr"
            number = siren("25" + dept_digits(code) + "9")
        out.append(
            {
                "siren": number,
                "name": full,
                "type": kind,
                "department_code": code,
                "contact_email": email,
            }
        )
    return out[:n]


def write_recipients_xlsx(recipients: list[dict]) -> bytes:
    """The region's recipients list, with a title row above the header (as people do)."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Destinataires"
    ws["A1"] = "Liste des destinataires du questionnaire de pré-diagnostic COP"
    ws["A1"].font = Font(bold=True)
    headers = ("SIREN", "Nom", "Type", "Département", "Courriel de contact")
    for col, title in enumerate(headers, start=1):
        ws.cell(3, col, title).font = Font(bold=True)
    for row, item in enumerate(recipients, start=4):
        values = (
            item["siren"],
            item["name"],
            item["type"],
            item["department_code"],
            item["contact_email"],
        )
        for col, value in enumerate(values, start=1):
            ws.cell(row, col, value)
    for letter, width in zip("ABCDE", (14, 55, 14, 12, 40), strict=True):
        ws.column_dimensions[letter].width = width
    return _save(wb)


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


# --------------------------------------------------------------------------- writer


_FIXED_TIME = dt.datetime(2024, 1, 2, 9, 0, 0)


def _save(wb: Workbook) -> bytes:
    """Save with fixed document and zip timestamps: same seed, same bytes (same sha256)."""
    wb.properties.created = wb.properties.modified = _FIXED_TIME
    buffer = io.BytesIO()
    wb.save(buffer)
    return _repack(buffer.getvalue(), {})


def _repack(
    payload: bytes, replace: dict[str, bytes], extra: dict[str, bytes] | None = None
) -> bytes:
    """Rewrite a zip with fixed member timestamps, replacing/adding some members."""
    source = zipfile.ZipFile(io.BytesIO(payload))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        members = [(info.filename, source.read(info)) for info in source.infolist()]
        members += list((extra or {}).items())
        for name, content in members:
            if name == "docProps/core.xml":  # openpyxl stamps "modified" with the save time
                content = re.sub(
                    rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                    rb"\g<1>2024-01-02T09:00:00Z\g<2>",
                    content,
                )
            info = zipfile.ZipInfo(name, date_time=_FIXED_TIME.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(info, replace.get(name, content))
    return out.getvalue()


def _siren_cell(siren: Any, style: str) -> Any:
    text = str(siren or "")
    if style == "spaces" and len(text) == 9:
        return f"{text[:3]} {text[3:6]} {text[6:]}"
    if style == "float" and text.isdigit():
        return float(text)
    return text or None


def _department_cell(code: Any, style: str) -> Any:
    names = {c: d.name for c, d in departement_by_code().items()}
    code = str(code or "")
    if style == "name":
        return names.get(code, code)
    if style == "paren":
        return f"{names.get(code, code)} ({code})"
    if style == "lower":
        return code.lower().lstrip("0") or code
    if style == "number" and code.isdigit():
        return int(code)
    return code or None


def _lever_table(spec: QuestionnaireSpec) -> tuple[list[str], list[list[Any]], list[int]]:
    """Header, rows and the row offsets of theme starts (for merges and blank rows)."""
    mess = spec.messiness
    fields = list(LEVER_FIELDS)
    if mess.drop_code:
        fields.remove("code")
    if mess.reorder:
        order = (
            "label",
            "theme",
            "code",
            "deployment",
            "relevance",
            "needs",
            "actions",
            "exemplary",
            "blockers",
        )
        fields = [f for f in order if f in fields]
    labels = dict(zip(LEVER_FIELDS, LEVER_HEADERS, strict=True))
    if mess.relabel:
        labels.update(RELABELLED_HEADERS)
    header = [labels[f] for f in fields]
    if mess.extra_columns:
        header = ["N°", *header, "Commentaire"]
    by_code: dict[str, Lever] = {lever.code: lever for lever in levers()}
    rows: list[list[Any]] = []
    theme_starts: list[int] = []
    last_theme = None
    for index, answer in enumerate(spec.answers, start=1):
        lever = by_code.get(answer.get("code", ""))
        theme = answer.get("theme", lever.theme if lever else None)
        if theme != last_theme:
            if mess.empty_rows and rows:
                rows.append([None] * len(header))
            theme_starts.append(len(rows))
            last_theme = theme
        values = {
            "code": None if mess.empty_code else answer.get("code"),
            "theme": theme,
            "label": answer.get("label", lever.label if lever else None),
            **{f: answer.get(f) for f in LEVER_FIELDS[3:]},
        }
        row = [values[f] for f in fields]
        if mess.extra_columns:
            row = [index, *row, answer.get("comment")]
        rows.append(row)
    return header, rows, theme_starts


def _typed(rng: random.Random, answers: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for answer in answers:
        answer = dict(answer)
        if answer.get("relevance") in TYPED_RELEVANCE and rng.random() < 0.6:
            answer["relevance"] = rng.choice(TYPED_RELEVANCE[answer["relevance"]])
        if answer.get("deployment") in TYPED_DEPLOYMENT and rng.random() < 0.6:
            answer["deployment"] = rng.choice(TYPED_DEPLOYMENT[answer["deployment"]])
        out.append(answer)
    if out and rng.random() < 0.7:
        out[rng.randrange(len(out))]["relevance"] = "x"
    return out


def write_questionnaire(spec: QuestionnaireSpec) -> bytes:
    """Build one returned questionnaire (xlsx, xlsm or CSV bytes) as its messiness says."""
    mess = spec.messiness
    header, rows, theme_starts = _lever_table(spec)
    if mess.file_format.startswith("csv"):
        return _write_csv(
            header, rows, "cp1252" if mess.file_format == "csv-cp1252" else "utf-8-sig"
        )
    wb = Workbook()
    ident = wb.active
    ident.title = "Identification"
    ident["A1"] = "Identification de la collectivité"
    ident["A1"].font = Font(bold=True, size=13)
    formulas: dict[tuple[str, str], Any] = {}
    values = spec.identification
    for offset, (field_name, label) in enumerate(
        zip(IDENTIFICATION_FIELDS, IDENTIFICATION_LABELS, strict=True)
    ):
        row = offset + 3
        ident.cell(row, 1, label).font = Font(bold=True)
        value = values.get(field_name)
        if field_name == "siren":
            value = _siren_cell(value, mess.siren_style)
        elif field_name == "department":
            value = _department_cell(value, mess.department_style)
        cell = ident.cell(row, 2, value)
        if isinstance(value, dt.date):
            cell.number_format = "DD/MM/YYYY"
            if mess.formulas:
                cell.value = f"=DATE({value.year},{value.month},{value.day})"
                serial = (
                    dt.datetime(value.year, value.month, value.day) - dt.datetime(1899, 12, 30)
                ).days
                formulas[("Identification", cell.coordinate)] = serial
        if field_name == "authority_name" and mess.merged_cells:
            ident.merge_cells(start_row=row, start_column=2, end_row=row, end_column=4)
    if mess.formula_without_value:
        ident.cell(13, 1, "Nombre de leviers renseignés")
        ident.cell(13, 2, "=COUNTA(Leviers!D2:D48)")
    ident.column_dimensions["A"].width = 26
    ident.column_dimensions["B"].width = 48
    if mess.hidden_identification:
        ident.sheet_state = "hidden"
        wb.create_sheet("Accueil")["A1"] = "Merci de votre participation au pré-diagnostic COP."

    ws = wb.create_sheet(mess.lever_sheet_name)
    top = mess.title_rows
    if top:
        ws.cell(
            1, 1, "Questionnaire de pré-diagnostic COP — leviers de la planification écologique"
        )
        if top >= 2:
            ws.cell(2, 1, f"Collectivité : {values.get('authority_name') or ''}")
        if mess.merged_cells:
            ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
    header_row = top + 1
    for col, title in enumerate(header, start=1):
        ws.cell(header_row, col, title).font = Font(bold=True)
    for r, row in enumerate(rows, start=header_row + 1):
        for c, value in enumerate(row, start=1):
            if value is not None:
                ws.cell(r, c, value)
    if mess.formulas:
        _add_formulas(ws, header, header_row, rows, formulas, mess.lever_sheet_name)
    if mess.merged_cells and "Thème" in header:
        theme_col = header.index("Thème") + 1
        bounds = [*theme_starts, len(rows)]
        for start, end in zip(bounds, bounds[1:], strict=False):
            last = end - 1
            while last > start and all(v is None for v in rows[last]):
                last -= 1
            if last > start:
                ws.merge_cells(
                    start_row=header_row + 1 + start,
                    start_column=theme_col,
                    end_row=header_row + 1 + last,
                    end_column=theme_col,
                )
    ws.freeze_panes = ws.cell(header_row + 1, 1)

    if spec.projects:
        sheet = wb.create_sheet("Projets")
        for col, title in enumerate(PROJECT_HEADERS, start=1):
            sheet.cell(1, col, title).font = Font(bold=True)
        for r, project in enumerate(spec.projects, start=2):
            for c, name in enumerate(PROJECT_FIELDS, start=1):
                if project.get(name) is not None:
                    sheet.cell(r, c, project[name])
    lists = wb.create_sheet("Listes")
    for r, label in enumerate(_RELEVANCE_BY_SCORE, start=1):
        lists.cell(r, 1, label)
    lists.sheet_state = "hidden"
    payload = _save(wb)
    if formulas:
        payload = _inject_cached_values(payload, wb.sheetnames, formulas)
    if mess.file_format == "xlsm":
        payload = _as_xlsm(payload)
    return payload


def _add_formulas(
    ws: Any,
    header: list[str],
    header_row: int,
    rows: list[list[Any]],
    formulas: dict[tuple[str, str], Any],
    sheet_name: str,
) -> None:
    """Replace a few answers by formulas pointing at the row above (cached value kept)."""
    labels = {fold_header(h): i for i, h in enumerate(header)}
    col = labels.get(fold_header(LEVER_HEADERS[3]))
    if col is None:
        return
    letter = ws.cell(1, col + 1).column_letter
    for index in range(1, len(rows)):
        above, here = rows[index - 1][col], rows[index][col]
        if here is not None and here == above and index % 3 == 0:
            cell = ws.cell(header_row + 1 + index, col + 1)
            cell.value = f"={letter}{header_row + index}"
            formulas[(sheet_name, cell.coordinate)] = here


def fold_header(text: str) -> str:
    """Local fold for header lookups in the writer."""
    return " ".join(str(text).lower().split())


def _inject_cached_values(
    payload: bytes, sheet_names: list[str], formulas: dict[tuple[str, str], Any]
) -> bytes:
    """openpyxl cannot store a formula's cached result: patch it into the sheet XML like Excel.

    The empty value openpyxl writes depends on its XML backend (``<v/>`` with et_xmlfile,
    ``<v></v>`` once lxml is installed): both are replaced, so the fixture never silently
    loses its cached values.
    """
    source = zipfile.ZipFile(io.BytesIO(payload))
    replace: dict[str, bytes] = {}
    for info in source.infolist():
        match = re.fullmatch(r"xl/worksheets/sheet(\d+)\.xml", info.filename)
        if not match:
            continue
        name = sheet_names[int(match.group(1)) - 1]
        text = source.read(info).decode("utf-8")
        for (sheet, ref), value in formulas.items():
            if sheet != name:
                continue
            escaped = str(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            kind = ' t="str"' if isinstance(value, str) else ""
            # openpyxl writes an empty value as <v/> or <v></v> (lxml installed), or none
            text, found = re.subn(
                rf'<c r="{ref}"([^>]*)><f>(.*?)</f>(?:<v\s*/>|<v>\s*</v>)?(?=</c>)',
                lambda m, e=escaped, k=kind, ref=ref: (
                    f'<c r="{ref}"{m.group(1)}{k}><f>{m.group(2)}</f><v>{e}</v>'
                ),
                text,
            )
            if found != 1:
                raise RuntimeError(f"cached value of {sheet}!{ref} not written (openpyxl output?)")
        replace[info.filename] = text.encode("utf-8")
    return _repack(payload, replace)


def _as_xlsm(payload: bytes) -> bytes:
    """Turn an xlsx into a macro-enabled workbook with an (inert) VBA project part."""
    source = zipfile.ZipFile(io.BytesIO(payload))
    types = source.read("[Content_Types].xml").decode("utf-8")
    types = types.replace(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
        "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
    ).replace(
        "</Types>",
        '<Override PartName="/xl/vbaProject.bin" '
        'ContentType="application/vnd.ms-office.vbaProject"/></Types>',
    )
    rels = (
        source.read("xl/_rels/workbook.xml.rels")
        .decode("utf-8")
        .replace(
            "</Relationships>",
            '<Relationship Id="rIdVBA1" '
            'Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" '
            'Target="vbaProject.bin"/></Relationships>',
        )
    )
    # not a real VBA project: an inert blob (the reader must never execute anything)
    blob = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
    return _repack(
        payload,
        {"[Content_Types].xml": types.encode("utf-8"), "xl/_rels/workbook.xml.rels": rels.encode()},
        {"xl/vbaProject.bin": blob},
    )


def _write_csv(header: list[str], rows: list[list[Any]], encoding: str) -> bytes:
    import csv

    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow(["" if v is None else v for v in row])
    return buffer.getvalue().encode(encoding, errors="replace")


def write_non_questionnaire() -> bytes:
    """A workbook someone dropped in the folder by mistake (a budget table)."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Budget 2024"
    ws.append(["Poste", "Montant (€)", "Année", "Commentaire"])
    for post, amount in (("Voirie", 120000), ("Écoles", 85000), ("Éclairage public", 30000)):
        ws.append([post, amount, 2024, None])
    return _save(wb)


# --------------------------------------------------------------------------- corpus

_VARIANTS: tuple[Messiness, ...] = (
    Messiness(),
    Messiness(title_rows=3, merged_cells=True),
    Messiness(drop_code=True, relabel=True),
    Messiness(reorder=True, extra_columns=True),
    Messiness(typed_answers=True),
    Messiness(siren_style="spaces", department_style="name"),
    Messiness(siren_style="float", department_style="paren"),
    Messiness(hidden_identification=True, lever_sheet_name="Leviers (2)"),
    Messiness(formulas=True),
    Messiness(merged_cells=True, empty_rows=True),
    Messiness(file_format="xlsm"),
    Messiness(file_format="csv"),
    Messiness(empty_rows=True, lever_sheet_name="LEVIERS ", department_style="lower"),
    Messiness(empty_code=True, typed_answers=True, title_rows=1),
    Messiness(file_format="csv-cp1252", relabel=True),
    Messiness(lever_sheet_name="leviers", siren_style="float", department_style="number"),
)


def _person(rng: random.Random, domain: str) -> tuple[str, str, str]:
    first, last = rng.choice(_FIRST), rng.choice(_LAST)
    email = f"{slugify(first).replace('-', '')}.{slugify(last)}@{domain}"
    return f"{first} {last}", rng.choice(_FUNCTIONS), email


def _filename(rng: random.Random, name: str, extension: str) -> str:
    pattern = rng.choice(
        (
            "Questionnaire COP - {name}.{ext}",
            "questionnaire_prediagnostic_{slug}.{ext}",
            "{name} - réponse questionnaire COP.{ext}",
            "COP_{slug}_final.{ext}",
        )
    )
    return pattern.format(
        name=name.replace("'", " "), slug=slugify(name).replace("-", "_"), ext=extension
    )


def _spec_for(
    rng: random.Random, region_code: str, recipient: dict, messiness: Messiness, submitted: dt.date
) -> QuestionnaireSpec:
    domain = recipient["contact_email"].split("@")[-1]
    person, function, email = _person(rng, domain)
    area = _area_of(recipient["name"])
    answers = generate_answers(rng, rng.uniform(-1.0, 1.0), area)
    if messiness.typed_answers:
        answers = _typed(rng, answers)
    region_cell = rng.choice(
        (
            region_code,
            region_by_code()[region_code].name if region_code in region_by_code() else region_code,
        )
    )
    identification = {
        "authority_name": recipient["name"],
        "authority_type": recipient["type"],
        "siren": recipient["siren"],
        "department": recipient["department_code"],
        "region": region_cell,
        "respondent_name": person,
        "respondent_function": function,
        "respondent_email": email,
        "submitted_on": submitted,
    }
    projects = generate_projects(rng, recipient["name"], area)
    return QuestionnaireSpec(identification, answers, projects, messiness)


def generate_questionnaires(
    rng: random.Random, region_code: str, recipients: list[dict], n: int
) -> list[tuple[str, bytes]]:
    """About ``n`` returned files: distinct respondents, one authority answering twice
    (later date, ``_v2`` name) and one workbook that is not a questionnaire at all.
    """
    if not recipients or n <= 0:
        return []
    n_respondents = max(1, min(len(recipients), n - 2 if n >= 4 else n))
    respondents = rng.sample(recipients, n_respondents)
    files: list[tuple[str, bytes]] = []
    used: set[str] = set()
    for index, recipient in enumerate(respondents):
        messiness = _VARIANTS[index] if index < len(_VARIANTS) else _light_mess(rng)
        submitted = dt.date(2024, 3, 1) + dt.timedelta(days=rng.randint(0, 60))
        spec = _spec_for(rng, region_code, recipient, messiness, submitted)
        extension = {"xlsm": "xlsm", "csv": "csv", "csv-cp1252": "csv"}.get(
            messiness.file_format, "xlsx"
        )
        name = _filename(rng, recipient["name"], extension)
        if extension == "csv":
            name = f"Questionnaire COP - {recipient['name']} - leviers.csv"
        while name in used:
            name = name.replace(f".{extension}", f" (1).{extension}")
        used.add(name)
        files.append((name, write_questionnaire(spec)))
        if index == 0 and n >= 4:
            later = submitted + dt.timedelta(days=21)
            again = _spec_for(rng, region_code, recipient, Messiness(), later)
            files.append((f"{name.rsplit('.', 1)[0]}_v2.xlsx", write_questionnaire(again)))
    if n >= 4:
        files.append(("Budget_previsionnel_2024.xlsx", write_non_questionnaire()))
    return files


def _light_mess(rng: random.Random) -> Messiness:
    return Messiness(
        title_rows=rng.choice((0, 0, 0, 1, 2)),
        typed_answers=rng.random() < 0.25,
        siren_style=rng.choice(("text", "text", "spaces", "float")),
        relabel=rng.random() < 0.15,
        empty_rows=rng.random() < 0.1,
    )
