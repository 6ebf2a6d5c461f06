"""Themes from what authorities wrote: recurring blockers and needs, and département themes.

Blockers (« Freins ») and needs (« Besoins d'accompagnement ») are free French text. Each
answer is cut into fragments (``;``, line breaks, sentence ends), folded (lower case, no
accents, :func:`sources.values.fold`) and matched against a small lexicon of word stems per
category (ingénierie, financement, foncier…): a transparent keyword grouping a steward can read
and extend, with no model to download and no randomness. A fragment can fall in several
categories (« appui technique pour le montage des dossiers de financement »).

Cross-cutting themes: a category cited by at least ``text_theme_min_authorities`` distinct
authorities becomes a theme across levers; the category most often cited in the same answers
(by at least half of its authorities) joins it (« Ingénierie et financement … »); the levers
where it recurs most name its scope. Score = share of the region's respondents citing it
(0–100). Evidence: authorities, mentions, levers, départements and up to three short quotes
(fragments only: never the authority's name; e-mails, phones and names are masked again at
publication).

Département themes: a lever becomes a theme of a département when, scored with the same
formula on that département's data only (same evidence rule), it reaches the minimum score,
beats the region's score for that lever by at least ``department_theme_min_gap`` points with the
lower bound of its own 95 % interval still above the regional score, and is not already a
regional theme; at most ``max_department_themes`` per département, largest gap first.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import re
from typing import Any

import numpy as np
import pandas as pd

from assets.diagnostic.frames import as_records
from sources.values import fold

# category → (noun for titles, action title, stems matched on folded text)
CATEGORIES: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "ingenierie": (
        "ingénierie",
        "Renforcer l'ingénierie et l'appui technique des collectivités",
        ("ingenier", "competences techniques", "expertise", "technicien", "charge de mission",
         "chef de projet", "moyens humains", "personnel", "recrut", "etp", "appui technique",
         "accompagnement technique", "montage des dossiers", "montage de projet",
         "assistance a maitrise", "amo"),
    ),
    "financement": (
        "financement",
        "Sécuriser le financement et réduire le reste à charge",
        ("financ", "cout", "couteu", "budget", "subvention", "reste a charge", "aides",
         "fonds", "dotation", "investissement", "tresorerie", "cofinanc"),
    ),
    "foncier": (
        "foncier",
        "Mobiliser le foncier nécessaire aux projets",
        ("foncier", "terrain", "emprise", "disponibilite des sols"),
    ),
    "acceptabilite": (
        "acceptabilité",
        "Construire l'acceptabilité locale par la concertation",
        ("acceptab", "opposition", "riverain", "concertation", "recours", "hostil"),
    ),
    "acteurs": (
        "mobilisation des acteurs privés",
        "Mobiliser les entreprises, artisans et filières",
        ("acteurs prives", "entreprise", "artisan", "filiere", "professionnel", "rge",
         "main d oeuvre", "mobiliser les acteurs"),
    ),
    "donnees": (
        "données",
        "Partager les données et la connaissance du territoire",
        ("donnee", "connaissance", "observatoire", "objectiver", "diagnostic", "indicateur"),
    ),
    "gouvernance": (
        "gouvernance",
        "Clarifier qui fait quoi entre collectivités et coordonner",
        ("competence exercee", "autre collectivite", "gouvernance", "coordination",
         "interterritori", "mise en reseau", "partenariat", "mutualis"),
    ),
    "procedures": (
        "procédures",
        "Accélérer les procédures et l'instruction des dossiers",
        ("delai", "instruction", "procedure", "reglement", "autorisation", "lourdeur",
         "administrati", "juridique"),
    ),
    "strategie": (
        "stratégie et formation",
        "Former les élus et les agents et définir une stratégie",
        ("strategie", "formation", "former", "sensibilis", "elus", "agents", "pedagog"),
    ),
}  # fmt: skip

_SPLIT_RE = re.compile(r"[;\n\r•]+|(?<=[.!?])\s+")
_QUOTE_MAX = 120
_EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE_RE = re.compile(r"(?:\+33|0)\s*[1-9](?:[\s.-]*\d{2}){4}")


def fragments(text: object) -> list[str]:
    """The pieces of a free-text answer (one blocker or need each)."""
    if not isinstance(text, str):
        return []
    return [p.strip(" -–—.,") for p in _SPLIT_RE.split(text) if len(p.strip(" -–—.,")) >= 3]


def categorise(fragment: str) -> list[str]:
    """Categories whose stems occur in the folded fragment (word starts only)."""
    folded = f" {fold(fragment)} "
    found = []
    for key, (_, _, stems) in CATEGORIES.items():
        if any(f" {stem}" in folded for stem in stems):
            found.append(key)
    return found


def _quote(fragment: str) -> str:
    text = _PHONE_RE.sub("[téléphone masqué]", _EMAIL_RE.sub("[courriel masqué]", fragment))
    text = " ".join(text.split())
    if len(text) > _QUOTE_MAX:
        text = text[:_QUOTE_MAX].rsplit(" ", 1)[0] + "…"
    return text


def mentions(responses: pd.DataFrame, authority_key: pd.Series) -> pd.DataFrame:
    """One row per (answer, fragment, category): who, lever, département, kind, quote."""
    cols = ["who", "row", "lever_code", "department_code", "kind", "category", "quote"]
    if responses is None or responses.empty:
        return pd.DataFrame(columns=cols)
    if len(authority_key) != len(responses):
        raise ValueError("one authority key per answer")
    # column arrays read once (not a Series per row); each distinct text cut once and its
    # mentions spread back to its rows with numpy, in the order of a loop over the rows
    # (row by row; a row's blockers, then its needs; a text's fragments in order)
    n = len(responses)
    index = _objects(responses.index.tolist())
    # the key's cells as ``list`` gives them, without iterating an extension array in Python
    who_all = authority_key.to_numpy(dtype=object)
    lever = _objects(_values(responses, "lever_code"))
    dept = _objects(_values(responses, "department_code"))
    positions, columns, ordinals, kinds, categories, quotes = [], [], [], [], [], []
    for k, (name, kind) in enumerate((("blockers_text", "frein"), ("needs_text", "besoin"))):
        try:  # a text cell is a ``str``: anything unhashable is no text either
            codes, uniques = pd.factorize(_objects(_values(responses, name)))
        except TypeError:
            cells = _values(responses, name)
            uniques = _objects(list(dict.fromkeys(v for v in cells if isinstance(v, str))))
            where = {text: i for i, text in enumerate(uniques)}
            codes = np.fromiter(
                (where[v] if isinstance(v, str) else -1 for v in cells), np.int64, n
            )
        found = [_text_mentions(u) if isinstance(u, str) else () for u in uniques]
        sizes = np.fromiter(map(len, found), np.int64, len(found))
        counts = np.zeros(n, dtype=np.int64)
        counts[codes >= 0] = sizes[codes[codes >= 0]]
        starts = np.concatenate(([0], np.cumsum(sizes)[:-1])).astype(np.int64)
        rows = np.repeat(np.arange(n), counts)
        ordinal = np.arange(len(rows)) - np.repeat(np.cumsum(counts) - counts, counts)
        flat = np.repeat(starts[codes.clip(min=0)], counts) + ordinal
        pairs = [pair for mentions in found for pair in mentions]
        positions.append(rows)
        columns.append(np.full(len(rows), k))
        ordinals.append(ordinal)
        kinds.append(np.full(len(rows), kind, dtype=object))
        categories.append(_objects([c for c, _ in pairs])[flat])
        quotes.append(_objects([q for _, q in pairs])[flat])
    position = np.concatenate(positions)
    order = np.lexsort((np.concatenate(ordinals), np.concatenate(columns), position))
    at = position[order]
    rows = list(
        zip(
            who_all[at], index[at], lever[at], dept[at], np.concatenate(kinds)[order],
            np.concatenate(categories)[order], np.concatenate(quotes)[order], strict=True,
        )
    )  # fmt: skip
    return pd.DataFrame(rows, columns=cols)


def _objects(values: list[Any]) -> np.ndarray:
    """``values`` as a 1-D object array holding the very same objects (a list or tuple
    cell stays one element)."""
    return np.fromiter(values, dtype=object, count=len(values))


def _values(df: pd.DataFrame, column: str) -> list[Any]:
    """A column's cells as Python objects (``None`` when the column is missing)."""
    if column not in df.columns:
        return [None] * len(df)
    return df[column].astype(object).tolist()


