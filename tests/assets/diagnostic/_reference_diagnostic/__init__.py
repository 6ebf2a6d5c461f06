"""Frozen copy of the regional analysis before issue 19's vectorisation (commit 745826f).

Why: the vectorised ``assets.diagnostic`` must give EXACTLY the same frames (columns, dtypes,
row order, French text); ``test_analysis_vectorised`` runs both on generated regions and
compares them. Never edit these modules: they are the reference, imports rewritten only.
"""
