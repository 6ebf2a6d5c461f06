"""Deterministic generator of French COT slide decks (PDF) with their ground truth.

Two deck kinds, modelled on the seed documents: ``"cae_eci"`` (audit scores, CAE and ECI
progress tables, strategic orientations, calendar; seed 000) and ``"tri"`` (COT TRI steering
committee: period, funding, quantified contractual objectives, priority zooms; seed 003).
Three visual layouts exercise the parser: ``"ruled"`` (grid lines, ▼/▶ markers, bullet list of
targets), ``"boxes"`` (no ruling, bold axes and indented sub-axes, big numbers in coloured
boxes) and ``"alt"`` (held out: other column order, ``%`` as separate words, targets as an
``Objectif | Cible`` list). The spec dataclasses are the truth the tests compare against;
:func:`build_cot_pdf` fills in the 1-based page where each item was drawn.
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass, field
from pathlib import Path

LAYOUTS = ("ruled", "boxes", "alt")
KINDS = ("cae_eci", "tri")

PAGE_W, PAGE_H = 960.0, 540.0
FONT, FONT_BOLD = "CotSans", "CotSans-Bold"


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


# --------------------------------------------------------------------------- drawing helpers


def _register_fonts() -> None:
    """DejaVu carries ▼ ▶ ★ and French accents; standard PDF fonts do not have the glyphs."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    candidates = [Path("/usr/share/fonts/truetype/dejavu")]
    try:
        import matplotlib

        candidates.append(Path(matplotlib.get_data_path()) / "fonts" / "ttf")
    except ImportError:  # pragma: no cover - matplotlib is a dependency
        pass
    for folder in candidates:
        regular, bold = folder / "DejaVuSans.ttf", folder / "DejaVuSans-Bold.ttf"
        if regular.exists() and bold.exists():
            pdfmetrics.registerFont(TTFont(FONT, str(regular)))
            pdfmetrics.registerFont(TTFont(FONT_BOLD, str(bold)))
            return
    raise RuntimeError("police DejaVuSans introuvable (ni système ni matplotlib)")


class _Deck:
    """Thin wrapper over a reportlab canvas that tracks the current 1-based page."""

    def __init__(self, title: str) -> None:
        from reportlab.pdfgen import canvas

        _register_fonts()
        self.buffer = io.BytesIO()
        self.c = canvas.Canvas(self.buffer, pagesize=(PAGE_W, PAGE_H), invariant=1)
        self.c.setTitle(title)
        self.page = 1

    def new_page(self) -> None:
        self.c.showPage()
        self.page += 1

    def text(
        self,
        x: float,
        y: float,
        value: str,
        size: float = 12,
        bold: bool = False,
        color: tuple[float, float, float] = (0.1, 0.1, 0.1),
        anchor: str = "left",
    ) -> None:
        self.c.setFillColorRGB(*color)
        self.c.setFont(FONT_BOLD if bold else FONT, size)
        if anchor == "right":
            self.c.drawRightString(x, y, value)
        elif anchor == "center":
            self.c.drawCentredString(x, y, value)
        else:
            self.c.drawString(x, y, value)

    def width(self, value: str, size: float, bold: bool = False) -> float:
        from reportlab.pdfbase.pdfmetrics import stringWidth

        return stringWidth(value, FONT_BOLD if bold else FONT, size)

    def wrap(self, value: str, size: float, width: float, bold: bool = False) -> list[str]:
        from reportlab.lib.utils import simpleSplit

        return simpleSplit(value, FONT_BOLD if bold else FONT, size, width)

    def rich_line(self, x: float, y: float, parts: list[tuple[str, bool]], size: float) -> None:
        """Draw consecutive fragments, some bold (like "**Former** et mobiliser")."""
        for fragment, bold in parts:
            if not fragment:
                continue
            self.text(x, y, fragment, size, bold)
            x += self.width(fragment, size, bold)

    def rect(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        fill: tuple[float, float, float] | None = None,
        stroke: bool = True,
    ) -> None:
        if fill:
            self.c.setFillColorRGB(*fill)
        self.c.setStrokeColorRGB(0.4, 0.4, 0.4)
        self.c.rect(x, y, w, h, stroke=1 if stroke else 0, fill=1 if fill else 0)

    def hline(self, x0: float, x1: float, y: float) -> None:
        self.c.setStrokeColorRGB(0.5, 0.5, 0.5)
        self.c.line(x0, y, x1, y)

    def vline(self, x: float, y0: float, y1: float) -> None:
        self.c.setStrokeColorRGB(0.5, 0.5, 0.5)
        self.c.line(x, y0, x, y1)

    def title(self, value: str, size: float = 24) -> None:
        self.text(40, PAGE_H - 60, value, size, True, (0.05, 0.25, 0.45))

    def bullets(self, y: float, items: list[str], size: float = 12, x: float = 60) -> float:
        for item in items:
            for i, line in enumerate(self.wrap(item, size, PAGE_W - x - 80)):
                self.text(x if i else x - 14, y, ("• " if not i else "") + line, size)
                y -= size * 1.4
            y -= 4
        return y

    def finish(self) -> bytes:
        self.c.showPage()
        self.c.save()
        return self.buffer.getvalue()


