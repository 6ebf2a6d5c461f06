"""Deterministic generator of realistic French PCAET action-plan PDFs, with their ground truth.

Real action plans come in many shapes (2-column field tables, "Label : valeur" paragraphs,
borderless grids, landscape sheets with tables that run over several pages). The parser must
cope with all of them, so the demo corpus, the tests and the benchmarks are built from specs
(:class:`PlanSpec`) that hold both the raw labels printed in the PDF (``"2020 et +"``,
``"interne (0,2 ETP)"``) and the values a correct parser must return.
"""

from __future__ import annotations

import io
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

LAYOUTS = ("table", "paragraph", "grid", "landscape")

# --------------------------------------------------------------------------- specs


@dataclass
class StepSpec:
    """One implementation-table row: printed labels and expected parsed values."""

    step: str
    description: str
    planning_label: str
    budget_label: str
    owner_label: str  # as printed; "" when the cell is merged with / continues the row above
    partners_label: str
    start_year: int | None
    end_year: int | None
    open_ended: bool
    budget_eur: float | None
    funded: bool | None
    internal: bool
    etp: float | None
    owner: str  # expected after forward-fill
    partners: list[str]
    budget_eur_per_year: float | None = None  # « X €/an »: budget_eur = it × years, if known


@dataclass
class ActionSpec:
    """One action sheet. ``page`` is filled by :func:`build_action_plan_pdf` (1-based)."""

    code: str
    title: str
    context: str
    expected_results: str
    indicators: list[str]
    target_audiences: list[str]
    regulatory_links: list[str]
    steps: list[StepSpec]
    has_body: bool = True
    indicators_run_on: bool = False  # printed on one line, separated by spaces only
    links_run_on: bool = False
    page: int | None = None

    @property
    def total_budget_eur(self) -> float | None:
        known = [s.budget_eur for s in self.steps if s.budget_eur is not None]
        return float(sum(known)) if known else None

    @property
    def total_etp(self) -> float | None:
        known = [s.etp for s in self.steps if s.etp is not None]
        return round(sum(known), 4) if known else None

    @property
    def start_year(self) -> int | None:
        years = [s.start_year for s in self.steps if s.start_year is not None]
        return min(years) if years else None

    @property
    def end_year(self) -> int | None:
        if any(s.open_ended for s in self.steps):
            return None
        years = [s.end_year for s in self.steps if s.end_year is not None]
        return max(years) if years else None

    @property
    def owners(self) -> list[str]:
        return list(dict.fromkeys(s.owner for s in self.steps if s.owner))


@dataclass
class ObjectiveSpec:
    """A strategic objective; ``printed_code`` may use a comma ("1,4")."""

    code: str
    printed_code: str
    label: str
    stakes: str
    actions: list[ActionSpec] = field(default_factory=list)


@dataclass
class AxisSpec:
    number: int
    label: str
    objectives: list[ObjectiveSpec] = field(default_factory=list)

    @property
    def title(self) -> str:
        """What a parser should return as ``axis``."""
        return f"Axe {self.number} : {self.label}"


@dataclass
class PlanSpec:
    territory_name: str
    short_name: str
    period: tuple[int, int]
    axes: list[AxisSpec] = field(default_factory=list)
    plan_type: str = "PCAET"

    def actions(self) -> list[ActionSpec]:
        return [a for axis in self.axes for o in axis.objectives for a in o.actions]

    def objective_of(self, code: str) -> ObjectiveSpec:
        for axis in self.axes:
            for objective in axis.objectives:
                if any(a.code == code for a in objective.actions):
                    return objective
        raise KeyError(code)

    def axis_of(self, code: str) -> AxisSpec:
        for axis in self.axes:
            if any(a.code == code for o in axis.objectives for a in o.actions):
                return axis
        raise KeyError(code)


# --------------------------------------------------------------------------- content banks

_REG_LINKS = [
    "Réduction des émissions de GES",
    "Séquestration carbone",
    "Maîtrise de la consommation d'énergie",
    "Production et consommation d'ENR",
    "Matériaux biosourcés",
    "Qualité de l'air",
    "Adaptation au changement climatique",
]

_AXES = [
    "Aménager un territoire résilient et sobre",
    "Développer les énergies renouvelables et l'économie locale",
    "Mobiliser les acteurs et accompagner les changements de pratiques",
    "Préserver les ressources naturelles et la biodiversité",
]


@dataclass(frozen=True)
class _Theme:
    objective: str
    stakes: str
    actions: tuple[tuple[str, str, str], ...]  # title, context, expected results
    indicators: tuple[str, ...]
    audiences: tuple[str, ...]
    steps: tuple[tuple[str, str], ...]
    owners: tuple[str, ...]
    partners: tuple[str, ...]


