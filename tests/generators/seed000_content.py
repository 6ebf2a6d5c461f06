"""Content of seed 000 (COT CAE/ECI deck of the CCPAL), copied verbatim from the seed text:
referential progress rows, audit points, score targets and strategic orientations.
"""

from __future__ import annotations

# --------------------------------------------------------------------------- seed 000 content

# (marker, code, label, points restants, % réalisé, % programmé) as printed on the slide
_CAE_ROWS: list[tuple[str, str | None, str, str, str, str]] = [
    ("▼", None, "Planification territoriale", "58,7", "27 %", "16,4 %"),
    ("▶", None, "Stratégie globale climat-air-énergie", "18,9", "37 %", "16,9 %"),
    ("▶", None, "Planification sectorielle", "23,9", "20,2 %", "18,4 %"),
    ("▶", None, "Urbanisme", "15,9", "22,2 %", "12,4 %"),
    ("▼", None, "Patrimoine de la collectivité", "50,7", "14,1 %", "11,8 %"),
    ("▶", None, "Suivi et stratégie patrimoniale", "20,7", "13,8 %", "17,7 %"),
    ("▶", None, "Valeurs cibles énergétiques et climatiques", "26,8", "10,8 %", "9 %"),
    ("▶", None, "Eclairage public et économie d'eau dans les bâtiments", "3,2", "35,8 %", "0 %"),
    ("▼", None, "Approvisionnement énergie, eau, assainissement", "51,8", "31,6 %", "17,1 %"),
    (
        "▶",
        None,
        "Organisation de la distribution d'énergie et services associés",
        "3,7",
        "47,9 %",
        "10,7 %",
    ),
    ("▶", None, "Production énergétique locale", "21,8", "31,7 %", "12,5 %"),
    (
        "▶",
        None,
        "Gestion de l'eau, des espaces verts, des déchets du territoire",
        "26,3",
        "28,5 %",
        "22,3 %",
    ),
    ("▼", None, "Mobilité", "41,1", "13,7 %", "3,7 %"),
    (
        "▶",
        None,
        "Promotion et suivi de la mobilité durable sur le territoire et en interne",
        "9,4",
        "14,2 %",
        "1,7 %",
    ),
    ("▶", None, "Rationalisation des déplacements motorisés", "9,2", "12,8 %", "5,9 %"),
    ("▶", None, "Mobilité alternative", "22,5", "13,8 %", "3,6 %"),
    ("▼", None, "Organisation interne", "43", "6,5 %", "0,3 %"),
    ("▶", None, "Gouvernance", "24,4", "6,3 %", "0 %"),
    ("▶", None, "Finances et commande publique", "18,7", "6,6 %", "0,7 %"),
    ("▼", None, "Coopération, communication", "59,8", "32 %", "10,5 %"),
    ("▶", None, "Stratégie de coopération et de communication", "8,8", "37,1 %", "9,4 %"),
    ("▶", None, "Bâtiments résidentiels et tertiaires", "20,8", "38,9 %", "10 %"),
    ("▶", None, "Activités économiques", "13,1", "27 %", "5,8 %"),
    ("▶", None, "Agriculture, forêt", "5,9", "35 %", "28,8 %"),
    ("▶", None, "Société civile", "11,3", "13,4 %", "6,6 %"),
]

