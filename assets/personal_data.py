"""One personal-data policy for everything published: mask, count, never block the region.

Every text cell of every published table (lists included, file names included) goes through
:meth:`PersonalDataPolicy.mask_text`, which replaces

- e-mail addresses → ``[courriel masqué]``;
- French phone numbers (``06 12 34 56 78``, ``+33 6 12 34 56 78``, ``01.23.45.67.89``,
  ``0033 (0)1 …``) → ``[téléphone masqué]``;
- person names → ``[nom masqué]``: names known from private tables (respondents, recipients'
  contact addresses ``prenom.nom@…``, any ``*_private`` table column holding names), in either
  order, and names introduced by a civility (« M. Dupont », « Mme Claire Martin ») or by a
  contact label (« Contact : Prénom Nom », « Personne pilote : … »).

What was masked is counted per (table, column, kind) so the run can say it in French; the
publication goes on. Regular expressions are kept simple and explainable: a name that follows
no civility nor label and that no private table knows is not found (say so in the README).
"""

from __future__ import annotations

import hashlib
import itertools
import marshal
import os
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

from sources.values import fold, strip_accents

EMAIL_MASK = "[courriel masqué]"
PHONE_MASK = "[téléphone masqué]"
NAME_MASK = "[nom masqué]"

# The domain never swallows a file extension: « claire.martin@x.fr.xlsx » keeps « .xlsx ».
EMAIL_RE = re.compile(
    r"[\w.+-]+@[\w-]+(?:\.(?!(?:xlsx|xlsm|xls|ods|csv|pdf|odt|docx?|pptx?|txt|zip)\b)[\w-]+)+"
)
# French numbers: 0X then 4 pairs, or +33 / 0033 (optional "(0)") then 9 digits; separators
# space, dot, dash (or nothing); never inside a longer run of digits or letters (SIRET,
# amounts, a sha256 that begins with « 0612345678… »).
PHONE_RE = re.compile(
    r"(?<![\w+])(?:(?:\+|00)\s?33\s?(?:\(0\)\s?)?|0)[1-9](?:[\s.\-]?\d{2}){4}(?!\w)"
)
_UPPER = "A-ZÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸÆŒ"
_NAME_WORD = rf"[{_UPPER}][\w'’-]*\.?"
_CIVILITY_RE = re.compile(
    rf"\b(?:M\.|MM\.|Mr\.?|Mme\.?|Mmes|Mlle\.?|Monsieur|Madame|Mademoiselle|Dr\.?|Docteur|Pr\.?)"
    rf"\s+((?:{_NAME_WORD})(?:[ \t]+{_NAME_WORD}){{0,2}})"
)
# A label announcing people; the rest of its line (up to « ; » or a new line) is searched for
# name sequences (« Personnes pilotes : Sophie Durand, Benjamin Goullard »). Group 1 is set
# for labels that only ever name people, group 2 for roles a structure can hold too
# (« Pilote : Montpellier Méditerranée Métropole »): there only a whole comma-separated item
# of exactly two capitalised words counts as a name.
_LABEL_RE = re.compile(
    r"\b(?:(?i:contacts?|interlocut(?:eur|rice)s?|personnes? pilotes?|"
    r"[ée]lu(?:e|s|es)?(?:·e)? r[ée]f[ée]rent(?:·e|e|s|es)?|charg[ée]e?s? de mission|"
    r"suivi par|signataires?|r[ée]dacteur|r[ée]dactrice|nom du r[ée]pondant|"
    r"(?:modifi|cr[ée]|valid|r[ée]dig|ajout|publi|import)[ée]e?s? le [^\n]{1,25}? par)"
    r"(?:\s*[:：–-]\s*|(?<=par) +)([^\n;]*)"
    r"|(?i:r[ée]f[ée]rent(?:e|s|es)?|responsables?|pilotes?)\s*[:：–-]\s*([^\n;]*))"
)
_NAME_SEQ_RE = re.compile(rf"{_NAME_WORD}[ \t]+{_NAME_WORD}")  # first name + last name
_ITEM_SPLIT_RE = re.compile(r"[^,/]+")
_NAME_ITEM_RE = re.compile(rf"{_NAME_WORD}[ \t]+{_NAME_WORD}")
# Capitalised words that start an organisation, not a person (« Responsable : Service Mobilité »).
_NOT_A_PERSON = frozenset(
    fold(w)
    for w in (
        "Agence", "Association", "Bureau", "Cabinet", "Cellule", "Centre", "Chambre", "Comité",
        "Commune", "Communauté", "Conseil", "Département", "Direction", "DDT", "DREAL",
        "Etablissement", "Établissement", "Groupe", "Mairie", "Maire", "Métropole", "Mission",
        "Office", "Parc", "Pôle", "Préfecture", "Président", "Présidente", "Région", "Service",
        "Services", "Société", "Syndicat", "SDIS", "Ville", "Vice-président", "ADEME", "Elu",
        "Élu", "Élue", "Elue", "Le", "La", "Les", "Un", "Une", "Pays", "Territoire",
        "Territoires", "Grand", "Agglo", "Agglomération", "Collectif", "Fédération", "Fondation",
        "Institut", "Université", "Lycée", "Collège", "École", "Maison", "Espace", "Réseau",
        "Union", "Entreprise", "Entreprises", "Banque", "Caisse", "Crédit", "Tourisme",
        "Nature", "Environnement", "Climat", "Énergie", "Energie", "Transition", "État", "Etat",
        "Europe", "France", "Conservatoire", "Observatoire", "Chargé", "Chargée", "Directeur",
        "Directrice", "Adjoint", "Adjointe", "Technicien", "Technicienne", "Équipe", "Equipe",
        "Habitants", "Citoyens", "Acteurs", "Partenaires", "Bailleurs", "Agriculteurs",
    )
)  # fmt: skip
_WORD_RE = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


