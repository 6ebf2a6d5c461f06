"""Vocabulary of action-plan sheets: heading patterns (fiche, axis, objective) and field labels.

Fields are recognised by folded labels, whichever of their usual wordings a plan uses.
"""

from __future__ import annotations

import re

from sources.pdf.footnotes import without_calls
from sources.pdf.icons import without_icons
from sources.pdf.paired_labels import known_side
from sources.values import fold

_FICHE_RE = re.compile(
    r"^\s*(?:(fiche)(?:[\s-]+actions?)?|(action))\s*(?:n\s*[°o.º]?\s*)?"
    r"(\d{1,2}(?:\s*[.,]\s*\d{1,2}){0,3})(?![\d])\s*[:.\-–—]?\s*(.*)$",
    re.IGNORECASE,
)
_AXIS_RE = re.compile(
    r"^\s*axe\s*(?:strat[ée]gique\s*)?(?:n\s*°\s*)?(\d{1,2}|[IVX]{1,4})\b\s*[:.\-–—]?\s*(.*)$",
    re.IGNORECASE,
)
_OBJ_CODE_FIRST_RE = re.compile(
    r"^\s*(\d{1,2}\s*[.,]\s*\d{1,2})\s*[:.\-–—]?\s*(?:objectif|orientation)\s+strat[ée]gique"
    r"\s*[:.\-–—]?\s*(.*)$",
    re.IGNORECASE,
)
_OBJ_RE = re.compile(
    r"^\s*(?:objectif|orientation)\s+strat[ée]gique\s*(?:n\s*°\s*)?(\d{1,2}\s*[.,]\s*\d{1,2})?"
    r"\s*[:.\-–—]?\s*(.*)$",
    re.IGNORECASE,
)
_CODE_ONLY_RE = re.compile(r"^\s*(\d{1,2}\s*[.,]\s*\d{1,2})\s*\.?\s*$")
_OP_RE = re.compile(r"^\s*objectif\s+op[ée]rationnel\s*[:.\-–—]?\s*(.*)$", re.IGNORECASE)

FIELD_LABELS: dict[str, tuple[str, ...]] = {
    "context": (
        "contexte",
        "contexte et enjeux",
        "enjeux et contexte",
        "description",
        "description de l action",
        "presentation",
        "presentation de l action",
        "contexte et description",
        "elements de contexte",
    ),
    "expected_results": (
        "objectifs et resultats attendus",
        "resultats attendus",
        "objectifs",
        "objectifs de l action",
        "impacts attendus",
        "objectifs vises",
        "objectifs quantitatifs",
        "objectif",
    ),
    "indicators": (
        "indicateurs",
        "indicateur",
        "indicateurs de suivi",
        "indicateurs de suivi et d evaluation",
        "indicateurs d evaluation",
        "indicateurs de resultat",
        "suivi et evaluation",
    ),
    "target_audiences": (
        "publics cibles",
        "public cible",
        "public",
        "publics",
        "cibles",
        "publics vises",
        "beneficiaires",
        "cible",
    ),
    "regulatory_links": (
        "liens avec les objectifs reglementaires",
        "lien avec les objectifs reglementaires",
        "objectifs reglementaires",
        "articulation avec les objectifs reglementaires",
        "lien avec les objectifs du decret",
    ),
    "ees": (
        "prise en compte de l ees",
        "evaluation environnementale strategique",
        "prise en compte de l evaluation environnementale",
    ),
    # a total stated apart from the steps: only read to check the steps against it
    # (plausibility), never published in place of the sum of the steps
    "stated_budget": (
        "budget",
        "cout",
        "cout estimatif",
        "cout estime",
        "budget total",
        "cout total",
        "cout global",
        "budget global",
        "montant total",
        "budget previsionnel",
        "budget previsionnel total",
        "enveloppe budgetaire",
    ),
    "other": (
        "calendrier",
        "porteur",
        "porteur de l action",
        "pilote",
        "partenaires",
        "financements",
        "financement",
        "gains attendus",
        "points de vigilance",
        "moyens",
        "moyens humains",
        "plan de financement",
    ),
}
_IMPL_LABELS = (
    "modalites de mise en oeuvre",
    "mise en oeuvre",
    "plan de mise en oeuvre",
    "etapes de mise en oeuvre",
    "modalites de mise en oeuvre et calendrier",
    "plan d actions",
    "deroulement",
    "etapes",
    "programme de l action",
)
_STAKES_LABELS = ("enjeux strategiques", "enjeux")
# the sheet named after the heading (« Modalités de mise en oeuvre — FICHE 1.1.2 »: a table's
# caption naming its sheet), folded: « fiche 1 1 2 », « action n 3 », « fiche action 2 1 »
_SHEET_REF_RE = re.compile(r"(?:fiche|action)(?: actions?)?(?: n[o]?)? \d{1,2}(?: \d{1,2}){0,3}")


