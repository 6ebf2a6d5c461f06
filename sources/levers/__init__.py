"""Lever mapping: an action, project or target to one of the 47 SGPE levers (and the 2025 list).

Modules: :mod:`.classifier` (:func:`~sources.levers.classifier.classify`: overrides, lexicon,
sector model), :mod:`.lexicon` (compiled lexicon and scores), :mod:`.terms` and :mod:`.families`
(the vocabulary), :mod:`.text` (folding, stemming), :mod:`.linear` (sector model), :mod:`.sectors`
(ADEME sectors, evaluation split), :mod:`.crosswalk` (47 levers to the 2025 list of 50),
:mod:`.batch` (``copdiag levers classify`` on a table). Callers import from the real module.
"""