_THEMES: tuple[_Theme, ...] = (
    _Theme(
        "Développer les mobilités alternatives à la voiture individuelle",
        "Le transport routier représente près de 40 % des émissions de gaz à effet de serre du "
        "territoire. L'offre alternative reste faible hors des centres-bourgs.",
        (
            (
                "Élaborer un schéma directeur cyclable intercommunal",
                "Les déplacements domicile-travail de moins de 5 km sont réalisés à 80 % en voiture. "
                "Le réseau cyclable est discontinu et peu sécurisé entre les communes.",
                "D'ici 2030, la part modale du vélo atteint 8 % des déplacements quotidiens.",
            ),
            (
                "Développer le covoiturage et l'autopartage",
                "Le taux d'occupation moyen des véhicules est de 1,1 personne. Plusieurs aires de "
                "covoiturage informelles existent aux abords des échangeurs.",
                "Augmenter le taux d'occupation des véhicules et réduire le trafic pendulaire.",
            ),
            (
                "Accompagner les plans de mobilité employeurs",
                "Les zones d'activités concentrent les flux pendulaires. Les entreprises de plus de "
                "100 salariés sont incitées à élaborer un plan de mobilité.",
                "Dix plans de mobilité employeurs sont engagés d'ici 2027.",
            ),
        ),
        (
            "Nombre de kilomètres d'aménagements cyclables réalisés",
            "Part modale du vélo dans les déplacements domicile-travail",
            "Nombre d'aires de covoiturage aménagées",
            "Taux d'occupation des véhicules",
            "Nombre de plans de mobilité signés",
        ),
        ("Habitants", "Entreprises", "Salariés", "Communes", "Scolaires"),
        (
            (
                "Réaliser un diagnostic des déplacements",
                "Recenser les flux domicile-travail et domicile-école, identifier les discontinuités "
                "du réseau et les points noirs de sécurité.",
            ),
            (
                "Définir un programme pluriannuel d'aménagements",
                "Hiérarchiser les itinéraires, chiffrer les aménagements et arrêter un calendrier "
                "partagé avec les communes.",
            ),
            (
                "Aménager les itinéraires prioritaires",
                "Réaliser les voies vertes et bandes cyclables des liaisons prioritaires entre les "
                "bourgs et les pôles d'emploi.",
            ),
            (
                "Déployer du stationnement vélo sécurisé",
                "Installer des abris vélos sécurisés aux gares, collèges et équipements publics.",
            ),
            (
                "Animer une campagne de promotion",
                "Organiser des ateliers de remise en selle et un challenge mobilité annuel avec les "
                "employeurs du territoire.",
            ),
            (
                "Évaluer et ajuster le dispositif",
                "Mettre en place des compteurs et publier un bilan annuel de fréquentation.",
            ),
        ),
        ("Service mobilité", "{acro}", "Pôle aménagement"),
        (
            "communes",
            "Département",
            "Région",
            "ADEME",
            "associations d'usagers du vélo",
            "employeurs (zones d'activités, hôpital, lycées)",
            "SNCF Gares & Connexions",
        ),
    ),
    _Theme(
        "Rénover massivement le parc bâti",
        "Le résidentiel représente 30 % des consommations d'énergie. Un tiers des logements a "
        "été construit avant 1975 et près de 15 % des ménages sont en précarité énergétique.",
        (
            (
                "Créer un guichet unique de la rénovation énergétique",
                "Les ménages peinent à identifier les aides et les professionnels qualifiés. Les "
                "permanences existantes sont dispersées.",
                "Accompagner 300 ménages par an dans leur projet de rénovation.",
            ),
            (
                "Rénover le patrimoine public communal et intercommunal",
                "Les bâtiments publics représentent 70 % des consommations de la collectivité. "
                "Plusieurs écoles sont classées en étiquette E ou F.",
                "Réduire de 40 % les consommations du patrimoine public d'ici 2030.",
            ),
            (
                "Lutter contre la précarité énergétique",
                "Les ménages modestes des communes rurales sont exposés à la hausse du prix du fioul.",
                "Repérer et accompagner 100 ménages en précarité énergétique par an.",
            ),
        ),
        (
            "Nombre de ménages accompagnés",
            "Nombre de logements rénovés",
            "Consommation d'énergie du patrimoine public",
            "Montant des travaux générés",
            "Nombre de bâtiments publics audités",
        ),
        (
            "Particuliers",
            "Propriétaires bailleurs",
            "Copropriétés",
            "Communes",
            "Artisans du bâtiment",
        ),
        (
            (
                "Ouvrir les permanences du guichet",
                "Mettre en place des permanences hebdomadaires dans trois communes relais et une "
                "ligne téléphonique unique.",
            ),
            (
                "Réaliser les audits énergétiques",
                "Faire réaliser les audits des bâtiments les plus consommateurs et hiérarchiser les "
                "travaux.",
            ),
            (
                "Programmer les travaux prioritaires",
                "Inscrire les travaux au plan pluriannuel d'investissement et mobiliser les aides.",
            ),
            (
                "Former les artisans locaux",
                "Organiser des sessions de formation RGE avec la chambre de métiers.",
            ),
            (
                "Repérer les ménages en difficulté",
                "Croiser les signalements des CCAS, des fournisseurs et des travailleurs sociaux.",
            ),
            (
                "Suivre les consommations",
                "Mettre en place un suivi mensuel des consommations des bâtiments rénovés.",
            ),
        ),
        ("{acro}", "Service habitat", "{acro} : service patrimoine bâti", "ALEC"),
        (
            "ADEME",
            "ALEC",
            "France Rénov'",
            "ANAH",
            "CAUE",
            "chambre de métiers",
            "bailleurs sociaux",
            "CCAS (Auch, Pavie, Preignan)",
        ),
    ),
    _Theme(
        "Produire des énergies renouvelables locales",
        "La production d'énergie renouvelable couvre 12 % des consommations. Le potentiel "
        "solaire sur toitures et le bois-énergie restent largement inexploités.",
        (
            (
                "Développer le photovoltaïque sur les toitures publiques",
                "Un cadastre solaire a identifié 250 toitures favorables sur le patrimoine public.",
                "Installer 2 MWc de photovoltaïque sur les toitures publiques d'ici 2028.",
            ),
            (
                "Structurer une filière bois-énergie locale",
                "Les haies et boisements du territoire produisent un bois peu valorisé. Plusieurs "
                "chaufferies collectives pourraient être alimentées localement.",
                "Alimenter cinq chaufferies collectives en plaquettes locales.",
            ),
            (
                "Accompagner les projets citoyens d'énergie renouvelable",
                "Des collectifs d'habitants souhaitent investir dans des centrales villageoises.",
                "Deux sociétés citoyennes de production sont créées d'ici 2026.",
            ),
        ),
        (
            "Puissance photovoltaïque installée",
            "Production d'énergie renouvelable annuelle",
            "Nombre de chaufferies bois alimentées localement",
            "Nombre de projets citoyens",
            "Part des énergies renouvelables dans la consommation",
        ),
        ("Communes", "Agriculteurs", "Habitants", "Entreprises"),
        (
            (
                "Réaliser les études de faisabilité",
                "Vérifier la structure des toitures et le raccordement au réseau.",
            ),
            (
                "Lancer un appel à projets",
                "Sélectionner un opérateur ou un tiers investisseur pour les toitures retenues.",
            ),
            (
                "Installer les premières centrales",
                "Réaliser les installations sur les bâtiments prioritaires.",
            ),
            (
                "Structurer l'approvisionnement en bois",
                "Organiser la collecte, le broyage et le stockage des plaquettes issues des haies.",
            ),
            (
                "Animer le réseau des porteurs de projets",
                "Accompagner juridiquement et financièrement les collectifs citoyens.",
            ),
            (
                "Communiquer sur les réalisations",
                "Valoriser les installations auprès des habitants et des élus.",
            ),
        ),
        ("{acro}", "Syndicat départemental d'énergie", "Pôle Climat Energie"),
        (
            "SDE",
            "ADEME",
            "Région",
            "Energies Partagées",
            "chambre d'agriculture",
            "acteurs du secteur (collectivités, associations...) ou opérateur",
        ),
    ),
    _Theme(
        "Réduire et valoriser les déchets",
        "Chaque habitant produit 560 kg de déchets ménagers et assimilés par an. Le taux de "
        "valorisation des biodéchets reste faible.",
        (
            (
                "Porter un programme local de prévention des déchets",
                "Le programme précédent a permis une baisse de 6 % des ordures ménagères.",
                "Réduire de 15 % les déchets ménagers et assimilés par habitant d'ici 2030.",
            ),
            (
                "Généraliser le tri à la source des biodéchets",
                "Les biodéchets représentent un tiers de la poubelle résiduelle.",
                "Chaque habitant dispose d'une solution de tri à la source des biodéchets.",
            ),
            (
                "Développer le réemploi et la réparation",
                "Une recyclerie associative fonctionne mais manque de locaux.",
                "Doubler les tonnages détournés vers le réemploi.",
            ),
        ),
        (
            "Tonnage de déchets ménagers par habitant",
            "Nombre de composteurs distribués",
            "Tonnage de biodéchets collectés",
            "Tonnage détourné vers le réemploi",
            "Taux de refus de tri",
        ),
        ("Particuliers", "Entreprises", "Associations", "Collectivités", "Restaurants scolaires"),
        (
            (
                "Réaliser un diagnostic des gisements",
                "Caractériser les ordures ménagères résiduelles et identifier les gisements évitables.",
            ),
            (
                "Distribuer des composteurs",
                "Proposer des composteurs individuels et installer des composteurs partagés.",
            ),
            (
                "Déployer la collecte des biodéchets",
                "Tester la collecte en porte-à-porte dans deux communes avant généralisation.",
            ),
            (
                "Soutenir la recyclerie",
                "Mettre à disposition des locaux et accompagner la structuration de l'association.",
            ),
            (
                "Sensibiliser les publics",
                "Animer des stands et des ateliers dans les écoles et les marchés.",
            ),
        ),
        ("{acro} : Service prévention et collecte des déchets", "Syndicat de traitement", "{acro}"),
        (
            "Trigone",
            "chambres consulaires",
            "CITEO",
            "associations de réemploi",
            "ADEME",
            "communes",
        ),
    ),
    _Theme(
        "Accompagner la transition agricole et alimentaire",
        "L'agriculture représente 35 % des émissions du territoire, principalement du fait de "
        "l'élevage et des engrais azotés. Les circuits courts restent marginaux.",
        (
            (
                "Élaborer un projet alimentaire territorial",
                "Moins de 5 % des produits consommés en restauration collective sont locaux.",
                "Atteindre 50 % de produits durables dont 20 % bio en restauration collective.",
            ),
            (
                "Développer les pratiques agroécologiques",
                "Les couverts végétaux et l'agroforesterie progressent mais restent peu répandus.",
                "500 hectares supplémentaires en agroforesterie ou couverts permanents.",
            ),
            (
                "Préserver le foncier agricole",
                "L'artificialisation consomme en moyenne 40 hectares de terres agricoles par an.",
                "Diviser par deux la consommation de terres agricoles d'ici 2031.",
            ),
        ),
        (
            "Part de produits locaux en restauration collective",
            "Surface en agroforesterie",
            "Nombre d'exploitations engagées",
            "Surface agricole artificialisée",
            "Nombre de points de vente en circuit court",
        ),
        ("Agriculteurs", "Restauration collective", "Habitants", "Communes"),
        (
            (
                "Réaliser le diagnostic agricole et alimentaire",
                "Identifier l'offre locale, les besoins de la restauration collective et les freins.",
            ),
            (
                "Animer un groupe d'agriculteurs",
                "Organiser des visites de fermes et des échanges techniques entre pairs.",
            ),
            (
                "Structurer une plateforme d'approvisionnement",
                "Mutualiser la logistique entre producteurs et cantines.",
            ),
            (
                "Former les cuisiniers",
                "Former les équipes de cuisine aux produits bruts et de saison.",
            ),
            (
                "Planter des haies",
                "Financer la plantation de haies bocagères avec les exploitants volontaires.",
            ),
        ),
        ("{acro}", "Chambre d'agriculture", "Service développement économique"),
        (
            "Chambre d'agriculture",
            "Région",
            "DRAAF",
            "CIVAM",
            "Terre de Liens",
            "Département",
            "communes",
        ),
    ),
    _Theme(
        "Préserver la ressource en eau et la biodiversité",
        "Les étiages sont de plus en plus sévères et les zones humides ont régressé. La trame "
        "verte et bleue est fragmentée par les infrastructures.",
        (
            (
                "Finaliser l'atlas de la biodiversité intercommunale",
                "L'atlas offrira un recensement de la richesse faunistique et floristique du "
                "territoire et un cadre pour la doctrine éviter-réduire-compenser.",
                "D'ici 2030 la trame verte et bleue est renforcée et les zones humides protégées.",
            ),
            (
                "Réduire les consommations d'eau des bâtiments publics",
                "Les fuites et les usages d'arrosage représentent une part importante des volumes.",
                "Réduire de 20 % les consommations d'eau du patrimoine public.",
            ),
            (
                "Restaurer les zones humides",
                "Plusieurs zones humides ont été drainées ou remblayées depuis 1950.",
                "Restaurer 50 hectares de zones humides d'ici 2030.",
            ),
        ),
        (
            "Réalisation de l'atlas",
            "Nombre d'animations",
            "Nombre de participants / typologie",
            "Volume d'eau consommé par les bâtiments publics",
            "Surface de zones humides restaurées",
        ),
        ("Communes et aménageurs", "Habitants", "Scolaires", "Agriculteurs"),
        (
            (
                "Impliquer et sensibiliser les publics",
                "Réaliser un programme d'animations pour inventorier la biodiversité locale avec les "
                "habitants.",
            ),
            (
                "Créer un espace internet",
                "Créer un espace numérique pour communiquer sur la démarche et recueillir les "
                "observations des contributeurs.",
            ),
            (
                "Consolider les données communales",
                "Maintenir le programme d'animation en impliquant les communes (sciences "
                "participatives).",
            ),
            (
                "Définir des préconisations trame verte et bleue",
                "Réaliser un guide dédié à la préservation et au renforcement de la trame.",
            ),
            (
                "Équiper les bâtiments de compteurs",
                "Installer des compteurs divisionnaires et des récupérateurs d'eau de pluie.",
            ),
            (
                "Restaurer les sites prioritaires",
                "Conduire les travaux de restauration hydraulique sur les sites maîtrisés.",
            ),
        ),
        ("{acro}", "service communication", "Syndicat de rivière", "Service environnement"),
        (
            "Associations naturalistes locales",
            "ARB",
            "OFB",
            "Agence de l'eau",
            "Conservatoire d'espaces naturels",
            "communes",
        ),
    ),
    _Theme(
        "Piloter et évaluer le plan climat",
        "La réussite du plan repose sur une gouvernance partagée, un suivi régulier et "
        "l'exemplarité de la collectivité.",
        (
            (
                "Créer un observatoire du territoire",
                "Compiler les données socio-économiques et environnementales pour disposer d'un "
                "outil d'appui à la décision.",
                "Fournir au territoire un outil d'appui à la décision.",
            ),
            (
                "Intégrer les enjeux climat dans la commande publique",
                "Les critères environnementaux sont inégalement pris en compte dans les marchés.",
                "D'ici 2030, toutes les commandes publiques interrogent leur contribution au "
                "développement durable.",
            ),
            (
                "Animer un conseil de développement climat",
                "Les habitants souhaitent être associés au suivi des actions.",
                "Un conseil citoyen se réunit deux fois par an et rend un avis public.",
            ),
        ),
        (
            "Réalisation de l'observatoire",
            "Usage de l'observatoire",
            "% marchés avec critères environnementaux",
            "Nombre de réunions du conseil",
            "Taux de réalisation des actions du plan",
        ),
        ("Services", "Élus", "Communes", "Habitants"),
        (
            (
                "Définir les besoins",
                "Définir les besoins des services, les données nécessaires et le mode de gestion.",
            ),
            (
                "Réaliser une première version",
                "Mettre en œuvre la première version et définir le protocole d'actualisation.",
            ),
            (
                "Former les acheteurs",
                "Former les acheteurs publics aux critères environnementaux et au coût global.",
            ),
            (
                "Élaborer un guide pratique",
                "Recenser les bonnes pratiques et les clauses types dans un guide partagé.",
            ),
            (
                "Publier un bilan annuel",
                "Présenter l'avancement du plan en conseil communautaire et le publier en ligne.",
            ),
        ),
        ("Service commande publique", "{acro}", "Pôle Climat Energie", "Direction générale"),
        ("Services", "communes", "université", "ADEME", "Région", "réseau des acheteurs publics"),
    ),
    _Theme(
        "Adapter le territoire au changement climatique",
        "Les vagues de chaleur, les retraits-gonflements d'argiles et les inondations soudaines "
        "sont de plus en plus fréquents.",
        (
            (
                "Élaborer une charte d'aménagement résilient",
                "Il s'agit d'intégrer les enjeux énergie-climat à l'urbanisme opérationnel et aux "
                "opérations d'aménagement communales.",
                "D'ici 2030 le développement du territoire suit une feuille de route partagée.",
            ),
            (
                "Désimperméabiliser et végétaliser les espaces publics",
                "Les cours d'écoles et places minérales forment des îlots de chaleur.",
                "Désimperméabiliser 5 hectares d'espaces publics d'ici 2030.",
            ),
            (
                "Évaluer la qualité de l'air intérieur",
                "L'évaluation de la qualité de l'air intérieur des établissements sensibles est "
                "une obligation réglementaire.",
                "D'ici 2030, la qualité de l'air intérieur est garantie pour les publics sensibles.",
            ),
        ),
        (
            "Diffusion de la charte",
            "Nombre de signataires",
            "Surface désimperméabilisée",
            "Nombre d'établissements participants",
            "Nombre d'arbres plantés",
        ),
        ("Élus et décideurs", "Communes", "Établissements recevant du public sensible"),
        (
            (
                "Réaliser un état des lieux",
                "Compiler les bonnes pratiques existantes, locales ou issues d'une veille.",
            ),
            (
                "Lancer un cycle de formation",
                "Informer les acteurs clés de l'aménagement sur les solutions d'un aménagement "
                "résilient.",
            ),
            ("Rédiger la charte", "Compiler les pratiques les plus appropriées au contexte local."),
            (
                "Accompagner techniquement les communes",
                "Appuyer les communes pour les diagnostics et le montage des dossiers.",
            ),
            (
                "Réaliser les travaux pilotes",
                "Désimperméabiliser deux cours d'écoles pilotes avec les élèves.",
            ),
        ),
        ("{acro}", "Service urbanisme", "communes volontaires"),
        (
            "communes",
            "CAUE",
            "architectes",
            "Agence de l'eau",
            "ATMO",
            "ARS",
            "opérateurs immobiliers",
        ),
    ),
    _Theme(
        "Soutenir l'économie circulaire et l'économie sociale et solidaire",
        "Les acteurs économiques locaux se mobilisent autour de l'économie circulaire, avec les "
        "chambres consulaires.",
        (
            (
                "Expérimenter un projet d'économie circulaire auprès des entreprises",
                "Une vingtaine d'entreprises représentatives sont auditées afin de connaître leurs "
                "ressources disponibles et leurs attentes.",
                "Des démarches d'optimisation énergétique sont menées dans toutes les entreprises "
                "d'ici 2030.",
            ),
            (
                "Promouvoir l'économie sociale et solidaire",
                "L'ESS privilégie l'utilité sociale, la proximité et la coopération.",
                "Proposer des services émergents favorisant l'économie locale.",
            ),
            (
                "Créer un réseau d'écologie industrielle",
                "Les zones d'activités concentrent des flux de matières réutilisables.",
                "Trente entreprises échangent des ressources d'ici 2027.",
            ),
        ),
        (
            "Nombre d'entreprises engagées",
            "Nombre de structures créées",
            "Nombre d'emplois créés",
            "Tonnage de matières échangées",
        ),
        ("Entreprises", "Associations", "Collectivités"),
        (
            (
                "Lancer une phase test",
                "Organiser des rencontres entre entreprises engagées pour échanger sur leurs besoins.",
            ),
            (
                "Définir une stratégie",
                "Déterminer le niveau d'engagement de la collectivité et le format de son soutien.",
            ),
            (
                "Réaliser les diagnostics des acteurs",
                "Étudier au cas par cas les matériaux et ressources disponibles.",
            ),
            (
                "Créer un outil partagé de gisements",
                "Recenser les propositions, projets et besoins dans un outil centralisateur.",
            ),
            (
                "Accompagner les services mutualisés",
                "Favoriser la création de services mutualisés par le réseau.",
            ),
        ),
        ("{acro}", "opérateur", "Service développement économique"),
        (
            "Chambre du Commerce et de l'Industrie du Gers",
            "chambres consulaires",
            "Chambre Régionale de l'Economie Sociale et Solidaire",
            "ADEME",
            "acteurs du secteur (collectivité, associations...) ou opérateur",
        ),
    ),
)

