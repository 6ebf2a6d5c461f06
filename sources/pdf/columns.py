"""Implementation-table column vocabulary: header words → canonical column keys.

Tables are recognised by their header words whatever their column order
(``"Ressources à mobiliser"`` → ``"budget"``), never by a known template.
"""

from __future__ import annotations

import re
from functools import lru_cache

from sources.pdf.footnotes import without_calls
from sources.pdf.icons import without_icons
from sources.pdf.paired_labels import known_side
from sources.values import fold

COLUMN_SYNONYMS: dict[str, tuple[str, ...]] = {
    "no": ("n", "no", "num", "numero", "#"),
    # the fiche each row belongs to, in a register of every fiche's steps (one sheet of a
    # workbook, « N° fiche | Etape | … »): the rows go to their fiches
    "fiche": (
        "n fiche",
        "no fiche",
        "n de fiche",
        "numero fiche",
        "numero de fiche",
        "code fiche",
        "ref fiche",
        "reference fiche",
        "n action",
        "no action",
        "code action",
        "numero action",
        "numero de l action",
        "ref action",
    ),
    "step": (
        "etape",
        "etapes",
        "action",
        "actions",
        "sous action",
        "sous actions",
        "intitule",
        "phase",
        "operation",
        "operations",
        "taches",
        "tache",
    ),
    "description": (
        "descriptif",
        "description",
        "contenu",
        "detail",
        "details",
        "modalites",
        "commentaire",
        "commentaires",
    ),
    "planning": (
        "planification",
        "calendrier",
        "echeance",
        "echeances",
        "echeancier",
        "planning",
        "delai",
        "delais",
        "periode",
        "annee",
        "annees",
        "date",
        "dates",
        "duree",
        "horizon",
    ),
    "budget": (
        "ressources",
        "ressource",
        "moyens",
        "budget",
        "budgets",
        "cout",
        "couts",
        "financement",
        "financements",
        "montant",
        "montants",
        "estimation",
    ),
    "owner": (
        "porteur",
        "porteurs",
        "pilote",
        "pilotes",
        "responsable",
        "responsables",
        "maitre d ouvrage",
        "maitrise d ouvrage",
        "pilotage",
        "referent",
    ),
    "partners": (
        "partenaires",
        "partenaire",
        "partenariats",
        "acteurs associes",
        "acteurs mobilises",
    ),
}
_CORE_KEYS = ("step", "description")
_DETAIL_KEYS = ("planning", "budget", "owner", "partners")


@lru_cache(maxsize=8192)  # pure; called for every segment of every line on table pages
def column_key(label: str | None) -> str | None:
    """Canonical column of a header cell (``"Ressources à mobiliser"`` → ``"budget"``); a
    footnote call glued to the label (« Etape¹ ») or an icon before it (« ⚑ Etape ») is no
    part of it."""
    folded = fold(without_calls(without_icons(label)) if label else label)
    if not folded:
        return None
    # a synonym equal to the label or to its first words, or (6 letters or more) a prefix of
    # the label without spaces ("Planificati on": a header word broken in a narrow cell); the
    # longest wins, the first listed among equally long ones. Looked up by prefix in
    # :data:`_SYNONYM_INDEX` rather than by testing every synonym (body text misses the cache).
    by_words, by_compact, compact_lengths = _SYNONYM_INDEX
    hits: list[tuple[int, int, str]] = []
    words = folded.split(" ")
    for n in range(1, len(words) + 1):
        hits += by_words.get(" ".join(words[:n]), ())
    compact = folded.replace(" ", "")
    for length in compact_lengths:
        if length > len(compact):
            break
        hits += by_compact.get(compact[:length], ())
    if hits:
        return min(hits)[2]
    # « Plangintza / Planification »: a header label after its translation
    side = known_side(label, column_key) if label else None
    return column_key(side) if side is not None else None


