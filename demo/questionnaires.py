"""Deterministic demo questionnaires of a region, with real-world messiness.

Everything is driven by a ``random.Random`` so a seed gives the same inbox. Answers are
correlated by lever theme (mobility, waste and renovation mostly relevant and deployed,
freight and industry rarely relevant, agriculture relevant but little deployed) so the
diagnostic has a signal to find. The messy variants of the spec ("What real returned files
look like") are spread over the files; :func:`demo.questionnaire_writer.write_questionnaire`
builds any single variant for tests; :mod:`demo.authorities` makes the recipients list.
Respondent names and e-mails are fake but realistic: they exercise the rule that personal data
is never published.
"""

from __future__ import annotations

import datetime as dt
import random

from demo.answers import generate_answers, generate_projects
from demo.authorities import _FIRST, _FUNCTIONS, _LAST, _area_of, slugify
from demo.questionnaire_spec import Messiness, QuestionnaireSpec
from demo.questionnaire_writer import _typed, write_non_questionnaire, write_questionnaire
from sources.reference import (
    region_by_code,
)

# --------------------------------------------------------------------------- corpus

_VARIANTS: tuple[Messiness, ...] = (
    Messiness(),
    Messiness(title_rows=3, merged_cells=True),
    Messiness(drop_code=True, relabel=True),
    Messiness(reorder=True, extra_columns=True),
    Messiness(typed_answers=True),
    Messiness(siren_style="spaces", department_style="name"),
    Messiness(siren_style="float", department_style="paren"),
    Messiness(hidden_identification=True, lever_sheet_name="Leviers (2)"),
    Messiness(formulas=True),
    Messiness(merged_cells=True, empty_rows=True),
    Messiness(file_format="xlsm"),
    Messiness(file_format="csv"),
    Messiness(empty_rows=True, lever_sheet_name="LEVIERS ", department_style="lower"),
    Messiness(empty_code=True, typed_answers=True, title_rows=1),
    Messiness(file_format="csv-cp1252", relabel=True),
    Messiness(lever_sheet_name="leviers", siren_style="float", department_style="number"),
)


def _person(rng: random.Random, domain: str) -> tuple[str, str, str]:
    first, last = rng.choice(_FIRST), rng.choice(_LAST)
    email = f"{slugify(first).replace('-', '')}.{slugify(last)}@{domain}"
    return f"{first} {last}", rng.choice(_FUNCTIONS), email


def _filename(rng: random.Random, name: str, extension: str) -> str:
    pattern = rng.choice(
        (
            "Questionnaire COP - {name}.{ext}",
            "questionnaire_prediagnostic_{slug}.{ext}",
            "{name} - réponse questionnaire COP.{ext}",
            "COP_{slug}_final.{ext}",
        )
    )
    return pattern.format(
        name=name.replace("'", " "), slug=slugify(name).replace("-", "_"), ext=extension
    )


def _spec_for(
    rng: random.Random, region_code: str, recipient: dict, messiness: Messiness, submitted: dt.date
) -> QuestionnaireSpec:
    domain = recipient["contact_email"].split("@")[-1]
    person, function, email = _person(rng, domain)
    area = _area_of(recipient["name"])
    answers = generate_answers(rng, rng.uniform(-1.0, 1.0), area)
    if messiness.typed_answers:
        answers = _typed(rng, answers)
    region_cell = rng.choice(
        (
            region_code,
            region_by_code()[region_code].name if region_code in region_by_code() else region_code,
        )
    )
    identification = {
        "authority_name": recipient["name"],
        "authority_type": recipient["type"],
        "siren": recipient["siren"],
        "department": recipient["department_code"],
        "region": region_cell,
        "respondent_name": person,
        "respondent_function": function,
        "respondent_email": email,
        "submitted_on": submitted,
    }
    projects = generate_projects(rng, recipient["name"], area)
    return QuestionnaireSpec(identification, answers, projects, messiness)


def generate_questionnaires(
    rng: random.Random, region_code: str, recipients: list[dict], n: int
) -> list[tuple[str, bytes]]:
    """About ``n`` returned files: distinct respondents, one authority answering twice
    (later date, ``_v2`` name) and one workbook that is not a questionnaire at all.
    """
    if not recipients or n <= 0:
        return []
    n_respondents = max(1, min(len(recipients), n - 2 if n >= 4 else n))
    respondents = rng.sample(recipients, n_respondents)
    files: list[tuple[str, bytes]] = []
    used: set[str] = set()
    for index, recipient in enumerate(respondents):
        messiness = _VARIANTS[index] if index < len(_VARIANTS) else _light_mess(rng)
        submitted = dt.date(2024, 3, 1) + dt.timedelta(days=rng.randint(0, 60))
        spec = _spec_for(rng, region_code, recipient, messiness, submitted)
        extension = {"xlsm": "xlsm", "csv": "csv", "csv-cp1252": "csv"}.get(
            messiness.file_format, "xlsx"
        )
        name = _filename(rng, recipient["name"], extension)
        if extension == "csv":
            name = f"Questionnaire COP - {recipient['name']} - leviers.csv"
        while name in used:
            name = name.replace(f".{extension}", f" (1).{extension}")
        used.add(name)
        files.append((name, write_questionnaire(spec)))
        if index == 0 and n >= 4:
            later = submitted + dt.timedelta(days=21)
            again = _spec_for(rng, region_code, recipient, Messiness(), later)
            files.append((f"{name.rsplit('.', 1)[0]}_v2.xlsx", write_questionnaire(again)))
    if n >= 4:
        files.append(("Budget_previsionnel_2024.xlsx", write_non_questionnaire()))
    return files


def _light_mess(rng: random.Random) -> Messiness:
    return Messiness(
        title_rows=rng.choice((0, 0, 0, 1, 2)),
        typed_answers=rng.random() < 0.25,
        siren_style=rng.choice(("text", "text", "spaces", "float")),
        relabel=rng.random() < 0.15,
        empty_rows=rng.random() < 0.1,
    )
