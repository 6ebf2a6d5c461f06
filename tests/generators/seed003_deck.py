"""Seed 003 (COT TRI steering-committee deck) drawn as slides: :func:`seed003_pdf`."""

from __future__ import annotations

from typing import Any

from tests.generators.seed003_content import _TARGETS, _ZOOMS
from tests.generators.seed_slides import (
    _BLACK,
    _BLUE,
    _GREY,
    _RED,
    _TEAL,
    _WHITE,
    _Slides,
)

# --------------------------------------------------------------------------- seed 003 deck


def _targets_ppt(s: _Slides) -> None:
    y = s.title("3 - LES 9 OBJECTIFS CONTRACTUELS DU COT TRI")
    s.text(700, 30, "2021/2023", 11, "bold", _WHITE, "right")
    head = "OBJECTIFS CONTRACTUELS (ET "
    s.text(20, y + 2, head, 9.5, "bold")
    x = 20 + s.width(head, 9.5, "bold")
    s.text(x, y + 2, "PRIORITAIRES", 9.5, "bold", _RED)
    x += s.width("PRIORITAIRES", 9.5, "bold")
    s.text(x, y + 2, ") DU TERRITOIRE DU PAYS DU CALAISIS A 3 ANS", 9.5, "bold")
    y += 12
    table = getattr(s, "targets_table", None)  # a producer deck drawing them as a real table
    if table is not None:
        table(y, _TARGETS)
        return
    row_h = (395 - y) / len(_TARGETS)
    for markup, caption, icon, priority in _TARGETS:
        s.rect(20, y + 2, 118, row_h - 4, (0.0, 0.45, 0.7))
        cy = y + 2 + (row_h - 4 - len(caption) * 8.2) / 2 + 6.5
        for line in caption:
            s.text(79, cy, line, 7, "bold", _WHITE, "center")
            cy += 8.2
        lines = s.wrap(markup, 9, 470)
        ty = y + (row_h - len(lines) * 11) / 2 + 8
        s.text(150, ty, "•", 9, "symbol", _RED if priority else _BLUE)
        for line in lines:
            s.draw_line(160, ty, line, 9, _RED if priority else _BLACK)
            ty += 11
        if icon:
            s.text(690, y + row_h / 2 + 2, "re03", 5, "regular", (0.6, 0.6, 0.6), "right")
        y += row_h


def _targets_keynote(s: _Slides) -> None:
    y = s.title("3 - LES 9 OBJECTIFS CONTRACTUELS DU COT TRI")
    s.text(690, 42, "2021/2023", 10, "bold", _TEAL, "right")
    s.text(
        30,
        y + 2,
        "OBJECTIFS CONTRACTUELS (ET PRIORITAIRES) DU TERRITOIRE DU PAYS DU CALAISIS A 3 ANS",
        7.5,
        "bold",
        _GREY,
    )
    top0 = y + 10
    card_w, card_h = (660 - 2 * 10) / 3, (372 - top0 - 2 * 8) / 3
    for index, (markup, caption, _, priority) in enumerate(_TARGETS):
        r, c = divmod(index, 3)
        x, top = 30 + c * (card_w + 10), top0 + r * (card_h + 8)
        s.rect(x, top, card_w, card_h, (0.94, 0.97, 0.97), radius=6)
        s.text(x + 8, top + 11, " ".join(caption), 6.5, "bold", _TEAL)
        if priority:
            s.rect(x + card_w - 62, top + 4, 56, 10, _RED, radius=3)
            s.text(x + card_w - 34, top + 11.5, "PRIORITAIRE", 5.5, "bold", _WHITE, "center")
        parts = markup.split("**")
        if markup.startswith("**"):  # leading figure: big, the rest small below
            figure, rest = parts[1], "".join(parts[2:]).strip()
            s.text(x + 8, top + 40, figure, 24, "bold", _TEAL)
            s.paragraph(x + 8, top + 54, rest, 7, card_w - 16)
        else:
            s.paragraph(x + 8, top + 30, markup, 7.5, card_w - 16)


