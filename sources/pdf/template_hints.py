"""A TEMPLATE'S GUIDANCE left in the filled document: bracketed hints in a small grey italic.

A « fiche action » or a report template puts a help text under each field label or beside
each figure to type — « [Décrire ici la situation de départ : …] », « [Indiquer le montant
en € HT] » — set apart from the content by its type: square brackets around the whole hint,
an italic, smaller than the body text or grey. The agent types the value in the value cell
and leaves the hint where it is. Read as text, the hint runs onto the label (« Contexte
[Décrire ici …] ») or, beside it on the same lines, onto the value, and no label names its
field any more.

Told by typography and brackets, never by words: a run of characters, consecutive in the
page's text order, all in one size and colour, its letters in an italic (or oblique) face,
the run opening with « [ » and closing with « ] » (blanks aside), holding at least two words,
and set smaller than the page's body text or in a neutral grey. Such a run is the
template's instruction, no part of any label or value, and is set aside before the page is
read. A bracketed note typed in the body's type (« [à confirmer] » in the value's roman or
italic, black, at the body size), a reference « [1] », « [sic] » stay: too short, or not in
a hint's type.
"""

from __future__ import annotations

import re
from typing import Any

from sources.pdf.watermark import without_objects

_SMALLER = 0.9  # a hint's size at most this share of the page's body text size
_GREY = (0.3, 0.85)  # a neutral grey's level (0 black, 1 white)
_NEUTRAL = 0.08  # a grey's channels differ at most by this
_SAME_SIZE = 0.15  # pt: the characters of one run share their size within this
_WORDS = 2  # a hint holds at least this many words (a reference « [1] » does not)
_LETTERS = 8  # and at least this many letters
_ITALIC = re.compile(r"italic|oblique|-it\b|-it$|,it", re.I)


def _italic(char: dict[str, Any]) -> bool:
    return bool(_ITALIC.search(str(char.get("fontname", ""))))


def _grey(colour: Any) -> bool:
    """``colour`` (a pdfplumber non-stroking colour) is a neutral grey, neither black nor
    white."""
    if isinstance(colour, (int, float)):
        values: tuple[float, ...] = (float(colour),)
    elif isinstance(colour, (tuple, list)) and all(isinstance(v, (int, float)) for v in colour):
        values = tuple(float(v) for v in colour)
    else:
        return False
    if len(values) == 1:
        level = values[0]
    elif len(values) == 3:
        if max(values) - min(values) > _NEUTRAL:
            return False
        level = sum(values) / 3
    elif len(values) == 4:  # CMYK: a grey is black ink alone
        if max(values[:3]) > _NEUTRAL:
            return False
        level = 1.0 - values[3]
    else:
        return False
    return _GREY[0] <= level <= _GREY[1]


def _body_size(chars: list[dict[str, Any]]) -> float:
    sizes = sorted(float(c.get("size") or 0.0) for c in chars if str(c.get("text", "")).strip())
    return sizes[len(sizes) // 2] if sizes else 0.0


def _same_type(a: dict[str, Any], b: dict[str, Any]) -> bool:
    size_a, size_b = float(a.get("size") or 0.0), float(b.get("size") or 0.0)
    return (
        abs(size_a - size_b) <= _SAME_SIZE
        and a.get("non_stroking_color") == b.get("non_stroking_color")
        and a.get("upright", True) == b.get("upright", True)
    )


def _runs(chars: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """``chars`` cut into runs of one size and colour, in text order."""
    runs: list[list[dict[str, Any]]] = []
    last: dict[str, Any] | None = None  # the last non-blank character met
    for c in chars:
        blank = not str(c.get("text", "")).strip()
        if runs and (blank or (last is not None and _same_type(last, c))):
            runs[-1].append(c)  # a blank goes with the run it stands in
        else:
            runs.append([c])
        if not blank:
            last = c
    return runs


def _a_hint(run: list[dict[str, Any]], body: float) -> bool:
    """``run`` (one size and colour) is one bracketed hint in a hint's type."""
    marks = [c for c in run if str(c.get("text", "")).strip()]
    if len(marks) < 3 or marks[0]["text"] != "[" or marks[-1]["text"] != "]":
        return False
    inner = "".join(str(c["text"]) for c in marks[1:-1])
    if "[" in inner or "]" in inner:
        return False  # several bracketed stretches: not one hint
    letters = [c for c in marks if str(c["text"]).isalpha()]
    if len(letters) < _LETTERS or not all(_italic(c) for c in letters):
        return False
    text = "".join(str(c["text"]) for c in run).strip("[] ")
    if len(text.split()) < _WORDS:
        return False
    size = float(marks[0].get("size") or 0.0)
    return size <= _SMALLER * body or _grey(marks[0].get("non_stroking_color"))


def hint_chars(chars: list[dict[str, Any]]) -> set[int]:
    """``id`` of the characters of ``chars`` (one page, text order) that are a template's
    bracketed hints (empty when none)."""
    if not any(c.get("text") == "[" for c in chars):
        return set()  # (no bracket: the cheap test first)
    body = _body_size(chars)
    drop: set[int] = set()
    for run in _runs(chars):
        if _a_hint(run, body):
            drop |= {id(c) for c in run}
    return drop


def without_template_hints(page: Any) -> Any:
    """The page without its template's bracketed hints (the page itself when none)."""
    return without_objects(page, hint_chars(page.chars))
