"""Accuracy of :mod:`sources.levers` on real and hand-labelled sets (prints figures only).

Sets: real PCAET action titles of the ADEME open data (``../shared/realworld/ademe_pcaet/
pcaet_actions_dev.csv``; a prediction is *in sector* when its lever belongs to one of the sectors
the authors chose, see ``sources/reference/ademe_sector_levers.csv``), reported on the untouched
evaluation part by default (``--part tuning`` or ``both`` for the part used to tune); the action
sheets of seed 001 (a real PCAET action plan, read from its text form), the 9 contractual
objectives of seed 003 (COT TRI) and made-up action titles in other wording
(``tests/fixtures/generic_actions_labelled.csv``). Labels were written before tuning.

``--sector-levers CSV`` judges with another sector → levers table (same columns as
``sources/reference/ademe_sector_levers.csv``), e.g. the table before a change, so that the
effect of the table itself is shown apart from the classifier's.

Usage: ``python scripts/eval_lever_mapping.py [--ademe CSV] [--part evaluation|tuning|both]
[--sector-levers CSV] [--seeds DIR] [--quiet]``.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import sources.levers.sectors as lever_sectors_module  # noqa: E402
from sources.levers.classifier import LeverMatch, classify  # noqa: E402
from sources.levers.sectors import (  # noqa: E402
    IN_SECTOR,
    NO_LEVER_SECTOR,
    OTHER_SECTOR,
    TRANSVERSE_OUTCOME,
    SectorAction,
    lever_sectors,
    outcome,
    read_ademe_actions,
    split,
)
from sources.reference import TRANSVERSE, lever_by_code  # noqa: E402
from sources.values import fold, normalize_text  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
SEEDS = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "seeds"
SEED_001 = "001_809f173e562b92b5.txt"
SEED_003 = "003_73ea452fe6ac6326.txt"
ADEME = ROOT.parent / "shared" / "realworld" / "ademe_pcaet" / "pcaet_actions_dev.csv"

# --------------------------------------------------------------------------- seed 001 loader

_FICHE_RE = re.compile(r"^FICHE\s+(\d+\.\d+\.\d+)\b(.*)$")
_OBJ_OP_RE = re.compile(r"objectif\s+op[ée]rationnel\s*:\s*(.*)", re.IGNORECASE)
_STRATEGIC_RE = re.compile(r"^\s*\d+\s*[.,]\s*\d+\s*$|objectif\s+strat[ée]gique", re.IGNORECASE)
_BODY_FIELDS = ("contexte", "objectifs et resultats attendus", "indicateurs")
_OTHER_FIELDS = ("publics cibles", "prise en compte de l ees", "liens avec les objectifs")
_STEPS_HEADER = "etape descriptif"


@dataclass(frozen=True)
class Sheet:
    """One action sheet: code, title and the body the pipeline classifies."""

    code: str
    title: str
    body: str


def _clean(text: str) -> str:
    return " ".join((normalize_text(text) or "").replace("*", " ").split())


def _sheet(code: str, lines: list[str]) -> Sheet | None:
    """Fields of one sheet; ``None`` for a summary entry (no ``Objectif opérationnel``)."""
    title = ""
    parts: list[str] = []
    field: str | None = None
    in_steps = False
    for line in lines:
        if not title:
            found = _OBJ_OP_RE.search(line)
            if found:
                title = _clean(found.group(1))
            continue
        cells = line.split("\t")
        head = fold(cells[0])
        if fold(line).startswith(_STEPS_HEADER):
            in_steps, field = True, None
            continue
        if in_steps:
            if "\t" in line:
                parts.extend(cells[:2])  # Etape, Descriptif
            continue
        if head.startswith("modalites de mise en"):
            field = None
            continue
        if head.startswith(_BODY_FIELDS):
            field = "body"
            parts.extend(cells[1:])
            continue
        if head.startswith(_OTHER_FIELDS):
            field = None
            continue
        if field == "body":
            parts.append(line)
    if not title:
        return None
    return Sheet(code, title, _clean(" ".join(parts)))


def load_seed001_sheets(path: Path) -> dict[str, Sheet]:
    """Action sheets of the seed-001 text, keyed by code (summary lines are skipped)."""
    sheets: dict[str, Sheet] = {}
    code: str | None = None
    block: list[str] = []

    def flush() -> None:
        if code is not None:
            sheet = _sheet(code, block)
            if sheet is not None:
                sheets.setdefault(code, sheet)

    for line in path.read_text(encoding="utf-8").splitlines():
        found = _FICHE_RE.match(line.strip())
        if found:
            flush()
            code, block = found.group(1), [found.group(2)]
            continue
        if code is not None and _STRATEGIC_RE.search(line) and "objectif op" not in fold(line):
            flush()  # a new strategic objective ends the current sheet
            code, block = None, []
            continue
        block.append(line)
    flush()
    return sheets


def read_csv(name: str) -> list[dict[str, str]]:
    with (FIXTURES / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


# --------------------------------------------------------------------------- evaluation


@dataclass(frozen=True)
class Item:
    """One labelled input and the classifier's answer."""

    key: str
    title: str
    body: str
    expected: str
    match: LeverMatch


