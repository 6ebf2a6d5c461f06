"""Territoires en Transitions (TeT) spreadsheets: action plans kept in a sheet and referential
evaluations (CAE / ECi exports), columns found by meaning.

Modules: :mod:`.plan` (plan sheets), :mod:`.referential` (referential scores), :mod:`.columns`
(header matching shared by both). Callers import from the real module.
"""