@functools.lru_cache(maxsize=65536)
def _text_mentions(text: str) -> tuple[tuple[str, str], ...]:
    """(category, quote) of each fragment of a free-text answer, in order."""
    return tuple((c, _quote(frag)) for frag in fragments(text) for c in categorise(frag))


def _by_count(counts: pd.Series) -> pd.Series:
    """Categories by decreasing count, ties in the lexicon's order (never alphabetical luck)."""
    order = {c: i for i, c in enumerate(CATEGORIES)}
    keys = sorted(counts.index, key=lambda c: (-int(counts[c]), order.get(c, len(order)), str(c)))
    return counts.reindex(keys)


def _quotes(df: pd.DataFrame, n: int = 3) -> list[str]:
    counts = df.groupby("quote")["who"].nunique().sort_values(ascending=False, kind="stable")
    return [q for q in counts.index[:n]]


def category_shares(found: pd.DataFrame) -> pd.Series:
    """Per category, the share of the region's citing authorities that cite it."""
    return found.groupby("category")["who"].nunique() / max(found["who"].nunique(), 1)


def rows_by_lever(found: pd.DataFrame) -> dict[object, pd.DataFrame]:
    """``found``'s rows of each lever code (in order, labels kept): what
    ``found[found["lever_code"] == lever]`` gives, cut once for every lever (each comparison
    read the whole region's mentions)."""
    if found.empty:
        return {}
    codes, uniques = pd.factorize(found["lever_code"])  # missing codes → -1, in no group
    order = np.argsort(codes, kind="stable")
    starts = np.searchsorted(codes[order], np.arange(len(uniques) + 1))
    return {lever: found.iloc[order[starts[j] : starts[j + 1]]] for j, lever in enumerate(uniques)}