@lru_cache(maxsize=200_000)
def _fold_word(word: str) -> str:
    return fold(word)


def _is_person(words: str) -> bool:
    """No word of the sequence starts an organisation (« Service Mobilité », « Grand Cahors »)."""
    parts = [fold(w.rstrip(".")) for w in words.split()]
    return bool(parts) and not any(p in _NOT_A_PERSON for p in parts)


# Words of functional mailboxes (``transition.ecologique@``, ``service.urbanisme@``).
_MAILBOX_WORDS = frozenset(
    (
        "accueil contact contacts mairie service services direction dgs secretariat info infos "
        "transition ecologique energie energies climat environnement developpement durable "
        "urbanisme communication technique techniques pcaet cop plan mobilite mobilites "
        "habitat dechets eau agriculture economie finances rh cabinet president presidence "
        "courrier admin administration webmaster noreply no reply mission projet projets "
        "territoire territoires agglo agglomeration communaute communes commune ville cc ca "
        "departement region syndicat pole ddt dreal prefecture sg general generale"
    ).split()
)


def names_from_email(address: str) -> str | None:
    """``claire.martin@x.fr`` → ``claire martin`` (a first/last pair), else None.

    Functional mailboxes (``transition.ecologique@``) name nobody and give None.
    """
    local = address.split("@", 1)[0].lower()
    parts = [p for p in re.split(r"[._]", local) if p.isalpha() and len(p) >= 2]
    if len(parts) < 2 or any(fold(p) in _MAILBOX_WORDS for p in parts[:2]):
        return None
    return " ".join(parts[:2])


_LIST_TYPES = (list, tuple, np.ndarray)


def frame_texts(frame: pd.DataFrame) -> set[str]:
    """Every text of a frame, list items included: what ``learn_names`` searches (also the
    publication store's record of the words a kept table holds)."""
    texts: set[str] = set()
    for column in frame.columns:
        series = frame[column]
        if series.dtype != object and not pd.api.types.is_string_dtype(series):
            continue
        values = series.dropna()
        if pd.api.types.infer_dtype(values, skipna=False) == "string":
            texts.update(values.unique())  # plain text columns: distinct values in C
            continue
        flat = itertools.chain.from_iterable(
            v if isinstance(v, _LIST_TYPES) else (v,) for v in values.to_numpy(dtype=object)
        )
        texts.update(v for v in flat if isinstance(v, str))
    return texts