def keys_in_sequence(texts: list[str | None], known: list[str | None]) -> list[str] | None:
    """A header row's column keys read from its text as ONE string, when its cells' texts
    are cut at the wrong places (a sheet's centred labels wider than their cells, each cell
    holding the end of one label and the start of the next: « PlanificationRe » | « ssources à
    mobilis » | « er Porteur »): the labels found one after the other in the row's text with
    spaces dropped (the longest synonym of 5 letters or more at each place, anything else
    skipped). Given only when as many labels are found as the row has cells, each column once,
    and every key ``known`` from the cells themselves stands in its place; else None."""
    found = labels_in("".join(t or "" for t in texts))
    if len(found) != len(texts) or len(set(found)) != len(found):
        return None
    if any(k is not None and k != f for k, f in zip(known, found, strict=True)):
        return None
    return found


def labels_in(text: str) -> list[str]:
    """The column keys of the labels found one after the other in ``text``, spaces dropped
    (the longest synonym of 5 letters or more at each place, anything else skipped)."""
    compact = fold(without_calls(text)).replace(" ", "")
    found: list[str] = []
    i = 0
    while i < len(compact):
        hit = next(
            ((syn, key) for syn, key in _SEQUENCE_SYNONYMS if compact.startswith(syn, i)),
            None,
        )
        if hit is None:
            i += 1
            continue
        found.append(hit[1])
        i += len(hit[0])
    return found


def _synonym_index() -> tuple[
    dict[str, list[tuple[int, int, str]]], dict[str, list[tuple[int, int, str]]], list[int]
]:
    """Synonyms by text and by text without spaces (those of 6 letters or more), each entry
    (minus length, rank in :data:`COLUMN_SYNONYMS`, key): ``min`` picks the longest, then the
    first listed."""
    by_words: dict[str, list[tuple[int, int, str]]] = {}
    by_compact: dict[str, list[tuple[int, int, str]]] = {}
    rank = 0
    for key, synonyms in COLUMN_SYNONYMS.items():
        for syn in synonyms:
            entry = (-len(syn), rank, key)
            rank += 1
            by_words.setdefault(syn, []).append(entry)
            if len(syn) >= 6:
                by_compact.setdefault(syn.replace(" ", ""), []).append(entry)
    return by_words, by_compact, sorted({len(c) for c in by_compact})


_SYNONYM_INDEX = _synonym_index()
# synonyms of 5 letters or more, spaces dropped, longest first (:func:`keys_in_sequence`)
_SEQUENCE_SYNONYMS = sorted(
    {
        (syn.replace(" ", ""), key)
        for key, synonyms in COLUMN_SYNONYMS.items()
        for syn in synonyms
        if len(syn.replace(" ", "")) >= 5
    },
    key=lambda pair: (-len(pair[0]), pair[0]),
)
# beginnings (6 letters or more, spaces dropped) of the synonyms longer than that: what is left
# of a header label whose last letters a narrow cell sent to the next line with no hyphen
_CUT_STARTS = frozenset(
    compact[:n] for compact in _SYNONYM_INDEX[1] for n in range(6, len(compact))
)


def cut_label_start(text: str | None) -> bool:
    """``text`` is the beginning of a column label cut at a cell's edge with no hyphen
    (« Planificatio », its « n » on the next line): 6 letters or more starting a synonym
    without naming a column itself. :func:`column_key` reads the label once its line below is
    joined (« Planificatio n »)."""
    compact = (fold(text) or "").replace(" ", "")
    return compact in _CUT_STARTS and column_key(text) is None


CUT = "\u00ad"  # where a header cell's word was cut by hand with a hyphen at a line end
_CUT_END_RE = re.compile(r"[^\W\d_]-$")


def ends_cut(text: str) -> bool:
    """A line ending in a word cut by a hyphen (« Plani- »): its cell goes on below."""
    return text[-1:] == "-" and bool(_CUT_END_RE.search(text))


def join_label_line(text: str, more: str) -> str:
    """A header cell's next line joined to it: after a word cut by a hyphen at the line end
    (« Plani- » + « fication ») with no space, the cut marked (:data:`CUT`) for
    :func:`label_key`; else with a space (« Ressources à » + « mobiliser »)."""
    if ends_cut(text):
        return f"{text[:-1]}{CUT}{more}"
    return f"{text} {more}"


