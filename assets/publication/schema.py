"""Table Schema of the published tables: French descriptions, primary keys, typed fields.

The ``datapackage.json`` (:mod:`assets.publication.writers`), the XLSX « Lisez-moi »
dictionary and the Dagster ``dagster/column_schema`` (``assets.metadata``) all read the
descriptions and fields from here.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pandas as pd

from assets.publication.tables import _column_kind

TABLE_DESCRIPTIONS: dict[str, str] = {
    "actions": "Fiches actions extraites des plans d'action (PCAET, COT…), une ligne par fiche.",
    "action_steps": "Étapes de mise en œuvre des fiches actions (tableau de la fiche).",
    "referential_scores": "Scores d'avancement des référentiels Climat-Air-Énergie et Économie circulaire.",
    "contract_targets": "Objectifs chiffrés des contrats (COT, COT TRI…).",
    "questionnaire_responses": "Réponses au questionnaire de pré-diagnostic, une ligne par (collectivité, levier) ; dernière réponse reçue.",
    "lever_state_of_play": "État des lieux par levier : une ligne par levier pour la région, puis par département.",
    "lever_families": "Familles de leviers A / B / C (pertinence perçue vs actions engagées).",
    "priority_themes": "Thèmes prioritaires à soumettre au débat, classés par un score transparent.",
    "exemplary_projects": "Projets exemplaires à valoriser (questionnaires, fiches projets, plans d'action) ; tous les projets, la liste courte est marquée par shortlisted.",
    "cop_action_candidates": "Actions candidates pour le plan d'action de la COP et critères d'inclusion ; toutes les actions, la liste courte est marquée par shortlisted.",
    "lever_targets": "Revue des cibles : objectifs 2030 de la région par levier d'après le panorama régional SGPE (kt CO₂e évitées, part de l'effort régional, cible physique).",
    "response_coverage": "Couverture du questionnaire : destinataires, répondants et taux de réponse.",
    "ingestion_report": "Rapport d'ingestion : chaque fichier reçu, son statut et le motif éventuel.",
}

# Column → French description (title is the column name; units and scales are stated).
COLUMN_DESCRIPTIONS: dict[str, str] = {
    "region_code": "Code INSEE de la région",
    "department_code": "Code INSEE du département (vide pour les lignes de niveau régional)",
    "scope": "Périmètre de la ligne : « region » ou « departement »",
    "lever_code": "Code du levier de la planification écologique (référentiel SGPE, ou « transverse »)",
    "lever_label": "Intitulé du levier",
    "lever_label_2025": "Nom du levier dans la liste SGPE de mars 2025 (50 leviers, noms de TeT et du schéma « Projets de collectivités ») ; plusieurs noms séparés par « ; » quand le levier en recouvre plusieurs ; vide pour « transverse »",
    "theme": "Thème du levier (panorama SGPE) ou intitulé du thème",
    "thematic": "Thématique France Nation Verte (se_deplacer, se_loger, produire, se_nourrir, consommer, preserver)",
    "target_2030": "Cible nationale 2030 du levier (texte de la méthode nationale) ; les objectifs régionaux chiffrés sont dans la table lever_targets",
    "n_recipients": "Nombre de collectivités destinataires du questionnaire dans le périmètre",
    "n_respondents": "Nombre de collectivités distinctes (SIREN) ayant répondu dans le périmètre",
    "n_respondents_recipients": "Nombre de répondants figurant dans la liste des destinataires",
    "response_rate": "Taux de réponse : répondants destinataires / destinataires (ratio entre 0 et 1)",
    "mean_relevance": "Pertinence moyenne de l'action territoriale (échelle 0 à 4 ; « Ne sait pas » exclu)",
    "pct_relevant": "Part des répondants jugeant le levier pertinent (note ≥ 3), en pourcentage de 0 à 100",
    "mean_deployment": "Déploiement moyen des actions (échelle 0 à 3 ; « Ne sait pas » exclu)",
    "pct_deploying": "Part des répondants déclarant des actions engagées (note ≥ 2), en pourcentage de 0 à 100",
    "n_actions": "Nombre de fiches actions des plans rattachées au levier",
    "n_territories_with_actions": "Nombre de territoires distincts ayant au moins une action sur le levier",
    "budget_eur": "Budget en euros : somme des budgets connus (un montant « par an » compte pour ses années) ; vide si aucun budget connu",
    "n_blockers": "Nombre de réponses signalant des freins ou verrous",
    "n_exemplary_projects": "Nombre de projets exemplaires signalés (questionnaire et fiches projets)",
    "family": "Famille de levier : A (accélérer), B (sensibiliser, identifier les actions), C (interterritorial)",
    "family_label": "Type d'actions à faire émerger pour la famille",
    "relevance_axis": "Axe « pertinence » du nuage : pertinence moyenne (0 à 4)",
    "deployment_axis": "Axe « déploiement » du nuage : déploiement moyen (0 à 3)",
    "rationale": "Justification en français, chiffres à l'appui",
    "rank": "Rang du thème prioritaire (1 = le plus prioritaire)",
    "title": "Intitulé",
    "score": "Score de priorité (0 à 100), somme des composantes score_*",
    "score_relevance": "Composante du score : pertinence perçue (pondérée)",
    "score_deployment_gap": "Composante du score : écart entre pertinence et déploiement (pondérée)",
    "score_blockers": "Composante du score : freins signalés (pondérée)",
    "score_authorities": "Composante du score : collectivités concernées (pondérée)",
    "score_target_distance": "Composante du score : distance à la cible 2030, estimée par la couverture en objectifs contractuels et actions (pondérée)",
    "evidence": "Éléments chiffrés du thème (JSON) : répondants, moyennes, freins, actions, collectivités",
    "n_authorities": "Nombre de collectivités concernées (levier jugé pertinent, frein signalé ou projet proposé)",
    "n_contract_targets": "Nombre d'objectifs contractuels chiffrés rattachés au levier",
    "origin": "Origine : questionnaire, projet (onglet Projets) ou plan d'action",
    "owner": "Porteur (maître d'ouvrage) : collectivité ou structure, jamais une personne",
    "authority_name": "Collectivité",
    "authority_type": "Type de collectivité",
    "description": "Description",
    "estimated_cost_eur": "Coût estimé, en euros",
    "candidate_id": "Identifiant de l'action candidate (origine et référence)",
    "priority_theme_rank": "Rang du thème prioritaire du levier de l'action (vide si le levier n'est pas prioritaire)",
    "other_actors": "Autres acteurs mobilisés (liste)",
    "maturity": "Maturité : Initié, En conception ou À initier",
    "calendar": "Calendrier prévisionnel",
    "financing": "Financement connu (obtenu, partiel, budget prévu)",
    "coherence_ok": "Critère de cohérence : action reliée à un thème prioritaire",
    "potential_ok": "Critère de potentiel : levier doté d'une cible 2030 propre (« Non applicable – défini dans le cadre des CRE » n'en est pas une) et coût significatif ou action réplicable (proposée par plusieurs collectivités)",
    "progress_ok": "Critère d'avancement : porteur, autre acteur, calendrier et financement identifiés (« Non », « à définir » ou 0 € ne sont pas un financement)",
    "missing_fields": "Éléments manquants pour une fiche action COP (liste)",
    "dimension": "Axe de ventilation : region, departement ou type (de collectivité)",
    # bases and uncertainty (issue 22)
    "n_scored_relevance": "Base de la pertinence : nombre de réponses notées (« Ne sait pas » et cases vides exclus) sur lesquelles reposent mean_relevance et pct_relevant",
    "n_scored_deployment": "Base du déploiement : nombre de réponses notées (« Ne sait pas » et cases vides exclus) sur lesquelles reposent mean_deployment et pct_deploying",
    "mean_relevance_ci_low": "Borne basse de l'intervalle de confiance à 95 % de la pertinence moyenne (Student ; vide sous 2 réponses)",
    "mean_relevance_ci_high": "Borne haute de l'intervalle de confiance à 95 % de la pertinence moyenne (Student ; vide sous 2 réponses)",
    "pct_relevant_ci_low": "Borne basse de l'intervalle de confiance à 95 % de pct_relevant (Wilson), en pourcentage",
    "pct_relevant_ci_high": "Borne haute de l'intervalle de confiance à 95 % de pct_relevant (Wilson), en pourcentage",
    "mean_deployment_ci_low": "Borne basse de l'intervalle de confiance à 95 % du déploiement moyen (Student ; vide sous 2 réponses)",
    "mean_deployment_ci_high": "Borne haute de l'intervalle de confiance à 95 % du déploiement moyen (Student ; vide sous 2 réponses)",
    "pct_deploying_ci_low": "Borne basse de l'intervalle de confiance à 95 % de pct_deploying (Wilson), en pourcentage",
    "pct_deploying_ci_high": "Borne haute de l'intervalle de confiance à 95 % de pct_deploying (Wilson), en pourcentage",
    "relevance_axis_ci_low": "Borne basse de l'intervalle de confiance à 95 % de l'axe « pertinence » (Student)",
    "relevance_axis_ci_high": "Borne haute de l'intervalle de confiance à 95 % de l'axe « pertinence » (Student)",
    "deployment_axis_ci_low": "Borne basse de l'intervalle de confiance à 95 % de l'axe « déploiement » (Student)",
    "deployment_axis_ci_high": "Borne haute de l'intervalle de confiance à 95 % de l'axe « déploiement » (Student)",
    "small_sample": "Échantillon faible : moins de min_scored_answers réponses notées (paramètre publié) sur la pertinence ou le déploiement ; chiffres indicatifs",
    "family_confidence": "Solidité de la famille : « solide », « à la limite » (un seuil de famille est dans l'intervalle de confiance) ou « échantillon faible » ; vide sans réponse",
    "score_ci_low": "Borne basse de l'intervalle de confiance à 95 % du score (méthode delta sur les moyennes de pertinence et de déploiement)",
    "score_ci_high": "Borne haute de l'intervalle de confiance à 95 % du score (méthode delta sur les moyennes de pertinence et de déploiement)",
    "rank_min": "Meilleur rang plausible du thème compte tenu des intervalles de confiance des scores",
    "rank_max": "Moins bon rang plausible du thème compte tenu des intervalles de confiance des scores",
    "selection_confidence": "Solidité de la sélection du thème : « solide » ou « à la limite » (l'intervalle du score atteint le seuil ou le meilleur levier écarté)",
    "cap_excluded": "Leviers de la même thématique mieux notés que le dernier thème retenu mais écartés par le plafond de thèmes par thématique (liste de codes)",
    "origins": "Origines fusionnées du projet : questionnaire (texte libre), projet (onglet Projets), plan d'action (liste)",
    "sources": "Signalements fusionnés en ce projet, « origine : fichier » (liste)",
    "n_sources": "Nombre de signalements fusionnés en ce projet (même collectivité, même levier, titres proches)",
    "coherence_reason": "Justification du critère de cohérence",
    "potential_reason": "Justification du critère de potentiel (cible 2030, coût, réplicabilité)",
    "progress_reason": "Justification du critère d'avancement (éléments présents ou manquants)",
    "n_authorities_same_action": "Nombre de collectivités proposant la même action ou une action au titre proche (réplicabilité)",
    "annual_budget_eur": "Montants annuels (« X €/an ») des étapes dont les années ne sont pas toutes connues, en euros par an ; non inclus dans les budgets totaux",
    "budget_eur_per_year": "Montant annuel de l'étape lorsque le budget est écrit « par an » (euros par an) ; budget_eur vaut ce montant × le nombre d'années de l'étape quand elles sont connues",
    "key": "Valeur de l'axe de ventilation (code département, type de collectivité…)",
    "label": "Libellé",
    "siren": "SIREN de la collectivité",
    "relevance_label": "Réponse « pertinence de l'action territoriale » telle que saisie",
    "relevance_score": "Note de pertinence (0 à 4 ; vide pour « Ne sait pas »)",
    "deployment_label": "Réponse « actions engagées » telle que saisie",
    "deployment_score": "Note de déploiement (0 à 3 ; vide pour « Ne sait pas »)",
    "actions_text": "Actions menées ou prévues (texte libre)",
    "blockers_text": "Freins et verrous (texte libre)",
    "needs_text": "Besoins d'accompagnement (texte libre)",
    "exemplary_project_text": "Projet exemplaire à valoriser (texte libre)",
    "submitted_on": "Date de réponse",
    "source_file": "Fichier source (chemin relatif à la boîte de dépôt)",
    "source_sha256": "Empreinte SHA-256 du fichier source",
    "page": "Page du document source (à partir de 1) ; vide pour un tableur (voir source_sheet et source_row)",
    "source_sheet": "Tableurs : feuille du classeur source où la valeur a été lue (page reste vide)",
    "source_row": "Tableurs : ligne de la feuille source (numérotation d'Excel, à partir de 1)",
    "sub_axis": "Sous-axe du plan (tableur Territoires en Transitions : colonne « Sous-axe »)",
    "sub_sub_axis": "Sous-sous-axe du plan (colonne « Sous-sous axe »)",
    "action_status": "Statut de l'action tel que saisi par la collectivité (À venir, En cours, Réalisé…)",
    "action_priority": "Niveau de priorité de l'action tel que saisi (Élevé, Moyen, Bas…)",
    "points_max": "Potentiel maximum de points du référentiel pour la ligne",
    "points_potential": "Potentiel de points de la collectivité (après réduction éventuelle)",
    "points_done": "Points réalisés",
    "points_programmed": "Points programmés",
    "measure_status": "Statut de la mesure dans l'évaluation (tel que saisi dans l'export)",
    "extraction": "Mode de lecture : text (couche texte du PDF) ou ocr (document scanné : valeurs à vérifier)",
    "ocr_confidence": "Confiance moyenne de la reconnaissance de caractères (0 à 1), pour les lignes lues par OCR",
    "action_id": "Identifiant stable de la fiche action",
    "territory_name": "Territoire (collectivité porteuse du plan ou du contrat)",
    "plan_type": "Type de plan (PCAET, COT…)",
    "axis": "Axe du plan",
    "strategic_objective_code": "Code de l'objectif stratégique",
    "strategic_objective": "Objectif stratégique",
    "action_code": "Code de l'action dans le plan",
    "context": "Contexte de l'action",
    "expected_results": "Résultats attendus",
    "indicators": "Indicateurs de suivi (liste)",
    "target_audiences": "Publics cibles (liste)",
    "total_budget_eur": "Budget total de l'action, en euros",
    "total_etp": "Moyens humains, en équivalents temps plein",
    "start_year": "Année de début",
    "end_year": "Année de fin",
    "owners": "Porteurs (liste)",
    "partners": "Partenaires (liste)",
    "has_body": "La fiche détaillée a été trouvée (sinon action seulement listée au sommaire)",
    "contract_type": "Type de contrat",
    "domain": "Domaine",
    "target_value": "Valeur cible",
    "unit": "Unité",
    "priority": "Objectif prioritaire du contrat",
    "period_start": "Début de la période",
    "period_end": "Fin de la période",
    "status": "Statut : loaded (chargé : la publication en contient les lignes), quarantined (mis en quarantaine), superseded (remplacé : copie identique ou réponse plus récente)",
    "first_read_at": "Date de première lecture du fichier (même contenu)",
    "last_seen_at": "Dernière fois que le fichier a été vu dans la boîte de dépôt",
    "parser_version": "Version du lecteur qui a extrait les lignes",
    "reason": "Motif (en cas de quarantaine ou d'avertissement)",
    "n_records": "Nombre d'enregistrements lus",
    "detected_type": "Type de fichier détecté",
    # lever classification (actions, contract_targets)
    "lever_confidence": "Confiance du rattachement au levier (0 à 1) donnée par le classifieur de leviers ; vide quand le levier a été saisi ou corrigé à la main",
    "lever_terms": "Mots du texte de l'action qui ont le plus pesé dans le choix du levier par le classifieur (liste) ; vide quand le levier a été corrigé à la main",
    "regulatory_links": "Objectifs réglementaires auxquels la fiche rattache l'action (rubrique « Liens avec les objectifs réglementaires » : qualité de l'air, séquestration carbone…) (liste)",
    "lever_source": "Origine du levier : classifier (classifieur sur le titre et le texte), override (correction manuelle enregistrée) ou default (aucun indice : « transverse »)",
    # action steps
    "step_no": "Numéro de l'étape dans le tableau de la fiche (à partir de 1)",
    "step": "Intitulé de l'étape de mise en œuvre",
    "planning_label": "Calendrier de l'étape tel qu'écrit dans la fiche (« 2020 - 2021 », « T2 2020 »…)",
    "open_ended": "Étape sans fin datée (« 2020 et + ») : end_year est alors vide",
    "budget_label": "Budget de l'étape tel qu'écrit dans la fiche (« 40 k€ », « interne », « NC »…)",
    "funded": "Financement acquis d'après la mention du budget (« financé ») ; vide si la fiche ne le dit pas",
    "internal": "Étape réalisée en moyens internes (« interne », « régie ») : pas de dépense chiffrée",
    "etp": "Moyens humains de l'étape, en équivalents temps plein ; vide si non renseignés",
    # referential scores
    "row_no": "Numéro de la ligne dans le tableau du référentiel (ordre du document, à partir de 1)",
    "referential": "Référentiel : CAE (Climat-Air-Énergie) ou ECI (Économie circulaire)",
    "level": "Niveau de la ligne : axis (axe) ou sub_axis (sous-axe)",
    "code": "Code de l'axe ou de la mesure dans le référentiel quand le document le donne ; vide sinon",
    "parent_label": "Intitulé de l'axe dont relève le sous-axe ; vide pour un axe",
    "points_remaining": "Points restant à gagner sur la ligne (potentiel restant du référentiel)",
    "pct_done": "Part des points réalisés, en pourcentage de 0 à 100",
    "pct_programmed": "Part des points programmés, en pourcentage de 0 à 100",
    # contract targets, ingestion report
    "target_id": "Identifiant stable de l'objectif (empreinte du fichier et numéro d'ordre)",
    "n_warnings": "Nombre d'avertissements de lecture du fichier (valeurs illisibles, lignes ignorées…), détaillés dans reason",
    "quarantine_path": "Copie du fichier mis en quarantaine (chemin relatif au dossier de quarantaine) ; vide si le fichier n'est pas en quarantaine",
    # lever targets (SGPE regional panorama)
    "sgpe_lever_id": "Identifiant du levier dans le panorama régional SGPE (outil planification-territoires)",
    "sgpe_lever_name": "Nom du levier dans le panorama régional SGPE",
    "sector": "Secteur du levier dans le panorama régional SGPE",
    "kt_co2e_avoided_2030": "Émissions à éviter en 2030 par rapport à 2019 selon le panorama régional SGPE, en kilotonnes équivalent CO₂ ; un chiffre commun à plusieurs leviers (mapping « partagé ») est répété sur chacun, non réparti",
    "share_of_regional_effort": "Part du levier SGPE dans l'effort régional 2030 : ses kt CO₂e / total des kt CO₂e des leviers SGPE rattachés à nos leviers (chaque levier SGPE compté une fois), ratio entre 0 et 1",
    "physical_target_2030": "Traduction physique de l'objectif 2030 (unité dans physical_unit) : point 2019 + kt CO₂e × clé de traduction du panorama, ou variation par rapport à 2019 quand l'unité en est une ; vide quand le panorama n'en donne pas",
    "physical_unit": "Unité physique de l'objectif telle que donnée par le panorama SGPE ; vide si le levier n'a pas de traduction physique",
    "physical_2019": "Point de départ 2019 dans l'unité physique ; vide quand l'unité est une variation par rapport à 2019 ou que le panorama ne le donne pas",
    "mapping": "Correspondance entre le levier SGPE du panorama et notre levier : equivalent, partie (le levier SGPE couvre plus large) ou partagé (un chiffre pour plusieurs de nos leviers, non réparti), avec la raison",
    "panorama_note": "Remarque du panorama SGPE sur ce chiffre (objectif non régionalisé, traité en Comité régional de l'énergie, indisponible…) ; vide sinon",
    "source": "Source du chiffre : panorama régional SGPE, région et identifiant du levier",
    # priority themes
    "score_regional_stake": "Composante du score : enjeu régional, part du levier dans l'effort régional 2030 du panorama SGPE rapportée à la plus forte part de la région (pondérée ; 0 si le panorama ne chiffre pas le levier)",
    "tied_with": "Leviers ex æquo avec ce thème (même score et mêmes effectifs), séparés par « ; » ; vide sans ex æquo",
    "theme_id": "Identifiant du thème : R01… (thème régional par levier), T01… (thème transversal issu des freins et besoins écrits), D59-01… (thème du département 59)",
    "theme_kind": "Nature du thème : levier (un levier de la planification) ou transversal (freins et besoins récurrents écrits par les collectivités, sur plusieurs leviers)",
    "scope_rank": "Rang du thème dans sa propre liste (thèmes régionaux par levier, thèmes transversaux, thèmes d'un département)",
    "lever_codes": "Leviers concernés par le thème (liste de codes) : le levier du thème, ou les leviers où le frein ou besoin revient le plus pour un thème transversal",
    "quotes": "Extraits courts des freins et besoins écrits par les collectivités (sans nom ni donnée personnelle), les plus cités d'abord (liste)",
    "n_authorities_citing": "Nombre de collectivités distinctes citant le frein ou besoin du thème (pour un thème par levier : celles citant son frein le plus fréquent)",
    "categories": "Catégories de freins et besoins réunies dans un thème transversal (ingenierie, financement, foncier, acceptabilite, acteurs, donnees, gouvernance, procedures, strategie) (liste)",
    "score_free_text": "Score d'un thème transversal : part des collectivités répondantes qui citent ce frein ou besoin, de 0 à 100 ; vide pour un thème par levier",
    # shortlists
    "shortlisted": "Retenu dans la liste courte proposée au débat (règles dans le README et la colonne shortlist_reason)",
    "shortlist_reason": "Pourquoi la ligne est retenue ou non dans la liste courte (phrase en français)",
    "criteria_met": "Nombre de critères d'inclusion remplis parmi les trois de la méthode (cohérence, potentiel, avancement), de 0 à 3",
    "missing_criteria": "Critères non remplis et pourquoi (« cohérence (…) ; avancement (…) ») ; vide quand les trois sont remplis",
}

# Same column name, other meaning in one table: the description of that table wins.
TABLE_COLUMN_DESCRIPTIONS: dict[tuple[str, str], str] = {
    ("action_steps", "budget_eur"): "Budget de l'étape en euros lu dans la fiche (un montant « par an » multiplié par le nombre d'années de l'étape quand elles sont connues) ; 0 = moyens internes seulement (« interne ») ; vide si le budget n'est pas chiffré (« NC », « à définir »)",
    ("lever_state_of_play", "budget_eur"): "Somme des budgets totaux connus des fiches actions du levier dans le périmètre, en euros ; vide si aucune action du levier n'a de budget connu (jamais 0 pour « inconnu »)",
    ("lever_state_of_play", "annual_budget_eur"): "Somme des montants annuels (« X €/an ») des actions du levier dont les années ne sont pas toutes connues, en euros par an ; non inclus dans budget_eur",
    ("actions", "annual_budget_eur"): "Montants annuels (« X €/an ») des étapes de l'action dont les années ne sont pas toutes connues, en euros par an ; non inclus dans total_budget_eur",
    ("actions", "total_budget_eur"): "Budget total de l'action en euros : somme des budgets connus de ses étapes, ou le total écrit dans la fiche ; vide si aucun montant n'est connu",
    ("actions", "title"): "Intitulé de la fiche action",
    ("action_steps", "description"): "Description de l'étape",
    ("contract_targets", "label"): "Intitulé de l'objectif du contrat",
    ("contract_targets", "target_value"): "Valeur cible de l'objectif (nombre, dans l'unité de la colonne unit)",
    ("referential_scores", "label"): "Intitulé de l'axe ou du sous-axe du référentiel",
    ("response_coverage", "label"): "Libellé de la ligne : « Région », « code – nom » du département ou type de collectivité",
    ("priority_themes", "theme"): "Intitulé du levier du thème, ou des catégories de freins et besoins pour un thème transversal",
    ("priority_themes", "scope"): "Périmètre du thème : « region » ou « departement » (thème propre à un département qui se distingue de la région)",
    ("priority_themes", "department_code"): "Code INSEE du département d'un thème départemental ; vide pour un thème régional",
    ("priority_themes", "rank"): "Rang du thème dans la table (thèmes régionaux par levier classés par score, puis thèmes transversaux, puis thèmes départementaux) ; voir scope_rank pour le rang dans chaque liste",
    ("priority_themes", "title"): "Intitulé du thème prioritaire, formulé comme une action à débattre",
    ("priority_themes", "n_respondents"): "Nombre de collectivités distinctes ayant répondu sur le levier",
    ("priority_themes", "share_of_regional_effort"): "Part du levier dans l'effort régional 2030 (panorama SGPE, voir lever_targets), ratio entre 0 et 1 ; vide si le panorama ne chiffre pas le levier",
    ("priority_themes", "kt_co2e_avoided_2030"): "Émissions à éviter en 2030 sur le levier selon le panorama régional SGPE (kt CO₂e) ; vide si le panorama ne le chiffre pas",
    ("priority_themes", "evidence"): "Éléments chiffrés du thème (JSON) : répondants, moyennes, freins, actions, objectifs contractuels, collectivités concernées, projets et part de l'effort régional",
    ("exemplary_projects", "title"): "Intitulé du projet (première phrase du texte libre pour un projet cité au questionnaire)",
    ("exemplary_projects", "estimated_cost_eur"): "Coût estimé du projet en euros (onglet Projets ou budget total de l'action) ; vide si inconnu",
    ("exemplary_projects", "maturity"): "Maturité du projet : Initié, En conception ou À initier (onglet Projets ; pour une action de plan, d'après son année de début) ; vide si inconnue",
    ("cop_action_candidates", "title"): "Intitulé de l'action candidate",
    ("cop_action_candidates", "estimated_cost_eur"): "Coût estimé en euros (onglet Projets ou budget total de l'action) ; vide si inconnu",
    ("lever_targets", "lever_label"): "Intitulé de notre levier (liste de 47 leviers de la méthode)",
}


def column_description(table: str | None, column: str) -> str:
    """French description of ``column`` as published in ``table`` (table-specific first)."""
    if table is not None and (table, column) in TABLE_COLUMN_DESCRIPTIONS:
        return TABLE_COLUMN_DESCRIPTIONS[(table, column)]
    return COLUMN_DESCRIPTIONS.get(column, "")

PRIMARY_KEYS: dict[str, list[str]] = {
    "actions": ["action_id"],
    "action_steps": ["action_id", "step_no"],
    "lever_families": ["region_code", "lever_code"],
    "priority_themes": ["region_code", "rank"],
    "ingestion_report": ["region_code", "source_file"],
    "cop_action_candidates": ["candidate_id"],
    "lever_targets": ["region_code", "lever_code"],
}


# ----------------------------------------------------------------------------- datapackage


def _field(
    column: str, series: pd.Series, table: str | None = None, kind: str | None = None
) -> dict[str, Any]:
    kind = kind or _column_kind(series)
    description = column_description(table, column)
    spec: dict[str, Any] = {"name": column, "title": column}
    if kind == "list":
        spec["type"] = "string"
        description = (
            description + " — " if description else ""
        ) + "liste, valeurs séparées par « ; »"
    elif kind == "boolean":
        spec.update(type="boolean", trueValues=["oui"], falseValues=["non"])
    elif kind == "number":
        spec.update(type="number", decimalChar=",")
    elif kind in ("integer", "date", "datetime"):
        spec["type"] = kind
        if kind == "datetime":
            spec["format"] = "%Y-%m-%dT%H:%M:%S"
    else:
        spec["type"] = "string"
    if description:
        spec["description"] = description
    return spec


def table_fields(
    df: pd.DataFrame, table: str | None = None, kinds: Mapping[str, str] | None = None
) -> list[dict[str, Any]]:
    """Table Schema fields of a prepared table: the datapackage and the Dagster column schema
    (``assets.metadata``) both come from here; ``table`` selects table-specific descriptions;
    ``kinds``: each column's ``_column_kind`` when the caller has it (the writers' kinds)."""
    return [_field(c, df[c], table, (kinds or {}).get(c)) for c in df.columns]
