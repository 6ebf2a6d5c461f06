"""Writers of the published diagnostic: CSV, Parquet, XLSX, datapackage.json, synthèse HTML.

Contract: ``shared/spec/published_tables.md``. Choices made here, for French spreadsheet users
and for machines at the same time:

- CSV: UTF-8 with BOM, ``;`` separator, ``,`` decimal mark (what a French Excel opens
  correctly by double-click), ISO dates, booleans ``oui``/``non``, lists ``;``-joined inside a
  quoted cell. ``datapackage.json`` declares all of it (``decimalChar``, ``trueValues``…) so
  Frictionless tools read the same values back.
- Parquet keeps real types: lists are list columns, booleans are booleans, no neutralisation.
- A text cell starting with ``=``, ``+``, ``-``, ``@``, tab or CR gets a leading ``'`` in CSV and
  XLSX so no spreadsheet evaluates it.
- Personal-data columns are dropped, and one policy (:mod:`assets.personal_data`) masks
  e-mails, phone numbers and person names in every text cell of every table (file names
  included); what was masked is counted per table and column, and the region is published.
- Atomic: everything is written to a hidden sibling folder, then swapped in by renames; on any
  error the previous publication is left as it was.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import math
import os
import re
import shutil
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from assets import publication_cache as pc
from assets.personal_data import EMAIL_MASK, EMAIL_RE, PersonalDataPolicy

__all__ = [
    "COLUMN_DESCRIPTIONS",
    "PERSONAL_DATA_COLUMNS",
    "PersonalDataError",
    "PersonalDataPolicy",
    "PublicationResult",
    "TABLE_COLUMN_DESCRIPTIONS",
    "TABLE_DESCRIPTIONS",
    "column_description",
    "datapackage_descriptor",
    "neutralise",
    "prepare_table",
    "publish",
    "redact_emails",
]

PERSONAL_DATA_COLUMNS: frozenset[str] = frozenset(
    {
        "respondent_name", "respondent_function", "respondent_email", "contact_email",
        "email", "e_mail", "courriel", "nom_du_repondant", "fonction", "phone", "telephone",
    }
)  # fmt: skip

# Tables whose text comes (partly) from questionnaires: checked for e-mail addresses.
QUESTIONNAIRE_TABLES: frozenset[str] = frozenset(
    {
        "questionnaire_responses", "exemplary_projects", "cop_action_candidates",
        "priority_themes", "lever_families", "lever_state_of_play", "response_coverage",
        "recipients", "questionnaire_projects",
    }
)  # fmt: skip

_FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")
# Leading characters a spreadsheet may skip before reading a formula: whitespace and
# invisible format characters (zero-width, bidi controls, BOM, soft hyphen).
_INVISIBLE_RE = re.compile(r"[\s\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]*")
# A separator (whatever the one a spreadsheet picks), then invisible characters, then a
# trigger: « Voir,=2+5+cmd|' /C calc'!A0 » becomes « Voir,'=2+5+cmd|' /C calc'!A0 ».
_SEGMENT_FORMULA_RE = re.compile(
    r"(?<=[,;\t|])(?=[\s\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]*"
    r"(?:[=@\uff1d\uff20]|[+\-\uff0b\uff0d](?![\d\s.,%€]*$)))"
)
_ILLEGAL_XLSX_RE = re.compile(r"[\000-\010]|[\013-\014]|[\016-\037]")
_SAFE_NAME_RE = re.compile(r"^[0-9A-Za-z_-]{1,20}$")
_TABLE_NAME_RE = re.compile(r"^[a-z0-9_]{1,60}$")
_INTEGER_NAME_RE = re.compile(
    r"^(n_.*|rank|.*_year|page|source_row|step_no|row_no|period_start|period_end|priority_theme_rank|stars)$"
)
LIST_SEPARATOR = ";"

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


class PersonalDataError(ValueError):
    """Kept for compatibility: personal data is now masked (never blocks the publication)."""


@dataclass
class PublicationResult:
    """What was published, for the asset metadata."""

    region_code: str
    path: Path
    files: list[str]
    row_counts: dict[str, int]
    published_at: str
    dropped_columns: dict[str, list[str]] = field(default_factory=dict)
    masked: list[dict[str, object]] = field(default_factory=list)
    # Files linked unchanged from the previous publication (same table content hash).
    carried_over: list[str] = field(default_factory=list)


# ----------------------------------------------------------------------------- values


def _is_missing(value: object) -> bool:
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    return isinstance(value, float) and math.isnan(value)


def _is_list(value: object) -> bool:
    return isinstance(value, list | tuple | np.ndarray)


def neutralise(text: str) -> str:
    """Make a text harmless in a spreadsheet (CSV/XLSX only).

    A leading ``'`` when the text starts with a formula trigger, also after whitespace or
    invisible characters (``\\u200b=HYPERLINK(…)``); and a ``'`` after any separator
    (``, ; tab |``) followed by a trigger, so the text stays harmless when a spreadsheet splits
    it with another separator than ours.
    """
    if not text:
        return text
    if "," in text or "\t" in text or ";" in text or "|" in text:
        text = _SEGMENT_FORMULA_RE.sub("'", text)
    head = _INVISIBLE_RE.match(text)
    rest = text[head.end() :] if head else text
    if text.startswith(_FORMULA_PREFIXES) or (rest and rest.startswith(_FORMULA_PREFIXES)):
        return "'" + text
    return text


def redact_emails(df: pd.DataFrame, replacement: str = EMAIL_MASK) -> pd.DataFrame:
    """Copy of ``df`` with e-mail addresses in text cells masked (call upstream of publish)."""
    out = df.copy()
    for column in out.columns:
        if out[column].dtype == object or pd.api.types.is_string_dtype(out[column]):
            out[column] = out[column].map(
                lambda v: EMAIL_RE.sub(replacement, v) if isinstance(v, str) else v
            )
    return out


def _column_kind(series: pd.Series) -> str:
    """Frictionless type of a prepared column (``list`` is written as a string)."""
    if pd.api.types.is_bool_dtype(series):
        return "boolean"
    if pd.api.types.is_integer_dtype(series):
        return "integer"
    if pd.api.types.is_float_dtype(series):
        return "number"
    if pd.api.types.is_datetime64_any_dtype(series):
        return "datetime"
    values = series.dropna()
    if values.empty:
        return "string"
    types = set(map(type, values))  # one pass; large text columns are the common case
    if all(issubclass(t, list | tuple | np.ndarray) for t in types):
        return "list"
    if all(issubclass(t, bool | np.bool_) for t in types):
        return "boolean"
    if all(issubclass(t, dt.date) and not issubclass(t, dt.datetime) for t in types):
        return "date"
    return "string"


def prepare_table(name: str, df: pd.DataFrame) -> tuple[pd.DataFrame, list[str]]:
    """Publishable copy of a table: personal columns dropped, types made explicit.

    Lists become lists of strings, dicts JSON text, object booleans real booleans, integral
    float counts (``n_*``, years, ranks, pages) nullable integers, other objects strings.
    Returns the frame and the dropped column names.
    """
    dropped = [c for c in df.columns if str(c).lower() in PERSONAL_DATA_COLUMNS]
    out = df.drop(columns=dropped).reset_index(drop=True).copy()
    out.columns = [str(c) for c in out.columns]
    for column in out.columns:
        s = out[column]
        if pd.api.types.is_float_dtype(s) and _INTEGER_NAME_RE.match(column):
            finite = s.dropna()
            if finite.empty or (np.isfinite(finite).all() and (finite == finite.round()).all()):
                out[column] = s.round().astype("Int64")
            continue
        if pd.api.types.is_datetime64_any_dtype(s):
            s = s.dt.tz_localize(None) if getattr(s.dt, "tz", None) is not None else s
            if s.dropna().eq(s.dropna().dt.normalize()).all():
                out[column] = s.dt.date.astype(object).where(s.notna(), None)
            else:
                out[column] = s
            continue
        if s.dtype != object and not pd.api.types.is_string_dtype(s):
            continue
        values = s.dropna()
        if not values.empty and pd.api.types.infer_dtype(values, skipna=False) == "string":
            # Plain text (the bulk of a large answer table): no per-cell checks needed.
            out[column] = s.astype(object).where(s.notna(), None)
            continue
        if values.map(lambda v: _is_list(v) or isinstance(v, dict)).any():
            out[column] = s.map(
                lambda v: (
                    json.dumps(v, ensure_ascii=False, default=str)
                    if isinstance(v, dict)
                    else [str(x) for x in v if not _is_missing(x)]
                    if _is_list(v)
                    else ([] if _is_missing(v) else [str(v)])
                )
            )
        elif not values.empty and values.map(lambda v: isinstance(v, bool | np.bool_)).all():
            out[column] = s.map(lambda v: None if _is_missing(v) else bool(v)).astype("boolean")
        elif (
            not values.empty
            and values.map(
                lambda v: isinstance(v, dt.date) and not isinstance(v, dt.datetime)
            ).all()
        ):
            out[column] = s.where(s.notna(), None)
        else:
            out[column] = s.map(lambda v: None if _is_missing(v) else str(v)).astype(object)
    return out, dropped


def with_lever_label_2025(df: pd.DataFrame) -> pd.DataFrame:
    """Copy of ``df`` with the 2025 SGPE lever name beside ``lever_code`` (crosswalk data).

    Published tables keep the seed-004 codes as keys; since March 2025 authorities, TeT and the
    data.gouv schema name levers with the list of 50, so every table with ``lever_code`` also
    says that name (``lever_label_2025``, after ``lever_label`` when present).
    """
    if "lever_code" not in df.columns or "lever_label_2025" in df.columns:
        return df
    from sources.levers.crosswalk import label_2025

    out = df.copy()
    anchor = "lever_label" if "lever_label" in out.columns else "lever_code"
    values = out["lever_code"].map(lambda code: label_2025(code) if isinstance(code, str) else None)
    out.insert(list(out.columns).index(anchor) + 1, "lever_label_2025", values)
    return out


def published_table(name: str, df: pd.DataFrame) -> tuple[pd.DataFrame, list[str]]:
    """A table exactly as published: the columns computed at publication added (2025 lever
    name), personal columns dropped, types made explicit; returns it and the dropped names.

    :func:`publish` writes this frame and derives the datapackage fields from it; the Dagster
    ``dagster/column_schema`` (``assets.metadata``) is built from the same call, so the UI
    and the published package list the same columns with the same types.
    """
    return prepare_table(name, with_lever_label_2025(df))


# ----------------------------------------------------------------------------- CSV


def csv_frame(df: pd.DataFrame, kinds: Mapping[str, str] | None = None) -> pd.DataFrame:
    """The text a CSV cell shows: lists ``;``-joined, ``oui``/``non``, ISO dates, neutralised."""
    out = df.copy()
    for column in out.columns:
        kind = kinds[column] if kinds is not None else _column_kind(out[column])
        s = out[column]
        if kind == "list":
            out[column] = s.map(
                lambda v: (
                    None if _is_missing(v) or not len(v) else neutralise(LIST_SEPARATOR.join(v))
                )
            )
        elif kind == "boolean":
            out[column] = s.map(lambda v: None if _is_missing(v) else ("oui" if v else "non"))
        elif kind == "date":
            out[column] = s.map(lambda v: None if _is_missing(v) else v.isoformat())
        elif kind == "datetime":
            out[column] = s.map(
                lambda v: None if _is_missing(v) else v.strftime("%Y-%m-%dT%H:%M:%S")
            )
        elif kind == "string":
            out[column] = s.map(lambda v: neutralise(v) if isinstance(v, str) else v)
    return out


CSV_CHUNK_ROWS = 20_000


def write_csv(name: str, df: pd.DataFrame, path: Path, chunk_rows: int = CSV_CHUNK_ROWS) -> None:
    """UTF-8 with BOM, ``;`` separator, ``,`` decimal mark, minimal quoting.

    Written in chunks of ``chunk_rows`` rows (the cell texts of a large answer table are never
    all copied at once); column kinds come from the whole column so every chunk is formatted
    alike, and the bytes are those of a one-shot write.
    """
    kinds = {c: _column_kind(df[c]) for c in df.columns}
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        for start in range(0, max(len(df), 1), chunk_rows):
            csv_frame(df.iloc[start : start + chunk_rows], kinds).to_csv(
                handle, sep=";", decimal=",", index=False, lineterminator="\n",
                float_format="%.15g", header=start == 0,
            )  # fmt: skip


# ----------------------------------------------------------------------------- Parquet


def write_parquet(name: str, df: pd.DataFrame, path: Path) -> None:
    """Typed Parquet: list columns as ``list<string>``, nullable integers and booleans."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    fields = []
    arrays = []
    for column in df.columns:
        kind = _column_kind(df[column])
        s = df[column]
        if kind == "list":
            arr = pa.array(
                [None if _is_missing(v) else list(v) for v in s], type=pa.list_(pa.string())
            )
        elif kind == "string":
            arr = pa.array([None if _is_missing(v) else str(v) for v in s], type=pa.string())
        elif kind == "date":
            arr = pa.array([None if _is_missing(v) else v for v in s], type=pa.date32())
        else:
            arr = pa.Array.from_pandas(s)
        fields.append(pa.field(column, arr.type))
        arrays.append(arr)
    table = pa.Table.from_arrays(arrays, schema=pa.schema(fields))
    pq.write_table(table, path)


