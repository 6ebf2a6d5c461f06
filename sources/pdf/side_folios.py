"""Page numbers printed in a SIDE margin: page furniture, like a footer's folio.

A document laid out for recto-verso printing and binding (Word/Writer « pages en vis-à-vis »,
``w:mirrorMargins``) often sets its page number in the OUTER margin, halfway down the page:
right of the text block on odd pages, left of it on even ones. Read as text, the number sits
on the line of whatever table row it faces and is glued to that row's first or last cell
(« … d'Economie Circulaire 2 », « chambres consulaires 3 ou opérateur »).

The folio is told by its place and value, never by its value alone: ONE page-number text
alone in the page's outer strip, beside the whole text block with a clear gap (no other
word of the page reaches that side of it), whose number is the page's own (give or take a
cover or two). A table's « N° » column has several numbers and shares the text block's
edge; a line-number column has one number per line (:mod:`sources.pdf.line_numbers`).
"""

from __future__ import annotations

import re
from typing import Any

_FOLIO_RE = re.compile(r"(?:page|p\.)?\s*(\d{1,4})(?:\s*(?:/|sur|of)\s*\d{1,4})?", re.IGNORECASE)
_OUTER = 0.15  # of the page width: the strip a side folio lies in
_GAP = 8.0  # pt: least white between the folio and the text block
_BAND = 0.09  # of the page height: the top and bottom bands (running headers and footers)
_OFFSET = 2  # the number may run behind the physical page by this much (unnumbered covers)


def side_folio(words: list[dict[str, Any]], page_no: int, width: float, height: float) -> set[int]:
    """Indices of the ``words`` (a page's, ``page_no`` 1-based, page size in pt) that are the
    page's number printed in a side margin, or nothing. Words of the top and bottom bands
    are left out of the reckoning: a footer's folio is read with its footer."""
    body = [
        i for i, w in enumerate(words) if _BAND * height <= float(w["top"]) <= (1 - _BAND) * height
    ]
    for side in ("left", "right"):
        if side == "left":
            order = sorted(body, key=lambda i: float(words[i]["x0"]))
        else:
            order = sorted(body, key=lambda i: -float(words[i]["x1"]))
        for k in (1, 2, 3):  # the folio's words: the k outermost of the page's body
            group, rest = order[:k], [words[i] for i in order[k:]]
            if not rest:
                break
            if side == "left":
                edge = max(float(words[i]["x1"]) for i in group)
                clear = edge <= width * _OUTER and all(float(w["x0"]) >= edge + _GAP for w in rest)
            else:
                edge = min(float(words[i]["x0"]) for i in group)
                clear = edge >= width * (1 - _OUTER) and all(
                    float(w["x1"]) <= edge - _GAP for w in rest
                )
            if not clear or not _one_line(words, group):
                continue
            line = sorted(group, key=lambda i: float(words[i]["x0"]))
            match = _FOLIO_RE.fullmatch(" ".join(str(words[i]["text"]) for i in line))
            if match is not None and 0 <= page_no - int(match.group(1)) <= _OFFSET:
                return set(line)
    return set()


def _one_line(words: list[dict[str, Any]], group: list[int]) -> bool:
    """Do the words of ``group`` make a single printed line?"""
    tops = [float(words[i]["top"]) for i in group]
    bottoms = [float(words[i]["bottom"]) for i in group]
    return max(tops) < min(bottoms)
