"""Diagnostic stage: the regional diagnostic as pure pandas functions (no Dagster, no I/O),
and ``assets.py`` wiring them to the warehouse.

Seed 004 asks for four things from the diagnostic: a state of play per lever, the three
families of levers (A accelerate / B raise awareness / C inter-territorial), 5–10 priority
themes to put to the debate, and the projects worth showcasing; the COP action plan then keeps
the actions that meet three criteria (coherence, potential, progress). Each of
``families``, ``state_of_play``, ``coverage``, ``themes``, ``exemplary`` and ``candidates``
produces one published table (columns: ``shared/spec/published_tables.md``) from the warehouse
frames, for one region, with every threshold and weight in :class:`DiagnosticConfig` so the
published figures can be reproduced.

Conventions: scores follow ``shared/spec/questionnaire.md`` (relevance 0–4, deployment 0–3,
"Ne sait pas" = missing); ``pct_*`` columns are percentages 0–100; ``response_rate`` is a
ratio 0–1. Person-facing text (rationales, titles) is French.
"""
