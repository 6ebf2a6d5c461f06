"""Frozen copy of the regional analysis before issue 19's vectorisation (commit 745826f).

Why: the vectorised ``assets.diagnostic`` must give EXACTLY the same frames (columns, dtypes,
row order, French text); ``test_analysis_vectorised`` runs both on generated regions and
compares them. Only the modules the change rewrote are frozen (exemplary, families, frames,
matching, state_of_play, text_themes, themes, and candidates / coverage, which call them);
config, statistics, theme_evidence and shortlists are imported from ``assets.diagnostic``.
Never edit these modules: they are the reference, imports rewritten only.
"""
