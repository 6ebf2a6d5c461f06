"""What a sheet accumulates while it is read, and how its field texts become values
(lists of indicators, audiences, regulatory links; per-year step amounts).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from sources.action_plan.labels import (
    _BULLET_RE,
    _INDICATOR_SPLIT_RE,
    _TITLE_WORD_SPLIT_RE,
    _UNIT_GLUE_WORDS,
    _UNIT_START_RE,
)
from sources.pdf.cells import cut_anywhere, join_page_cut, join_wrapped
from sources.pdf.content import Line, TableRow
from sources.records import StepRecord
from sources.values import fold, normalize_text, split_list


@dataclass
class _Part:
    page: int
    top: float
    x0: float
    x1: float
    text: str
    seq: int = 0  # the line's place in a page read column by column (else 0: top-down)


@dataclass
class _Field:
    key: str
    page: int
    band: int | None
    top: float
    parts: list[_Part] = field(default_factory=list)
    lines: list[tuple[Line, _Part]] = field(default_factory=list)  # plain lines appended


@dataclass
class _Sheet:
    code: str
    page: int
    title: str
    axis: str | None
    objective_code: str | None
    objective_label: str | None
    has_body: bool = False
    fields: list[_Field] = field(default_factory=list)
    rows: list[TableRow] = field(default_factory=list)
    order: int = 0
    # rows of a « Etape | Descriptif » part of the steps table, joined to the rows on their
    # step names when the sheet ends (:mod:`sources.action_plan.parts`)
    parts: list[list[TableRow]] = field(default_factory=list)


def _join_parts(
    parts: list[_Part], rights: Mapping[int, float] | None = None, anywhere: bool = False
) -> str | None:
    """Join visual lines: soft wrap (line reaching the column's right edge, or next line starting
    in lower case) → space; otherwise a hard break (new item / paragraph) → newline.
    ``rights``: per page, the right edge of the column the lines stand in, as far as the
    fiche's other values reach (a word cut at that edge, anywhere, by a browser told to break
    words — « d'e » / « ntreprises » — is joined when the word list or the document knows the
    whole word: :func:`sources.pdf.cells.join_wrapped`; with ``anywhere``, the document's
    lines are broken so throughout, and a cut is joined where the next line starts with no
    word at all: :func:`sources.pdf.cells.cut_anywhere`)."""
    parts = [p for p in parts if p.text.strip()]
    if not parts:
        return None
    parts.sort(key=lambda p: (p.page, p.seq, p.top))
    right = max(p.x1 for p in parts)
    left = min(p.x0 for p in parts)
    slack = max(15.0, 0.12 * (right - left))
    listed = _one_line_items(parts)
    out = parts[0].text
    for prev, part in zip(parts, parts[1:], strict=False):
        text = part.text.strip()
        cut_at_hyphen = out[-1:] == "-" and out[-2:-1].isalpha()  # « Eviter-Réduire- »
        if rights is not None and text[:1].isalnum() and _at_edges(prev, part, rights, left):
            glued = join_wrapped([out, text], [False, True])
            if glued == out + text or (anywhere and cut_anywhere(out, text)):
                out = out + text  # a word cut at the column's edge
                continue
        starts_item = bool(_BULLET_RE.match(text)) or (
            (text[:1].isupper() or text[:1].isdigit() or text[:1] in '%«"')
            and (prev.x1 < right - slack or listed or _next_word_fits(prev, part, right))
            and not cut_at_hyphen
        )
        if starts_item:
            out += "\n" + text
        elif _broken_at_space(prev, text, right - left):
            out += " " + text
        else:
            out = join_wrapped([out, text])
    return normalize_text(out)


def _at_edges(prev: _Part, part: _Part, rights: Mapping[int, float], left: float) -> bool:
    """``prev`` reaches its column's right edge (less than a character and a half short of
    it) and ``part``, on the same page, starts at the column's left edge."""
    edge = rights.get(prev.page)
    if edge is None or part.page != prev.page or part.x0 > left + 2:
        return False
    per_char = (prev.x1 - prev.x0) / max(len(prev.text), 1)
    return prev.x1 >= edge - 1.5 * per_char