def _thematic(code: str) -> str:
    lever = lever_by_code().get(code)
    return lever.thematic if lever else TRANSVERSE


def seed001_items(seeds: Path = SEEDS) -> list[Item]:
    sheets = load_seed001_sheets(seeds / SEED_001)
    items = []
    for row in read_csv("seed001_actions_labelled.csv"):
        sheet = sheets[row["action_code"]]
        match = classify(sheet.title, sheet.body)
        items.append(Item(row["action_code"], sheet.title, sheet.body, row["lever_code"], match))
    return items


def seed003_items() -> list[Item]:
    return [
        Item(
            str(i),
            row["label"],
            row["domain"],
            row["lever_code"],
            classify(row["label"], row["domain"]),
        )
        for i, row in enumerate(read_csv("seed003_targets_labelled.csv"), start=1)
    ]


def generic_items() -> list[Item]:
    return [
        Item(str(i), row["title"], "", row["lever_code"], classify(row["title"]))
        for i, row in enumerate(read_csv("generic_actions_labelled.csv"), start=1)
    ]


@dataclass(frozen=True)
class Figures:
    n: int
    exact: float
    thematic: float
    conf_right: float | None
    conf_wrong: float | None


def figures(items: list[Item]) -> Figures:
    right = [it for it in items if it.match.lever_code == it.expected]
    wrong = [it for it in items if it.match.lever_code != it.expected]
    thematic = sum(_thematic(it.match.lever_code) == _thematic(it.expected) for it in items)

    def mean(group: list[Item]) -> float | None:
        return sum(it.match.confidence for it in group) / len(group) if group else None

    n = len(items)
    return Figures(n, len(right) / n, thematic / n, mean(right), mean(wrong))


def report(name: str, items: list[Item], quiet: bool = False) -> Figures:
    print(f"\n== {name}")
    if not quiet:
        for it in items:
            ok = "ok " if it.match.lever_code == it.expected else "XX "
            terms = ", ".join(it.match.matched_terms[:4])
            print(
                f"{ok}{it.key:>6} {it.title[:58]:58} | {it.match.lever_code:38} "
                f"({it.match.confidence:.2f} {it.match.source[:5]}) want {it.expected} [{terms}]"
            )
    fig = figures(items)

    def fmt(value: float | None) -> str:
        return "-" if value is None else f"{value:.2f}"

    print(
        f"n={fig.n} exact={fig.exact:.1%} thematic={fig.thematic:.1%} "
        f"mean conf right={fmt(fig.conf_right)} wrong={fmt(fig.conf_wrong)}"
    )
    return fig


# --------------------------------------------------------------------------- ADEME sectors


@dataclass(frozen=True)
class SectorFigures:
    """Shares of in-sector / transverse / other-sector answers for one group of actions."""

    n: int
    in_sector: float
    transverse: float
    other_sector: float


