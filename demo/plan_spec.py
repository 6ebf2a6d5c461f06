"""Action-plan specs: what a PDF prints (raw labels) and what a correct parser returns.

A :class:`PlanSpec` holds axes → objectives → actions → steps; :mod:`demo.plan_random` fills
it, :mod:`demo.action_plan_pdf` draws it, and tests compare the parser's records to it.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class StepSpec:
    """One implementation-table row: printed labels and expected parsed values."""

    step: str
    description: str
    planning_label: str
    budget_label: str
    owner_label: str  # as printed; "" when the cell is merged with / continues the row above
    partners_label: str
    start_year: int | None
    end_year: int | None
    open_ended: bool
    budget_eur: float | None
    funded: bool | None
    internal: bool
    etp: float | None
    owner: str  # expected after forward-fill
    partners: list[str]
    budget_eur_per_year: float | None = None  # « X €/an »: budget_eur = it × years, if known


@dataclass
class ActionSpec:
    """One action sheet. ``page`` is filled by :func:`build_action_plan_pdf` (1-based)."""

    code: str
    title: str
    context: str
    expected_results: str
    indicators: list[str]
    target_audiences: list[str]
    regulatory_links: list[str]
    steps: list[StepSpec]
    has_body: bool = True
    indicators_run_on: bool = False  # printed on one line, separated by spaces only
    links_run_on: bool = False
    page: int | None = None

    @property
    def total_budget_eur(self) -> float | None:
        known = [s.budget_eur for s in self.steps if s.budget_eur is not None]
        return float(sum(known)) if known else None

    @property
    def total_etp(self) -> float | None:
        known = [s.etp for s in self.steps if s.etp is not None]
        return round(sum(known), 4) if known else None

    @property
    def start_year(self) -> int | None:
        years = [s.start_year for s in self.steps if s.start_year is not None]
        return min(years) if years else None

    @property
    def end_year(self) -> int | None:
        if any(s.open_ended for s in self.steps):
            return None
        years = [s.end_year for s in self.steps if s.end_year is not None]
        return max(years) if years else None

    @property
    def owners(self) -> list[str]:
        return list(dict.fromkeys(s.owner for s in self.steps if s.owner))


@dataclass
class ObjectiveSpec:
    """A strategic objective; ``printed_code`` may use a comma ("1,4")."""

    code: str
    printed_code: str
    label: str
    stakes: str
    actions: list[ActionSpec] = field(default_factory=list)


@dataclass
class AxisSpec:
    number: int
    label: str
    objectives: list[ObjectiveSpec] = field(default_factory=list)

    @property
    def title(self) -> str:
        """What a parser should return as ``axis``."""
        return f"Axe {self.number} : {self.label}"


@dataclass
class PlanSpec:
    territory_name: str
    short_name: str
    period: tuple[int, int]
    axes: list[AxisSpec] = field(default_factory=list)
    plan_type: str = "PCAET"

    def actions(self) -> list[ActionSpec]:
        return [a for axis in self.axes for o in axis.objectives for a in o.actions]

    def objective_of(self, code: str) -> ObjectiveSpec:
        for axis in self.axes:
            for objective in axis.objectives:
                if any(a.code == code for a in objective.actions):
                    return objective
        raise KeyError(code)

    def axis_of(self, code: str) -> AxisSpec:
        for axis in self.axes:
            if any(a.code == code for o in axis.objectives for a in o.actions):
                return axis
        raise KeyError(code)