_PLANNINGS = (
    lambda y: (str(y), y, y, False),
    lambda y: (f"{y} et +", y, None, True),
    lambda y: (f"{y} - {y + 1}", y, y + 1, False),
    lambda y: (f"{y}-{y + 1}", y, y + 1, False),
    lambda y: (f"à partir de {y}", y, None, True),
    lambda y: (f"{y}/{y + 1}", y, y + 1, False),
    lambda y: (f"T2 {y}", y, y, False),
    lambda y: (f"{y}-{y + 2} (3 ans)", y, y + 2, False),
    lambda y: (str(y), y, y, False),
)


def _thousands(n: int) -> str:
    return f"{n:,}".replace(",", " ")


def _random_budget(rng: random.Random) -> tuple[str, float | None, bool | None, bool, float | None]:
    """(label, budget, funded, internal, etp) covering the messy values of real plans."""
    n = rng.choice((3, 5, 8, 10, 12, 15, 18, 20, 25, 40, 50, 120)) * 1000
    kind = rng.randrange(13)
    if kind == 0:
        return f"{n} (financé)", float(n), True, False, None
    if kind == 1:
        return _thousands(n), float(n), None, False, None
    if kind == 2:
        return rng.choice(("interne", "Interne")), 0.0, None, True, None
    if kind == 3:
        etp = rng.choice((0.1, 0.2, 0.25, 0.5))
        return f"interne ({str(etp).replace('.', ',')} ETP)", 0.0, None, True, etp
    if kind == 4:
        return f"{n} (stagiaire)", float(n), None, False, None
    if kind == 5:
        return rng.choice(("à définir", "A définir", "NC")), None, None, False, None
    if kind == 6:
        return f"{n // 1000} k€", float(n), None, False, None
    if kind == 7:
        return "1,5 M€", 1_500_000.0, None, False, None
    if kind == 8:
        return f"{_thousands(n)} € HT", float(n), None, False, None
    if kind == 9:
        return f"{_thousands(n)} €/an", float(n), None, False, None
    if kind == 10:
        return "0,5 ETP", None, None, False, 0.5
    return str(n), float(n), None, False, None