def _wrapped_rich(
    deck: _Deck, x: float, y: float, text: str, bold_words: int, size: float, width: float
) -> float:
    """Draw ``text`` wrapped, its first ``bold_words`` words bold; returns the next y."""
    words = text.split()
    lines = deck.wrap(text, size, width)
    index = 0
    for line in lines:
        parts: list[tuple[str, bool]] = []
        for word in line.split():
            bold = index < bold_words
            sep = " " if parts or index else ""
            if parts and parts[-1][1] == bold:
                parts[-1] = (parts[-1][0] + " " + word, bold)
            else:
                parts.append(((" " if parts else "") + word if sep else word, bold))
            index += 1
        deck.rich_line(x, y, parts, size)
        y -= size * 1.35
    del words
    return y


# --------------------------------------------------------------------------- CAE / ECI deck


def _pct(value: float) -> str:
    return f"{_fr(value)} %"


def _draw_table(deck: _Deck, title: str, header: str, rows: list[RefRowSpec], layout: str) -> None:
    per_page = 15 if layout != "boxes" else 14
    chunks = [rows[i : i + per_page] for i in range(0, len(rows), per_page)]
    for chunk_no, chunk in enumerate(chunks):
        if chunk_no:
            deck.new_page()
        deck.title(title + (" (suite)" if chunk_no else ""))
        top = PAGE_H - 100
        row_h = 24 if layout != "boxes" else 26
        x_label, x_end = 40.0, 920.0
        if layout == "alt":
            cols = [
                ("% Réalisé", "pct_done"),
                ("% Programmé", "pct_programmed"),
                ("Points restants", "points_remaining"),
            ]
            centres = [600.0, 720.0, 850.0]
        else:
            cols = [
                ("Points restants", "points_remaining"),
                ("% Réalisé", "pct_done"),
                ("% Programmé", "pct_programmed"),
            ]
            centres = [620.0, 730.0, 850.0] if layout == "ruled" else [640.0, 750.0, 860.0]
        size = 10.5
        # header
        if layout == "ruled":
            deck.rect(x_label, top - 8, x_end - x_label, row_h, fill=(0.82, 0.88, 0.95))
        deck.text(x_label + 6, top, header, size, True)
        for (name, _), cx in zip(cols, centres, strict=True):
            deck.text(cx, top, name, size, True, anchor="center")
        y = top - row_h
        for row in chunk:
            row.page = deck.page
            is_axis = row.level == "axis"
            values = {
                "points_remaining": _fr(row.points_remaining),
                "pct_done": _pct(row.pct_done),
                "pct_programmed": _pct(row.pct_programmed),
            }
            if layout == "ruled":
                deck.rect(
                    x_label,
                    y - 8,
                    x_end - x_label,
                    row_h,
                    fill=(0.93, 0.95, 0.98) if is_axis else None,
                )
                for cx in centres:
                    deck.vline(cx - 55, y - 8, y - 8 + row_h)
                marker = "▼ " if is_axis else "▶ "
                prefix = f"{row.code} " if row.code else ""
                deck.text(
                    x_label + 6 + (0 if is_axis else 4),
                    y,
                    prefix + marker + row.label,
                    9.5,
                    is_axis,
                )
            elif layout == "boxes":
                if is_axis:
                    deck.rect(
                        x_label,
                        y - 9,
                        x_end - x_label,
                        row_h - 2,
                        fill=(0.85, 0.93, 0.86),
                        stroke=False,
                    )
                indent = 0 if is_axis else 22
                prefix = f"{row.code}  " if row.code else ""
                deck.text(x_label + 6 + indent, y, prefix + row.label, 9.5, is_axis)
            else:  # alt: dash before sub-axes, bold axes, no indentation
                label = row.label if is_axis else "– " + ((row.code + " ") if row.code else "")
                if not is_axis:
                    label += row.label
                deck.text(x_label + 6, y, label, 9.5, is_axis)
                deck.hline(x_label, x_end, y - 8)
            for (_, key), cx in zip(cols, centres, strict=True):
                shown = values[key]
                if layout == "alt" and shown.endswith(" %"):
                    deck.text(
                        cx + 12, y, shown[:-2], 10, is_axis and layout != "ruled", anchor="right"
                    )
                    deck.text(cx + 26, y, "%", 10)
                else:
                    deck.text(cx, y, shown, 10, is_axis and layout != "ruled", anchor="center")
            y -= row_h