def _zoom(s: _Slides, zoom: tuple) -> None:
    title, quote, state, objective, goals, actions, links = zoom
    ppt = s.layout == "powerpoint_export"
    s.slide()
    y = s.title(title, 14)
    y = s.paragraph(30, y + 4, quote, 9, 660, _TEAL) + 4
    if ppt:  # "ETAT DES LIEUX" written vertically, one letter a line
        ly = y + 6
        for letter in "ETAT DES LIEUX":
            if letter != " ":
                s.text(24, ly, letter, 7, "bold", _BLUE)
            ly += 8
        yy = y + 4
        for item in state:
            yy = s.paragraph(40, yy, item, 8, 190) + 6
        s.rect(250, y, 200, 110, (0.99, 0.92, 0.8))
        s.paragraph(260, y + 16, "**OBJECTIF CONTRACTUEL PRIORITAIRE**", 9.5, 180, _RED)
        s.paragraph(260, y + 44, objective, 8.5, 180)
        s.text(470, y + 10, "A l'échelle du SyMPaC:", 8.5, "bold")
        yy = s.bullets(470, y + 24, goals, 8, 225, 3)
        s.text(470, yy + 6, "Hypothèses d'actions", 8.5, "bold")
        s.bullets(470, yy + 20, actions, 8, 225, 3)
        s.text(30, 385, links, 7.5, "regular", _GREY)
    else:
        s.text(30, y + 8, "ETAT DES LIEUX", 8, "bold", _TEAL)
        yy = s.bullets(30, y + 22, state, 7.5, 200, 3)
        s.rect(250, y, 210, 120, (0.99, 0.94, 0.88), radius=8)
        s.text(260, y + 16, "OBJECTIF CONTRACTUEL PRIORITAIRE", 8, "bold", _RED)
        s.paragraph(260, y + 34, objective, 9, 190)
        s.text(480, y + 8, "A l'échelle du SyMPaC:", 8, "bold")
        yy = s.bullets(480, y + 22, goals, 7.5, 210, 3)
        s.text(480, yy + 6, "Hypothèses d'actions", 8, "bold")
        s.bullets(480, yy + 20, actions, 7.5, 210, 3)
        s.text(30, 370, links, 7, "regular", _GREY)


def _actors(s: _Slides, who: str, means: list[tuple[str, list[str]]], caption: str) -> None:
    s.slide()
    y = s.title(who, 14)
    s.text(30, y + 10, "AVEC QUELS MOYENS?", 10, "bold", _TEAL)
    for index, (head, items) in enumerate(means):
        x = 30 + index * 150
        s.text(x, y + 32, head, 9, "bold")
        yy = y + 46
        for item in items:
            yy = s.paragraph(x, yy, item, 8, 140) + 2
    legend = [
        "Prescripteurs",
        "Financiers",
        "Accompagnateurs, partenaires-ressources",
        "Cibles",
        "Relais",
    ]
    colours = [
        (0.95, 0.55, 0.1),
        (0.55, 0.3, 0.65),
        (0.2, 0.45, 0.8),
        (0.3, 0.65, 0.3),
        (0.95, 0.8, 0.2),
    ]
    for index, (name, colour) in enumerate(zip(legend, colours, strict=True)):
        s.rect(480, 200 + index * 16, 9, 9, colour)
        s.text(494, 208 + index * 16, name, 8)
    s.paragraph(480, 300, caption, 10, 220, _BLUE, bold=True)


