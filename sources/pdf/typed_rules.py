"""RULES TYPED WITH CHARACTERS (« ====== », « ------ »): a spreadsheet or a plain-text habit of
drawing a table's rules with a cell of repeated signs (Calc's and Excel's « Recopié » alignment
filling the cell with its character, Lotus' « \\- » and « \\= » cells): read as text, each rule
is a row of its own, cuts the table it rules and becomes a step.

A TYPED RULE is a line every segment of which is one sign repeated (``=``, ``-``, ``_``, ``~``,
``*``, ``.``, ``─``, ``═``, ``–``, ``—``), five times at least. It draws, it says nothing: it is
set aside, the rows it parted are told by the space it leaves. A value « --- » alone in a cell
(three signs) stays.
"""

from __future__ import annotations

import re

from sources.pdf.content import Line

_RULE_RE = re.compile(r"^(?:([=\-_~*.─═–—])\1{4,}\s*)+$")


def is_typed_rule(line: Line) -> bool:
    """Is every segment of ``line`` a sign repeated five times or more?"""
    return bool(line.segments) and all(_RULE_RE.match(s.text.strip()) for s in line.segments)


def without_typed_rules(lines: list[Line]) -> list[Line]:
    """``lines`` without their typed rules (the list itself when it holds none)."""
    if not any(is_typed_rule(ln) for ln in lines):
        return lines
    return [ln for ln in lines if not is_typed_rule(ln)]