def _acronym(territory: str) -> str:
    prefixes = {
        "communauté d'agglomération": "CA",
        "communauté de communes": "CC",
        "communauté urbaine": "CU",
        "métropole": "M",
    }
    lower = territory.lower()
    head = next((v for k, v in prefixes.items() if lower.startswith(k)), "")
    rest = territory.split(" ", 3)[-1] if head else territory
    initials = "".join(w[0] for w in rest.replace("'", " ").split() if w[:1].isupper())
    return (head + initials) or "CT"


def _short_name(territory: str) -> str:
    for prefix in (
        "Communauté d'agglomération ",
        "Communauté de communes ",
        "Communauté urbaine ",
        "Métropole ",
    ):
        if territory.startswith(prefix):
            return (
                territory[len(prefix) :]
                .removeprefix("du ")
                .removeprefix("des ")
                .removeprefix("de la ")
                .removeprefix("de l'")
                .removeprefix("de ")
            )
    return territory


def _random_steps(
    rng: random.Random, theme: _Theme, acro: str, start: int, n: int, long_text: bool
) -> list[StepSpec]:
    pool = list(theme.steps)
    rng.shuffle(pool)
    steps: list[StepSpec] = []
    previous_owner: str | None = None
    for index in range(n):
        title, description = pool[index % len(pool)]
        if index >= len(pool):
            title = f"{title} (phase {index // len(pool) + 1})"
        if long_text:
            description = " ".join(
                [description]
                + [
                    "Cette étape s'appuie sur les retours d'expérience des territoires voisins et "
                    "fait l'objet d'un point d'étape en comité de pilotage."
                ]
                * rng.randint(1, 3)
            )
        year = start + min(index, 6) // 2
        label, y0, y1, open_ = rng.choice(_PLANNINGS)(year)
        budget_label, budget, funded, internal, etp = _random_budget(rng)
        per_year = None
        if budget_label.endswith("€/an"):  # a yearly amount: over the step's years, if known
            per_year = budget
            known = y0 is not None and y1 is not None and not open_
            budget = per_year * (y1 - y0 + 1) if known else None
        owner = rng.choice(theme.owners).format(acro=acro)
        if previous_owner and rng.random() < 0.45:
            owner = previous_owner
        partners = rng.sample(theme.partners, rng.choice((0, 1, 1, 2, 2, 3)))
        steps.append(
            StepSpec(
                step=title,
                description=description,
                planning_label=label,
                budget_label=budget_label,
                owner_label=owner,
                partners_label=", ".join(partners),
                start_year=y0,
                end_year=y1,
                open_ended=open_,
                budget_eur=budget,
                funded=funded,
                internal=internal,
                etp=etp,
                owner=owner,
                partners=partners,
                budget_eur_per_year=per_year,
            )
        )
        previous_owner = owner
    return steps