def _is_impl_label(folded: str) -> bool:
    """``folded`` is the heading of a sheet's implementation steps, alone or followed by the
    sheet it belongs to (a steps table's caption « Modalités de mise en oeuvre — FICHE
    1.1.2 »)."""
    if folded in _IMPL_LABELS:
        return True
    if len(folded) >= _NEAR_MIN_LEN and any(
        label[0] == folded[0] and label.count(" ") == folded.count(" ") and _one_edit(label, folded)
        for label in _IMPL_LABELS
        if len(label) >= _NEAR_MIN_LEN
    ):
        return True  # read a letter wrong by OCR (« modalilés de mise en oeuvre »)
    return any(
        folded.startswith(label + " ") and _SHEET_REF_RE.fullmatch(folded[len(label) + 1 :])
        for label in _IMPL_LABELS
    )


_LABEL_INDEX: list[tuple[str, str]] = sorted(
    ((syn, key) for key, syns in FIELD_LABELS.items() for syn in syns),
    key=lambda item: -len(item[0]),
)

_SQUEEZED_LABELS: dict[str, str] = {}
for _syn, _key in reversed(_LABEL_INDEX):  # the longest synonym wins, as in the index
    _SQUEEZED_LABELS[_syn.replace(" ", "")] = _key

_INDICATOR_STARTS = (
    "Nombre",
    "Réalisation",
    "Realisation",
    "Taux",
    "Part",
    "Pourcentage",
    "%",
    "Évolution",
    "Evolution",
    "Suivi",
    "Quantité",
    "Quantite",
    "Tonnage",
    "Tonnes",
    "Surface",
    "Linéaire",
    "Lineaire",
    "Montant",
    "Consommation",
    "Production",
    "Émissions",
    "Emissions",
    "Mise en",
    "Diffusion",
    "Usage",
    "Actualisation",
    "Kilomètres",
    "Kilometres",
    "Puissance",
    "Volume",
    "Budget",
    "Indice",
    "Nb",
    "Niveau",
    "Économies",
    "Economies",
    "Gain",
    "Gains",
    "Existence",
    "Date",
    "Avancement",
    "Fréquentation",
    "Frequentation",
    "Superficie",
    "Ratio",
    "Durée",
)
_INDICATOR_SPLIT_RE = re.compile(
    r"(?<=[\w)'’»\"])\s+(?=(?:" + "|".join(re.escape(w) for w in _INDICATOR_STARTS) + r")(?:\b|\s))"
)
_UNIT_START_RE = re.compile(r"\s+(?=(?:t\s?[ée]q|tCO2|kWh|MWh|GWh)(?:\b|\s))")
_UNIT_GLUE_WORDS = frozenset(
    ("de", "des", "du", "d", "en", "par", "la", "le", "les", "l", "a", "et", "ou", "sur", "x")
)
_TITLE_WORD_SPLIT_RE = re.compile(r"(?<=[\w)'’])\s+(?=[A-ZÉÈÊÀÂÎÔÛÇ][a-zéèêàâîôûçœ])")
_BULLET_RE = re.compile(r"^\s*(?:[•·▪●◦■□➢➤►\-–—*]|\d{1,2}[).]|[a-z]\))\s+")


