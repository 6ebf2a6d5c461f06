"""A spreadsheet printed in page columns: the runs of pages joined back side by side.

A sheet wider than the paper, printed at 100 % (no « ajuster à la largeur »), is cut by Calc
and Excel into PAGE COLUMNS, and their default page order (« de haut en bas, puis vers la
droite » / « vers le bas, puis à droite ») prints ALL the pages of the first columns, from the
sheet's top to its foot, and only then all the pages of the next columns, in the same row
bands. Read in print order, a table's row is cut in two ten pages apart: its first cells on
page ``i``, the others on page ``i + N``, and no reader can join them. Users who lay a sheet
out for the screen and print it as is send exactly this; most set the key column as
« Colonnes à répéter » / « Titres à imprimer », so every page of the later run opens with it
again.

Told from the document alone (two runs of ``N`` pages, ``N`` ≥ 2, every page of one size and
with text, none set two per sheet), in the fast pass (:class:`sources.pdf.running.EdgeTexts`,
so both engines join the same pages):

* WITH A REPEATED COLUMN (:func:`run_length`): every page ``p`` of the second run repeats text
  runs of page ``p − N`` AT THE SAME PLACE (same boxes, to 0.1 pt) — at least
  :data:`_MIN_SHARED` of them, more than twice as many as it shares with any other page of
  the first run (a page template repeated on every page — a form's labels — is shared with
  every page alike, not with one);
* WITHOUT ONE (:func:`rows_candidate`, then :func:`grid_run_length`, which reads three pages
  again): page ``N + 1``'s lines end where page 1's lines end (the same rows), far more than
  where page 2's do; and page ``N + 1`` joins page 1 on the GRID's rows — the same row rules,
  other column rules (not the same form again), all its text inside the grid — but not
  page 2. Without a printed grid nothing tells a row band from a page: left as printed.

Then, while reading (:func:`join_pages`, per pair), page ``i`` and page ``i + N`` are read as
ONE page: the second page's repeated column (its words found at the same place on the
first, and the lines running on from it: a merged heading's text the producer clipped at the
column's edge) and its page furniture (band lines whose digits alone differ: « Page 11 / 20 »
under « Page 1 / 20 ») are set aside; its other words must all stand right of the repeated
column, and the first page must hold columns the second does not (a page printed twice is no
page column); what is right of that column's edge is moved to the first page's right edge (its
last column rule, else its text's right end): the table's rows read whole, the row bands
being the same on both pages. A pair that does not match so is read as printed. Three runs
and more are not met yet (left as printed).

UNEVEN RUNS (:func:`uneven_candidate`, then :func:`uneven_tiling`): Calc leaves out a page
with nothing printed on it (« Supprimer la sortie des pages vides », on by default), so where
a row band has nothing in the later columns (headings and fields only, the steps table on the
next band) the later run is SHORTER than the first: 11 pages of columns A:B, then 10 of C:F,
page 12 going on page 2. Told, for a first run of ``L`` pages (more than half the document)
and a later run of the ``M`` others, by the same baselines: half the later pages at least
share their baselines with ONE first-run page (:func:`_unique_mate`), and those mates keep the
print order; every later page is given its mate by an order-keeping alignment of the pages on
their shared baselines. The first later page must then join its mate on the grid's rows and
not the page after it (three pages read again). Such a pair is joined when the later page's
row rules are all ITS MATE'S (the first page has more: its fields' rows, which have nothing in
the later columns), two rules at least.

PAGES OVER THEN DOWN (:func:`interleaved_candidate`, then :func:`interleaved_tiling`): with
the other page order (« de gauche à droite, puis vers le bas » / « vers la droite, puis en
bas »), each row band's first columns are followed AT ONCE by its later columns, a band with
nothing in its later columns printed on one page (its later page left out as empty): 1, 2,
12, 3, 13 … of the other order. Told by the same baselines: a later page shares its baselines
with THE PAGE BEFORE IT alone (:func:`_unique_mate`), for a quarter of the document's pages
at least (half of its later pages); between two such pages the pages are paired in turn when
their count is even (else a lone page is somewhere among them: left as printed). The first
such pair must join on the grid's rows (or its repeated column) and the later page not on
the first-run page before its mate (three pages read); then every proposed pair is joined
as an uneven run's, a pair that does not match being read as printed.

Provenance: the joined page keeps the first page's number (the row's first cells' page).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from pdfplumber import utils as plumber_utils

from sources.pdf.built_page import BuiltPage

Box = tuple[float, float, float, float]  # x0, top, x1, bottom from the page's top-left


@dataclass(frozen=True)
class Tiling:
    """A sheet printed in page columns: each first-run page (0-based) with a later page going
    on it, and whether the runs are uneven (a later page's row rules then need only be its
    mate's, :func:`join_pages`)."""

    mates: dict[int, int]
    uneven: bool = False


def even_tiling(half: int) -> Tiling:
    """Two runs of ``half`` pages: page ``i`` and page ``i + half``."""
    return Tiling({i: i + half for i in range(half)})


_BAND = 0.09  # of the page's height: the top and bottom bands the page furniture stands in
_MIN_SHARED = 3  # text runs at the same place on both pages, at least
_ROWS_SHARED = 0.8  # of the two pages' row rules found on both
_SAME = 0.3  # pt: the same word at the same place on both pages
_GAP = 1.0  # pt: between the first page's right edge and the next column's edge
_EDGE_REACH = 24.0  # pt: a column rule this far left of the next column's first word
_LOOSE_ROWS = 2  # row rules a later page of an uneven run needs, all found on its mate


def page_marks(runs: Sequence[Box], height: float) -> frozenset[Box]:
    """A page's text runs in its body (outside the furniture bands), rounded to 0.1 pt: the
    same run printed at the same place on two pages gives the same mark."""
    return frozenset(
        (round(b[0], 1), round(b[1], 1), round(b[2], 1), round(b[3], 1))
        for b in runs
        if b[1] > _BAND * height and b[3] < (1 - _BAND) * height
    )


def run_length(marks: Sequence[frozenset[Box] | None]) -> int | None:
    """``N`` when the document's pages are two runs of ``N`` pages, each page of the second
    going on its row band's page in the first (module docstring), else None. ``marks``: each
    page's :func:`page_marks` (None: a page not read as text)."""
    n_pages = len(marks)
    if n_pages < 4 or n_pages % 2:
        return None
    half = n_pages // 2
    if any(m is None for m in marks):
        return None
    pages: list[frozenset[Box]] = [m for m in marks if m is not None]
    shown = 0
    for page in range(half, n_pages):
        own = pages[page]
        if not own:  # a page of the later columns with no text: nothing to tell
            continue
        if not _repeats(pages, page, half):
            return None
        shown += 1
    return half if 2 * shown >= half else None


def _unique_mate(mate: int, others: int) -> bool:
    return mate >= _MIN_SHARED and mate > 2 * others


def _repeats(pages: list[frozenset[Box]], page: int, half: int) -> bool:
    """Does ``page`` repeat text runs of its first-run page at the same place (the repeated
    column), more than of any other page of the first run?"""
    own = pages[page]
    mate = len(own & pages[page - half])
    others = max((len(own & pages[q]) for q in range(half) if q != page - half), default=0)
    return _unique_mate(mate, others)


def rows_candidate(marks: Sequence[frozenset[Box] | None]) -> bool:
    """May the document be a sheet printed in two runs of page columns with no repeated
    column (:func:`grid_run_length` to tell)? The first page of the second run has text
    lines ending where lines of page 1 end (a text run with no descender ends on its
    baseline; a row's cells share their first baseline), more than twice as many as where
    lines of page 2 end: pages of flowing text share their baselines with every page alike.
    Read from the fast pass, so that the pages are read again only for such documents."""
    n_pages = len(marks)
    if n_pages < 4 or n_pages % 2 or any(m is None for m in marks):
        return False
    half = n_pages // 2

    def bottoms(page: int) -> set[float]:
        return {b[3] for b in marks[page] or ()}

    later = bottoms(half)
    return _unique_mate(len(later & bottoms(0)), len(later & bottoms(1)))


def grid_run_length(data: bytes, n_pages: int) -> int | None:
    """``N`` when a document of ``n_pages`` pages of one size, all text, none imposed, and
    with no repeated column (:func:`run_length` found none) is a sheet printed with its grid
    in two runs of ``N`` page columns: page ``N`` goes on page 1 on the grid's rows
    (:func:`join_pages`: the same row rules, other column rules, all its text inside the
    grid) and not on page 2 (another row band: a page template's rules are every page's).
    Three pages are read for it, once per such document."""
    if n_pages < 4 or n_pages % 2:
        return None
    from sources.pdf.engine import iter_plumber_pages

    half = n_pages // 2
    readers = [iter_plumber_pages(data, max_pages=k + 1, first=k) for k in (0, 1, half)]
    pages: list[Any] = []
    try:
        pages = [next(reader) for reader in readers]
        first, other, later = pages
        tile = join_pages(first, later)
        if tile is None or tile.keyed or join_pages(other, later) is not None:
            return None
        return half
    finally:
        for page in pages:
            page.close()
        for reader in readers:
            reader.close()


def uneven_candidate(marks: Sequence[frozenset[Box] | None]) -> dict[int, int] | None:
    """Each later page's mate when the document may be a sheet printed in two UNEVEN runs of
    page columns (module docstring; :func:`uneven_tiling` to tell), else None. Read from the
    fast pass: baselines only."""
    n_pages = len(marks)
    if n_pages < 5 or any(m is None for m in marks):
        return None
    bottoms = [{b[3] for b in m or ()} for m in marks]
    shared = [[len(bottoms[p] & bottoms[j]) for j in range(n_pages)] for p in range(n_pages)]
    for first_len in range(n_pages // 2 + 1, n_pages - 1):
        later = list(range(first_len, n_pages))
        strong: dict[int, int] = {}
        for p in later:
            scores = shared[p][:first_len]
            best = max(range(first_len), key=scores.__getitem__)
            others = max((s for j, s in enumerate(scores) if j != best), default=0)
            if _unique_mate(scores[best], others):
                strong[p] = best
        if 2 * len(strong) < len(later):
            continue
        mates = _aligned(later, first_len, shared)
        if all(mates[p] == j for p, j in strong.items()):
            return mates
    return None


def _aligned(later: list[int], first_len: int, shared: list[list[int]]) -> dict[int, int]:
    """The later pages each given a first-run page, in print order (each after the one
    before), the shared baselines' sum the greatest."""
    m = len(later)
    # best[k][j]: the greatest sum for later pages 0..k, page k on first-run page j
    best = [[-1] * first_len for _ in range(m)]
    back = [[-1] * first_len for _ in range(m)]
    for j in range(first_len - m + 1):
        best[0][j] = shared[later[0]][j]
    for k in range(1, m):
        top, arg = -1, -1
        for j in range(k, first_len - m + k + 1):
            if best[k - 1][j - 1] > top:
                top, arg = best[k - 1][j - 1], j - 1
            best[k][j] = top + shared[later[k]][j]
            back[k][j] = arg
    j = max(range(first_len), key=best[m - 1].__getitem__)
    out: dict[int, int] = {}
    for k in range(m - 1, -1, -1):
        out[later[k]] = j
        j = back[k][j]
    return out


def uneven_tiling(data: bytes, mates: dict[int, int]) -> Tiling | None:
    """The :class:`Tiling` of a document whose fast pass found uneven runs (``mates``, later
    page → first-run page: :func:`uneven_candidate`) when the first later page goes on its
    mate on the grid's rows and not on the first-run page after it (three pages read)."""
    from sources.pdf.engine import iter_plumber_pages

    first_later = min(mates)
    mate = mates[first_later]
    other = mate + 1 if mate + 1 < first_later else mate - 1
    if other < 0:
        return None
    readers = [
        iter_plumber_pages(data, max_pages=k + 1, first=k) for k in (mate, other, first_later)
    ]
    pages: list[Any] = []
    try:
        pages = [next(reader) for reader in readers]
        first, beside, later = pages
        tile = join_pages(first, later, uneven=True)
        if tile is None or tile.keyed or join_pages(beside, later, uneven=True) is not None:
            return None
        return Tiling({j: p for p, j in mates.items()}, uneven=True)
    finally:
        for page in pages:
            page.close()
        for reader in readers:
            reader.close()


def interleaved_candidate(marks: Sequence[frozenset[Box] | None]) -> dict[int, int] | None:
    """Each later page's mate (the page before it) when the document may be a sheet printed
    in page columns over then down (module docstring; :func:`interleaved_tiling` to tell),
    else None. Read from the fast pass: baselines only."""
    n_pages = len(marks)
    if n_pages < 4 or any(m is None for m in marks):
        return None
    bottoms = [{b[3] for b in m or ()} for m in marks]
    strong: list[int] = []
    for p in range(1, n_pages):
        if strong and strong[-1] == p - 1:  # the page before is a later page: p opens a band
            continue
        mate = len(bottoms[p] & bottoms[p - 1])
        others = max(
            (len(bottoms[p] & bottoms[j]) for j in range(n_pages) if j not in (p, p - 1)),
            default=0,
        )
        if _unique_mate(mate, others):
            strong.append(p)
    if len(strong) < 2 or 4 * len(strong) < n_pages:
        return None
    mates = {p: p - 1 for p in strong}
    # before the first strong page, back to the document's start: pairs in turn
    for p in range(strong[0] - 2, 0, -2):
        mates[p] = p - 1
    for before, after in zip(strong, strong[1:] + [n_pages + 1], strict=True):
        gap = range(before + 1, after - 1)  # pages between two later pages' mates
        if after <= n_pages and len(gap) % 2:  # a lone page among them: left as printed
            continue
        for p in range(before + 2, min(after - 1, n_pages), 2):
            mates[p] = p - 1
    return dict(sorted(mates.items()))


def interleaved_tiling(data: bytes, mates: dict[int, int]) -> Tiling | None:
    """The :class:`Tiling` of a document whose fast pass found pages over then down
    (``mates``, later page → the page before it: :func:`interleaved_candidate`) when the
    first later page goes on its mate and not on the page before that mate (three pages
    read); the pairs are then joined as an uneven run's."""
    from sources.pdf.engine import iter_plumber_pages

    later = next((p for p in mates if p >= 2), None)
    if later is None:
        return None
    mate, beside = later - 1, later - 2
    readers = [iter_plumber_pages(data, max_pages=k + 1, first=k) for k in (mate, beside, later)]
    pages: list[Any] = []
    try:
        pages = [next(reader) for reader in readers]
        first, other, second = pages
        if join_pages(first, second, uneven=True) is None:
            return None
        if join_pages(other, second, uneven=True) is not None:
            return None
        return Tiling({j: p for p, j in mates.items()}, uneven=True)
    finally:
        for page in pages:
            page.close()
        for reader in readers:
            reader.close()


def join_pages(first: Any, second: Any, uneven: bool = False) -> TiledPage | None:
    """``first`` and ``second`` (page ``i`` and page ``i + N`` of a sheet printed in page
    columns) read as one page, or None when ``second`` does not go on ``first`` to the right
    (module docstring; ``uneven``: runs of unequal lengths, a later page's rows its mate's)."""
    if abs(float(first.height) - float(second.height)) > 1:
        return None
    height = float(first.height)
    words_1 = _plain_words(first)
    words_2 = _plain_words(second)
    placed = {_key(w) for w in words_1}
    shared = [w for w in words_2 if _key(w) in placed]
    body_shared = [w for w in shared if _in_body(w, height)]
    furniture = _furniture(words_1, words_2, height)
    if len(body_shared) < _MIN_SHARED:  # no repeated column: the grid's rows must match
        return _join_on_rows(first, second, words_1, words_2, furniture, uneven)
    new = [w for w in words_2 if _key(w) not in placed and id(w) not in furniture]
    key_right = max(w["x1"] for w in body_shared)
    if not new:  # the later columns empty beside these rows: nothing to add
        edge_2 = key_right
    else:
        start = min(w["x0"] for w in new)
        rules = [x for x in _verticals(second) if start - _EDGE_REACH <= x <= start + 0.5]
        edge_2 = max(rules) if rules else start - _GAP
    left = min(w["x0"] for w in body_shared)
    if left >= edge_2:  # the repeated column must open the page
        return None
    # and the first page's other columns are not on the second (a page printed twice is no
    # page column)
    again = {_key(w) for w in words_2}
    if not any(w["x0"] >= edge_2 and _key(w) not in again for w in words_1 if _in_body(w, height)):
        return None
    # every copied line starts in the repeated column (a clipped heading runs on past it)
    if any(w["x0"] >= edge_2 and not _line_shared(w, words_2, placed, edge_2) for w in body_shared):
        return None
    edge_1 = _right_edge(first, words_1, height)
    if edge_1 is None or edge_1 <= edge_2:
        return None
    # set aside: the repeated column, the clipped lines running on from it, the furniture; a
    # word of the later columns that happens to stand where the same word stands on the
    # first page (« de », « 2020 ») is kept
    drop = [
        w
        for w in words_2
        if id(w) in furniture
        or (
            _key(w) in placed
            and (
                w["x0"] < edge_2
                or not _in_body(w, height)
                or _line_shared(w, words_2, placed, edge_2)
            )
        )
    ]
    return TiledPage(first, second, edge_1, edge_2, [_box(w) for w in drop])


def _join_on_rows(
    first: Any,
    second: Any,
    words_1: list[dict[str, Any]],
    words_2: list[dict[str, Any]],
    furniture: set[int],
    uneven: bool = False,
) -> TiledPage | None:
    """``second`` joined to ``first`` with no repeated column: only when both print the
    sheet's grid with the SAME ROW RULES (the same row band) but other column rules (other
    columns: not a page template repeated), and every text of ``second`` stands inside that
    grid, right of its left edge. Without a grid nothing tells a row band from a page."""
    height = float(first.height)
    rows_1, rows_2 = _row_rules(first), _row_rules(second)
    if uneven:  # the later page's rows all its mate's (the mate has its fields' rows too)
        if len(rows_2) < _LOOSE_ROWS or not rows_2 <= rows_1:
            return None
    elif len(rows_2) < _MIN_SHARED or len(rows_1 & rows_2) < _ROWS_SHARED * len(rows_1 | rows_2):
        return None
    cols_1, cols_2 = _verticals(first), _verticals(second)
    if not cols_2 or {round(x) for x in cols_1} == {round(x) for x in cols_2}:
        return None
    new = [w for w in words_2 if id(w) not in furniture]
    if not new:
        return None
    top, bottom = min(rows_2) / 2 - 1, max(rows_2) / 2 + 1
    edge_2 = cols_2[0]
    if any(w["x0"] < edge_2 or not top <= (w["top"] + w["bottom"]) / 2 <= bottom for w in new):
        return None
    edge_1 = _right_edge(first, words_1, height)
    if edge_1 is None or edge_1 <= edge_2:
        return None
    drop = [w for w in words_2 if id(w) in furniture]
    return TiledPage(first, second, edge_1, edge_2, [_box(w) for w in drop], keyed=False)


def _row_rules(page: Any) -> set[int]:
    """The heights of a page's horizontal rules, to the half point."""
    return {
        round(2 * float(e["top"]))
        for e in getattr(page, "edges", [])
        if e.get("orientation") == "h" and float(e["x1"]) - float(e["x0"]) > 5
    }


def _plain_words(page: Any) -> list[dict[str, Any]]:
    return page.extract_words(x_tolerance=2, y_tolerance=2)


def _key(word: dict[str, Any]) -> tuple[str, int, int, int]:
    return (
        word["text"],
        round(word["x0"] / _SAME),
        round(word["top"] / _SAME),
        round(word["x1"] / _SAME),
    )


def _box(word: dict[str, Any]) -> Box:
    return (word["x0"], word["top"], word["x1"], word["bottom"])


def _in_body(word: dict[str, Any], height: float) -> bool:
    return word["top"] > _BAND * height and word["bottom"] < (1 - _BAND) * height


def _digits_masked(text: str) -> str:
    return re.sub(r"\d+", "#", text)


def _furniture(
    words_1: list[dict[str, Any]], words_2: list[dict[str, Any]], height: float
) -> set[int]:
    """The second page's band lines (header, footer) the first page shows at the same height
    with the same text, digits masked (« Page 11 / 20 » under « Page 1 / 20 »): the page's
    own furniture, not a column of the sheet."""

    def lines(words: list[dict[str, Any]]) -> dict[int, list[dict[str, Any]]]:
        out: dict[int, list[dict[str, Any]]] = {}
        for w in words:
            if not _in_body(w, height):
                out.setdefault(round(w["top"]), []).append(w)
        return out

    def text(line: list[dict[str, Any]]) -> str:
        return _digits_masked(" ".join(w["text"] for w in sorted(line, key=lambda w: w["x0"])))

    seen = {(top, text(line)) for top, line in lines(words_1).items()}
    return {
        id(w) for top, line in lines(words_2).items() if (top, text(line)) in seen for w in line
    }


def _line_shared(
    word: dict[str, Any], words: list[dict[str, Any]], placed: set[Any], edge: float
) -> bool:
    """Is ``word`` (right of the repeated column, found on the first page) part of a line
    that starts in that column and whose every word is found on the first page (a heading
    cell the producer clipped at the column's edge, its hidden text still in the page)?"""
    mid = (word["top"] + word["bottom"]) / 2
    line = [w for w in words if w["top"] <= mid <= w["bottom"]]
    return any(w["x0"] < edge for w in line) and all(_key(w) in placed for w in line)


def _verticals(page: Any) -> list[float]:
    return sorted(
        float(e["x0"])
        for e in getattr(page, "edges", [])
        if e.get("orientation") == "v" and float(e["bottom"]) - float(e["top"]) > 5
    )


def _right_edge(page: Any, words: list[dict[str, Any]], height: float) -> float | None:
    """Where the first page's columns end: its last column rule, else its text's right end."""
    body = [w["x1"] for w in words if _in_body(w, height)]
    if not body:
        return None
    rules = _verticals(page)
    text_end = max(body)
    if rules and rules[-1] >= text_end - 3 * _GAP:
        return rules[-1]
    return text_end + _GAP


class TiledPage(BuiltPage):
    """Two pages of a sheet printed in page columns seen as one page: the first page whole,
    then what the second holds right of its repeated column (``edge_2``; its copied words and
    furniture, ``drop``, set aside) moved to the first's right edge (``edge_1``). Words and
    tables found as the pages' engine finds them; the first page's number."""

    def __init__(
        self,
        first: Any,
        second: Any,
        edge_1: float,
        edge_2: float,
        drop: list[Box],
        keyed: bool = True,
    ) -> None:
        from sources.pdf.pdfium_page import PdfiumPage

        self._base = first
        self._second = second
        self.pdfium = isinstance(first, PdfiumPage) or bool(getattr(first, "pdfium", False))
        self.page_number = first.page_number
        self.initial_doctop = 0.0
        shift = edge_1 - edge_2
        self.bbox = (0.0, 0.0, float(second.width) + shift, float(first.height))
        self.shift = shift
        self.keyed = keyed  # joined on a repeated column (else on the grid's rows)

        def dropped(c: dict[str, Any]) -> bool:
            h, v = (c["x0"] + c["x1"]) / 2, (c["top"] + c["bottom"]) / 2
            return any(
                b[0] - 0.5 <= h <= b[2] + 0.5 and b[1] - 0.5 <= v <= b[3] + 0.5 for b in drop
            )

        moved = [
            _moved(c, shift)
            for c in second.chars
            if (c["x0"] + c["x1"]) / 2 >= edge_2 and not dropped(c)
        ]
        self._objects: dict[str, list[dict[str, Any]]] = {"char": list(first.chars) + moved}
        box = (edge_2, 0.0, float(second.width), float(second.height))
        for kind in ("rect", "line", "curve"):
            clipped = plumber_utils.crop_to_bbox(second.objects.get(kind, []), box)
            self._objects[kind] = list(first.objects.get(kind, [])) + [
                _moved(o, shift)
                for o in clipped
                if o["x1"] - o["x0"] > 0.01 or o["bottom"] > o["top"]
            ]

    def close(self) -> None:
        """The second page is closed here, the first by its reader."""
        self._second.close()


def _moved(obj: dict[str, Any], shift: float) -> dict[str, Any]:
    """``obj`` moved right by ``shift``."""
    out = dict(obj)
    for k in ("x0", "x1"):
        out[k] = obj[k] + shift
    if obj.get("pts"):
        out["pts"] = [(px + shift, py) for px, py in obj["pts"]]
    if obj.get("path"):
        out["path"] = [(op[0], *((p[0] + shift, p[1]) for p in op[1:])) for op in obj["path"]]
    matrix = obj.get("matrix")
    if matrix is not None:
        a, b, c, d, e, f = matrix
        out["matrix"] = (a, b, c, d, e + shift, f)
    return out