_ECI_ROWS: list[tuple[str, str | None, str, str, str, str]] = [
    (
        "▼",
        None,
        "Définition d'une stratégie globale de la politique économie circulaire et inscri...",
        "77,1",
        "14,3 %",
        "61,2 %",
    ),
    (
        "▶",
        "1.1",
        "Définir une stratégie globale de la politique Economie Circulaire e...",
        "21,1",
        "29,6 %",
        "30,4 %",
    ),
    (
        "▶",
        "1.2",
        "Développer une démarche transversale avec l'ensemble des politi...",
        "26",
        "13,3 %",
        "53,3 %",
    ),
    (
        "▶",
        "1.3",
        "Suivre, évaluer et améliorer le déploiement de la politique Écono...",
        "30",
        "0 %",
        "100 %",
    ),
    (
        "▼",
        None,
        "Développement des services de réduction, collecte et valorisation des déchets",
        "10,5",
        "30 %",
        "45 %",
    ),
    (
        "▶",
        "2.5",
        "Créer du lien avec les acteurs économiques du territoire pour crée...",
        "10,5",
        "30 %",
        "45 %",
    ),
    (
        "▼",
        None,
        "Déploiement des autres piliers de l'économie circulaire dans les territoires",
        "160,6",
        "10,8 %",
        "1,3 %",
    ),
    (
        "▶",
        "3.1",
        "Identifier et développer des filières/domaines à enjeux en lien ave...",
        "35",
        "0 %",
        "0 %",
    ),
    ("▶", "3.2", "Réaliser des achats responsables", "25", "0 %", "0 %"),
    (
        "▶",
        "3.3",
        "Soutenir et accompagner la consommation responsable et la sobri...",
        "12,9",
        "48,5 %",
        "9 %",
    ),
    (
        "▶",
        "3.4",
        "Soutenir et accompagner l'écoconception des produits et des serv...",
        "25",
        "0 %",
        "0 %",
    ),
    (
        "▶",
        "3.5",
        "Soutenir et accompagner les projets d'Ecologie Industrielle et Terr...",
        "21,5",
        "14 %",
        "0 %",
    ),
    (
        "▶",
        "3.6",
        "Soutenir et accompagner l'économie de la fonctionnalité et de la ...",
        "21,3",
        "15 %",
        "0 %",
    ),
    (
        "▶",
        "3.7",
        "Soutenir et accompagner la recherche, l'innovation et l'expérimen...",
        "20",
        "0 %",
        "0 %",
    ),
    ("▼", None, "Outils financiers du changement de comportement", "18,6", "7 %", "5,8 %"),
    (
        "▶",
        "4.3",
        "Promouvoir et mettre en place des outils financiers en faveur de l'...",
        "18,6",
        "7 %",
        "5,8 %",
    ),
    ("▼", None, "Coopération et engagement", "68,5", "23,9 %", "5,8 %"),
    (
        "▶",
        "5.1",
        "Actions dirigées vers le Grand Public et les associations",
        "26,6",
        "11,4 %",
        "8,6 %",
    ),
    (
        "▶",
        "5.2",
        "Actions dirigées vers les autres collectivités du territoire",
        "22,3",
        "25,7 %",
        "2,9 %",
    ),
    (
        "▶",
        "5.3",
        "Actions dirigées vers les acteurs économiques (TPE/PME, grandes ...",
        "19,7",
        "34,5 %",
        "5,9 %",
    ),
]

_CAE_AUDIT_POINTS = [
    "**Plus de collaboration** dans la mise en œuvre et l'animation avec les ressources techniques",
    "**Approfondir le diagnostic de vulnérabilités climatiques** et formaliser quelques "
    "orientations stratégiques transverses... »",
    "**Renforcer l'accompagnement des communes** dans la déclinaison et intégration des "
    "objectifs CAE dans leur document d'urbanisme. »",
    "**Mettre en place une gouvernance technique transversale** pour suivre le programme "
    "d'actions COT",
    "**Formaliser une stratégie interne** autour du développement durable",
    "**La mobilisation citoyenne** est à développer sur le territoire",
]
_ECI_AUDIT_POINTS = [
    "Structuration de la politique Eci (gouvernance, pilotage...)",
    "Validation politique d'une feuille de route",
    "Renforcement de la collaboration entre la CCPAL et le SIRTOM pour amplifier le "
    "déploiement des actions",
    "Plus de lien avec les acteurs économiques du territoire pour initier des dynamiques sur "
    "leurs déchets hors Service Public,",
    "Déploiement des autres piliers de l'Eci",
]
_SCORE_TARGETS = [
    "L'Audit Climat-Air-Energie de la phase 1 a validé une note de 23.3 %. **L'objectif de "
    "progression est fixé à +11 %** soit une note de 34.3 %.",
    "L'Audit Économie circulaire de la phase 1 a validé une note de 15,1 %. **L'objectif de "
    "progression est fixé à +12 %** soit une note de 27,6 %.",
]

