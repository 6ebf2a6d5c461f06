"""Marks printed around labels that are no part of them.

A word processor's bulleted list of field labels prints a glyph (« ■ », « • ») before each
label: the label is still the label. A numbered caption (« Tableau 3 : Modalités de mise en
oeuvre », Writer's « Insérer une légende ») set above a table in place of a heading announces
the table's section just as the heading would.
"""

from __future__ import annotations

import re
from dataclasses import replace

from sources.action_plan.labels import _field_key
from sources.pdf.content import Line, Segment

# list bullets (not a dash nor a number: those start value items and numbered headings too)
_BULLETS = "•·▪▫●○◦■□◆◇❖➢➤►▸‣✓✔→"
_CAPTION_RE = re.compile(
    r"^\s*(?:tableau|table|figure|illustration)\s*(?:n\s*[°o.º]\s*)?\d{1,3}\s*[:.\-–—]\s*(\S.*)$",
    re.IGNORECASE,
)


def unbulleted_label(line: Line) -> Line:
    """``line`` without the bullet glyph printed before a field label (the whole label alone,
    or before « : value »), else ``line`` itself: a bulleted value item stays as printed."""
    segments = line.segments
    if not segments:
        return line
    first = segments[0]
    text = first.text.lstrip()
    if not text or text[0] not in _BULLETS:
        return line
    rest = text[1:].lstrip()
    if rest:
        words = first.words[1:] if first.words and first.words[0][2].strip() in _BULLETS else []
        x0 = words[0][0] if words else first.x0
        new = [Segment(x0, first.x1, rest, first.bold, words, first.lead_bold), *segments[1:]]
    elif len(segments) > 1:  # the bullet set off as a segment of its own
        new = list(segments[1:])
    else:
        return line
    label = new[0].text
    head, sep, _ = label.partition(":")
    if not label[:1].isupper() or _field_key(head if sep else label) is None:
        return line
    return replace(line, x0=new[0].x0, segments=new)


def caption_title(text: str) -> str | None:
    """The title a numbered caption announces (« Tableau 2 : Modalités de mise en oeuvre »
    → « Modalités de mise en oeuvre »), else None."""
    match = _CAPTION_RE.match(" ".join(text.split()))
    return match.group(1) if match else None