def label_key(text: str | None) -> str | None:
    """:func:`column_key` of a header cell joined by :func:`join_label_line`: the words cut
    by hand are tried rejoined (« Plani-fication » → « Planification », « Dé-lai » →
    « Délai »), then with their hyphen (« Maître-d'ouvrage »). A grid cell's text
    (« Plani-\\nfication ») is read the same way."""
    if not text:
        return None
    if "-\n" in text:
        text = text.replace("-\n", CUT)
    if CUT not in text:
        return column_key(text)
    return column_key(text.replace(CUT, "")) or column_key(text.replace(CUT, "-"))


# « Label : » opening a text: a label (letters first, no colon nor line break) and a colon set
# off by a space or ending the text (« Porteur : GACdG », « Partenaires envisagés : »)
_PAIR_LABEL_RE = re.compile(r"^\s*([^\W\d_][^:\n]{0,47}?)\s*:(?!\S)", re.DOTALL)
_MAX_PAIR_LABEL_WORDS = 5


def pair_label(text: str) -> tuple[str | None, int] | None:
    """The column key of the « Label : » opening ``text`` and where its value starts, or None
    when ``text`` opens with no short label (5 words at most, no closing punctuation) and
    colon. The key is None for a label naming no column (« Remarque : »)."""
    match = _PAIR_LABEL_RE.match(text)
    if match is None:
        return None
    label = " ".join(match.group(1).split())
    if len(label.split()) > _MAX_PAIR_LABEL_WORDS or label[-1:] in ".,;!?":
        return None
    return label_key(label), match.end()


# question words a plan may print as the LABELS of a step's details (« Quand : 2020 »,
# « Combien : 5 000 € », « Qui : GACdG », « Avec qui : ADEME »): read only as a whole « Label : »
# opening a pair (:func:`question_pair_label`), never as header words nor inside a sentence,
# where they are ordinary words (« Qui fait quoi », « quand il le faut »)
QUESTION_LABELS: dict[str, str] = {
    "quand": "planning",
    "combien": "budget",
    "qui": "owner",
    "avec qui": "partners",
}


def question_pair_label(text: str) -> tuple[str, int] | None:
    """:func:`pair_label` for a question-word label: the column key of a « Quand : »,
    « Combien : », « Qui : » or « Avec qui : » opening ``text`` (the whole label one of
    :data:`QUESTION_LABELS`) and where its value starts; else None."""
    match = _PAIR_LABEL_RE.match(text)
    if match is None:
        return None
    key = QUESTION_LABELS.get(fold(match.group(1)) or "")
    return None if key is None else (key, match.end())


# a column's own label opening one of its cells, perhaps wrapped onto lines of its own
# (« Ressources à\nmobiliser :\ninterne »): letters first, no colon, a colon set off
_OWN_LABEL_RE = re.compile(r"^\s*([^\W\d_][^:]{0,60}?)\s*:(?!\S)", re.DOTALL)


def without_own_label(text: str | None, key: str, header: str | None = None) -> str | None:
    """``text`` without the label of its OWN column opening it (« Porteur : GACdG » in the
    « Porteur » column → « GACdG »): a responsive page prints each cell's column label
    before its value on narrow screens, the A4 print width among them. The label must be
    the column's printed header label (``header``, folded) or one column synonym as a whole
    (« Phase de concertation : … » under « Etape » and « Etape 1 : … » keep theirs), and a
    value must follow; otherwise (a repeated header cell « Etape : », any other text) None."""
    if not text or key not in COLUMN_SYNONYMS:
        return None
    match = _OWN_LABEL_RE.match(text)
    if match is None:
        return None
    label = fold(" ".join(match.group(1).split())) or ""
    if len(label.split()) > _MAX_PAIR_LABEL_WORDS:
        return None
    own = label == header or any(hit[2] == key for hit in _SYNONYM_INDEX[0].get(label, []))
    value = text[match.end() :].lstrip()
    return value if value and own else None


