"""Hand-written per-lever vocabulary of the lexicon (general planning wording, ``phrase@weight``),
with the wording of real PCAET titles found on the tuning part only."""

from __future__ import annotations

from sources.reference import TRANSVERSE

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


# Wording of real PCAET titles missing above, found on the TUNING part of the ADEME corpus only
# (sources.levers.sectors): still general vocabulary, not phrases of one plan.
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

# General planning vocabulary missing above, noticed on tuning-part titles that fell to
# ``transverse`` or to another sector (issue 16, fourth session): common French words and
# national schemes, never a plan's own phrase. Multi-word phrases also hide a word that would
# mislead alone (« formes urbaines » is not « formation », « (bio)GNV » not organic farming).
_GENERAL_WORDING: dict[str, str] = {
    "voyageurs.covoiturage": """
        co-voiturage; Rezo Pouce; Rézo Pouce; auto-stop organisé
    """,
    "voyageurs.velo": """
        liaisons douces@0.8; liaison douce@0.8; cheminements doux@0.8; cheminement doux@0.8;
        circulations douces@0.8; EuroVelo; eurovéloroute; véloroutes
    """,
    "voyageurs.vehicules_electriques": """
        véhicules alternatifs@0.6; motorisations alternatives@0.7; motorisation alternative@0.7;
        véhicules bas carbone@0.7; véhicules bas-carbone@0.7; flottes professionnelles@0.5;
        flotte professionnelle@0.5; décarboner les flottes@0.7; renouvellement de la flotte@0.5;
        véhicules décarbonés@0.7; parc de véhicules de la collectivité@0.6; flotte communale@0.6;
        flottes communales@0.6; flotte de la collectivité@0.6
    """,
    "marchandises.carburants_decarbones": """
        bio GNV; stations de ravitaillement@0.7; station de ravitaillement@0.7;
        station d'avitaillement@0.7
    """,
    "energie.electricite_renouvelable": """
        micro-éolien; petit éolien; aérogénérateur; aérogénérateurs; aérogénératrices;
        turbinage@0.8; petite hydroélectricité; microcentrale; microcentrales
    """,
    "batiments.renovation_tertiaire": """
        foyers lumineux@0.7; LED@0.5; relamping; stratégie patrimoniale@0.8; parc tertiaire
        privé; tertiaire privé; locaux tertiaires; conseillers en énergie@0.7; conseiller en
        énergie@0.7; bâtiments publics exemplaires; rénovation des bâtiments publics;
        rénovation du patrimoine public; rénovation des bâtiments communaux;
        siège communautaire@0.6
    """,
    "agriculture.sobriete_fonciere": """
        formes urbaines@0.8; forme urbaine@0.8; zone d'aménagement concerté@0.6; ZAC@0.5
    """,
    "eau.protection_captages": """
        assainissement non collectif; SPANC; station d'épuration; stations d'épuration;
        eaux usées@0.6; potabilisation@0.6; usine de potabilisation; usine d'eau potable;
        SAGE@0.6; bassin versant@0.5; bassins versants@0.5; contrat de rivière@0.6
    """,
    "alimentation.egalim": """
        drive fermier; producteurs locaux@0.7; magasin de producteurs; épicerie de
        producteurs; jardins partagés@0.5; jardins collectifs@0.5; jardins familiaux@0.5;
        agriculture urbaine@0.6;
        ferme urbaine@0.6
    """,
    "agriculture.restauration_habitats": """
        jardins partagés@0.5; jardins collectifs@0.5; chauves-souris; chiroptères; cordon
        dunaire; dunes@0.6;
        patrimoine arboré; plantation d'arbres@0.7; arbres en ville; arbres@0.4
    """,
    "voyageurs.report_modal": """
        politique de stationnement@0.7; stationnement@0.4; réseau TC; offre TC
    """,
    "energie.biogaz": """
        biométhanisation
    """,
    "batiments.renovation_residentiel": """
        caméra thermique@0.6
    """,
    "dechets.prevention": """
        broyeur à végétaux; broyage des végétaux; broyage@0.6
    """,
    "voyageurs.reduction_deplacements": """
        pédestre@0.6
    """,
    "eau.sobriete": """
        adduction d'eau potable; AEP@0.6
    """,
    "agriculture.phytosanitaires": """
        agriculture raisonnée; viticulture raisonnée
    """,
}
for _code, _spec in (*_REAL_WORDING.items(), *_GENERAL_WORDING.items()):
    _LEXICON[_code] = _LEXICON[_code] + ";" + _spec