# ----------------------------------------------------------------------------- XLSX


def _xlsx_value(value: object, kind: str) -> object:
    if _is_missing(value):
        return None
    if kind == "list":
        return neutralise("; ".join(value)) if len(value) else None
    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, pd.Timestamp):
        value = value.to_pydatetime()
    if isinstance(value, str):
        value = neutralise(_ILLEGAL_XLSX_RE.sub("", value))
        return value[:32_000]
    return value


def _number_format(column: str, kind: str) -> str | None:
    if column.endswith("_eur"):
        return '#,##0 "€"'
    if column == "response_rate":
        return "0.0%"
    if column.startswith("pct_"):
        return '0.0" %"'
    if column.startswith(("mean_", "score")) or column.endswith("_axis"):
        return "0.00"
    if kind == "date":
        return "dd/mm/yyyy"
    if kind == "integer":
        return "0"
    return None


def _readme_rows(
    region_code: str,
    tables: Mapping[str, pd.DataFrame],
    descriptions: Mapping[str, str],
    config: Mapping[str, Any] | None,
    published_at: str,
) -> list[list[object]]:
    rows: list[list[object]] = [
        [f"Diagnostic régional de la COP — région {region_code}"],
        [f"Publié le {published_at[:10]} (données de la dernière actualisation)."],
        [],
        ["Contenu"],
        ["Table (onglet)", "Description", "Nombre de lignes"],
    ]
    for name, df in tables.items():
        rows.append([name, descriptions.get(name, TABLE_DESCRIPTIONS.get(name, "")), len(df)])
    rows += [
        [],
        ["Conventions"],
        ["Montants", "en euros (nombres)"],
        ["Pourcentages", "colonnes pct_* : de 0 à 100 ; response_rate : ratio de 0 à 1"],
        ["Échelles", "pertinence de 0 (nulle) à 4 (très forte) ; déploiement de 0 (non) à 3 (oui, à grande échelle) ; « Ne sait pas » = vide"],
        ["Listes", "valeurs séparées par « ; »"],
        ["Formules", "un texte commençant par = + - @ (même après des espaces ou caractères invisibles, ou après une virgule, un point-virgule ou une tabulation) est précédé d'une apostrophe pour ne jamais être exécuté"],
        ["Données personnelles", "nom, fonction et courriel des répondants ne sont jamais publiés ; courriels, numéros de téléphone et noms de personnes cités dans les textes et les noms de fichiers sont masqués ([courriel masqué], [téléphone masqué], [nom masqué])"],
        ["Fichiers", "chaque table existe aussi en CSV (UTF-8, séparateur « ; », décimale « , ») et en Parquet ; datapackage.json décrit les CSV"],
    ]  # fmt: skip
    if config:
        rows += [[], ["Paramètres du diagnostic"], ["Paramètre", "Valeur"]]
        rows += [
            [k, json.dumps(v, ensure_ascii=False) if isinstance(v, dict | list) else v]
            for k, v in config.items()
        ]
    rows += [[], ["Dictionnaire des colonnes"], ["Table", "Colonne", "Description"]]
    for name, df in tables.items():
        for column in df.columns:
            rows.append([name, column, column_description(name, column)])
    return rows