def random_plan_spec(rng: random.Random, territory_name: str, n_actions: int) -> PlanSpec:
    """A plausible plan of ``n_actions`` actions (one of them listed without a sheet).

    Themes, titles, steps, budgets ("interne (0,2 ETP)", "15 k€", "à définir"...), planning
    labels ("2020 et +", "T2 2024"...) and partner lists vary with ``rng``; the ground truth is
    held in the returned spec.
    """
    n_actions = max(2, n_actions)
    start = rng.choice((2019, 2020, 2021, 2023, 2024))
    acro = _acronym(territory_name)
    spec = PlanSpec(territory_name, _short_name(territory_name), (start, start + 6))
    themes = list(_THEMES)
    rng.shuffle(themes)
    n_axes = min(len(_AXES), max(1, round(n_actions / 5)))
    remaining = n_actions
    theme_index = 0
    for axis_no in range(1, n_axes + 1):
        axis = AxisSpec(axis_no, _AXES[(axis_no - 1) % len(_AXES)])
        spec.axes.append(axis)
        axis_share = remaining if axis_no == n_axes else max(1, n_actions // n_axes)
        remaining -= axis_share
        obj_no = 0
        while axis_share > 0:
            obj_no += 1
            theme = themes[theme_index % len(themes)]
            theme_index += 1
            code = f"{axis_no}.{obj_no}"
            printed = code.replace(".", ",") if rng.random() < 0.25 else code
            objective = ObjectiveSpec(code, printed, theme.objective, theme.stakes)
            axis.objectives.append(objective)
            n_here = min(axis_share, rng.randint(1, 3))
            axis_share -= n_here
            titles = list(theme.actions)
            rng.shuffle(titles)
            for a_no in range(1, n_here + 1):
                title, context, results = titles[(a_no - 1) % len(titles)]
                if a_no > len(titles):
                    title = f"{title} (volet {a_no})"
                long_table = rng.random() < 0.2
                n_steps = rng.randint(7, 9) if long_table else rng.randint(2, 5)
                objective.actions.append(
                    ActionSpec(
                        code=f"{code}.{a_no}",
                        title=title,
                        context=context,
                        expected_results=results,
                        indicators=rng.sample(theme.indicators, rng.randint(1, 3)),
                        target_audiences=rng.sample(theme.audiences, rng.randint(1, 3)),
                        regulatory_links=sorted(
                            rng.sample(_REG_LINKS, rng.randint(2, 7)), key=_REG_LINKS.index
                        ),
                        steps=_random_steps(rng, theme, acro, start, n_steps, long_table),
                        indicators_run_on=rng.random() < 0.3,
                        links_run_on=rng.random() < 0.4,
                    )
                )
    actions = spec.actions()
    missing = actions[rng.randrange(1, len(actions))]
    missing.has_body = False
    missing.steps = []
    return spec


# --------------------------------------------------------------------------- rendering


def _styles() -> dict[str, object]:
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle

    base = ParagraphStyle("base", fontName="Helvetica", fontSize=9, leading=11.5)
    return {
        "base": base,
        "cell": ParagraphStyle("cell", parent=base, fontSize=8, leading=10),
        "head": ParagraphStyle(
            "head", parent=base, fontName="Helvetica-Bold", fontSize=8, leading=10
        ),
        "label": ParagraphStyle("label", parent=base, fontName="Helvetica-Bold"),
        "title": ParagraphStyle(
            "title", parent=base, fontName="Helvetica-Bold", fontSize=22, leading=28, spaceAfter=14
        ),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=15, leading=20, spaceAfter=10),
        "axis": ParagraphStyle(
            "axis",
            parent=base,
            fontName="Helvetica-Bold",
            fontSize=15,
            leading=19,
            spaceBefore=6,
            spaceAfter=8,
            textColor=colors.HexColor("#1b5e20"),
        ),
        "objective": ParagraphStyle(
            "objective",
            parent=base,
            fontName="Helvetica-Bold",
            fontSize=12,
            leading=15,
            spaceBefore=8,
            spaceAfter=6,
        ),
        "fiche": ParagraphStyle(
            "fiche",
            parent=base,
            fontName="Helvetica-Bold",
            fontSize=11,
            leading=14,
            spaceBefore=4,
            spaceAfter=6,
            textColor=colors.HexColor("#0d47a1"),
        ),
        "summary": ParagraphStyle(
            "summary",
            parent=base,
            fontName="Helvetica-Oblique",
            fontSize=9.5,
            leading=12,
            leftIndent=12,
        ),
        "section": ParagraphStyle(
            "section",
            parent=base,
            fontName="Helvetica-Bold",
            fontSize=10,
            leading=13,
            spaceBefore=8,
            spaceAfter=4,
        ),
    }


