"""Content of seed 003 (COT TRI steering-committee deck of the Pays du Calaisis), copied
verbatim from the seed text: contractual objectives and priority zooms.
"""

from __future__ import annotations

# --------------------------------------------------------------------------- seed 003 content

# (sentence with **bold** figure, domain caption lines, "re03" icon alt-text, priority)
_TARGETS: list[tuple[str, list[str], bool, bool]] = [
    (
        "**1500** rénovations réalisées après avoir été conseillé par les EIE/GUH et/ou "
        "accompagné par le SPEE",
        ["RENOVATION", "ENERGETIQUE"],
        True,
        True,
    ),
    (
        "**50** Km de linéaire d'aménagements cyclables pérennes réalisés",
        ["MOBILITE", "DECARBONNEE"],
        False,
        False,
    ),
    (
        "Mise en œuvre d'un REseau de Lutte contre le Gaspillage ALimentaire (REGAL)",
        ["ECONOMIE", "CIRCULAIRE"],
        True,
        True,
    ),
    (
        "Contractualiser un Contrat d'Objectifs Territorial pour les énergies renouvelables "
        "avant 3 ans couvrant l'ensemble du territoire",
        ["ENR & R, STOKAGE", "DE L'ENERGIE"],
        True,
        True,
    ),
    (
        "Réaliser **10** actions d'adaptation",
        ["ADAPTATION AU", "CHANGMEMENT", "CLIMATIQUE"],
        False,
        False,
    ),
    (
        "**50 %** des écoles du territoire ayant engagé une action d'amélioration de la qualité "
        "de l'air, au-delà de la réglementation (référentiel ECOL'AIR)",
        ["PRESERVATION DE", "LA QUALITE DE", "L'AIR"],
        False,
        False,
    ),
    (
        "**50** km de nouvelles haies plantées",
        ["BIODIVERSITE ET", "STOCKAGE", "CARBONE"],
        False,
        False,
    ),
    ("**26** hectares de friches requalifiées", ["URBANISME", "DURABLE"], True, False),
    (
        "**1** protocole de travail mis en place avec un acteur de la RDI en lien avec la(es) "
        "collectivités(s)",
        ["RECHERCHE,", "DEVELOPPEMENT", "ET INNOVATION"],
        True,
        False,
    ),
]

# zoom slides: (title, quote, state of play, objective sentence, local goal, actions, links)
_ZOOMS: list[tuple[str, str, list[str], str, list[str], list[str], str]] = [
    (
        "DOMAINE DE COOPÉRATION N° 1: LA PERFORMANCE ÉNERGÉTIQUE ET ÉCOLOGIQUE DU BÂTIMENT",
        "« Construire un plan d'actions pour engager et renforcer la rénovation thermique et "
        "environnementale de l'habitat privé et des bâtiments »",
        [
            "Ingénierie limitée (conseillers FAIRE)",
            "Manque d'articulation avec les différents dispositifs relatifs aux politiques de "
            "l'habitat",
            "Communication disparate et quasi inexistante concernant les relais locaux",
            "Aides locales (GCT&M) OPAH (CCRA et CCPO)",
        ],
        "1500 rénovations réalisées après avoir été conseillé par les Conseillers FAIRE et/ou "
        "accompagné par le SPEE (Service Public Régional de l'Efficacité énergétique)",
        [
            "Identifier et articuler les différentes initiatives locales initiées par les "
            "différents porteurs de projets,",
            "Elaborer une stratégie de communication lisible destinée aux relais (agences "
            "immobilières, notaires...) et aux cibles. (habitants, TPE/PME...).",
        ],
        [
            "Augmenter le temps de conseil du GUH (conseiller(s) FAIRE),",
            "Harmoniser l'information relatif à l'habitat,",
            "Préfiguration d'un véritable guichet unique de la rénovation énergétique",
        ],
        "Liens DC 3, DC 4, DC 6, DC 9",
    ),
    (
        "DOMAINE DE COOPÉRATION N° 3: LA PRODUCTION ET CONSOMMATION RESPONSABLE POUR UNE "
        "ÉCONOMIE CIRCULAIRE",
        "« Définir une stratégie visant de nouveaux modes de production et consommation plus "
        "responsables en s'appuyant sur les piliers de l'économie circulaire »",
        [
            "Quelques expérimentations et actions de réduction des déchets alimentaires ciblées "
            "sur le territoire mais restent marginales, isolées et peu accompagnées.",
            "SEVADEC: pilote du PLP local",
        ],
        "Mettre en place 1 REGAL (Réseau de lutte contre le gaspillage alimentaire)",
        [
            "Coordonner et articuler les actions du territoire afin de réduire le gaspillage "
            "alimentaire.",
            "Promouvoir des partenariats locaux dans une logique d'économie circulaire",
        ],
        [
            "Assises de l'alimentation (GCT&M) – en cours",
            "Organisation d'ateliers DIY : gaspillage alimentaire (ULCO) – en cours",
            "Développement d'initiatives autour de la filière textile",
        ],
        "Liens DC 5, DC 7, DC 9",
    ),
    (
        "DOMAINE DE COOPÉRATION N°4: LES ÉNERGIES RENOUVELABLES, LES RÉSEAUX INTELLIGENTS ET "
        "LE STOCKAGE DE L'ÉNERGIE",
        "« A partir des besoins énergétiques futurs, identifier les potentialités de "
        "développement des ressources locales (ENR &R du territoire) et de leurs valorisations »",
        [
            "Seule la CCPO est couverte par un COT ENR via le PNRCMO",
            "Pas d'animation spécifique pour les porteurs de projets sur les 2 autres EPCI",
            "Pas d'étude de programmation énergétique (EPE) à l'échelle de GCT&M",
        ],
        "Contractualiser un COT ENR couvrant l'ensemble du territoire",
        [
            "Déterminer le portage et mise en œuvre d'un COT ENR à échéance 2023.",
            "Identifier les potentielles pistes de mutualisation (études, animation...)",
            "Articuler les démarches des 3 EPCI",
        ],
        [
            "Projet de cadastre solaire (GCT&M et CCRA)",
            "Diagnostics autoconsommations bâtiments agricole (Chambre d'agriculture)",
            "Réalisation d'un schéma directeur des réseaux de chaleur de la ville de Calais",
        ],
        "Liens DC 1, DC 2, DC 8, DC 9",
    ),
]