def write_xlsx(
    tables: Mapping[str, pd.DataFrame],
    path: Path,
    *,
    region_code: str,
    descriptions: Mapping[str, str],
    config: Mapping[str, Any] | None,
    published_at: str,
) -> None:
    """One workbook: « Lisez-moi » then a sheet per table (frozen header, filter, formats).

    XlsxWriter in constant-memory mode streams rows to disk: a region's 70 000 answers are
    written in a few seconds (openpyxl took 4× longer). Strings are never turned into formulas
    or links (text from inputs is also neutralised by :func:`neutralise`).
    """
    import xlsxwriter

    wb = xlsxwriter.Workbook(
        str(path),
        {
            "constant_memory": True,
            "strings_to_formulas": False,
            "strings_to_urls": False,
            "strings_to_numbers": False,
        },
    )
    header = wb.add_format({"bold": True, "font_color": "#FFFFFF", "bg_color": "#1F4E79"})
    title_format = wb.add_format({"bold": True, "font_size": 14})
    section_format = wb.add_format({"bold": True, "font_size": 12})
    number_formats: dict[str, Any] = {}

    def number_format(fmt: str) -> Any:
        if fmt not in number_formats:
            number_formats[fmt] = wb.add_format({"num_format": fmt})
        return number_formats[fmt]

    def write(ws: Any, r: int, c: int, value: object, fmt: Any = None) -> None:
        if value is None:
            return
        if isinstance(value, dt.datetime | dt.date) and fmt is None:
            is_datetime = isinstance(value, dt.datetime)
            fmt = number_format("yyyy-mm-dd hh:mm" if is_datetime else "yyyy-mm-dd")
        if isinstance(value, float) and not math.isfinite(value):
            return
        ws.write(r, c, value, fmt)

    readme = wb.add_worksheet("Lisez-moi")
    for col, width in enumerate((30, 60, 80)):
        readme.set_column(col, col, width)
    sections = {"Contenu", "Conventions", "Paramètres du diagnostic", "Dictionnaire des colonnes"}
    for i, row in enumerate(_readme_rows(region_code, tables, descriptions, config, published_at)):
        for j, value in enumerate(row):
            fmt = None
            if i == 0:
                fmt = title_format
            elif value in sections and len(row) == 1:
                fmt = section_format
            write(readme, i, j, _xlsx_value(value, "string"), fmt)

    used: set[str] = {"lisez-moi"}
    for name, df in tables.items():
        title = re.sub(r"[\[\]:*?/\\]", "_", name)[:31]
        base, i = title, 2
        while title.lower() in used:
            title = f"{base[:28]}_{i}"
            i += 1
        used.add(title.lower())
        ws = wb.add_worksheet(title)
        columns = list(df.columns)
        kinds = {c: _column_kind(df[c]) for c in columns}
        formats = [
            number_format(f) if (f := _number_format(c, kinds[c])) else None for c in columns
        ]
        for j, column in enumerate(columns):
            sample = [len(str(v)) for v in df[column].head(200) if not _is_missing(v)]
            width = max([len(column) + 2, *(min(n, 60) for n in sample)]) + 2
            ws.set_column(j, j, min(width, 60))
        ws.freeze_panes(1, 0)
        if columns:
            ws.autofilter(0, 0, len(df), len(columns) - 1)
        for j, column in enumerate(columns):
            ws.write_string(0, j, column, header)
        column_kinds = [kinds[c] for c in columns]
        for r, values in enumerate(df.itertuples(index=False, name=None), start=1):
            for j, value in enumerate(values):
                write(ws, r, j, _xlsx_value(value, column_kinds[j]), formats[j])
    wb.close()


