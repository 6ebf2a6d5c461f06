"""Marks printed around labels that are no part of them.

A word processor's bulleted list of field labels prints a glyph (« ■ », « • ») before each
label, a web page an icon (« ℹ Contexte », « ⚖ Liens avec les objectifs réglementaires »):
the label is still the label. A numbered caption (« Tableau 3 : Modalités de mise en
oeuvre », Writer's « Insérer une légende ») set above a table in place of a heading announces
the table's section just as the heading would.
"""

from __future__ import annotations

import re
from dataclasses import replace

from sources.action_plan.labels import _field_key, _label_prefix_key
from sources.pdf.content import Line, Segment
from sources.pdf.icons import icon_prefix

# list bullets (not a dash nor a number: those start value items and numbered headings too)
_BULLETS = "•·▪▫●○◦■□◆◇❖➢➤►▸‣✓✔→"
_CAPTION_RE = re.compile(
    r"^\s*(?:tableau|table|figure|illustration)\s*(?:n\s*[°o.º]\s*)?\d{1,3}\s*[:.\-–—]\s*(\S.*)$",
    re.IGNORECASE,
)


def _mark_length(text: str) -> int:
    """Length of the mark opening ``text``: a list bullet, or icon glyphs (« ℹ », « ⚖ »,
    :mod:`sources.pdf.icons`, glued to the label or not); 0 for none."""
    if text[:1] in _BULLETS:
        return 1
    return icon_prefix(text)


def unbulleted_label(line: Line) -> Line:
    """``line`` without the bullet glyph or the icon printed before a field label (the whole
    label alone or before « : value », or the first words of a label wrapped beside its
    value), else ``line`` itself: a bulleted value item stays as printed."""
    segments = line.segments
    if not segments:
        return line
    first = segments[0]
    text = first.text.lstrip()
    cut = _mark_length(text) if text else 0
    if not cut:
        return line
    rest = text[cut:].lstrip()
    if rest:
        words = list(first.words)
        while words and _mark_length(words[0][2].strip()) >= len(words[0][2].strip()):
            words.pop(0)  # the mark set as a word of its own
        if words and _mark_length(words[0][2]):  # the mark glued to the label's first word
            x0, x1, word = words[0]
            words[0] = (x0, x1, word[_mark_length(word) :].lstrip())
        x0 = words[0][0] if words else first.x0
        new = [Segment(x0, first.x1, rest, first.bold, words, first.lead_bold), *segments[1:]]
    elif len(segments) > 1:  # the mark set off as a segment of its own
        new = list(segments[1:])
    else:
        return line
    label = new[0].text
    head, sep, _ = label.partition(":")
    if not label[:1].isupper():
        return line
    # a label wrapped beside its value: its first words name it (« ◎ Objectifs et résultats »
    # | value, « attendus » on the next line)
    wrapped = len(new) > 1 and not sep and _label_prefix_key(label) is not None
    if _field_key(head if sep else label) is None and not wrapped:
        return line
    return replace(line, x0=new[0].x0, segments=new)


def caption_title(text: str) -> str | None:
    """The title a numbered caption announces (« Tableau 2 : Modalités de mise en oeuvre »
    → « Modalités de mise en oeuvre »), else None."""
    match = _CAPTION_RE.match(" ".join(text.split()))
    return match.group(1) if match else None
