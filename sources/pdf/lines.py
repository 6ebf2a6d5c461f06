"""Words → visual lines → segments (runs of words separated by a wide gap: cells, columns)."""

from __future__ import annotations

import re
from typing import Any

from sources.pdf.blank_glyphs import mark_spaced
from sources.pdf.chip_lists import mark_chip_lists
from sources.pdf.collisions import split_collided
from sources.pdf.content import Line, Segment
from sources.pdf.drop_caps import rejoin_drop_caps
from sources.pdf.fill_edges import split_at_fill_edges
from sources.pdf.footnotes import as_call, is_call
from sources.pdf.glyph_gaps import split_wide_gaps
from sources.pdf.marks import rejoin_at_marks
from sources.pdf.slanted import slant, slanted_words
from sources.pdf.stacked_letters import rejoin_stacked
from sources.pdf.tracking import rejoin_tracked
from sources.pdf.walls import mark_walls

_CID_RE = re.compile(r"\(cid:\d+\)")
# list bullets a symbol font (Symbol, Wingdings, OpenSymbol as Writer embeds it) maps to
# Unicode's private-use area: U+F0B7 « • », U+F0A7 « ▪ », U+F076 « ❖ », U+F0D8 « ➢ »,
# U+F0FC « ✓ », U+F0A8 « □ »; alone as a word they are a list item's bullet
_SYMBOL_BULLETS = frozenset("\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf0a8\uf06c\uf06e")


def _words(page: Any) -> list[dict[str, Any]]:
    """Words with font size/name; unmapped glyphs ``(cid:127)`` (bullets) become ``•``;
    labels slanted 45° read as upright words at their feet (:mod:`sources.pdf.slanted`)."""
    slanted: list[dict[str, Any]] = []
    if hasattr(page, "filter") and any(slant(c) for c in page.chars):
        slanted = slanted_words(page.chars, float(page.height))
        page = page.filter(lambda o: o.get("object_type") != "char" or slant(o) is None)
    words = page.extract_words(
        x_tolerance=2,
        y_tolerance=2,
        keep_blank_chars=False,
        use_text_flow=False,
        extra_attrs=["size", "fontname"],
    )
    words = [*words, *slanted]
    words = split_collided(words, page.chars)  # texts drawn over each other: two words
    if not _pdfium_grouped(page):  # (PDFium's text page sets a space at such gaps itself)
        words = split_wide_gaps(words, page.chars)  # cells glued, no space glyph between them
    words = split_at_fill_edges(words, page.chars, page.rects)  # a label run past its fill
    words = rejoin_at_marks(words, page)  # a highlight inside a word
    words = rejoin_tracked(words, page.chars)  # letter-spaced words cut into letters
    words = rejoin_drop_caps(words)  # a paragraph's big first letter floated left
    words = rejoin_stacked(words)  # a label's letters stacked one under another
    words = mark_chip_lists(words, page.curves, float(page.width))  # names as tag chips
    words = mark_walls(words, page)  # a drawn rule before a word: a cell's side
    mark_spaced(words, page.chars, printed=True)  # a space printed before a word
    out = []
    for word in words:
        if word["text"] in _SYMBOL_BULLETS:  # a symbol font's bullet in its private-use slot
            word = {**word, "text": "•"}
        if "(cid:" in word["text"]:
            text = (
                _CID_RE.sub("•", word["text"])
                if _CID_RE.fullmatch(word["text"])
                else _CID_RE.sub("", word["text"])
            )
            if not text.strip():
                continue
            word = {**word, "text": text}
        out.append(word)
    return out


def _pdfium_grouped(page: Any) -> bool:
    """Are ``page``'s words grouped by PDFium (its own page, or a view over one)?"""
    from sources.pdf.pdfium_page import PdfiumPage

    base = getattr(page, "_base", page)
    return isinstance(base, PdfiumPage) or getattr(page, "pdfium", False) is True


