"""Which levers have enough evidence to be a theme, and levers tied on every ranking key
(kept or dropped together, and said so).
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from tests.assets.diagnostic._reference_diagnostic.config import DiagnosticConfig

# Ranking keys: score, then the evidence itself; levers equal on all of them are ex æquo
# (kept or dropped together, and said so), never ordered silently by the reference list.
_TIE_KEYS = ["score", "n_respondents", "n_actions", "n_contract_targets"]


def has_theme_evidence(sop: pd.DataFrame, config: DiagnosticConfig) -> pd.Series:
    """Levers with enough evidence to be proposed as a priority theme (see DiagnosticConfig)."""
    return (
        (sop["n_respondents"] >= config.theme_min_respondents)
        | (sop["n_actions"] >= config.theme_min_actions)
        | (sop["n_contract_targets"] >= config.theme_min_contract_targets)
    )


def _tie_key(row: pd.Series) -> tuple:
    return tuple(row[k] for k in _TIE_KEYS)


def _with_whole_tie_groups(order: pd.DataFrame, chosen: list[int]) -> list[int]:
    """A tie straddling the cut is kept whole: the reference order must not pick among equals."""
    keys = {_tie_key(order.loc[i]) for i in chosen}
    extra = [
        i
        for i in order.index
        if i not in chosen and order.at[i, "_eligible"] and _tie_key(order.loc[i]) in keys
    ]
    return [*chosen, *extra]


def _tied_with(picked: pd.DataFrame) -> dict[str, list[str]]:
    groups: dict[tuple, list[str]] = {}
    for _, row in picked.iterrows():
        groups.setdefault(_tie_key(row), []).append(row["lever_code"])
    return {
        code: [other for other in members if other != code]
        for members in groups.values()
        for code in members
    }


def _tie_sentence(others: list[str]) -> str:
    if not others:
        return ""
    return (
        f" Ex æquo avec {', '.join(others)} (même score, mêmes effectifs de répondants, "
        "d'actions et d'objectifs) : le rang entre eux ne hiérarchise pas."
    )


def theme_evidence_note(n_themes: int, config: DiagnosticConfig | dict[str, Any]) -> str | None:
    """French sentence for the synthesis when evidence is too thin (``None`` otherwise)."""
    cfg = config if isinstance(config, dict) else config.to_dict()
    default = DiagnosticConfig()
    need = (
        f"au moins {cfg.get('theme_min_respondents', default.theme_min_respondents)} "
        "collectivités répondantes, "
        f"{cfg.get('theme_min_actions', default.theme_min_actions)} actions de plans ou "
        f"{cfg.get('theme_min_contract_targets', default.theme_min_contract_targets)} "
        "objectif(s) contractuel(s) chiffré(s) sur le levier"
    )
    if n_themes == 0:
        return (
            "Pas assez d'éléments pour proposer des thèmes prioritaires : un thème demande "
            f"{need}, et aucun levier n'atteint ce seuil dans les données reçues. Complétez "
            "les réponses au questionnaire ou les plans d'actions avant d'en débattre."
        )
    if n_themes < int(cfg.get("min_themes", default.min_themes)):
        verb = "réunit" if n_themes == 1 else "réunissent"
        return (
            f"Seul{'s' if n_themes > 1 else ''} {n_themes} levier{'s' if n_themes > 1 else ''} "
            f"{verb} assez d'éléments pour être proposé{'s' if n_themes > 1 else ''} "
            f"({need}) ; les autres ne sont pas classés faute de données."
        )
    return None
