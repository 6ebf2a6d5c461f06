"""A large region's diagnostic inputs, generated deterministically (issue 19 benchmarks and
exact-equality tests of the vectorised analysis).

Why: the regional analysis must be measured and frozen at the size of a large region
(≈3 800 authorities, 2 445 questionnaires, 300 plans / 5 000 actions), which no demo corpus
reaches without hours of PDF and workbook parsing. The text comes from the demo vocabulary
(``demo/``: authorities, answers, projects, plan themes), so titles, blockers and needs are the
French the matching and the free-text themes meet in real files, with the same messiness:
titles varied per territory, respondents outside the recipients list, answers without SIREN
(recovered from the file), superseded submissions, plan actions without lever or sheet.

The tables are written to a DuckDB warehouse with the real schema and read back by
``DiagnosticInputs.load``: the frames carry the dtypes the assets meet (``Int32`` scores,
numpy arrays for lists, datetimes), and only current questionnaire files feed them.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
from pathlib import Path
from typing import Any

import pandas as pd

from assets.diagnostic.store import DiagnosticInputs
from assets.resources import Warehouse
from demo.answers import (
    _DEPLOYMENT_BY_SCORE,
    _PROJECTS,
    _RELEVANCE_BY_SCORE,
    generate_answers,
    generate_projects,
)
from demo.authorities import _area_of, generate_recipients
from demo.plan_random import random_plan_spec
from sources.reference import levers

REGION = "84"  # Auvergne-Rhône-Alpes: 12 départements, the per-département loops at full size

_COSTS = {
    "150 000 €": 150_000.0, "15 k€": 15_000.0, 250000: 250_000.0, "1,2 M€": 1_200_000.0,
    "80000": 80_000.0, "env. 45 000 € HT": 45_000.0, None: None,
}  # fmt: skip
# Plan action titles → lever (keyword on the folded title); no keyword: drawn, or unclassified.
_ACTION_LEVERS = (
    ("cycl", "voyageurs.velo"), ("velo", "voyageurs.velo"),
    ("covoiturage", "voyageurs.covoiturage"), ("mobilite", "voyageurs.report_modal"),
    ("transport", "voyageurs.report_modal"), ("renov", "batiments.renovation_residentiel"),
    ("patrimoine", "batiments.renovation_tertiaire"), ("eclairage", "batiments.renovation_tertiaire"),
    ("solaire", "energie.electricite_renouvelable"), ("photovolta", "energie.electricite_renouvelable"),
    ("eolien", "energie.electricite_renouvelable"), ("chaleur", "energie.reseaux_chaleur"),
    ("bois", "energie.reseaux_chaleur"), ("methan", "energie.biogaz"),
    ("dechet", "dechets.prevention"), ("biodechet", "dechets.taux_collecte"),
    ("compost", "dechets.taux_collecte"), ("haie", "agriculture.haies"),
    ("agricul", "agriculture.pratiques_stockantes"), ("aliment", "alimentation.bio_hve"),
    ("cantine", "alimentation.egalim"), ("restauration", "alimentation.egalim"),
    ("eau", "eau.sobriete"), ("foret", "agriculture.forets_gestion_durable"),
    ("urbanisme", "agriculture.sobriete_fonciere"), ("foncier", "agriculture.sobriete_fonciere"),
)  # fmt: skip
_TITLE_VARIANTS = (
    "{title}",
    "{title}",
    "{title} {area}",
    "Action {n} - {title}",
    "{title} (phase {k})",
    "{title} sur le territoire {area}",
    "{upper}",
)

_PROJECT_VARIANTS = ("{title}", "{title}", "{title} {area}", "{title} (tranche {k})")


def _sha(*parts: object) -> str:
    return hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()


def _action_lever(rng: random.Random, title: str, codes: list[str]) -> str | None:
    from sources.values import fold

    folded = fold(title)
    for stem, code in _ACTION_LEVERS:
        if stem in folded:
            return code
    roll = rng.random()
    return None if roll < 0.25 else rng.choice(codes)


def _score(label: str | None, scale: tuple[str, ...]) -> int | None:
    return scale.index(label) if label in scale else None


def generate_tables(n: int, seed: int = 0, region: str = REGION) -> dict[str, pd.DataFrame]:
    """Warehouse tables of a region of ``n`` recipient authorities (see module docstring):
    ``recipients``, ``questionnaire_submissions``, ``questionnaire_responses``,
    ``questionnaire_projects``, ``actions``, ``contract_targets``."""
    rng = random.Random(seed)
    codes = [lever.code for lever in levers()]
    recipients = generate_recipients(rng, region, n)
    outsiders = generate_recipients(random.Random(seed + 1), region, max(2, n // 30))
    outsiders = [dict(o, name=f"{o['name']} (hors liste)") for o in outsiders]
    rec_rows = [
        {
            "region_code": region, "row_no": i + 2, "siren": r["siren"], "siren_valid": True,
            "name": r["name"], "authority_type": r["type"], "department_code": r["department_code"],
            "contact_email": r["contact_email"], "source_file": "destinataires_questionnaire.xlsx",
            "source_sha256": _sha("recipients", seed, n),
        }
        for i, r in enumerate(recipients)
    ]  # fmt: skip
    n_resp = round(0.64 * n)
    respondents = rng.sample(recipients, min(n_resp, len(recipients))) + outsiders
    subs, answers, projects = [], [], []
    for index, who in enumerate(respondents):
        versions = 2 if index % 97 == 5 else 1  # a few authorities answer twice
        for version in range(versions):
            name = f"Questionnaire COP - {who['name']}{'_v2' if version else ''}.xlsx"
            sha = _sha("questionnaire", seed, index, version)
            siren = None if index % 53 == 7 else who["siren"]  # forgotten SIREN: found by name
            submitted = dt.date(2024, 3, 1) + dt.timedelta(days=rng.randint(0, 60) + 30 * version)
            area = _area_of(who["name"])
            subs.append(
                {
                    "source_sha256": sha, "region_code": region, "source_file": name,
                    "siren": siren, "siren_valid": siren is not None,
                    "authority_name": who["name"], "authority_type": who["type"],
                    "department_code": who["department_code"], "declared_region_code": region,
                    "submitted_on": submitted, "file_format": "xlsx", "n_answers": 47,
                    "n_projects": 0, "n_warnings": 0,
                    "file_mtime": dt.datetime(2024, 5, 1) + dt.timedelta(minutes=index),
                }
            )  # fmt: skip
            for answer in generate_answers(rng, rng.uniform(-1.0, 1.0), area):
                rel, dep = answer.get("relevance"), answer.get("deployment")
                answers.append(
                    {
                        "region_code": region, "department_code": who["department_code"],
                        "siren": siren, "authority_name": who["name"],
                        "authority_type": who["type"], "lever_code": answer["code"],
                        "relevance_label": rel,
                        "relevance_score": _score(rel, _RELEVANCE_BY_SCORE),
                        "deployment_label": dep,
                        "deployment_score": _score(dep, _DEPLOYMENT_BY_SCORE),
                        "actions_text": answer.get("actions"),
                        "blockers_text": answer.get("blockers"),
                        "needs_text": answer.get("needs"),
                        "exemplary_project_text": answer.get("exemplary"),
                        "submitted_on": submitted, "source_file": f"questionnaires/{name}",
                        "source_sha256": sha,
                    }
                )  # fmt: skip
            for row_no, p in enumerate(generate_projects(rng, who["name"], area), start=2):
                family = next(f for f in _PROJECTS if _matches(f, p["title"]))
                projects.append(
                    {
                        "source_sha256": sha, "row_no": row_no, "region_code": region,
                        "siren": siren, "authority_name": who["name"],
                        "department_code": who["department_code"],
                        "title": rng.choice(_PROJECT_VARIANTS).format(
                            title=p["title"], area=area, k=row_no - 1
                        ),
                        "lever_code": _PROJECTS[family][0] if rng.random() > 0.05 else None,
                        "description": p["description"], "owner": p["owner"],
                        "partners": [s.strip() for s in p["partners"].split(",")],
                        "estimated_cost_eur": _COSTS[p["cost"]], "calendar": p["calendar"],
                        "maturity": p["maturity"], "funding_obtained": p["funding"],
                        "engineering_needs": p["engineering"], "indicators": p["indicators"],
                        "source_file": f"questionnaires/{name}",
                    }
                )  # fmt: skip
    actions = _plan_actions(rng, region, recipients, codes, max(2, round(n / 12.6)), seed)
    targets = _contract_targets(rng, region, recipients, codes, max(1, n // 60), seed)
    return {
        "recipients": pd.DataFrame(rec_rows),
        "questionnaire_submissions": pd.DataFrame(subs),
        "questionnaire_responses": pd.DataFrame(answers),
        "questionnaire_projects": pd.DataFrame(projects),
        "actions": pd.DataFrame(actions),
        "contract_targets": pd.DataFrame(targets),
    }


def _matches(family: str, title: str) -> bool:
    """The demo family whose exemplary title this is (demo.answers._EXEMPLARY)."""
    from demo.answers import _EXEMPLARY

    head = _EXEMPLARY[family].split("{")[0].strip()
    return title.startswith(head)


def _plan_actions(
    rng: random.Random,
    region: str,
    recipients: list[dict[str, Any]],
    codes: list[str],
    n_plans: int,
    seed: int,
) -> list[dict[str, Any]]:
    """Actions of ``n_plans`` plans of EPCI and syndicates (demo plan generator)."""
    owners = [r for r in recipients if r["type"] in ("EPCI", "Syndicat", "PNR")] or recipients
    rows = []
    for plan_no in range(n_plans):
        territory = owners[plan_no % len(owners)]
        name = territory["name"]
        spec = random_plan_spec(rng, name, rng.randint(10, 24))
        area = _area_of(name)
        source = f"plans/{territory['department_code']}/PCAET {name}.pdf"
        for k, action in enumerate(spec.actions()):
            variant = rng.choice(_TITLE_VARIANTS)
            title = variant.format(
                title=action.title, area=area, n=action.code, k=k % 3 + 1,
                upper=action.title.upper(),
            )  # fmt: skip
            lever = _action_lever(rng, action.title, codes)
            rows.append(
                {
                    "action_id": _sha("action", seed, plan_no, k)[:16], "region_code": region,
                    "department_code": territory["department_code"] if k % 41 else None,
                    "territory_name": name, "plan_type": "PCAET", "axis": None,
                    "strategic_objective_code": None, "strategic_objective": None,
                    "action_code": action.code, "title": title, "context": action.context,
                    "expected_results": action.expected_results,
                    "indicators": action.indicators, "target_audiences": action.target_audiences,
                    "regulatory_links": action.regulatory_links, "lever_code": lever,
                    "lever_confidence": None if lever is None else 0.8,
                    "lever_terms": [], "lever_source": None if lever is None else "modèle",
                    "thematic": None, "total_budget_eur": action.total_budget_eur,
                    "total_etp": action.total_etp, "start_year": action.start_year,
                    "end_year": action.end_year, "owners": action.owners,
                    "partners": sorted({p for s in action.steps for p in s.partners}),
                    "has_body": action.has_body, "source_file": source,
                    "source_sha256": _sha("plan", seed, plan_no), "page": 3 + k,
                    "extraction": "text", "ocr_confidence": None, "source_sheet": None,
                    "source_row": None, "sub_axis": None, "sub_sub_axis": None,
                    "action_status": None, "action_priority": None, "calendar": None,
                    "annual_budget_eur": 12_000.0 if k % 37 == 3 else None,
                }
            )  # fmt: skip
    return rows


def _contract_targets(
    rng: random.Random,
    region: str,
    recipients: list[dict[str, Any]],
    codes: list[str],
    n_targets: int,
    seed: int,
) -> list[dict[str, Any]]:
    """Quantified COT objectives, most on a lever."""
    epci = [r for r in recipients if r["type"] == "EPCI"] or recipients
    rows = []
    for i in range(n_targets):
        territory = epci[i % len(epci)]
        lever = rng.choice(codes) if rng.random() > 0.2 else None
        rows.append(
            {
                "target_id": _sha("target", seed, i)[:16], "region_code": region,
                "territory_name": territory["name"], "contract_type": "COT",
                "domain": "Transition écologique", "label": f"Objectif chiffré {i + 1}",
                "target_value": float(rng.randint(1, 500)), "unit": rng.choice(("%", "km", "MWh")),
                "priority": rng.random() < 0.5, "lever_code": lever,
                "lever_confidence": 0.9 if lever else None, "lever_source": None,
                "period_start": 2023, "period_end": 2026,
                "source_file": f"contrats/COT-{i // 8:02d}.pdf",
                "source_sha256": _sha("cot", seed, i // 8), "page": 2 + i % 8,
                "extraction": "text", "ocr_confidence": None,
            }
        )  # fmt: skip
    return rows


def write_warehouse(tables: dict[str, pd.DataFrame], path: Path | str) -> Warehouse:
    """The tables in a DuckDB warehouse with the real schema (created if needed)."""
    warehouse = Warehouse(path=str(path))
    with warehouse.connect() as con:
        for table, frame in tables.items():
            if frame.empty:
                continue
            con.register("_frame", frame)
            cols = ", ".join(f'"{c}"' for c in frame.columns)
            con.execute(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM _frame")
            con.unregister("_frame")
    return warehouse


def generated_inputs(
    n: int, seed: int, directory: Path | str, region: str = REGION
) -> DiagnosticInputs:
    """``DiagnosticInputs`` of a generated region, read back from a fresh warehouse."""
    path = Path(directory) / f"region_{region}_{n}_{seed}.duckdb"
    if path.exists():
        path.unlink()
    warehouse = write_warehouse(generate_tables(n, seed, region), path)
    return DiagnosticInputs.load(warehouse, region)


def region_themes(
    i: DiagnosticInputs, config: Any, targets: pd.DataFrame, **shared: Any
) -> pd.DataFrame:
    """``priority_themes`` of the generated region from its inputs (the call the memo and
    shared-rows tests both make)."""
    from assets.diagnostic import themes

    return themes.priority_themes(
        REGION, i.levers, i.responses, i.actions, i.projects, i.contract_targets, config,
        recipients=i.recipients, regional_targets=targets, **shared,
    )  # fmt: skip
