"""COT deck specs (the truth tests compare against), their content pools and random generator.

Two deck kinds, modelled on the seed documents: ``"cae_eci"`` (audit scores, CAE and ECI
progress tables, strategic orientations, calendar; seed 000) and ``"tri"`` (COT TRI steering
committee: period, funding, quantified contractual objectives, priority zooms; seed 003).
:mod:`demo.cot_pdf` draws them and fills in the 1-based page where each item was drawn.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

KINDS = ("cae_eci", "tri")


# --------------------------------------------------------------------------- specs


@dataclass
class RefRowSpec:
    """One row of a referential progress table."""

    referential: str
    level: str
    code: str | None
    label: str
    parent_label: str | None
    points_remaining: float
    pct_done: float
    pct_programmed: float
    page: int = 0


@dataclass
class AuditSpec:
    """Audit score of a referential and its target."""

    referential: str
    score_pct: float
    stars: int
    target_increase_pct: float
    target_score_pct: float
    page: int = 0


@dataclass
class ObjectiveSpec:
    """A numbered objective of an orientation."""

    code: str
    label: str
    bold_words: int = 3
    page: int = 0


@dataclass
class OrientationSpec:
    """A strategic orientation and its objectives."""

    no: int
    label: str
    objectives: list[ObjectiveSpec] = field(default_factory=list)


@dataclass
class TargetSpec:
    """A quantified contractual objective. ``label`` is the full sentence, number included."""

    domain: str
    label: str
    value: float
    unit: str
    priority: bool
    number_text: str | None  # the figure as drawn big ("1500", "50 %"); None: no figure
    rest: str  # label without the leading figure
    page: int = 0


@dataclass
class CotSpec:
    """Ground truth of one deck."""

    kind: str
    territory_name: str
    contract_type: str
    period_start: int
    period_end: int
    amount_eur: float
    first_payment_eur: float
    audits: list[AuditSpec] = field(default_factory=list)
    cae_rows: list[RefRowSpec] = field(default_factory=list)
    eci_rows: list[RefRowSpec] = field(default_factory=list)
    orientations: list[OrientationSpec] = field(default_factory=list)
    targets: list[TargetSpec] = field(default_factory=list)


# --------------------------------------------------------------------------- content pools

_CAE_AXES: list[tuple[str, list[str]]] = [
    (
        "Planification territoriale",
        ["Stratégie globale climat-air-énergie", "Planification sectorielle", "Urbanisme"],
    ),
    (
        "Patrimoine de la collectivité",
        [
            "Suivi et stratégie patrimoniale",
            "Valeurs cibles énergétiques et climatiques",
            "Eclairage public et économie d'eau dans les bâtiments",
        ],
    ),
    (
        "Approvisionnement énergie, eau, assainissement",
        [
            "Organisation de la distribution d'énergie et services associés",
            "Production énergétique locale",
            "Gestion de l'eau, des espaces verts, des déchets du territoire",
        ],
    ),
    (
        "Mobilité",
        [
            "Promotion et suivi de la mobilité durable sur le territoire et en interne",
            "Rationalisation des déplacements motorisés",
            "Mobilité alternative",
        ],
    ),
    ("Organisation interne", ["Gouvernance", "Finances et commande publique"]),
    (
        "Coopération, communication",
        [
            "Stratégie de coopération et de communication",
            "Bâtiments résidentiels et tertiaires",
            "Activités économiques",
            "Agriculture, forêt",
            "Société civile",
        ],
    ),
]

_ECI_AXES: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "Définition d'une stratégie globale de la politique économie circulaire et inscri...",
        [
            ("1.1", "Définir une stratégie globale de la politique Economie Circulaire e..."),
            ("1.2", "Développer une démarche transversale avec l'ensemble des politi..."),
            ("1.3", "Suivre, évaluer et améliorer le déploiement de la politique Écono..."),
        ],
    ),
    (
        "Développement des services de réduction, collecte et valorisation des déchets",
        [
            ("2.1", "Assurer la prévention et la gestion des déchets ménagers et assi..."),
            ("2.5", "Créer du lien avec les acteurs économiques du territoire pour crée..."),
        ],
    ),
    (
        "Déploiement des autres piliers de l'économie circulaire dans les territoires",
        [
            ("3.1", "Identifier et développer des filières/domaines à enjeux en lien ave..."),
            ("3.2", "Réaliser des achats responsables"),
            ("3.3", "Soutenir et accompagner la consommation responsable et la sobri..."),
            ("3.4", "Soutenir et accompagner l'écoconception des produits et des serv..."),
            ("3.5", "Soutenir et accompagner les projets d'Ecologie Industrielle et Terr..."),
            ("3.6", "Soutenir et accompagner l'économie de la fonctionnalité et de la ..."),
            ("3.7", "Soutenir et accompagner la recherche, l'innovation et l'expérimen..."),
        ],
    ),
    (
        "Outils financiers du changement de comportement",
        [("4.3", "Promouvoir et mettre en place des outils financiers en faveur de l'...")],
    ),
    (
        "Coopération et engagement",
        [
            ("5.1", "Actions dirigées vers le Grand Public et les associations"),
            ("5.2", "Actions dirigées vers les autres collectivités du territoire"),
            ("5.3", "Actions dirigées vers les acteurs économiques (TPE/PME, grandes ..."),
        ],
    ),
]

_ORIENTATIONS: list[tuple[str, list[str]]] = [
    (
        "Mettre en œuvre une gouvernance et un pilotage transverse autour des dynamiques "
        "de transitions du territoire",
        [
            "Améliorer la transversalité de l'information en interne, et favoriser une "
            "gouvernance partagée à l'échelle de l'intercommunalité",
            "Former et mobiliser les élus et les techniciens",
            "Caractériser les dépenses de la collectivité sur la base de critères "
            "environnementaux et communiquer sur cette démarche",
            "S'organiser pour tenir compte des enjeux environnementaux dans les achats "
            "et les marchés",
            "Rendre lisible le projet de territoire et les orientations portées en matière "
            "de développement durable",
        ],
    ),
    (
        "Formalisation d'une politique économie circulaire sur le territoire",
        [
            "Clarifier la gouvernance et la coordination économie circulaire",
            "Réaliser un diagnostic de l'économie circulaire et des filières à enjeux",
            "Intégrer l'économie circulaire dans les politiques territoriales",
            "Poursuivre, valoriser et amplifier les actions du PLPDMA",
            "Développer le réemploi et accompagner la filière BTP",
            "Soutenir et accompagner l'économie de la fonctionnalité et de la coopération",
        ],
    ),
    (
        "Inscrire le territoire dans une stratégie de transition énergétique (sobriété, "
        "efficacité énergétique, énergies renouvelables)",
        [
            "Maîtriser les consommations énergétiques et encourager des rénovations vertueuses",
            "Coordonner un schéma directeur des énergies renouvelables et réseaux de chaleur",
            "Augmenter la production d'énergies renouvelables (photovoltaïque, méthanisation)",
            "Elaborer un schéma directeur immobilier et un plan pluriannuel d'investissement",
        ],
    ),
    (
        "Elaborer une politique d'adaptation au changement climatique, conciliant respect "
        "du vivant, des ressources et bien-être humain",
        [
            "Concilier attractivité touristique et préservation de la biodiversité",
            "S'engager dans un programme d'adaptation au changement climatique du territoire",
            "Transcrire les enjeux climat-air-énergie dans les opérations d'aménagement",
            "Mettre en œuvre le schéma directeur d'eau potable pour réduire les fuites",
        ],
    ),
    (
        "Mobiliser les acteurs économiques et les habitants autour de la sobriété",
        [
            "Animer un réseau d'entreprises engagées dans la transition",
            "Accompagner les associations dans leurs projets de sobriété",
            "Développer une offre de conseil aux ménages",
        ],
    ),
]

# (domain, sentence template with {n}, unit, value choices, shown number format)
_TARGETS: list[tuple[str, str, str, list[float]]] = [
    (
        "RENOVATION ENERGETIQUE",
        "{n} rénovations réalisées après avoir été conseillé par les EIE/GUH et/ou "
        "accompagné par le SPEE",
        "rénovations",
        [800, 1200, 1500, 2000],
    ),
    (
        "MOBILITE DECARBONNEE",
        "{n} Km de linéaire d'aménagements cyclables pérennes réalisés",
        "km",
        [20, 35, 50, 80],
    ),
    (
        "ECONOMIE CIRCULAIRE",
        "Mise en œuvre d'un REseau de Lutte contre le Gaspillage ALimentaire (REGAL)",
        "réseau",
        [1],
    ),
    (
        "ENR & R, STOCKAGE DE L'ENERGIE",
        "Contractualiser un Contrat d'Objectifs Territorial pour les énergies renouvelables "
        "avant 3 ans couvrant l'ensemble du territoire",
        "contrat",
        [1],
    ),
    (
        "ADAPTATION AU CHANGEMENT CLIMATIQUE",
        "Réaliser {n} actions d'adaptation",
        "actions",
        [5, 8, 10, 12],
    ),
    (
        "PRESERVATION DE LA QUALITE DE L'AIR",
        "{n} % des écoles du territoire ayant engagé une action d'amélioration de la "
        "qualité de l'air, au-delà de la réglementation",
        "%",
        [30, 40, 50, 60],
    ),
    (
        "BIODIVERSITE ET STOCKAGE CARBONE",
        "{n} km de nouvelles haies plantées",
        "km",
        [20, 40, 50, 65],
    ),
    (
        "URBANISME DURABLE",
        "{n} hectares de friches requalifiées",
        "hectares",
        [12, 18, 26, 40],
    ),
    (
        "RECHERCHE, DEVELOPPEMENT ET INNOVATION",
        "{n} protocole de travail mis en place avec un acteur de la RDI en lien avec les "
        "collectivités",
        "protocole",
        [1],
    ),
    (
        "ENERGIES RENOUVELABLES",
        "{n} GWh d'énergie renouvelable supplémentaire produite sur le territoire",
        "GWh",
        [15, 25, 40],
    ),
    (
        "MOBILISATION DES ACTEURS",
        "{n} entreprises accompagnées dans une démarche d'écologie industrielle",
        "entreprises",
        [10, 20, 30],
    ),
    (
        "ALIMENTATION DURABLE",
        "{n} % de produits locaux dans la restauration collective",
        "%",
        [20, 30, 40],
    ),
]


def _fr(value: float, decimals: int = 1) -> str:
    """French decimal: 58.7 → ``58,7``, 27.0 → ``27``."""
    if float(value).is_integer():
        return str(int(value))
    return f"{value:.{decimals}f}".replace(".", ",")


def _thousands(value: float) -> str:
    """``422371`` → ``422 371`` (plain spaces, as people type them)."""
    return f"{int(round(value)):,}".replace(",", " ")


def _short_name(territory_name: str) -> str:
    words = territory_name.split()
    return " ".join(words[-3:]) if len(words) > 3 else territory_name


def random_cot_spec(rng: random.Random, territory_name: str, kind: str = "cae_eci") -> CotSpec:
    """Draw a deck spec: values, labels and counts vary with ``rng``; same seed, same deck."""
    if kind not in KINDS:
        raise ValueError(f"unknown COT kind {kind!r}")
    start = rng.choice([2020, 2021, 2022, 2023])
    if kind == "tri":
        end = start + 2
        first = float(rng.choice([180_000, 220_000, 270_000]))
        amount = first + float(rng.randint(60_000, 200_000))
        spec = CotSpec(kind, territory_name, "COT TRI", start, end, amount, first)
        chosen = rng.sample(_TARGETS, rng.randint(7, 10))
        prio = set(rng.sample(range(len(chosen)), 3))
        for index, (domain, template, unit, values) in enumerate(chosen):
            value = float(rng.choice(values))
            number = _fr(value)
            label = template.format(n=number)
            if "{n}" in template:
                number_text = f"{number} %" if unit == "%" else number
                head = template.split("{n}")[0]
                rest = template.split("{n}", 1)[1].strip()
                if unit == "%":
                    rest = rest.lstrip("%").strip()
                if head:  # "Réaliser {n} actions": figure inside the sentence
                    number_text, rest = None, label
            else:
                number_text, rest = None, label
            spec.targets.append(
                TargetSpec(domain, label, value, unit, index in prio, number_text, rest)
            )
        return spec

    end = start + rng.choice([3, 4])
    payment = float(rng.choice([50_000, 75_000, 90_000]))
    spec = CotSpec(kind, territory_name, "COT", start, end, payment, payment)
    for ref in ("CAE", "ECI"):
        score = round(rng.uniform(10, 45), 1)
        stars = 0 if score < 20 else (1 if score < 35 else 2)
        inc = float(rng.choice([8, 10, 11, 12, 15]))
        spec.audits.append(AuditSpec(ref, score, stars, inc, round(score + inc, 1)))

    def pct() -> float:
        return round(rng.uniform(0, 50), 1) if rng.random() < 0.8 else float(rng.randint(0, 50))

    axes = rng.sample(_CAE_AXES, rng.randint(5, 6))
    for axis, subs in axes:
        picked = [s for s in subs if rng.random() < 0.85] or subs[:1]
        sub_rows = [
            RefRowSpec("CAE", "sub_axis", None, s, axis, round(rng.uniform(2, 28), 1), pct(), pct())
            for s in picked
        ]
        total = round(sum(r.points_remaining for r in sub_rows), 1)
        spec.cae_rows.append(RefRowSpec("CAE", "axis", None, axis, None, total, pct(), pct()))
        spec.cae_rows.extend(sub_rows)
    for axis, subs in _ECI_AXES:
        picked = [s for s in subs if rng.random() < 0.75] or subs[:1]
        sub_rows = [
            RefRowSpec("ECI", "sub_axis", c, s, axis, round(rng.uniform(5, 35), 1), pct(), pct())
            for c, s in picked
        ]
        total = round(sum(r.points_remaining for r in sub_rows), 1)
        spec.eci_rows.append(RefRowSpec("ECI", "axis", None, axis, None, total, pct(), pct()))
        spec.eci_rows.extend(sub_rows)
    n_orient = rng.randint(3, 5)
    for no, (label, objectives) in enumerate(_ORIENTATIONS[:n_orient], start=1):
        picked = [o for o in objectives if rng.random() < 0.8] or objectives[:2]
        spec.orientations.append(
            OrientationSpec(
                no,
                label,
                [
                    ObjectiveSpec(f"{no}.{i}", text, rng.randint(1, 4))
                    for i, text in enumerate(picked, start=1)
                ],
            )
        )
    return spec