def _p(text: str, style: object) -> object:
    from reportlab.platypus import Paragraph

    return Paragraph(text, style)


def _esc(text: str) -> str:
    return escape(text)


def _lines_markup(items: list[str], run_on: bool) -> str:
    return " ".join(_esc(i) for i in items) if run_on else "<br/>".join(_esc(i) for i in items)


def _fields(action: ActionSpec) -> list[tuple[str, str]]:
    """(label, markup) of the descriptive fields, in the usual order."""
    return [
        ("Contexte", _esc(action.context)),
        ("Objectifs et résultats attendus", _esc(action.expected_results)),
        ("Indicateurs", _lines_markup(action.indicators, action.indicators_run_on)),
        ("Publics cibles", _esc(", ".join(action.target_audiences))),
        ("Prise en compte de l'EES", ""),
        (
            "Liens avec les objectifs réglementaires",
            _lines_markup(action.regulatory_links, action.links_run_on),
        ),
    ]


_COLUMNS = {
    "step": "Etape",
    "description": "Descriptif",
    "planning": "Planification",
    "budget": "Ressources à mobiliser",
    "owner": "Porteur",
    "partners": "Partenaires envisagés",
}


def _step_value(step: StepSpec, key: str, index: int) -> str:
    return {
        "no": str(index + 1),
        "step": step.step,
        "description": step.description,
        "planning": step.planning_label,
        "budget": step.budget_label,
        "owner": step.owner_label,
        "partners": step.partners_label,
    }[key]


