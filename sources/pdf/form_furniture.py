"""An online form's furniture printed with the answers: required marks, hints, counters.

A grants platform, a survey tool or an intranet form prints a filed application as it shows it:
each field's label followed by a red « * » when the field is required, a grey HINT under the
label (« Intitulé court de l'étape », « Année ou période de réalisation »), the answer in its
read-only box, and under the box a CHARACTER COUNTER (« 55 / 150 caractères »); a notice
(« Les champs marqués d'un astérisque (*) sont obligatoires. ») opens the form. None of it is
the plan's content; read as text, the counters run onto the answers (« GACdG 5 / 100
caractères ») and the hints onto the labels or the answers.

On a page holding a counter or a required mark (the form is known to be there), set aside:

* every counter line or segment (« n / m caractères », « n caractères restants »,
  « Il reste n caractères »);
* the required-fields notice;
* the « * » closing a label of a steps column or a field (« Etape * » → « Etape »);
* a HINT: a line right under such a label (within two of its heights), set smaller than the
  label and than the line under it (the answer), or with nothing under it in its column (an
  empty answer ending the page's form).

A page with no counter and no required mark is returned unchanged: an asterisk elsewhere
(« 2019* », a footnote's call) is never touched.
"""

from __future__ import annotations

import re
from dataclasses import replace

from sources.pdf.columns import column_key
from sources.pdf.content import Line, Segment

_COUNTER_RE = re.compile(
    r"^\s*(?:(?:il\s+)?reste\s+)?\d{1,5}\s*(?:/|sur)\s*\d{1,5}\s*caract[eè]res?\b.*$"
    r"|^\s*\d{1,5}\s+caract[eè]res?\s+(?:restants?|maximum|max\.?)\s*$"
    r"|^\s*il\s+reste\s+\d{1,5}\s+caract[eè]res?\s*\.?\s*$",
    re.I,
)
_NOTICE_RE = re.compile(
    r"(?:champs?|zones?|rubriques?)\s+(?:marqu[ée]e?s?|suivie?s?|signal[ée]e?s?)\s+(?:d.un|par\s+un"
    r"|d.une)\s+(?:ast[ée]risque|\*)|\(\*\)\s*(?:champs?|informations?|zones?)\s+obligatoires?"
    r"|^\s*\*\s*(?:champs?|informations?)\s+obligatoires?",
    re.I,
)
_REQUIRED_RE = re.compile(r"^(.*\S)\s*\*$")
_HINT_GAP = 2.0  # label heights: a hint stands this close under its label
_SMALLER = 0.92  # a hint is set this much smaller than its label and its answer, at least


def is_counter(text: str) -> bool:
    """``text`` is a form field's character counter (« 55 / 150 caractères »)."""
    return bool(_COUNTER_RE.match(text))


def _required_label(text: str) -> str | None:
    """The label ``text`` names before its required mark (« Etape * » → « Etape »), when it
    names a steps column; else None."""
    match = _REQUIRED_RE.match(text.strip())
    if match is None:
        return None
    label = match.group(1).strip()
    return label if column_key(label) is not None else None


def without_form_furniture(lines: list[Line]) -> list[Line]:
    """``lines`` (one page, top down) without the form's counters, notice and hints, and
    with the required marks taken off the labels; the same list when the page holds no
    form."""
    marked = [any(_required_label(s.text) for s in ln.segments) for ln in lines]
    counters = [any(is_counter(s.text) for s in ln.segments) for ln in lines]
    if not any(marked) and not any(counters):
        return lines
    cleaned: list[Line] = []
    for i, line in enumerate(lines):
        if _NOTICE_RE.search(line.text):
            continue
        segments = [s for s in line.segments if not is_counter(s.text)]
        if not segments:
            continue
        if marked[i]:
            segments = [
                replace(s, text=label) if (label := _required_label(s.text)) else s
                for s in segments
            ]
        cleaned.append(replace(line, segments=segments) if segments != line.segments else line)
    labels = [(ln, sg) for ln in cleaned for sg in ln.segments if _label_alone(sg.text)]
    out: list[Line] = []
    for line in cleaned:
        kept = [sg for sg in line.segments if not _is_hint(line, sg, labels, cleaned)]
        if kept:
            out.append(line if len(kept) == len(line.segments) else replace(line, segments=kept))
    return out


def _label_alone(text: str) -> bool:
    """``text`` is a steps column's label alone (« Planification », « Porteur »)."""
    words = text.split()
    return 0 < len(words) <= 5 and not any(c.isdigit() for c in text) and bool(column_key(text))


def _is_hint(
    line: Line, seg: Segment, labels: list[tuple[Line, Segment]], lines: list[Line]
) -> bool:
    """Segment ``seg`` of ``line`` stands right under a label, in its column, set smaller
    than it and than the next line under it in that column (the answer)."""
    label = next(
        (
            lb
            for lb, lseg in labels
            if lb.page == line.page
            and 0 <= line.top - lb.bottom < _HINT_GAP * (lb.bottom - lb.top)
            and abs(lseg.x0 - seg.x0) < 2 * lb.size
        ),
        None,
    )
    if label is None or line.size > _SMALLER * label.size:
        return False
    below = min(
        (
            ln
            for ln in lines
            if ln.top > line.bottom - 0.5
            and any(abs(s.x0 - seg.x0) < 4 * line.size for s in ln.segments)
        ),
        key=lambda ln: ln.top,
        default=None,
    )
    return below is None or line.size <= _SMALLER * below.size  # none: an empty answer