def seed003_pdf(layout: str, slides: Any = None) -> bytes:
    """Seed 003 (COT TRI of the Pays du Calaisis, steering committee) in ``layout``."""
    s = slides or _Slides(
        layout, "COT TRI du Pays du Calaisis - COPIL", "SyMPaC · Pays du Calaisis"
    )
    ppt = layout == "powerpoint_export"
    # 1 cover
    s.slide()
    if ppt:
        s.rect(0, 110, 720, 170, _TEAL)
        s.paragraph(
            60,
            160,
            "LANCEMENT ET ÉTAT D'AVANCEMENT DU COT TRI DU PAYS DU CALAISIS",
            22,
            600,
            _WHITE,
            bold=True,
        )
        s.text(60, 250, "COMITE DE PILOTAGE DU 7 OCTOBRE 2021", 13, "regular", _WHITE)
    else:
        s.paragraph(
            40,
            150,
            "LANCEMENT ET ÉTAT D'AVANCEMENT DU COT TRI DU PAYS DU CALAISIS",
            26,
            640,
            bold=True,
        )
        s.text(40, 250, "COMITE DE PILOTAGE", 12, "bold", _TEAL)
        s.text(40, 266, "DU", 12, "bold", _TEAL)
        s.text(40, 282, "7 OCTOBRE 2021", 12, "bold", _TEAL)
    # 2 agenda
    s.slide()
    y = s.title("ORDRE DU JOUR")
    agenda = [
        "Présentation des modalités du COT TRI",
        "La démarche REV 3 de GCT&M",
        "Les 9 objectifs contractuels",
        "Zoom sur les 3 objectifs prioritaires – état d'avancement",
        "Le pilotage de la démarche",
    ]
    for index, item in enumerate(agenda):
        x = 40 + index * 132
        s.text(x + 55, y + 60, f"-{index + 1}-", 20, "bold", _TEAL, "center")
        s.paragraph(x, y + 90, item, 9.5, 110)
    # 3 modalities
    s.slide()
    y = s.title("1 - PRESENTATION DES MODALITES DU COT TRI")
    y = s.paragraph(
        30,
        y + 6,
        "Le Contrat d'objectifs territorial pour l'amplification de la Troisième Révolution "
        "Industrielle (COT TRI):",
        10,
        660,
        bold=True,
    )
    y = s.bullets(
        36,
        y + 8,
        [
            "Est un dispositif d'accompagnement de l'ADEME (mais également cofinancé par la "
            "Région HdF/FRATRI)",
            "Est porté politiquement et techniquement par le SyMPaC (3 EPCI, 52 communes pour "
            "155 000 habitants).",
            "Constitue un document stratégique et opérationnel pour une durée de **3 ans. "
            "(1/01/2021 – 31/12/2023)**",
            "Est considéré comme un véritable « booster », le COT TRI du Pays du Calaisis a pour "
            "objectif majeur de **confirmer l'exemplarité du territoire à porter une stratégie "
            "intégrée de transition énergétique et écologique, dont les retombées seront "
            "bénéfiques pour tous.**",
        ],
        9.5,
        650,
        5,
    )
    s.paragraph(
        30,
        y + 10,
        "Une vision partagée et engageante grâce à la signature d'une convention avec l'ADEME et "
        "le Territoire, structuré en 15 incontournables et des objectifs/indicateurs par "
        "incontournable",
        9.5,
        660,
        _TEAL,
    )
    # 4 the 15 "incontournables"
    s.slide()
    y = s.title("15 incontournables")
    project = ["Diagnostic", "Pilotage et animation", "Suivi et évaluation", "Valorisation"]
    project += ["Scénarisation", "Mobilisation"]
    coop = [
        "Mobilisation",
        "Performance énergétique et écologique du bâtiment",
        "Mobilité décarbonée des biens et des personnes",
        "Production et consommation responsables: l'économie circulaire",
        "Energies renouvelables, réseaux intelligents et stockage de l'énergie",
        "Adaptation",
        "Qualité de l'air",
        "Préservation de la biodiversité et stockage du carbone dans les sols",
        "Urbanisme durable",
        "Recherche, développement et innovation pour accélérer la TEE",
    ]
    s.text(30, y + 8, "Indicateurs de projet", 10, "bold", _TEAL)
    yy = y + 24
    for n, item in enumerate(project, start=1):
        s.text(30, yy, f"{n}. {item}", 8.5)
        yy += 13
    s.text(300, y + 8, "Domaines de coopération", 10, "bold", _TEAL)
    yy = y + 24
    for n, item in enumerate(coop, start=6):
        s.text(300, yy, f"{n}. {item}", 8.5)
        yy += 13
    # 5 funding
    s.slide()
    y = s.title("OBJECTIFS CONTRACTUELS")
    y = s.paragraph(
        30,
        y + 6,
        "DES INDICATEURS SONT DÉFINIS POUR CHAQUE DOMAINE DE COOPÉRATION. LE BONUS DE L'ANNÉE 3 "
        "DÉPEND DU NIVEAU D'ATTEINTE DE CES OBJECTIFS",
        9.5,
        660,
        _TEAL,
        bold=True,
    )
    s.text(
        30,
        y + 14,
        "Convention finançant l'animation (ingénierie), la communication les études et les AMO:",
        9.5,
        "bold",
    )
    yy = s.bullets(
        40,
        y + 32,
        [
            "1ère et 2ème année: aide forfaitaire de 270 000 €",
            "3ème année: maximum 1€ hab, aide conditionnée à l'atteinte des objectifs "
            "contractuels:",
        ],
        9.5,
        640,
        4,
    )
    yy = s.bullets(
        60,
        yy,
        [
            "A minima, 60 % de chaque objectif doit être atteint.",
            "Les 3 objectifs prioritaires doivent être atteints à 100%",
        ],
        9,
        620,
        3,
    )
    s.text(40, yy + 14, ".... Soit 422 371 € sur 3 ans.", 12, "bold", _RED)
    # 6 articulation
    s.slide()
    y = s.title(
        "ARTICULATION DES DISPOSITIFS: LE COT TRI du Pays du Calaisis est piloté en lien étroit "
        "avec les différents projets de territoire, principalement:",
        14,
    )
    s.text(30, y + 14, "COT TRI DU PAYS DU CALAISIS:", 10, "bold", _TEAL)
    s.text(30, y + 30, "Enjeux de/d':", 9.5, "bold")
    yy = s.bullets(
        40,
        y + 46,
        [
            "Mobilisation, de communication,",
            "Articulation, de coopération/ mutualisation entre les différents périmètres "
            "d'intervention,",
            "Décloisonnement des politiques sectorielles",
        ],
        9.5,
        620,
        3,
    )
    s.text(
        30,
        yy + 14,
        "... Recherche d'efficience pour atteindre les 9 objectifs contractuels sur la TEE/TRI",
        9.5,
        "bold",
    )
    # 7 governance
    s.slide()
    y = s.title("GOVERNANCE LOCALE")
    s.paragraph(
        30,
        y + 8,
        "SyMPaC, ADEME, REGION HAUTS DE France, sous Préfecture, DDTM, PNRCMO, 3 EPCI, "
        "partenaires principaux",
        9.5,
        300,
    )
    s.paragraph(
        370,
        y + 8,
        "SyMPaC, DDTM, ADEME, Région HdF, 3 EPCI, Mission REV 3 (GCT&M), SEVADEC, SITAC, PNRCMO",
        9.5,
        300,
    )
    s.bullets(
        30,
        y + 70,
        [
            "**APPUI via LES GROUPES DE TRAVAIL LOCAUX EXISTANTS:**",
            "DEMONSTRATEUR REV 3 – GCT&M",
            "COTECH PCAETs – 3 EPCI",
            "COTECH CRTE – 3 EPCI",
            "COTECH STRATEGIE LOCALE LEADER - SyMPaC",
        ],
        9,
        640,
        3,
    )
    # 8 REV 3
    s.slide()
    y = s.title("2 - LA DEMARCHE REV 3 DE GCT&M")
    s.paragraph(
        30,
        y + 10,
        "LES ORIENTATIONS RETENUES PAR GCT&M DANS LE CADRE DE LA CONSTRUCTION DE SA STRATÉGIE "
        "REV 3",
        11,
        660,
        _TEAL,
        bold=True,
    )
    # 9 targets
    s.slide()
    if ppt:
        _targets_ppt(s)
    else:
        _targets_keynote(s)
    # 10 zoom section
    s.slide()
    y = s.title("4 - ZOOM SUR LES 3 OBJECTIFS PRIORITAIRES: ETAT D'AVANCEMENT")
    s.text(30, y + 20, "2021/2023", 12, "bold", _TEAL)
    # zooms and actor maps
    actors = [
        (
            "QUI MOBILISE T-ON POUR RENFORCER LA LISIBILITE DES AIDES EXISTANTES?",
            [
                ("ingénierie", ["3 EPCI", "PNRCMO", "SyMPaC", "SPEE"]),
                ("Accompagnement", ["REGION HAUTS DE France", "ADEME", "ADIL"]),
                ("financiers", ["ADEME (COTTRI)", "REGION HAUTS DE France (AAP)", "SPEE"]),
            ],
            "Massifier les rénovations énergétiques",
        ),
        (
            "QUI MOBILISE T-ON afin de mettre en œuvre le REGAL?",
            [
                ("ingénierie", ["SEVADEC", "et/ou SyMPaC", "EPCI?"]),
                ("Accompagnement", ["ADEME", "SEVADEC", "CERDD"]),
                ("financiers", ["ADEME (dispositif REGAL)", "AAP éventuels"]),
            ],
            "Vers la réduction du gaspillage alimentaire",
        ),
        (
            "QUI MOBILISE T-ON afin de couvrir le SyMPaC d'un COT ENR?",
            [
                ("ingénierie", ["GCT&M (EPE)", "PNRCMO et/ou SyMPaC et/ou EPCI? (COT ENR)"]),
                ("Accompagnement", ["ADEME", "REGION HAUTS DE France", "CERDD", "CD2E"]),
                ("financiers", ["ADEME", "REGION HAUTS DE France", "SEM ENERGIE"]),
            ],
            "Développer le recours aux ENR sur le territoire du Pays du Calaisis",
        ),
    ]
    for index, (zoom, actor) in enumerate(zip(_ZOOMS, actors, strict=True)):
        _zoom(s, zoom)
        _actors(s, *actor)
        if index == 0:
            s.slide()
            y = s.title(
                "PARALLÈLEMENT, LE SYMPAC SE POSITIONNE SUR 2 AUTRES AXES FORTS ET "
                "COMPLÉMENTAIRES DE LA RÉNOVATION ÉNERGÉTIQUE",
                14,
            )
            s.text(30, y + 10, "LA RENOVATION DES BATIMENTS PUBLICS", 10, "bold", _TEAL)
            s.paragraph(
                30,
                y + 26,
                "Via le déploiement du dispositif ACTEE 2- AAP FNCCR (2021-2023). Objectif: "
                "Accompagner les collectivités du territoire dans la définition et la mise en "
                "œuvre de leur stratégie de rénovation des bâtiments publics.",
                9,
                300,
            )
            s.text(
                370,
                y + 10,
                "LA MONTEE EN QUALIFICATION DES ARTISANS DU BATIMENT",
                10,
                "bold",
                _TEAL,
            )
            s.paragraph(
                370,
                y + 26,
                "Via l'accompagnement du CD2E, favoriser la montée en qualification des artisans "
                "locaux du BTP.",
                9,
                300,
            )
    # steering
    s.slide()
    y = s.title("5 - LE PILOTAGE DE LA DEMARCHE")
    s.text(690, 30 if ppt else 42, "2021/2023", 10, "bold", _WHITE if ppt else _TEAL, "right")
    y = s.paragraph(
        30,
        y + 6,
        "Avant la signature du COT TRI, Le SYMPAC coopérait avec les acteurs du territoire sur "
        "principalement les problématiques du SCoT, du FISAC collectif, et de LEADER",
        9.5,
        660,
    )
    s.text(30, y + 10, "OBJECTIFS A L'ECHELLE DU SyMPaC", 10, "bold", _TEAL)
    y = s.bullets(
        36,
        y + 26,
        [
            "Mobilisation (dont le acteurs de la société civile), communication,",
            "Articulation, coopération/ mutualisation entre les différents périmètres "
            "d'intervention,",
            "Recherche de consensus",
        ],
        9,
        640,
        3,
    )
    s.text(
        30,
        y + 10,
        "... Recherche d'efficacité pour atteindre les 9 objectifs contractuels sur la TEE/TRI",
        9.5,
        "bold",
    )
    # website extract
    s.slide()
    y = s.title("EXTRAIT NOUVEAU SITE")
    s.text(30, y + 10, "La feuille de route 2021-2023", 11, "bold", _TEAL)
    y = s.paragraph(
        30,
        y + 28,
        "En décembre 2020, le SyMPaC a signé avec l'ADEME un Contrat d'Objectifs Territorial pour "
        "l'Amplification de la Troisième Révolution Industrielle (COT TRI). Le COT TRI est un "
        "dispositif contractuel passé entre le Conseil Régional Hauts-de-France, l'ADEME et une "
        "collectivité territoriale pour une durée de 3 ans.",
        9,
        660,
    )
    s.bullets(
        36,
        y + 10,
        [
            "Un protocole de partenariat structuré en 15 domaines de coopération avec au moins 9 "
            "objectifs quantifiés,",
            "Des moyens financiers (de l'ordre de 422 371 €) en fonction de l'atteinte "
            "d'objectifs contractuels partagés,",
            "Une gouvernance élargie",
        ],
        9,
        640,
        3,
    )
    return s.finish()
