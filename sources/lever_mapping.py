"""Map an action (title + body) or a contractual target to one of the 47 SGPE levers.

A steward override table always wins. Otherwise a transparent scoring classifier decides: text is
folded (accents, case), elisions and stopwords dropped and words lightly stemmed (plural, common
French suffixes), then matched against a per-lever lexicon of phrases (a phrase inside a longer
matched phrase does not count: "pompe à chaleur" hides "chaleur"). The lexicon is general
planning vocabulary, built from the lever label, its theme, its 2030 target text when present,
and hand-written synonyms. Each hit weighs ``weight × idf × phrase bonus × field weight``
where idf is computed over the lexicon (a word shared by many levers, like "déchets", counts
less than "biodéchets") and title hits count more than body hits. ``transverse`` competes with
its own vocabulary (governance, observatory, procurement, air quality, adaptation...) and is
also the fallback, with source ``default``, when no lever gathers enough evidence.

Everything is pure Python and deterministic; the compiled lexicon is cached.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from sources.lever_linear import NO_SECTOR, LinearSectorModel, features, sector_model
from sources.reference import TRANSVERSE, Lever, lever_by_code, levers
from sources.values import fold

SOURCE_OVERRIDE = "override"
SOURCE_CLASSIFIER = "classifier"
SOURCE_DEFAULT = "default"

TITLE_WEIGHT = 3.0  # a word in the title says more about the action than one in its context
BODY_WEIGHT = 1.0
# Below this best score the evidence is too thin (about one mid-weight word in the title, or one
# specific word in the body): transverse by default.
MIN_SCORE = 3.6
STRENGTH_SCALE = 10.0  # score at which the absolute part of the confidence reaches 63 %
MAX_TERMS = 8


@dataclass(frozen=True)
class LeverMatch:
    """Result of :func:`classify`: the lever and why it was chosen."""

    lever_code: str
    confidence: float
    matched_terms: tuple[str, ...]
    source: str


# --------------------------------------------------------------------------- text processing

_STOPWORDS = frozenset(
    """
    a au aux avec c ce ceci cela ces cet cette ceux celle celles celui chez comme d dans de des
    du elle elles en entre et etc eux il ils j je l la le les leur leurs lors lui m ma mais me
    meme mes moi mon n ne ni nos notre nous on ou par pas peu plus pour qu que quel quelle
    quelles quels qui quoi s sa sans se ses si son sont sur ta te tes toi ton tu un une vos votre
    vous y est etre ete sera seront ont avoir peut peuvent doit doivent afin ainsi aussi deja
    encore tres tout tous toute toutes autre autres vers puis donc dont ici cas via selon
    lequel laquelle lesquels lesquelles apres avant pendant depuis chaque plusieurs certains
    certaines notamment egalement ensemble sein travers
    janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre
    """.split()
)

# Tried longest first; a suffix is only removed when at least 4 letters remain ("lisible" and
# "lisier" must not meet on "lis").
_SUFFIXES = (
    "issements",
    "issement",
    "ements",
    "ement",
    "ments",
    "ment",
    "ations",
    "ation",
    "atrices",
    "atrice",
    "ateurs",
    "ateur",
    "ances",
    "ance",
    "ences",
    "ence",
    "ismes",
    "isme",
    "istes",
    "iste",
    "ables",
    "able",
    "ibles",
    "ible",
    "iques",
    "ique",
    "ites",
    "ite",
    "ieres",
    "iere",
    "iers",
    "ier",
    "euses",
    "euse",
    "eurs",
    "eur",
    "eux",
    "elles",
    "elle",
    "ees",
    "ee",
    "es",
    "er",
    "e",
)


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Light French stem of a folded word: plural then one derivational/inflectional suffix.

    Deliberately crude (no dictionary): it only has to map the lexicon and the text to the same
    key, so ``pistes cyclables`` meets ``piste cyclable`` and ``rénover`` meets ``rénovation``.
    """
    if len(word) <= 3 or word.isdigit():
        return word
    if word.endswith("eaux"):
        word = word[:-1]
    elif word.endswith("aux") and len(word) > 4:
        word = word[:-3] + "al"
    elif word[-1] in "sx" and not word.endswith("ss"):
        word = word[:-1]
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