def _is_bold(word: dict[str, Any]) -> bool:
    name = str(word.get("fontname", "")).lower()
    return any(tag in name for tag in ("bold", "black", "heavy", "semibold", ",b"))


def words_to_lines(words: list[dict[str, Any]], page_no: int) -> list[Line]:
    """Group words into visual lines (shared baseline), then split lines into segments at gaps.

    A gap wider than ~0.8 em separates segments: table cells and label/value columns of
    borderless grids become distinct segments.
    """
    lines: list[Line] = []
    scripts = glued_scripts(words)  # each on its word's line, wherever its top stands
    line_of: dict[int, Line] = {}
    for word in sorted(words, key=lambda w: (round(w["top"], 1), w["x0"])):
        if id(word) in scripts:
            continue
        size = float(word.get("size") or 9.0)
        target = None
        for line in reversed(lines[-6:]):
            apart = abs(line.top - word["top"])
            if apart <= max(1.5, 0.3 * size) or (
                apart <= 0.6 * max(size, line.size)  # (a small capital's top: lower, not far)
                and _small_capitals(line._words, word)  # type: ignore[attr-defined]
            ):
                target = line
                break
        if target is None:
            target = Line(
                page_no, word["top"], word["bottom"], word["x0"], word["x1"], size, True, []
            )
            target._words = []  # type: ignore[attr-defined]
            lines.append(target)
        target._words.append(word)  # type: ignore[attr-defined]
        line_of[id(word)] = target
    for word in words:
        host = scripts.get(id(word))
        if host is not None:
            line_of[id(host)]._words.append(word)  # type: ignore[attr-defined]
    rows = []
    for line in lines:
        ws = _join_touching(sorted(line._words, key=lambda w: w["x0"]))  # type: ignore[attr-defined]
        del line._words  # type: ignore[attr-defined]
        rows.append(ws)
    spacing = _word_spacing(rows)  # (an em: the page's words set wide apart, else 0)
    for line, ws in zip(lines, rows, strict=True):
        sizes = [float(w.get("size") or 9.0) for w in ws]
        line.size = max(set(sizes), key=sizes.count)
        line.top = min(w["top"] for w in ws)
        line.bottom = max(w["bottom"] for w in ws)
        line.x0, line.x1 = ws[0]["x0"], max(w["x1"] for w in ws)
        line.bold = all(_is_bold(w) for w in ws)
        gap = max(5.0, 0.8 * line.size, 1.8 * spacing * line.size)
        # a label column next to its value: the face changes (italic label, regular value)
        # across a gap wider than any space (~0.28 em) even when the label is set flush
        # against the value column
        style_gap = max(3.5, 0.55 * line.size, 1.25 * spacing * line.size)
        tab_gap = max(_tab_gap(ws, line.size), 1.25 * spacing * line.size)
        spaces = [b["x0"] - a["x1"] for a, b in zip(ws, ws[1:], strict=False)]
        current: list[dict[str, Any]] = [ws[0]]
        pieces: list[list[dict[str, Any]]] = []
        for i, word in enumerate(ws[1:]):
            space = spaces[i]
            if (
                (space > gap and not _justified_run(ws, spaces, i, line.size))
                or (space > style_gap and _face(word) != _face(current[-1]))
                or (space > tab_gap and _is_bold(current[-1]) and not _is_bold(word))
                or (space <= gap and _walled(current[-1], word))
            ):
                pieces.append(current)
                current = [word]
            else:
                current.append(word)
        pieces.append(current)
        line._pieces = pieces  # type: ignore[attr-defined]
    if spacing:
        _cut_at_columns(lines, spacing)
    lines.sort(key=lambda ln: (ln.top, ln.x0))
    cut = []
    for line in lines:
        cut.append(line._pieces)  # type: ignore[attr-defined]
        del line._pieces  # type: ignore[attr-defined]
        line.segments = [_segment(p) for p in cut[-1]]
    merged = [_flush_pieces(pieces, lines, n) for n, pieces in enumerate(cut)]
    for line, pieces in zip(lines, merged, strict=True):
        if len(pieces) != len(line.segments):
            line.segments = [_segment(p) for p in pieces]
    return lines