def _stars_text(stars: int, layout: str) -> str:
    if layout == "alt":
        return f"{stars} étoile" + ("s" if stars > 1 else "")
    return {0: "0 ★", 1: "obtention d'une ★", 2: "obtention de deux ★★"}.get(stars, f"{stars} ★")


def _build_cae_eci(spec: CotSpec, layout: str) -> bytes:
    deck = _Deck(f"Contrat d'objectif territorial - {spec.territory_name}")
    cae = next(a for a in spec.audits if a.referential == "CAE")
    eci = next(a for a in spec.audits if a.referential == "ECI")
    # 1 title
    deck.text(60, 330, "Contrat d'objectif territorial", 34, True, (0.05, 0.25, 0.45))
    deck.text(60, 290, "Plan d'action pour la mise en œuvre de la transition écologique", 18)
    deck.text(60, 250, spec.territory_name, 16, True)
    # 2 audit CAE, 3 audit ECI
    for audit, title, points in (
        (
            cae,
            "Rappel des résultats de l'audit CAE",
            [
                "Plus de collaboration dans la mise en œuvre et l'animation avec les ressources "
                "techniques",
                "Approfondir le diagnostic de vulnérabilités climatiques",
                "Mettre en place une gouvernance technique transversale pour suivre le programme "
                "d'actions COT",
            ],
        ),
        (
            eci,
            "Résultat de l'audit Eci",
            [
                "Structuration de la politique Eci (gouvernance, pilotage...)",
                "Validation politique d'une feuille de route",
                "Déploiement des autres piliers de l'Eci",
            ],
        ),
    ):
        deck.new_page()
        audit.page = deck.page
        deck.title(title)
        if layout == "boxes":
            deck.rect(60, 330, 260, 110, fill=(0.99, 0.85, 0.55), stroke=False)
            deck.text(80, 415, "Score", 14, True)
            deck.text(80, 362, _pct(audit.score_pct), 40, True, (0.6, 0.2, 0.1))
            deck.text(80, 338, "★" * audit.stars if audit.stars else "0 ★", 16)
            deck.bullets(300, points)
        elif layout == "alt":
            name = "Climat Air Energie" if audit.referential == "CAE" else "Economie circulaire"
            deck.text(
                60,
                420,
                f"Audit {name} : {_pct(audit.score_pct)} - {_stars_text(audit.stars, layout)}",
                16,
                True,
            )
            deck.bullets(370, points)
        else:
            deck.text(
                60,
                420,
                f"Score {_pct(audit.score_pct)} et {_stars_text(audit.stars, layout)}",
                16,
                True,
            )
            deck.bullets(370, points)
    # 4 regional objectives and score targets
    deck.new_page()
    deck.title("Le Contrat d'objectif territorial - Score")
    deck.text(60, 430, "A atteindre au terme de l'opération", 16, True)
    y = 390.0
    for no, audit in enumerate((cae, eci), start=1):
        name = "Climat-Air-Energie" if audit.referential == "CAE" else "Économie circulaire"
        if layout == "alt":
            sentence = (
                f"Objectif {name} : +{_fr(audit.target_increase_pct)} points, soit "
                f"{_pct(audit.target_score_pct)} au terme du contrat (note initiale "
                f"{_pct(audit.score_pct)})."
            )
        else:
            sep = "." if no == 1 else ","
            score = f"{audit.score_pct:.1f}" if sep == "." else _fr(audit.score_pct)
            sentence = (
                f"{no}. L'Audit {name} de la phase 1 a validé une note de {score} %. "
                f"L'objectif de progression est fixé à +{_fr(audit.target_increase_pct)} %"
                f" soit une note de {_fr(audit.target_score_pct)} %."
            )
        for line in deck.wrap(sentence, 13, 820):
            deck.text(70, y, line, 13)
            y -= 19
        y -= 10
    deck.text(
        60,
        y - 20,
        "Il doit faciliter la gouvernance et le déploiement des actions de "
        "transition et être en cohérence avec le PCAET",
        12,
        True,
    )
    # tables
    deck.new_page()
    _draw_table(deck, "Le volet Climat Air Energie", "Les actions", spec.cae_rows, layout)
    deck.new_page()
    eci_title = (
        "Le volet Climat Air Energie" if layout == "ruled" else "Le volet Economie circulaire"
    )
    _draw_table(deck, eci_title, "Actions Economie circulaire", spec.eci_rows, layout)
    # orientations overview
    deck.new_page()
    deck.title("Les orientations stratégiques")
    y = 430.0
    for orient in spec.orientations:
        lines = deck.wrap(f"ORIENTATION {orient.no} : {orient.label}", 12, 820)
        for line in lines:
            deck.text(60, y, line, 12, line is lines[0])
            y -= 17
        y -= 12
    # one slide per orientation
    for orient in spec.orientations:
        deck.new_page()
        if layout == "boxes":
            deck.rect(40, PAGE_H - 110, 150, 70, fill=(0.05, 0.25, 0.45), stroke=False)
            deck.text(
                115, PAGE_H - 85, f"ORIENTATION {orient.no}", 14, True, (1, 1, 1), anchor="center"
            )
            y = PAGE_H - 62
            for line in deck.wrap(orient.label, 15, 700):
                deck.text(210, y, line, 15, True, (0.05, 0.25, 0.45))
                y -= 20
            y = min(y, PAGE_H - 110) - 30
        else:
            head = (
                f"Orientation n°{orient.no} – {orient.label}"
                if layout == "alt"
                else f"ORIENTATION {orient.no} : {orient.label}"
            )
            y = PAGE_H - 60
            for line in deck.wrap(head, 18, 870):
                deck.text(40, y, line, 18, True, (0.05, 0.25, 0.45))
                y -= 24
            y -= 20
        for obj in orient.objectives:
            obj.page = deck.page
            if layout == "boxes":
                deck.text(60, y, obj.code, 12, True, (0.6, 0.2, 0.1))
                y = _wrapped_rich(deck, 100, y, obj.label, obj.bold_words, 12, 560)
            elif layout == "alt":
                y = _wrapped_rich(deck, 60, y, f"{obj.code} - {obj.label}", 0, 12, 560)
            else:
                deck.text(50, y, "•", 12)
                deck.text(62, y, obj.code, 12)
                y = _wrapped_rich(deck, 90, y, obj.label, obj.bold_words, 12, 560)
            y -= 10
        deck.text(60, max(y - 10, 40), "Objectifs obligatoires", 10, color=(0.4, 0.4, 0.4))
    # calendar
    deck.new_page()
    deck.title("Le calendrier")
    deck.text(60, 420, f"Phase 1 – Octobre {spec.period_start} à mars {spec.period_start + 2}", 13)
    deck.text(380, 380, f"Période du COT : {spec.period_start}-{spec.period_end}", 15, True)
    deck.text(60, 340, f"Phase 2 – avril {spec.period_start + 2} à {spec.period_end}", 13)
    deck.bullets(
        290,
        [
            "Renseigner les référentiels CAE et ECI",
            "Elaborer un plan d'actions",
            f"Versement de {_thousands(spec.first_payment_eur)} euros",
        ],
    )
    deck.new_page()
    deck.text(PAGE_W / 2, PAGE_H / 2, "Merci de votre attention", 28, True, anchor="center")
    return deck.finish()