# (no, label, section, objectives [(code, markup)], bullets, "Objectifs obligatoires" on top)
_ORIENTATIONS: list[tuple[int, str, list[tuple[str, str]], bool, bool]] = [
    (
        1,
        "Mettre en œuvre une gouvernance et un pilotage transverse autour des dynamiques de "
        "transitions du territoire",
        [
            (
                "1.1",
                "**Améliorer la transversalité** de l'information en interne, et favoriser une "
                "gouvernance partagée à l'échelle de la CCPAL",
            ),
            ("1.2", "**Former** et mobiliser les élus et les techniciens"),
            (
                "1.3",
                "**Caractériser les dépenses** de la collectivité sur la base de critères "
                "environnementaux et communiquer sur cette démarche",
            ),
            (
                "1.4",
                "**S'organiser pour tenir compte des enjeux environnementaux** dans les achats "
                "et les marchés",
            ),
            (
                "1.5",
                "**Rendre lisible le projet de territoire et les orientations et actions "
                "portées par la CCPAL en matière de Développement Durable**",
            ),
        ],
        True,
        False,
    ),
    (
        2,
        "Formalisation d'une politique Eci sur le territoire",
        [
            ("2.1", "**Clarifier la gouvernance** et la coordination Eci"),
            (
                "2.2",
                "**Réaliser un diagnostic de l'économie circulaire** et des filières à enjeux "
                "sur le territoire",
            ),
            ("2.3", "**Intégrer l'Eci dans les politiques territoriales**"),
            ("2.4", "**Poursuivre**, valoriser, amplifier **les actions du PLPDMA**"),
            (
                "2.5",
                "**Manager le développement des filières** tourisme durable & mobilités "
                "alternatives",
            ),
            (
                "2.6",
                "**Contribuer à la structuration d'une boucle vertueuse** \"du champ, à "
                "l'assiette, au champ\"",
            ),
            ("2.7", "**Développer le réemploi et accompagner la filière BTP**"),
            (
                "2.8",
                "**Soutenir et accompagner l'économie de la fonctionnalité et de la coopération**",
            ),
        ],
        False,
        False,
    ),
    (
        3,
        "Inscrire le territoire dans une stratégie de transition énergétique (sobriété "
        "énergétique, efficacité énergétique, énergie renouvelable)",
        [
            (
                "3.1",
                "**Maîtriser les consommations énergétiques** et encourager à des rénovations "
                "énergétiques vertueuses",
            ),
            (
                "3.2",
                "**Coordonner un schéma directeur des énergies renouvelables et réseaux de "
                "chaleur - froid**",
            ),
            (
                "3.3",
                "**Augmenter la production d'Energies Renouvelables** (photovoltaïque, "
                "méthanisation)",
            ),
            (
                "3.4",
                "**Elaborer un schéma directeur immobilier et PPI** pour disposer d'une vision "
                "précise de l'état du patrimoine immobilier",
            ),
        ],
        True,
        True,
    ),
    (
        4,
        "Elaborer une politique d'adaptation au changement climatique, conciliant respect du "
        "vivant, des ressources, et bien-être humain",
        [
            (
                "4.1",
                "**Concilier attractivité touristique**, respect et place du vivant, prise en "
                "compte de la **biodiversité**",
            ),
            (
                "4.2",
                "S'engager dans un programme **d'adaptation au changement climatique** du "
                "territoire ←",
            ),
            ("4.3", "Transcrire les **enjeux CAE** dans les opérations d'aménagement"),
            (
                "4.4",
                "Mettre en œuvre le **schéma directeur d'eau potable** pour diminuer les "
                "consommations et les fuites",
            ),
        ],
        False,
        True,
    ),
]