def cuts_at_edges(sheets: list[_Sheet]) -> int:
    """How many of the fiches' value lines reaching their column's edge end inside a word
    the next line ends (known to the word list or written whole in the document): a few
    tell a document whose lines a browser breaks anywhere (``word-break: break-all``)."""
    count = 0
    for sheet in sheets:
        rights = value_rights(sheet.fields)
        for fld in sheet.fields:
            parts = sorted(
                (p for p in fld.parts if p.text.strip()), key=lambda p: (p.page, p.seq, p.top)
            )
            if len(parts) < 2:
                continue
            left = min(p.x0 for p in parts)
            for prev, part in zip(parts, parts[1:], strict=False):
                text = part.text.strip()
                if (
                    _at_edges(prev, part, rights, left)
                    and join_wrapped([prev.text, text], [False, True]) == prev.text + text
                ):
                    count += 1
    return count


def value_rights(fields: list[_Field]) -> dict[int, float]:
    """Per page, the right edge of the fiche's value lines (the widest line's end)."""
    rights: dict[int, float] = {}
    for fld in fields:
        for p in fld.parts:
            rights[p.page] = max(rights.get(p.page, 0.0), p.x1)
    return rights


# a line ending on one of these was cut before its next word (« … avec l'appui de la » /
# « Région Occitanie »): never the end of a list item
_GLUE_WORDS = frozenset(
    "à au aux avec chez d' dans de des du en entre et l' la le les leur leurs ou par pour "
    "sa sans selon ses son sous sur un une vers".split()
)


_SENTENCE_END_RE = re.compile(r"[a-zé)»][.!?]\s+[A-ZÉÈÀÇ]")


def _ends_glued(text: str) -> bool:
    """``text`` ends on a mark or a word that its next line goes on from: a comma, a hyphen,
    an apostrophe, an opening bracket, a slash, a function word; or on a full stop (a
    sentence goes on with the next one: prose, no list)."""
    text = text.rstrip()
    if not text or text[-1] in ",-'’(/&+.!?…:":
        return True
    last = text.split()[-1].lower()
    return last in _GLUE_WORDS or last.endswith(("'", "’"))


def _starts_capital(text: str) -> bool:
    text = _BULLET_RE.sub("", text.strip())
    return text[:1].isupper()


def _one_line_items(parts: list[_Part]) -> bool:
    """A list of items of a line or so each (« Foyers accompagnés » / « Logements sociaux
    rénovés… »), not a wrapped text: all its lines at one left edge; three lines at least
    opening on a capital letter (items), the first among them, more than the lines opening in
    lower case (an item's wrapped lines); no sentence ending inside a line (« … 2021. Les »);
    no line before an item ending on a mark or a word its next line would go on from (a
    comma, a function word, a full stop between two sentences: prose). Items of similar
    length reach the column's right edge as a wrapped line does: their breaks are the
    list's, not wraps."""
    if len(parts) < 3:
        return False
    left = min(p.x0 for p in parts)
    if any(p.x0 > left + 2 for p in parts):
        return False
    capital = [_starts_capital(p.text) for p in parts]
    items = sum(capital)
    if not capital[0] or items < 3 or items <= len(parts) - items:
        return False
    if any(_SENTENCE_END_RE.search(p.text) for p in parts):
        return False  # sentences: prose
    return not any(
        _ends_glued(prev.text) for prev, item in zip(parts, capital[1:], strict=False) if item
    )


