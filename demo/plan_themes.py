"""Content bank of the generated action plans: one theme per strategic objective (stakes,
action titles, indicators, audiences, steps, owners, partners), in French as plans write them.
"""

from __future__ import annotations

from dataclasses import dataclass


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