@dataclass
class PersonalDataPolicy:
    """Masks personal data in text; ``known_names`` are full names from private tables."""

    known_names: Iterable[str] = ()
    counts: Counter = field(default_factory=Counter)
    _pairs: set[tuple[str, str]] = field(default_factory=set, init=False, repr=False)
    _firsts: set[str] = field(default_factory=set, init=False, repr=False)
    _cache: dict[str, tuple[str, int, int, int]] = field(
        default_factory=dict, init=False, repr=False
    )
    # Texts :meth:`learn_names` already searched (what they introduce never changes).
    _scanned: set[str] = field(default_factory=set, init=False, repr=False)
    # Set when names were added while masking with the cache kept: its entries may then have
    # been computed with fewer names, so the next :meth:`_add_names` must clear it.
    _stale: bool = field(default=False, init=False, repr=False)
    # Persistent memo (:meth:`load_memo`): see :class:`_Memo`.
    _memo: _Memo | None = field(default=None, init=False, repr=False)
    _version: int = field(default=0, init=False, repr=False)  # bumped when _pairs change
    _last_introduced: tuple[str, ...] = field(default=(), init=False, repr=False)

    def __post_init__(self) -> None:
        self._add_names(self.known_names)

    @property
    def version(self) -> int:
        """Changes whenever the names masked change (learnt beforehand or while masking)."""
        return self._version

    def load_memo(self, path: Path | str) -> None:
        """Reuse the maskings of an earlier run kept at ``path`` (private: it holds raw texts).

        Each kept result is that of the names known then; the entries a change of names can
        alter are dropped before use (:meth:`_Memo.sync`), so a masking with the memo equals
        one from scratch (``tests/assets/test_personal_data_memo.py``). Unreadable, from other
        code or switched off (``COPDIAG_MASK_MEMO=off``): an empty memo.
        """
        self._memo = _Memo.load(Path(path), self._pairs) if memo_enabled() else None

    def save_memo(self, path: Path | str) -> bool:
        """Keep this run's maskings at ``path`` for the next run (only when something new was
        computed or dropped); ``True`` when written."""
        if self._memo is None:
            return False
        return self._memo.save(Path(path), self._pairs, self._version)

    def _add_names(self, names: Iterable[object]) -> None:
        """Add full names; the mask cache is cleared only when the known names changed (or a
        name was added during masking), so a second pass with nothing new reuses it."""
        before = len(self._pairs)
        for name in names:
            if not isinstance(name, str):
                continue
            words = [fold(w) for w in _WORD_RE.findall(name)]
            words = [w for w in words if len(w) >= 2]
            if len(words) < 2:
                continue
            first, last = words[0], words[-1]
            self._pairs.add((first, last))
            self._pairs.add((last, first))
            if len(words) > 2:  # compound first names: « Jean Pierre Martin »
                self._pairs.add((words[-2], last))
        if len(self._pairs) == before and not self._stale:
            return  # same names: every cached result is what masking would give again
        self._firsts = {pair[0] for pair in self._pairs}
        self._version += 1
        self._cache.clear()
        self._stale = False

    def names_introduced_in(self, text: str) -> list[str]:
        """Names a civility or a people-only label introduces in ``text``."""
        found = [m.group(1) for m in _CIVILITY_RE.finditer(text) if len(m.group(1).split()) > 1]
        for match in _LABEL_RE.finditer(text):
            if match.group(1) is not None:
                found += [
                    n.group(0)
                    for n in _NAME_SEQ_RE.finditer(match.group(1))
                    if _is_person(n.group(0))
                ]
        return found

    def learn_names(self, frames: Iterable[pd.DataFrame]) -> None:
        """Remember every name introduced by a civility or a label anywhere in ``frames``, so
        the same person is also masked where nothing announces them (« 31 déc. Jean Dupont »)."""
        texts: set[str] = set()
        for frame in frames:
            texts |= frame_texts(frame)
        texts -= self._scanned  # searched by an earlier call: their names are known already
        self._scanned |= texts
        memo = self._memo
        if memo is None:
            names = [n for t in texts if _may_introduce(t) for n in self.names_introduced_in(t)]
        else:  # what a text introduces depends on the text alone: kept from earlier runs
            names = memo.introduced(texts, self.names_introduced_in)
        self._add_names(names)

    def mask_text(self, text: str, where: tuple[str, str] = ("", "")) -> str:
        """``text`` with e-mails, phones and person names masked; counts kept by ``where``."""
        if not text or len(text) < 5:
            return text
        cached = self._cache.get(text)
        if cached is None:
            memo = self._memo
            pairs, version = self._pairs, self._version
            cached = memo.get(text, pairs, version, self._introduces_new) if memo else None
            if cached is None:
                cached = self._mask(text)
                if memo is not None:  # under the pairs as they are now (names learnt included)
                    memo.put(text, cached, self._last_introduced, self._pairs, self._version)
            if len(self._cache) < 500_000:  # labels, names and codes repeat a lot
                self._cache[text] = cached
        out, n_email, n_phone, n_name = cached
        if n_email:
            self.counts[(*where, "courriel")] += n_email
        if n_phone:
            self.counts[(*where, "téléphone")] += n_phone
        if n_name:
            self.counts[(*where, "nom")] += n_name
        return out

    def _mask(self, text: str) -> tuple[str, int, int, int]:
        out, n_email = EMAIL_RE.subn(EMAIL_MASK, text) if "@" in text else (text, 0)
        out, n_phone = PHONE_RE.subn(PHONE_MASK, out)
        names = 0

        def civility(match: re.Match) -> str:
            nonlocal names
            names += 1
            return match.group(0)[: match.start(1) - match.start(0)] + NAME_MASK

        def person(match: re.Match) -> str:
            nonlocal names
            if not _is_person(match.group(0)):
                return match.group(0)
            names += 1
            return NAME_MASK

        def item(match: re.Match) -> str:
            nonlocal names
            text = match.group(0)
            core = text.strip()
            if not _NAME_ITEM_RE.fullmatch(core) or not _is_person(core):
                return text
            names += 1
            return text.replace(core, NAME_MASK, 1)

        def labelled(match: re.Match) -> str:
            group = 1 if match.group(1) is not None else 2
            rest = match.group(group)
            if group == 1:
                rest = _NAME_SEQ_RE.sub(person, rest)
            else:
                rest = _ITEM_SPLIT_RE.sub(item, rest)
            return match.group(0)[: match.start(group) - match.start(0)] + rest

        self._last_introduced = ()
        if any(c.isupper() for c in out):
            introduced = self.names_introduced_in(out)
            self._last_introduced = tuple(introduced)
            if self._introduces_new(introduced):
                cache = dict(self._cache)
                self._add_names(introduced)  # the same person later in this very text
                self._cache.update(cache)
                self._stale = True  # entries kept from before these names
            out = _CIVILITY_RE.sub(civility, out)
            out = _LABEL_RE.sub(labelled, out)
        if self._pairs:
            out, n = self._mask_known(out)
            names += n
        return out, n_email, n_phone, names

    def _introduces_new(self, introduced: Iterable[str]) -> bool:
        """A name introduced in a text is not known yet (:meth:`_mask` then learns it)."""
        return any(
            tuple(fold(w) for w in _WORD_RE.findall(n)[:2]) not in self._pairs for n in introduced
        )

    def _mask_known(self, text: str) -> tuple[str, int]:
        words = list(_WORD_RE.finditer(text))
        folded = [_fold_word(w.group(0)) for w in words]
        if not self._firsts.intersection(folded):
            return text, 0
        spans: list[tuple[int, int]] = []
        i = 0
        while i < len(words) - 1:
            pair = (folded[i], folded[i + 1])
            between = text[words[i].end() : words[i + 1].start()]
            if pair in self._pairs and between.strip() in ("", ","):
                spans.append((words[i].start(), words[i + 1].end()))
                i += 2
                continue
            i += 1
        for start, end in reversed(spans):
            text = text[:start] + NAME_MASK + text[end:]
        return text, len(spans)

    def mask_value(self, value: object, where: tuple[str, str]) -> object:
        """A cell: strings and lists of strings are masked, anything else is returned as is."""
        if isinstance(value, str):
            return self.mask_text(value, where)
        if isinstance(value, list | tuple | np.ndarray):
            return [self.mask_text(v, where) if isinstance(v, str) else v for v in value]
        return value

    def mask_frame(self, name: str, df: pd.DataFrame) -> pd.DataFrame:
        """Copy of a table with every text and list cell masked."""
        out = df.copy()
        for column in out.columns:
            series = out[column]
            if series.dtype != object and not pd.api.types.is_string_dtype(series):
                continue
            out[column] = self._mask_series(series, (name, str(column)))
        return out

    def _mask_series(self, series: pd.Series, where: tuple[str, str]) -> pd.Series:
        """One call per distinct cell, in order of first appearance (what the per-text cache
        did row by row, so names learnt on the way apply alike); counts weighted by frequency.
        Columns holding lists (unhashable): each distinct text of the lists, in row order."""
        try:
            codes, uniques = pd.factorize(series, use_na_sentinel=True)
        except TypeError:
            return self._mask_list_series(series, where)
        if len(uniques) == len(series):
            return series.map(lambda v: self.mask_value(v, where), na_action="ignore")
        freq = np.bincount(codes[codes >= 0], minlength=len(uniques))
        masked = []
        for value, n in zip(uniques, freq, strict=True):
            masked.append(self.mask_value(value, where))
            if n > 1 and isinstance(value, str) and len(value) >= 5:
                self._count_repeats(value, n - 1, where)
        lookup = np.empty(len(masked) + 1, dtype=object)
        lookup[:-1] = masked
        lookup[-1] = None
        values = lookup[codes]  # code -1 (missing) points at the last slot
        missing = codes < 0
        values[missing] = series.to_numpy(dtype=object)[missing]  # missing cells kept as they were
        return pd.Series(values, index=series.index, name=series.name, dtype=object)

    def _mask_list_series(self, series: pd.Series, where: tuple[str, str]) -> pd.Series:
        """:meth:`mask_value` of every cell of a column holding lists: the texts of all its
        cells (lists flattened) masked once each in order of first appearance, counts weighted
        by frequency — the calls and counts of the row-by-row path, without a call per cell."""
        values = series.to_numpy(dtype=object)
        flat = itertools.chain.from_iterable(
            v if isinstance(v, _LIST_TYPES) else (v,) for v in values
        )
        texts = [v for v in flat if isinstance(v, str)]  # row order, list items in order
        masked = self._mask_texts(texts, where)
        if all(k is v or k == v for k, v in masked.items()):
            # nothing to mask (the common case): the same cells, lists as mask_value makes them
            return pd.Series(
                [v if type(v) is list else list(v) if isinstance(v, _LIST_TYPES) else v
                 for v in values],
                index=series.index, name=series.name, dtype=object,
            )  # fmt: skip
        out = [
            masked[v]
            if isinstance(v, str)
            else [masked[x] if isinstance(x, str) else x for x in v]
            if isinstance(v, list | tuple | np.ndarray)
            else v
            for v in values
        ]
        return pd.Series(out, index=series.index, name=series.name, dtype=object)

    def _mask_texts(self, texts: list[str], where: tuple[str, str]) -> dict[str, str]:
        """Each distinct text masked once, in order of first appearance; the counts of the
        other occurrences added from its result."""
        if not texts:
            return {}
        codes, uniques = pd.factorize(np.asarray(texts, dtype=object), use_na_sentinel=True)
        freq = np.bincount(codes, minlength=len(uniques))
        masked: dict[str, str] = {}
        for value, n in zip(uniques, freq.tolist(), strict=True):
            masked[value] = self.mask_text(value, where)
            if n > 1 and len(value) >= 5:
                self._count_repeats(value, n - 1, where)
        return masked

    def _count_repeats(self, value: str, repeats: int, where: tuple[str, str]) -> None:
        """Count ``repeats`` more occurrences of a text just masked, from its cached result
        (one by one through :meth:`mask_text` when the cache was full)."""
        cached = self._cache.get(value)
        if cached is None:
            for _ in range(repeats):
                self.mask_text(value, where)
            return
        _, n_email, n_phone, n_name = cached
        for kind, k in (("courriel", n_email), ("téléphone", n_phone), ("nom", n_name)):
            if k:
                self.counts[(*where, kind)] += k * repeats

    def summary(self) -> list[dict[str, object]]:
        """What was masked: one row per (table, column, kind) with a count > 0."""
        return [
            {"table": t, "column": c, "kind": k, "count": int(n)}
            for (t, c, k), n in sorted(self.counts.items())
            if n
        ]

    def summary_fr(self) -> str:
        """The same, in one French sentence (for logs and the CLI)."""
        rows = self.summary()
        if not rows:
            return "aucune donnée personnelle trouvée dans les tables publiées"
        parts = [f"{r['count']} {r['kind']} dans {r['table']}.{r['column']}" for r in rows]
        return "données personnelles masquées : " + ", ".join(parts)