def lever_text_summary(
    found: pd.DataFrame,
    lever: str,
    labels: dict[str, str],
    everywhere: pd.Series | None = None,
    by_lever: dict[object, pd.DataFrame] | None = None,
) -> dict[str, Any]:
    """Top blocker/need categories of one lever: counts, a sentence, and a title complement
    naming the category over-represented on this lever compared with the whole region
    (``everywhere``: :func:`category_shares` of ``found``, when the caller has it;
    ``by_lever``: :func:`rows_by_lever` of ``found``, when the caller has it)."""
    if by_lever is not None and not found.empty:
        sub = by_lever.get(lever, found.iloc[0:0])
    else:
        sub = found[found["lever_code"] == lever] if not found.empty else found
    if sub.empty:
        return {"sentence": None, "title_suffix": None, "quotes": [], "categories": {}}
    counts = _by_count(sub.groupby("category")["who"].nunique())
    parts = [
        f"{CATEGORIES[c][0]} ({n} collectivité{'s' if n > 1 else ''})"
        for c, n in counts.head(3).items()
    ]
    quote = _quotes(sub[sub["category"] == counts.index[0]], 1)
    sentence = "Freins et besoins écrits par les collectivités : " + ", ".join(parts) + "."
    if quote:
        sentence += f" Exemple : « {quote[0]} »."
    # The title names the category that sets this lever apart (cited here more than across
    # the region's answers: lift ≥ 1.2, at least 2 authorities), not the one everyone cites.
    if everywhere is None:
        everywhere = category_shares(found)
    n_lever = max(sub["who"].nunique(), 1)
    lift = {
        c: (int(n) / n_lever) / float(everywhere.get(c, 1.0) or 1.0)
        for c, n in counts.items()
        if int(n) >= 2
    }
    distinctive = [c for c in sorted(lift, key=lambda c: -lift[c]) if lift[c] >= 1.2]
    suffix = f"lever le frein « {CATEGORIES[distinctive[0]][0]} »" if distinctive else None
    return {
        "sentence": sentence,
        "title_suffix": suffix,
        "quotes": _quotes(sub, 3),
        "categories": {str(k): int(v) for k, v in counts.items()},
    }