def sector_figures(
    actions: list[SectorAction], codes: list[str]
) -> tuple[SectorFigures, dict[str, SectorFigures], int, float]:
    """Overall and per-sector figures over actions having a lever sector.

    An action with several lever sectors counts under each of them in the per-sector table (and
    once overall). Also returned: how many actions have no lever sector at all, and the share of
    them the classifier leaves ``transverse`` (neither right nor wrong there).
    """
    overall: list[str] = []
    per: dict[str, list[str]] = {}
    none_total = none_transverse = 0
    for action, code in zip(actions, codes, strict=True):
        result = outcome(code, action)
        if result == NO_LEVER_SECTOR:
            none_total += 1
            none_transverse += code == TRANSVERSE
            continue
        overall.append(result)
        for sector in lever_sectors(action):
            per.setdefault(sector, []).append(result)

    def shares(results: list[str]) -> SectorFigures:
        n = len(results) or 1
        return SectorFigures(
            len(results),
            results.count(IN_SECTOR) / n,
            results.count(TRANSVERSE_OUTCOME) / n,
            results.count(OTHER_SECTOR) / n,
        )

    return (
        shares(overall),
        {s: shares(r) for s, r in sorted(per.items(), key=lambda kv: -len(kv[1]))},
        none_total,
        none_transverse / (none_total or 1),
    )


def ademe_report(path: Path, part: str) -> SectorFigures | None:
    """Print the per-sector table of one part of the ADEME corpus; figures of the whole part."""
    tuning, evaluation = split(read_ademe_actions(path))
    actions = evaluation if part == "evaluation" else tuning
    label = "untouched evaluation part" if part == "evaluation" else "tuning part"
    codes = [classify(action.title).lever_code for action in actions]
    overall, per, none_total, none_transverse = sector_figures(actions, codes)
    plans = len({a.plan_id for a in actions})
    print(f"\n== ADEME PCAET titles, {label} ({len(actions)} titles, {plans} plans, title only)")
    print(f"{'secteur ADEME':52} {'n':>5} {'dans le secteur':>16} {'transverse':>11} {'autre':>7}")
    for sector, fig in [("TOUS (actions ayant un secteur à leviers)", overall), *per.items()]:
        print(
            f"{sector[:52]:52} {fig.n:5d} {fig.in_sector:16.1%} {fig.transverse:11.1%} "
            f"{fig.other_sector:7.1%}"
        )
    print(
        f"actions sans secteur à leviers (communication, coopération…): {none_total}, "
        f"dont {none_transverse:.1%} laissées transverse"
    )
    return overall


def use_sector_table(path: Path) -> None:
    """Judge with the sector → levers table of ``path`` instead of the shipped one."""
    table: dict[str, set[str]] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            codes = table.setdefault(row["sector"].strip(), set())
            if row["lever_code"].strip():
                codes.add(row["lever_code"].strip())
    frozen = {sector: frozenset(codes) for sector, codes in table.items()}
    # the module that defines sector_levers (its outcome rules look it up at call time)
    lever_sectors_module.sector_levers = lambda: frozen


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=Path, default=SEEDS)
    parser.add_argument("--quiet", action="store_true", help="figures only")
    parser.add_argument("--ademe", type=Path, default=ADEME, help="ADEME PCAET titles (csv)")
    parser.add_argument("--part", choices=("evaluation", "tuning", "both"), default="evaluation")
    parser.add_argument("--sector-levers", type=Path, help="another sector → levers table (csv)")
    args = parser.parse_args(argv)
    if args.sector_levers is not None:
        use_sector_table(args.sector_levers)
    if args.ademe.exists():
        for part in ("tuning", "evaluation") if args.part == "both" else (args.part,):
            ademe_report(args.ademe, part)
    else:
        print(f"ADEME titles not found at {args.ademe}: skipped")
    if (args.seeds / SEED_001).exists():
        report(
            "seed 001 (PCAET action sheets, title + body)", seed001_items(args.seeds), args.quiet
        )
    else:
        print(f"seed 001 not found under {args.seeds}: skipped")
    report("seed 003 (COT contractual objectives, label + domain)", seed003_items(), args.quiet)
    report("generic action titles (other wording, title only)", generic_items(), args.quiet)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
