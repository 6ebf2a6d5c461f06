"""Unruled or striped implementation tables, read from the header's column geometry.

Column bounds come from vertical rules or the x where the fewest body words cross; rows are
cut on horizontal rules or stripe edges, else on vertical gaps. Cells are read word by word:
a segment running over two narrow-padded cells is cut at the column bound, header cells
naming two columns are split by vocabulary, numbers go to the column of their right edge
and the digit groups of one amount are never cut.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from sources.pdf.band_rows import is_band, spanning_fills
from sources.pdf.cells import _VOCABULARY, join_wrapped
from sources.pdf.column_silos import silo_rows
from sources.pdf.columns import (
    column_key,
    cut_label_start,
    ends_cut,
    is_header,
    join_label_line,
    label_key,
    pair_label,
)
from sources.pdf.content import Line, Segment, TableBlock, TableRow
from sources.pdf.flow import filled_panels
from sources.pdf.icons import is_icon
from sources.pdf.list_groups import list_group
from sources.pdf.paragraph_bands import below_bands, row_bands
from sources.pdf.rules import _table_rules, under_rule, vertical_rules
from sources.pdf.scans import OcrPage
from sources.pdf.table_shift import continuation_shift

_RULE_SLACK = 15.0  # pt: a label slanted over its column may start this far left of its rule


def _header_cells(
    line: Line, following: list[Line], is_stop: Callable[[Line], bool] | None = None
) -> list[tuple[str, float, float]] | None:
    """Header cells (key, x0, x1) when ``line`` (plus wrapped header lines) is a table header.

    Header cells centred vertically straddle lines: 2-line labels ("Ressources" / "à
    mobiliser") start above the 1-line ones ("Etape", "Porteur"). A line holding header words
    only part of the columns therefore starts a header when, with the header lines right below
    it, it names enough columns; header words found below outside its cells open new cells.
    Labels cut inside words by hand (« Plani- » / « fication », « Par- » / « te- » /
    « naires envi- » / « sagés »): a line ending a cell in a cut word may start the header,
    a cut word opens a cell, the next line of the cell is joined to it with no space
    (:func:`~sources.pdf.columns.join_label_line`), and lines are taken in past the second
    while a cell's last line ends in a cut word.
    """
    segs = [(s.x0, s.x1, s.text) for s in _split_header_segments(line.segments)]
    keys = [column_key(t) for _, _, t in segs]
    alone = is_header(keys)
    if not alone and (
        not (any(keys) or any(ends_cut(t) for _, _, t in segs)) or is_stop is None or is_stop(line)
    ):
        return None
    cells = [[k, x0, x1, t] for (x0, x1, t), k in zip(segs, keys, strict=True)]
    previous_bottom = line.bottom
    for n, nxt in enumerate(following):  # wrapped header words ("Ressources à" / "mobiliser")
        if _header_rows([line, *following[: n + 1]]) > 2 and not any(ends_cut(c[3]) for c in cells):
            break
        if (
            not _wrapped_header_gap(nxt, previous_bottom, line)
            or (line.bold and not nxt.bold)
            or _opens_pair(nxt)
        ):
            break
        if _straddles_cells(nxt, cells):
            if alone:  # the header line names its columns itself: its body starts here
                break
            return None
        named = not alone and _names_columns(nxt)
        # a label set lower in the header's own row (a one-line label centred beside two-line
        # ones, its line starting above the header line's bottom): a column of its own even
        # beside a line that alone names enough columns
        beside = alone and _header_rows([line, *following[: n + 1]]) == 0
        named_under: dict[int, set[str]] = {}
        for seg in _by_cell(_split_header_segments(nxt.segments), cells):
            hit = False
            for cell in cells:
                if _under_cell(seg.x0, seg.x1, cell):
                    hit = True
                    seg_key = column_key(seg.text)
                    if seg_key is not None and cell[0] is not None and not alone:
                        named_under.setdefault(id(cell), set()).add(seg_key)
                    if ends_cut(cell[3]):  # the rest of a cut word: its line may be wider
                        cell[1], cell[2] = min(cell[1], seg.x0), max(cell[2], seg.x1)
                    cell[3] = join_label_line(cell[3], seg.text)
                    if cell[0] is None:
                        cell[0] = label_key(cell[3])
            key = None if hit or (alone and not beside) else column_key(seg.text)
            if beside and key in {c[0] for c in cells}:
                key = None
            if key is not None or (not hit and (ends_cut(seg.text) or named)):
                # a label naming no known column on a line of header labels (« Acteurs »
                # beside « Etape », « Descriptif »): a column of its own, never part of the
                # column at its left
                cells.append([key, seg.x0, seg.x1, seg.text])
        if any(len(keys_under) > 1 for keys_under in named_under.values()):
            # two labels naming columns under one « label » of the line: that line is a
            # caption over the table (« Étapes de l'action 1.1.4 », a chart tool's title
            # 10 px above its table), never a header cell
            return None
        cells.sort(key=lambda c: c[1])
        previous_bottom = nxt.bottom
    if not alone and not is_header([c[0] for c in cells]):
        return None
    out = []
    for i, (key, x0, x1, _text) in enumerate(cells):
        out.append((key or f"col{i}", x0, x1))
    return out


def _straddles_cells(line: Line, cells: list[list[Any]] | list[tuple[str, float, float]]) -> bool:
    """A word of ``line`` overlapping the labels of two header cells: a header label's lines
    stay inside their cell, so cells one word runs across are pieces of one line of running
    text whose words name columns (« Budget consolidé des | opérations » over « passées, hors
    subventions, tel » in a justified text column of Writer), never a header. Overlaps are
    counted from half a font size: the bound between two labels glued into one word
    (« PlanificationRessources ») is only estimated."""
    least = 0.5 * line.size
    for seg in line.segments:
        for x0, x1, _ in seg.words or [(seg.x0, seg.x1, seg.text)]:
            if sum(1 for c in cells if min(x1, c[2]) - max(x0, c[1]) > least) >= 2:
                return True
    return False


_OFFSET_SHARE = 0.2  # of a font size: a line starting this far above the last one's bottom


def _row_shaped(line: Line, starts: list[float]) -> bool:
    """A line whose cells fall in three of the table's columns or more (``starts``: the
    columns' left edges), its first column's among them: a row of the table."""
    if len(starts) < 3:
        return False
    columns = {bisect_left(starts, seg.x0 + 3) for seg in line.segments}
    return len(columns) >= 3 and min(columns) == 1


def _header_rows(lines: list[Line]) -> int:
    """Text rows under the first of header ``lines``: a line starting well above the bottom of
    the line before it is no row of its own but a label centred lower beside it (« Porteur »,
    one line, between « Ressources à » and « mobiliser » in the second row of a two-row
    header), so labels on two lines beside it keep their second line."""
    return sum(
        1
        for before, line in zip(lines, lines[1:], strict=False)
        if line.top >= before.bottom - _OFFSET_SHARE * line.size
    )


def _opens_pair(line: Line) -> bool:
    """A line holding a « Label : » naming a steps column (a bold label in a body cell, « Partenaires envisagés : »
    over its value, right under a header): a cell's content, never a header label's
    wrapped line — header labels end without a colon."""
    return any((pair_label(seg.text) or (None,))[0] is not None for seg in line.segments)


def _names_columns(line: Line) -> bool:
    """``line`` holds two column names or more (a header line, not a body line)."""
    return sum(1 for s in _split_header_segments(line.segments) if column_key(s.text)) >= 2


def _wrapped_header_gap(line: Line, previous_bottom: float, header: Line) -> bool:
    """``line`` is close enough under the header line above to be its wrapped part: within
    half a line, or — a line that itself names columns — within a whole line (a web page's
    line-height 1.5 leaves half a line between the wrapped labels « Ressources » / « à
    mobiliser » set at the bottom of their cells)."""
    gap = line.top - previous_bottom
    if gap < 0.5 * header.size:
        return True
    return gap < 1.0 * header.size and _names_columns(line)


_FIT_MARGIN = 2.0  # font sizes kept for the cell paddings either side of a column bound


def _fits_label_above(
    cells: list[tuple[str, float, float]], header: list[Line], line: Line
) -> bool:
    """On a scan (no bold to tell a header from its body): ``line`` is no wrapped header line
    when a word of it would have fitted on the header label above it, clear of the next
    header cell by :data:`_FIT_MARGIN` font sizes: labels are wrapped greedily, so « Etape »
    never goes on with « Lancer » on a line of its own (a body line right under a tight
    header row, without fill or rule to close it). Only words starting where a label starts
    (labels and cells set at the left) are weighed; the last column, whose bound is
    unknown, tells nothing."""
    starts = sorted(x0 for _, x0, _ in cells)
    for seg in line.segments:
        if not seg.words:
            continue
        # only under a label set at the column's left, as the body is (a centred label
        # starts right of its column's edge: where the column starts is unknown)
        column = [k for k, x0 in enumerate(starts) if abs(seg.x0 - x0) <= line.size]
        if not column or column[0] + 1 >= len(starts):
            continue
        left, bound = starts[column[0]], starts[column[0] + 1]
        label_end = max(
            (s.x1 for h in header for s in h.segments if left - 1 <= s.x0 < bound and s.x1 < bound),
            default=None,
        )
        if label_end is None:
            continue
        first = seg.words[0]
        width = first[1] - first[0]
        if label_end + 0.3 * line.size + width <= bound - _FIT_MARGIN * line.size:
            return True
    return False


def _closed_under(
    page: Any, cells: list[tuple[str, float, float]], lines: list[Line], start: int, i: int
) -> bool:
    """On a scan, header ``lines[start:i]`` and ``lines[i]`` share one filled or ruled band:
    no rule (or fill edge) between them, one right under ``lines[i]`` (within half a font
    size), above the next line. A label set on two lines with a break (« Ressources » /
    « à mobiliser ») is then the header's, though a word of it would have fitted above."""
    span = (min(c[1] for c in cells), max(c[2] for c in cells))
    ys = [y for y, _ in _table_rules(page, span[0], span[1], 0.6)]
    line, above = lines[i], lines[i - 1]
    if any(above.bottom - 1 < y < line.top + 1 for y in ys):
        return False
    limit = line.bottom + 0.5 * line.size
    if i + 1 < len(lines):
        limit = min(limit, lines[i + 1].top + 1)
    return any(line.bottom - 1 < y < limit for y in ys)


def _under_cell(x0: float, x1: float, cell: list[Any]) -> bool:
    """Text from ``x0`` to ``x1`` on a wrapped header line lies under the header ``cell``
    (within 3 pt): it overlaps it, and — starting left of the cell and ending inside it —
    by half its width at least. A label wider than its column runs on over the next cell's
    start (« ◷ Planification » into « Ressources »'s column, its last letters over « à
    mobiliser »): it is no line of the label it only grazes. A centred line wider than the
    one above it (« Parte- » over « naires envisagés ») runs past both sides: it is."""
    left, right = cell[1] - 3, cell[2] + 3
    if not (x0 < right and x1 > left):
        return False
    return x0 >= left or x1 >= right or x1 - left >= 0.5 * (x1 - x0)


def _by_cell(segments: list[Segment], cells: list[list[Any]]) -> list[Segment]:
    """A wrapped header line's segments re-cut where their words leave a header cell above:
    a narrow cell padding glues « Planification » (a one-line label, centred lower) to
    « à mobiliser » (the second line of « Ressources ») into one segment. Words going on
    past a cell whose last line ends in a cut word (« Par- » over « naires envi- ») and
    lying in no cell stay with it: the rest of the cut word's line."""
    out: list[Segment] = []
    for seg in segments:
        if len(seg.words) < 2:
            out.append(seg)
            continue
        groups: list[tuple[int | None, list[tuple[float, float, str]]]] = []
        places = [
            next((i for i, c in enumerate(cells) if _under_cell(w[0], w[1], c)), None)
            for w in seg.words
        ]
        for n in range(len(places) - 2, -1, -1):  # an icon goes with the label it precedes
            if is_icon(seg.words[n][2]):
                places[n] = places[n + 1]
        for word, where in zip(seg.words, places, strict=True):
            if where is None and groups and groups[-1][0] is not None:
                if ends_cut(cells[groups[-1][0]][3]):
                    where = groups[-1][0]
            if groups and groups[-1][0] == where:
                groups[-1][1].append(word)
            else:
                groups.append((where, [word]))
        if len(groups) == 1:
            out.append(seg)
        else:
            out += [_sub_segment(words, seg.bold) for _, words in groups]
    return out


def _split_header_segments(segments: list[Segment]) -> list[Segment]:
    """Header segments holding two column names (« Porteur Partenaires envisagés »: cell
    padding narrower than the word gap) split where the words on each side name different
    columns, or where the words on the left are a label cut at its cell's edge with no hyphen
    (« Planificatio Ressources à » over « n mobiliser »,
    :func:`~sources.pdf.columns.cut_label_start`), or before such a cut label's start after
    a whole label (« Porteur Partenai » over « res »)."""
    out: list[Segment] = []
    for seg in segments:
        words = _unglue_header_words(seg.words) if _GLUE_RE.search(seg.text) else seg.words
        pieces: list[list[tuple[float, float, str]]] = [words] if words else []
        changed = True
        while changed and words:
            changed = False
            for n, piece in enumerate(pieces):
                for i in range(1, len(piece)):
                    # the cheap, cached one-word test first: most body lines stop here
                    word_key = column_key(piece[i][2])
                    if not word_key:
                        # a label cut at its cell's edge after a whole one (« Porteur
                        # Partenai » over « res »): the cut start is a column of its own
                        rest = " ".join(w[2] for w in piece[i:])
                        if cut_label_start(rest) and column_key(" ".join(w[2] for w in piece[:i])):
                            pieces[n : n + 1] = [piece[:i], piece[i:]]
                            changed = True
                            break
                        continue
                    right = column_key(" ".join(w[2] for w in piece[i:]))
                    if right != word_key:
                        continue
                    left_text = " ".join(w[2] for w in piece[:i])
                    left = column_key(left_text)
                    if (left and left != right) or (not left and cut_label_start(left_text)):
                        pieces[n : n + 1] = [piece[:i], piece[i:]]
                        changed = True
                        break
                if changed:
                    break
        if len(pieces) <= 1 and words is seg.words:
            out.append(seg)
        else:
            out += [_sub_segment(piece, seg.bold) for piece in pieces]
    return out


_GLUE_RE = re.compile(r"(?<=[a-zà-ÿ])(?=[A-ZÀ-Ý])")


def _unglue_header_words(
    words: list[tuple[float, float, str]],
) -> list[tuple[float, float, str]]:
    """Two header cells glued into one word (« PlanificationRessources »: a bold label as
    wide as its narrow cell touches the next one, so no gap is left between their glyphs)
    are cut where a lower-case letter meets a capital and each side names a different
    column; the cut is placed by the share of letters on each side."""
    out: list[tuple[float, float, str]] | None = None
    for index, (x0, x1, text) in enumerate(words):
        cut = None
        if len(text) >= 8 and _GLUE_RE.search(text):
            for match in _GLUE_RE.finditer(text):
                left, right = text[: match.start()], text[match.start() :]
                left_key, right_key = column_key(left), column_key(right)
                if left_key and right_key and left_key != right_key:
                    cut = match.start()
                    break
        if cut is None:
            if out is not None:
                out.append((x0, x1, text))
            continue
        if out is None:
            out = list(words[:index])
        x_cut = x0 + (x1 - x0) * cut / len(text)
        out += [(x0, x_cut, text[:cut]), (x_cut, x1, text[cut:])]
    return words if out is None else out


def _boundaries(
    cells: list[tuple[str, float, float]],
    body: list[Line],
    verticals: list[tuple[float, float, float]],
    left: float,
    right: float,
) -> list[float]:
    """Column boundaries between header cells: a vertical rule if any, else the x where the
    fewest body words cross (header text may be centred over left-aligned cells). A grid
    drawn under header labels that stand off their columns (labels slanted over the columns'
    heads, each starting at its column's foot-left corner) has one inner column rule a gap:
    those rules are the bounds."""
    inner = _inner_rules(cells, body, verticals, left, right)
    if inner is not None:
        return [left, *inner, right]
    bounds = [left]
    words = [  # words, not segments: a segment may run over two narrow-padded cells
        (w[0], w[1]) if s.words else (s.x0, s.x1)
        for ln in body
        for s in ln.segments
        for w in (s.words or [(s.x0, s.x1, s.text)])
    ]
    for (_, _, prev_x1), (_, next_x0, _) in zip(cells, cells[1:], strict=False):
        lo, hi = prev_x1, next_x0
        rule = [x for x, _, _ in verticals if lo - 2 <= x <= hi + 2]
        if rule:
            bounds.append(rule[-1])
            continue
        best_x, best = hi - 2, None
        x = hi - 1.0
        while x >= lo:
            crossing = sum(1 for a, b in words if a < x < b)
            if best is None or crossing < best:
                best, best_x = crossing, x
            x -= 1.0
        bounds.append(best_x)
    bounds.append(right)
    return bounds


def _inner_rules(
    cells: list[tuple[str, float, float]],
    body: list[Line],
    verticals: list[tuple[float, float, float]],
    left: float,
    right: float,
) -> list[float] | None:
    """The table's inner column rules, one between each two header cells (each rule at most
    a label's slant left of the next cell's start: :data:`_RULE_SLACK`), when some gap holds
    none; else None (every gap has its rule, or the rules do not match the cells). The
    grid's sides (no body text beyond them) are no inner rule."""
    if not body:
        return None
    text_left = min(ln.x0 for ln in body)
    text_right = max(ln.x1 for ln in body)
    xs: list[float] = []
    for x, _, _ in sorted(verticals):
        if left + 4 < x < right - 4 and text_left < x < text_right and (not xs or x - xs[-1] > 2):
            xs.append(x)
    if len(xs) != len(cells) - 1 or len(xs) < 2:
        return None
    pairs = zip(cells, cells[1:], strict=False)
    if all(any(lo - 2 <= x <= hi + 2 for x in xs) for (_, _, lo), (_, hi, _) in pairs):
        return None  # each gap holds a rule: read as before
    for k, x in enumerate(xs):
        if not (cells[k][1] < x and cells[k + 1][1] >= x - _RULE_SLACK):
            return None
    return xs


def _split_segments(line: Line, bounds: list[float]) -> list[list[Segment]]:
    """Assign a line's words to columns (segments are split at column boundaries)."""
    cols: list[list[Segment]] = [[] for _ in range(len(bounds) - 1)]
    for seg in _cut_at_bounds(line.segments, bounds):
        centre_col = None
        # a number is placed by its right edge: right-aligned amounts may start left of a
        # boundary estimated from a centred header
        anchor = seg.x1 - 1 if _NUMERIC_RE.fullmatch(seg.text) else seg.x0
        for i in range(len(bounds) - 1):
            if anchor >= bounds[i] - 2 and anchor < bounds[i + 1] - 1:
                centre_col = i
                break
        if centre_col is None:
            centre_col = 0 if anchor < bounds[0] else len(cols) - 1
        cols[centre_col].append(seg)
    return cols


def _cut_at_bounds(segments: list[Segment], bounds: list[float]) -> list[Segment]:
    """Segments re-split at column boundaries they cross: cells whose padding is narrower
    than the word gap (« GACdG » + « Chambre du ») are read as one segment, and must never
    be concatenated into one cell."""
    inner = bounds[1:-1]
    out: list[Segment] = []
    for seg in segments:
        if not seg.words or not any(seg.x0 < b - 1 and seg.x1 > b + 1 for b in inner):
            out.append(seg)
            continue
        current: list[tuple[float, float, str]] = []
        for word in _unglue_overflow(seg.words, inner):
            if (
                current
                and any(
                    word[0] >= b - 1
                    and (
                        current[-1][1] <= b + 1
                        # a word overflowing past the rule, the next cell's word printed
                        # over its last letter (« communicatio|n » over « naturalistes »)
                        or (current[-1][0] < b - 1 and word[0] < current[-1][1] - 0.2)
                    )
                    for b in inner
                )
                and not _same_number(current[-1], word)
            ):
                out.append(_sub_segment(current, seg.bold))
                current = []
            current.append(word)
        out.append(_sub_segment(current, seg.bold))
    return out


def _unglue_overflow(
    words: list[tuple[float, float, str]], inner: list[float]
) -> list[tuple[float, float, str]]:
    """A word wider than its column that the browser let overflow into the next cell, glued
    to that cell's first word (« communicationnaturalistes »: no gap in the text layer): cut
    where a word the document writes elsewhere (:func:`~sources.pdf.cells.vocabulary`) ends,
    when the other side is letters and the cut falls, by the share of letters, within two
    letters of the column bound the word crosses."""
    vocab = _VOCABULARY.get()
    if not vocab:
        return words
    out: list[tuple[float, float, str]] = []
    for x0, x1, text in words:
        crossed = [b for b in inner if x0 < b - 1 and x1 > b + 1]
        cut = None
        if crossed and len(text) >= 12 and text.isalpha():
            step = (x1 - x0) / len(text)
            for n in range(9, len(text) - 1):
                if text[:n].casefold() in vocab and any(
                    abs(x0 + n * step - b) <= 2 * step + 6 for b in crossed
                ):
                    cut = n
        if cut is None:
            out.append((x0, x1, text))
        else:
            x_cut = x0 + (x1 - x0) * cut / len(text)
            bound = min(crossed, key=lambda b: abs(b - x_cut))  # each piece on its side
            out += [(x0, min(x_cut, bound), text[:cut]), (max(x_cut, bound), x1, text[cut:])]
    return out


_NUMERIC_RE = re.compile(r"[-+]?\d[\d\s\u202f\u00a0.,]*(?:\s?(?:k€|M€|€|%|ETP))?")
_THOUSANDS_RE = re.compile(r"\d{3}(?:[.,]\d+)?(?:k€|M€|€|%)?")


def _same_number(left: tuple[float, float, str], right: tuple[float, float, str]) -> bool:
    """« 400 » « 000 »: digit groups of one amount (a thin gap), never two cells."""
    return (
        left[2].isdigit()
        and len(left[2]) <= 3
        and bool(_THOUSANDS_RE.fullmatch(right[2]))
        and right[0] - left[1] < 4.0
    )


def _sub_segment(words: list[tuple[float, float, str]], bold: bool) -> Segment:
    return Segment(words[0][0], words[-1][1], " ".join(w[2] for w in words), bold, words)


def _icons_over(line: Line, header: Line, cells: list[tuple[str, float, float]]) -> bool:
    """``line`` holds only icon glyphs (:mod:`sources.pdf.icons`), each over a header cell,
    right above the header's first line (within a line): the icon of a label wrapped onto a
    line of its own (« ⛁ » over « Ressources » / « à mobiliser »), a part of the header."""
    if header.top - line.bottom > header.size or line.bottom > header.top + 1:
        return False
    words = [w for seg in line.segments for w in (seg.words or [(seg.x0, seg.x1, seg.text)])]
    return bool(words) and all(
        is_icon(w[2]) and any(w[0] < x1 + 3 and w[1] > x0 - 3 for _, x0, x1 in cells) for w in words
    )


def _in_cell(lines: list[Line], index: int) -> bool:
    """A label-like line (« Plan d'actions ») that is a cell's wrapped line, not a heading
    after the table: it interleaves with the line above (cells centred vertically) or follows
    it at line spacing in the same weight. A heading or field label after a table comes after
    the row's padding and the paragraph's spacing."""
    line, above = lines[index], lines[index - 1]
    if line.top < above.bottom - 0.5:
        return True
    return line.top - above.bottom < 0.3 * line.size and line.bold == above.bold


def _geometry_table(
    lines: list[Line],
    start: int,
    cells: list[tuple[str, float, float]] | None,
    previous: TableBlock | None,
    page: Any,
    page_no: int,
    is_stop: Callable[[Line], bool],
    continued: TableBlock | None = None,
) -> tuple[TableBlock, int] | None:
    """Read an unruled/striped table from column geometry.

    ``cells`` are the header cells found at ``lines[start]`` (or ``None`` for a continuation
    without header, reusing ``previous`` boundaries). Rows are cut on horizontal rules or
    stripe edges when present, else on vertical gaps wider than the line spacing.
    Returns the block and the index of the first line after it.
    """
    if cells is not None:
        header = lines[start]
        i = start + 1
        header_rules: list[tuple[float, list[tuple[float, float]]]] | None = None
        while (
            i < len(lines)
            and (
                _header_rows(lines[start : i + 1]) <= 2
                or any(ends_cut(seg.text) for seg in lines[i - 1].segments)
            )
            and _wrapped_header_gap(lines[i], lines[i - 1].bottom, header)
            and (not header.bold or lines[i].bold)
            and not _opens_pair(lines[i])
            and not _straddles_cells(lines[i], cells)
            and not (
                isinstance(page, OcrPage)
                and _fits_label_above(cells, lines[start:i], lines[i])
                and not _closed_under(page, cells, lines, start, i)
            )
        ):
            # a rule or fill edge running above every cell of the next line closes the header
            # (a regular-weight header on a tight row: the first body line is as close as a
            # wrapped header line would be); header cells of unequal heights leave the rule
            # open above the wrapped labels
            if header_rules is None:
                span = (min(c[1] for c in cells), max(c[2] for c in cells))
                header_rules = _table_rules(page, span[0], span[1], 0.6)
            if any(
                lines[i - 1].bottom - 1 < y < under_rule(lines[i], isinstance(page, OcrPage))
                and all(
                    any(a - 1 <= (seg.x0 + seg.x1) / 2 <= b + 1 for a, b in pieces)
                    for seg in lines[i].segments
                )
                for y, pieces in header_rules
            ):
                break
            i += 1
        body_start = i
        keys = [c[0] for c in cells]
        top = header.top
        if start > 0 and _icons_over(lines[start - 1], header, cells):
            top = lines[start - 1].top  # the header's: never a line of text above the table
    else:
        assert previous is not None
        body_start, keys, top = start, previous.keys, lines[start].top
        # a header row cut by the page break leaves its last words on top of the next page
        # (« mobiliser », « envisagés »): bold, lower-case, above a regular body line
        while (
            body_start + 1 < len(lines)
            and lines[body_start].bold
            and not lines[body_start + 1].bold
            and all(seg.text[:1].islower() for seg in lines[body_start].segments)
        ):
            body_start += 1
        # a table going on shifted on the next page (mirrored margins): its bounds follow
        shift = continuation_shift(_probe(lines, body_start, is_stop), previous.bounds)
        if shift:
            previous = replace(previous, bounds=[b + shift for b in previous.bounds])
        elif (
            body_start < len(lines)
            and previous.bounds
            and lines[body_start].x0 < previous.bounds[0] - max(8.0, lines[body_start].size)
        ):
            return None  # text starting left of the table (a list after it, a new page of
            # prose, the comments Word lists at a document's end) is no row of it
    # a "stop" line (field label, heading) starts at the table's left; one starting right of
    # the first column is a cell's line (« enjeux » alone in a narrow description); right under
    # the header only a « Label : » naming a column is (« Partenaires envisagés : », the rest
    # of a row cut by a page break), never a heading centred under a header that ends a page
    if cells is not None:
        first_col_end = (cells[0][2] + cells[1][1]) / 2 if len(cells) > 1 else cells[0][2]
    else:
        first_col_end = previous.bounds[1] if previous and len(previous.bounds) > 2 else 0.0
    starts = (
        [c[1] for c in cells] if cells is not None else (previous.bounds[:-1] if previous else [])
    )
    end = body_start
    while end < len(lines) and not (
        is_stop(lines[end])
        and (
            (end == body_start and not _opens_pair(lines[end]))
            or (lines[end].x0 < first_col_end and (end == body_start or not _in_cell(lines, end)))
        )
    ):
        if (
            end > body_start
            and lines[end].top - lines[end - 1].bottom > 28
            and not _row_shaped(lines[end], starts)
        ):
            break  # a wide gap ends the table, unless a row of its columns follows (a
            # spreadsheet's rows keep the height their tallest cell was given)
        if end > body_start and _source_note(page, lines[end], lines[end - 1], starts):
            break
        end += 1
    body = lines[body_start:end]
    if cells is not None:
        left = min(c[1] for c in cells) - 8
        right = max([c[2] for c in cells] + [ln.x1 for ln in body]) + 2
        bottom = body[-1].bottom if body else lines[body_start - 1].bottom
        verticals = [  # column rules of this table, not of a table above or below it
            v for v in vertical_rules(page, 8) if v[1] < bottom + 2 and v[2] > top - 2
        ]
        bounds = _boundaries(cells, body, verticals, left, right)
    else:
        bounds = previous.bounds if previous else []
    if len(bounds) < 4:
        return None
    rule_pieces = _table_rules(page, bounds[0], bounds[-1], 0.6)
    drawn_rows = bool(rule_pieces)  # the table draws horizontal rules (maybe around the body)
    if body:  # only rules between body lines cut rows: a rule above or below the body (header
        # band fill, running header, a scan's unseen light stripes) must not stop gap-based rows
        # (nor a header fill's bottom edge within the first line's glyph box: engines place
        # glyph tops ~2 pt apart)
        first, last = body[0], body[-1]
        rule_pieces = [
            r
            for r in rule_pieces
            if min(first.top + 0.5 * first.size, first.bottom) - 1 < r[0] < last.bottom + 1
        ]
    rules = [y for y, _ in rule_pieces]
    if rules and all(_over_group(y, body, bounds) for y in rules):
        rules = []  # rules drawn only above a grouped view's headings: no row rules
    block = TableBlock(
        page_no,
        top,
        body[-1].bottom if body else lines[body_start - 1].bottom,  # header alone: its bottom
        keys,
        cells is not None,
        bounds=bounds,
        ncols=len(keys),
        rows_ruled=bool(rules),
    )
    columns = {id(line): _split_segments(line, bounds) for line in body}
    scan = isinstance(page, OcrPage)
    heads = {id(line) for line in body if _heads_group(line, bounds)}  # « ⊟ Planification : »
    row_gap = _row_gap_ratio(body, columns, 0.0 if scan else _SNAP, heads)
    groups: list[list[Line]] = []
    above: list[list[tuple[float, float]] | None] = []  # pieces of the rule above each group
    # the page's fills, when rows are cut on rules (a shaded row's bands: where it ends)
    fills = filled_panels(getattr(page, "rects", [])) if rules and not scan else []
    bands: list[tuple[float, float, float, float]] = []  # the current row's bands
    for line in body:
        if not groups:
            groups.append([line])
            above.append(None)
            bands = row_bands(fills, line, bounds[0], bounds[-1]) if fills else []
            continue
        prev = groups[-1][-1]
        crossed = [r for r in rule_pieces if prev.bottom - 1 < r[0] < under_rule(line, scan)]
        gap_break = not rules and line.top - prev.bottom > row_gap * line.size
        past_bands = below_bands(line, bands, fills)  # an unshaded row under a shaded one
        if (
            crossed
            or gap_break
            or past_bands
            or _heads_group(line, bounds)
            or _heads_group(prev, bounds)
        ):
            groups.append([line])
            above.append(crossed[0][1] if crossed else None)
            bands = row_bands(fills, line, bounds[0], bounds[-1]) if fills else []
        else:
            groups[-1].append(line)
    if (
        not rules
        and len(groups) == 1
        and len(body) > 1
        and not (drawn_rows and _column_rules_cross(page, bounds, body))
    ):
        # a table going on from the page before (its header repeated or not) keeps its rows'
        # alignment: its first line may be the rest of a row cut by the page break
        inherited = any(t is not None and t.top_aligned for t in (previous, continued))
        cut = _cut_on_restarts(body, columns, inherited, scan=isinstance(page, OcrPage))
        if cut is not None:
            groups, above = cut, [None] * len(cut)
            block.top_aligned = True
    # each cell line with its left and right x and font size: a word cut at the column edge
    # reaches the column's right edge (the widest line of that column on the page)
    table: list[list[list[_CellLine] | None]] = []
    for index, group in enumerate(groups):
        texts: list[list[_CellLine] | None] = [[] for _ in keys]
        for line in group:
            for col, segs in enumerate(columns[id(line)]):
                if segs and col < len(keys):
                    text = " ".join(s.text for s in segs)
                    texts[col].append((text, segs[0].x0, segs[-1].x1, line.size))  # type: ignore[union-attr]
        pieces = above[index]
        if pieces is not None and table and not isinstance(page, OcrPage):  # rules seen on a
            # scan may be broken anywhere: no merged cells are read from them
            for col in range(len(keys)):
                left, right = bounds[col], bounds[col + 1]
                cover = sum(max(0.0, min(right, b) - max(left, a)) for a, b in pieces)
                if cover < 0.5 * (right - left):  # rule interrupted: cell merged with the above
                    anchor = next(r for r in reversed(table) if r[col] is not None)
                    anchor[col] += texts[col] or []  # type: ignore[operator]
                    texts[col] = None
        table.append(texts)
    # (a block of independent columns cut by the page break goes on column by column)
    going_on = (
        previous.silo_ends
        if cells is None and previous is not None and previous.open_at_bottom
        else None
    )
    silos = (
        None
        if isinstance(page, OcrPage)
        else silo_rows(page, body, columns, bounds, going_on, at_foot=end == len(lines))
    )
    backs: list[int | None] = [None] * len(groups)
    if silos is not None:  # independent columns, each its own stack of values
        groups = [[line] for line, _, _ in silos[0]]
        table = [list(texts) for _, texts, _ in silos[0]]  # type: ignore[misc]
        backs = [back for _, _, back in silos[0]]
        block.rows_ruled, block.silo_ends = True, silos[1]
        # (going on: the rests of the rows cut are told by their rows back, the others whole)
        block.whole_rows = block.whole_rows or going_on is not None
    # a table naming no step column may print each step's name as a band across it
    fills = spanning_fills(page, bounds) if "step" not in keys else None
    ncols = range(len(keys))
    right_edge = [max((p[2] for r in table for p in r[c] or ()), default=0.0) for c in ncols]
    left_edge = [min((p[1] for r in table for p in r[c] or ()), default=0.0) for c in ncols]
    for group, texts, back in zip(groups, table, backs, strict=True):
        cells_out = {
            k: None
            if t is None
            else join_wrapped([p[0] for p in t], _edges(t, left_edge[c], right_edge[c]))
            for c, (k, t) in enumerate(zip(keys, texts, strict=True))
        }
        if is_header([column_key(v) for v in cells_out.values()]):
            continue  # header repeated after a split row
        band = fills is not None and is_band(
            group, bounds, fills, body, dark=isinstance(page, OcrPage)
        )
        if band and any(cells_out[k] for k in keys[1:]):  # a band's name running past the
            # first column's bound: one title, not cells
            text = join_wrapped([ln.text for ln in group], [False] * len(group))
            cells_out = {k: text if k == keys[0] else "" for k in keys}
        if any(cells_out.values()):
            # a cell of several lines holding a colon: its lines as printed, for « Label :
            # value » pairs set on lines of their own (:attr:`TableRow.raw`)
            raw = {
                k: "\n".join(p[0] for p in t)
                for k, t in zip(keys, texts, strict=True)
                if t and len(t) > 1 and any(":" in p[0] for p in t)
            }
            block.rows.append(TableRow(page_no, group[0].top, cells_out, raw, band=band, back=back))
    return block, end


_CellLine = tuple[str, float, float, float]  # text, x0, x1, font size


_SOURCE_NOTE = re.compile(r"(?i)^sources?\s*:")


def _source_note(page: Any, line: Line, above: Line, starts: list[float]) -> bool:
    """``line`` is the source note under a table (« Source : Grand Auch …, Créé avec
    Datawrapper », a chart tool's credit line; « Sources : INSEE »): it opens with « Source(s)
    : » at the table's left, below a rule closing the row above. A note, no row of the table
    (its words would run across the columns as a row of values)."""
    if not starts or not line.segments or not _SOURCE_NOTE.match(line.segments[0].text):
        return False
    if abs(line.x0 - starts[0]) > max(8.0, line.size):
        return False
    right = max(line.x1, starts[-1] + 1)
    return any(
        above.bottom - 1 < y < line.top + 0.5 * line.size
        for y, _ in _table_rules(page, starts[0], right, 0.6)
    )


def _over_group(y: float, body: list[Line], bounds: list[float]) -> bool:
    """The rule at ``y`` stands right above a grouped view's heading."""
    return any(0 <= line.top - y < 1.5 * line.size and _heads_group(line, bounds) for line in body)


def _heads_group(line: Line, bounds: list[float]) -> bool:
    """``line`` is a grouped list view's heading opening in the first column (« ⊟
    Planification : 2019 (2) », :mod:`sources.pdf.list_groups`): a row of its own."""
    return line.x0 < bounds[1] and list_group(line.text) is not None


def _row_gap_ratio(
    body: list[Line],
    columns: dict[int, list[list[Segment]]],
    snap: float = 0.0,
    heads: set[int] | frozenset[int] = frozenset(),
) -> float:
    """Gap between two body lines (in font sizes) above which a new row starts when no rule
    cuts the rows: 0.45, or, when lines surely of one row (the second holding only some of
    the columns of the first: wrapped cells going on) are further apart than that (a web
    page's line-height 1.5 leaves half a line between the lines of a cell), clearly more
    than their tightest gap. Lines that interleave (cells centred vertically) keep 0.45.
    A browser sets lines on whole device pixels, so the gaps of one cell's lines differ by up
    to ``snap`` (:data:`_SNAP`; 12.0 and 12.75 pt in turn): the tightest gap plus that is what
    the cell's other lines may leave (none on a scan, whose lines are measured otherwise).
    Group headings (``heads``, ids of lines) are rows of their own, no wrapped cell."""
    tightest: float | None = None
    for prev, line in zip(body, body[1:], strict=False):
        if line.top < prev.bottom - 0.5:
            return 0.45
        if id(line) in heads or id(prev) in heads:
            continue
        before = {c for c, segs in enumerate(columns[id(prev)]) if segs}
        after = {c for c, segs in enumerate(columns[id(line)]) if segs}
        if after < before:
            ratio = (line.top - prev.bottom + snap) / max(line.size, 1.0)
            tightest = ratio if tightest is None else min(tightest, ratio)
    return 0.45 if tightest is None or tightest <= 0.45 else tightest + 0.3


_SNAP = 0.75  # pt: one CSS pixel, the most two line gaps of one cell differ by on a web print


def _edges(parts: list[_CellLine], left: float, right: float) -> list[bool]:
    """Per cell line: does it start at the column's left edge while the line before reached
    its right edge (within about one letter)? What a word cut at the column edge looks like."""
    out = [False]
    for before, part in zip(parts, parts[1:], strict=False):
        tol = 0.6 * max(part[3], 1.0)
        out.append(before[2] >= right - tol and part[1] <= left + tol)
    return out


def _column_rules_cross(page: Any, bounds: list[float], body: list[Line]) -> bool:
    """Do rules drawn between columns run down the body (a grid)? A table drawing both column
    rules and horizontal rules draws its rows: a body with no rule across it is one row."""
    if not body or isinstance(page, OcrPage):
        return False
    top, bottom = body[0].top, body[-1].bottom
    inner = bounds[1:-1]
    return any(
        v[1] <= top + 1 and v[2] >= bottom - 1 and any(abs(v[0] - b) < 4 for b in inner)
        for v in vertical_rules(page, 8)
    )


def _cut_on_restarts(
    body: list[Line],
    columns: dict[int, list[list[Segment]]],
    top_aligned: bool,
    scan: bool = False,
) -> list[list[Line]] | None:
    """Rows of a table with neither rule, fill nor gap between rows (no inner border, no cell
    padding: Writer's « bordure extérieure seule »), cut where the text of columns starts
    again. In top-aligned cells a row's first line holds a line of every non-empty cell, and a
    cell that has ended stays empty until the next row: a line with text in three columns or
    more, one of which was empty on the line above, starts a row.

    Cells centred vertically also start lower than the row (a one-line planning beside a
    five-line description), so the rule is only used when the table's first row shows its
    cells top-aligned (its first line holds three columns or more, and every column of that
    row), or on the continuation of a table that did (``top_aligned``). Else ``None``.

    A row's cells start together, on one line: a line whose words sit at two heights (its
    height past its font size, :func:`_one_height`) joins a cell starting lower than its
    neighbours — a description's first paragraph pushed down by its top margin (a web page's
    ``<p>`` in a cell), a cell centred vertically — and starts no row. Not on a ``scan``:
    there the word boxes are what the OCR makes of each word (ascenders, a residual skew), so
    a line's height tells nothing of its baselines."""
    filled = [{c for c, segs in enumerate(columns[id(line)]) if segs} for line in body]
    groups: list[list[Line]] = [[body[0]]]
    first_row = set(filled[0])
    for index in range(1, len(body)):
        now, before = filled[index], filled[index - 1]
        if len(now) >= 3 and now - before and (scan or _one_height(body[index])):
            groups.append([body[index]])
        else:
            groups[-1].append(body[index])
            if len(groups) == 1:
                first_row |= now
    if not top_aligned and (len(filled[0]) < 3 or first_row != filled[0]):
        return None
    return groups


_HEIGHT_SLACK = 0.08  # of a font size: words of one line on one baseline (fonts' descents)


def _one_height(line: Line) -> bool:
    """Do the words of ``line`` sit on one baseline? A word's box is its font size high, so a
    line as high as its size plus a little (fonts of other descents) holds words of one height;
    higher, it joins words set at two heights (merged within the line tolerance)."""
    return line.bottom - line.top <= line.size * (1 + _HEIGHT_SLACK)


# a heading's type at least this many times the size of the text under it (a 16 pt « Liste
# des sigles » over 10 pt cells; a table's band or group row is set as large as its cells)
_HEADING_SCALE = 1.3


def section_heading(line: Line, below: list[Line]) -> bool:
    """Is ``line`` a section heading: one bold run alone on its line, set at least
    ``_HEADING_SCALE`` times as large as the lines under it (their median size)? At the top
    of a page a table ran onto, such a line opens a new section — a back matter's « Liste des
    sigles » over a table of its own, after the last fiche's steps table ended at the foot of
    the page before — never the rest of a cell: a table's rows go on in the cells' type."""
    if len(line.segments) != 1 or not line.bold or not line.segments[0].bold or not below:
        return False
    if not re.search(r"[^\W\d_]{3}", line.text):  # a drop cap (« L », « D' ») is no heading
        return False
    sizes = sorted(ln.size for ln in below)
    return line.size >= _HEADING_SCALE * sizes[len(sizes) // 2]


def _within_span(line: Line, bounds: list[float]) -> bool:
    """Does ``line`` reach into the span of a table's columns (``bounds``)? A line wholly
    beside it (the other column's text going on, two grids set side by side) is no rest of
    that table."""
    return line.x1 > bounds[0] + 2 and line.x0 < bounds[-1] - 2


def _probe(lines: list[Line], start: int, is_stop: Callable[[Line], bool]) -> list[Line]:
    """The first lines of a table's rest from ``lines[start]`` on (eight at most), up to a
    stop line or a wide gap: what tells whether the rest is shifted."""
    out: list[Line] = []
    for line in lines[start : start + 8]:
        if out and (is_stop(line) or line.top - out[-1].bottom > 28):
            break
        out.append(line)
    return out


def _unruled_tables(
    page: Any,
    page_no: int,
    lines: list[Line],
    previous: TableBlock | None,
    is_stop: Callable[[Line], bool],
) -> list[TableBlock]:
    tables: list[TableBlock] = []
    i = 0
    first_content = True
    while i < len(lines):
        cells = _header_cells(lines[i], lines[i + 1 : i + 5], is_stop)
        if cells is not None:
            found = _geometry_table(
                lines, i, cells, None, page, page_no, is_stop, previous if first_content else None
            )
        elif (
            first_content
            and previous is not None
            and previous.bounds
            and not is_stop(lines[i])
            and _within_span(lines[i], previous.bounds)
            and not section_heading(lines[i], lines[i + 1 : i + 6])
        ):
            if _over_header(lines, i, is_stop):
                i += 1  # group labels over a header repeated on the new page: no body row
                continue
            found = _geometry_table(lines, i, None, previous, page, page_no, is_stop)
        else:
            found = None
        first_content = False
        if found is None:
            i += 1
            continue
        block, end = found
        tables.append(block)
        i = max(end, i + 1)
    return tables


def _over_header(lines: list[Line], i: int, is_stop: Callable[[Line], bool]) -> bool:
    """``lines[i]`` opens a page going on with a table, and right under it (within a line)
    a header starts: the group labels of a two-row header repeated on the new page
    (« Mise en œuvre », « Acteurs » over « Etape | Descriptif | Planification … »), naming
    no column themselves, not the first body row of the table going on."""
    if i + 1 >= len(lines) or lines[i + 1].top - lines[i].bottom > lines[i].size:
        return False
    if any(column_key(seg.text) for seg in lines[i].segments):
        return False
    return _header_cells(lines[i + 1], lines[i + 2 : i + 6], is_stop) is not None
