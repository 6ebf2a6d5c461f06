"""The REAL action plan of seed 001 (Grand Auch Cœur de Gascogne), in layouts the parser never saw.

The ground truth is read from the seed text itself by a loader written here (independent of
:mod:`tests.generators.seed_pdf`, which only renders it): fiche codes in document order, sheet
titles, the implementation rows of each sheet and their printed cells. On top of that, values picked
by reading the text (years, amounts, ETP, owners, partners, indicators, audiences) are written
out by hand, so the parser's value functions are not checked against themselves.

:func:`mismatches` returns every difference, grouped by kind; ``python -m
tests.sources.action_plan.test_action_plan_seed001`` prints the score per layout.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import pytest

from sources.action_plan import parse_action_plan
from sources.records import ActionPlanDocument
from tests.generators.seed_pdf import LAYOUTS, seed001_pdf_with_pages

SEED = Path(__file__).resolve().parents[2] / "fixtures" / "seeds" / "001_809f173e562b92b5.txt"
SHA = "f" * 64

# --------------------------------------------------------------------------- truth from the seed


@dataclass
class SeedStep:
    step: str
    description: str
    planning: str
    resources: str
    owner: str
    partners: str


@dataclass
class SeedFiche:
    code: str
    title: str
    has_body: bool
    objective: str
    objective_label: str
    steps: list[SeedStep] = field(default_factory=list)
    fields: dict[str, str] = field(default_factory=dict)


_FIELD_LABELS = (
    "Contexte",
    "Objectifs et résultats attendus",
    "Indicateurs",
    "Publics cibles",
    "Prise en compte de l'EES",
    "Liens avec les objectifs réglementaires",
)
_TAG = re.compile(r"<[^<>]*>")


def _flat(text: str) -> str:
    """Seed text as a reader sees it: tags dropped, whitespace collapsed."""
    return " ".join(_TAG.sub(" ", text).split())


@cache
def seed_fiches() -> tuple[SeedFiche, ...]:
    """Every fiche code of the seed, in first-mention order, with its sheet when there is one."""
    lines = [ln.rstrip("\n") for ln in SEED.read_text(encoding="utf-8").split("\n")]
    out: dict[str, SeedFiche] = {}
    current: SeedFiche | None = None
    objective = objective_label = ""
    field_label: str | None = None
    for index, raw in enumerate(lines):
        text = raw.strip().replace("**", "")
        if not text:
            continue
        cells = raw.split("\t")
        obj = re.match(r"^(\d+)[.,](\d+)(?:\s|$)", text)
        if obj and not text.startswith("FICHE"):
            objective, current, field_label = f"{obj.group(1)}.{obj.group(2)}", None, None
            heading = text if ":" in text else next(ln for ln in lines[index + 1 :] if ln.strip())
            objective_label = heading.split(":", 1)[1].strip()
            continue
        fiche = re.match(r"^FICHE\s+(\d+\.\d+\.\d+)\s*(.*)$", cells[0].strip().replace("**", ""))
        if fiche:
            code = fiche.group(1)
            rest = (fiche.group(2) or (cells[1] if len(cells) > 1 else "")).strip()
            if rest and not rest.startswith("Objectif opérationnel"):  # summary entry
                out.setdefault(code, SeedFiche(code, rest, False, objective, objective_label))
                continue
            if not rest:  # "Objectif opérationnel : ..." on the next non-blank line
                rest = next(ln.strip() for ln in lines[index + 1 :] if ln.strip())
            title = rest.split(":", 1)[1].strip().replace("**", "")
            current = out.setdefault(code, SeedFiche(code, title, True, objective, objective_label))
            current.has_body, current.title = True, title
            field_label = None
            continue
        if current is None:
            continue
        if len(cells) == 6:
            if cells[0].strip() != "Etape":
                current.steps.append(SeedStep(*(c.strip() for c in cells)))
            field_label = None
        elif len(cells) == 2 and cells[0].strip() in _FIELD_LABELS:
            current.fields[cells[0].strip()] = cells[1].strip()
            field_label = None
        elif text in _FIELD_LABELS:
            field_label = text
            current.fields[text] = ""
        elif text == "Modalités de mise en oeuvre":
            field_label = None
        elif field_label is not None:
            current.fields[field_label] = f"{current.fields[field_label]}\n{text}".strip()
    return tuple(out.values())


def _split_partners(cell: str) -> list[str]:
    """Partners as a reader lists them: commas outside parentheses separate partners."""
    items, depth, current = [], 0, ""
    for ch in cell:
        depth += ch == "("
        depth -= ch == ")" and depth > 0
        if ch == "," and depth == 0:
            items.append(current)
            current = ""
        else:
            current += ch
    items.append(current)
    return [i.strip() for i in items if i.strip()]


# Picked by reading the seed (not computed by the code under test).
REGULATORY = [
    "Réduction des émissions de GES",
    "Séquestration carbone",
    "Maîtrise de la consommation d'énergie",
    "Production et consommation d'ENR",
    "Matériaux biosourcés",
    "Qualité de l'air",
    "Adaptation",
]
INDICATORS = {
    "1.1.1": ["Nombre d'entreprises engagées dans des démarches d'économie circulaire"],
    "1.1.2": ["Nombre de structures engagées dans des démarches d'économie circulaire"],
    "1.1.4": ["Nombre de structures créées", "Nombre d'emplois créés"],
    "1.1.5": ["Tonnage de déchets annuels"],
    "1.2.1": [
        "Réalisation de l'atlas",
        "Nombre d'animations",
        "Nombre de participants / typologie",
    ],
    "1.2.2": [
        "Réalisation de l'observatoire",
        "Usage de l'observatoire",
        "Actualisation de l'observatoire",
    ],
    "1.2.3": ["Diffusion de la charte", "Nombre de participants", "Nombre de signataires"],
    "1.2.4": ["Evolution de l'intérêt des communes quant à un PLUiHD"],
    "1.2.5": ["Mise en cohérence des orientations des projets territoriaux structurants"],
    "1.3.1": ["Nombre d'établissements participants"],
    "1.4.1": ["% marchés avec critères environnementaux"],
    "1.4.2": ["% marchés avec critère CO2", "t eq CO2 évitées"],
}
AUDIENCES = {
    "1.1.1": ["Entreprises", "Associations", "Collectivités"],
    "1.1.2": ["Entreprises", "Associations", "Collectivités"],
    "1.1.4": ["Entreprises", "Associations", "Collectivités"],
    "1.1.5": ["Particuliers", "Entreprises", "Associations", "Collectivités"],
    "1.2.1": ["Communes et aménageurs"],
    "1.2.2": ["Services utilisateurs et partenaires"],
    "1.2.3": ["Elus", "décideurs et aménageurs"],
    "1.2.4": ["Elus", "décideurs et aménageurs"],
    "1.2.5": ["Elus", "Communes"],
    "1.3.1": ["Etablissements public sensible"],
    "1.4.1": ["Services", "Communes"],
    "1.4.2": ["Services", "Communes"],
}
# (fiche, step no) → (start, end, open_ended, budget_eur, funded, internal, etp)
STEP_VALUES = {
    ("1.1.1", 1): (2019, 2019, False, 18000.0, True, False, None),
    ("1.1.1", 2): (2019, 2019, False, 0.0, None, True, None),
    ("1.1.2", 1): (2020, 2020, False, 5000.0, None, False, None),
    ("1.1.2", 3): (2020, None, True, 10000.0, None, False, None),
    ("1.1.2", 4): (2021, 2021, False, None, None, False, None),
    ("1.1.4", 1): (2020, None, True, 0.0, None, True, 0.2),
    ("1.1.5", 2): (2019, 2019, False, 0.0, None, True, 0.2),
    ("1.2.1", 1): (2019, 2019, False, 50000.0, None, False, None),
    ("1.2.1", 2): (2019, 2019, False, 0.0, None, True, 0.1),
    ("1.2.2", 3): (2021, None, True, 0.0, None, True, None),
    ("1.2.3", 1): (2019, 2019, False, 3000.0, None, False, None),
    ("1.2.3", 5): (2022, None, True, 5000.0, None, False, None),
    ("1.2.4", 1): (2019, 2020, False, 5000.0, None, False, None),
    ("1.2.4", 2): (2020, 2021, False, 25000.0, None, False, None),
    ("1.2.4", 3): (2022, None, True, 400000.0, None, False, None),
    ("1.4.1", 1): (2020, 2020, False, 0.0, None, True, 0.25),
    ("1.4.2", 3): (2022, 2022, False, 0.0, None, True, None),
}
# fiche → (total_budget_eur, total_etp, start_year, end_year, owners)
ACTION_VALUES = {
    "1.1.1": (18000.0, None, 2019, 2019, ["GACdG"]),
    "1.1.2": (30000.0, None, 2020, None, ["GACdG"]),
    "1.1.4": (5000.0, 0.2, 2020, None, ["GACdG", "opérateur"]),
    "1.1.5": (
        0.0,
        0.4,
        2019,
        2020,
        [
            "GACdG : Service prévention et collecte des déchets",
            "GACdG: Service prévention et collecte des déchets",
        ],
    ),
    "1.2.1": (80000.0, 0.1, 2019, None, ["GACdG", "service communication"]),
    "1.2.2": (3000.0, 0.1, 2020, None, ["GACdG"]),
    "1.2.3": (33000.0, None, 2019, None, ["GACdG"]),
    "1.2.4": (430000.0, None, 2019, None, ["GACdG", "CGACdG"]),
    "1.2.5": (0.0, 0.1, 2019, 2019, ["élus, services de l'agglomération"]),
    "1.3.1": (0.0, None, 2020, 2021, ["GACdG"]),
    "1.4.1": (0.0, 0.25, 2020, 2021, ["Service commande publique"]),
    "1.4.2": (5000.0, None, 2021, 2022, ["GACdG, pôle Climat Energie"]),
}
PARTNERS = {  # a few partner cells, split by hand
    ("1.1.2", 3): [
        "Chambres consulaires",
        "acteurs du secteur (collectivité, associations...) ou opérateur",
    ],
    ("1.2.1", 3): ["Associations naturalistes locales", "ARB", "AFB"],
    ("1.2.1", 4): ["Communes AFB / ARB"],
    ("1.2.2", 1): [],
    ("1.2.2", 2): ["université"],
    ("1.2.3", 1): ["communes", "CAUE service urbanisme"],
    ("1.2.5", 1): [],
    ("1.4.2", 3): ["services", "communes"],
}
_HTML = re.compile(r"</?\s*(?:p|ol|ul|li|br|b|i|span|div)\b[^>]*>|style=\"|list-style", re.I)

# --------------------------------------------------------------------------- comparison


@cache
def _case(layout: str) -> tuple[ActionPlanDocument, dict[str, int]]:
    data, pages = seed001_pdf_with_pages(layout)
    return parse_action_plan(data, f"plans/seed001_{layout}.pdf", SHA), pages


def mismatches(layout: str) -> dict[str, list[str]]:
    """Every difference between the parse of ``layout`` and the seed, by kind (empty = right)."""
    return compare(*_case(layout))


def compare(doc: ActionPlanDocument, pages: dict[str, int]) -> dict[str, list[str]]:
    """Every difference between a parsed plan and the seed (``pages``: where each fiche sheet
    starts in that PDF), by kind (empty = right)."""
    fiches = seed_fiches()
    out: dict[str, list[str]] = {
        k: []
        for k in (
            "codes",
            "titles",
            "step_counts",
            "step_cells",
            "step_values",
            "action_values",
            "fields",
            "html",
            "pages",
            "issues",
        )
    }
    got_codes = [a.action_code for a in doc.actions]
    if got_codes != [f.code for f in fiches]:
        out["codes"].append(f"codes {got_codes}")
    actions = {a.action_code: a for a in doc.actions}
    # steps printed after every fiche, the reader saying so: a register of every fiche's
    # steps, or each fiche's steps table moved to an annex (read under its heading again)
    registered = any(
        "tableau récapitulatif" in i.message or "lu en annexe" in i.message for i in doc.issues
    )
    previous_page = 0
    for fiche in fiches:
        action = actions.get(fiche.code)
        if action is None:
            out["codes"].append(f"{fiche.code} absente")
            continue
        if action.has_body is not fiche.has_body:
            out["codes"].append(f"{fiche.code} has_body={action.has_body}")
        if action.strategic_objective_code != fiche.objective:
            out["codes"].append(f"{fiche.code} objectif {action.strategic_objective_code}")
        if action.strategic_objective != fiche.objective_label:
            out["titles"].append(f"{fiche.code} objectif : {action.strategic_objective!r}")
        if action.title.rstrip(" .") != fiche.title.rstrip(" ."):
            out["titles"].append(f"{fiche.code}: {action.title!r} != {fiche.title!r}")
        if not fiche.has_body:
            wanted = f"Fiche {fiche.code} listée au sommaire mais absente du document"
            if not any(i.message == wanted and i.severity == "warning" for i in doc.issues):
                out["issues"].append(f"{fiche.code}: pas d'avertissement")
            steps = [s for s in doc.steps if s.action_id == action.action_id]
            if steps or action.context or action.indicators or action.owners:
                out["issues"].append(f"{fiche.code}: contenu inventé")
            continue
        # ---- provenance
        if fiche.code not in pages:  # the fixture's own page map lacks the fiche (a sheet
            # printed so small its heading's text is not found): its pages are not checked
            out["pages"].append(f"{fiche.code}: page attendue inconnue")
            pages = {**pages, fiche.code: action.page}
        if action.page != pages[fiche.code] or action.page < previous_page:
            out["pages"].append(f"{fiche.code}: page {action.page} != {pages[fiche.code]}")
        previous_page = action.page
        steps = [s for s in doc.steps if s.action_id == action.action_id]
        next_pages = [p for c, p in pages.items() if p > pages[fiche.code]]
        last_page = min(next_pages) if next_pages else 10**6
        step_pages = [s.page for s in steps]
        # a register of every fiche's steps printed after the fiches (« N° fiche » column,
        # reported): its steps stand on its own pages, after every fiche's
        after_fiches = registered and all(p >= max(pages.values()) for p in step_pages)
        if step_pages != sorted(step_pages) or (
            any(not pages[fiche.code] <= p <= last_page for p in step_pages) and not after_fiches
        ):
            out["pages"].append(f"{fiche.code}: pages des étapes {step_pages}")
        # ---- steps
        if len(steps) != len(fiche.steps):
            out["step_counts"].append(
                f"{fiche.code}: {len(steps)} étapes != {len(fiche.steps)} {[s.step for s in steps]}"
            )
        for no, (step, want) in enumerate(zip(steps, fiche.steps, strict=False), start=1):
            got = (
                step.step,
                " ".join((step.description or "").split()),
                step.planning_label,
                step.budget_label,
                step.owner,
                step.partners,
            )
            expected = (
                want.step,
                _flat(want.description),
                want.planning,
                want.resources,
                want.owner,
                PARTNERS.get((fiche.code, no), _split_partners(want.partners)),
            )
            for name, g, e in zip(
                ("step", "description", "planning", "budget", "owner", "partners"),
                got,
                expected,
                strict=True,
            ):
                if g != e:
                    out["step_cells"].append(f"{fiche.code}#{no} {name}: {g!r} != {e!r}")
            values = STEP_VALUES.get((fiche.code, no))
            if values is not None:
                got_values = (
                    step.start_year,
                    step.end_year,
                    step.open_ended,
                    step.budget_eur,
                    step.funded,
                    step.internal,
                    step.etp,
                )
                if got_values != values:
                    out["step_values"].append(f"{fiche.code}#{no}: {got_values} != {values}")
        # ---- action totals
        budget, etp, start, end, owners = ACTION_VALUES[fiche.code]
        got_totals = (
            action.total_budget_eur,
            action.total_etp,
            action.start_year,
            action.end_year,
            action.owners,
        )
        if got_totals != (budget, etp, start, end, owners):
            out["action_values"].append(
                f"{fiche.code}: {got_totals} != {(budget, etp, start, end, owners)}"
            )
        partners = list(
            dict.fromkeys(
                p
                for no, s in enumerate(fiche.steps, start=1)
                for p in PARTNERS.get((fiche.code, no), _split_partners(s.partners))
            )
        )
        if action.partners != partners:
            out["action_values"].append(f"{fiche.code} partenaires: {action.partners}")
        # ---- descriptive fields
        if action.indicators != INDICATORS[fiche.code]:
            out["fields"].append(f"{fiche.code} indicateurs: {action.indicators}")
        if action.target_audiences != AUDIENCES[fiche.code]:
            out["fields"].append(f"{fiche.code} publics: {action.target_audiences}")
        links = action.regulatory_links
        # 1.2.3: the last two links spill out of the cell (page break in the source)
        ok_links = links == REGULATORY or (
            fiche.code == "1.2.3" and links in (REGULATORY[:5], REGULATORY)
        )
        if not ok_links:
            out["fields"].append(f"{fiche.code} liens: {links}")
        for label, got_text in (
            ("Contexte", action.context),
            ("Objectifs et résultats attendus", action.expected_results),
        ):
            if " ".join((got_text or "").split()) != _flat(fiche.fields[label]):
                out["fields"].append(f"{fiche.code} {label}: {got_text!r}")
        # ---- no HTML remnants anywhere
        texts = [action.title, action.context or "", action.expected_results or ""]
        texts += action.indicators + action.target_audiences + action.regulatory_links
        for s in steps:
            texts += [s.step, s.description or "", s.owner or "", *s.partners]
        if any(_HTML.search(t) for t in texts):
            out["html"].append(f"{fiche.code}: {[t for t in texts if _HTML.search(t)]}")
    return out


def score(layout: str) -> dict[str, tuple[int, int]]:
    """(right, total) per unit: fiches (code, title, body or warning), steps (every cell and
    value right), fields (context, results, indicators, audiences, links), action totals."""
    return score_of(mismatches(layout))


def score_of(problems: dict[str, list[str]]) -> dict[str, tuple[int, int]]:
    """:func:`score` of the differences found by :func:`compare`."""
    fiches = seed_fiches()
    bodies = [f for f in fiches if f.has_body]
    # the list of codes read (« codes [...] ») names no fiche: it counts as one wrong fiche
    # only when no fiche is wrong by itself (an invented fiche, an order changed)
    listed = [m for m in problems["codes"] if m.startswith("codes ")]
    bad_fiches = {
        m.split(":")[0].split()[0]
        for m in problems["codes"] + problems["titles"] + problems["issues"]
        if m not in listed
    }
    if listed and not bad_fiches:
        bad_fiches = {"codes"}
    # a fiche not found at all: its steps, fields and totals are not read either (they were
    # counted right before, which made a scan that found no fiche look perfect)
    absent = {m.split()[0] for m in problems["codes"] if m.endswith(" absente")}
    n_steps = sum(len(f.steps) for f in bodies)
    bad_steps = {
        m.split(" ")[0].split(":")[0] for m in problems["step_cells"] + problems["step_values"]
    }
    bad_counts = {m.split(":")[0] for m in problems["step_counts"]}
    wrong_steps = (
        len({k for k in bad_steps if k.split("#")[0] not in bad_counts})
        + sum(len(f.steps) for f in bodies if f.code in bad_counts)
        + sum(len(f.steps) for f in bodies if f.code in absent)
    )
    n_fields = 5 * len(bodies)  # context, results, indicators, audiences, links
    absent_bodies = {f.code for f in bodies if f.code in absent}
    bad_actions = {m.split(":")[0].split()[0] for m in problems["action_values"]}
    return {
        "fiches": (len(fiches) - len(bad_fiches), len(fiches)),
        "steps": (max(0, n_steps - wrong_steps), n_steps),
        "fields": (n_fields - len(problems["fields"]) - 5 * len(absent_bodies), n_fields),
        "actions": (len(bodies) - len(bad_actions | absent_bodies), len(bodies)),
    }


# --------------------------------------------------------------------------- tests


def test_seed_loader_reads_the_real_plan() -> None:
    fiches = seed_fiches()
    assert [f.code for f in fiches] == [
        "1.1.1",
        "1.1.2",
        "1.1.3",
        "1.1.4",
        "1.1.5",
        "1.2.1",
        "1.2.2",
        "1.2.3",
        "1.2.4",
        "1.2.5",
        "1.3.1",
        "1.4.1",
        "1.4.2",
    ]
    counts = {f.code: len(f.steps) for f in fiches}
    assert counts == {
        "1.1.1": 2,
        "1.1.2": 5,
        "1.1.3": 0,
        "1.1.4": 2,
        "1.1.5": 2,
        "1.2.1": 4,
        "1.2.2": 3,
        "1.2.3": 5,
        "1.2.4": 3,
        "1.2.5": 1,
        "1.3.1": 2,
        "1.4.1": 3,
        "1.4.2": 3,
    }
    by_code = {f.code: f for f in fiches}
    assert not by_code["1.1.3"].has_body
    assert by_code["1.4.2"].objective == "1.4"  # printed "1,4"
    assert by_code["1.2.1"].objective_label == (
        "Inscrire les enjeux climat dans les documents stratégiques"
    )
    assert by_code["1.2.4"].title.endswith("(PLUiHD)")
    assert by_code["1.2.2"].steps[0].partners == ""
    assert all(len(f.fields) == 6 for f in fiches if f.has_body)


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize(
    "kind",
    ["codes", "titles", "issues", "step_counts", "step_cells", "step_values", "action_values"],
)
def test_seed001_structure_and_values(layout: str, kind: str) -> None:
    assert mismatches(layout)[kind] == []


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("kind", ["fields", "html", "pages"])
def test_seed001_fields_and_provenance(layout: str, kind: str) -> None:
    assert mismatches(layout)[kind] == []


def test_seed001_plan_level() -> None:
    for layout in LAYOUTS:
        doc, _ = _case(layout)
        assert doc.plan_type == "PCAET"
        assert doc.territory_name == "Grand Auch Cœur de Gascogne"
        axis = {a.axis for a in doc.actions}
        assert len(axis) == 1
        assert (axis.pop() or "").startswith("Axe 1 : Aménager un territoire résilient")


if __name__ == "__main__":  # pragma: no cover - scoreboard
    for name in LAYOUTS:
        print(name, score(name))
        for kind, items in mismatches(name).items():
            for item in items:
                print(f"  [{kind}] {item}")