# Typographic apostrophes would vanish in ASCII folding and glue "d’un" into one word.
_LIGATURES = str.maketrans(
    {"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "’": "'", "‘": "'", "ʼ": "'", "´": "'", "`": "'"}
)
_WORD_RE = re.compile(r"[a-z0-9]+")


def _fold(text: str) -> str:
    """Same key as :func:`sources.values.fold` for words, several times faster on long bodies."""
    text = unicodedata.normalize("NFKD", text.translate(_LIGATURES))
    return text.encode("ascii", "ignore").decode("ascii").lower()


def tokens(text: str | None) -> list[str]:
    """Folded, stemmed content words of ``text`` (stopwords, elisions, numbers dropped)."""
    if not text:
        return []
    out = []
    for word in _WORD_RE.findall(_fold(text)):
        if len(word) < 2 or word in _STOPWORDS or word.isdigit():
            continue
        out.append(stem(word))
    return out


# --------------------------------------------------------------------------- lexicon
# One string per lever: phrases separated by ";", optional "@weight" (default 1). General
# planning vocabulary (what any PCAET/COT would write), not phrases of one document.

_LEXICON: dict[str, str] = {
    "voyageurs.vehicules_electriques": """
        véhicule électrique; véhicules électriques; voiture électrique; voitures électriques;
        électrique@0.5; IRVE; borne de recharge; bornes de recharge; points de recharge;
        recharge électrique; recharge@0.6; électromobilité; mobilité électrique;
        hybride rechargeable; flotte électrique; véhicules à faibles émissions@0.8;
        véhicules propres@0.8; motorisation électrique; vélo électrique@0.3
    """,
    "voyageurs.bus_cars_decarbones": """
        bus électrique; bus électriques; bus au gaz; bus GNV; bus bioGNV; bus hydrogène;
        bus à hydrogène; bus propres; flotte de bus; parc de bus; autobus; autocar; autocars;
        bus et cars; cars scolaires; car scolaire; verdissement de la flotte@0.6; rétrofit;
        retrofit; hydrogène@0.4; bus@0.5
    """,
    "voyageurs.reduction_deplacements": """
        télétravail; coworking; tiers-lieu; tiers-lieux; tiers lieux; espace de travail partagé;
        visioconférence; réduction des déplacements; réduire les déplacements; besoin de
        déplacement; besoins de mobilité@0.5; services de proximité; commerces de proximité@0.7;
        ville du quart d'heure; courtes distances; démarches dématérialisées; dématérialisation@0.6;
        distance parcourue; distances parcourues; kilomètres parcourus@0.6; mobilité évitée;
        démobilité; proximité@0.3
    """,
    "voyageurs.covoiturage": """
        covoiturage; covoitureurs; covoitureur; aire de covoiturage; aires de covoiturage;
        ligne de covoiturage; voie réservée au covoiturage; autopartage@0.8; auto-partage@0.8;
        autostop; auto-stop; stop organisé; mobilité solidaire@0.6; transport solidaire@0.6;
        partage de véhicules@0.7; voiture partagée@0.8; taux d'occupation des véhicules@0.8
    """,
    "voyageurs.report_modal": """
        report modal; transport en commun; transports en commun; transports collectifs;
        transport collectif; réseau de bus; ligne de bus; lignes de bus; offre de bus@0.8;
        TER; train; trains; gare; gares; ferroviaire@0.5; pôle d'échanges multimodal;
        pôle d'échanges; PEM; intermodalité; multimodalité; intermodal; navette; navettes;
        transport à la demande; TAD; tramway; BHNS; métro; cadencement; billettique;
        abonnement transport; plan de mobilité; plans de mobilité; plan de mobilité employeur;
        PDE; PDIE; PDA; autosolisme; alternatives à la voiture; parking relais; parc relais; fréquentation des transports;
        usagers des transports@0.8; mobilité durable@0.5; mobilités alternatives@0.8;
        mobilité alternative@0.8; ligne de car; lignes de cars; car express; cars express;
        car interurbain; cars interurbains; bus@0.4
    """,
    "voyageurs.velo": """
        vélo; vélos; bicyclette; VAE; vélo à assistance électrique; vélos à assistance
        électrique; vélo électrique; cyclable; cyclables; piste cyclable; pistes cyclables;
        bande cyclable; aménagement cyclable; aménagements cyclables; itinéraire cyclable;
        réseau cyclable; schéma cyclable; plan vélo; schéma directeur vélo; véloroute;
        vélo-route; voie verte; voies vertes; cycliste; cyclistes; stationnement vélo;
        stationnements vélos; abri vélo; abris vélos; arceaux; location de vélos; vélo-école;
        savoir rouler; cyclotourisme; double sens cyclable; chaucidou; vélo cargo@0.6;
        mobilités actives@0.7; mobilité active@0.7; mobilités douces@0.7; mobilité douce@0.7;
        modes actifs@0.7; modes doux@0.7
    """,
    "voyageurs.efficacite_vehicules": """
        éco-conduite; écoconduite; conduite économe; conduite apaisée; limitation de vitesse;
        réduction des vitesses; abaissement de la vitesse; vitesse maximale autorisée;
        consommation de carburant; consommations de carburant; litres aux cent;
        véhicules thermiques; véhicule thermique; véhicules particuliers@0.7;
        voitures particulières@0.7; efficacité des véhicules; véhicules moins consommateurs;
        entretien des véhicules; pression des pneus; poids des véhicules; véhicules légers@0.5;
        flotte de véhicules@0.4; parc automobile@0.5
    """,
    "marchandises.carburants_decarbones": """
        biocarburant; biocarburants; bioéthanol; biodiesel; HVO; B100; E85; superéthanol;
        carburant alternatif; carburants alternatifs; carburant décarboné; carburants
        décarbonés; carburants bas carbone; station GNV; stations GNV; GNV@0.7; bioGNV@0.8;
        station hydrogène; stations hydrogène; station multi-énergies; hydrogène vert@0.7;
        hydrogène@0.4; poids lourds au gaz
    """,
    "marchandises.fret_routier_electrique": """
        poids lourds électriques; poids lourd électrique; camion électrique; camions
        électriques; véhicules utilitaires électriques; utilitaires électriques; VUL électriques;
        VUL électrique; recharge poids lourds; fret routier électrique; électrification du fret;
        livraison électrique@0.7; livraisons électriques@0.7; triporteur@0.5; triporteurs@0.5
    """,
    "marchandises.fret_ferroviaire_fluvial": """
        fret ferroviaire; fret fluvial; ferroutage; transport fluvial; fluvial; voie d'eau@0.7;
        voies navigables; péniche; péniches; port fluvial; embranchement ferré; embranchements
        ferrés; installation terminale embranchée; plateforme multimodale; plateforme
        trimodale; transport combiné; rail-route; autoroute ferroviaire; wagon; wagons;
        marchandises par le rail; report modal du fret; lignes capillaires fret; rail@0.7
    """,
    "marchandises.sobriete_logistique": """
        sobriété logistique; demande de transport de marchandises; réduction des flux de
        marchandises; flux de marchandises@0.6; distances de transport des marchandises;
        relocalisation@0.6; approvisionnement local@0.5; achats locaux@0.5; e-commerce@0.7;
        commerce en ligne@0.7; tonnes-kilomètres; circuits courts@0.3; logistique@0.4
    """,
    "marchandises.efficacite_logistique": """
        efficacité logistique; taux de remplissage; mutualisation des livraisons; livraisons
        mutualisées; mutualiser les livraisons; centre de distribution urbaine; CDU;
        logistique urbaine; logistique du dernier kilomètre; dernier kilomètre; espace
        logistique urbain; hôtel logistique; optimisation des tournées; tournées de livraison;
        charte logistique; charte marchandises; FRET21; objectif CO2 transporteurs;
        transporteurs@0.7; chargeurs@0.6; retours à vide; logistique@0.5
    """,
    "batiments.renovation_residentiel": """
        rénovation énergétique@0.8; rénovation thermique@0.8; rénovation globale@0.8;
        rénovations performantes@0.8; rénovation d'ampleur@0.8; isolation@0.7;
        isolation des combles; isolation des murs; isolation thermique@0.8; isoler@0.6;
        passoire thermique; passoires thermiques; passoires énergétiques; étiquette énergie;
        précarité énergétique; ménages modestes; ANAH; MaPrimeRénov; MaPrimeRénov';
        Ma Prime Rénov; MPR; OPAH; programme d'intérêt général; PIG; France Rénov;
        France Renov'; réseau FAIRE; espace info énergie; EIE; conseiller info énergie;
        conseillers FAIRE; guichet unique@0.6; guichet unique de l'habitat; guichet unique
        de la rénovation; PTRE; plateforme territoriale de rénovation énergétique; SPEE;
        SPPEH; SARE; SLIME; Mon Accompagnateur Rénov; accompagnateur rénov;
        logement; logements; habitat@0.8; habitat privé; habitat indigne@0.7; maison
        individuelle; maisons individuelles; maison@0.5; copropriété; copropriétés;
        copropriétaires; propriétaires occupants; propriétaires bailleurs; locataires@0.6;
        ménages@0.6; particuliers@0.4; résidentiel; résidentielle; parc privé; logement
        social; logements sociaux; bailleurs sociaux; bailleur social; DPE; diagnostic de
        performance énergétique; thermographie; défi familles à énergie positive;
        défi DECLICS; écogestes dans les logements; chèque énergie; audit énergétique@0.4
    """,
    "batiments.renovation_tertiaire": """
        bâtiments publics; bâtiment public; patrimoine public; patrimoine communal;
        patrimoine bâti@0.7; bâtiments communaux; bâtiment communal; bâtiments
        intercommunaux; bâtiments de la collectivité; bâtiments tertiaires; bâtiment tertiaire;
        tertiaire; décret tertiaire; dispositif éco énergie tertiaire; écoles@0.6; école@0.6;
        groupe scolaire@0.6; gymnase; gymnases; mairie; mairies; salle des fêtes; salles
        polyvalentes; équipements publics@0.8; équipements sportifs@0.7; bureaux@0.6;
        commerces@0.4; conseil en énergie partagé; conseiller en énergie partagé; CEP@0.7;
        économe de flux; schéma directeur immobilier; schéma directeur immobilier
        énergie; gestion technique du bâtiment; GTB; suivi des consommations@0.7; sobriété
        énergétique des bâtiments publics; éclairage public@0.6; rénovation énergétique@0.3;
        rénovation thermique@0.3; isolation@0.3
    """,
    "batiments.chaudiere_fioul_residentiel": """
        chaudière fioul; chaudières fioul; chaudière au fioul; chaudières au fioul;
        chauffage au fioul; fioul; fuel domestique; sortie du fioul; remplacement des
        chaudières@0.7; changement de chaudière@0.7; pompe à chaleur@0.6; pompes à
        chaleur@0.6; coup de pouce chauffage@0.8; poêle à granulés@0.5; chaudière
        biomasse@0.4; chaudière granulés@0.4
    """,
    "batiments.chaudiere_gaz_residentiel": """
        chaudière gaz; chaudières gaz; chaudière au gaz; chaudières au gaz; chauffage au gaz;
        chaudière à gaz; gaz naturel@0.6; gaz fossile@0.6; remplacement des chaudières@0.5;
        changement de chaudière@0.5; pompe à chaleur@0.4; pompes à chaleur@0.4
    """,
    "batiments.chaudiere_fioul_tertiaire": """
        chaudière fioul; chaudières fioul; chaudière au fioul; chaudières au fioul;
        chauffage au fioul; fioul; sortie du fioul; remplacement des chaudières@0.7;
        changement de chaudière@0.7; pompe à chaleur@0.6; pompes à chaleur@0.6;
        chaufferie fioul
    """,
    "batiments.chaudiere_gaz_tertiaire": """
        chaudière gaz; chaudières gaz; chaudière au gaz; chaudières au gaz; chauffage au gaz;
        chaudière à gaz; gaz naturel@0.6; gaz fossile@0.6; remplacement des chaudières@0.5;
        changement de chaudière@0.5; pompe à chaleur@0.4; pompes à chaleur@0.4;
        chaufferie gaz
    """,
    "energie.electricite_renouvelable": """
        électricité renouvelable; électricité verte; photovoltaïque; photovoltaïques; PV;
        panneaux solaires; panneaux photovoltaïques; centrale solaire; centrales solaires;
        centrale photovoltaïque; parc photovoltaïque; ombrière; ombrières; toitures solaires;
        toiture solaire; cadastre solaire; solaire@0.8; agrivoltaïsme; agrivoltaïque;
        éolien; éolienne; éoliennes; parc éolien; parcs éoliens; petit éolien;
        hydroélectricité; hydroélectrique; petite hydraulique; microcentrale; microcentrales;
        autoconsommation; autoconsommation collective; centrales villageoises; énergie
        citoyenne; projets citoyens d'énergie renouvelable; production d'électricité;
        stockage de l'énergie@0.5; réseaux intelligents@0.5; smart grid@0.5; énergies
        renouvelables@0.6; énergie renouvelable@0.6; ENR@0.6; EnR&R@0.5; production
        d'énergie renouvelable@0.7; production locale d'énergie@0.6
    """,
    "energie.biogaz": """
        méthanisation; méthaniseur; méthaniseurs; unité de méthanisation; unités de
        méthanisation; biogaz; biométhane; injection de biométhane; gaz vert; gaz
        renouvelable; gaz renouvelables; digesteur; CIVE; cultures intermédiaires à vocation
        énergétique; digestat@0.5; digestats@0.5; valorisation du biogaz@0.7; pyrogazéification;
        méthanation
    """,
    "energie.reseaux_chaleur": """
        réseau de chaleur; réseaux de chaleur; réseau de chaleur urbain; réseaux de chaleur
        urbains; réseau de froid; réseaux de froid; chaufferie bois; chaufferies bois;
        chaufferie biomasse; chaufferie collective; chaufferies collectives; bois énergie;
        bois-énergie; biomasse; plaquettes forestières; plaquettes bois; granulés@0.5;
        géothermie; géothermique; chaleur renouvelable; chaleur fatale@0.7; récupération de
        chaleur; récupération de chaleur fatale@0.8; fonds chaleur; solaire thermique;
        schéma directeur des réseaux de chaleur; raccordement au réseau de chaleur;
        raccordement@0.4; chaleur@0.4
    """,
    "industrie.grands_sites": """
        grands sites industriels; grand site industriel; sites industriels@0.6; zone
        industrialo-portuaire; zone industrielle portuaire; décarbonation de l'industrie@0.7;
        décarbonation industrielle@0.7; industrie lourde; sidérurgie; aciérie; cimenterie;
        cimenteries; raffinerie; pétrochimie; chimie@0.5; papeterie; verrerie; captage de CO2;
        captage du CO2; captage et stockage du carbone; capture du carbone; grands émetteurs;
        ZIBAC; quotas d'émissions; hydrogène industriel
    """,
    "industrie.industrie_diffuse": """
        industrie diffuse; PME; PMI; TPE; petites et moyennes entreprises; artisans@0.5;
        industriels@0.6; industrielle@0.4; industrie@0.5; procédés industriels;
        efficacité énergétique des entreprises; efficacité énergétique dans l'industrie;
        consommation d'énergie des entreprises; économies d'énergie des entreprises;
        entreprises@0.3; entreprise@0.3; zone d'activité@0.5; zones d'activités@0.5;
        parc d'activités@0.5; diagnostic énergétique des entreprises; Diag Décarbon'Action;
        décarbonation des entreprises; process@0.6; procédés@0.5; chaleur fatale@0.3;
        optimisation énergétique@0.5; performance énergétique des entreprises
    """,
    "industrie.produits_bois": """
        produits bois; filière bois; filière bois construction; bois construction;
        construction bois; bois d'œuvre; bois matériau; scierie; scieries; sciage; sciages;
        panneaux de bois; ossature bois; charpente; bois local; bois locaux; matériaux
        biosourcés; matériau biosourcé; biosourcés; biosourcé; isolants biosourcés; chanvre;
        paille@0.6; construction biosourcée; bâtiment bas carbone@0.5; bas carbone@0.2;
        RE2020@0.5; bois des territoires; label bois; valorisation du bois@0.7
    """,
    "dechets.captage_methane_isdnd": """
        ISDND; installation de stockage de déchets non dangereux; installations de stockage
        de déchets non dangereux; captage de méthane; captage du méthane; captage du biogaz;
        biogaz de décharge; torchère; centre d'enfouissement; centre d'enfouissement
        technique; casiers@0.5; lixiviats; méthane@0.4
    """,
    "dechets.valorisation_matiere": """
        valorisation matière; valorisation des déchets; valoriser les déchets; recyclage;
        recycler; recyclé; recyclés; taux de recyclage; économie circulaire; écologie
        industrielle; écologie industrielle et territoriale; EIT; symbiose industrielle;
        synergies inter-entreprises; matières premières secondaires; sous-produits;
        coproduits; gisements@0.6; gisement@0.6; déchets du BTP; déchets de chantier;
        déchets du bâtiment; déchets inertes; filière REP; filières REP; responsabilité
        élargie du producteur; centre de tri; matériaux recyclés; matériaux de réemploi@0.5;
        déchets verts@0.5; plateforme de compostage@0.7; compost@0.4; déchets d'activités
        économiques; DAE@0.7
    """,
    "dechets.taux_collecte": """
        taux de collecte; collecte sélective; collecte séparée; collecte des déchets;
        collecte@0.7; tri sélectif; tri à la source; tri des déchets; consignes de tri;
        extension des consignes de tri; geste de tri; tri@0.7; biodéchets; bio-déchets;
        déchets alimentaires@0.6; collecte des biodéchets; déchèterie; déchèteries;
        déchetterie; déchetteries; points d'apport volontaire; point d'apport volontaire; PAV;
        colonnes d'apport volontaire; emballages; bouteilles plastiques; bouteilles en
        plastique; consigne@0.5; bacs jaunes
    """,
    "dechets.prevention": """
        prévention des déchets; réduction des déchets; réduire les déchets; réduction à la
        source; zéro déchet; zéro gaspillage; PLPDMA; programme local de prévention;
        programme de prévention; réemploi; réutilisation; réparation; réparer; repair café;
        repair cafés; ressourcerie; ressourceries; recyclerie; recycleries; gaspillage
        alimentaire; lutte contre le gaspillage; anti-gaspillage; anti-gaspi; gaspillage;
        compostage domestique; compostage de proximité; compostage partagé; composteur;
        composteurs; compostage@0.6; lombricompostage; couches lavables; stop pub; vrac;
        consommation responsable; tarification incitative; redevance incitative; DMA;
        déchets ménagers et assimilés; production de déchets; quantité de déchets;
        tonnage de déchets; tonnages de déchets; sobriété matière@0.7; donnerie;
        économie de la fonctionnalité; location d'objets; seconde main
    """,
    "dechets.mise_en_decharge": """
        mise en décharge; décharge; décharges; enfouissement; enfouis; stockage des déchets;
        ordures ménagères résiduelles; OMR; déchets résiduels; déchets ultimes;
        incinération@0.7; incinérateur@0.7; unité de valorisation énergétique; valorisation
        énergétique des déchets; combustibles solides de récupération; CSR; réduction de
        l'enfouissement
    """,
    "agriculture.fertilisation_azotee": """
        fertilisation azotée; fertilisation; fertilisants; fertilisant; engrais; engrais
        minéraux; engrais azotés; engrais de synthèse; azote; azotée; azotés; apports
        d'azote; légumineuses; protéagineux; plan de fumure; épandage; épandages;
        protoxyde d'azote; N2O; reliquats azotés; nitrates@0.5; fertilisation raisonnée;
        agriculture de précision@0.6
    """,
    "agriculture.elevage_durable": """
        élevage; élevages; éleveurs; éleveur; cheptel; cheptels; bovins; bovin; vaches;
        vaches laitières; ruminants; troupeau; troupeaux; herbager; herbagers; systèmes
        herbagers; méthane entérique; fermentation entérique; alimentation animale;
        autonomie fourragère; autonomie protéique; fourrages; effluents d'élevage; effluents;
        lisier; lisiers; fumier; fumiers; bâtiments d'élevage; CAP'2ER; Cap2ER; bien-être
        animal@0.6; production laitière; filière viande
    """,
    "agriculture.batiments_machines": """
        machinisme agricole; machines agricoles; matériel agricole; matériels agricoles;
        tracteurs; tracteur; engins agricoles; banc d'essai moteur; banc d'essai; CUMA;
        serres chauffées; serres agricoles; serres@0.3; bâtiments agricoles; consommation
        d'énergie des exploitations; énergie dans les exploitations; diagnostic énergétique
        des exploitations; Dia'terre; Diaterre; séchage@0.6; fioul agricole; GNR;
        éco-conduite des tracteurs; hangars agricoles@0.7
    """,
    "agriculture.haies": """
        haie; haies; haies bocagères; bocage; bocager; bocagère; bocagères; linéaire de
        haies; kilomètres de haies; plantation de haies; planter des haies; replantation de
        haies; gestion des haies; plan de gestion durable des haies; PGDH; label haie;
        arbres champêtres; alignements d'arbres; arbres isolés@0.6; talus@0.6;
        agroforesterie@0.5; bois de haie@0.8
    """,
    "agriculture.prairies": """
        prairie; prairies; prairies permanentes; prairies naturelles; retournement des
        prairies; surfaces en herbe; surfaces toujours en herbe; STH; herbe@0.6; pâturage;
        pâturages; pâtures; pâture; fauche@0.7; pastoralisme; estives@0.7;
        systèmes herbagers@0.6; maintien des prairies
    """,
    "agriculture.pratiques_stockantes": """
        pratiques stockantes; couverts végétaux; couvert végétal; couverts intermédiaires;
        cultures intermédiaires; CIPAN; couverture des sols; couverture permanente des sols;
        agroécologie; agro-écologie; agroécologique; agroforesterie; carbone des sols;
        carbone dans les sols; stockage de carbone dans les sols; stockage du carbone dans
        les sols; matière organique des sols; matière organique; non-labour; semis direct;
        techniques culturales simplifiées; agriculture de conservation; agriculture de
        conservation des sols; sols vivants; 4 pour 1000; quatre pour mille; label bas
        carbone@0.6; agriculture régénératrice; séquestration@0.4; stockage de carbone@0.5;
        stockage carbone@0.5; pratiques agricoles@0.5; transition agricole@0.5
    """,
    "agriculture.sobriete_fonciere": """
        sobriété foncière; artificialisation; artificialisation des sols; artificialisation
        nette; zéro artificialisation nette; ZAN; étalement urbain; friche; friches; friches
        industrielles; friches urbaines; requalification des friches; reconversion de
        friches; recyclage foncier; renouvellement urbain; densification; densifier; dents
        creuses; consommation d'espaces; consommation d'espace; consommation foncière;
        consommation de foncier; espaces naturels agricoles et forestiers; ENAF;
        foncier@0.6; logements vacants@0.6; vacance@0.4; renaturation@0.5; mitage;
        trajectoire ZAN; PLU@0.4; PLUi@0.4; SCoT@0.4; document d'urbanisme@0.5; documents
        d'urbanisme@0.5; urbanisme@0.3
    """,
    "agriculture.puits_forestiers": """
        puits de carbone; puits forestier; puits forestiers; puits de carbone forestier;
        stock de carbone; stocks de carbone; séquestration carbone@0.6; séquestration du
        carbone@0.6; séquestration de carbone@0.6; boisement; boisements; reboisement;
        reboiser; afforestation; plantation d'arbres@0.6; planter des arbres@0.6; renouvellement
        forestier; dépérissement; adaptation des forêts@0.7; forêts résilientes@0.7;
        récolte de bois@0.5
    """,
    "agriculture.forets_gestion_durable": """
        forêts sous gestion durable; gestion durable des forêts; gestion forestière durable;
        gestion forestière; plan simple de gestion; plans simples de gestion; PSG; document
        de gestion durable; documents de gestion durable; DGD; aménagement forestier;
        aménagements forestiers; ONF; CRPF; Centre national de la propriété forestière; CNPF;
        forêts communales; forêt communale; forêt privée; forêts privées; propriétaires
        forestiers; sylviculture; sylvicole; certification PEFC; PEFC; FSC; desserte
        forestière; regroupement forestier; charte forestière; charte forestière de
        territoire; exploitation forestière; forêt; forêts; forestier@0.7; forestière@0.7;
        forestiers@0.7
    """,
    "agriculture.continuite_ecologique": """
        continuité écologique; continuités écologiques; trame verte et bleue; trames vertes
        et bleues; TVB; trame verte; trame bleue; trame noire; trame brune; corridor
        écologique; corridors écologiques; corridors; réservoirs de biodiversité; obstacles à
        l'écoulement; ouvrages hydrauliques; seuils@0.5; passe à poissons; passes à poissons;
        points noirs; passages à faune; passage à faune; écrasement de la faune; collisions
        avec la faune; pollution lumineuse@0.7; restauration des cours d'eau@0.6; cours
        d'eau@0.5; ripisylve@0.6; ripisylves@0.6
    """,
    "agriculture.aires_protegees": """
        aire protégée; aires protégées; surface en aire protégée; protection forte; réserve
        naturelle; réserves naturelles; Natura 2000; ZNIEFF; espace naturel sensible; espaces
        naturels sensibles; ENS; arrêté de protection de biotope; APPB; protection de
        biotope; parc naturel régional@0.6; parc national@0.7; conservatoire d'espaces
        naturels; CEN; sites classés@0.6; acquisition foncière@0.5; protection des espaces
        naturels; espaces protégés
    """,
    "agriculture.restauration_habitats": """
        restauration des habitats; habitats naturels; restauration écologique; restauration
        des milieux; restaurer les milieux; zones humides; zone humide; mares; mare;
        tourbières; tourbière; génie écologique; pelouses sèches; espèces invasives; espèces
        exotiques envahissantes; pollinisateurs; vergers@0.5; verger@0.5; milieux naturels@0.6;
        renaturation@0.5; refuges LPO; gîtes@0.5; nichoirs@0.5; prairies fleuries@0.6;
        plan de gestion écologique
    """,
    "agriculture.phytosanitaires": """
        phytosanitaires; produits phytosanitaires; phytosanitaire; pesticides; pesticide;
        produits phyto; phyto; zéro phyto; Ecophyto; désherbage alternatif; désherbage
        mécanique; désherbage@0.7; herbicides; glyphosate; biocontrôle; traitements
        phytosanitaires; charte d'entretien des espaces publics; gestion différenciée@0.6;
        Terre saine; zéro pesticide
    """,
    "alimentation.bio_hve": """
        agriculture biologique; bio; biologique; biologiques; AB@0.3; HVE; haute valeur
        environnementale; conversion en bio; conversion à l'agriculture biologique;
        conversion@0.4; label bio; produits biologiques; maraîchage bio; surfaces en bio;
        certification environnementale@0.7; installation d'agriculteurs@0.4;
        installation agricole@0.4; maraîchage@0.5; transmission des exploitations@0.4
    """,
    "alimentation.egalim": """
        Egalim; loi Egalim; restauration collective; restauration scolaire; cantine;
        cantines; cantines scolaires; cuisine centrale; cuisines centrales; repas; menus
        végétariens; menu végétarien; produits durables et de qualité; produits de qualité;
        alimentation durable; projet alimentaire territorial; projets alimentaires
        territoriaux; PAT; circuits courts@0.7; circuit court@0.7; produits locaux@0.6;
        approvisionnement local@0.6; légumerie; alimentation locale; Climat et Résilience@0.5;
        protéines végétales@0.6; alimentation@0.4
    """,
    "eau.sobriete": """
        sobriété hydrique; économies d'eau; économiser l'eau; économie d'eau; consommation
        d'eau; consommations d'eau; ressource en eau; gestion de la ressource en eau;
        fuites@0.7; réseau d'eau potable@0.7; rendement des réseaux; rendement du réseau;
        récupération des eaux de pluie; récupérateurs d'eau de pluie; récupérateur d'eau;
        réutilisation des eaux usées; REUT; eaux usées traitées; irrigation; arrosage;
        prélèvements d'eau; prélèvements; kits hydro-économes; mousseurs; sécheresse@0.6;
        PTGE; projet de territoire pour la gestion de l'eau; gestion quantitative;
        eau potable@0.5; eau@0.3
    """,
    "eau.protection_captages": """
        protection des captages; captage d'eau; captages d'eau; captage d'eau potable;
        captages d'eau potable; captages prioritaires; aire d'alimentation de captage; aires
        d'alimentation de captage; aires d'alimentation des captages; AAC; périmètre de
        protection; périmètres de protection; captage@0.7; captages@0.7; qualité de l'eau;
        pollutions diffuses; nitrates@0.5; protection de la ressource@0.7; eau potable@0.4;
        ressource en eau@0.3
    """,
    "eau.desimpermeabilisation": """
        désimperméabilisation; désimperméabiliser; désimperméabilisé; imperméabilisation;
        imperméabilisés; surfaces imperméables; revêtements perméables; revêtement
        perméable; perméable; perméables; gestion des eaux pluviales; gestion intégrée des
        eaux pluviales; eaux pluviales; eaux de pluie@0.5; infiltration; noues; noue; cours
        oasis; cours d'école oasis; cours d'écoles; désartificialisation; végétalisation@0.6;
        végétaliser@0.6; îlots de fraîcheur@0.6; îlot de fraîcheur@0.6; parkings
        végétalisés; pleine terre; renaturation@0.6; débitumer; débitumisation
    """,
    TRANSVERSE: """
        commande publique; commandes publiques; achats publics; achat public; marchés publics;
        achats responsables; achat responsable; achat durable; achats durables; clauses
        environnementales; critères environnementaux@0.7; observatoire; observatoires;
        gouvernance; pilotage@0.6; comité de pilotage@0.6; suivi et évaluation@0.7; animation du
        plan climat; plan climat@0.5; PCAET@0.5; qualité de l'air; air intérieur; pollution
        atmosphérique; pollution de l'air; polluants atmosphériques; particules fines;
        adaptation au changement climatique; adaptation@0.5; vulnérabilité; vulnérabilités;
        risques naturels; inondation; inondations; canicule; canicules; vagues de chaleur;
        vague de chaleur; îlots de chaleur@0.6; résilience@0.6; santé@0.6; économie sociale et
        solidaire; ESS; recherche et développement; RDI; recherche@0.3; innovation@0.5;
        université@0.5; bilan carbone; bilan GES; bilan des émissions de gaz à effet de serre;
        comptabilité carbone; quantification carbone; empreinte carbone; budget vert;
        exemplarité@0.6; sensibilisation@0.4; sensibiliser@0.4; communication@0.4;
        communiquer@0.4; éducation@0.4; formation@0.4; former@0.4; information@0.3;
        informer@0.3; écogestes@0.5; éco-gestes@0.5; charte@0.4; stratégie@0.3; feuille de
        route@0.4; référents@0.5; données@0.3; sobriété numérique; numérique responsable;
        éco-responsable@0.5; écoresponsable@0.5; mobilisation des acteurs@0.4; concertation@0.3;
        participation citoyenne@0.4; urbanisme durable@0.5; aménagement durable@0.5;
        submersion marine; trait de côte; érosion@0.6; tourisme durable@0.7; écotourisme@0.7;
        inclusion sociale@0.7
    """,
}

# Family vocabulary: generic words of a theme, added to every member lever at ``weight`` so they
# point to the right family without choosing inside it; the default member wins exact ties.
_FAMILIES: dict[str, tuple[tuple[str, ...], str, str]] = {
    "voyageurs": (
        (
            "voyageurs.vehicules_electriques",
            "voyageurs.bus_cars_decarbones",
            "voyageurs.reduction_deplacements",
            "voyageurs.covoiturage",
            "voyageurs.report_modal",
            "voyageurs.velo",
            "voyageurs.efficacite_vehicules",
        ),
        "voyageurs.report_modal",
        "mobilité@0.6; mobilités@0.6; déplacements@0.5; déplacement@0.5; transport de"
        " voyageurs; domicile-travail@0.6; voiture@0.5; voitures@0.5; automobile@0.4",
    ),
    "marchandises": (
        (
            "marchandises.carburants_decarbones",
            "marchandises.fret_routier_electrique",
            "marchandises.fret_ferroviaire_fluvial",
            "marchandises.sobriete_logistique",
            "marchandises.efficacite_logistique",
        ),
        "marchandises.efficacite_logistique",
        "marchandises; transport de marchandises; fret; livraisons@0.6; livraison@0.6;"
        " poids lourds@0.7; camions@0.6; véhicules utilitaires@0.6",
    ),
    "batiments_residentiel": (
        (
            "batiments.renovation_residentiel",
            "batiments.chaudiere_fioul_residentiel",
            "batiments.chaudiere_gaz_residentiel",
        ),
        "batiments.renovation_residentiel",
        "logement@0.4; logements@0.4; habitat@0.3; ménages@0.3; particuliers@0.4;"
        " résidentiel@0.5; maison@0.3; maisons@0.3; propriétaires@0.3; copropriétés@0.4;"
        " logements sociaux@0.4; bailleurs sociaux@0.4; locataires@0.3",
    ),
    "batiments_tertiaire": (
        (
            "batiments.renovation_tertiaire",
            "batiments.chaudiere_fioul_tertiaire",
            "batiments.chaudiere_gaz_tertiaire",
        ),
        "batiments.renovation_tertiaire",
        "tertiaire@0.5; bâtiments publics@0.5; bâtiments communaux@0.5; patrimoine@0.3;"
        " collectivités@0.2; école@0.3; écoles@0.3; groupe scolaire@0.4; gymnase@0.4;"
        " mairie@0.4; salle des fêtes@0.4; équipements publics@0.4; bureaux@0.3;"
        " commerces@0.3; hôpital@0.4; EHPAD@0.4; collège@0.3; lycée@0.3",
    ),
    "batiments": (
        (
            "batiments.renovation_residentiel",
            "batiments.renovation_tertiaire",
            "batiments.chaudiere_fioul_residentiel",
            "batiments.chaudiere_gaz_residentiel",
            "batiments.chaudiere_fioul_tertiaire",
            "batiments.chaudiere_gaz_tertiaire",
        ),
        "batiments.renovation_residentiel",
        "bâtiment@0.4; bâtiments@0.4; chauffage@0.5; performance énergétique@0.5;"
        " consommation énergétique des bâtiments; sobriété énergétique@0.4; rénovation@0.5;"
        " sobriété@0.5;"
        " rénover@0.5; réhabilitation@0.3",
    ),
    "energie": (
        ("energie.electricite_renouvelable", "energie.biogaz", "energie.reseaux_chaleur"),
        "energie.electricite_renouvelable",
        "énergies renouvelables@0.5; énergie renouvelable@0.5; ENR@0.5; production d'énergie@0.5;"
        " mix énergétique@0.5; schéma directeur des énergies; planification énergétique@0.5",
    ),
    "industrie": (
        ("industrie.grands_sites", "industrie.industrie_diffuse"),
        "industrie.industrie_diffuse",
        "industrie@0.5; industriel@0.5; industriels@0.5; usine@0.6; usines@0.6",
    ),
    "dechets": (
        (
            "dechets.captage_methane_isdnd",
            "dechets.valorisation_matiere",
            "dechets.taux_collecte",
            "dechets.prevention",
            "dechets.mise_en_decharge",
        ),
        "dechets.prevention",
        "déchets; déchet; ordures ménagères; gestion des déchets; économie circulaire@0.4",
    ),
    "agriculture": (
        (
            "agriculture.fertilisation_azotee",
            "agriculture.elevage_durable",
            "agriculture.batiments_machines",
            "agriculture.haies",
            "agriculture.prairies",
            "agriculture.pratiques_stockantes",
            "agriculture.phytosanitaires",
            "alimentation.bio_hve",
        ),
        "agriculture.pratiques_stockantes",
        "agriculture@0.5; agricole@0.5; agricoles@0.5; agriculteurs@0.5; agriculteur@0.5;"
        " exploitations agricoles@0.5; exploitations@0.3; chambre d'agriculture@0.4",
    ),
    "forets": (
        ("agriculture.puits_forestiers", "agriculture.forets_gestion_durable"),
        "agriculture.forets_gestion_durable",
        "forêt@0.5; forêts@0.5; forestier@0.5; forestière@0.5; massif forestier@0.6",
    ),
    "biodiversite": (
        (
            "agriculture.continuite_ecologique",
            "agriculture.aires_protegees",
            "agriculture.restauration_habitats",
        ),
        "agriculture.restauration_habitats",
        "biodiversité@0.6; faune@0.5; flore@0.5; espèces@0.4; écosystèmes@0.5; milieux"
        " naturels@0.5; patrimoine naturel@0.5; espaces naturels@0.5; naturalistes@0.4",
    ),
    "eau": (
        ("eau.sobriete", "eau.protection_captages", "eau.desimpermeabilisation"),
        "eau.sobriete",
        "eau@0.4; ressource en eau@0.4; gestion de l'eau@0.5; cycle de l'eau@0.5",
    ),
}

# Wording of real PCAET titles missing above, found on the TUNING part of the ADEME corpus only
# (sources.lever_sectors): still general vocabulary, not phrases of one plan.
_REAL_WORDING: dict[str, str] = {
    "voyageurs.reduction_deplacements": """
        marche à pied; piétons; piéton; piétonne; mobilité piétonne; cheminements piétons;
        pédibus; co-working; trafic pendulaire@0.7; déplacements pendulaires@0.7; non-mobilité;
        démobilité; travail à distance; espaces de travail partagés;
        plan marche; marchabilité; rapprocher les habitants de l'emploi@0.8;
        déplacements professionnels@0.8; nombre de déplacements; impact des déplacements@0.7
    """,
    "voyageurs.report_modal": """
        points d'intermodalité; stratégie de mobilité@0.6; plan de mobilité simplifié;
        mobilité interne@0.6; offre de transport@0.7; réseau de transport@0.7;
        transports publics; transport public; mobilité rurale@0.7
    """,
    "voyageurs.vehicules_electriques": """
        véhicules électriques de service; vélos et véhicules électriques@0.6
    """,
    "batiments.renovation_residentiel": """
        maîtrise énergétique des habitants@0.8; rénovation de l'habitat; amélioration de
        l'habitat; parc de logements; logements vacants@0.6; ORU@0.6; renouvellement urbain@0.6;
        éco-matériaux@0.4; chantiers de rénovation@0.6; artisans du bâtiment@0.6;
        professionnels du bâtiment@0.6;
        confort d'été@0.7
    """,
    "voyageurs.velo": """
        maison du vélo; vélostation; vélo-station; ateliers vélo@0.8
    """,
    "batiments.renovation_tertiaire": """
        gestion technique centralisée; GTC; bâtiments communautaires; patrimoine
        communautaire; patrimoine intercommunal; patrimoine bâti public; parc tertiaire;
        bâtiments des collectivités; comptabilité énergétique; consommations électriques des
        collectivités@0.8; extinction nocturne@0.5; éclairage@0.5;
        ACTEE; programme ACTEE; piscines@0.6; piscine@0.6;
        locaux d'activité@0.8
    """,
    "industrie.industrie_diffuse": """
        consommation énergétique des entreprises; consommations d'énergie des entreprises;
        transition des entreprises@0.8; entreprises du territoire@0.6; écologie industrielle
        et territoriale@0.6; artisans@0.5; commerçants@0.4;
        guichet entreprise@0.7; management de l'énergie@0.6; système de management de
        l'énergie; ISO 50001; énergie dans les entreprises
    """,
    "agriculture.batiments_machines": """
        consommation énergétique agricole; consommation énergétique du secteur agricole;
        énergie dans les exploitations; matériel agricole; machinisme agricole; CUMA@0.6
    """,
    "agriculture.phytosanitaires": """
        éco-jardinage; écojardinage; jardinage au naturel; zéro phyto; gestion différenciée@0.6;
        éco-entretien@0.8; désherbage alternatif;
        produits toxiques@0.7
    """,
    "alimentation.egalim": """
        plan alimentaire territorial; circuits alimentaires; circuits alimentaires locaux;
        alimentation saine@0.6; alimentation de proximité; filière restauration@0.6;
        restauration@0.4;
        vente directe@0.8; circuits de proximité@0.8; stratégie alimentaire@0.8;
        approvisionnement alimentaire@0.8; agro-alimentaire@0.5; alimentaire@0.5
    """,
    "dechets.prevention": """
        récupération des objets; réemploi des objets; économie circulaire@0.6;
        territoire économe en ressources; mutualisation des objets@0.8
    """,
    "dechets.taux_collecte": """
        dépôts sauvages@0.6; déchetterie; déchetteries; collecte sélective; points
        d'apport volontaire
    """,
    "agriculture.restauration_habitats": """
        entretien des cours d'eau@0.7; milieux aquatiques@0.8; zones humides; nature en
        ville@0.6; végétalisation@0.5; plantations@0.4;
        nature en milieux urbanisés@0.8; nature en milieu urbain@0.8; espaces de nature@0.6;
        gestion écologique@0.6
    """,
    "eau.sobriete": """
        eau potable@0.6; réseaux d'eau potable; économies d'eau; quantités d'eau; fuites@0.6
    """,
    "eau.protection_captages": """
        assainissement@0.6; qualité de l'eau@0.8; phyto-épuration@0.5
    """,
    "energie.electricite_renouvelable": """
        toitures@0.5; injection@0.4
    """,
    "marchandises.fret_ferroviaire_fluvial": """
        voie mère; voie ferrée@0.6
    """,
    "dechets.valorisation_matiere": """
        pyrolyse@0.6; plastique@0.5; plastiques@0.5
    """,
    "agriculture.sobriete_fonciere": """
        revitalisation@0.6; opération de revitalisation; centralités@0.5; reconversion des
        espaces@0.6; espaces délaissés@0.6;
        écoquartiers@0.6; écoquartier@0.6
    """,
    "agriculture.continuite_ecologique": """
        trames écologiques; trame écologique
    """,
}
for _code, _spec in _REAL_WORDING.items():
    _LEXICON[_code] = _LEXICON[_code] + ";" + _spec

# Phrases that would otherwise leak words into a lever ("serre", "chaleur", "climat"...): they
# consume their tokens and score nothing.
_NEUTRAL = """
    gaz à effet de serre; effet de serre; émissions de gaz; émissions de GES; réduction des
    émissions; transition énergétique; transition écologique; développement durable;
    changement climatique; enjeux climat; énergie climat; climat air énergie; maîtrise de
    l'énergie; maîtrise de la consommation d'énergie; consommation d'énergie; consommations
    d'énergie; économie locale; acteurs économiques; développement économique
"""

# Words of labels and target texts too generic to stand alone as lever vocabulary.
_DERIVED_STOP = frozenset(
    stem(w)
    for w in fold(
        """
        changement changements pratiques gestion reduction usage utilisation ressource zones
        zone surface points noirs prioritaires grands sites top taux sobriete efficacite mise
        loi climat resilience produits besoin durable durables decarbone decarbones decarbonee
        decarbonees habitats habitat restauration naturels espaces agriculture energie
        transport batiments batiment vehicules vehicule rapport entre aujourd hui flotte part
        hausse baisse multiplication division passage moyenne an ans niveau actuel definition
        nationale venir pas cible non applicable defini cadre cre ensemble doublement
        stabilisation augmentation remplacement suppression alignement scenario ambitieux
        feuilles route volume volumes emissions ges consommation energetique objectif objectifs
        obligations legales respecte public publiques publics prives privees plus moins vs
        production produits dotees dote collective collectif accompagnees filieres filiere epci
        modele kilometres rythme identification indicateur europeen sensibles quantite augmenter
        doit pour dont sous demande construction panneaux commun particuliers thermiques legers
        moyen sols protection forte livree privees sur trafic matiere
        valorisation reseaux reseau ecologique especes espece nature naturelle mix projet
        projets distribution culture cultures mode modes collectivites compte secteur centre
        bourg approvisionnement exposition offre
        """
    ).split()
)

_PHRASE_SPLIT_RE = re.compile(r";")


def _entries(spec: str, scale: float = 1.0) -> Iterable[tuple[str, float]]:
    """``"vélo; mobilité douce@0.7"`` → ``("vélo", 1.0), ("mobilité douce", 0.7)``."""
    for raw in _PHRASE_SPLIT_RE.split(spec):
        text = " ".join(raw.split())
        if not text:
            continue
        weight = 1.0
        if "@" in text:
            text, _, num = text.rpartition("@")
            weight = float(num)
        yield text.strip(), weight * scale


@dataclass(frozen=True)
class _Lexicon:
    """Compiled lexicon: token n-gram → ``((lever, weight × idf × phrase bonus, display), ...)``."""

    index: dict[tuple[str, ...], tuple[tuple[str, float, str], ...]]
    starts: dict[str, int]  # first token of a key → length of the longest key it starts
    order: dict[str, int]
    defaults: frozenset[str]


_LETTERS_RE = re.compile(r"[^\W\d_]+")


def _content_words(text: str, min_len: int) -> list[str]:
    """Words of a reference text worth matching alone (accents kept for display)."""
    out = []
    for word in _LETTERS_RE.findall(text):
        key = fold(word)
        if len(key) >= min_len and key not in _STOPWORDS and stem(key) not in _DERIVED_STOP:
            out.append(word.lower())
    return out


def _derived_entries(lever: Lever) -> list[tuple[str, float]]:
    """Vocabulary read from the reference itself: label (phrase and words), theme, target."""
    out = [(lever.label, 1.0)]
    out += [(word, 0.5) for word in _content_words(lever.label, 3)]
    out += [(word, 0.3) for word in _content_words(lever.theme, 3)]
    if lever.target_2030:  # filled in from seed 004; extra, low-weight vocabulary
        out += [(word, 0.25) for word in _content_words(lever.target_2030, 4)]
    return out


@lru_cache(maxsize=4)
def _compile(reference: tuple[Lever, ...]) -> _Lexicon:
    """Merge hand-written, family and derived vocabulary; weight each entry by its idf."""
    codes = [lever.code for lever in reference] + [TRANSVERSE]
    known = set(codes)
    raw: dict[str, list[tuple[str, float]]] = defaultdict(list)
    for code, spec in _LEXICON.items():
        if code in known:
            raw[code].extend(_entries(spec))
    defaults = set()
    for members, default, spec in _FAMILIES.values():
        if default in known:
            defaults.add(default)
        for code in members:
            if code in known:
                raw[code].extend(_entries(spec))
    for lever in reference:
        raw[lever.code].extend(_derived_entries(lever))
    # per lever, keep the strongest weight of each token key (and its first display form)
    per_lever: dict[str, dict[tuple[str, ...], tuple[float, str]]] = {}
    for code in codes:
        terms: dict[tuple[str, ...], tuple[float, str]] = {}
        for display, weight in raw.get(code, []):
            key = tuple(tokens(display))
            if not key:
                continue
            if key not in terms or weight > terms[key][0]:
                terms[key] = (weight, terms[key][1] if key in terms else display)
        per_lever[code] = terms
    df: Counter[tuple[str, ...]] = Counter()
    for terms in per_lever.values():
        df.update(key for key, (weight, _) in terms.items() if weight > 0)
    n = len(codes)
    index: dict[tuple[str, ...], list[tuple[str, float, str]]] = defaultdict(list)
    for code in codes:
        for key, (weight, display) in per_lever[code].items():
            idf = math.log(1 + n / df[key]) if df[key] else 0.0
            bonus = min(1.0 + 0.5 * (len(key) - 1), 2.0)
            index[key].append((code, weight * idf * bonus, display))
    for display, _ in _entries(_NEUTRAL):
        key = tuple(tokens(display))
        if key and key not in index:
            index[key] = []
    starts: dict[str, int] = {}
    for key in index:
        starts[key[0]] = max(starts.get(key[0], 0), len(key))
    return _Lexicon(
        index={key: tuple(hits) for key, hits in index.items()},
        starts=starts,
        order={code: i for i, code in enumerate(codes)},
        defaults=frozenset(defaults),
    )


def _lexicon() -> _Lexicon:
    return _compile(levers())


def _matches(words: list[str], lexicon: _Lexicon) -> Counter[tuple[str, ...]]:
    """Lexicon phrases found in ``words``, a phrase inside a longer match not counted.

    ``pompe à chaleur`` hides ``chaleur``; overlapping phrases (``filière bois`` and
    ``bois énergie`` in "filière bois-énergie") both count.
    """
    found: Counter[tuple[str, ...]] = Counter()
    index, starts, size = lexicon.index, lexicon.starts, len(words)
    covered_to = 0  # end of the furthest-reaching match so far
    for i in range(size):
        longest = starts.get(words[i])
        if longest is None:
            continue
        for n in range(min(longest, size - i), 0, -1):
            key = tuple(words[i : i + n])
            if key in index:
                if i + n > covered_to:
                    found[key] += 1
                    covered_to = i + n
                break
    return found


def _scores(
    title: str, body: str, lexicon: _Lexicon
) -> tuple[dict[str, float], dict[str, dict[str, float]]]:
    """Score per lever and, per lever, the contribution of each matched term."""
    scores: dict[str, float] = defaultdict(float)
    terms: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for text, field_weight in ((title, TITLE_WEIGHT), (body, BODY_WEIGHT)):
        for key, count in _matches(tokens(text), lexicon).items():
            saturation = 1.0 + math.log(count)  # repeating a word adds less and less
            for code, weight, display in lexicon.index[key]:
                value = weight * field_weight * saturation
                scores[code] += value
                terms[code][display] += value
    return scores, terms


def _confidence(best: float, second: float) -> float:
    """Absolute evidence × margin over the runner-up, in [0, 1]."""
    strength = 1.0 - math.exp(-best / STRENGTH_SCALE)
    margin = (best - second) / best if best > 0 else 0.0
    return round(max(0.0, min(1.0, strength * (0.35 + 0.65 * margin))), 3)


def lexicon_scores(title: str, body: str = "") -> dict[str, float]:
    """Lexicon score of every lever with evidence in ``title`` / ``body`` (for tools, training)."""
    scores, _ = _scores(title or "", body or "", _lexicon())
    return dict(scores)


# Sector model (sources.lever_linear) × lexicon. The model gives P(sector | title), the lexicon's
# per-sector scores being among its features; the lever is the lexicon's best inside the most
# likely sector, else that sector's usual lever. A lever belongs to one or more sectors
# (sources/reference/ademe_sector_levers.csv), so P(the lever is in the action's sector) is the
# sum of the probabilities of its sectors (its "mass", shown as the confidence). Below
# MIN_LEVER_MASS the action stays transverse (abstention: such a guess would too often be
# another sector's lever). Strong lexicon evidence is trusted as is.
STRONG_SCORE = 20.0  # lexicon score above which the lexicon alone decides
MIN_LEVER_MASS = 0.6  # chosen by cross-validation by plan on the tuning part (train script --cv)
BODY_WORDS = 0  # description words given to the model (0: only through the lexicon)
LEXICON_LEAD = 1.2  # the lexicon's favourite must lead the model's choice this much
FAVOURITE_MASS = 0.5  # same theme as the model's choice: half the mass floor is enough
FALLBACK_SCORE = 14.0  # model unsure: a lexicon lever scoring this much still counts
TOPIC_GUARD = 0.75  # below this mass, a title naming a no-lever topic stays transverse (CV)


# Transverse vocabulary is of two kinds. Some names a *topic* with no lever (air quality,
# adaptation, procurement…): the action stays transverse. The rest says *how* (govern,
# communicate, train, a charter, a strategy): such an action about one lever's subject goes to
# that lever, unless the topic part outweighs it or several subjects are mixed.
_TRANSVERSE_MODES = frozenset(
    """
    gouvernance; pilotage; comité de pilotage; suivi et évaluation; animation du plan climat;
    plan climat; PCAET; exemplarité; sensibilisation; sensibiliser; communication; communiquer;
    éducation; formation; former; information; informer; charte; stratégie; feuille de route;
    référents; données; mobilisation des acteurs; concertation; participation citoyenne;
    observatoire; observatoires; innovation; recherche
    """.replace("\n", " ").split("; ")
)
_TRANSVERSE_MODES = frozenset(" ".join(m.split()) for m in _TRANSVERSE_MODES)
SUBJECT_MARGIN = 2.0  # the subject lever must lead other themes' levers this much


def _rank(
    scores: Mapping[str, float],
    lexicon: _Lexicon,
    topic: float | None = None,
) -> list[tuple[str, float]]:
    """Levers by score; a well-evidenced subject lever goes before a "how" ``transverse``.

    ``topic``: the part of the transverse score coming from topic vocabulary (all of it when
    unknown).
    """
    ranked = _sorted(scores, lexicon)
    if len(ranked) > 1 and ranked[0][0] == TRANSVERSE:
        subject = ranked[1]
        theme = _theme(subject[0])
        rival = max((v for c, v in ranked[2:] if _theme(c) != theme), default=0.0)
        if (
            subject[1] >= MIN_SCORE
            and (ranked[0][1] if topic is None else topic) < subject[1]
            and subject[1] >= SUBJECT_MARGIN * rival  # one subject, not a mix of several
        ):
            ranked = [subject, ranked[0], *ranked[2:]]
    return ranked


def _topic_score(terms: Mapping[str, Mapping[str, float]]) -> float:
    """Transverse score from topic (not "how") vocabulary."""
    return sum(
        value
        for display, value in terms.get(TRANSVERSE, {}).items()
        if " ".join(display.split()) not in _TRANSVERSE_MODES
    )


def _theme(code: str) -> str:
    lever = lever_by_code().get(code)
    return lever.theme if lever else code


def _sorted(scores: Mapping[str, float], lexicon: _Lexicon) -> list[tuple[str, float]]:
    return sorted(
        scores.items(),
        key=lambda item: (
            -round(item[1], 9),
            item[0] not in lexicon.defaults,
            lexicon.order[item[0]],
        ),
    )


def sector_lexicon(scores: Mapping[str, float]) -> dict[str, float]:
    """Best lexicon score of each model sector's levers (``NO_SECTOR``: the transverse score)."""
    from sources.lever_sectors import model_sector, sector_levers

    out: dict[str, float] = {}
    for sector, codes in sector_levers().items():
        if codes:
            key = model_sector(sector)
            out[key] = max([out.get(key, 0.0)] + [scores.get(c, 0.0) for c in codes])
    out[NO_SECTOR] = scores.get(TRANSVERSE, 0.0)
    return {k: v for k, v in out.items() if v > 0}


def model_features(
    title: str, body: str = "", scores: Mapping[str, float] | None = None
) -> dict[str, float]:
    """Features of :mod:`sources.lever_linear` for an action.

    The model learnt from titles alone: a description reaches it through the lexicon's scores
    (``scores``, computed on title + description when absent) and, weighted down, its words,
    scaled so that a long description does not outweigh the title.
    """
    if scores is None:
        scores = lexicon_scores(title, body)
    words = tokens(title)
    extra = tokens(body)[:BODY_WORDS] if body else None
    return features(words, sector_lexicon(scores), extra)


@lru_cache(maxsize=1)
def _label_keys() -> dict[tuple[str, ...], str]:
    """Folded, stemmed words of each lever label → its code (a label names its lever)."""
    return {tuple(tokens(lever.label)): lever.code for lever in levers()}


@lru_cache(maxsize=1)
def _sector_lever_codes() -> dict[str, frozenset[str]]:
    """Model sector → its lever codes."""
    out: dict[str, set[str]] = defaultdict(set)
    for code, sectors in _lever_model_sectors().items():
        for sector in sectors:
            out[sector].add(code)
    return {sector: frozenset(codes) for sector, codes in out.items()}


@lru_cache(maxsize=1)
def _lever_model_sectors() -> dict[str, tuple[str, ...]]:
    """Lever code → the model sectors it belongs to."""
    from sources.lever_sectors import model_sector, sector_levers

    out: dict[str, dict[str, None]] = defaultdict(dict)
    for sector, codes in sector_levers().items():
        for code in codes:
            out[code][model_sector(sector)] = None
    return {code: tuple(sorted(sectors)) for code, sectors in out.items()}


def _from_sector(
    title: str,
    body: str,
    scores: Mapping[str, float],
    lexicon: _Lexicon,
    model: LinearSectorModel,
    topic: float = 0.0,
) -> tuple[str, float, tuple[str, ...]] | None:
    """(lever, its mass, model words) chosen through the sector model; ``None``: abstain."""
    values = model_features(title, body, scores)
    posterior, known = model.posterior(values)
    if not known:
        return None
    top_sector = max(
        sorted(s for s in posterior if s != NO_SECTOR), key=posterior.__getitem__, default=None
    )
    default = model.default_lever.get(top_sector or "")
    top_levers = _sector_lever_codes().get(top_sector or "", frozenset())
    ranked = []
    for code, sectors in _lever_model_sectors().items():
        if code not in lexicon.order:
            continue
        mass = sum(posterior.get(s, 0.0) for s in sectors)
        # the most likely sector's levers first: its lexicon's best, else its usual lever
        key = (code not in top_levers, -round(scores.get(code, 0.0), 9), code != default, -mass)
        ranked.append((key, code, mass))
    ranked.sort()
    # when that lever is not likely enough, a lever shared by several likely sectors may be
    chosen = next(
        ((code, mass) for _, code, mass in ranked if mass >= MIN_LEVER_MASS),
        None,
    )
    # the lexicon's clear favourite goes first when the model finds it plausible enough
    favourite = max(
        (c for c in scores if c != TRANSVERSE and c in lexicon.order),
        key=lambda c: (scores[c], -lexicon.order[c]),
        default=None,
    )
    if favourite is not None and scores[favourite] >= MIN_SCORE and chosen != favourite:
        mass = sum(posterior.get(s, 0.0) for s in _lever_model_sectors().get(favourite, ()))
        rival = scores.get(chosen[0], 0.0) if chosen else 0.0
        same = chosen is not None and _theme(chosen[0]) == _theme(favourite)
        floor = MIN_LEVER_MASS * (FAVOURITE_MASS if same else 1.0)
        if mass >= floor and scores[favourite] >= LEXICON_LEAD * rival:
            chosen = (favourite, mass)
    if chosen is None:
        return None
    lever, mass = chosen
    if topic >= MIN_SCORE and topic > scores.get(lever, 0.0) and mass < TOPIC_GUARD:
        return None  # air quality, adaptation… named in so many words: no lever
    sectors = _lever_model_sectors()[lever]
    sector = max(sectors, key=lambda s: posterior.get(s, 0.0))
    words = tokens(title) + tokens(body)
    found = model.evidence(sector, values, words) or model.evidence(sector, values, words, 2, 0.0)
    return lever, mass, tuple(_surface(title + " " + body, found))


def _surface(title: str, feats: list[str]) -> list[str]:
    """Model features (stems, ``a_b`` pairs) shown with the title's own words."""
    seen: dict[str, str] = {}
    for word in _LETTERS_RE.findall(title.translate(_LIGATURES)):
        key = _fold(word)
        if len(key) >= 2 and key not in _STOPWORDS:
            seen.setdefault(stem(key), word.lower())
    return [" ".join(seen.get(part, part) for part in feat.split("_")) for feat in feats]


def classify(
    title: str,
    body: str = "",
    *,
    overrides: Mapping[str, str] | None = None,
    override_key: str | None = None,
) -> LeverMatch:
    """Lever of an action (title + body) or a contractual target (label + domain).

    ``overrides[override_key]`` (the steward's table) wins with confidence 1; an unknown code
    there is a data error and raises ``ValueError``. Otherwise strong lexicon evidence decides;
    below that the sector model (:mod:`sources.lever_linear`) picks the group of levers the title
    belongs to and the lexicon the lever inside it; with too little evidence on both sides the
    answer is ``transverse`` with source ``default`` and a low confidence.
    """
    return _classify(title, body, overrides, override_key, sector_model())


def _classify(
    title: str,
    body: str,
    overrides: Mapping[str, str] | None,
    override_key: str | None,
    model: LinearSectorModel | None,
) -> LeverMatch:
    lexicon = _lexicon()
    if overrides is not None and override_key is not None and override_key in overrides:
        code = (overrides[override_key] or "").strip()
        if code not in lexicon.order:
            raise ValueError(f"code de levier inconnu dans la table de correspondance : {code!r}")
        return LeverMatch(code, 1.0, (), SOURCE_OVERRIDE)
    scores, terms = _scores(title or "", body or "", lexicon)
    topic = _topic_score(terms)
    ranked = _rank(scores, lexicon, topic)
    best_score = ranked[0][1] if ranked else 0.0
    named = _label_keys().get(tuple(tokens(title)))
    if named is not None and named in lexicon.order:  # the title is a lever's own label
        ranked = [(named, max(best_score, MIN_SCORE)), *[r for r in ranked if r[0] != named]]
        best_score = ranked[0][1]
    elif model is not None and best_score < STRONG_SCORE:
        chosen = _from_sector(title or "", body or "", scores, lexicon, model, topic)
        if chosen is not None:
            code, probability, words = chosen
            contributions = sorted(terms[code].items(), key=lambda item: (-item[1], item[0]))
            lexicon_terms = [display for display, _ in contributions]
            matched = tuple(dict.fromkeys(lexicon_terms + list(words)))[:MAX_TERMS]
            own = scores.get(code, 0.0)
            second = max((v for c, v in scores.items() if c != code), default=0.0)
            # the lever's mass is a probability of being right, calibrated on real titles
            confidence = max(_confidence(own, second), round(probability, 3))
            if matched:
                return LeverMatch(code, min(confidence, 1.0), matched, SOURCE_CLASSIFIER)
        elif ranked and ranked[0][0] != TRANSVERSE and best_score < FALLBACK_SCORE:
            best_score = 0.0  # the model is unsure: no lever rather than a guess
            ranked = []
    if best_score < MIN_SCORE:
        confidence = round(0.2 * (1.0 - best_score / MIN_SCORE) + 0.05, 3)
        return LeverMatch(TRANSVERSE, confidence, (), SOURCE_DEFAULT)
    code = ranked[0][0]
    second = ranked[1][1] if len(ranked) > 1 else 0.0
    contributions = sorted(terms[code].items(), key=lambda item: (-item[1], item[0]))
    matched = tuple(display for display, _ in contributions[:MAX_TERMS])
    return LeverMatch(code, _confidence(best_score, second), matched, SOURCE_CLASSIFIER)
