"""A progress table TRANSPOSED: one COLUMN per axis or sub-axis, its label TURNED a quarter
turn in a tall header row (a ▼ or ▶ marker over it), and three rows « Points restants »,
« % Réalisé », « % Programmé », each holding one value per column.

Read when three lines of the slide open with the three row labels, each followed by as many
values as the others (a « % » glued to its number), set in the same columns, and each column
has a turned label over it: each column is a row of the table (its marker giving its level,
a column without one a sub-axis when others have one). Nothing else on the slide is read so;
a column without a turned label, or values out of their columns, leave the slide alone.
"""

from __future__ import annotations

from sources.cot.pages import _AXIS_MARKERS, _SUB_MARKERS, _Page, _Word
from sources.values import fold, parse_french_number

_KEYS = (("points", "restant"), ("done", "realis"), ("programmed", "programm"))
_MIN_COLUMNS = 3

Record = tuple[str, _Word, str, str, str, str]


def _row_line(line: list[_Word]) -> tuple[str, list[tuple[float, float, str]]] | None:
    """(key, cells (x0, x1, text)) when ``line`` opens with a row label and holds only
    values after it."""
    index = next((i for i, w in enumerate(line) if parse_french_number(w.text) is not None), None)
    if not index:
        return None
    label = fold(" ".join(w.text for w in line[:index]))
    key = next((k for k, stem in _KEYS if stem in label), None)
    if key is None:
        return None
    cells: list[tuple[float, float, str]] = []
    for word in line[index:]:
        if parse_french_number(word.text) is not None:
            cells.append((word.x0, word.x1, word.text))
        elif word.text == "%" and cells:
            x0, _, text = cells[-1]
            cells[-1] = (x0, word.x1, text)
        else:
            return None
    return key, cells


def transposed_rows(page: _Page) -> tuple[list[Record], int, int] | None:
    """The transposed table's rows: (level, label word, label, points, % done,
    % programmed) each, and the first and last line indexes of its three rows; else None."""
    if not page.turned:
        return None
    found: dict[str, tuple[int, list[tuple[float, float, str]]]] = {}
    for index, line in enumerate(page.lines):
        row = _row_line(line)
        if row is not None and row[0] not in found:
            found[row[0]] = (index, row[1])
    if len(found) < 3:
        return None
    lines = sorted(i for i, _ in found.values())
    if lines[-1] - lines[0] > 2:
        return None  # the three rows one under the other
    columns = found["points"][1]
    if len(columns) < _MIN_COLUMNS or any(len(c) != len(columns) for _, c in found.values()):
        return None
    centres = [(a + b) / 2 for a, b, _ in columns]
    pitch = min(b - a for a, b in zip(centres, centres[1:], strict=False))
    for _, cells in found.values():
        if any(abs((a + b) / 2 - c) > pitch / 2 for (a, b, _), c in zip(cells, centres, strict=True)):
            return None
    top = min(w.top for w in page.lines[lines[0]])
    labels: list[list[_Word]] = [[] for _ in centres]
    for word in page.turned:
        if word.bottom > top + 1:
            continue
        mid = (word.x0 + word.x1) / 2
        near = min(range(len(centres)), key=lambda i: abs(centres[i] - mid))
        if abs(centres[near] - mid) <= pitch / 2:
            labels[near].append(word)
    if any(not words for words in labels):
        return None
    markers: list[str | None] = [None] * len(centres)
    for word in page.words:
        if word.bottom > top + 1 or len(word.text) != 1:
            continue
        if word.text not in _AXIS_MARKERS + _SUB_MARKERS:
            continue
        mid = (word.x0 + word.x1) / 2
        near = min(range(len(centres)), key=lambda i: abs(centres[i] - mid))
        if abs(centres[near] - mid) <= pitch / 2:
            markers[near] = "axis" if word.text in _AXIS_MARKERS else "sub_axis"
    if not any(markers):
        return None  # no level told: left alone
    records: list[Record] = []
    for i, words in enumerate(labels):
        words = sorted(words, key=lambda w: w.x0)  # a turned label's lines, left to right
        label = " ".join(" ".join(w.text for w in words).split())
        points, done, programmed = (found[k][1][i][2] for k in ("points", "done", "programmed"))
        records.append(
            (markers[i] or "sub_axis", words[0], label, points, done.rstrip(" %"),
             programmed.rstrip(" %"))
        )  # fmt: skip
    return records, lines[0], lines[-1]