def _may_introduce(text: str) -> bool:
    """Only such texts are searched for names a civility or a label introduces."""
    return len(text) > 8 and any(map(str.isupper, text))


# Version of the memo file's layout; the code fingerprint below covers the masking rules.
_MEMO_FORMAT = 1
# Words of the masks themselves: a name made of them could match next to a mask.
_MASK_WORDS = frozenset({"nom", "masque", "courriel", "telephone"})
_LOOSE_RE = re.compile(r"[^a-z0-9%€]+")


def _loose(text: str) -> str:
    """``text`` folded as :func:`sources.values.fold` folds each of its words (accents and
    case removed, anything else than letters and digits a space), without fold's other
    normalisations: every folded word of the text, or of any part of it, is a substring."""
    return _LOOSE_RE.sub(" ", strip_accents(unicodedata.normalize("NFKC", text)).lower())


@lru_cache(maxsize=1)
def _code_fingerprint() -> str:
    """The masking code: a memo written by other rules is not reused."""
    digest = hashlib.sha256(str(_MEMO_FORMAT).encode())
    import sources.values

    for module in (__file__, sources.values.__file__):
        digest.update(Path(module).read_bytes())
    return digest.hexdigest()


def memo_enabled() -> bool:
    """``COPDIAG_MASK_MEMO=off`` (or 0/false/non) masks from scratch every time."""
    return os.environ.get("COPDIAG_MASK_MEMO", "on").strip().lower() not in (
        "off", "0", "false", "non", "no",
    )  # fmt: skip