def _next_word_fits(prev: _Part, part: _Part, right: float) -> bool:
    """The next line's first word would have fit at the end of ``prev`` (its room to the
    column's right edge, as far as the lines reach, wider than the word and a space by a
    fifth): the line was ended by hand, not wrapped. Widths are estimated from each line's
    own mean character width; a line ending on a glue word or mark is always wrapped."""
    text = part.text.strip()
    first = text.split(" ")[0]
    if not first or _ends_glued(prev.text):
        return False
    per_char = (part.x1 - part.x0) / max(len(text), 1)
    room = right - prev.x1
    return room > 1.2 * per_char * (len(first) + 1)


def _broken_at_space(prev: _Part, text: str, width: float) -> bool:
    """« … critères environnementaux pertinents » / « , hiérarchiser … »: a line starting
    with a comma or a full stop and a space, under a line of several words in a column far
    wider than its last word, was broken at the space the author wrote before the
    punctuation. A word is cut at the column edge (« participatives » / « ) », the
    punctuation glued to it) only when it is too wide for the column."""
    if text[:1] not in ",." or text[1:2] != " ":
        return False
    words = prev.text.split()
    if len(words) < 2 or not words[-1][-1:].isalnum():
        return False
    per_char = (prev.x1 - prev.x0) / max(len(prev.text), 1)
    return 2 * per_char * len(words[-1]) < width


def _items(text: str | None) -> list[str]:
    if not text:
        return []
    items = []
    for raw in text.split("\n"):
        item = _BULLET_RE.sub("", raw).strip(" ;•·-")
        if item:
            items.append(item)
    return items


def _split_unit_starts(text: str) -> list[str]:
    """Cut before an indicator that starts with its unit ("% marchés ... CO2 t eq CO2
    évitées"); a unit after a number or a function word ("50 t eq", "en MWh") stays inside."""
    pieces, start = [], 0
    for match in _UNIT_START_RE.finditer(text):
        before = text[: match.start()].split()
        last = before[-1] if before else ""
        if not last or re.fullmatch(r"[\d\s.,]+", last) or last.endswith(("'", "’")):
            continue
        if fold(last) in _UNIT_GLUE_WORDS:
            continue
        pieces.append(text[start : match.start()])
        start = match.end()
    pieces.append(text[start:])
    return pieces


def _indicators(text: str | None) -> list[str]:
    out: list[str] = []
    for item in _items(text):
        for part in re.split(r"\s*;\s*", item):
            for piece in _INDICATOR_SPLIT_RE.split(part):
                out += [p.strip(" ,.") for p in _split_unit_starts(piece) if p.strip(" ,.")]
    return out


def _regulatory(text: str | None) -> list[str]:
    out: list[str] = []
    for item in _items(text):
        for part in split_list(item, ",;"):
            out += [p.strip(" ,.") for p in _TITLE_WORD_SPLIT_RE.split(part) if p.strip(" ,.")]
    return out


def _audiences(text: str | None) -> list[str]:
    out: list[str] = []
    for item in _items(text):
        out += [p.strip(" .") for p in split_list(item, ",;") if p.strip(" .")]
    return out


def _join_cells(top: dict[str, str | None], bottom: dict[str, str | None]) -> dict[str, str | None]:
    """Cells of a row cut in two (page break, split wrapped text): text of both parts in order;
    a cell merged with the one above (``None``) in both parts stays ``None``."""
    out = dict(top)
    for key, value in bottom.items():
        if value:
            # « éco- » at the page bottom + « responsables »: one word cut at its hyphen;
            # « GACd » + « G »: one word cut inside a narrow cell
            out[key] = join_page_cut(top[key], value) if top.get(key) else value
        elif key not in out:
            out[key] = value
    return out


def _annual_only(steps: list[StepRecord]) -> float | None:
    """Per-year amounts of the steps whose years are not both known: kept apart (€/an), never
    added to ``total_budget_eur`` as if they were one-off amounts."""
    amounts = [
        s.budget_eur_per_year
        for s in steps
        if s.budget_eur_per_year is not None and s.budget_eur is None
    ]
    return float(sum(amounts)) if amounts else None