# --------------------------------------------------------------------------- COT TRI deck


def _build_tri(spec: CotSpec, layout: str) -> bytes:
    deck = _Deck(f"COT TRI - {spec.territory_name}")
    upper = spec.territory_name.upper()
    start, end = spec.period_start, spec.period_end
    deck.text(
        PAGE_W / 2,
        330,
        "LANCEMENT ET ÉTAT D'AVANCEMENT DU COT TRI",
        26,
        True,
        (0.1, 0.3, 0.2),
        anchor="center",
    )
    deck.text(
        PAGE_W / 2,
        290,
        upper if layout != "alt" else spec.territory_name,
        22,
        True,
        anchor="center",
    )
    deck.text(PAGE_W / 2, 230, f"COMITE DE PILOTAGE DU 7 OCTOBRE {start}", 16, anchor="center")
    # agenda (numbers that are not targets)
    deck.new_page()
    deck.title("ORDRE DU JOUR")
    for i, item in enumerate(
        [
            "Présentation des modalités du COT TRI",
            f"Les {len(spec.targets)} objectifs contractuels",
            "Zoom sur les 3 objectifs prioritaires",
            "Le pilotage de la démarche",
        ]
    ):
        deck.text(80 + i * 210, 300, f"-{i + 1}-", 20, True, anchor="center")
        deck.text(80 + i * 210, 260, item, 10, anchor="center")
    # modalities
    deck.new_page()
    deck.title("1 - PRESENTATION DES MODALITES DU COT TRI")
    deck.bullets(
        440,
        [
            "Le Contrat d'objectifs territorial pour l'amplification de la Troisième Révolution "
            "Industrielle (COT TRI) est un dispositif d'accompagnement de l'ADEME, cofinancé par "
            "la Région",
            f"Constitue un document stratégique et opérationnel pour une durée de 3 ans. "
            f"(1/01/{start} – 31/12/{end})",
            "Convention finançant l'animation (ingénierie), la communication, les études et les AMO",
            f"1ère et 2ème année: aide forfaitaire de {_thousands(spec.first_payment_eur)} €",
            "3ème année: maximum 1€ hab, aide conditionnée à l'atteinte des objectifs contractuels:"
            " a minima, 60 % de chaque objectif doit être atteint",
            f".... Soit {_thousands(spec.amount_eur)} € sur 3 ans.",
        ],
    )
    # targets
    deck.new_page()
    n = len(spec.targets)
    deck.title(f"3 - LES {n} OBJECTIFS CONTRACTUELS DU COT TRI")
    deck.text(PAGE_W - 40, PAGE_H - 60, f"{start}/{end}", 14, True, anchor="right")
    if layout == "ruled":
        _targets_ruled(deck, spec)
    elif layout == "boxes":
        _targets_boxes(deck, spec)
    else:
        _targets_alt(deck, spec)
    # zoom slides for priorities (ruled and alt)
    if layout != "boxes":
        for target in [t for t in spec.targets if t.priority]:
            deck.new_page()
            deck.title(f"ZOOM - DOMAINE DE COOPÉRATION : {target.domain}", 18)
            deck.text(40, 440, "ETAT DES LIEUX", 12, True)
            deck.bullets(
                410,
                [
                    "Quelques expérimentations ciblées sur le territoire, encore "
                    "isolées et peu accompagnées."
                ],
                11,
            )
            deck.rect(560, 250, 340, 170, fill=(0.95, 0.9, 0.8), stroke=False)
            deck.text(580, 395, "OBJECTIF CONTRACTUEL PRIORITAIRE", 13, True)
            y = 370.0
            for line in deck.wrap(target.label, 12, 300):
                deck.text(580, y, line, 12)
                y -= 16
            deck.text(40, 200, "Liens DC 3, DC 4, DC 6", 10)
    deck.new_page()
    deck.title("5 - LE PILOTAGE DE LA DEMARCHE")
    deck.bullets(
        430,
        [
            "Mobilisation (dont les acteurs de la société civile), communication",
            f"Recherche d'efficacité pour atteindre les {n} objectifs contractuels sur la TEE/TRI",
            f"Des moyens financiers (de l'ordre de {_thousands(spec.amount_eur)} €)",
        ],
    )
    return deck.finish()


