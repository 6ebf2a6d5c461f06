"""Which lever a row names: by code, by label (2017-seed or 2025 SGPE wording), else fuzzily.

Ambiguous labels are reported, never guessed.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from functools import lru_cache

from sources.reference import Lever, lever_by_code, lever_by_folded_label, levers
from sources.values import fold, one_line

# --------------------------------------------------------------------------- lever lookup

_STOPWORDS = {
    "de",
    "des",
    "du",
    "la",
    "le",
    "les",
    "l",
    "d",
    "et",
    "a",
    "en",
    "dans",
    "sur",
    "au",
    "aux",
    "pour",
}


def _tokens(text: str) -> set[str]:
    return {re.sub(r"(s|x)$", "", word) for word in text.split() if word not in _STOPWORDS}


@lru_cache(maxsize=1)
def _lever_index() -> tuple[dict[str, Lever], list[tuple[Lever, str, set[str]]]]:
    from sources.levers.crosswalk import codes_for_2025, levers_2025

    by_code = {fold(lever.code): lever for lever in levers()}
    entries = [(lever, fold(lever.label), _tokens(fold(lever.label))) for lever in levers()]
    for name in levers_2025():  # 2025 SGPE names, for near misses of either list
        codes = codes_for_2025(name)
        if codes:
            lever = lever_by_code()[codes[0]]
            entries.append((lever, fold(name), _tokens(fold(name))))
    return by_code, entries


@dataclass(frozen=True)
class LeverMatch:
    """Result of a lever lookup; ``note`` is set when the match needs a steward's eye."""

    lever: Lever | None
    how: str  # code | label | label_2025 | fuzzy | ambiguous | none
    note: str | None = None


def resolve_lever(code: object = None, label: object = None, theme: object = None) -> LeverMatch:
    """Find a lever from its code, else its label (fold-exact, then fuzzy with difflib).

    The theme, when given, narrows fuzzy candidates (``Sobriété et isolation des bâtiments``
    exists for housing and for offices). Ambiguous labels are not guessed.
    """
    by_code, entries = _lever_index()
    code_text = one_line(code)
    if code_text:
        lever = lever_by_code().get(code_text.strip()) or by_code.get(fold(code_text))
        if lever:
            return LeverMatch(lever, "code")
    label_text = one_line(label) or (code_text if code_text and "." not in code_text else None)
    if not label_text:
        return LeverMatch(
            None, "none", f"code levier inconnu « {code_text} »" if code_text else None
        )
    key = fold(label_text)
    exact = lever_by_folded_label().get(key)
    if exact:
        note = (
            f"code levier inconnu « {code_text} » : levier reconnu par son libellé"
            if code_text
            else None
        )
        return LeverMatch(exact, "label", note)
    named_2025 = _resolve_2025_label(label_text, theme)
    if named_2025 is not None:
        return named_2025
    theme_key = fold(theme)
    candidates = [e for e in entries if theme_key and fold(e[0].theme) == theme_key] or entries
    tokens = _tokens(key)
    scored = []
    for lever, folded, lever_tokens in candidates:
        ratio = difflib.SequenceMatcher(None, key, folded).ratio()
        union = tokens | lever_tokens
        jaccard = len(tokens & lever_tokens) / len(union) if union else 0.0
        contained = (
            0.8 * len(tokens & lever_tokens) / len(lever_tokens)
            if tokens and tokens <= lever_tokens and len(key) >= 5
            else 0.0
        )
        scored.append((max(ratio, jaccard, contained), lever))
    best_per_lever: dict[str, tuple[float, Lever]] = {}
    for score, lever in scored:  # a lever has two names (seed 004, 2025): keep its best
        if lever.code not in best_per_lever or score > best_per_lever[lever.code][0]:
            best_per_lever[lever.code] = (score, lever)
    scored = list(best_per_lever.values())
    scored.sort(key=lambda item: -item[0])
    best_score, best = scored[0]
    second_score = scored[1][0] if len(scored) > 1 else 0.0
    if best_score >= 0.72 and best_score - second_score >= 0.08:
        return LeverMatch(
            best, "fuzzy", f"libellé « {label_text} » rapproché du levier « {best.label} »"
        )
    if best_score >= 0.6:
        close = [lever.label for score, lever in scored if best_score - score < 0.08][:3]
        if len(close) > 1:
            return LeverMatch(
                None,
                "ambiguous",
                "libellé de levier ambigu : " + " / ".join(f"« {c} »" for c in close),
            )
    return LeverMatch(None, "none", f"libellé de levier non reconnu « {label_text} »")


def _resolve_2025_label(label_text: str, theme: object = None) -> LeverMatch | None:
    """Lever named with the SGPE list of March 2025 (crosswalk), ``None`` if no such name.

    A 2025 lever covering several codes gives its primary code (the theme, when given, may
    pick another) with a note; one outside the 47 levers (« Nucléaire »…) is reported.
    """
    from sources.levers.crosswalk import codes_for_2025

    codes = codes_for_2025(label_text)
    if codes is None:
        return None
    if not codes:
        return LeverMatch(
            None,
            "none",
            f"levier 2025 « {label_text} » hors des 47 leviers du référentiel (non couvert)",
        )
    by_code = lever_by_code()
    theme_key = fold(theme)
    chosen = next((c for c in codes if theme_key and fold(by_code[c].theme) == theme_key), codes[0])
    lever = by_code[chosen]
    note = None
    if len(codes) > 1:
        others = ", ".join(f"« {by_code[c].label} »" for c in codes if c != chosen)
        note = (
            f"levier 2025 « {label_text} » rattaché au levier « {lever.label} » "
            f"(il recouvre aussi {others})"
        )
    return LeverMatch(lever, "label_2025", note)
