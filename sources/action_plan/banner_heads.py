"""A fiche's heading set as a BANNER: a two-cell row with the kicker « FICHE » over the code
in its left cell and the title in its right cell.

A Word template may head each fiche with a one-row table: a dark left cell holding a small
« FICHE » over a big « 1.1.2 », a pale right cell holding « Objectif opérationnel : Etendre
l'expérimentation … ». Read line by line, the kicker and the title's first line share a
line (« FICHE | Objectif opérationnel : … »), the code stands on a line of its own and the
title's next line on another: no line reads as a fiche heading, and the fiche's fields and
steps go to the fiche before.

The lines of one band (one row of a ruled table) whose first line opens with a fiche kicker
alone in its segment are read as one heading line when the text stacked under the kicker
(segments overlapping it across), read down, is the kicker and a code and nothing else
(« FICHE 1.1.2 »), and every other segment stands right of it, the title read down (it may
start above the kicker, on its line or on the code's: centred in its cell). Entries of a
sommaire set so (« FICHE | title » over « 1.4.1 », the next entry under it) are a list, not
a banner: a fiche entry a few lines above or below leaves them as read.
"""

from __future__ import annotations

import re
from dataclasses import replace

from sources.action_plan.labels import _FICHE_RE
from sources.pdf.content import Line, Segment

_KICKER_RE = re.compile(r"^\s*(?:fiche(?:[\s-]+actions?)?|action)\s*(?:n\s*[°o.º]?)?\s*$", re.I)
_EDGE = 2.0  # pt: slack on the title's left edge
_GAP = 1.5  # line sizes: the largest blank between two lines of one banner
_NEAR = 3  # lines: how far a neighbouring fiche entry makes the banner a list's entry


def banner_headings(lines: list[Line]) -> list[Line]:
    """``lines`` with each fiche banner's lines read as one heading line."""
    out: list[Line] = []
    i = 0
    while i < len(lines):
        found = _banner(lines, i)
        if found is None:
            out.append(lines[i])
            i += 1
            continue
        heading, before, i = found
        del out[len(out) - before :]  # the title's first lines, set above the kicker
        out.append(heading)
    return out


def _banner(lines: list[Line], i: int) -> tuple[Line, int, int] | None:
    """The heading read from the banner whose kicker opens ``lines[i]``, how many lines
    before it belong to it and the index of the first line after it; or None."""
    first = lines[i]
    if first.band is None or not _kicker(first):
        return None
    kicker = first.segments[0]
    k = i
    while k > 0 and _same_banner(lines[k - 1], lines[k]):
        if any(s.x0 < kicker.x1 for s in lines[k - 1].segments):
            break
        k -= 1  # a line of the title only, above the kicker (a title centred in its cell)
    run = lines[k : i + 1]
    j = i + 1
    while j < len(lines):
        if not _same_banner(run[-1], lines[j]) or _kicker(lines[j]):
            break
        run.append(lines[j])
        j += 1
    if _listed_near(lines, k, -1) or _listed_near(lines, j - 1, 1):
        return None  # one entry of a list of fiches (a sommaire in a table): no banner
    segments = [s for line in run for s in line.segments]
    left = [s for s in segments if s.x0 < kicker.x1 and s.x1 > kicker.x0]  # stacked under it
    right = [s for s in segments if s.x0 >= kicker.x1]
    if len(left) + len(right) != len(segments) or len(left) < 2 or not right:
        return None
    edge = min(s.x0 for s in right)
    if any(s.x1 >= edge - _EDGE for s in left):
        return None
    head = " ".join(s.text.strip() for s in left)
    m = _FICHE_RE.match(head)
    if m is None or m.group(4).strip():
        return None  # not « FICHE 1.1.2 » alone
    title = " ".join(s.text.strip() for s in right)
    code = Segment(min(s.x0 for s in left), max(s.x1 for s in left), head, left[0].bold)
    named = Segment(edge, max(s.x1 for s in right), title, right[0].bold)
    heading = replace(first, top=run[0].top, bottom=run[-1].bottom, segments=[code, named])
    return heading, i - k, j


def _kicker(line: Line) -> bool:
    return bool(line.segments) and bool(_KICKER_RE.match(line.segments[0].text))


def _listed(line: Line) -> bool:
    """Is ``line`` a fiche's entry (a kicker alone, or « FICHE 1.4.1 … »)?"""
    return _kicker(line) or _FICHE_RE.match(line.text) is not None


def _listed_near(lines: list[Line], at: int, step: int) -> bool:
    """Is there a fiche's entry among the few lines of the same band just before (``step``
    -1) or after (+1) ``lines[at]``?"""
    k = at
    for _ in range(_NEAR):
        n = k + step
        if not 0 <= n < len(lines):
            return False
        if not _same_banner(*((lines[n], lines[k]) if step < 0 else (lines[k], lines[n]))):
            return False
        if _listed(lines[n]):
            return True
        k = n
    return False


def _same_banner(line: Line, below: Line) -> bool:
    return (
        below.page == line.page
        and below.band == line.band
        and below.top - line.bottom <= _GAP * max(line.size, below.size)
    )
