"""A progress table written as SENTENCES: one bulleted line per row, no table.

A summary slide may give the referential's progress as a list rather than a table: « ■
Planification territoriale : 58,7 pts restants (27 % réalisé, 16,4 % programmé) » for an
axis, « – Urbanisme : 15,9 pts restants (22,2 % réalisé, 12,4 % programmé) » for a sub-axis
under it, a long label wrapping over two lines. Each such line (its wrapped lines joined up
to the closing bracket) is a row: the label (its code kept), the points remaining, % done
and % programmed, named by their own words. The rows standing furthest left (or, all at one
edge, those of the bullet met first) are axes, the others sub-axes; three rows at least make
a table. Nothing else on the slide is read so.
"""

from __future__ import annotations

import re

from sources.cot.pages import _join_words, _Page, _Word

_NUM = r"(\d{1,4}(?:[,.]\d{1,2})?)"
_RECORD_RE = re.compile(
    rf"^(?P<bullet>[■□▪▫●○•◦–—\-*►▸▶▼]?)\s*(?P<label>.+?)\s*:\s*{_NUM}\s*pts?\.?\s+restants?\s*"
    rf"\(\s*{_NUM}\s*%\s*r[ée]alis[ée]s?\s*[,;]\s*{_NUM}\s*%\s*programm[ée]s?\s*\)\s*$",
    re.IGNORECASE,
)
_OPENS_RE = re.compile(r"^[■□▪▫●○•◦–—\-*►▸▶▼]\s*\S")
_MIN_ROWS = 3
_MAX_WRAP = 3  # lines a row's text may take


def sentence_rows(
    page: _Page,
) -> tuple[list[tuple[str, _Word, str, str, str, str]], int, int] | None:
    """The slide's rows written as sentences: (level, first word, label, points, % done,
    % programmed) each, and the first and last line indexes they take; None under
    ``_MIN_ROWS`` rows."""
    found: list[tuple[float, str, _Word, str, tuple[str, str, str], int, int]] = []
    i = 0
    lines = page.lines
    while i < len(lines):
        text = _join_words(lines[i])
        if not _OPENS_RE.match(text) and not found:
            i += 1
            continue
        joined, end = text, i
        match = _RECORD_RE.match(joined)
        while match is None and end + 1 < len(lines) and end - i + 1 < _MAX_WRAP:
            end += 1
            joined = f"{joined} {_join_words(lines[end])}"
            match = _RECORD_RE.match(joined)
        if match is None:
            i += 1
            continue
        first = lines[i][0]
        found.append(
            (
                first.x0,
                match.group("bullet"),
                first,
                match.group("label"),
                (match.group(3), match.group(4), match.group(5)),
                i,
                end,
            )
        )
        i = end + 1
    if len(found) < _MIN_ROWS:
        return None
    left = min(f[0] for f in found)
    indented = any(f[0] > left + 3.0 for f in found)
    first_bullet = found[0][1]
    rows = []
    for x0, bullet, word, label, (points, done, programmed), _, _ in found:
        axis = x0 <= left + 3.0 if indented else bullet == first_bullet
        rows.append(("axis" if axis else "sub_axis", word, label, points, done, programmed))
    return rows, found[0][5], found[-1][6]