class _Memo:
    """Maskings kept from one run to the next (a large region masks ~10^5 distinct texts).

    The result of masking a text depends on the text and on the known name pairs alone. Kept
    with each result: the names the text introduces (a civility, a label: masking it learns
    them when they are new, so such a hit is computed again, with that side effect) and the
    text folded as names are (:func:`_loose`). When the known pairs change (a new
    respondent, a questionnaire removed), a result can change only where a pair now
    added or removed can match: the text holds one of its folded words (a substring of
    its loose fold; a word cut by a mask still is); only those results are dropped. A pair
    made of the masks' own words drops everything. What a text introduces (for
    :meth:`PersonalDataPolicy.learn_names`) depends on the text alone and is kept as is.
    """

    def __init__(self, pairs: set[tuple[str, str]]) -> None:
        self.results: dict[str, tuple[str, int, int, int]] = {}
        self.intro: dict[str, tuple[str, ...]] = {}  # in the text masked (results' side effect)
        self.loose: dict[str, str] = {}
        self.learned: dict[str, tuple[str, ...]] = {}  # names_introduced_in (learn_names)
        self.pairs: frozenset[tuple[str, str]] = frozenset(pairs)
        self.used: set[str] = set()
        self.learned_used: set[str] = set()
        self.dirty = False
        self.synced: int | None = None  # the policy's pair version the results hold for

    @classmethod
    def load(cls, path: Path, pairs: set[tuple[str, str]]) -> _Memo:
        memo = cls(pairs)
        try:
            data = marshal.loads(path.read_bytes())
            if data.get("format") != _MEMO_FORMAT or data.get("code") != _code_fingerprint():
                memo.dirty = True
                return memo
            memo.results = data["results"]
            memo.intro = data["intro"]
            memo.loose = data["loose"]
            memo.learned = data["learned"]
            memo.pairs = frozenset(tuple(p) for p in data["pairs"])
        except (OSError, ValueError, EOFError, TypeError, KeyError, AttributeError):
            return cls(pairs)
        return memo

    def sync(self, pairs: set[tuple[str, str]], version: int) -> None:
        """Drop the results the pairs changed since they were kept can alter."""
        if version == self.synced:
            return
        self.synced = version
        if len(pairs) == len(self.pairs) and pairs == self.pairs:
            return
        changed = self.pairs.symmetric_difference(pairs)
        self.pairs = frozenset(pairs)
        self.dirty = True
        words = {w for pair in changed for w in pair}
        if any(part in _MASK_WORDS for w in words for part in w.split()):
            self.results.clear()
            return
        pattern = re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True))))
        search = pattern.search
        for text in [t for t in self.results if search(self._loose_of(t))]:
            del self.results[text]

    def _loose_of(self, text: str) -> str:
        folded = self.loose.get(text)
        if folded is None:
            folded = self.loose[text] = _loose(text)
        return folded

    def get(
        self, text: str, pairs: set[tuple[str, str]], version: int, introduces_new: object
    ) -> tuple[str, int, int, int] | None:
        """The kept result of ``text`` under ``pairs``, or ``None`` (then compute it)."""
        self.sync(pairs, version)
        found = self.results.get(text)
        if found is None:
            return None
        intro = self.intro.get(text)
        if intro and introduces_new(intro):  # type: ignore[operator]
            return None  # masking it learns a name: computed again, as from scratch
        self.used.add(text)
        return found

    def put(
        self,
        text: str,
        result: tuple[str, int, int, int],
        intro: tuple[str, ...],
        pairs: set[tuple[str, str]],
        version: int,
    ) -> None:
        """Keep a result computed under ``pairs`` (names ``text`` introduced included)."""
        self.sync(pairs, version)
        self.results[text] = result
        if intro:
            self.intro[text] = intro
        else:
            self.intro.pop(text, None)
        self.used.add(text)
        self.dirty = True

    def introduced(self, texts: set[str], search: object) -> list[str]:
        """The names ``search`` finds in ``texts`` (kept ones, else searched and kept)."""
        names: list[str] = []
        learned = self.learned
        for text in texts:
            found = learned.get(text)
            if found is None:
                found = tuple(search(text)) if _may_introduce(text) else ()  # type: ignore[operator]
                learned[text] = found
                self.dirty = True
            if found:
                names += found
        self.learned_used |= texts
        return names

    def save(self, path: Path, pairs: set[tuple[str, str]], version: int) -> bool:
        self.sync(pairs, version)
        if (
            not self.dirty
            and self.used >= self.results.keys()
            and self.learned_used >= set(self.learned)
        ):
            return False
        results = {t: self.results[t] for t in self.used if t in self.results}
        data = {
            "format": _MEMO_FORMAT,
            "code": _code_fingerprint(),
            "pairs": sorted(self.pairs),
            "results": results,
            "intro": {t: self.intro[t] for t in results if t in self.intro},
            "loose": {t: self._loose_of(t) for t in results},
            "learned": {t: self.learned[t] for t in self.learned_used if t in self.learned},
        }
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)  # raw texts: private
            with os.fdopen(fd, "wb") as handle:
                handle.write(marshal.dumps(data))
            os.replace(tmp, path)
        except OSError:
            tmp.unlink(missing_ok=True)
            return False
        self.dirty = False
        return True