def _fold_label(text: str) -> str:
    # « Contexte¹ », « ℹ Contexte »: a footnote call, an icon before the label is no part
    return fold(without_calls(without_icons(text))).strip()


def _field_key(label: str, exact: bool = True) -> str | None:
    """Field key of a label (longest synonym first); ``exact=False`` accepts label+extra words."""
    folded = _fold_label(label)
    if not folded:
        return None
    for syn, key in _LABEL_INDEX:
        if folded == syn:
            return key
    near = _near_label(folded)
    if near is not None:
        return near
    side = known_side(label, _field_key)  # « Contexte / Contèxte »: a label and its translation
    if side is not None:
        return _field_key(side)
    letters = folded.split()
    if len(letters) >= 4 and all(len(t) == 1 for t in letters):
        # letter-spaced label (« C O N T E X T E »): each letter read as a word
        return _SQUEEZED_LABELS.get("".join(letters))
    if not exact:
        for syn, key in _LABEL_INDEX:
            if folded.startswith(syn + " ") and len(folded.split()) <= len(syn.split()) + 5:
                return key
    return None


_NEAR_MIN_LEN = 12  # a label this long, of two words or more, read a letter wrong is that label
_NEAR_LABELS: dict[int, list[tuple[str, str]]] = {}
for _syn, _key in _LABEL_INDEX:
    if len(_syn) >= _NEAR_MIN_LEN and " " in _syn:
        _NEAR_LABELS.setdefault(len(_syn), []).append((_syn, _key))


def _one_edit(a: str, b: str) -> bool:
    """``a`` and ``b`` differ by exactly one letter changed, added or dropped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1 :] == b[i + 1 :]
    return a[i + 1 :] == b[i:] if len(a) > len(b) else a[i:] == b[i + 1 :]


def _near_label(folded: str) -> str | None:
    """Key of a long label (two words or more, :data:`_NEAR_MIN_LEN` letters) read one letter
    wrong by OCR, its first letter and its number of words right (« liens avec les vbjectifs
    reglementaires », « publics cihles »); the longest such label wins."""
    if len(folded) < _NEAR_MIN_LEN - 1 or " " not in folded:
        return None
    words = folded.count(" ")
    for length in (len(folded) + 1, len(folded), len(folded) - 1):
        for syn, key in _NEAR_LABELS.get(length, ()):
            if syn[0] == folded[0] and syn.count(" ") == words and _one_edit(syn, folded):
                return key
    return None


def _label_prefix_key(text: str, cut: bool = False) -> str | None:
    """Key of a label whose beginning is ``text`` (label wrapped in a narrow column); with
    ``cut``, ``text`` may end inside the label's word (a browser told to break words anywhere,
    « Objectifs et résultats atten » / « dus »): then it holds 8 letters at least."""
    folded = _fold_label(text)
    if len(folded) < 5:
        return None
    for syn, key in _LABEL_INDEX:
        if syn.startswith(folded + " ") and key != "other":
            return key
    if cut and len(folded) >= 8 and folded[-1:].isalpha():
        for syn, key in _LABEL_INDEX:
            if syn.startswith(folded) and key != "other":
                return key
    return None


def _wraps_label(text: str, cut: bool = False) -> bool:
    """``text`` (label lines joined) is a whole field label or the start of one (with
    ``cut``, maybe ending inside a word: :func:`_label_prefix_key`)."""
    folded = _fold_label(text)
    if any(
        syn == folded or syn.startswith(folded + " ") for syn, key in _LABEL_INDEX if key != "other"
    ):
        return True
    if cut and _label_prefix_key(text, cut=True) is not None:
        return True
    # « Xede-publikoak / Publics » / « cibles »: a label wrapped after its translation
    return known_side(text, lambda side: _wraps_label(side, cut)) is not None


def _norm_code(code: str) -> str:
    return re.sub(r"\s+", "", code).replace(",", ".")
