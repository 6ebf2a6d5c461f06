"""What a line of a plan is: sheet heading, axis, objective, field label, or plain text.
"""

from __future__ import annotations

from dataclasses import dataclass

from sources.action_plan.labels import (
    _AXIS_RE,
    _CODE_ONLY_RE,
    _FICHE_RE,
    _IMPL_LABELS,
    _OBJ_CODE_FIRST_RE,
    _OBJ_RE,
    _OP_RE,
    _STAKES_LABELS,
    _field_key,
    _fold_label,
    _label_prefix_key,
    _norm_code,
)
from sources.pdf.content import Line


@dataclass
class _Kind:
    kind: str  # fiche | axis | objective | objective_code | op | field | impl | stakes
    code: str | None = None
    rest: str = ""
    key: str | None = None
    value_x: float | None = None


def _classify(line: Line) -> _Kind | None:
    text = " ".join(line.text.split())
    if not text:
        return None
    first = line.segments[0].text
    m = _FICHE_RE.match(text)
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
            )
    key = _field_key(first) if first[:1].isupper() else None
    if key:
        return _Kind("field", key=key, rest=others, value_x=value_x)
    if value_x is not None and first[:1].isupper():
        key = _label_prefix_key(first)
        if key:
            return _Kind("field", key=key, rest=others, value_x=value_x)
    folded = _fold_label(first.rstrip(":"))
    if len(line.segments) == 1 and folded in _IMPL_LABELS:
        return _Kind("impl")
    if len(line.segments) == 1 and folded in _STAKES_LABELS:
        return _Kind("stakes")
    return None


def _is_stop(line: Line) -> bool:
    return _classify(line) is not None