def known_names_from_warehouse(con, region: str) -> list[str]:  # noqa: ANN001 - DuckDB connection
    """Full names of people the warehouse knows privately for a region.

    Respondents' names and the names behind their and the recipients' contact addresses
    (``prenom.nom@``), plus every name-like column of any ``*_private`` table (the private
    table of people named in Territoires en Transitions files, for one).
    """
    names: list[str] = []
    tables = con.execute(
        "SELECT table_name, column_name FROM information_schema.columns "
        "WHERE table_schema = 'main' AND data_type = 'VARCHAR'"
    ).fetchall()
    by_table: dict[str, list[str]] = {}
    for table, column in tables:
        by_table.setdefault(table, []).append(column)
    for table, columns in by_table.items():
        private = "private" in table or table == "recipients"
        if not private:
            continue
        has_region = "region_code" in columns
        for column in columns:
            lowered = column.lower()
            is_name = any(k in lowered for k in ("name", "nom", "person", "pilote", "elu"))
            is_mail = any(k in lowered for k in ("email", "courriel", "mail"))
            if table == "recipients" and not is_mail:
                continue  # recipients' names are authorities, not people
            if not (is_name or is_mail):
                continue
            sql = f'SELECT DISTINCT "{column}" FROM "{table}"'
            params: list[object] = []
            if has_region:
                sql += " WHERE region_code = ?"
                params = [region]
            for (value,) in con.execute(sql, params).fetchall():
                if not isinstance(value, str) or not value.strip():
                    continue
                if is_mail:
                    for address in EMAIL_RE.findall(value):
                        guessed = names_from_email(address)
                        if guessed:
                            names.append(guessed)
                else:
                    names.append(value)
    return names