# ----------------------------------------------------------------------------- datapackage


def _field(column: str, series: pd.Series, table: str | None = None) -> dict[str, Any]:
    kind = _column_kind(series)
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


def table_fields(df: pd.DataFrame, table: str | None = None) -> list[dict[str, Any]]:
    """Table Schema fields of a prepared table: the datapackage and the Dagster column schema
    (``assets.metadata``) both come from here; ``table`` selects table-specific descriptions."""
    return [_field(c, df[c], table) for c in df.columns]


def datapackage_descriptor(
    region_code: str,
    tables: Mapping[str, pd.DataFrame],
    descriptions: Mapping[str, str],
    config: Mapping[str, Any] | None,
    published_at: str,
) -> dict[str, Any]:
    """Frictionless Data Package: one tabular resource per CSV with its Table Schema."""
    resources = []
    for name, df in tables.items():
        schema: dict[str, Any] = {
            "fields": table_fields(df, name),
            "missingValues": [""],
        }
        key = PRIMARY_KEYS.get(name)
        if key and set(key) <= set(df.columns) and len(df):
            if df[key].notna().all().all() and not df.duplicated(key).any():
                schema["primaryKey"] = key
        resources.append(
            {
                "name": name,
                "path": f"{name}.csv",
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8-sig",
                "title": descriptions.get(name, TABLE_DESCRIPTIONS.get(name, name)),
                "description": descriptions.get(name, TABLE_DESCRIPTIONS.get(name, "")),
                "dialect": {
                    "delimiter": ";",
                    "quoteChar": '"',
                    "doubleQuote": True,
                    "header": True,
                },
                "schema": schema,
            }
        )
    package: dict[str, Any] = {
        "profile": "tabular-data-package",
        "name": f"copdiag-diagnostic-{region_code.lower()}",
        "title": f"Diagnostic régional de la COP — région {region_code}",
        "description": (
            "Tables du diagnostic régional de la COP (planification écologique) : actions des "
            "plans, objectifs des contrats, réponses au questionnaire des collectivités, état "
            "des lieux par levier, familles de leviers, thèmes prioritaires, projets exemplaires "
            "et actions candidates. CSV en UTF-8, séparateur « ; », décimale « , »."
        ),
        "created": published_at,
        "resources": resources,
    }
    if config:
        package["copdiag_config"] = config
    return package


