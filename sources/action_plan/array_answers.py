"""A steps table printed as a SURVEY'S ANSWERS: an online questionnaire (LimeSurvey's « array
(texts) » question) prints one row per step AND column, the question cell « Étapes de mise
en œuvre [Étape 1][Porteur] », the answer cell the value; nothing else groups a step's rows.

Read as lines (question | answer, the question possibly wrapped: « [Ressources à » /
« mobiliser] », the answer going on under itself), each question naming a ROW (« Étape 1 »)
and a COLUMN (« Porteur ») in brackets: the answers are set in a table of those rows and
columns, each column named as a steps table's header label would be. Nothing is guessed: a
region whose questions do not all read so, or whose columns do not name the step and two
other steps columns, is left to the other readers.
"""

from __future__ import annotations

import re

from sources.pdf.columns import column_key
from sources.pdf.content import Line, TableBlock, TableRow

_QUESTION_RE = re.compile(
    r"^(?P<question>[^\[\]]*?)\s*\[(?P<row>[^\[\]]+)\]\s*\[(?P<column>[^\[\]]+)\]\s*$"
)
_ALIGN = 3.0  # pt: a line's question (or answer) starts where the others do within this


def _entries(region: list[Line]) -> list[tuple[Line, str, list[str]]] | None:
    """(first line, question text, answer lines) of each question, or None when a line of the
    region is neither a question, its wrapped rest, nor an answer's next line."""
    first = next((ln for ln in region if "[" in ln.segments[0].text), None)
    if first is None or len(first.segments) < 1:
        return None
    label_x = first.segments[0].x0
    answer_x: float | None = None
    entries: list[tuple[Line, str, list[str]]] = []
    open_question = False  # the question's brackets not closed yet: it wraps
    for line in region[region.index(first) :]:
        head = line.segments[0]
        if abs(head.x0 - label_x) <= _ALIGN:
            rest = line.segments[1:]
            if open_question and entries:
                line0, text, answers = entries[-1]
                entries[-1] = (line0, f"{text} {head.text}", answers)
            elif "[" in head.text:
                entries.append((line, head.text, []))
            else:
                return None
            open_question = entries[-1][1].count("[") > entries[-1][1].count("]")
            if rest:
                answer_x = rest[0].x0 if answer_x is None else answer_x
                entries[-1][2].append(" ".join(s.text for s in rest))
        elif entries and answer_x is not None and abs(head.x0 - answer_x) <= _ALIGN:
            entries[-1][2].append(line.text)  # the answer going on under itself
        elif entries and answer_x is None and head.x0 > label_x + 20:
            answer_x = head.x0
            entries[-1][2].append(line.text)
        else:
            return None
    return entries


def read_array_answers(region: list[Line]) -> TableBlock | None:
    """The region's questions and answers as a steps table, or None (see the module)."""
    if not region:
        return None
    entries = _entries(region)
    if not entries or len(entries) < 3:
        return None
    rows: dict[str, TableRow] = {}
    keys: list[str] = []
    for line, question, answers in entries:
        match = _QUESTION_RE.match(" ".join(question.split()))
        if match is None:
            return None
        key = column_key(match.group("column"))
        if key is None:
            return None
        name = " ".join(match.group("row").split())
        row = rows.get(name)
        if row is None:
            row = rows[name] = TableRow(line.page, line.top, {})
        if key in row.cells:
            return None  # a column met twice in one row: no array of steps
        row.cells[key] = "\n".join(answers).strip() or ""
        if key not in keys:
            keys.append(key)
    if "step" not in keys or len(keys) < 3 or len(rows) < 1:
        return None
    for row in rows.values():
        for key in keys:
            row.cells.setdefault(key, "")
    body = list(rows.values())
    return TableBlock(
        body[0].page,
        entries[0][0].top,
        max(ln.bottom for ln in region),
        keys,
        True,
        body,
        rows_ruled=True,
        whole_rows=True,
    )
