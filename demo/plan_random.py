"""Random but plausible action-plan specs, driven by a seeded ``random.Random``.

Themes, titles, steps, budgets ("interne (0,2 ETP)", "15 k€", "à définir"...), planning
labels ("2020 et +", "T2 2024"...) and partner lists vary with the generator; the ground truth
is held in the returned :class:`~demo.plan_spec.PlanSpec`.
"""

from __future__ import annotations

import random

from demo.plan_spec import ActionSpec, AxisSpec, ObjectiveSpec, PlanSpec, StepSpec
from demo.plan_themes import _THEMES, _Theme

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