def _targets_ruled(deck: _Deck, spec: CotSpec) -> None:
    """Seed-like: bullet sentences (figure in bold) with the domain caption on the right."""
    deck.text(40, PAGE_H - 90, "OBJECTIFS CONTRACTUELS DU TERRITOIRE A 3 ANS", 12, True)
    n = len(spec.targets)
    row_h = min(44.0, 410.0 / n)
    y = PAGE_H - 120
    for target in spec.targets:
        target.page = deck.page
        deck.hline(40, 920, y + row_h - 14)
        lines = deck.wrap(target.label, 10, 600)
        yy = y
        for i, line in enumerate(lines[:3]):
            if i == 0:
                deck.text(50, yy, "•", 10)
                if target.number_text and line.startswith(target.number_text):
                    deck.rich_line(
                        62,
                        yy,
                        [(target.number_text, True), (line[len(target.number_text) :], False)],
                        10,
                    )
                else:
                    deck.text(62, yy, line, 10)
            else:
                deck.text(62, yy, line, 10)
            yy -= 12.5
        cap = deck.wrap(target.domain, 9, 200, True)
        cy = y
        for line in cap:
            deck.text(690, cy, line, 9, True, (0.1, 0.35, 0.6))
            cy -= 11
        y -= row_h
    deck.hline(40, 920, y + row_h - 14)


