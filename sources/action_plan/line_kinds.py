"""What a line of a plan is: sheet heading, axis, objective, field label, or plain text."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from sources.action_plan.label_marks import caption_title, unbulleted_label
from sources.action_plan.labels import (
    _AXIS_RE,
    _CODE_ONLY_RE,
    _FICHE_RE,
    _OBJ_CODE_FIRST_RE,
    _OBJ_RE,
    _OP_RE,
    _STAKES_LABELS,
    _field_key,
    _fold_label,
    _is_impl_label,
    _label_prefix_key,
    _norm_code,
)
from sources.pdf.content import Line
from sources.pdf.paired_labels import known_side

# a list bullet printed as a glyph before a line (not a dash: it opens value items too)
_LEAD_BULLET_RE = re.compile(r"^[•·▪◦‣]\s+")


@dataclass
class _Kind:
    kind: str  # fiche | axis | objective | objective_code | op | field | impl | stakes
    code: str | None = None
    rest: str = ""
    key: str | None = None
    value_x: float | None = None
    # « Contexte historique : … »: the label is a vocabulary label followed by words of its own
    loose: bool = False


# an outline number a wiki or a word processor sets in front of every heading (« 1.1.2 »,
# « 1.1.2.1 »): levels of one or two digits, then a space
_OUTLINE_RE = re.compile(r"^\d{1,2}(?:\.\d{1,2}){0,4}\.?\s+(?=\S)")
_NUMBERED_KINDS = frozenset({"fiche", "op", "objective", "axis", "impl", "stakes"})


def _classify(line: Line) -> _Kind | None:
    kind = _classify_text(line)
    if kind is not None or not _OUTLINE_RE.match(line.segments[0].text.lstrip()):
        return kind
    # « 1.1.2 FICHE 1.1.1 … », « 1.1.2.1 Modalités de mise en oeuvre »: headings numbered by
    # the document's outline (a wiki's « auto-number headings »), the number no part of them
    rest = _unnumbered(line)
    kind = _classify_text(rest) if rest is not None else None
    return kind if kind is not None and kind.kind in _NUMBERED_KINDS else None


def _unnumbered(line: Line) -> Line | None:
    """``line`` without the outline number opening it (None: nothing after it)."""
    first = line.segments[0]
    text = _OUTLINE_RE.sub("", first.text.lstrip(), count=1)
    if text.strip():
        segments = [replace(first, text=text), *line.segments[1:]]
    elif len(line.segments) > 1:  # the number a segment of its own
        segments = list(line.segments[1:])
    else:
        return None
    return replace(line, segments=segments, x0=segments[0].x0)


def _classify_text(line: Line) -> _Kind | None:
    text = " ".join(line.text.split())
    if not text:
        return None
    bare = unbulleted_label(line)
    if bare is not line:  # « ■ Contexte »: a bulleted field label
        kind = _classify_text(bare)
        if kind is not None and kind.kind == "field" and not kind.loose:
            return kind
    first = line.segments[0].text
    # a fiche listed as a bulleted item (« · FICHE 1.1.3 … », a sommaire exported by Word)
    m = _FICHE_RE.match(_LEAD_BULLET_RE.sub("", text))
    if m and (m.group(1) or "." in m.group(3) or "," in m.group(3)):
        rest = m.group(4)
        if len(text) < 400:
            return _Kind("fiche", _norm_code(m.group(3)), rest)
    m = _OBJ_CODE_FIRST_RE.match(text)
    if m:
        return _Kind("objective", _norm_code(m.group(1)), m.group(2))
    m = _OBJ_RE.match(text)
    if m:
        return _Kind("objective", _norm_code(m.group(1)) if m.group(1) else None, m.group(2))
    m = _OP_RE.match(text)
    if m:
        return _Kind("op", None, m.group(1))
    m = _AXIS_RE.match(text)
    if m and len(text) < 300:
        return _Kind("axis", m.group(1), m.group(2))
    if _CODE_ONLY_RE.match(text):
        return _Kind("objective_code", _norm_code(text.strip().rstrip(".")))
    m = _OBJ_CODE_ONLY_RE.match(text)
    if m:  # « Objectif 1.2 » alone: a sheet's or page's heading naming the objective
        return _Kind("objective_code", _norm_code(m.group(1)))
    # field labels: "Label : valeur", "Label" alone, or label column + value column
    head, sep, tail = first.partition(":")
    others = " ".join(s.text for s in line.segments[1:])
    value_x = line.segments[1].x0 if len(line.segments) > 1 else None
    if sep:
        key = _field_key(head, exact=False)
        if key:
            return _Kind(
                "field",
                key=key,
                rest=" ".join(filter(None, [tail.strip(), others])),
                value_x=value_x if not tail.strip() else None,
                loose=_field_key(head) is None,
            )
    key = _field_key(first) if first[:1].isupper() else None
    if key:
        return _Kind("field", key=key, rest=others, value_x=value_x)
    if value_x is not None and first[:1].isupper():
        key = _label_prefix_key(first, cut=True)
        if key:
            return _Kind("field", key=key, rest=others, value_x=value_x)
    folded = _fold_label(first.rstrip(":"))
    side = known_side(first.rstrip(":"), _is_heading_label)  # with its translation
    if side is not None:
        folded = _fold_label(side)
    if len(line.segments) == 1 and _is_impl_label(folded):
        return _Kind("impl")
    caption = caption_title(text)  # « Tableau 2 : Modalités de mise en oeuvre »
    if caption is not None and _is_impl_label(_fold_label(caption.rstrip(":"))):
        return _Kind("impl")
    if len(line.segments) == 1 and folded in _STAKES_LABELS:
        return _Kind("stakes")
    return None


# « Objectif 1.2 » (« Objectif n° 1.2 ») and nothing else on the line
_OBJ_CODE_ONLY_RE = re.compile(
    r"^\s*objectif\s*(?:n\s*°\s*)?(\d{1,2}\s*[.,]\s*\d{1,2})\s*$", re.IGNORECASE
)


def _is_heading_label(text: str) -> bool:
    """``text`` is the steps heading or the stakes heading (« Enjeux stratégiques »)."""
    folded = _fold_label(text)
    return _is_impl_label(folded) or folded in _STAKES_LABELS


def _is_stop(line: Line) -> bool:
    return _classify(line) is not None


def _is_label_text(text: str) -> bool:
    """A cell text that is a whole field label or the first line of a wrapped one."""
    text = text.strip().rstrip(":").strip()
    return text[:1].isupper() and bool(_field_key(text) or _label_prefix_key(text))


def _second_label_x(line: Line) -> float | None:
    """Left edge of a second label/value pair on ``line`` (« Contexte | valeur | Objectifs…
    | valeur »: a fields table with two pairs side by side; the second label is followed by
    its value), else None."""
    segs = line.segments
    if len(segs) < 3 or not _is_label_text(segs[0].text):
        return None
    # the second label right after the first when the left value is empty
    return next((s.x0 for s in segs[1:-1] if _is_label_text(s.text)), None)


class PairedFields:
    """Fields laid out as two label/value pairs per row, read pair by pair.

    Each row's lines (the same rule band, or the lines down to the next label row) are cut at
    the second pair's label column: the left pair's lines first, then the right pair's. A row
    running to the bottom of a page holds its right pair back until the rest of the row at the
    top of the next page has been read (a cell cut by the page break). Lines of other layouts
    are returned unchanged. Call the object on each page's lines, then :meth:`flush`."""

    def __init__(self) -> None:
        self.held: list[Line] = []  # right pair of a row cut by the page break
        self.split: float | None = None

    def __call__(self, lines: list[Line]) -> list[Line]:
        out: list[Line] = []
        i = 0
        if self.held and self.split is not None:  # the rest of the cut row
            split = self.split
            while i < len(lines) and not self._ends_row(lines[i], split, None, None):
                i += 1
            out += self._side(lines[:i], split, 0) + self.flush()
            out += self._side(lines[:i], split, 1)
        self.held, self.split = [], None
        while i < len(lines):
            line = lines[i]
            split = _second_label_x(line)
            if split is None:
                out.append(line)
                i += 1
                continue
            j = i + 1
            while j < len(lines) and not self._ends_row(lines[j], split, line, lines[j - 1]):
                j += 1
            out += self._side(lines[i:j], split, 0)
            if j == len(lines):  # the row may go on at the top of the next page
                self.held, self.split = self._side(lines[i:j], split, 1), split
            else:
                out += self._side(lines[i:j], split, 1)
            i = j
        return out

    def flush(self) -> list[Line]:
        held, self.held, self.split = self.held, [], None
        return held

    @staticmethod
    def _side(row: list[Line], split: float, side: int) -> list[Line]:
        out = []
        for ln in row:
            segs = [s for s in ln.segments if (s.x0 >= split - 2) == bool(side)]
            if segs:
                out.append(replace(ln, x0=segs[0].x0, x1=segs[-1].x1, segments=segs))
        return out

    @staticmethod
    def _ends_row(nxt: Line, split: float, first: Line | None, prev: Line | None) -> bool:
        """``nxt`` is no longer part of the paired row started by ``first`` (None: the rest
        of a row at the top of a page)."""
        # runs across the pairs: past the second label's left edge (a left value's line may
        # end a hair short of it, a spreadsheet's cell padding shrunk with its type)
        if any(s.x0 < split - 2 and s.x1 > split + 1 for s in nxt.segments):
            return True
        if _second_label_x(nxt) is not None or _is_label_text(nxt.segments[0].text):
            return first is None or first.band is None or nxt.band != first.band
        if _is_stop(nxt) and not _in_pair(nxt):
            return True
        if first is None or prev is None:
            return False
        if first.band is not None:
            return nxt.page != first.page or nxt.band != first.band
        return nxt.page != first.page or nxt.top - prev.bottom > 1.5 * nxt.size


def _in_pair(line: Line) -> bool:
    """A label line of the left pair (its label wrapped on several lines)."""
    kind = _classify(line)
    return kind is not None and kind.kind == "field"