def cross_cutting_themes(
    region_code: str,
    found: pd.DataFrame,
    n_respondents: int,
    labels: dict[str, str],
    config: Any,
) -> list[dict[str, Any]]:
    """Themes across levers from recurring blockers/needs (see module docstring)."""
    if found.empty or not n_respondents:
        return []
    by_cat = _by_count(found.groupby("category")["who"].nunique())
    by_cat = by_cat[by_cat >= config.text_theme_min_authorities]
    used: set[str] = set()
    out = []
    for category, n_auth in by_cat.items():
        if category in used or len(out) >= config.max_cross_cutting_themes:
            continue
        used.add(category)
        rows_c = set(found.loc[found["category"] == category, "row"])
        others = found[found["row"].isin(rows_c) & (found["category"] != category)]
        others = others[~others["category"].isin(used)]
        pair = None
        if not others.empty:
            co = _by_count(others.groupby("category")["who"].nunique())
            if (
                int(co.iloc[0]) * 2 >= int(n_auth)
                and int(co.iloc[0]) >= config.text_theme_min_authorities
            ):
                pair = str(co.index[0])
                used.add(pair)
        cats = [category] + ([pair] if pair else [])
        sub = found[found["category"].isin(cats)]
        who = sub["who"].nunique()
        lever_counts = (
            sub.dropna(subset=["lever_code"]).groupby("lever_code")["who"].nunique()
            .sort_values(ascending=False, kind="stable")
        )  # fmt: skip
        top_levers = [str(c) for c in lever_counts.index[:3]]
        depts = sub["department_code"].dropna().astype(str).nunique()
        kinds = sub["kind"].value_counts().to_dict()
        noun = CATEGORIES[category][0]
        if pair:
            title = f"{noun[0].upper()}{noun[1:]} et {CATEGORIES[pair][0]}"
        else:
            title = CATEGORIES[category][1]
        if top_levers:
            title += " : " + ", ".join(f"« {labels.get(c, c)} »" for c in top_levers[:2])
        share = who / n_respondents
        lever_text = ", ".join(f"{labels.get(c, c)} ({int(lever_counts[c])})" for c in top_levers)
        quotes = _quotes(sub, 3)
        rationale = (
            f"{who} collectivités sur {n_respondents} répondantes ({share * 100:.0f} %) écrivent "
            f"un frein ou un besoin de type « {noun} »"
            + (
                f" ou « {CATEGORIES[pair][0]} » (cités ensemble dans les mêmes réponses)"
                if pair
                else ""
            )
            + f", sur {len(lever_counts)} levier{'s' if len(lever_counts) > 1 else ''}"
            + (f" dont {lever_text}" if lever_text else "")
            + f", dans {depts} département{'s' if depts > 1 else ''} "
            + f"({int(kinds.get('frein', 0))} mentions en freins, {int(kinds.get('besoin', 0))} en besoins)."
        )
        if quotes:
            rationale += " Extraits : " + " ; ".join(f"« {q} »" for q in quotes) + "."
        out.append(
            {
                "theme_kind": "transversal",
                "categories": cats,
                "title": title,
                "theme": " et ".join(CATEGORIES[c][0] for c in cats),
                "score_free_text": round(100 * share, 2),
                "score": round(100 * share, 2),
                "lever_codes": top_levers,
                "quotes": quotes,
                "n_authorities_citing": int(who),
                "n_respondents": int(n_respondents),
                "rationale": rationale,
                "evidence": json.dumps(
                    {
                        "n_authorities_citing": int(who),
                        "n_respondents": int(n_respondents),
                        "n_mentions": int(len(sub)),
                        "levers": {c: int(lever_counts[c]) for c in top_levers},
                        "n_departements": int(depts),
                        "categories": cats,
                    },
                    ensure_ascii=False,
                ),  # fmt: skip
            }
        )
    return out


