"""Drop caps: a paragraph's first letter set large, floated left over two or three lines.

A web theme (Drupal's, a blog's ``::first-letter``) or a word processor (Writer's « Lettrines »)
may open a paragraph with its first letter in a font two to four times the text's, the
paragraph's first lines wrapping around it. The letter is then its own word, a few points
left of the rest of its word (« N » + « ombre de structures »): it is glued back, the joined
word taking the text's size and top so that it stands on the paragraph's first line.

Told by its shape alone: ONE letter (perhaps with its apostrophe, « L' »), at least
:data:`_RATIO` times the size of the word right after it on the same first line (tops within
a text line's height), that word close after it (less than half the letter's size) and going
on in lower case — or after the apostrophe, any letter. A big initial before a capitalised
word (« A  Mobilité »), or standing apart, is left as printed.
"""

from __future__ import annotations

from typing import Any

_RATIO = 1.8  # a drop cap's size over its text's


def _initial(text: str) -> bool:
    """One letter, perhaps followed by an apostrophe (« L' », « D’ »)."""
    core = text.rstrip("'’")
    return len(core) == 1 and core.isalpha() and core.isupper() and len(text) - len(core) <= 1


def rejoin_drop_caps(words: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``words`` with each drop cap glued to the rest of its word (see the module's doc)."""
    caps = [k for k, w in enumerate(words) if _initial(w["text"])]
    if not caps:
        return words
    joined: dict[int, dict[str, Any]] = {}
    used: set[int] = set()
    for k in caps:
        cap = words[k]
        big = float(cap.get("size") or 0.0)
        best: tuple[float, int] | None = None
        for j, w in enumerate(words):
            size = float(w.get("size") or 0.0)
            if j == k or j in used or not size or size * _RATIO > big:
                continue
            gap = w["x0"] - cap["x1"]
            if not -0.5 <= gap < 0.5 * big or abs(w["top"] - cap["top"]) > 1.2 * size:
                continue
            if best is None or gap < best[0]:
                best = (gap, j)
        if best is None:
            continue
        rest = words[best[1]]
        first = rest["text"][:1]
        apostrophe = cap["text"][-1] in "'’"
        if not (first.isalpha() and (first.islower() or apostrophe)):
            continue
        used |= {k, best[1]}
        joined[best[1]] = {
            **rest,
            "text": cap["text"] + rest["text"],
            "x0": cap["x0"],
        }
    return [joined.get(j, w) for j, w in enumerate(words) if j not in used or j in joined]