def fiche_doc_classes(
    pages: dict[str, int], furniture: Callable[[object, int, int], None]
) -> tuple[type, type]:
    """A doc template recording each fiche's first page, and a canvas that draws the running
    header/footer at save time, once the page count is known (``Page n / N``)."""
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import BaseDocTemplate

    class _Doc(BaseDocTemplate):
        def afterFlowable(self, flowable: object) -> None:  # noqa: N802 - reportlab API
            code = getattr(flowable, "_fiche_code", None)
            if code and code not in pages:
                pages[code] = self.page

    class _Canvas(Canvas):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)  # type: ignore[arg-type]
            self._states: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab API
            self._states.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._states)
            for number, state in enumerate(self._states, start=1):
                self.__dict__.update(state)
                furniture(self, number, total)
                super().showPage()
            super().save()

    return _Doc, _Canvas


class _Builder:
    """Renders one spec in one layout; records the page where each sheet starts."""

    def __init__(self, spec: PlanSpec, layout: str) -> None:
        if layout not in LAYOUTS:
            raise ValueError(f"layout inconnu : {layout} (attendu : {', '.join(LAYOUTS)})")
        self.spec, self.layout = spec, layout
        self.st = _styles()
        self.acro = _acronym(spec.territory_name)

    # ------------------------------------------------------------------ page furniture
    def _furniture(self, canvas: object, page: int, total: int) -> None:
        width, height = canvas._pagesize  # type: ignore[attr-defined]
        spec = self.spec
        canvas.saveState()  # type: ignore[attr-defined]
        canvas.setFont("Helvetica", 7.5)  # type: ignore[attr-defined]
        canvas.setFillGray(0.35)  # type: ignore[attr-defined]
        header, footer = {
            "table": (f"PCAET {spec.territory_name} – Programme d'actions", str(page)),
            "paragraph": (
                f"Plan Climat Air Énergie Territorial {spec.period[0]}-{spec.period[1]}",
                f"{spec.short_name} – Plan climat – page {page}",
            ),
            "grid": (f"{self.acro} | PCAET | Fiches actions", f"{page} / {total}"),
            "landscape": (
                f"{spec.territory_name} · Plan Climat Air Énergie Territorial",
                f"Page {page}/{total}",
            ),
        }[self.layout]
        if page > 1:
            canvas.drawString(40, height - 28, header)  # type: ignore[attr-defined]
            canvas.line(40, height - 32, width - 40, height - 32)  # type: ignore[attr-defined]
        canvas.drawRightString(width - 40, 22, footer)  # type: ignore[attr-defined]
        canvas.restoreState()  # type: ignore[attr-defined]

    # ------------------------------------------------------------------ blocks
    def _fiche_heading(self, action: ActionSpec) -> list[object]:
        st = self.st
        code, title = action.code, _esc(action.title)
        if self.layout == "table":
            out = [_p(f"FICHE {code} Objectif opérationnel : {title}", st["fiche"])]
        elif self.layout == "paragraph":
            out = [_p(f"Fiche action n° {code} – {title}", st["fiche"])]
        elif self.layout == "grid":
            out = [
                _p(f"ACTION {code}", st["fiche"]),
                _p(f"Objectif opérationnel : {title}", st["section"]),
            ]
        else:
            out = [_p(f"FICHE ACTION {code} : {title}", st["fiche"])]
        out[0]._fiche_code = code  # type: ignore[attr-defined]
        return out

    def _fields_block(self, action: ActionSpec) -> list[object]:
        from reportlab.lib import colors
        from reportlab.platypus import Spacer, Table, TableStyle

        st = self.st
        fields = _fields(action)
        if self.layout in ("table", "grid"):
            rows = [
                [_p(_esc(label), st["label"]), _p(value, st["base"])] for label, value in fields
            ]
            width = self._frame_width()
            table = Table(rows, colWidths=[0.26 * width, 0.74 * width])
            if self.layout == "table":
                style = [
                    ("GRID", (0, 0), (-1, -1), 0.6, colors.grey),
                    ("VALIGN", (0, 0), (0, -1), "MIDDLE"),
                    ("VALIGN", (1, 0), (1, -1), "TOP"),
                    ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#e8f0e8")),
                ]
            else:
                style = [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#e3ecf7")),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                    ("TOPPADDING", (0, 0), (-1, -1), 6),
                ]
            table.setStyle(TableStyle(style))
            return [table, Spacer(1, 8)]
        out: list[object] = []
        for label, value in fields:
            if self.layout == "paragraph":
                if label == "Indicateurs" and not action.indicators_run_on:
                    out.append(_p("<b>Indicateurs de suivi :</b>", st["base"]))
                    out += [_p(f"• {_esc(i)}", st["base"]) for i in action.indicators]
                else:
                    out.append(_p(f"<b>{_esc(label)} :</b> {value}", st["base"]))
                out.append(Spacer(1, 4))
            else:  # landscape: label on its own line, value below
                out.append(_p(_esc(label), st["label"]))
                if value:
                    out.append(_p(value, st["base"]))
                out.append(Spacer(1, 5))
        return out

    def _frame_width(self) -> float:
        return self.pagesize[0] - 80

    def _steps_table(self, action: ActionSpec) -> list[object]:
        from reportlab.lib import colors
        from reportlab.platypus import Spacer, Table, TableStyle

        st = self.st
        width = self._frame_width()
        if self.layout == "table":
            keys = ["step", "description", "planning", "budget", "owner", "partners"]
            heads = [_COLUMNS[k] for k in keys]
            ratios = [0.19, 0.26, 0.11, 0.13, 0.14, 0.17]
        elif self.layout == "paragraph":
            keys = ["step", "description", "planning", "budget", "owner", "partners"]
            heads = ["Étape", "Description", "Calendrier", "Moyens", "Pilote", "Partenaires"]
            ratios = [0.17, 0.29, 0.11, 0.13, 0.14, 0.16]
        elif self.layout == "grid":
            keys = ["step", "description", "planning", "budget", "owner", "partners"]
            heads = [
                "Etapes",
                "Descriptif de l'étape",
                "Echéance",
                "Budget",
                "Porteur",
                "Partenaires envisagés",
            ]
            ratios = [0.19, 0.26, 0.11, 0.13, 0.14, 0.17]
        else:
            keys = ["no", "step", "owner", "planning", "budget", "partners", "description"]
            heads = [
                "N°",
                "Etape",
                "Porteur",
                "Planification",
                "Ressources à mobiliser",
                "Partenaires envisagés",
                "Descriptif",
            ]
            ratios = [0.04, 0.16, 0.12, 0.1, 0.12, 0.16, 0.30]
        steps = action.steps
        if self.layout in ("paragraph", "landscape"):
            # a blank "Pilote"/"Porteur" cell means "same as above" (merged look)
            for i, step in enumerate(steps):
                step.owner_label = "" if i and steps[i - 1].owner == step.owner else step.owner
        rows = [[_p(_esc(h), st["head"]) for h in heads]]
        rows += [
            [_p(_esc(_step_value(s, k, i)), st["cell"]) for k in keys] for i, s in enumerate(steps)
        ]
        style: list[tuple] = [("VALIGN", (0, 0), (-1, -1), "TOP")]
        repeat = 1
        split_in_row = 0
        if self.layout == "table":
            style += [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#c8e6c9")),
            ]
            owner_col = keys.index("owner")
            i = 0
            while i < len(steps):  # merge equal consecutive owners (2 rows max: page breaks)
                if i + 1 < len(steps) and steps[i + 1].owner == steps[i].owner:
                    style.append(("SPAN", (owner_col, i + 1), (owner_col, i + 2)))
                    steps[i + 1].owner_label = ""
                    rows[i + 2][owner_col] = ""
                    i += 2
                else:
                    i += 1
        elif self.layout == "paragraph":
            style += [
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#eeeeee")]),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#bbdefb")),
            ]
        elif self.layout == "grid":
            style += [
                ("LINEABOVE", (0, 0), (-1, 0), 1, colors.black),
                ("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.grey),
            ]
            split_in_row = 1
        else:
            style += [
                ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#555555")),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#ffe0b2")),
            ]
            repeat = 0
        table = Table(
            rows, colWidths=[r * width for r in ratios], repeatRows=repeat, splitInRow=split_in_row
        )
        table.setStyle(TableStyle(style))
        title = {"paragraph": "Mise en œuvre", "grid": "Modalités de mise en œuvre"}.get(
            self.layout, "Modalités de mise en oeuvre"
        )
        return [_p(title, st["section"]), table, Spacer(1, 12)]

    def _objective_heading(self, objective: ObjectiveSpec) -> list[object]:
        st = self.st
        label = _esc(objective.label)
        if self.layout == "paragraph":
            return [_p(f"Objectif stratégique {objective.printed_code} : {label}", st["objective"])]
        if self.layout == "grid":
            return [
                _p(objective.printed_code, st["objective"]),
                _p(f"Objectif stratégique : {label}", st["objective"]),
            ]
        return [_p(f"{objective.printed_code} Objectif stratégique : {label}", st["objective"])]

    def _summary(self, objective: ObjectiveSpec) -> list[object]:
        st = self.st
        out = []
        for action in objective.actions:
            sep = {"paragraph": " : ", "landscape": " – "}.get(self.layout, " ")
            word = "ACTION" if self.layout == "grid" else "FICHE"
            out.append(_p(f"{word} {action.code}{sep}{_esc(action.title)}", st["summary"]))
        return out

    def story(self) -> list[object]:
        from reportlab.platypus import CondPageBreak, PageBreak, Spacer

        st, spec = self.st, self.spec
        story: list[object] = [
            Spacer(1, 120),
            _p("Plan Climat Air Énergie Territorial", st["title"]),
            _p(_esc(spec.territory_name), st["subtitle"]),
            _p(f"Programme d'actions {spec.period[0]} – {spec.period[1]}", st["subtitle"]),
            PageBreak(),
        ]
        for axis in spec.axes:
            story.append(_p(_esc(f"Axe {axis.number} : {axis.label}"), st["axis"]))
            for objective in axis.objectives:
                story += self._objective_heading(objective)
                story.append(_p("Enjeux stratégiques", st["section"]))
                story.append(_p(_esc(objective.stakes), st["base"]))
                story.append(Spacer(1, 6))
                story += self._summary(objective)
                story.append(Spacer(1, 10))
                for action in objective.actions:
                    if not action.has_body:
                        continue
                    if self.layout in ("landscape", "table"):
                        story.append(PageBreak())
                    else:
                        story.append(CondPageBreak(220))
                    story += self._fiche_heading(action)
                    story += self._fields_block(action)
                    story += self._steps_table(action)
            story.append(PageBreak())
        return story

    def build(self) -> bytes:
        from reportlab.lib.pagesizes import A4, landscape
        from reportlab.platypus import Frame, PageTemplate

        self.pagesize = landscape(A4) if self.layout == "landscape" else A4
        pages: dict[str, int] = {}
        builder = self

        _Doc, _Canvas = fiche_doc_classes(pages, builder._furniture)

        buffer = io.BytesIO()
        doc = _Doc(
            buffer,
            pagesize=self.pagesize,
            leftMargin=40,
            rightMargin=40,
            topMargin=48,
            bottomMargin=44,
            title=f"PCAET {self.spec.territory_name}",
            author="copdiag demo",
            invariant=1,
        )
        frame = Frame(40, 44, self.pagesize[0] - 80, self.pagesize[1] - 92, id="body")
        doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
        doc.build(self.story(), canvasmaker=_Canvas)
        for action in self.spec.actions():
            action.page = pages.get(action.code)
        return buffer.getvalue()


def build_action_plan_pdf(spec: PlanSpec, layout: str) -> bytes:
    """Render ``spec`` as a PDF in ``layout`` (one of :data:`LAYOUTS`).

    Side effect: sets ``action.page`` (1-based page where each sheet starts) and, for layouts
    that print a blank owner on "same as above" rows, ``step.owner_label``. Deterministic:
    same spec and layout → same bytes.
    """
    return _Builder(spec, layout).build()


def build_large_plan_pdf(n_pages: int, seed: int) -> bytes:
    """A plan of at least about ``n_pages`` pages (benchmarks), "table" layout."""
    rng = random.Random(seed)
    n_actions = max(4, int(n_pages / 1.9))
    data = b""
    for _ in range(4):
        spec = random_plan_spec(
            random.Random(rng.random()), "Communauté de communes du Grand Bench", n_actions
        )
        data = build_action_plan_pdf(spec, "table")
        pages = data.count(b"/Type /Page") - data.count(b"/Type /Pages")
        if pages >= n_pages:
            break
        n_actions = int(n_actions * n_pages / max(pages, 1)) + 2
    return data