def without_own_labels(
    cells: dict[str, str | None], least: int = 2, printed: dict[str, set[str]] | None = None
) -> dict[str, str | None]:
    """A steps row's cells without the labels of their own columns opening them, where
    ``least`` cells or more open so (« Ressources à mobiliser : interne », « Partenaires
    envisagés : Trigone »: a responsive page's inline labels read by the page's geometry,
    its header labels unknown there). A label here is any naming its cell's column
    (:func:`column_key`, no digit in it), or, when given, one of the column's ``printed``
    header labels (folded). Two by default: one such cell alone is left as printed unless
    the document is known to print such labels (``least=1`` with its ``printed`` labels)."""
    bare: dict[str, str] = {}
    for key, text in cells.items():
        match = _OWN_LABEL_RE.match(text or "")
        if match is None or key not in COLUMN_SYNONYMS:
            continue
        label = " ".join(match.group(1).split())
        value = (text or "")[match.end() :].lstrip()
        if printed is not None:
            own = fold(label) in printed.get(key, set())
        else:
            own = (
                len(label.split()) <= _MAX_PAIR_LABEL_WORDS
                and not any(ch.isdigit() for ch in label)
                and column_key(label) == key
            )
        if value and own:
            bare[key] = value
    return {**cells, **bare} if len(bare) >= least else cells


def labelled_value(text: str | None) -> tuple[str, str] | None:
    """(column key, value) of a text that is ONE « Label : value » naming a detail column
    (« Planification : 2020 et + », « Porteur : GACdG »): a table row spanning the columns that
    gives a column's value to the rows under it. None for a label naming a step or description
    column (« Phase 1 : diagnostic » is a phase title), for no label, or an empty value."""
    found = pair_label(text or "")
    if found is None or found[0] not in _DETAIL_KEYS:
        return None
    value = " ".join((text or "")[found[1] :].split())
    return (found[0], value) if value else None


def _rank(label: str | None, key: str) -> int:
    """How far down ``key``'s synonyms ``label`` is named (0: « Etape », « Planification »;
    later: « Phase », « Date de réalisation »); past the end when it is not found."""
    folded = fold(without_calls(without_icons(label)) if label else label) or ""
    synonyms = COLUMN_SYNONYMS.get(key, ())
    for rank, synonym in enumerate(synonyms):
        if folded == synonym or folded.startswith(synonym + " "):
            return rank
    return len(synonyms)


def distinct_keys(
    keys: list[str], body: list[list[str | None]], labels: list[str | None] | None = None
) -> list[str]:
    """``keys`` with each column key held by two columns or more kept by ONE of them: the
    column with the most filled body cells, on a tie the one whose label (``labels``, the
    header's) is the plainer synonym (« Etape » over « Phase », « Planification » over « Date
    de réalisation »), then the last, as a row read column by column would keep it; the
    others become ``col<i>``. A monitoring template adds « Date de réalisation » (a planning label) after
    « Planification », left empty: read as a second planning column it would overwrite the
    first with its empty cells."""
    seen: dict[str, list[int]] = {}
    for i, key in enumerate(keys):
        if not key.startswith("col"):
            seen.setdefault(key, []).append(i)
    if all(len(columns) == 1 for columns in seen.values()):
        return keys
    out = list(keys)
    for key, columns in seen.items():
        if len(columns) < 2:
            continue
        filled = [
            sum(1 for row in body if i < len(row) and (row[i] or "").strip()) for i in columns
        ]
        named = [_rank(labels[i] if labels and i < len(labels) else None, key) for i in columns]
        best = max(zip(filled, (-r for r in named), columns, strict=True))
        keep = best[2]  # the most filled, then the most plainly named, then the last
        for i in columns:
            if i != keep:
                out[i] = f"col{i}"
    return out


def is_header(keys: list[str | None]) -> bool:
    """A header row names a step/description column and at least two detail columns."""
    found = {k for k in keys if k}
    return bool(found & set(_CORE_KEYS)) and len(found & set(_DETAIL_KEYS)) >= 2


def is_part_header(keys: list[str | None]) -> bool:
    """The header of ONE PART of a steps table split in two (« Etape | Descriptif », or
    « Etape | Descriptif | Planification » when a web editor's table takes four columns at
    most): a step column, a description column and at most one detail column, nothing else.
    Such a part only holds some of the steps' cells; the sheet reader joins it to the table
    naming the same steps (:mod:`sources.action_plan.parts`)."""
    if len(keys) == 2:
        return keys[0] == "step" and keys[1] == "description"
    return len(keys) == 3 and keys[:2] == ["step", "description"] and keys[2] in _DETAIL_KEYS


