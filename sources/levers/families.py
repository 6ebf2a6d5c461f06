"""Family vocabulary: generic words of a theme, shared by its member levers (default member first)."""

from __future__ import annotations

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