def write_datapackage(descriptor: Mapping[str, Any], path: Path) -> None:
    path.write_text(
        json.dumps(descriptor, ensure_ascii=False, indent=2, default=str), encoding="utf-8"
    )


def write_html(html: str, path: Path) -> None:
    path.write_text(html, encoding="utf-8")


# ----------------------------------------------------------------------------- publish


def _to_plain(config: object) -> dict[str, Any] | None:
    if config is None:
        return None
    if dataclasses.is_dataclass(config) and not isinstance(config, type):
        return dataclasses.asdict(config)
    if hasattr(config, "to_dict"):
        return dict(config.to_dict())
    return dict(config)  # type: ignore[call-overload]


def publish(
    tables: Mapping[str, pd.DataFrame],
    out_dir: Path | str,
    region_code: str,
    *,
    descriptions: Mapping[str, str] | None = None,
    config: Mapping[str, Any] | Any | None = None,
    figures: Mapping[str, bytes | str] | None = None,
    synthesis_html: str | None = None,
    region_name: str | None = None,
    policy: PersonalDataPolicy | None = None,
    now: dt.datetime | None = None,
) -> PublicationResult:
    """Publish ``tables`` into ``out_dir/<region_code>/``, atomically.

    Files: ``<table>.csv`` and ``<table>.parquet`` per table, ``diagnostic_<region>.xlsx``,
    ``datapackage.json``, ``synthese.html`` (``synthesis_html`` when given, else built from the
    tables by :func:`assets.synthesis_html.build_synthesis_html`), ``figures/<name>`` for each
    extra figure. Every table goes through ``policy`` (default: e-mails, phones and
    civility/label names; pass one with the names known privately): what was masked is in
    ``PublicationResult.masked``.
    """
    if not _SAFE_NAME_RE.match(str(region_code)):
        raise ValueError(f"Code région invalide pour un nom de dossier : {region_code!r}")
    region_code = str(region_code)
    out_dir = Path(out_dir)
    descriptions = dict(descriptions or {})
    plain_config = _to_plain(config)
    published_at = (now or dt.datetime.now(dt.UTC)).replace(microsecond=0).isoformat()
    policy = policy if policy is not None else PersonalDataPolicy()

    prepared: dict[str, pd.DataFrame] = {}
    dropped: dict[str, list[str]] = {}
    for name, df in tables.items():
        if not _TABLE_NAME_RE.match(name):
            raise ValueError(f"Nom de table invalide : {name!r}")
        prepared[name], cols = published_table(name, df)
        if cols:
            dropped[name] = cols
    # names a civility or a label introduces anywhere are masked everywhere
    policy.learn_names(prepared.values())
    prepared = {name: policy.mask_frame(name, df) for name, df in prepared.items()}

    out_dir.mkdir(parents=True, exist_ok=True)
    token = uuid.uuid4().hex[:12]
    tmp = out_dir / f".{region_code}.tmp-{token}"
    final = out_dir / region_code
    tmp.mkdir()
    files: list[str] = []
    # Changed-table-only writing (assets.publication_cache): unchanged tables keep their files.
    previous = pc.previous_manifest(final)
    hashes: dict[str, str] = {}
    file_shas: dict[str, str] = {}
    carried: list[str] = []
    try:
        for name, df in prepared.items():
            names = [f"{name}.csv", f"{name}.parquet"]
            hashes[name] = pc.table_content_hash(df)
            kept = pc.carry_over(previous, name, hashes[name], final, tmp, names)
            if kept is None:
                write_csv(name, df, tmp / names[0])
                write_parquet(name, df, tmp / names[1])
                kept = {n: pc.file_sha256(tmp / n) for n in names}
            else:
                carried += names
            file_shas.update(kept)
            files += names
        xlsx_name = f"diagnostic_{region_code}.xlsx"
        book_key = f"workbook:{xlsx_name}"
        hashes[book_key] = pc.workbook_hash(hashes, descriptions, plain_config)
        kept = pc.carry_over(previous, book_key, hashes[book_key], final, tmp, [xlsx_name])
        if kept is None:
            write_xlsx(
                prepared, tmp / xlsx_name, region_code=region_code, descriptions=descriptions,
                config=plain_config, published_at=published_at,
            )  # fmt: skip
            kept = {xlsx_name: pc.file_sha256(tmp / xlsx_name)}
        else:
            carried.append(xlsx_name)
        file_shas.update(kept)
        files.append(xlsx_name)
        descriptor = datapackage_descriptor(
            region_code, prepared, descriptions, plain_config, published_at
        )
        if "exemplary_projects" in prepared or "cop_action_candidates" in prepared:
            from assets.projets_export import projets_frame, projets_resource, write_projets_csv

            projets, _ = projets_frame(
                region_code,
                prepared.get("exemplary_projects"),
                prepared.get("cop_action_candidates"),
                published_at,
            )
            write_projets_csv(projets, tmp / "projets.csv")
            files.append("projets.csv")
            descriptor["resources"].append(projets_resource())
        descriptor[pc.MANIFEST_KEY] = {
            "writer": pc.WRITER_VERSION, "hashes": hashes, "files": file_shas,
        }  # fmt: skip
        write_datapackage(descriptor, tmp / "datapackage.json")
        files.append("datapackage.json")
        if synthesis_html is None:
            from assets.synthesis_html import build_synthesis_html

            synthesis_html = build_synthesis_html(
                region_name or f"Région {region_code}", region_code, prepared, plain_config
            )
        write_html(synthesis_html, tmp / "synthese.html")
        files.append("synthese.html")
        for fig_name, content in (figures or {}).items():
            safe = re.sub(r"[^0-9A-Za-z_.-]", "_", Path(fig_name).name)
            (tmp / "figures").mkdir(exist_ok=True)
            target = tmp / "figures" / safe
            if isinstance(content, str):
                target.write_text(content, encoding="utf-8")
            else:
                target.write_bytes(content)
            files.append(f"figures/{safe}")
        _swap(tmp, final, out_dir / f".{region_code}.old-{token}")
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return PublicationResult(
        region_code=region_code,
        path=final,
        files=files,
        row_counts={name: len(df) for name, df in prepared.items()},
        published_at=published_at,
        dropped_columns=dropped,
        masked=policy.summary(),
        carried_over=carried,
    )


def _swap(
    tmp: Path, final: Path, backup: Path, replace: Callable[[Path, Path], None] = os.replace
) -> None:
    """Move the new folder in place; the old one is restored if the second rename fails.

    Two renames on the same file system: the only moment ``final`` is absent is between them
    (microseconds); readers never see a half-written publication.
    """
    had_previous = final.exists()
    if had_previous:
        replace(final, backup)
    try:
        replace(tmp, final)
    except BaseException:
        if had_previous:
            replace(backup, final)
        raise
    if had_previous:
        shutil.rmtree(backup, ignore_errors=True)
