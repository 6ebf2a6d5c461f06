"""The two real COT decks of the seed set, redrawn as 16:9 PDF slides in unseen layouts.

``seed000_pdf`` renders the CAE/ECI deck of the CCPAL (seed ``000_b0dfb06d3e574f69``) and
``seed003_pdf`` the COT TRI steering-committee deck of the Pays du Calaisis (seed
``003_73ea452fe6ac6326``). The content (labels, figures, typos, truncated labels with "...")
is the seeds' own, copied verbatim; only the drawing differs from :mod:`demo.cot_pdf`:

* ``"powerpoint_export"`` (720 × 405 pt, PowerPoint 16:9): coloured title bar; tables with a
  coloured header row and alternating row fills but no ruling line, ▼/▶ markers drawn as
  separate glyphs in a symbol font, numbers and numeric headers right-aligned, long labels
  wrapped inside their cell; objectives as bullet lists with bold fragments; contractual
  objectives as rows with a coloured domain box on the left, the icon alt-text ``re03`` on the
  right and priority objectives in colour (not bold).
* ``"keynote"`` (1920 × 1080 pt, everything scaled ×8/3): big title without bar, a footer
  (logo text and slide number) on every slide, two-line numeric headers, ▼/▶ drawn as
  shapes (no text), the CAE and ECI tables split over two slides; audit scores as big figures
  in boxes with their label below ("23,3 %" over "Score"); score targets as two cards side by
  side; orientations and objectives as cards in a grid (code big above its label);
  contractual objectives as cards (domain on top, figure big, unit and label small below, a
  "PRIORITAIRE" badge on priority cards).

The ground truth is not produced here: tests rebuild it from the seed texts themselves.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

LAYOUTS = ("powerpoint_export", "keynote")

Color = tuple[float, float, float]
Line = list[tuple[str, bool]]

_BLACK: Color = (0.12, 0.12, 0.12)
_WHITE: Color = (1.0, 1.0, 1.0)
_GREY: Color = (0.45, 0.45, 0.45)
_BLUE: Color = (0.0, 0.32, 0.55)
_TEAL: Color = (0.0, 0.45, 0.5)
_RED: Color = (0.72, 0.1, 0.12)
_LIGHT: Color = (0.92, 0.95, 0.98)


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


# --------------------------------------------------------------------------- drawing


def _font_files() -> dict[str, Path]:
    folders = [Path("/usr/share/fonts/truetype/dejavu")]
    try:
        import matplotlib

        folders.append(Path(matplotlib.get_data_path()) / "fonts" / "ttf")
    except ImportError:  # pragma: no cover - matplotlib is a dependency
        pass
    wanted = {
        # PowerPoint export: condensed text face (Calibri-like), symbols from another font
        "PptCalibri": ["DejaVuSansCondensed.ttf", "DejaVuSans.ttf"],
        "PptCalibri-Bold": ["DejaVuSansCondensed-Bold.ttf", "DejaVuSans-Bold.ttf"],
        "PptCalibri-Italic": ["DejaVuSansCondensed-Oblique.ttf", "DejaVuSans-Oblique.ttf"],
        "PptSymbol": ["DejaVuSans.ttf"],
        # Keynote: wide face (Helvetica Neue-like)
        "KeyNeue": ["DejaVuSans.ttf"],
        "KeyNeue-Bold": ["DejaVuSans-Bold.ttf"],
        "KeyNeue-Italic": ["DejaVuSans-Oblique.ttf"],
        "KeySymbol": ["DejaVuSans.ttf"],
    }
    found: dict[str, Path] = {}
    for name, candidates in wanted.items():
        for candidate in candidates:
            path = next((f / candidate for f in folders if (f / candidate).exists()), None)
            if path is not None:
                found[name] = path
                break
        else:
            raise RuntimeError(f"police introuvable pour {name}")
    return found


def _register_fonts() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    registered = set(pdfmetrics.getRegisteredFontNames())
    for name, path in _font_files().items():
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(path)))


def _parse_markup(markup: str) -> list[tuple[str, bool, bool]]:
    """``"**Former** et mobiliser"`` → (word, bold, space before) triples; punctuation glued
    to a bold run (``"**Poursuivre**, valoriser"``) keeps no space before it."""
    words: list[tuple[str, bool, bool]] = []
    previous = ""
    for index, chunk in enumerate(markup.split("**")):
        for n, word in enumerate(chunk.split()):
            glued = n == 0 and bool(words)
            glued = glued and not chunk[:1].isspace() and not previous[-1:].isspace()
            words.append((word, index % 2 == 1, not glued))
        previous = chunk or previous
    return words


class _Slides:
    """A reportlab canvas in virtual 720 × 405 coordinates (y = distance from the top)."""

    def __init__(self, layout: str, title: str, footer: str) -> None:
        from reportlab.pdfgen import canvas

        if layout not in LAYOUTS:
            raise ValueError(f"unknown layout {layout!r}")
        _register_fonts()
        self.layout = layout
        self.k = 1.0 if layout == "powerpoint_export" else 1920.0 / 720.0
        prefix = "Ppt" if layout == "powerpoint_export" else "Key"
        face = "Calibri" if layout == "powerpoint_export" else "Neue"
        self.fonts = {
            "regular": f"{prefix}{face}",
            "bold": f"{prefix}{face}-Bold",
            "italic": f"{prefix}{face}-Italic",
            "symbol": f"{prefix}Symbol",
        }
        self.footer = footer
        self.buffer = io.BytesIO()
        self.c = canvas.Canvas(self.buffer, pagesize=(720 * self.k, 405 * self.k), invariant=1)
        self.c.setTitle(title)
        self.page = 0

    # -- pages
    def slide(self) -> None:
        if self.page:
            self._end_page()
            self.c.showPage()
        self.page += 1

    def _end_page(self) -> None:
        if self.layout == "keynote":
            self.line(30, 380, 690, 380, (0.8, 0.8, 0.8), 0.4)
            self.text(30, 393, self.footer, 6.5, "bold", _GREY)
            self.text(690, 393, str(self.page), 6.5, "regular", _GREY, "right")

    def finish(self) -> bytes:
        self._end_page()
        self.c.showPage()
        self.c.save()
        return self.buffer.getvalue()

    # -- primitives (virtual coordinates)
    def _y(self, y: float) -> float:
        return (405 - y) * self.k

    def width(self, value: str, size: float, font: str = "regular") -> float:
        from reportlab.pdfbase.pdfmetrics import stringWidth

        return stringWidth(value, self.fonts[font], size * self.k) / self.k

    def text(
        self,
        x: float,
        y: float,
        value: str,
        size: float,
        font: str = "regular",
        color: Color = _BLACK,
        anchor: str = "left",
    ) -> None:
        self.c.setFillColorRGB(*color)
        self.c.setFont(self.fonts[font], size * self.k)
        if anchor == "right":
            self.c.drawRightString(x * self.k, self._y(y), value)
        elif anchor == "center":
            self.c.drawCentredString(x * self.k, self._y(y), value)
        else:
            self.c.drawString(x * self.k, self._y(y), value)

    def rect(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        fill: Color | None,
        stroke: Color | None = None,
        radius: float = 0.0,
    ) -> None:
        if fill:
            self.c.setFillColorRGB(*fill)
        if stroke:
            self.c.setStrokeColorRGB(*stroke)
            self.c.setLineWidth(0.6 * self.k)
        args = (x * self.k, self._y(y + h), w * self.k, h * self.k)
        if radius:
            self.c.roundRect(
                *args, radius * self.k, stroke=1 if stroke else 0, fill=1 if fill else 0
            )
        else:
            self.c.rect(*args, stroke=1 if stroke else 0, fill=1 if fill else 0)

    def line(
        self, x0: float, y0: float, x1: float, y1: float, color: Color, width: float = 0.5
    ) -> None:
        self.c.setStrokeColorRGB(*color)
        self.c.setLineWidth(width * self.k)
        self.c.line(x0 * self.k, self._y(y0), x1 * self.k, self._y(y1))

    def triangle(self, x: float, y: float, size: float, down: bool, color: Color) -> None:
        """A ▼ (down) or ▶ marker drawn as a filled shape; ``y`` is the text baseline."""
        path = self.c.beginPath()
        if down:
            pts = [(x, y - size), (x + size, y - size), (x + size / 2, y)]
        else:
            pts = [(x, y - size), (x, y), (x + size * 0.9, y - size / 2)]
        path.moveTo(pts[0][0] * self.k, self._y(pts[0][1]))
        for px, py in pts[1:]:
            path.lineTo(px * self.k, self._y(py))
        path.close()
        self.c.setFillColorRGB(*color)
        self.c.drawPath(path, stroke=0, fill=1)

    # -- rich text
    def wrap(self, markup: str, size: float, width: float, bold: bool = False) -> list[Line]:
        """Greedy wrap of ``**bold**`` markup into lines of (fragment, bold) runs."""
        lines: list[Line] = []
        current: list[tuple[str, bool, bool]] = []
        used = 0.0
        space = self.width(" ", size)
        for word, is_bold, spaced in _parse_markup(markup):
            is_bold = is_bold or bold
            w = self.width(word, size, "bold" if is_bold else "regular")
            gap = space if current and spaced else 0.0
            if current and spaced and used + gap + w > width:
                lines.append(_runs(current))
                current, used, gap = [], 0.0, 0.0
            used += gap + w
            current.append((word, is_bold, spaced))
        if current:
            lines.append(_runs(current))
        return lines

    def draw_line(self, x: float, y: float, line: Line, size: float, color: Color) -> None:
        for fragment, bold in line:
            font = "bold" if bold else "regular"
            self.text(x, y, fragment, size, font, color)
            x += self.width(fragment, size, font)

    def paragraph(
        self,
        x: float,
        y: float,
        markup: str,
        size: float,
        width: float,
        color: Color = _BLACK,
        leading: float = 1.25,
        bold: bool = False,
    ) -> float:
        """Draw wrapped markup with its first baseline at ``y``; returns the next baseline."""
        for line in self.wrap(markup, size, width, bold):
            self.draw_line(x, y, line, size, color)
            y += size * leading
        return y

    def bullets(
        self, x: float, y: float, items: list[str], size: float, width: float, gap: float = 3
    ) -> float:
        for item in items:
            self.text(x, y, "•", size, "symbol", _BLUE)
            y = self.paragraph(x + size * 1.1, y, item, size, width - size * 1.1) + gap
        return y

    # -- titles
    def title(self, value: str, size: float | None = None) -> float:
        """Slide title; returns the y where the body may start."""
        if self.layout == "powerpoint_export":
            size = size or 18
            lines = self.wrap(value, size, 680, bold=True)
            if len(lines) > 1:
                size = min(size, 13)
                lines = self.wrap(value, size, 680, bold=True)
            height = max(44, 14 + len(lines) * size * 1.2)
            self.rect(0, 0, 720, height, _BLUE)
            y = (height - len(lines) * size * 1.2) / 2 + size * 0.95
            for line in lines:
                self.draw_line(20, y, line, size, _WHITE)
                y += size * 1.2
            return height + 14
        size = size or 20
        lines = self.wrap(value, size, 640, bold=True)
        if len(lines) > 1:
            size = min(size, 14)
            lines = self.wrap(value, size, 640, bold=True)
        y = 22 + size
        for line in lines:
            self.draw_line(30, y, line, size, (0.1, 0.1, 0.16))
            y += size * 1.2
        self.line(30, y - size * 0.6, 90, y - size * 0.6, _TEAL, 2.5)
        return y + 6


def _runs(words: list[tuple[str, bool, bool]]) -> Line:
    runs: Line = []
    for word, bold, spaced in words:
        sep = " " if runs and spaced else ""
        if runs and runs[-1][1] == bold:
            runs[-1] = (runs[-1][0] + sep + word, bold)
        else:
            runs.append((sep + word, bold))
    return runs


# --------------------------------------------------------------------------- seed 000 deck


def _table_ppt(
    s: _Slides, title: str, header: str, rows: list[tuple], eci: bool, anchor: str = "top"
) -> None:
    """No ruling line: coloured header row, alternating fills, right-aligned numbers; labels
    wrap inside a narrow first column. ``anchor="top"`` keeps the numbers on the label's first
    line (PowerPoint default), ``"middle"`` centres them on the wrapped label."""
    s.slide()
    y = s.title(title) - 6
    size = 7.5
    rights = [470.0, 584.0, 700.0]
    label_x, label_w = 22.0, (240.0 if not eci else 420.0 if anchor == "top" else 310.0)
    s.rect(14, y, 692, 15, (0.0, 0.45, 0.7))
    s.text(label_x, y + 10.5, header, 8, "bold", _WHITE)
    for right, name in zip(rights, ("Points restants", "% Réalisé", "% Programmé"), strict=True):
        s.text(right, y + 10.5, name, 8, "bold", _WHITE, "right")
    y += 15
    for index, (marker, code, label, points, done, prog) in enumerate(rows):
        axis = marker == "▼"
        x = label_x + (0.0 if axis else 12.0) + (22.0 if code else 0.0)
        text_x = x + 11
        lines = s.wrap(label, size, label_w - (text_x - label_x), bold=axis)
        height = 2.6 + len(lines) * size * 1.15
        if index % 2 == 0:
            s.rect(14, y, 692, height, _LIGHT)
        base = y + 1.3 + size * 0.92
        middle = base + (len(lines) - 1) * size * 1.15 / 2 if anchor == "middle" else base
        if code:
            s.text(label_x, base, code, size)
        s.text(x, base, marker, size * 0.8, "symbol", _BLUE)
        for n, line in enumerate(lines):
            s.draw_line(text_x, base + n * size * 1.15, line, size, _BLACK)
        font = "bold" if axis and eci else "regular"
        for right, value in zip(rights, (points, done, prog), strict=True):
            s.text(right, middle, value, size, font, anchor="right")
        y += height


def _table_keynote(
    s: _Slides, title: str, header: str, rows: list[tuple], eci: bool, split: int
) -> None:
    for chunk in (rows[:split], rows[split:]):
        s.slide()
        y = s.title(title) + 2
        size = 7.2
        centres = [470.0, 565.0, 655.0]
        s.text(30, y + 9, header, 7.5, "bold", _TEAL)
        for centre, (a, b) in zip(
            centres, (("Points", "restants"), ("%", "réalisé"), ("%", "programmé")), strict=True
        ):
            s.text(centre, y + 4, a, 7, "bold", _TEAL, "center")
            s.text(centre, y + 13, b, 7, "bold", _TEAL, "center")
        y += 18
        s.line(30, y, 690, y, _TEAL, 1.0)
        y += 3
        row_h = 14.5
        for marker, code, label, points, done, prog in chunk:
            axis = marker == "▼"
            base = y + row_h / 2 + size * 0.35
            if code:
                s.text(30, base, code, size, "regular", _GREY)
            tri_x = 30 if axis else 48
            s.triangle(tri_x, base - 0.5, size * 0.7, axis, _TEAL)
            s.text(tri_x + 9, base, label, size, "bold" if axis else "regular")
            for centre, value in zip(centres, (points, done, prog), strict=True):
                s.text(centre, base, value, size, "bold" if axis else "regular", anchor="center")
            y += row_h
            s.line(30, y, 690, y, (0.85, 0.85, 0.85), 0.3)


def _score_boxes_keynote(s: _Slides, score: str, stars: int, points: list[str]) -> None:
    s.rect(30, 90, 200, 110, (0.9, 0.96, 0.96), radius=8)
    s.text(130, 160, score, 40, "bold", _TEAL, "center")
    s.text(130, 186, "Score", 10, "regular", _GREY, "center")
    s.rect(30, 215, 200, 95, (0.99, 0.95, 0.85), radius=8)
    big = "★" * stars if stars else "0 ★"
    s.text(130, 270, big, 34, "symbol", (0.85, 0.6, 0.1), "center")
    s.text(130, 294, "étoile obtenue" if stars else "étoile", 10, "regular", _GREY, "center")
    s.bullets(260, 100, points, 9, 420, 6)


def seed000_pdf(layout: str, cell_anchor: str = "top", slides: Any = None) -> bytes:
    """Seed 000 (COT CAE/ECI of the CCPAL) in ``layout``; ``cell_anchor`` ("top" or
    "middle") is the vertical alignment of the PowerPoint table cells. ``slides``: another
    backend with the same drawing API (:mod:`tests.generators.producer_corpus`), whose ``finish()`` result
    is returned instead of PDF bytes."""
    s = slides or _Slides(layout, "Contrat d'objectif territorial - CCPAL", "CCPAL")
    ppt = layout == "powerpoint_export"
    # 1 cover
    s.slide()
    if ppt:
        s.rect(0, 120, 720, 150, _BLUE)
        s.text(360, 185, "Contrat d'objectif territorial", 30, "bold", _WHITE, "center")
        s.text(
            360,
            225,
            "Plan d'action pour la mise en œuvre de la transition écologique",
            15,
            "regular",
            _WHITE,
            "center",
        )
    else:
        s.text(40, 170, "Contrat d'objectif territorial", 36, "bold")
        s.text(40, 210, "Plan d'action pour la mise en œuvre de la transition écologique", 14)
        s.line(40, 228, 140, 228, _TEAL, 3)
    # 2 three points
    s.slide()
    y = s.title("Le contrat d'objectif territorial")
    s.text(30, y + 8, "En trois points", 13, "bold", _TEAL)
    s.bullets(
        40,
        y + 32,
        [
            "**Appui méthodologique** pour optimiser, et structurer le projet de transition "
            "écologique tout en s'inscrivant dans les politiques et stratégies déjà mis en œuvre "
            "sur le territoire",
            "**Mesurer nos résultats au fil du temps** et progresser de façon continue de manière "
            "transversale",
            "**Prioriser les actions**, mobiliser et fédérer les différents services de la CCPAL",
        ],
        11,
        620,
        8,
    )
    s.text(30, 300, "L'objectif", 13, "bold", _TEAL)
    s.paragraph(
        40,
        322,
        "**est d'accélérer les changements de pratiques internes de la CCPAL pour réduire son "
        "impact environnemental et pérenniser une animation territoriale qui va dans le même "
        "sens**",
        11,
        620,
    )
    # 3-4 audits
    for title, score, stars, points, vigilance in (
        (
            "Rappel des résultats de l'audit CAE",
            "23,3 %",
            1,
            _CAE_AUDIT_POINTS,
            "**Points de vigilance pour l'audit final** : planification des mobilités à structurer",
        ),
        ("Résultat de l'audit Eci", "15,1 %", 0, _ECI_AUDIT_POINTS, None),
    ):
        s.slide()
        y = s.title(title)
        if ppt:
            s.rect(20, y, 680, 30, (0.99, 0.9, 0.75))
            head = f"Score {score} et " + ("obtention d'une" if stars else "0")
            s.text(32, y + 20, head, 15, "bold", _RED)
            s.text(36 + s.width(head, 15, "bold"), y + 20, "★", 15, "symbol", _RED)
            y = s.bullets(30, y + 52, points, 10.5, 660, 5)
        else:
            _score_boxes_keynote(s, score, stars, points)
            y = 330
        if vigilance:
            s.paragraph(30, y + 12, vigilance, 9.5, 660)
    # 5 section
    s.slide()
    if ppt:
        s.rect(0, 130, 720, 130, _TEAL)
        s.text(360, 175, "Le Contrat d'objectif territorial,", 24, "bold", _WHITE, "center")
        s.text(
            360,
            205,
            "Un outil au service de la transition écologique",
            14,
            "italic",
            _WHITE,
            "center",
        )
        s.text(360, 240, "Démarrage de la Phase 2", 14, "bold", _WHITE, "center")
    else:
        s.text(40, 170, "Le Contrat d'objectif territorial,", 28, "bold")
        s.text(40, 200, "Un outil au service de la transition écologique", 14, "italic", _GREY)
        s.text(40, 240, "Démarrage de la Phase 2", 16, "bold", _TEAL)
    # 6 regional objectives and score targets
    s.slide()
    y = s.title("Le Contrat d'objectif territorial")
    s.text(30, y + 8, "Objectifs régionaux", 13, "bold", _TEAL)
    mandatory = [
        "Implication des territoires / **coopération** / valorisation",
        "**Adaptation** au changement climatique",
        "Evaluation financière du **budget climat** de la collectivité",
    ]
    chosen = [
        "Augmenter l'efficacité énergétique pour la chaleur et le refroidissement des bâtiments "
        "publics",
        "Développer l'**Economie de la fonctionnalité**",
    ]
    if ppt:
        yy = y + 30
        s.text(30, yy, "3 objectifs obligatoires :", 10.5, "bold")
        yy += 16
        for n, item in enumerate(mandatory, start=1):
            s.text(40, yy, f"{n}.", 10)
            yy = s.paragraph(55, yy, item, 10, 300) + 2
        yy += 8
        s.text(30, yy, "2 objectifs retenus (au choix) :", 10.5, "bold")
        yy += 16
        for n, item in enumerate(chosen, start=1):
            s.text(40, yy, f"{n}.", 10)
            yy = s.paragraph(55, yy, item, 10, 300) + 2
        # score block on the right half
        s.text(390, y + 30, "Score", 13, "bold", _TEAL)
        s.text(390, y + 48, "A atteindre au terme de l'opération", 10.5, "bold")
        yy = y + 68
        for n, sentence in enumerate(_SCORE_TARGETS, start=1):
            s.text(392, yy, f"{n}.", 9.5)
            yy = s.paragraph(405, yy, sentence, 9.5, 300) + 6
        s.paragraph(
            390,
            yy + 10,
            "**Il doit faciliter la gouvernance et le déploiement des actions de transition et "
            "être en cohérence avec le PCAET**",
            9.5,
            310,
        )
    else:
        for col, (head, items) in enumerate(
            (
                ("3 objectifs obligatoires :", mandatory),
                ("2 objectifs retenus (au choix) :", chosen),
            )
        ):
            x = 30 + col * 335
            s.text(x, y + 30, head, 9, "bold")
            yy = y + 46
            for n, item in enumerate(items, start=1):
                s.text(x, yy, f"{n}.", 8.5, "bold", _TEAL)
                yy = s.paragraph(x + 12, yy, item, 8.5, 300) + 2
        # score targets: two cards side by side (CAE left, ECI right)
        s.text(30, 196, "Score — A atteindre au terme de l'opération", 10, "bold", _TEAL)
        for col, sentence in enumerate(_SCORE_TARGETS):
            x = 30 + col * 335
            s.rect(x, 206, 325, 100, (0.93, 0.97, 0.97), radius=6)
            s.paragraph(x + 12, 226, sentence, 9.5, 300)
        s.paragraph(
            30,
            330,
            "**Il doit faciliter la gouvernance et le déploiement des actions de transition et "
            "être en cohérence avec le PCAET**",
            9,
            640,
        )
    # 7-8 tables (the ECI slide keeps the CAE title, as in the real deck)
    if ppt:
        title = "Le volet Climat Air Energie"
        if hasattr(s, "table"):  # a producer backend draws real tables
            s.table(title, "Les actions", _CAE_ROWS, False)
            s.table(title, "Actions Economie circulaire", _ECI_ROWS, True)
        else:
            _table_ppt(s, title, "Les actions", _CAE_ROWS, False, cell_anchor)
            _table_ppt(s, title, "Actions Economie circulaire", _ECI_ROWS, True, cell_anchor)
    else:
        _table_keynote(s, "Le volet Climat Air Energie", "Les actions", _CAE_ROWS, False, 14)
        _table_keynote(
            s, "Le volet Climat Air Energie", "Actions Economie circulaire", _ECI_ROWS, True, 12
        )
    # 9 orientations overview
    s.slide()
    y = s.title("Les orientations stratégiques")
    sections = ["Interne & gouvernance", "Auprès des partenaires et acteurs du territoire"]
    if ppt:
        for col in range(2):
            x = 24 + col * 350
            s.text(x, y + 10, sections[col], 12, "bold", _TEAL)
            yy = y + 34
            for no, label, _, _, _ in _ORIENTATIONS[col * 2 : col * 2 + 2]:
                if no == 2:  # inline, as on the real slide
                    yy = s.paragraph(x, yy, f"**ORIENTATION {no}** : {label}", 10.5, 320) + 14
                else:
                    s.text(x, yy, f"ORIENTATION {no}" + (" :" if no > 2 else ""), 10.5, "bold")
                    lead = ": " if no == 1 else ""
                    yy = s.paragraph(x, yy + 14, lead + label, 10.5, 320) + 14
    else:
        for row in range(2):
            s.text(30, y + 8 + row * 150, sections[row], 10, "bold", _TEAL)
            for col in range(2):
                no, label, _, _, _ = _ORIENTATIONS[row * 2 + col]
                x, top = 30 + col * 335, y + 16 + row * 150
                s.rect(x, top, 325, 120, (0.95, 0.95, 0.97), radius=6)
                s.text(x + 12, top + 26, f"ORIENTATION {no}", 15, "bold", _TEAL)
                s.paragraph(x + 12, top + 48, label, 9.5, 300)
    # 10-13 one slide per orientation
    for no, label, objectives, bulleted, tag_on_top in _ORIENTATIONS:
        s.slide()
        y = s.title(f"ORIENTATION {no} : {label}")
        if ppt:
            if tag_on_top:
                s.text(700, y + 4, "Objectifs obligatoires", 9, "italic", _GREY, "right")
                y += 14
            y += 10
            for code, markup in objectives:
                x = 30
                if bulleted:
                    s.text(x, y, "•", 11, "symbol", _BLUE)
                    x += 12
                s.text(x, y, code, 11)
                y = s.paragraph(x + 24, y, markup, 11, 600 - x) + 9
            if not tag_on_top:
                s.text(30, max(y + 12, 370), "Objectifs obligatoires", 9, "italic", _GREY)
        else:
            if tag_on_top:
                s.text(690, y - 2, "Objectifs obligatoires", 7.5, "italic", _GREY, "right")
            cols = 3 if len(objectives) > 4 else 2
            card_w = (660 - (cols - 1) * 10) / cols
            card_h = 82.0 if len(objectives) > 6 else 100.0
            for index, (code, markup) in enumerate(objectives):
                r, c = divmod(index, cols)
                x, top = 30 + c * (card_w + 10), y + 6 + r * (card_h + 8)
                s.rect(x, top, card_w, card_h, (0.94, 0.97, 0.97), radius=6)
                s.text(x + 10, top + 22, code, 17, "bold", _TEAL)
                s.paragraph(x + 10, top + 38, markup, 8, card_w - 20)
            if not tag_on_top:
                s.text(30, 372, "Objectifs obligatoires", 7.5, "italic", _GREY)
    # 14 calendar
    s.slide()
    y = s.title("Le calendrier")
    if ppt:
        s.rect(20, y + 10, 680, 26, (0.85, 0.92, 0.97))
        s.text(30, y + 27, "Phase 1 – Octobre 2022 à mars 2024", 10.5, "bold")
        s.text(360, y + 27, "Période du COT : 2022-2026", 10.5, "bold", _RED, "center")
        s.text(690, y + 27, "Phase 2 – avril 2024 à 2026", 10.5, "bold", anchor="right")
        cols_y = y + 60
    else:
        s.text(30, y + 20, "Période du COT : 2022-2026", 16, "bold", _TEAL)
        s.text(30, y + 42, "Phase 1 – Octobre 2022 à mars 2024", 9.5)
        s.text(250, y + 42, "Phase 2 – avril 2024 à 2026", 9.5)
        cols_y = y + 70
    columns = [
        (
            "Organisation et plan d'actions",
            [
                "Renseigner les référentiels CAE et ECI",
                "Compléter les diagnostics territoriaux",
                "Définir les objectifs en fonction des audits CAE/Eci",
                "Elaborer un plan d'actions",
                "**Versement de 75 000 euros**",
            ],
            "Avenant pour validation des objectifs",
        ),
        (
            "Mise en œuvre du plan d'action",
            [
                "Organiser/améliorer la gouvernance",
                "Rapports annuels des moyens de mise en œuvre et pilotage globale",
            ],
            None,
        ),
        (
            "Audits finaux",
            [
                "Progression mesurée entre « la photo initiale » et l'audit final",
                "Analyse des objectifs régionaux et de leur atteinte collective",
            ],
            "Nouveau mandat",
        ),
    ]
    for index, (head, items, note) in enumerate(columns):
        x = 24 + index * 228
        s.text(x, cols_y, head, 10, "bold", _TEAL)
        yy = s.bullets(x, cols_y + 18, items, 8.5, 205, 3)
        if note:
            s.text(x, yy + 10, note, 8.5, "italic", _GREY)
    # 15 thanks
    s.slide()
    s.text(360, 200, "Merci de votre attention", 26, "bold", _BLUE, "center")
    return s.finish()


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
    s = slides or _Slides(layout, "COT TRI du Pays du Calaisis - COPIL", "SyMPaC · Pays du Calaisis")
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


def main() -> None:  # pragma: no cover - manual inspection helper
    """Write every (seed, layout) deck in ``/tmp/seed_cot`` for eyeballing."""
    out = Path("/tmp/seed_cot")
    out.mkdir(exist_ok=True)
    for layout in LAYOUTS:
        (out / f"seed000_{layout}.pdf").write_bytes(seed000_pdf(layout))
        (out / f"seed003_{layout}.pdf").write_bytes(seed003_pdf(layout))


if __name__ == "__main__":  # pragma: no cover
    main()
