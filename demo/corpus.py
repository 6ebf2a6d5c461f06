"""Write a realistic, deterministic demo inbox for one region.

Action-plan PDFs in several layouts, COT slide decks, ~60 filled questionnaires with the
real-world messiness of the spec, and a recipients list of ~100 authorities. Generated on
demand (nothing binary is committed).
"""

from __future__ import annotations

import random
import shutil
from dataclasses import dataclass
from pathlib import Path

PLAN_LAYOUTS = ("table", "paragraph", "grid", "landscape")


@dataclass
class DemoSummary:
    """What was written, for the CLI."""

    inbox: Path
    n_plans: int
    n_cots: int
    n_questionnaires: int
    n_recipients: int


def _territories(rng: random.Random, departments: list[str]) -> list[tuple[str, str]]:
    names = [
        "Communauté d'agglomération du Val de Lys",
        "Communauté de communes des Trois Rivières",
        "Communauté urbaine des Deux Caps",
        "Communauté de communes du Pays de Saint-Amand",
        "Communauté d'agglomération de la Vallée de l'Escaut",
        "Communauté de communes du Haut Bocage",
        "Métropole des Monts et Marais",
        "Communauté de communes des Hauts Plateaux",
    ]
    return [(name, departments[i % len(departments)]) for i, name in enumerate(names)]


def write_demo_inbox(
    inbox: Path,
    region_code: str = "32",
    *,
    seed: int = 2024,
    n_plans: int = 6,
    n_cots: int = 3,
    n_questionnaires: int = 60,
    n_recipients: int = 100,
    clean: bool = True,
) -> DemoSummary:
    """Generate the demo corpus under ``inbox/<region_code>/``."""
    from demo.action_plan_pdf import build_action_plan_pdf
    from demo.authorities import generate_recipients, write_recipients_xlsx
    from demo.cot_pdf import build_cot_pdf
    from demo.cot_spec import random_cot_spec
    from demo.plan_random import random_plan_spec
    from demo.questionnaires import generate_questionnaires
    from sources.reference import departements_of_region

    rng = random.Random(seed)
    root = inbox / region_code
    if clean and root.exists():
        shutil.rmtree(root)
    departments = departements_of_region(region_code) or ["00"]
    (root / "plans").mkdir(parents=True, exist_ok=True)
    (root / "contrats").mkdir(parents=True, exist_ok=True)
    (root / "questionnaires").mkdir(parents=True, exist_ok=True)

    territories = _territories(rng, departments)
    for index in range(n_plans):
        name, dept = territories[index % len(territories)]
        layout = PLAN_LAYOUTS[index % len(PLAN_LAYOUTS)]
        spec = random_plan_spec(rng, name, rng.randint(6, 12))
        folder = root / "plans" / dept
        folder.mkdir(parents=True, exist_ok=True)
        slug = name.split(" ", 3)[-1].lower().replace(" ", "-").replace("'", "-")
        (folder / f"PCAET plan d'actions {slug}.pdf").write_bytes(
            build_action_plan_pdf(spec, layout)
        )

    kinds = ("cae_eci", "tri", "cae_eci", "tri")
    layouts = ("ruled", "boxes", "alt")
    for index in range(n_cots):
        name, _ = territories[(index + 3) % len(territories)]
        spec = random_cot_spec(rng, name, kinds[index % len(kinds)])
        (root / "contrats" / f"COT-{index + 1:02d}.pdf").write_bytes(
            build_cot_pdf(spec, layouts[index % len(layouts)])
        )

    recipients = generate_recipients(rng, region_code, n_recipients)
    (root / "destinataires_questionnaire.xlsx").write_bytes(write_recipients_xlsx(recipients))
    files = generate_questionnaires(rng, region_code, recipients, n_questionnaires)
    for filename, payload in files:
        (root / "questionnaires" / filename).write_bytes(payload)
    return DemoSummary(root, n_plans, n_cots, len(files), len(recipients))
