"""Jinja2 template of the public synthesis page: HTML and inline CSS (French text).

Rendered by :func:`assets.publication.synthesis.page.build_synthesis_html` with autoescape on.
"""

_TEMPLATE = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Diagnostic de la COP régionale — {{ region_name }}</title>
<style>
:root { --ink:#1d2733; --muted:#5b6675; --line:#dde3ea; --bg:#f5f7fa; --blue:#1f4e79;
        --A:#2e7d32; --B:#e07b00; --C:#4f5fb8; }
* { box-sizing:border-box; }
body { margin:0; font-family:"Marianne","Segoe UI",system-ui,-apple-system,"DejaVu Sans",Arial,sans-serif;
       color:var(--ink); background:var(--bg); line-height:1.5; font-size:15px; }
header { background:var(--blue); color:#fff; padding:32px 0 70px; }
.wrap { max-width:1080px; margin:0 auto; padding:0 24px; }
header h1 { margin:0 0 6px; font-size:28px; font-weight:700; letter-spacing:-.01em; }
header p { margin:0; opacity:.85; }
section { background:#fff; border:1px solid var(--line); border-radius:10px; padding:22px 26px; margin:22px 0; }
h2 { font-size:20px; margin:0 0 4px; color:var(--blue); }
h2 + .lead { color:var(--muted); margin:0 0 16px; }
.kpis { display:grid; grid-template-columns:repeat(auto-fit,minmax(min(150px,100%),1fr)); gap:14px; margin-top:-48px; }
.kpi { background:#fff; border:1px solid var(--line); border-radius:10px; padding:14px 16px; box-shadow:0 2px 6px rgba(0,0,0,.05); }
.kpi b { display:block; font-size:26px; color:var(--blue); line-height:1.2; }
.kpi span { color:var(--muted); font-size:13px; }
.grid { display:grid; grid-template-columns:repeat(auto-fit,minmax(min(300px,100%),1fr)); gap:14px; }
.card { border:1px solid var(--line); border-radius:8px; padding:14px 16px; background:#fbfcfd; }
.card h3 { margin:0 0 6px; font-size:16px; }
.card ul { margin:0; padding-left:18px; } .card li { margin:4px 0; }
.fam { display:inline-block; min-width:22px; text-align:center; border-radius:4px; color:#fff; font-weight:700; font-size:12px; padding:1px 6px; }
.fam.A { background:var(--A); } .fam.B { background:var(--B); } .fam.C { background:var(--C); } .fam.none { background:#999; }
.legend { display:grid; grid-template-columns:repeat(auto-fit,minmax(min(230px,100%),1fr)); gap:10px; margin-top:10px; font-size:14px; }
.legend div { border-left:4px solid; padding:4px 10px; }
ol.themes { list-style:none; padding:0; margin:0; counter-reset:t; }
ol.themes li { display:grid; grid-template-columns:44px 1fr; gap:12px; padding:14px 0; border-top:1px solid var(--line); }
ol.themes li:first-child { border-top:0; }
.rank { font-size:22px; font-weight:700; color:var(--blue); text-align:center; }
.theme-title { font-weight:700; font-size:16px; }
.meta { color:var(--muted); font-size:13px; margin:2px 0 6px; }
.bar { height:6px; background:#e8edf3; border-radius:3px; overflow:hidden; width:180px; display:inline-block; vertical-align:middle; margin-left:6px; }
.bar i { display:block; height:100%; background:var(--blue); }
table { border-collapse:collapse; width:100%; font-size:14px; }
th, td { text-align:left; padding:6px 8px; border-bottom:1px solid var(--line); vertical-align:top; }
th { color:var(--muted); font-weight:600; font-size:13px; }
td.n { text-align:right; font-variant-numeric:tabular-nums; white-space:nowrap; }
.two { display:grid; grid-template-columns:minmax(0,1.2fr) minmax(0,1fr); gap:22px; align-items:start; }
@media (max-width:820px) { .two { grid-template-columns:minmax(0,1fr); } .kpis { margin-top:16px; } }
.project h3 { font-size:15px; } .tag { display:inline-block; font-size:12px; color:var(--muted); border:1px solid var(--line); border-radius:10px; padding:0 8px; margin-right:4px; }
.methods { font-size:14px; color:#333; } .methods dt { font-weight:700; margin-top:8px; } .methods dd { margin:2px 0 0 0; }
footer { color:var(--muted); font-size:13px; padding:10px 0 40px; }
svg { max-width:100%; }
.scroll { overflow-x:auto; -webkit-overflow-scrolling:touch; max-width:100%; }
.only-compact { display:none; }
.heat { border-collapse:separate; border-spacing:2px; font-size:13px; width:auto; }
.heat th, .heat td { border:0; padding:3px 6px; }
.heat th.lever { position:sticky; left:0; background:#fff; font-weight:400; color:var(--ink); min-width:170px; max-width:260px; z-index:1; }
.heat thead th { text-align:center; font-size:12px; vertical-align:bottom; }
.heat td.c { text-align:center; width:78px; min-width:52px; border-radius:3px; font-variant-numeric:tabular-nums; }
.heat th .dn { display:block; font-weight:400; font-size:11px; overflow-wrap:anywhere; }
.heat td.c small { display:block; font-size:10px; opacity:.85; line-height:1.1; }
.heat td.reg { box-shadow:inset 0 0 0 2px #1d2733; }
.heat td.theme { box-shadow:inset 0 0 0 3px var(--B); }
.heat tr.group th { text-align:left; color:var(--blue); font-size:13px; padding-top:10px; position:sticky; left:0; background:#fff; }
.scale { display:flex; gap:2px; align-items:center; font-size:12px; color:var(--muted); margin:8px 0; flex-wrap:wrap; }
.scale i { display:inline-block; width:28px; height:14px; border-radius:2px; }
.crit { display:inline-block; font-size:12px; border-radius:10px; padding:0 8px; margin:2px 4px 2px 0; border:1px solid; }
.crit.ok { color:#1b5e20; border-color:#9ccc9c; background:#eef7ee; }
.crit.ko { color:#8a3b00; border-color:#f0b27a; background:#fdf3ea; }
.missing { color:#8a3b00; font-size:13px; margin-top:4px; }
.hbar { height:8px; background:#e8edf3; border-radius:4px; overflow:hidden; min-width:60px; }
.hbar i { display:block; height:100%; background:var(--A); }
.note { color:var(--muted); font-size:13px; font-style:italic; }
table.targets { min-width:680px; } table.targets td:first-child { min-width:150px; }
ol.keys { font-size:13px; margin:4px 0 8px; padding-left:26px; }
main { overflow-wrap:break-word; } ul.quarantine li, .methods dd { overflow-wrap:anywhere; }
details summary { cursor:pointer; color:var(--blue); margin:10px 0; }
@media (max-width:600px) {
  .wrap { padding:0 10px; } section { padding:16px 14px; margin:14px 0; }
  header { padding:22px 0 26px; } header h1 { font-size:22px; }
  .only-wide { display:none; } .only-compact { display:block; }
  .grid { grid-template-columns:1fr; } .bar { width:120px; }
  ol.themes li { grid-template-columns:30px 1fr; gap:8px; }
  .kpis { grid-template-columns:repeat(2,minmax(0,1fr)); }
  .heat th.lever { min-width:120px; max-width:150px; font-size:12px; }
  table { font-size:13px; }
}
@media print { body { background:#fff; } section { break-inside:avoid; border:0; } header { color:#000; background:#fff; } }
</style>
</head>
<body>
{% macro heatmap(v, caption) %}<div class="scroll"><table class="heat"><thead><tr><th class="lever">Levier</th>{% for c in v.columns %}<th><b>{{ c.code }}</b><span class="dn">{{ c.short }}</span></th>{% endfor %}<th>Région</th></tr></thead><tbody>
{% for g in v.groups %}<tr class="group"><th colspan="{{ v.columns|length + 2 }}">{{ g.label }}</th></tr>
{% for r in g.rows %}<tr><th class="lever">{{ r.label }}</th>{% for c in r.cells %}<td class="c{% if c.theme %} theme{% endif %}" style="background:{{ c.bg }};color:{{ c.fg }}" title="{{ c.title }}">{{ c.text }}<small>{{ c.n }} rép.</small></td>{% endfor %}<td class="c reg" style="background:{{ r.region.bg }};color:{{ r.region.fg }}">{{ r.region.text }}<small>{{ r.region.n }} rép.</small></td></tr>
{% endfor %}{% endfor %}</tbody></table></div><p class="note">{{ caption }}</p>{% endmacro %}
<header><div class="wrap">
<h1>Diagnostic de la COP régionale — {{ region_name }}</h1>
<p>Synthèse publique du diagnostic territorial de la planification écologique · région {{ region_code }} · publiée le {{ published }}</p>
</div></header>
<main class="wrap">

<div class="kpis">
{% for k in kpis %}<div class="kpi"><b>{{ k.value }}</b><span>{{ k.label }}</span></div>
{% endfor %}</div>

<section>
<h2>Messages clés par thématique</h2>
<p class="lead">Ce que disent les collectivités (questionnaire) et ce que contiennent leurs plans d'action, thématique par thématique.</p>
<div class="grid">
{% for t in thematics %}<div class="card"><h3>{{ t.label }}</h3><ul>{% for s in t.sentences %}<li>{{ s }}</li>{% endfor %}</ul></div>
{% endfor %}</div>
</section>

<section id="cibles">
<h2>Revue des cibles 2030 de la région</h2>
{% if targets.available %}<p class="lead">{{ targets.sentence }}</p>
<div class="scroll"><table class="targets"><thead><tr><th>Levier (panorama SGPE)</th><th class="n">kt CO₂e évitées en 2030</th><th>Part de l'effort régional</th><th>Cible physique 2030</th><th class="n">Pertinence (0–4)</th><th class="n">Actions engagées (0–3)</th><th>Famille</th></tr></thead><tbody>
{% for r in targets.rows %}<tr><td>{{ r.label }}{% if r.lever and r.lever != r.label %}<br><span class="meta">{{ r.lever }}</span>{% endif %}</td><td class="n">{{ r.kt }}</td><td><div>{{ r.share }}</div><div class="hbar"><i style="width:{{ r.width }}%"></i></div></td><td>{{ r.physical or '–' }}</td><td class="n">{{ r.relevance }}</td><td class="n">{{ r.deployment }}</td><td>{% if r.family %}<span class="fam {{ r.family }}">{{ r.family }}</span>{% else %}<span class="fam none">–</span>{% endif %}</td></tr>
{% endfor %}</tbody></table></div>
<p class="note">Cibles : panorama régional des leviers du SGPE{% if targets.source %} ({{ targets.source }}){% endif %}, émissions évitées en 2030 par rapport à 2019. Pertinence et actions engagées : moyennes des réponses au questionnaire ; famille : voir ci-dessous.</p>
{% else %}<p class="note">{{ targets.note }}</p>{% endif %}
</section>

<section>
<h2>Trois familles de leviers</h2>
<p class="lead">Chaque point est un levier : pertinence perçue de l'action territoriale (horizontal) et actions déjà engagées (vertical), d'après les réponses au questionnaire. Les leviers en gras sont des thèmes prioritaires ; un cercle pointillé et des traits (intervalles de confiance à 95 %) signalent une famille « à la limite ».</p>
<div class="only-wide">{{ families_svg }}</div>
<div class="only-compact">{{ families_svg_compact }}
<ol class="keys">{% for k in families_keys %}<li value="{{ k.n }}">{% if k.bold %}<b>{{ k.label }}</b>{% else %}{{ k.label }}{% endif %}</li>{% endfor %}</ol></div>
<div class="legend">
{% for f in families %}<div style="border-color:var(--{{ f.code }})"><span class="fam {{ f.code }}">{{ f.code }}</span> <b>{{ f.count }} levier{{ 's' if f.count > 1 }}</b>{% if f.borderline %} (dont {{ f.borderline }} à la limite){% endif %} — {{ f.label }}.{% if f.examples %}<br><span class="meta">Ex. : {{ f.examples }}</span>{% endif %}</div>
{% endfor %}</div>
{% if n_unclassified %}<p class="meta">{{ n_unclassified }} levier{{ 's' if n_unclassified > 1 }} sans réponse exploitable ne {{ 'sont' if n_unclassified > 1 else 'est' }} pas classé{{ 's' if n_unclassified > 1 }}.</p>{% endif %}
</section>

<section id="departements">
<h2>État des lieux par levier et par département</h2>
{% if dept_view.available %}<p class="lead">Actions déjà engagées selon les collectivités répondantes, levier par levier et département par département (moyenne de 0 « non » à 3 « oui, à grande échelle » ; sous le chiffre, le nombre de réponses notées). {{ dept_view.n_levers }} levier{{ 's' if dept_view.n_levers > 1 }} ayant au moins une réponse{% if dept_view.n_unanswered %} ; {{ dept_view.n_unanswered }} sans aucune réponse ne figure{{ 'nt' if dept_view.n_unanswered > 1 }} pas{% endif %}.</p>
<div class="scale"><span>0</span><i style="background:#eaf1f8"></i><i style="background:#b7cadd"></i><i style="background:#8aa7c3"></i><i style="background:#5d84a8"></i><i style="background:#1f4e79"></i><span>3 (grande échelle)</span><i style="background:#f1f3f5;margin-left:10px"></i><span>aucune réponse</span>{% if dept_view.n_dept_themes %}<i style="box-shadow:inset 0 0 0 3px var(--B);margin-left:10px"></i><span>thème prioritaire départemental</span>{% endif %}</div>
{{ heatmap(dept_view, dept_view.n_small ~ " des " ~ dept_view.n_cells ~ " cases renseignées reposent sur moins de 10 réponses notées : elles sont indicatives.") }}
{% if dept_view_relevance.available %}<details><summary>Voir la pertinence perçue par département (0 « nulle » à 4 « très forte »)</summary>
{{ heatmap(dept_view_relevance, "Pertinence perçue de l'action territoriale, moyenne des réponses notées.") }}</details>{% endif %}
{% else %}<p class="note">{{ dept_view.note }}</p>{% endif %}
</section>

<section>
<h2>Thèmes prioritaires à soumettre au débat</h2>
<p class="lead">Classés par un score de 0 à 100 qui combine pertinence, écart entre pertinence et déploiement, freins signalés, collectivités concernées et distance à la cible 2030 (pondérations en fin de page).</p>
{% if themes_note %}<p class="lead"><b>{{ themes_note }}</b></p>{% endif %}
<ol class="themes">
{% for t in themes %}<li><div class="rank">{{ t.rank }}</div><div>
<div class="theme-title">{{ t.title }}</div>
<div class="meta">{{ t.thematic }} · levier {{ t.theme }} · {% if t.family %}<span class="fam {{ t.family }}">{{ t.family }}</span>{% else %}<span class="fam none">–</span>{% endif %} · score {{ t.score }}{% if t.interval %} ({{ t.interval }}){% endif %}<span class="bar"><i style="width:{{ t.width }}%"></i></span>{% if t.ranks %} · rang plausible {{ t.ranks }}{% endif %}{% if t.borderline %} · <b>à la limite</b>{% endif %}{% if t.base %} · {{ t.base }}{% endif %}</div>
<div>{{ t.rationale }}</div></div></li>
{% else %}<li><div></div><div>Aucun thème prioritaire proposé.</div></li>
{% endfor %}</ol>
{% if dept_theme_rows %}<h3>Thèmes départementaux ({{ dept_theme_rows|length }})</h3>
<p class="meta">Leviers sur lesquels un département se distingue nettement de la région (règle en fin de page et dans la table priority_themes).</p>
<ul class="dept-themes">{% for t in dept_theme_rows %}<li><b>{{ t.department }}</b> — {{ t.title }}{% if t.score %} · score {{ t.score }}{% endif %}{% if t.rationale %}<br><span class="meta">{{ t.rationale }}</span>{% endif %}</li>
{% endfor %}</ul>{% endif %}
</section>

<section>
<h2>Où les chiffres sont fragiles</h2>
<p class="lead">Chaque taux et chaque moyenne est publié avec le nombre de réponses notées sur lequel il repose et un intervalle de confiance à 95 % (fourchette où se situerait vraisemblablement la valeur avec d'autres répondants comparables).</p>
{% if fragility %}<ul>{% for n in fragility %}<li>{{ n }}</li>{% endfor %}</ul>{% else %}<p>Aucun chiffre clé ne repose sur un échantillon faible ni ne se trouve à la limite d'un seuil.</p>{% endif %}
</section>

<section>
<h2>Participation des collectivités</h2>
<p class="lead">{{ coverage_sentence }}</p>
{% if dept_rows %}<div class="two"><div>{{ coverage_svg }}</div><div>
<div class="scroll"><table><thead><tr><th>Département</th><th class="n">Destinataires</th><th class="n">Répondants</th><th class="n">Taux</th></tr></thead><tbody>
{% for r in dept_rows %}<tr><td>{{ r.label }}</td><td class="n">{{ r.n_recipients }}</td><td class="n">{{ r.n_respondents }}</td><td class="n">{{ r.rate }}</td></tr>
{% endfor %}</tbody></table></div>
{% if type_rows %}<div class="scroll"><table style="margin-top:14px"><thead><tr><th>Type de collectivité</th><th class="n">Destinataires</th><th class="n">Répondants</th><th class="n">Taux</th></tr></thead><tbody>
{% for r in type_rows %}<tr><td>{{ r.label }}</td><td class="n">{{ r.n_recipients }}</td><td class="n">{{ r.n_respondents }}</td><td class="n">{{ r.rate }}</td></tr>
{% endfor %}</tbody></table></div>{% endif %}
</div></div>{% endif %}
</section>

<section>
<h2>Projets exemplaires à valoriser</h2>
<p class="lead">{{ projects_sentence }}</p>
<div class="grid">
{% for p in projects %}<div class="card project"><h3>{{ p.title }}</h3>
<div class="meta"><span class="tag">{{ p.origin }}</span>{% if p.lever %}<span class="tag">{{ p.lever }}</span>{% endif %}{% if p.cost %}<span class="tag">{{ p.cost }}</span>{% endif %}</div>
{% if p.owner %}<div><b>Porteur :</b> {{ p.owner }}</div>{% endif %}
{% if p.description %}<div>{{ p.description }}</div>{% endif %}</div>
{% else %}<p>Aucun projet exemplaire signalé à ce stade.</p>
{% endfor %}</div>
</section>

<section id="candidates">
<h2>Actions candidates pour la COP</h2>
<p class="lead">{{ candidates.sentence }}</p>
{% if candidates.note %}<p class="note">{{ candidates.note }}</p>{% endif %}
<div class="grid">
{% for c in candidates.cards %}<div class="card candidate"><h3>{{ c.title }}</h3>
<div class="meta">{% if c.theme %}<span class="tag">thème n° {{ c.theme }}</span>{% endif %}{% if c.lever %}<span class="tag">{{ c.lever }}</span>{% endif %}{% if c.cost %}<span class="tag">{{ c.cost }}</span>{% endif %}{% if c.calendar %}<span class="tag">{{ c.calendar }}</span>{% endif %}</div>
{% if c.owner %}<div><b>Porteur :</b> {{ c.owner }}</div>{% endif %}
<div><b>{{ c.met }}/3 critères</b> {% for k in c.criteria %}<span class="crit {{ 'ok' if k.ok else 'ko' }}" title="{{ k.reason }}">{{ '✓' if k.ok else '✗' }} {{ k.label }}</span>{% endfor %}</div>
{% if c.missing %}<div class="missing">{{ c.missing }}</div>{% endif %}
{% if c.reason %}<div class="meta">{{ c.reason }}</div>{% endif %}</div>
{% endfor %}</div>
</section>

<section id="qualite">
<h2>Qualité des données</h2>
{% if quality.available %}<p class="lead">{{ quality.sentence }}{% if quality.n_warnings %} {{ quality.n_warnings }} avertissement{{ 's' if quality.n_warnings > 1 }} de lecture (valeurs ignorées ou corrigées) sont détaillés dans le rapport d'ingestion.{% endif %}</p>
<div class="scroll"><table><thead><tr><th>Type de fichier</th><th class="n">Reçus</th><th class="n">Lus</th><th class="n">Remplacés</th><th class="n">En quarantaine</th><th class="n">Lignes lues</th></tr></thead><tbody>
{% for r in quality.rows %}<tr><td>{{ r.label }}</td><td class="n">{{ r.n }}</td><td class="n">{{ r.read }}</td><td class="n">{{ r.superseded }}</td><td class="n">{{ r.quarantined }}</td><td class="n">{{ r.records }}</td></tr>
{% endfor %}</tbody></table></div>
{% if quality.quarantined %}<h3>Fichiers mis en quarantaine ({{ quality.quarantined|length }})</h3><ul class="quarantine">
{% for q in quality.quarantined %}<li><b>{{ q.file }}</b> — {{ q.reason }}</li>
{% endfor %}</ul>{% else %}<p>Aucun fichier mis en quarantaine.</p>{% endif %}
{% if quality.superseded %}<h3>Réponses remplacées ({{ quality.superseded|length }})</h3><ul>{% for q in quality.superseded %}<li><b>{{ q.file }}</b> — {{ q.reason }}</li>{% endfor %}</ul>{% endif %}
{% else %}<p class="note">Le rapport d'ingestion n'est pas disponible dans cette publication.</p>{% endif %}
{% if quality.ocr %}<p>Lignes lues par reconnaissance de caractères (OCR, documents scannés), à vérifier sur le document : {% for o in quality.ocr %}{{ o.n }} {{ o.label }} ({{ o.files }} fichier{{ 's' if o.files > 1 }}, confiance moyenne {{ o.confidence }}){{ ', ' if not loop.last else '.' }}{% endfor %}</p>{% else %}<p>Aucune ligne lue par reconnaissance de caractères (OCR) : tous les documents avaient une couche texte.</p>{% endif %}
{% if quality.checks %}<h3>Contrôles qualité en échec</h3><ul>{% for k in quality.checks %}<li><b>{{ k.table }}</b> ({{ k.name }}) : {{ k.description }}</li>{% endfor %}</ul>{% endif %}
<p class="note">{{ quality.checks_note }}</p>
</section>

<section class="methods">
<h2>Note de méthode</h2>
<dl>
<dt>Sources</dt><dd>{{ sources_sentence }}</dd>
<dt>Échelles</dt><dd>Pertinence de l'action territoriale : Très forte 4, Forte 3, Moyenne 2, Faible 1, Nulle 0. Actions engagées : Oui, à grande échelle 3, Oui, ponctuellement 2, En projet 1, Non 0. « Ne sait pas » n'est pas compté. Un levier est jugé « pertinent » à partir de {{ cfg.relevant_score_min }}, « déployé » à partir de {{ cfg.deploying_score_min }}.</dd>
<dt>Familles</dt><dd>A : déploiement moyen ≥ {{ cfg.family_deployment_threshold }} ; B : pertinence moyenne ≥ {{ cfg.family_relevance_threshold }} et déploiement inférieur ; C : pertinence et déploiement sous les seuils. Un levier sans au moins {{ cfg.min_respondents_for_family }} réponse notée n'est pas classé.</dd>
<dt>Thèmes prioritaires</dt><dd>Score = 100 × moyenne pondérée de six composantes entre 0 et 1 — pertinence ({{ cfg.weight_relevance }}), écart pertinence/déploiement ({{ cfg.weight_deployment_gap }}), freins signalés ({{ cfg.weight_blockers }}), collectivités concernées ({{ cfg.weight_authorities }}), distance à la cible 2030 estimée par l'absence d'objectifs contractuels et d'actions ({{ cfg.weight_target_distance }}), enjeu régional : part du levier dans l'effort 2030 de la région selon le panorama SGPE ({{ cfg.weight_regional_stake }}). Les thèmes transversaux regroupent les freins et besoins écrits par au moins {{ cfg.text_theme_min_authorities }} collectivités (score = part des répondantes qui les citent) ; un thème départemental dépasse d'au moins {{ cfg.department_theme_min_gap }} points le score régional du levier. De {{ cfg.min_themes }} à {{ cfg.max_themes }} thèmes, score minimal {{ cfg.theme_min_score }}, au plus {{ cfg.max_themes_per_thematic }} par thématique. Un levier n'est proposé qu'avec assez d'éléments : au moins {{ cfg.theme_min_respondents }} collectivités répondantes, {{ cfg.theme_min_actions }} actions de plans ou {{ cfg.theme_min_contract_targets }} objectif(s) contractuel(s) chiffré(s) sur ce levier ; des leviers à égalité sur le score et ces effectifs sont dits ex æquo et retenus ou écartés ensemble. Le détail des composantes est publié (table priority_themes).</dd>
<dt>Actions candidates</dt><dd>Critères de la méthode nationale : cohérence (levier d'un thème prioritaire), potentiel (levier doté d'une cible 2030 propre — « Non applicable – défini dans le cadre des CRE » n'en est pas une — et coût ≥ {{ cfg.potential_cost_threshold_eur }} € ou action identique ou proche proposée par au moins {{ cfg.replicable_min_territories }} collectivités), avancement (porteur, autre acteur, calendrier et financement identifiés ; « Non », « à définir » ou 0 € ne sont pas un financement). Chaque critère est publié avec sa justification.</dd>
<dt>Bases et incertitude</dt><dd>Les parts (% de répondants) ont un intervalle de Wilson à 95 % ; les moyennes un intervalle de Student à 95 %. Sous {{ cfg.min_scored_answers }} réponses notées, un chiffre est signalé « échantillon faible » et une ligne départementale n'a pas de famille propre. Une famille est « à la limite » quand le seuil qui la décide est dans l'intervalle de sa moyenne ; un thème l'est quand l'intervalle de son score atteint le seuil de sélection ou celui du meilleur levier écarté. Un même projet signalé en texte libre et dans l'onglet « Projets » (même collectivité, même levier, titres proches) n'est compté qu'une fois ; un budget écrit « par an » est multiplié par le nombre d'années de l'étape quand elles sont connues, sinon il est publié à part (montant annuel).</dd>
<dt>Limites</dt><dd>Les réponses sont déclaratives et ne couvrent que les collectivités répondantes ; le rattachement des actions aux leviers est automatique et peut être corrigé ; les budgets ne sont sommés que lorsqu'ils sont connus ; la distance à la cible 2030 est une approximation, pas une mesure d'émissions.</dd>
</dl>
</section>
<footer>Données publiées sous forme de tables (CSV, Parquet, XLSX) décrites dans datapackage.json. Aucune donnée personnelle (nom, fonction, courriel des répondants) n'est publiée.</footer>
</main>
</body>
</html>
"""