def _cut_at_columns(lines: list[Line], spacing: float) -> None:
    """On a page whose words are set wide apart (:func:`_word_spacing`), a space a little wider
    than the words' own before a word standing where three lines or more start a piece (a
    label column's edge next to its value column: « objectifs réglementaires » ·
    « consommation… ») cuts the line there too."""
    starts: dict[int, int] = {}
    for line in lines:
        for piece in line._pieces:  # type: ignore[attr-defined]
            key = round(float(piece[0]["x0"]))
            starts[key] = starts.get(key, 0) + 1
    for line in lines:
        out: list[list[dict[str, Any]]] = []
        for piece in line._pieces:  # type: ignore[attr-defined]
            current = [piece[0]]
            for word in piece[1:]:
                space = float(word["x0"]) - float(current[-1]["x1"])
                key = round(float(word["x0"]))
                if space > 1.1 * spacing * line.size and any(
                    starts.get(key + d, 0) >= 3 for d in (-1, 0, 1)
                ):
                    out.append(current)
                    current = [word]
                else:
                    current.append(word)
            out.append(current)
        line._pieces = out  # type: ignore[attr-defined]


def _word_spacing(rows: list[list[dict[str, Any]]]) -> float:
    """The page's space between words, in ems, when it sets its words WIDE APART (an
    accessibility overlay's ``word-spacing: .6em``, a letter-spaced theme): the median of its
    lines' spaces under 1.5 em, when above half an em; 0 for any other page (a space is about
    a quarter of an em), whose cuts are left as they were."""
    spaces = [
        (b["x0"] - a["x1"]) / float(a.get("size") or 9.0)
        for ws in rows
        for a, b in zip(ws, ws[1:], strict=False)
    ]
    spaces = sorted(s for s in spaces if 0.1 < s < 1.5)
    if len(spaces) < 20:
        return 0.0
    median = spaces[len(spaces) // 2]
    return median if median > 0.5 else 0.0


_SPACE = 0.5  # of the capitals' size: the widest blank before a small-capital word


def _small_capitals(words: list[dict[str, Any]], word: dict[str, Any]) -> bool:
    """Does ``word`` go on, in a smaller size on the same baseline, a word of ``words`` it
    touches? Small capitals (« P » then « ARTENAIRES » 0.7 times as big): the big first
    letter's top stands higher than the rest's by more than a line's tolerance."""
    size = float(word.get("size") or 9.0)
    last = words[-3:]
    sizes = {float(w.get("size") or 9.0) for w in last}
    if len(sizes) == 1 and abs(sizes.pop() - size) <= 0.1:
        # (one size all along: the common case, told at once; but not a line whose big
        # capitals were all met first, sorted by their higher tops, its small words after)
        if all(abs(float(w.get("size") or 9.0) - size) <= 0.1 for w in words):
            return False
    if len({float(w.get("size") or 9.0) for w in words}) > 1 and any(
        abs(float(w["top"]) - float(word["top"])) <= 0.5
        and abs(float(w.get("size") or 9.0) - size) <= 0.1
        for w in last
    ):
        return True  # the next small-capital word of such a line (« ENVISAGÉS »)
    level = False  # a bigger word of the line on the word's baseline, a blank before it
    for left in words:  # (any word of the line: its big capitals were met first, all of them)
        big = float(left.get("size") or 9.0)
        if size < 0.9 * big and (
            abs(float(word["bottom"]) - float(left["bottom"])) <= 0.3 * (big - size) + 0.5
        ):
            gap = float(word["x0"]) - float(left["x1"])
            if abs(gap) <= 1.0:
                return True
            level = level or 0.0 < gap <= _SPACE * big
    # a small-capital word one blank after the line's capitals (« L'ESS privilégie »): on
    # their baseline, over none of them
    return level and not any(
        min(float(w["x1"]), float(word["x1"])) > max(float(w["x0"]), float(word["x0"]))
        for w in words
    )


_SCRIPT_CHARS = 4  # a script is a few characters: an index, an exponent, an ordinal's end
_SCRIPT_SIZE = 0.9  # of its word's size at most: a script is set smaller
_SCRIPT_GLUE = 1.0  # pt: the widest blank between a script and its word (none is printed)
_SCRIPT_INSIDE = 0.5  # of the script's height: the least of it inside its word's box
_SCRIPT_SHIFT = 0.6  # of its word's size: the farthest a script's top stands from the word's
_SCRIPT_OFF = 0.1  # of its word's size: the least a script's baseline is moved off the word's
_DESCENT = 0.21  # of a font's size: its foot under the baseline (Liberation, Arial, Times)


def _baseline_offset(small: dict[str, Any], big: dict[str, Any]) -> float:
    """How far ``small``'s baseline stands under ``big``'s (pt, negative: over it). A word's
    box ends a font's descent under its baseline, about a fifth of its size: a smaller word
    on the same baseline ends higher by that fifth of the sizes' difference."""
    size, big_size = float(small.get("size") or 9.0), float(big.get("size") or 9.0)
    return float(small["bottom"]) - float(big["bottom"]) - _DESCENT * (size - big_size)


def glued_scripts(words: list[dict[str, Any]]) -> dict[int, dict[str, Any]]:
    """The subscripts and superscripts glued to a bigger word among ``words`` (a page's):
    ``id`` of the script's word → the word it belongs to.

    A unit or a formula is written with a script inside the word (« CO₂ », « m² »): the
    editor's « Indice » / « Exposant » button (HTML ``<sub>`` / ``<sup>``, Writer's
    ``text-position``) sets the characters smaller and lowers or raises them — a browser's
    ``<sub>`` at 83 % of the size, its top a good third of an em under the word's, its foot
    under the word's too — so the script's top is further from the word's than a line's
    tolerance and it would make a line of its own, printed after or before its line
    (« CO , » then « 2 »). A few smaller characters touching a bigger word's end or start
    with no blank between them, at least half of their height inside that word's box (a word
    of the next line starts under its foot) and their top within 0.6 em of the word's, are
    that word's script when their baseline is lowered or raised off the word's by a tenth
    of an em at least (a browser's ``<sub>`` 0.28 em, Writer's 0.18 em): small capitals
    (« D » then « 'ICI », the lower-case letters set 0.67 times as big), smaller glyphs
    glued to full-size capitals too, stand on the capitals' baseline and are no script
    (:func:`_small_capitals` reads them). Put on its line, joined to it in the order of x
    (:func:`_join_touching`; a raised number there is a footnote call,
    :mod:`sources.pdf.footnotes`)."""
    ends: dict[int, list[dict[str, Any]]] = {}  # a word's x0 / x1 (whole pt) → the words
    starts: dict[int, list[dict[str, Any]]] = {}
    for w in words:
        ends.setdefault(int(float(w["x1"])), []).append(w)
        starts.setdefault(int(float(w["x0"])), []).append(w)
    out: dict[int, dict[str, Any]] = {}
    for word in words:
        text = str(word.get("text", ""))
        top, bottom = float(word["top"]), float(word["bottom"])
        if not 0 < len(text) <= _SCRIPT_CHARS or bottom <= top:
            continue
        size = float(word.get("size") or 9.0)
        x0, x1 = int(float(word["x0"])), int(float(word["x1"]))
        near = [w for k in (-2, -1, 0, 1) for w in ends.get(x0 + k, [])]
        near += [w for k in (-1, 0, 1, 2) for w in starts.get(x1 + k, [])]
        best, most = None, 0.0
        for other in near:
            big = float(other.get("size") or 9.0)
            glued = (
                abs(float(word["x0"]) - float(other["x1"])) <= _SCRIPT_GLUE
                or abs(float(other["x0"]) - float(word["x1"])) <= _SCRIPT_GLUE
            )
            inside = min(bottom, float(other["bottom"])) - max(top, float(other["top"]))
            if (
                glued
                and size < _SCRIPT_SIZE * big
                and inside >= _SCRIPT_INSIDE * (bottom - top)
                and abs(top - float(other["top"])) <= _SCRIPT_SHIFT * big
                and abs(_baseline_offset(word, other)) >= _SCRIPT_OFF * big
                and inside > most
            ):
                best, most = other, inside  # (a tie: the word before, met first)
        if best is not None:
            out[id(word)] = best
    for key, host in list(out.items()):  # a script's script goes with the word it is on
        seen = {key}
        while id(host) in out and id(host) not in seen:
            seen.add(id(host))
            host = out[id(host)]
        out[key] = host
    return out


def _even(spaces: list[float], size: float) -> bool:
    """Spaces as wide as each other (a justified line stretches every space alike)."""
    return max(spaces) - min(spaces) <= max(0.3, 0.03 * max(spaces)) and max(spaces) < 6 * size


def _prose(words: list[dict[str, Any]]) -> bool:
    """Words of running text: most hold a lowercase letter (not a row of amounts, years,
    codes)."""
    return 2 * sum(any(c.islower() for c in w["text"]) for w in words) > len(words)


def _justified_run(ws: list[dict[str, Any]], spaces: list[float], i: int, size: float) -> bool:
    """Space ``i`` of a line is one of at least two alike spaces in a row between words of
    running text: a justified line's stretched space, no cut between a label and its value
    nor between two columns (their gap differs from the words' own spaces)."""
    lo = hi = i
    while lo > 0 and _even([spaces[lo - 1], spaces[i]], size):
        lo -= 1
    while hi + 1 < len(spaces) and _even([spaces[hi + 1], spaces[i]], size):
        hi += 1
    return hi > lo and _even(spaces[lo : hi + 1], size) and _prose(ws[lo : hi + 2])


# a paragraph's lines: font sizes within 5 % (a heading is 20 % larger at least)
_SAME_SIZE = 0.05


def _flush_pieces(
    pieces: list[list[dict[str, Any]]], lines: list[Line], n: int
) -> list[list[dict[str, Any]]]:
    """Merge a run of pieces cut by alike spaces into one when they span exactly a justified
    text column: a neighbouring line (just above or below) holds one segment of running text
    from the same left edge to the same right edge (a justified line with one or two stretched
    spaces, whose spaces alone cannot tell it from a label beside its value). The neighbour
    is set in the line's own size (a paragraph's lines share it): a heading just above, as
    wide as the column, tells nothing of a label and its value under it."""
    if len(pieces) < 2:
        return pieces
    line = lines[n]
    near = [
        seg
        for other in (lines[n - 1] if n else None, lines[n + 1] if n + 1 < len(lines) else None)
        if other is not None
        and abs(other.top - line.top) < 2.5 * line.size
        and abs(other.size - line.size) <= _SAME_SIZE * line.size
        for seg in other.segments or []
        if len(seg.words) >= 3
    ]
    out: list[list[dict[str, Any]]] = []
    i = 0
    while i < len(pieces):
        j = i + 1
        merged = None
        while j < len(pieces):
            run = pieces[i : j + 1]
            words = [w for p in run for w in p]
            spaces = [b["x0"] - a["x1"] for a, b in zip(words, words[1:], strict=False)]
            if not _prose(words) or not _even(
                [b[0]["x0"] - a[-1]["x1"] for a, b in zip(run, run[1:], strict=False)], line.size
            ):
                break
            x0, x1 = words[0]["x0"], max(w["x1"] for w in words)
            if max(spaces) > 0 and any(
                abs(seg.x0 - x0) <= 1.0 and abs(seg.x1 - x1) <= 1.0 for seg in near
            ):
                merged = j
            j += 1
        if merged is None:
            out.append(pieces[i])
            i += 1
        else:
            out.append([w for p in pieces[i : merged + 1] for w in p])
            i = merged + 1
    return out


def _walled(before: dict[str, Any], word: dict[str, Any]) -> bool:
    """A drawn vertical stroke stands between ``before`` and ``word`` (:mod:`sources.pdf.walls`):
    two cells' texts however close. Only a gap too narrow for a cut of its own is cut so (the
    wide gaps' rules, justified runs included, are left as they were)."""
    wall = word.get("wall")
    return wall is not None and float(before["x1"]) <= wall + 0.3 < float(word["x0"]) + 0.6


def _tab_gap(ws: list[dict[str, Any]], size: float) -> float:
    """Least gap read as a TAB after a bold run (« **Liens avec les objectifs** ⇥ value »,
    a hanging-indent field whose label runs past the value's indent, its value at the next
    tab stop just beyond): clearly wider than the line's own spaces — 1.3 times their median
    and a third of an em at least —; infinite on a line of fewer than three spaces (no
    measure of its spacing). Justified lines stretch every space alike, so a bold run-in
    word followed by an ordinary space is never cut."""
    spaces = sorted(b["x0"] - a["x1"] for a, b in zip(ws, ws[1:], strict=False))
    spaces = [s for s in spaces if s > 0.1]
    if len(spaces) < 3:
        return float("inf")
    median = spaces[len(spaces) // 2]
    return max(0.33 * size, 1.3 * median)


def _face(word: dict[str, Any]) -> str:
    """Font name without its subset tag (« ABCDEF+ »): the face a word is set in."""
    return str(word.get("fontname", "")).split("+")[-1]


def _join_touching(ws: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Words that touch (no blank between them) are one word: small capitals are set as a
    taller first letter and smaller capitals (« O » + « BJECTIFS »), split into two words by
    their size; a superscript or a change of face inside a word likewise. A footnote call
    glued to a word is kept as superscript digits (:mod:`sources.pdf.footnotes`). A word
    after a printed space (``spaced``, :mod:`sources.pdf.blank_glyphs`) is another word
    however close: a tight theme's words stand 0.75 pt apart."""
    out: list[dict[str, Any]] = []
    for word in ws:
        if out:
            prev = out[-1]
            size = float(prev.get("tail_size") or prev.get("size") or 9.0)  # its last glyphs'
            other = float(word.get("size") or 9.0)
            # a small capital beside a full-size glyph (« d » + « ' »): the letter spacing
            # of the smaller size, less than its space (0.278 em)
            touch = 0.1 * size if abs(other - size) <= 0.1 else 0.22 * min(size, other)
            if -0.5 <= word["x0"] - prev["x1"] <= min(1.5, touch) and not word.get("spaced"):
                text = as_call(word["text"]) if is_call(prev, word) else word["text"]
                out[-1] = {
                    **prev,
                    "text": prev["text"] + text,
                    "x1": max(prev["x1"], word["x1"]),
                    "top": min(prev["top"], word["top"]),
                    "bottom": max(prev["bottom"], word["bottom"]),
                    "tail_size": other,
                }
                continue
        out.append(word)
    return out


def _segment(words: list[dict[str, Any]]) -> Segment:
    return Segment(
        words[0]["x0"],
        max(w["x1"] for w in words),
        " ".join(w["text"] for w in words),
        all(_is_bold(w) for w in words),
        [(float(w["x0"]), float(w["x1"]), str(w["text"])) for w in words],
        next((i for i, w in enumerate(words) if not _is_bold(w)), len(words)),
    )
