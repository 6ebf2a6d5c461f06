"""PCAET-style action plans (PDF) → :class:`ActionPlanDocument`.

The parser reads structure, not a template: a sheet starts at a ``FICHE 1.2.3`` / ``Fiche action
n° 4`` / ``ACTION 2.1.1`` heading, fields are recognised by folded labels (inline
``Label : valeur``, label on its own line, or a label column of a 2-column table/grid with
rule bands deciding which value belongs to which label), and implementation tables are read
by :mod:`sources.pdf` from their header words whatever their column order. A sheet
heading followed by nothing but other headings is a summary entry; codes only ever seen in a
summary become ``has_body=False`` actions with a French warning, never invented content. A
table of contents (entries ending in page numbers at a right tab stop) is set aside before its
page is read, the sheets it lists and the body never holds kept as summary entries
(:mod:`~sources.action_plan.contents_sheets`).

Action totals: ``total_budget_eur`` sums the known step budgets (internal means count as 0,
"à définir" is unknown; ``None`` when no step budget is known), ``total_etp`` likewise,
``start_year`` is the earliest step start and ``end_year`` the latest step end, ``None`` when
any step is open-ended ("2020 et +"): the action then has no known end.

Modules: :mod:`~sources.action_plan.labels` (heading patterns, field labels),
:mod:`~sources.action_plan.line_kinds` (what a line is), :mod:`~sources.action_plan.sheets`
(what a sheet accumulates, field values), :mod:`~sources.action_plan.parser` (lines and tables →
records) and :mod:`~sources.action_plan.document` (entry point, :func:`parse_action_plan`,
:func:`looks_like_action_plan`).
"""

from sources.action_plan.document import looks_like_action_plan, parse_action_plan

__all__ = ["looks_like_action_plan", "parse_action_plan"]
