"""Progress tables of the CAE / ECI referentials (points remaining, % done, % programmed).

Found from the x positions of their three numeric column headers (any order); rows are
lines, and axis / sub-axis levels come from ▼/▶ markers, else bold, else indentation.
A header label a narrow column breaks inside the word (« Program » / « mé ») is rejoined,
and a header line naming the columns twice holds two tables side by side, read apart.
A colour chip before a number (« ● 27 ») is a marker, not part of the value; a threshold
legend line under a table (« Avancement : ● moins de 20 % … ») ends it, it is no row.
A unit set alone in the cell right of a number (« 58,7 » | « pts », a table pasted from a
spreadsheet) belongs to that number; text turned a quarter turn (vertical axis labels in a
narrow first column) is dropped when the words are read (:func:`sources.cot.pages._to_words`),
but kept apart (``_Page.turned``) for number columns narrowed to hold their header labels
set vertically (« Points restants » read bottom to top): :func:`_turned_header`.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass, field, replace

from sources.cot.continued_tables import heads_own_table
from sources.cot.legend_keys import with_legend_keys
from sources.cot.merged_values import with_merged_values
from sources.cot.nil_sign import with_nil_zeros
from sources.cot.pages import (
    _AXIS_MARKERS,
    _CODE_RE,
    _SUB_MARKERS,
    _group_lines,
    _join_words,
    _Page,
    _Word,
)
from sources.cot.referential_case import referential_case
from sources.cot.sentence_rows import sentence_rows
from sources.cot.symbol_markers import with_symbol_markers
from sources.cot.table_extent import (
    beside_left,
    beside_table,
    drawn_extent,
    drawn_right_edge,
    floating_shapes,
    inside_floating,
)
from sources.cot.text import (
    _cell_text,
    _clean_label,
    _is_legend,
    _is_numeric_cell,
    _is_table_note,
    _num,
)
from sources.cot.transposed_rows import transposed_rows
from sources.records import ReferentialScoreRecord
from sources.values import fold

_HEADER_KEYS = {"points_remaining": "restant", "pct_done": "realise", "pct_programmed": "programme"}


@dataclass
class _Columns:
    centres: dict[str, float]
    label_end: float
    header_label: str
    header_bottom: float
    last_line: int  # last page line holding header words (rows start under it)
    right_edge: float | None = None  # right edge of the table's drawn fills (table_extent)
    # left edge of the table's drawn fills: words in a tall shape wholly left of it are
    # beside the table (a title set in a band down the slide's left edge)
    left_edge: float | None = None
    keys_right: float | None = None  # right end of the rightmost numeric header label
    # (x0, x1) of each numeric column's header cell when the slide draws one per label: a
    # number is in the column whose cell spans it (a value set at its cell's left, in a data
    # bar, lies nearer the column before's right-aligned label)
    boxes: dict[str, tuple[float, float]] | None = None
    # right end of a first « N° » column the table numbers its rows in (its own numbering,
    # none of the referential's codes): the row numbers there are read as no cell
    numbers_end: float | None = None
    # (x0, x1) of the label column when number columns stand LEFT of it too (percentages
    # first, the labels, then the points): a code or figure written there is label text
    label_span: tuple[float, float] | None = None
    # two numeric columns named in ONE header cell, « % Réalisé / % Programmé »: each body
    # cell holds both values, « 27 % / 16,4 % » (the first key left of the slash)
    pair: tuple[str, str] | None = None
    # left edge of a TEXT column the header names right of the number columns (« Commentaires »,
    # « Observations »): its words are no label text nor cells
    text_after: float | None = None


_NEAR_STEMS = ("restant", "points", "realis", "programm")

# header words a table too narrow for the labels abbreviates (« Pts rest. », « % réal. »,
# « % prog. »): read as the words they stand for, only as an abbreviation (a closing point:
# « pts » alone is a unit cell's text)
_ABBREVIATED = {
    "rest": "restants",
    "real": "realise",
    "realis": "realise",
    "prog": "programme",
    "progr": "programme",
    "program": "programme",
    "pts": "points",
    "pt": "points",
}


def _head_fold(text: str) -> str:
    """Folded header word, an abbreviation read as the word it stands for."""
    folded = fold(text)
    if text.rstrip().endswith("."):
        return _ABBREVIATED.get(folded, folded)
    return folded


def _header_words(page: _Page, index: int, partial: bool = False) -> tuple[list[_Word], int] | None:
    """Words of a header starting on line ``index``, and the last line holding them
    (``partial``: a line naming « restants » alone may open one, :func:`_partial_header`).

    The line names "réalisé" or "programmé"; the header words it lacks are taken from the
    lines right above or under it: a narrow column wraps its label ("Points" / "restants",
    "% Réalisé %" over "Programmé" when the "%" of "% Programmé" stays on the first line).
    A label broken inside the word by a column too narrow for it ("Program" / "mé") is
    rejoined first (:func:`_rejoin_broken`).
    """
    line, below = _rejoin_broken(page, index)
    named = ("realis", "programm", "restant") if partial else ("realis", "programm")
    present = {s for s in named if any(_head_fold(w.text).startswith(s) for w in line)}
    if not present:
        return None
    stems = tuple(s for s in _NEAR_STEMS if s not in present)  # what the line lacks
    words = list(line)
    last = below
    for near in (index - 1, index + 1):
        if 0 <= near < len(page.lines):
            other, other_below = _rejoin_broken(page, near)
            if abs(other[0].mid_y - line[0].mid_y) < 2.5 * line[0].size:
                taken = [w for w in other if _head_fold(w.text).startswith(stems)]
                words.extend(taken)
                if taken and near > index:
                    last = max(last, near)
                    if any(w not in page.lines[near] for w in taken):
                        last = max(last, other_below)
    return words, last


# Header words a narrow column may break inside the word (folded, whole).
_BREAKABLE = ("restants", "realise", "programme")


def _rejoin_broken(page: _Page, index: int) -> tuple[list[_Word], int]:
    """Words of line ``index`` with a header label broken inside the word made whole again,
    and the last line one of its pieces came from.

    A column narrower than its label breaks the word where it must, without a hyphen
    (Impress: « Program » over « mé »): a word that starts a header label without
    completing it takes the piece set right under it, in its column, on the next line(s),
    while the pieces together still spell that label.
    """
    words = list(page.lines[index])
    last = index
    for position, word in enumerate(words):
        head = _head_fold(word.text).rstrip("-\u00ad")
        if len(head) < 3 or not any(s.startswith(head) and s != head for s in _BREAKABLE):
            continue
        text, bottom, x0, x1, below = (
            word.text.rstrip("-\u00ad"),
            word.bottom,
            word.x0,
            word.x1,
            index,
        )
        while below + 1 < len(page.lines) and not any(fold(text).startswith(s) for s in _BREAKABLE):
            piece = next(
                (
                    w
                    for w in page.lines[below + 1]
                    if w.x0 < x1 + 0.5 * w.size
                    and w.x1 > x0 - 0.5 * w.size
                    and 0 <= w.top - bottom < 0.8 * w.size
                    and any(
                        s.startswith(fold(text + w.text)) or fold(text + w.text).startswith(s)
                        for s in _BREAKABLE
                    )
                ),
                None,
            )
            if piece is None:
                break
            text, bottom = text + piece.text, piece.bottom
            x0, x1, below = min(x0, piece.x0), max(x1, piece.x1), below + 1
        if below > index and any(fold(text).startswith(s) for s in _BREAKABLE):
            words[position] = replace(word, text=text, x0=x0, x1=x1, bottom=bottom)
            last = max(last, below)
    return words, last


def _key_sets(words: list[_Word]) -> list[dict[str, list[float]]]:
    """Spans (x0, x1) of the numeric headers, one dict per set of columns, left to right.

    A key met again opens a new set: a header line naming the same columns twice side by
    side holds two tables. A "%" or "Points" right before a key belongs to its span.
    """
    ordered = sorted(words, key=lambda w: w.x0)
    sets: list[dict[str, list[float]]] = [{}]
    for position, word in enumerate(ordered):
        key_text = _head_fold(word.text)
        for key, stem in _HEADER_KEYS.items():
            if not key_text.startswith(stem):
                continue
            if key in sets[-1]:
                sets.append({})
            x0 = word.x0
            before = ordered[position - 1] if position else None
            if before is not None and _head_fold(before.text) in ("%", "points", "pts"):
                if word.x0 - before.x1 < 2 * word.size:
                    x0 = before.x0
            sets[-1][key] = [x0, word.x1]
    return [spans for spans in sets if spans]


def _find_header(page: _Page, index: int) -> _Columns | None:
    """Column centres if line ``index`` (plus a wrapped neighbour) holds the 3 numeric headers,
    or heads a header row whose number labels are turned (:func:`_turned_header`); with the
    right edge of the fills drawing the table (:func:`sources.cot.table_extent.drawn_right_edge`).
    """
    cols = _flat_header(page, index) or _turned_header(page, index)
    if cols is None or not page.rects:
        return cols
    if cols.label_span is not None and cols.label_span[1] == _PAST_RIGHT:
        return replace(cols, keys_right=_PAST_RIGHT)  # the labels last: the table ends with them
    top = min(w.top for w in page.lines[index])
    extent = drawn_extent(page.rects, list(cols.centres.values()), top, cols.header_bottom)
    if extent is None:
        return replace(cols, right_edge=None)
    return replace(cols, right_edge=extent[1], left_edge=extent[0])


def _flat_header(page: _Page, index: int, partial: bool = False) -> _Columns | None:
    """Column centres if line ``index`` (plus a wrapped neighbour) holds the 3 numeric headers
    set horizontally (``partial``: one or two of them, :func:`_partial_header`)."""
    found = _header_words(page, index, partial)
    if found is None:
        return None
    words, last = found
    line = page.lines[index]
    sets = _key_sets(words)
    spans = sets[0] if sets else {}
    if (len(spans) < 3) != partial or not spans:
        return None
    centres = {key: (a + b) / 2 for key, (a, b) in spans.items()}
    ordered_centres = sorted(centres.values())
    first_x0 = min(a for a, _ in spans.values())
    step = ordered_centres[1] - ordered_centres[0] if len(centres) > 1 else 0.0
    label_end = min(first_x0 - 2, ordered_centres[0] - step / 2)
    header_label = _join_words([w for w in line if w.x1 <= label_end + 1])
    keys_right = max(b for _, b in spans.values())
    bottom = max(w.bottom for w in line)
    boxes = _cell_boxes(page, spans, line) or None
    label_span = _middle_label_span(line, spans)
    labels_last = label_span is not None and label_span[1] == _PAST_RIGHT
    if not header_label and label_span is not None:  # the label column's own header
        header_label = _join_words([w for w in line if label_span[0] - 1 <= w.x0 < label_span[1]])
    numbers_end = _numbers_column(line, label_end)
    if numbers_end is not None:
        header_label = _join_words(
            [w for w in line if numbers_end < w.x0 and w.x1 <= label_end + 1]
        )
    return _Columns(
        centres,
        label_end,
        header_label,
        bottom,
        last,
        keys_right=keys_right,
        boxes=boxes,
        numbers_end=numbers_end,
        label_span=label_span,
        pair=_slashed_pair(words, spans),
        text_after=None if labels_last else _text_column_after(line, keys_right),
    )


def _partial_header(page: _Page, index: int) -> _Columns | None:
    """A header naming one or two of the three numeric columns after a label column: a
    table the presenter split by columns over two slides (« Points restants » on one, the
    two rates on the next). Read only to be joined with its other part
    (:func:`_joined_parts`)."""
    cols = _flat_header(page, index, partial=True)
    if cols is None or not cols.header_label.strip():
        return None
    if page.rects:
        top = min(w.top for w in page.lines[index])
        edge = drawn_right_edge(page.rects, list(cols.centres.values()), top, cols.header_bottom)
        cols = replace(cols, right_edge=edge)
    return cols


def _joined_parts(parts: list[_Table]) -> list[_Table]:
    """Tables split by columns over consecutive slides joined again: the part on slide ``p``
    and the part on slide ``p + 1`` whose columns complete it (each numeric column in one
    part exactly) and whose rows carry the same labels in the same order. Parts with no such
    mate are left out (a lone « Points restants » is no progress table)."""
    out: list[_Table] = []
    taken: set[int] = set()
    for i, first in enumerate(parts):
        if i in taken:
            continue
        for j in range(i + 1, len(parts)):
            second = parts[j]
            if j in taken or second.page != first.page + 1:
                continue
            keys_1, keys_2 = set(first.cols.centres), set(second.cols.centres)
            if keys_1 & keys_2 or keys_1 | keys_2 != set(_HEADER_KEYS):
                continue
            labels_1 = [fold(_join_words(r.label_words)) for r in first.rows]
            labels_2 = [fold(_join_words(r.label_words)) for r in second.rows]
            if len(labels_1) < 2 or labels_1 != labels_2:
                continue
            rows = [
                replace(a, cells={**a.cells, **b.cells})
                for a, b in zip(first.rows, second.rows, strict=True)
            ]
            cols = replace(first.cols, centres={**first.cols.centres, **second.cols.centres})
            out.append(replace(first, rows=rows, cols=cols))
            taken.update((i, j))
            break
    return out


def _text_column_after(line: list[_Word], keys_right: float) -> float | None:
    """Left edge of a header label right of the number columns' labels that names no number
    column (« Commentaires »), else None."""
    after = [w for w in line if w.x0 > keys_right + 2 and any(ch.isalpha() for ch in w.text)]
    return min(w.x0 for w in after) if after else None


def _slashed_pair(words: list[_Word], spans: dict[str, list[float]]) -> tuple[str, str] | None:
    """The two keys one header cell names with a slash between them (« % Réalisé / %
    Programmé »), left one first: a slash word between their spans, the spans a space or
    two apart."""
    ordered = sorted(spans, key=lambda k: spans[k][0])
    for left, right in zip(ordered, ordered[1:], strict=False):
        a, b = spans[left][1], spans[right][0]
        for word in words:
            if word.text.strip() == "/" and a - 1 <= word.x0 and word.x1 <= b + 1:
                if b - a <= 3 * word.size:
                    return left, right
    return None


def _slash_pieces(word: _Word) -> list[_Word]:
    """« 27 %/16,4 % » glued: the pieces and the slash as words of their own (the x
    range cut in proportion to the characters)."""
    text = word.text
    if "/" not in text or text.strip() == "/":
        return [word]
    out: list[_Word] = []
    width = (word.x1 - word.x0) / max(len(text), 1)
    start = 0
    for i, ch in enumerate(text + "/"):
        if ch == "/" or i == len(text):
            if text[start:i].strip():
                out.append(
                    replace(
                        word,
                        text=text[start:i],
                        x0=word.x0 + start * width,
                        x1=word.x0 + i * width,
                        spaced=word.spaced and start == 0,  # (the word's own pieces: no blank)
                    )
                )
            if i < len(text):
                out.append(
                    replace(
                        word,
                        text="/",
                        x0=word.x0 + i * width,
                        x1=word.x0 + (i + 1) * width,
                        spaced=word.spaced and i == 0,
                    )
                )
            start = i + 1
    return out


def _middle_label_span(
    line: list[_Word], spans: dict[str, list[float]]
) -> tuple[float, float] | None:
    """(x0, x1) of a label column headed between number columns: the header line's words
    under no numeric label (« Les actions »), right of a numeric label and left of another,
    up to the next numeric label's start — or right of them all, up to the slide's edge (the
    figures first, the labels last); None when the labels come first (the usual table)."""
    starts = sorted(a for a, _ in spans.values())
    free = [
        w
        for w in line
        if not any(a - 1 <= w.x0 and w.x1 <= b + 1 for a, b in spans.values())
        and w.text.strip() not in ("%", "Points", "points")
    ]
    if not free:
        return None
    x0 = min(w.x0 for w in free)
    after = [a for a in starts if a > x0]
    if not any(a < x0 for a in starts):
        return None
    if not after:  # the labels last, right of every number column (figures first)
        return x0, _PAST_RIGHT
    return x0, after[0] - 2


_PAST_RIGHT = 100_000.0  # pt: a label column's right end when it is the table's last

_NUMBER_HEADS = frozenset(("n°", "n", "no", "nº", "#", "num", "num.", "numero", "rang"))
_ROW_NUMBER_RE = re.compile(r"^\d{1,2}(?:\.\d{1,2}){0,2}\.?$")


def _numbers_column(line: list[_Word], label_end: float) -> float | None:
    """The right end of a first column headed « N° » (« # », « Num. ») left of the label
    column's header, halfway to that header; None when the header line opens otherwise."""
    heads = sorted((w for w in line if w.x1 <= label_end + 1), key=lambda w: w.x0)
    if len(heads) < 2 or fold(heads[0].text).strip(" :") not in _NUMBER_HEADS:
        return None
    return (heads[0].x1 + heads[1].x0) / 2


def _row_number(word: _Word, cols: _Columns) -> bool:
    """``word`` is a row number in the table's own « N° » column."""
    return (
        cols.numbers_end is not None
        and word.x1 <= cols.numbers_end + 0.5 * word.size
        and bool(_ROW_NUMBER_RE.match(word.text))
    )


def _turned_band(page: _Page, index: int) -> list[_Word]:
    """Turned label lines of the header row line ``index`` heads: their lower end lies between
    that line's top and the next line's (a header cell grows to hold its turned labels, so
    they end above the first body row, whichever way the cells are anchored)."""
    if not page.turned:
        return []
    top = min(w.top for w in page.lines[index])
    end = min(w.top for w in page.lines[index + 1]) if index + 1 < len(page.lines) else 1e9
    return [w for w in page.turned if top <= w.bottom < end]


def _turned_header(page: _Page, index: int) -> _Columns | None:
    """Columns of a header row whose numeric labels are set vertically, line ``index`` holding
    its horizontal part (the label column's header, « Les actions »).

    A spreadsheet or a slide table narrows the number columns and turns their labels a
    quarter turn (« Points / restants » on two turned lines, « % Réalisé »). Each turned
    line is split into words that keep its x span, so the labels are recognised as the
    horizontal ones are (:func:`_key_sets`). A turned label is far narrower than its column
    and sits at one side of it, so its middle is no column centre: the columns are the
    header cells (filled boxes) holding one label each when the slide draws them, else each
    runs from its label's left edge to the next label's (the last one as wide as the others).
    """
    band = _turned_band(page, index)
    if not band:
        return None
    pieces = [replace(w, text=t) for w in band for t in w.text.split()]
    line = page.lines[index]
    sets = _key_sets([*line, *pieces])
    spans = sets[0] if sets else {}
    turned_keys = [k for k, (a, b) in spans.items() if any(p.x0 < b and a < p.x1 for p in pieces)]
    if len(spans) != 3 or not turned_keys:
        return None
    lefts = sorted(a for a, _ in spans.values())
    pitch = statistics.median(b - a for a, b in zip(lefts, lefts[1:], strict=False))
    boxes = _cell_boxes(page, spans, band)
    centres: dict[str, float] = {}
    for key, (a, _) in spans.items():
        if boxes:
            centres[key] = (boxes[key][0] + boxes[key][1]) / 2
        else:
            right = next((x for x in lefts if x > a), a + pitch)
            centres[key] = (a + right) / 2
    label_end = min(lefts[0] - 2, min(centres.values()) - pitch / 2)
    header_label = _join_words([w for w in line if w.x1 <= label_end + 1])
    bottom = max(w.bottom for w in [*line, *band])
    keys_right = max(b for _, b in spans.values())
    return _Columns(centres, label_end, header_label, bottom, index, keys_right=keys_right)


def _cell_boxes(
    page: _Page, spans: dict[str, list[float]], band: list[_Word]
) -> dict[str, tuple[float, float]]:
    """(x0, x1) of the header cell holding each label: the narrowest filled box around its
    span over the turned labels' height; empty unless every label has one holding no other
    label (a fill spanning several columns tells no column apart)."""
    top = min(w.top for w in band)
    bottom = max(w.bottom for w in band)
    boxes: dict[str, tuple[float, float]] = {}
    for key, (x0, x1) in spans.items():
        around = [
            (r[0], r[2])
            for r in page.rects
            if r[0] <= x0 + 0.5 and r[2] >= x1 - 0.5 and r[1] <= top + 0.5 and r[3] >= bottom - 0.5
        ]
        if not around:
            return {}
        boxes[key] = min(around, key=lambda b: b[1] - b[0])
    for key, (x0, x1) in boxes.items():
        if any(x0 < (a + b) / 2 < x1 for k, (a, b) in spans.items() if k != key):
            return {}
    return boxes


def _side_by_side_cuts(page: _Page, index: int) -> list[float]:
    """x positions cutting a header line that names the same columns twice or more.

    Slides and landscape pages set a long table as two (or more) tables side by side, each
    with its own header (same labels). Each cut lies in the gutter between one table's last
    numeric header and the next table's label header (half way), or one em right of the
    numeric header when the next table's label column has no header.
    """
    found = _header_words(page, index)
    if found is None:
        return []
    words, last = found
    sets = [spans for spans in _key_sets(words) if len(spans) == 3]
    if len(sets) < 2:
        return []
    header_lines = [w for i in range(index, last + 1) for w in page.lines[i]]
    cuts: list[float] = []
    for left, right in zip(sets, sets[1:], strict=False):
        edge = max(b for _, b in left.values())
        start = min(a for a, _ in right.values())
        labels = [
            w.x0
            for w in header_lines
            if w.x0 > edge
            and w.x1 < start
            and any(ch.isalpha() for ch in w.text)
            and not _head_fold(w.text).startswith(_NEAR_STEMS)
        ]
        size = statistics.median(w.size for w in words)
        cuts.append((edge + min(labels)) / 2 if labels else edge + size)
    return cuts


def _halves(page: _Page, index: int, cuts: list[float]) -> list[tuple[_Page, int]]:
    """One page per table of a side-by-side header: the lines above the header whole, then
    only the words whose centre lies between two cuts; with the sub-page's header line."""
    header = page.lines[index]
    top = min(w.top for w in header)
    bounds = [float("-inf"), *cuts, float("inf")]
    out: list[tuple[_Page, int]] = []
    for lo, hi in zip(bounds, bounds[1:], strict=False):
        words = [w for w in page.words if w.bottom < top or lo <= (w.x0 + w.x1) / 2 < hi]
        sub = _Page(page.no, page.width, page.height, words, _group_lines(words), page.rects)
        ids = {id(w) for w in header if lo <= (w.x0 + w.x1) / 2 < hi}
        line = next((i for i, ws in enumerate(sub.lines) if any(id(w) in ids for w in ws)), None)
        if line is not None:
            out.append((sub, line))
    return out


@dataclass
class _RawRow:
    label_words: list[_Word]
    cells: dict[str, str]
    top: float
    bottom: float
    anchor: float | None = None  # vertical centre of the numbers
    wraps: list[list[_Word]] = field(default_factory=list)  # label-only lines added after


def _starts_row(words: list[_Word]) -> bool:
    """A label line opening a row of its own: ▼/▶ marker or a code like ``1.2``."""
    first = words[0].text if words else ""
    return bool(first) and (first[0] in _AXIS_MARKERS + _SUB_MARKERS or bool(_CODE_RE.match(first)))


def _lead(words: list[_Word]) -> int:
    """Number of leading marker / code words of a label."""
    lead = 0
    while lead < len(words) and _starts_row(words[lead : lead + 1]):
        lead += 1
    return lead


def _column_of(cols: _Columns, centre: float) -> str:
    """The numeric column of a word centred at ``centre``: the header cell spanning it when
    the slide draws them, else the nearest header label's."""
    if cols.boxes:
        inside = [k for k, (a, b) in cols.boxes.items() if a <= centre <= b]
        if len(inside) == 1:
            return inside[0]
    return min(cols.centres, key=lambda k: abs(cols.centres[k] - centre))


def _add_numbers_row(rows: list[_RawRow], row: _RawRow, size: float) -> None:
    """Append a row read from a line holding numbers, fixing vertically centred cells.

    When the label cell wraps and the row is centred vertically, the numbers sit between
    the label lines: the line above (already read as a row without numbers, or as a wrapped
    label of the previous row) belongs to this row when it is nearer to these numbers.
    """
    previous = rows[-1] if rows else None
    if previous is None:
        rows.append(row)
        return
    opens = _starts_row(previous.label_words)
    if (
        not previous.cells
        and not (_starts_row(row.label_words) and opens)
        and row.top - previous.bottom < (0.9 * size if opens else 0.0)
    ):  # "▼ first line" … numbers … "rest": one centred cell
        lead = _lead(row.label_words)
        previous.label_words = (
            row.label_words[:lead] + previous.label_words + row.label_words[lead:]
        )
        previous.cells, previous.anchor = row.cells, row.anchor
        previous.bottom = max(previous.bottom, row.bottom)
        previous.wraps = []
        return
    moved: list[_Word] = []
    # a row whose marker or code stands level with its numbers opens there (cells aligned to
    # their top): the label lines above it are the row above's, however many they wrap to
    opens_here = _starts_row(row.label_words)
    while (
        previous.wraps and previous.anchor is not None and row.anchor is not None and not opens_here
    ):
        line_mid = statistics.median(w.mid_y for w in previous.wraps[-1])
        # nearer these numbers by a clear margin: a line half-way between two rows' numbers
        # (each label line a row of its own, numbers on the first: a converter's rebuilt
        # table) stays the wrapped line of the row above
        if abs(line_mid - row.anchor) >= _NEARER * abs(line_mid - previous.anchor):
            break
        line = previous.wraps.pop()
        moved = line + moved
        previous.label_words = [w for w in previous.label_words if w not in line]
    if moved:  # a marker or code drawn at mid-height stays first
        lead = _lead(row.label_words)
        row.label_words = row.label_words[:lead] + moved + row.label_words[lead:]
        row.top = min(w.top for w in moved)
        previous.bottom = (
            max(w.bottom for w in previous.label_words) if previous.label_words else previous.bottom
        )
    rows.append(row)


_NEARER = 0.8  # a wrapped line moves to the row below when this much nearer its numbers
_TOTAL_LABELS = ("total", "total general", "totaux", "ensemble")
# a word of arrow glyphs only: a row's marker when it opens the label, else a trend symbol
# (« ▲ », « ↗ », « ↘ », « → » after a value)
_TRENDS = "▲△◄◀↗↘→↑↓↔⬈⬊⬉⬋⬆⬇➚➘➔⇧⇩⇗⇘"
_MARKERS_ONLY_RE = re.compile(rf"^[{_AXIS_MARKERS}{_SUB_MARKERS}{_TRENDS}]+$")


def _table_rows(
    page: _Page, start: int, cols: _Columns, axis_edge: float | None = None
) -> tuple[list[_RawRow], int]:
    """Rows under a header (lines ``start``…); stops at a big gap, a new header or a title.
    With ``axis_edge``, the words left of it are an axis column's, read aside
    (:func:`_axis_edge`).

    Words beside the table (right of its drawn extent, or inside a filled shape of their own
    right of its numbers: :func:`sources.cot.table_extent.beside_table`) are no cells; a line
    holding nothing else is skipped, and not counted in the table when it comes last.
    """
    rows: list[_RawRow] = []
    last_bottom = cols.header_bottom
    spacing: float | None = None
    index = end = start  # end: after the last line read (lines beside the table left out)
    keys_right = cols.keys_right if cols.keys_right is not None else max(cols.centres.values())
    column: list[_Word] = []  # the axis column's words (``axis_edge``)
    floats = [  # call-outs laid over the table: shapes holding words (a value badge, a
        # gauge's marker sliding over its track, holds a number only: a cell)
        f
        for f in floating_shapes(page.rects)
        if any(
            inside_floating(w.x0, w.x1, w.top, w.bottom, [f]) and any(ch.isalpha() for ch in w.text)
            for w in page.words
        )
    ]
    while index < len(page.lines):
        if _find_header(page, index) is not None:
            break
        line = [
            w
            for w in page.lines[index]
            if not beside_table(
                w.x0, w.x1, w.top, w.bottom, w.size, cols.right_edge, keys_right, page.rects
            )
            and not inside_floating(w.x0, w.x1, w.top, w.bottom, floats)
            and not beside_left(w.x0, w.x1, w.top, w.bottom, w.size, cols.left_edge, page.rects)
        ]
        if axis_edge is not None:
            column.extend(w for w in line if w.x1 <= axis_edge)
            line = [w for w in line if w.x1 > axis_edge]
        if not line:
            index += 1
            continue
        top = min(w.top for w in line)
        size = statistics.median(w.size for w in line)
        gap = top - last_bottom
        limit = max(3.0 * size, 2.5 * spacing) if spacing else 5.0 * size
        if gap > limit or _is_legend(_join_words(line)) or _is_table_note(_join_words(line)):
            break  # a legend / caption / source under the table is no row
        label: list[_Word] = []
        cells: dict[str, list[_Word]] = {key: [] for key in cols.centres}
        placed: list[tuple[str, list[_Word]]] = []  # each number read and its unit, in order
        last_key: str | None = None  # cell of the word just before, when it is a number
        qualified: _Word | None = None  # the number (or its qualifier) just before
        slashed = False  # the pair cell's slash met: its second value comes
        if cols.pair is not None:
            line = [piece for w in line for piece in _slash_pieces(w)]
        for word in line:
            if _row_number(word, cols):
                continue  # the table's own numbering (a « N° » column), none of its cells
            centre = (word.x0 + word.x1) / 2
            if cols.pair is not None and word.text.strip() == "/" and centre > cols.label_end:
                slashed, last_key, qualified = True, None, None
                continue
            if (
                centre > cols.label_end
                and _MARKERS_ONLY_RE.match(word.text)
                and not _in_label_span(word, cols)
            ):
                continue  # a trend or status arrow in a column of its own (« ▼ », « ► »)
            if (
                cols.text_after is not None
                and word.x0 >= cols.text_after - 2
                and _num(word.text) is None
            ):
                continue  # a remark in the text column after the numbers
            if centre > cols.label_end:  # a colour chip before a number is a marker
                text = _cell_text(word.text)
                if not text:
                    continue
                if text != word.text:
                    word = replace(word, text=text)
            if last_key is not None and _is_unit_after(word, cells[last_key][-1]):
                cells[last_key].append(word)  # « 58,7 » | « pts »: the unit of the number
                if placed and placed[-1][0] == last_key:
                    placed[-1][1].append(word)
                last_key, qualified = None, word
                continue
            elif qualified is not None and _qualifies(word, qualified, cols):
                qualified = word  # « 27 % (avancé) »: a word on the number, no label
                continue
            elif (
                centre <= cols.label_end
                or (not _is_numeric_cell(word.text) and not label_gap(word, cols))
                or _in_label_span(word, cols)
            ):
                label.append(word)
                last_key = None
            else:
                key = _column_of(cols, centre)
                if cols.pair is not None and key in cols.pair:
                    key = cols.pair[1] if slashed else cols.pair[0]
                cells[key].append(word)
                placed.append((key, [word]))
                last_key = key if _num(word.text) is not None else None
                qualified = word if last_key is not None else None
                continue
            qualified = None
        cells = _by_order(cells, placed, cols)
        texts = {k: _join_words(v) for k, v in cells.items() if v}
        numbers = sum(1 for t in texts.values() if _num(t) is not None)
        # a row opening with its marker under rows already read, one number printed: its
        # other cells hold nothing on the page (a value its data bar sets off the slide)
        marked = numbers == 1 and bool(rows) and bool(label) and _starts_row(label)
        # a total row (« Total » and the sum of one column, the percentages left empty),
        # perhaps right under the header: read, then left out of the records
        total = numbers >= 1 and fold(_join_words(label)) in _TOTAL_LABELS
        # (a table split by columns over two slides may hold one number column only)
        if numbers >= min(2, len(cols.centres)) or marked or total:
            anchor = statistics.median(w.mid_y for ws in cells.values() for w in ws)
            row = _RawRow(label, texts, top, max(w.bottom for w in line), anchor)
            if spacing is None and rows:
                spacing = top - rows[-1].top
            _add_numbers_row(rows, row, size)
        elif label and not texts:
            if rows and size > 1.5 * statistics.median(
                w.size for w in rows[-1].label_words or line
            ):
                break  # a slide title or a big caption, not a wrapped label
            first = label[0].text[:1]
            if first and (first in _AXIS_MARKERS + _SUB_MARKERS or _CODE_RE.match(label[0].text)):
                rows.append(_RawRow(label, {}, top, max(w.bottom for w in line)))
            elif rows and gap < 0.9 * size:
                rows[-1].label_words.extend(label)  # wrapped label
                rows[-1].wraps.append(label)
                rows[-1].bottom = max(w.bottom for w in line)
            elif any(r.cells or _starts_row(r.label_words) for r in rows):
                break
            else:  # first line of a centred cell, or a stray line under the header
                rows = [_RawRow(label, {}, top, max(w.bottom for w in line))]
        else:
            break
        last_bottom = max(w.bottom for w in line)
        index += 1
        end = index
    if axis_edge is None:
        edge = _axis_edge(rows)
        if edge is not None:  # read again, the axis column's words aside
            again, again_end = _table_rows(page, start, cols, edge)
            if again:
                return again, again_end
    else:
        labelled = _axis_labels(rows, column)
        if labelled is None:
            return [], end
        rows = labelled
    # rows without numbers are kept only when they open a row of their own (▼ axis alone)
    rows = [r for r in rows if r.cells or _starts_row(r.label_words)]
    return rows, end


def _by_order(
    cells: dict[str, list[_Word]], placed: list[tuple[str, list[_Word]]], cols: _Columns
) -> dict[str, list[_Word]]:
    """A row's cells, the figures read IN ORDER when their places do not tell their columns:
    as many figures as the header has columns, two of them or more nearest one column (text
    pasted with tab characters and no tab stop: each figure at the next default stop after
    the text before it, the columns not lined up from one line to the next). The k-th
    figure, its unit with it, goes in the k-th column from the left — never two figures
    joined into one (« 3,2 » + « 35,8 % » read 32358). Any other row is kept as read."""
    if cols.pair is not None or len(placed) != len(cols.centres):
        return cells
    if len({key for key, _ in placed}) == len(placed):
        return cells  # every figure in a column of its own
    if any(_num(words[0].text) is None for _, words in placed):
        return cells
    if any(a[1][0].x0 >= b[1][0].x0 for a, b in zip(placed, placed[1:], strict=False)):
        return cells
    order = sorted(cols.centres, key=lambda k: cols.centres[k])
    return {key: words for key, (_, words) in zip(order, placed, strict=True)}


def _axis_edge(rows: list[_RawRow]) -> float | None:
    """Where a table's ▶ labels start, when its ▼ axis labels stand in A COLUMN OF THEIR OWN
    left of them (a hierarchical table as a presentation's author draws it: each axis label in
    one cell merged down over its axis's rows, centred in their height, level with a ▶ row or
    between two, the axis's own row holding its numbers under an empty label): rows with
    numbers and no label, and every ▼ label's words left of every ▶ label. None otherwise."""
    if not any(r.cells and not r.label_words for r in rows):
        return None
    subs: list[float] = []  # where each ▶ label starts: its marker, or its code before it
    for row in rows:
        for k, word in enumerate(row.label_words):
            if word.text[:1] in _SUB_MARKERS:
                while k > 0 and _CODE_RE.match(row.label_words[k - 1].text):
                    k -= 1
                subs.append(row.label_words[k].x0)
    if not subs:
        return None
    edge = min(subs) - 5.0
    axes = 0
    for row in rows:
        words = row.label_words
        for k, word in enumerate(words):
            if word.text[:1] not in _AXIS_MARKERS:
                continue
            axes += 1
            before = word
            for after in words[k:]:  # the ▼ label's words on its line, up to a ▶ label or
                # a gap wider than a word space (the next column's text)
                if after is not word and (
                    abs(after.top - word.top) > 2.0
                    or _starts_row([after])
                    or after.x0 - before.x1 > after.size
                ):
                    break
                if after.x1 > edge:
                    return None  # a ▼ label running past where the ▶ labels start
                before = after
    return edge if axes else None


def _axis_labels(rows: list[_RawRow], column: list[_Word]) -> list[_RawRow] | None:
    """The axis column's labels (:func:`_axis_edge`), read down the column — one per ▼, its
    wrapped lines with it — each given to the last numbered row with no label at or above
    its top; None when a label finds no such row."""
    blocks: list[list[_Word]] = []
    for word in sorted(column, key=lambda w: (round(w.top, 1), w.x0)):
        if word.text[:1] in _AXIS_MARKERS or not blocks:
            blocks.append([word])
        else:
            blocks[-1].append(word)
    if not blocks or blocks[0][0].text[:1] not in _AXIS_MARKERS:
        return None
    empty = [r for r in rows if r.cells and not r.label_words]
    targets: list[_RawRow] = []
    for block in blocks:
        top = min(w.top for w in block)
        above = [r for r in empty if r.top <= top + 2.0 and r not in targets]
        if not above:
            return None
        targets.append(above[-1])
    for row, block in zip(targets, blocks, strict=True):
        row.label_words = block
    return rows


# Units a table sets after a number, glued or in a cell of their own (points, percent,
# per mille, euros), a footnote call glued after it (« 27 %* », « 16,4 %¹ »). Only a word that
# is a unit and nothing else counts.
_UNIT_RE = re.compile(r"(?:pts?|points?|%|‰|€|k€|M€)\.?(?:[*†‡¹²³]{1,3}|\(\d\))?", re.IGNORECASE)


def _is_unit_after(word: _Word, number: _Word) -> bool:
    """Whether ``word`` is the unit of the number word just left of it on the row.

    A table pasted from a spreadsheet sets each number right-aligned in its cell and its
    unit (« pts », « % ») alone in the next cell, one space right, with no rule between:
    the unit belongs to the number before it, not to the label. A unit farther than a few
    ems from the number, or a word that is more than a unit, is left to the other rules.
    """
    if not _UNIT_RE.fullmatch(word.text.strip()):
        return False
    gap = word.x0 - number.x1
    return -0.5 < gap < 3.0 * max(word.size, number.size) and abs(word.mid_y - number.mid_y) < (
        0.5 * max(word.size, number.size)
    )


def _in_label_span(word: _Word, cols: _Columns) -> bool:
    """``word`` stands in a label column headed between number columns (a row's code
    « 1.1 » there is label text, not a number)."""
    span = cols.label_span
    return span is not None and span[0] - 0.5 * word.size <= word.x0 and word.x1 <= span[1]


def _qualifies(word: _Word, before: _Word, cols: _Columns) -> bool:
    """``word`` qualifies the number just before it in its cell (« 27 % (avancé) »,
    « 13,7 % (en cours) »): a bracketed comment with no figure, right of the label column,
    set close after the number — its first word opening the bracket, the next ones going on
    while the word before left it open."""
    if (word.x0 + word.x1) / 2 <= cols.label_end or any(ch.isdigit() for ch in word.text):
        return False
    if not 0 <= word.x0 - before.x1 < 2.0 * word.size:
        return False
    if word.text.startswith(("(", "[")):
        return True
    opened = before.text.count("(") + before.text.count("[")
    closed = before.text.count(")") + before.text.count("]")
    return not any(ch.isdigit() for ch in before.text) and opened > closed


def label_gap(word: _Word, cols: _Columns) -> bool:
    """A non-numeric word right of the label zone is still label text if it is not under a
    numeric column (long labels overflowing into the first column)."""
    centre = (word.x0 + word.x1) / 2
    nearest = min(abs(c - centre) for c in cols.centres.values())
    return nearest < 25 and word.text.strip() in ("%", "-", "–", "nc", "NC", "n.c.")


_ECI_WORDS = (
    "economie circulaire",
    "dechet",
    "eci",
    "reemploi",
    "ecologie industrielle",
    "ecoconception",
    "gaspillage",
    "consommation responsable",
    "fonctionnalite",
)
_CAE_WORDS = (
    "climat",
    "energ",
    "mobilit",
    "eclairage",
    "urbanisme",
    "patrimoine",
    "cae",
    "air",
    "batiment",
    "planification",
)


def _referential_hint(text: str) -> str | None:
    folded = fold(text)
    if re.search(r"economie circulaire|\beci\b", folded):
        return "ECI"
    if re.search(r"climat|\bcae\b|air energie|citergie", folded):
        return "CAE"
    return None


def _referential_from_rows(labels: list[str]) -> str | None:
    folded = " ".join(fold(label) for label in labels)
    eci = sum(folded.count(word) for word in _ECI_WORDS)
    cae = sum(len(re.findall(rf"\b{word}", folded)) for word in _CAE_WORDS)
    if eci > cae + 1:
        return "ECI"
    if cae > eci + 1:
        return "CAE"
    return None


@dataclass
class _Table:
    referential: str
    page: int
    rows: list[_RawRow]
    cols: _Columns
    continued: bool = False  # continues the table of the previous slide


_DONT_RE = re.compile(r"^dont\s*:?\s+(?=\S)", re.IGNORECASE)


# a referential identifier printed on a line of its own under a row's label (an export's
# « cae_1.1 », « eci_2.5 »): the row's code, no label text
_IDENTIFIER_RE = re.compile(r"^[a-z]{2,6}_(\d{1,2}(?:\.\d{1,2})*)$")


def _identifier(words: list[_Word]) -> str | None:
    """The code of the identifier ending ``words`` when it stands on a line of its own under
    the label's first line, set smaller (« cae_1.1 » → « 1.1 »); else None."""
    if len(words) < 2:
        return None
    last, first = words[-1], words[0]
    match = _IDENTIFIER_RE.match(last.text.strip())
    if match is None or last.top < first.bottom - 1 or last.size > 0.9 * first.size:
        return None
    return match.group(1)


def _strip_prefix(words: list[_Word]) -> tuple[str | None, str | None, str, float]:
    """(marker level, code, clean label, x0 of first word) of a row label; a referential
    identifier under the label (:func:`_identifier`) gives the code when the label has none."""
    identifier = _identifier(words)
    if identifier is not None:
        words = words[:-1]
    text = _join_words(words)
    level: str | None = None
    code: str | None = None
    changed = True
    while changed and text:
        changed = False
        head = text[0]
        if head in _AXIS_MARKERS:
            level, text, changed = "axis", text[1:].lstrip(), True
        elif head in _SUB_MARKERS:
            level, text, changed = "sub_axis", text[1:].lstrip(), True
        elif head in "•·◦▪–—-*" and len(text) > 1 and text[1] == " ":
            level = level or "dash"
            text, changed = text[1:].lstrip(), True
        elif level is None and (dont := _DONT_RE.match(text)) is not None:
            # « dont Urbanisme »: a report's part of the row above (« of which »)
            level, text, changed = "sub_axis", text[dont.end() :], True
        else:
            match = re.match(r"^(\d{1,2}(?:[.,]\d{1,2})+)\.?\s+", text)
            if match and code is None:
                code = match.group(1).replace(",", ".")
                text, changed = text[match.end() :], True
    x0 = words[0].x0 if words else 0.0
    return level, code or identifier, _clean_label(text), x0


def _assign_levels(tables: list[_Table]) -> list[list[tuple[str, str | None, str]]]:
    """Level per row: markers, else bold contrast, else indentation, else dashes, else code
    depth. Contrasts are measured over a table and its continuation slides together, so a
    continuation page holding only sub-axes is still read right."""
    groups: list[list[_Table]] = []
    for table in tables:
        if table.continued and groups and groups[-1][-1].referential == table.referential:
            groups[-1].append(table)
        else:
            groups.append([table])
    out: list[list[tuple[str, str | None, str]]] = []
    for group in groups:
        rows = [row for table in group for row in table.rows]
        levels = _levels(rows)
        for table in group:
            out.append(levels[: len(table.rows)])
            levels = levels[len(table.rows) :]
    return out


_LEVEL_SIZE_RATIO = 1.17


def _levels(rows: list[_RawRow]) -> list[tuple[str, str | None, str]]:
    info = [_strip_prefix(row.label_words) for row in rows]
    bold = [
        sum(w.bold for w in row.label_words) > 0.6 * max(1, len(row.label_words)) for row in rows
    ]
    xs = [x for _, _, _, x in info]
    x_min = min(xs) if xs else 0.0
    indented = [x - x_min > 6 for x in xs]
    dashed = [lv == "dash" for lv, _, _, _ in info]
    depths = [code.count(".") + 1 if code else 1 for _, code, _, _ in info]
    # the level told by TYPE SIZE alone (axes set larger than their sub-axes, no marker, bold
    # nor indent): two sizes apart by a sixth at least
    sizes = [
        statistics.median(w.size for w in row.label_words) if row.label_words else 0.0
        for row in rows
    ]
    printed = [z for z in sizes if z > 0]
    larger = (
        (min(printed) + max(printed)) / 2
        if printed and max(printed) >= _LEVEL_SIZE_RATIO * min(printed)
        else None
    )
    levels: list[tuple[str, str | None, str]] = []
    for i, (marker, code, label, _) in enumerate(info):
        if marker in ("axis", "sub_axis"):
            level = marker
        elif any(bold) and not all(bold):
            level = "axis" if bold[i] else "sub_axis"
        elif larger is not None:
            level = "axis" if sizes[i] >= larger else "sub_axis"
        elif any(indented):
            level = "sub_axis" if indented[i] else "axis"
        elif any(dashed) and not all(dashed):
            level = "sub_axis" if dashed[i] else "axis"
        elif len(set(depths)) > 1:
            level = "sub_axis" if depths[i] > min(depths) else "axis"
        else:
            level = "axis"
        levels.append((level, code, label))
    return _without_paths(levels)


_PATH_SEPARATORS = (">", "›", "»", "→", "/", "|")
_PATH_CODE_RE = re.compile(r"^(\d{1,2}(?:[.,]\d{1,2})+)\.?\s+")


def _without_paths(
    levels: list[tuple[str, str | None, str]],
) -> list[tuple[str, str | None, str]]:
    """Sub-axis labels written as a PATH from their axis (« Planification territoriale >
    Urbanisme », « … > 1.1 Définir … »): the axis label and the separator are taken off, a
    code opening the rest is the row's code, and the row is a sub-axis whatever its type
    says. Only a label opening with an axis label read above, then a separator, is one."""
    out: list[tuple[str, str | None, str]] = []
    axis: str | None = None
    for level, code, label in levels:
        rest = _path_rest(label, axis) if axis else None
        if rest is None:
            if level == "axis":
                axis = label
            out.append((level, code, label))
            continue
        match = _PATH_CODE_RE.match(rest)
        if match and code is None:
            code, rest = match.group(1).replace(",", "."), rest[match.end() :]
        out.append(("sub_axis", code, _clean_label(rest)))
    return out


def _path_rest(label: str, axis: str) -> str | None:
    """What follows « <axis> <separator> » at the start of ``label``, or None."""
    if not label.startswith(axis):
        return None
    rest = label[len(axis) :].lstrip()
    if not rest or rest[0] not in _PATH_SEPARATORS:
        return None
    rest = rest[1:].strip()
    return rest or None


_SUBTOTAL_LABELS = ("sous-total", "sous total", "sous-totaux", "s/total")


def _subtotals_to_groups(rows: list[_RawRow]) -> list[_RawRow]:
    """A report's group headers and subtotals (an axis row holding its label alone, its
    sub-axes, then a « Sous-total » row holding the axis's numbers): the numbers go to the
    axis they sum, and the sub-total row, no row of the referential, is left out."""
    out: list[_RawRow] = []
    for row in rows:
        label = fold(_strip_prefix(row.label_words)[2]).strip(" :")
        if label not in _SUBTOTAL_LABELS:
            out.append(row)
            continue
        group = next((r for r in reversed(out) if _strip_prefix(r.label_words)[0] == "axis"), None)
        if group is not None and not group.cells:
            group.cells = row.cells
    return out


def _read_table(
    page: _Page, index: int, cols: _Columns, previous: _Table | None, beside: bool = False
) -> tuple[_Table, int]:
    """The table under the header on line ``index``; returns it and the line after it.

    ``beside``: a table set right of another on the same slide (side-by-side halves); with
    the same header label as its left neighbour it continues it (same referential, levels
    measured over both).
    """
    rows, end = _table_rows(page, max(index, cols.last_line) + 1, cols)
    rows = _subtotals_to_groups(with_symbol_markers(rows))  # « q » / « u » for ▼ / ▶
    title = " ".join(
        _join_words(line) for line in page.lines[:index] if line[0].top < cols.header_bottom
    )
    referential = _referential_hint(cols.header_label)
    continued = previous is not None and (
        (
            previous.page == page.no - 1
            and (
                "suite" in fold(title)
                or bool(rows and _strip_prefix(rows[0].label_words)[0] == "sub_axis")
            )
        )
        or (
            beside
            and previous.page == page.no
            and fold(previous.cols.header_label) == fold(cols.header_label)
        )
    )
    if referential is None and continued and previous is not None:
        referential = previous.referential
    if referential is None:
        referential = _referential_from_rows([_join_words(r.label_words) for r in rows])
    if referential is None:
        referential = _referential_hint(title) or (previous.referential if previous else "CAE")
    return _Table(referential, page.no, rows, cols, bool(continued)), end


def _parse_tables(pages: list[_Page]) -> tuple[list[_Table], set[tuple[int, int]]]:
    """Find every progress table; returns them and the (page, line) indexes they use.

    A header naming the same columns twice side by side holds two tables: each is read on
    its own (rows of the left one first, then the right one).
    """
    tables: list[_Table] = []
    used: set[tuple[int, int]] = set()
    previous: _Table | None = None
    parts: list[tuple[_Table, range]] = []  # tables naming a part of the columns
    for page in pages:
        page = with_nil_zeros(page)  # « - » for a nil result, the convention stated
        page = with_legend_keys(page)  # « ⚑ ✔ ◔ » headers named in a legend line
        page = with_merged_values(page)  # one value in a cell merged down several rows
        sentences = _sentence_table(page)  # a progress table written as sentences, a row a
        if sentences is not None:  # line (its words would pass for a header's)
            tables.append(sentences[0])
            used.update((page.no, i) for i in range(sentences[1], sentences[2] + 1))
            previous = sentences[0]
            continue
        found_here = False
        index = 0
        while index < len(page.lines):
            cols = _find_header(page, index)
            if cols is None:
                part_cols = _partial_header(page, index)
                if part_cols is not None:  # a table split by columns over two slides
                    part, end = _read_table(page, index, part_cols, None)
                    parts.append((part, range(index, end)))
                    index = max(end, index + 1)
                    continue
                index += 1
                continue
            cuts = _side_by_side_cuts(page, index)
            if not cuts:
                table, end = _read_table(page, index, cols, previous)
                used.update((page.no, i) for i in range(index, end))
                tables.append(table)
                previous = table
            else:
                line_of = {id(w): i for i, line in enumerate(page.lines) for w in line}
                end = index + 1
                for n, (sub, sub_index) in enumerate(_halves(page, index, cuts)):
                    sub_cols = _find_header(sub, sub_index)
                    if sub_cols is None:
                        continue
                    table, sub_end = _read_table(sub, sub_index, sub_cols, previous, n > 0)
                    lines = {
                        line_of[id(w)] for i in range(sub_index, sub_end) for w in sub.lines[i]
                    }
                    used.update((page.no, i) for i in lines)
                    end = max(end, *(i + 1 for i in lines))
                    tables.append(table)
                    previous = table
            found_here = True
            index = max(end, index + 1)
        if not found_here and previous is not None and previous.page == page.no - 1:
            # a continuation slide without repeated header: reuse the previous columns
            cols = previous.cols
            start = next(
                (
                    i
                    for i, line in enumerate(page.lines)
                    if sum(
                        1
                        for w in line
                        if (w.x0 + w.x1) / 2 > cols.label_end
                        and _is_numeric_cell(_cell_text(w.text))
                    )
                    >= 3
                ),
                None,
            )
            if start is not None and not heads_own_table(page, start, cols.label_end, cols.centres):
                # (a header row of column labels naming no progress column: another table)
                probe = _Columns(  # the previous slide's fills do not bound this one
                    cols.centres,
                    cols.label_end,
                    cols.header_label,
                    page.lines[start][0].top - 1,
                    start - 1,
                    keys_right=cols.keys_right,
                )
                rows, end = _table_rows(page, start, probe)
                if len(rows) >= 2:
                    used.update((page.no, i) for i in range(start, end))
                    table = _Table(previous.referential, page.no, rows, cols, True)
                    tables.append(table)
                    previous = table
    if parts:
        joined = _joined_parts([part for part, _ in parts])
        for table in joined:
            for part, lines in parts:
                if (
                    part.page in (table.page, table.page + 1)
                    and part.referential == table.referential
                ):
                    used.update((part.page, i) for i in lines)
        tables = sorted([*tables, *joined], key=lambda t: t.page)
    return tables, used


def _sentence_table(page: _Page) -> tuple[_Table, int, int] | None:
    """The slide's progress rows written as sentences (:mod:`sources.cot.sentence_rows`), or
    set in a transposed table (:mod:`sources.cot.transposed_rows`), as a table: each row's
    label after a ▼ (axis) or ▶ (sub-axis) marker, its three numbers as cells; the
    referential named by the line above the rows, else by the labels."""
    found = sentence_rows(page) or transposed_rows(page)
    if found is None:
        return None
    records, start, end = found
    rows: list[_RawRow] = []
    for level, first, label, points, done, programmed in records:
        marker = replace(first, text="▼" if level == "axis" else "▶", x1=first.x0 + 4.0)
        words = [marker, replace(first, text=label, x0=first.x0 + 8.0, spaced=True)]
        cells = {
            "points_remaining": points,
            "pct_done": f"{done} %",
            "pct_programmed": f"{programmed} %",
        }
        rows.append(_RawRow(words, cells, first.top, first.bottom))
    header = _join_words(page.lines[start - 1]) if start > 0 else ""
    top = page.lines[start][0].top
    cols = _Columns({}, 0.0, header, top - 1, start - 1)
    referential = (
        _referential_hint(header)
        or _referential_from_rows([label for _, _, label, *_ in records])
        or "CAE"
    )
    return _Table(referential, page.no, rows, cols), start, end


def _fraction_scale(rows: list[_RawRow], key: str) -> float:
    """100 when a percentage column writes its values as fractions of one (« 0,27 » for
    27 %, « 0,164 », « 0 »): none printed with « % », every value between 0 and 1, one at
    least with decimals; else 1."""
    texts = [t for r in rows if (t := r.cells.get(key))]
    values = [_num(t) for t in texts]
    if not texts or any(v is None for v in values) or any("%" in t for t in texts):
        return 1.0
    if all(0 <= v <= 1 for v in values if v is not None) and any(
        v is not None and 0 < v < 1 for v in values
    ):
        return 100.0
    return 1.0


def _scaled(text: str | None, scale: float) -> float | None:
    """:func:`_num` of a cell, times ``scale`` (a fraction of one read as a percentage)."""
    value = _num(text)
    return None if value is None else round(value * scale, 6)


def _axes_below(
    tables: list[_Table], all_levels: list[list[tuple[str, str | None, str]]]
) -> dict[tuple[int, int], str]:
    """Sub-axis rows whose axis row is printed UNDER them (a pivot table's « synthèse sous le
    détail »: each axis's ▶ rows, then its ▼ row), by (table, row): their axis's label. A
    referential is read so when its first row is a sub-axis row, and, where the points are
    printed, each axis's points are the sum of the sub-axis rows above it (not of those
    below) for most axes."""
    out: dict[tuple[int, int], str] = {}
    by_ref: dict[str, list[tuple[int, int, str, str, float | None]]] = {}
    for t, (table, levels) in enumerate(zip(tables, all_levels, strict=True)):
        for r, (row, (level, _, label)) in enumerate(zip(table.rows, levels, strict=True)):
            if label and fold(label) not in _TOTAL_LABELS:
                points = _num(row.cells.get("points_remaining"))
                by_ref.setdefault(table.referential, []).append((t, r, level, label, points))
    for rows in by_ref.values():
        if not rows or rows[0][2] == "axis" or not any(x[2] == "axis" for x in rows):
            continue
        runs: list[tuple[list[tuple[int, int, str, str, float | None]], tuple]] = []
        pending: list[tuple[int, int, str, str, float | None]] = []
        for row in rows:
            if row[2] == "axis":
                runs.append((pending, row))
                pending = []
            else:
                pending.append(row)
        checked = [
            abs(sum(x[4] for x in run) - axis[4]) <= 0.15 * max(len(run), 1)  # type: ignore[operator]
            for run, axis in runs
            if run and axis[4] is not None and all(x[4] is not None for x in run)
        ]
        if checked and 2 * sum(checked) <= len(checked):
            continue  # the sums say otherwise: read as before
        for run, axis in runs:
            for t, r, *_ in run:
                out[t, r] = axis[3]
    return out


def _referential_records(
    tables: list[_Table], territory: str | None, source_file: str, sha: str
) -> list[ReferentialScoreRecord]:
    records: list[ReferentialScoreRecord] = []
    parents: dict[str, str | None] = {}
    all_levels = _assign_levels(tables)
    below = _axes_below(tables, all_levels)  # sub-axis row → its axis printed under it
    for t, (table, levels) in enumerate(zip(tables, all_levels, strict=True)):
        done_scale = _fraction_scale(table.rows, "pct_done")
        programmed_scale = _fraction_scale(table.rows, "pct_programmed")
        for r, (row, (level, code, label)) in enumerate(zip(table.rows, levels, strict=True)):
            if not label or fold(label) in _TOTAL_LABELS:
                continue
            label = referential_case(table.referential, label) or label  # caps effects
            if level == "axis":
                parents[table.referential] = label
                parent = None
            elif (t, r) in below:
                parent = referential_case(table.referential, below[t, r])
            else:
                parent = parents.get(table.referential)
            records.append(
                ReferentialScoreRecord(
                    territory_name=territory,
                    referential=table.referential,
                    level=level,
                    code=code,
                    label=label,
                    parent_label=parent,
                    points_remaining=_num(row.cells.get("points_remaining")),
                    pct_done=_scaled(row.cells.get("pct_done"), done_scale),
                    pct_programmed=_scaled(row.cells.get("pct_programmed"), programmed_scale),
                    source_file=source_file,
                    source_sha256=sha,
                    page=table.page,
                )
            )
    return records