def department_themes(
    region_code: str,
    scored_region: pd.DataFrame,
    scored_by_department: dict[str, pd.DataFrame],
    regional_levers: set[str],
    labels: dict[str, str],
    config: Any,
) -> list[dict[str, Any]]:
    """Département themes by the documented rule (module docstring), from every eligible
    lever's score in the region and in each département (``priority_themes`` frames)."""
    region_score = (
        scored_region.set_index("lever_code")["score"]
        if not scored_region.empty
        else pd.Series(dtype=float)
    )
    out = []
    for dept, scored in sorted(scored_by_department.items()):
        if scored.empty:
            continue
        rows = []
        for rec in as_records(scored):
            lever = rec["lever_code"]
            if lever in regional_levers or rec["score"] < config.theme_min_score:
                continue
            reg = float(region_score.get(lever, 0.0))
            gap = float(rec["score"]) - reg
            low = rec.get("score_ci_low")
            if gap < config.department_theme_min_gap:
                continue
            if low is not None and pd.notna(low) and float(low) <= reg:
                continue  # the difference is within the département's 95 % interval
            rows.append((gap, rec, reg))
        rows.sort(key=lambda t: (-t[0], t[1]["lever_code"]))
        for rank, (gap, rec, reg) in enumerate(rows[: config.max_department_themes], start=1):
            lever = rec["lever_code"]
            reason = (
                f"Dans le département {dept}, le levier « {labels.get(lever, lever)} » obtient un score "
                f"de {rec['score']:.0f} contre {reg:.0f} pour l'ensemble de la région "
                f"(+{gap:.0f} points, seuil {config.department_theme_min_gap:.0f}) : "
                f"{int(rec['n_respondents'])} collectivités y ont répondu"
            )
            if pd.notna(rec.get("mean_relevance")):
                reason += f", pertinence moyenne {rec['mean_relevance']:.1f}/4".replace(".", ",")
            if pd.notna(rec.get("mean_deployment")):
                reason += f", déploiement moyen {rec['mean_deployment']:.1f}/3".replace(".", ",")
            n_act, n_blk = int(rec["n_actions"]), int(rec["n_blockers"])
            reason += (
                f", {n_act} action{'s' if n_act > 1 else ''} de plans, "
                f"{n_blk} frein{'s' if n_blk > 1 else ''} signalé{'s' if n_blk > 1 else ''}. "
                f"Intervalle de confiance à 95 % du score départemental : "
                f"{rec['score_ci_low']:.0f}–{rec['score_ci_high']:.0f}, au-dessus du score régional."
            )
            if (
                min(
                    int(rec.get("n_scored_relevance") or 0),
                    int(rec.get("n_scored_deployment") or 0),
                )
                < config.min_scored_answers
            ):
                reason += " Échantillon faible : à confirmer avec les collectivités du département."
            out.append({**rec, "scope": "departement", "department_code": dept, "rank": rank,
                        "rationale": reason, "theme_kind": "levier"})  # fmt: skip
    return out


def scoring_config(config: Any) -> Any:
    """The config that returns every eligible lever with its score (no cut, no cap)."""
    return dataclasses.replace(
        config, theme_min_score=0.0, min_themes=0, max_themes=10**6, max_themes_per_thematic=0,
        max_cross_cutting_themes=0, max_department_themes=0,
    )  # fmt: skip