def _targets_boxes(deck: _Deck, spec: CotSpec) -> None:
    """Coloured boxes with the big figure on top, label below, domain caption under the box."""
    deck.text(40, PAGE_H - 90, "OBJECTIFS CONTRACTUELS (ET ", 11, True)
    x = 40 + deck.width("OBJECTIFS CONTRACTUELS (ET ", 11, True)
    deck.text(x, PAGE_H - 90, "PRIORITAIRES", 11, True, (0.8, 0.1, 0.1))
    x += deck.width("PRIORITAIRES", 11, True)
    deck.text(x, PAGE_H - 90, ") DU TERRITOIRE A 3 ANS", 11, False)
    n = len(spec.targets)
    cols = 4 if n > 9 else 3
    rows = (n + cols - 1) // cols
    cell_w = 880.0 / cols
    cell_h = 410.0 / rows
    for index, target in enumerate(spec.targets):
        target.page = deck.page
        r, c = divmod(index, cols)
        x0 = 40 + c * cell_w
        top = PAGE_H - 110 - r * cell_h
        box_h = cell_h - 34
        deck.rect(x0 + 6, top - box_h, cell_w - 24, box_h, fill=(0.87, 0.93, 0.97), stroke=False)
        y = top - 26
        if target.number_text:
            deck.text(x0 + 16, y, target.number_text, 22, True, (0.05, 0.3, 0.55))
            y -= 16
        size = 8.5
        for line in deck.wrap(target.rest, size, cell_w - 44, target.priority)[:4]:
            deck.text(x0 + 16, y, line, size, target.priority)
            y -= size * 1.25
        cy = top - box_h - 12
        for line in deck.wrap(target.domain, 8, cell_w - 30, True)[:2]:
            deck.text(x0 + 8, cy, line, 8, True, (0.55, 0.25, 0.1))
            cy -= 9.5


def _targets_alt(deck: _Deck, spec: CotSpec) -> None:
    """Two columns ``Objectif | Cible`` with domain group rows."""
    size = 9.5
    x_obj, x_cib = 50.0, 700.0
    y = PAGE_H - 100
    deck.text(x_obj, y, "Objectif", 11, True)
    deck.text(x_cib, y, "Cible", 11, True)
    deck.hline(40, 920, y - 6)
    y -= 24
    for target in spec.targets:
        target.page = deck.page
        deck.text(x_obj, y, target.domain.title(), 9, True, (0.3, 0.3, 0.3))
        y -= 13
        text = target.rest[0].upper() + target.rest[1:]
        if target.priority:
            text += " (prioritaire)"
        lines = deck.wrap(text, size, 600)[:2]
        if target.number_text:
            cible = (
                f"{target.number_text} {target.unit}" if target.unit != "%" else target.number_text
            )
        else:
            cible = f"{_fr(target.value)} {target.unit}"
        deck.text(x_cib, y, cible, size, True)
        for line in lines:
            deck.text(x_obj + 10, y, line, size)
            y -= 12
        deck.hline(40, 920, y + 5)
        y -= 7


def build_cot_pdf(spec: CotSpec, layout: str = "ruled") -> bytes:
    """Render ``spec`` as a landscape 16:9 PDF deck; sets each item's ``page`` on the spec."""
    if layout not in LAYOUTS:
        raise ValueError(f"unknown COT layout {layout!r}")
    if spec.kind == "tri":
        return _build_tri(spec, layout)
    return _build_cae_eci(spec, layout)


def main() -> None:  # pragma: no cover - manual inspection helper
    """Write one deck per (kind, layout) in ``/tmp/cot_demo`` for eyeballing."""
    out = Path("/tmp/cot_demo")
    out.mkdir(exist_ok=True)
    for kind in KINDS:
        for layout in LAYOUTS:
            spec = random_cot_spec(random.Random(7), "Pays du Calaisis", kind)
            (out / f"{kind}_{layout}.pdf").write_bytes(build_cot_pdf(spec, layout))


if __name__ == "__main__":  # pragma: no cover
    main()