def text_has_part_header(text: str) -> bool:
    """Triage on a page's fast text: a line holding only a step and a description label
    (« Etape Descriptif », :func:`is_part_header`), the header of one part of a steps table
    split in two."""
    for raw in text.splitlines():
        words = fold(raw).split()
        if len(words) in (2, 3) and is_part_header([column_key(w) for w in words]):
            return True
    return False


# the words ending a column label wrapped onto a second line (« Ressources | à mobiliser »,
# « Partenaires | envisagés », « Budget | prévisionnel », « Moyens | humains et financiers »)
_LABEL_TAILS = frozenset(
    "a mobiliser envisages envisage associes mobilises previsionnel previsionnels estime "
    "estimes humains humaines et financiers financieres de d du en oeuvre ouvrage".split()
)
_LABEL_WORDS = _LABEL_TAILS | frozenset(
    w for syns in COLUMN_SYNONYMS.values() for syn in syns for w in syn.split()
)


def label_words_only(text: str) -> bool:
    """Every word of ``text`` is a word of some column label (« à mobiliser », « envisagés »:
    the second line of a wrapped header label), so the text may be part of a header."""
    words = (fold(text) or "").split()
    return bool(words) and all(w in _LABEL_WORDS for w in words)


def text_has_table_header(text: str) -> bool:
    """Triage on a page's fast text: does it contain implementation-table header words?
    Words PDFium found cut by a hyphen at a line end (its mark U+FFFE, or U+0002) are also
    read rejoined (« Plani\\ufffefication » → « Planification »)."""
    tokens = set(fold(text).split())
    if "\ufffe" in text or "\x02" in text:
        tokens |= set(fold(text.replace("\ufffe", "").replace("\x02", "")).split())
    # a label cut INSIDE a word at a narrow header cell's edge, no hyphen (« Port » / « eur »,
    # « Partenair » / « es »): the last word of a line joined to the first of the next
    lines = [fold(ln).split() for ln in text.splitlines()]
    tokens |= {a[-1] + b[0] for a, b in zip(lines, lines[1:], strict=False) if a and b}
    found = {
        key
        for key, syns in COLUMN_SYNONYMS.items()
        if key != "no"
        for syn in syns
        if " " not in syn and syn in tokens
    }
    spaced = " ".join(filter(None, (_letter_spaced(lines), _stacked(lines))))
    if spaced:  # « E t a p e D e s c r i p t i f »: labels looked for inside the letters
        found |= {
            key
            for key, syns in COLUMN_SYNONYMS.items()
            if key != "no"
            for syn in syns
            if len(syn) >= 5 and " " not in syn and syn in spaced
        }
    return bool(found & set(_CORE_KEYS)) and len(found & set(_DETAIL_KEYS)) >= 2


def _stacked(lines: list[list[str]]) -> str:
    """The letters of runs of four or more one-letter lines run together: a header's labels
    stacked one letter under another (:mod:`sources.pdf.stacked_letters`), which a text engine
    gives a letter a line."""
    runs: list[str] = []
    run: list[str] = []
    for words in [*lines, []]:
        if len(words) == 1 and len(words[0]) == 1:
            run.append(words[0])
            continue
        if len(run) >= 4:
            runs.append("".join(run))
        run = []
    return " ".join(runs)


def letter_rows(text: str) -> bool:
    """Does a page's fast text hold four lines in a row made only of one-letter words? (labels
    stacked letter under letter side by side, which a text engine reads row by row: « E D P R
    P P », « t e l e o a »; their words are joined on the page's lines,
    :mod:`sources.pdf.stacked_letters`)."""
    run = 0
    for raw in text.splitlines():
        words = raw.split()
        run = run + 1 if words and all(len(w) == 1 for w in words) else 0
        if run >= 4:
            return True
    return False


def _letter_spaced(lines: list[list[str]]) -> str:
    """The letters of a page's letter-spaced lines run together (a character spacing makes
    a text engine put a space between every two letters: « E t a p e »), one run per block of
    such lines (a header's labels wrapped inside their words go on on the next line)."""
    runs: list[str] = []
    run = ""
    for words in lines:
        if sum(1 for w in words if len(w) == 1) >= max(3, (2 * len(words)) // 3):
            run += "".join(words)
        elif run:
            runs.append(run)
            run = ""
    if run:
        runs.append(run)
    return " ".join(runs)
