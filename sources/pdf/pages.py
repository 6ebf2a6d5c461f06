"""Each page's content lines and implementation tables, pages closed as read.

Running headers/footers and page numbers are dropped; pypdfium2's fast text triages which
pages need the costly table finder, and the ruled and geometry readings are compared.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from operator import itemgetter
from typing import Any

from sources.pdf.band_boxes import without_band_boxes
from sources.pdf.book_navigation import without_book_navigation
from sources.pdf.caption_bands import CaptionBandPage, caption_bands
from sources.pdf.card_columns import CardColumns
from sources.pdf.cell_highlights import WithoutHighlights, cell_highlights
from sources.pdf.column_bands import ColumnBands
from sources.pdf.column_stacks import ColumnStacks
from sources.pdf.columns import (
    column_key,
    is_header,
    label_words_only,
    letter_rows,
    text_has_part_header,
    text_has_table_header,
)
from sources.pdf.content import GridPiece, Line, PageContent, Segment, TableBlock, TableRow
from sources.pdf.float_wraps import FloatWraps
from sources.pdf.flow import (
    SideColumns,
    band_groups,
    beside_column,
    column_groups,
    filled_panels,
    gutter_columns,
    side_columns,
    two_column_order,
)
from sources.pdf.footnotes import endnote_lines, footnote_lines
from sources.pdf.form_furniture import without_form_furniture
from sources.pdf.geometry_tables import _unruled_tables
from sources.pdf.grid_columns import grid_columns
from sources.pdf.grid_overhang import lift_overhang
from sources.pdf.grid_widgets import without_widget_lines
from sources.pdf.imposed import ImposedPage, Imposition
from sources.pdf.key_columns import carried, set_aside
from sources.pdf.line_numbers import MarginColumn, margin_numbers
from sources.pdf.lines import _words, words_to_lines
from sources.pdf.margin_boxes import margin_box_words
from sources.pdf.margin_strips import turned_margin_words
from sources.pdf.merged_tails import merged_tails
from sources.pdf.page_runs import Tiling, join_pages
from sources.pdf.pictured_text import PicturedPage, PictureReader
from sources.pdf.pipe_tables import pipe_tables
from sources.pdf.ruled_tables import (
    _ruled_tables,
    grid_piece,
    heads_steps,
    holds_steps,
    join_transposed,
)
from sources.pdf.rules import horizontal_rules, under_rule, vertical_rules
from sources.pdf.running import _running_key, band_line_groups, group_text, is_page_number
from sources.pdf.scan_grids import transposed_scan_tables
from sources.pdf.scans import OcrPage
from sources.pdf.sheet_grid import cut_at_stops, end_at_stops
from sources.pdf.sheet_headers import HeadlessSheet, sheet_headers
from sources.pdf.side_folios import side_folio
from sources.pdf.side_notes import side_note_words
from sources.pdf.tab_rows import tab_tables
from sources.pdf.tab_strips import without_tab_strips
from sources.pdf.text_columns import RegionPage, column_rule_regions
from sources.pdf.thumb_tabs import thumb_tab_words
from sources.pdf.turned import _turn, turned_text
from sources.pdf.turned_pages import UprightPage, page_turn
from sources.pdf.typed_rules import without_typed_rules


def iter_pages(
    data: bytes,
    fast_texts: list[str],
    running: set[str],
    is_stop: Callable[[Line], bool],
    ocr: dict[int, OcrPage] | None = None,
    imposed: Sequence[Imposition | None] = (),
    tiled: Tiling | None = None,
    opens_steps: Callable[[Line], bool] | None = None,
    booklet: Sequence[tuple[int, int]] | None = None,
    pictures: PictureReader | None = None,
) -> Iterator[PageContent]:
    """Yield each page's content lines and implementation tables; pages are closed as read.

    ``is_stop`` tells which lines end a table (a new sheet, a field label...). Running
    headers/footers (``running``) and page numbers in the page margins are dropped. Pages in
    ``ocr`` (0-based index → OCR words) are read from their OCR words instead of pdfplumber's.
    A sheet printed two pages per sheet (``imposed``, by 0-based index,
    :mod:`sources.pdf.imposed`) is read as its pages, left then right: pages are then numbered
    as read (``PageContent.number``, so that « the next page » and « the same page » keep their
    meaning for the reader), each with its sheet's page number (``PageContent.sheet``, the page
    a user opens) for the provenance the caller reports (:func:`sheet_pages`).
    A sheet printed in two runs of page columns (``tiled``, :mod:`sources.pdf.page_runs`) is
    read as its row bands: page ``i`` and its later page (``i + N`` for runs of ``N`` pages) as
    one page, numbered ``i``; a pair that does not match is read as printed. ``opens_steps`` tells a steps heading
    (« Modalités de mise en œuvre »): a header printed at the top of every page heads the
    rows under each of them (:func:`_print_titles`). Sheets printed as a booklet
    (``booklet``: each page's sheet, 0-based, and half, in page order, :mod:`sources.pdf.booklet`)
    are read page by page in that order, each page numbered as read, with its sheet's number.
    Pictures holding text on a text page are read by OCR (``pictures``, the caller's to ask
    which pages were, :mod:`sources.pdf.pictured_text`).
    """
    from sources.pdf.engine import iter_plumber_pages

    pages = iter_plumber_pages(data)  # PDFium primitives, pdfplumber page where needed
    # a sheet printed in page columns: the later run's pages, beside the first run's
    later = iter_plumber_pages(data, first=min(tiled.mates.values())) if tiled else None
    joined: set[int] = set()  # later pages read with their first run's page
    recurring = _recurring_lines(fast_texts)
    numbering = _Numbering()  # line numbers in the margin, from page to page
    previous: TableBlock | None = None
    model: TableBlock | None = None  # the last steps table read under its header
    pending: PageContent | None = None  # a page whose foot holds a transposed grid
    stacks = ColumnStacks(is_stop)  # a steps « table » built as column stacks
    floats = FloatWraps()  # the floated boxes' edges met so far
    bands = ColumnBands()  # the gutters of a document in three columns or more
    cards = CardColumns()  # cards side by side, read card by card over the pages
    own = pictures is None
    pictures = PictureReader(data) if pictures is None else pictures  # text pictures: OCR
    extra = 0  # pages read so far beyond one per PDF page (sheets holding two pages)
    # a booklet's pages, each its sheet's half, in page order; else the sheets in turn
    sequence = _booklet_pages(data, booklet, imposed) if booklet else _in_turn(pages)
    try:
        for position, (index, page, cut) in enumerate(sequence):
            if index in joined:
                page.close()
                continue
            scan = ocr.get(index) if ocr else None
            contents: list[PageContent] = []
            fast_text = fast_texts[index] if index < len(fast_texts) else ""
            tile: Any = None
            try:
                # a sheet printed two pages per sheet: each of its pages read as a page
                sheet = imposed[index] if scan is None and index < len(imposed) else None
                sheet = cut if cut is not None else sheet
                if scan is None and sheet is None:  # a framed box in the margin on every page
                    page = without_band_boxes(page, running, is_stop)
                printed = [page] if sheet is None else _imposed_views(page, sheet)
                turn = page_turn(page) if scan is None and sheet is None else 0
                if turn:  # a page printed turned a quarter turn: seen upright
                    printed = [UprightPage(page, turn)]
                elif scan is None and sheet is None:  # text printed as a picture: read by OCR
                    read = pictures.chars(page, index)
                    printed = [PicturedPage(page, read)] if read else printed
                if later is not None and tiled and index in tiled.mates:
                    target = tiled.mates[index]
                    tile = _tile(page, later, scan is None and sheet is None, tiled.uneven, target)
                    if tile is not None:  # a row band's later columns, pages on
                        printed = [tile]
                        joined.add(tiled.mates[index])
                        fast_text += "\n" + fast_texts[tiled.mates[index]]
                views, numbers, texts, sheets = [], [], [], []
                for number, view in enumerate(printed):
                    # a page in text columns split by a column rule: each column read as a page
                    # a page in three columns or more between full-width tables: band by band
                    banded = bands.views(view) if scan is None else None
                    plain = scan is None and banded is None
                    regions = column_rule_regions(view) if plain else None
                    if regions is None and plain:  # text wrapped beside a floated box
                        regions = floats.regions(view)
                    first = position + 1 if cut is not None else index + 1 + extra
                    # cards side by side: card by card, a cut card's parts over the pages
                    jobs = None
                    if plain and regions is None and sheet is None and tile is None and not booklet:
                        final = index == len(fast_texts) - 1 and number == len(printed) - 1
                        job = (view, first + number, fast_text, index + 1)
                        jobs = cards.jobs(view, job, page, final)
                    if jobs is None:
                        jobs = cards.flush()
                        if banded is not None:
                            here = banded
                        else:
                            here = [view] if regions is None else _region_views(view, regions)
                        jobs += [(v, first + number, fast_text, index + 1) for v in here]
                    views += [j[0] for j in jobs]
                    numbers += [j[1] for j in jobs]
                    texts += [j[2] for j in jobs]
                    sheets += [j[3] for j in jobs]
                extra += len(printed) - 1
                # a sheet printed two pages per sheet: its pages read one after the other
                scans = scan.views if scan is not None else [None]
                if len(scans) > 1:
                    views = [page] * len(scans)
                offset = 0
                for number, view in enumerate(views):
                    page_no = numbers[min(number, len(numbers) - 1)]
                    content = _read_page(
                        view,
                        page_no,
                        texts[min(number, len(texts) - 1)],
                        running,
                        is_stop,
                        previous,
                        scans[number] if len(scans) > 1 else scan,
                        recurring,
                        pending.held if pending is not None else None,
                        numbering,
                        opens_steps,
                        model,
                    )
                    last = position == len(booklet) - 1 if booklet else None
                    stacks(view, content, index == len(fast_texts) - 1 if last is None else last)
                    sheet_no = sheets[min(number, len(sheets) - 1)]
                    if page_no != sheet_no:
                        content.sheet = sheet_no
                    if len(views) > 1:  # the page's regions in reading order, one after another
                        offset = _after(content.lines, offset)
                    if not content.lines and not content.tables and content.held is None:
                        # an empty page (a sheet's blank back scanned recto-verso): the table
                        # going on from the page before goes on past it
                        contents.append(content)
                        continue
                    if pending is not None:
                        _join_held(pending, content)
                        contents.append(pending)
                        pending = None
                    model = next((t for t in reversed(content.tables) if heads_steps(t)), model)
                    open_tables = [t for t in content.tables if t.open_at_bottom]
                    previous = open_tables[-1] if open_tables else None
                    content.tables = carried(content.tables)
                    if content.held is not None:
                        pending = content
                        continue
                    contents.append(content)
            finally:
                if not cards.holds(page):  # a held card's part read from it later
                    page.close()
                cards.close_read()
                if tile is not None:
                    tile.close()
            yield from contents
        if pending is not None:
            yield pending
    finally:
        for held in cards.pages:
            held.close()
        pages.close()
        if own:
            pictures.close()
        if later is not None:
            later.close()


def _in_turn(pages: Iterator[Any]) -> Iterator[tuple[int, Any, Imposition | None]]:
    """The document's pages in turn, each with its 0-based index."""
    for index, page in enumerate(pages):
        yield index, page, None


def _booklet_pages(
    data: bytes, order: Sequence[tuple[int, int]], imposed: Sequence[Imposition | None]
) -> Iterator[tuple[int, Any, Imposition | None]]:
    """A booklet's pages in page order: each one's sheet (0-based), that sheet opened again,
    and the imposition of its one half (:mod:`sources.pdf.booklet`)."""
    from sources.pdf.engine import iter_plumber_pages

    for index, half in order:
        sheet = imposed[index]
        if sheet is None:
            continue
        width, height = sheet.size
        box = (0.0, 0.0, width / 2, height) if half == 0 else (width / 2, 0.0, width, height)
        run = iter_plumber_pages(data, max_pages=index + 1, first=index)
        try:
            page = next(run, None)
            if page is not None:
                yield index, page, replace(sheet, boxes=(box,), inked=())
        finally:
            run.close()


def _tile(
    page: Any, later: Iterator[Any], joinable: bool, uneven: bool = False, target: int = -1
) -> Any:
    """``page`` joined with the next page of the later run (:func:`join_pages`), or None
    (that page then closed: it is read in its turn). The later run is read in step with the
    first even where a page cannot be joined (``joinable`` False: scanned, imposed); pages
    before ``target`` (0-based; pages over then down: the later pages are not one run) are
    passed over."""
    mate = next(later, None)
    while mate is not None and 0 <= target and mate.page_number - 1 < target:
        mate.close()
        mate = next(later, None)
    if mate is None:
        return None
    tile = join_pages(page, mate, uneven) if joinable else None
    if tile is None:
        mate.close()
    return tile


class _Numbering:
    """The line-number column of the pages read so far (:mod:`sources.pdf.line_numbers`)."""

    def __init__(self) -> None:
        self.column: MarginColumn | None = None

    def without(self, words: list[dict[str, Any]], page: Any) -> list[dict[str, Any]]:
        """``words`` (a page's) without its margin line numbers."""
        drop, self.column = margin_numbers(words, getattr(page, "chars", []), self.column)
        return [w for i, w in enumerate(words) if i not in drop] if drop else words


def _imposed_views(page: Any, sheet: Imposition) -> list[Any]:
    """The pages printed on a sheet, in reading order."""
    return [ImposedPage(page, box, sheet.scale) for box in sheet.boxes]


def _region_views(page: Any, regions: list[tuple[float, float, float, float]]) -> list[Any]:
    """The regions of a page in text columns holding text, each seen as a page."""
    views = [RegionPage(page, box) for box in regions]
    return [view for view in views if view.chars]


def _after(lines: list[Line], offset: int) -> int:
    """Number ``lines`` (a region of a page) in their reading order from ``offset`` on, so
    that a page's regions sort one after the other; the next region's first number."""
    for index, line in enumerate(sorted(lines, key=lambda ln: (ln.seq, ln.top))):
        line.seq = offset + index
    return offset + len(lines)


def _join_held(before: PageContent, content: PageContent) -> None:
    """A transposed steps grid cut by a page break (:func:`join_transposed`): read whole on the
    page it starts on, in place of what that page's foot and the next page's top were read
    into (lines, tables); left as read when the next page's first grid is not its rest."""
    held, opening = before.held, content.opening
    if held is None or opening is None:
        return
    block = join_transposed(held, opening)
    if block is None:
        return
    for page, piece in ((before, held), (content, opening)):
        page.lines = [
            ln
            for ln in page.lines
            if not (piece.top - 1 <= ln.top and ln.bottom <= piece.bottom + 1)
        ]
        page.tables = [
            t for t in page.tables if not (t.top < piece.bottom + 1 and t.bottom > piece.top - 1)
        ]
    before.tables = sorted([*before.tables, block], key=lambda t: t.top)
    if content.held is not None and content.held.top <= opening.top + 1:
        content.held = None  # the same grid going on: one page break joined at most


def _read_page(
    page: Any,
    page_no: int,
    fast_text: str,
    running: set[str],
    is_stop: Callable[[Line], bool],
    previous: TableBlock | None,
    scan: OcrPage | None = None,
    recurring: frozenset[str] = frozenset(),
    held: GridPiece | None = None,
    numbering: _Numbering | None = None,
    opens_steps: Callable[[Line], bool] | None = None,
    model: TableBlock | None = None,
) -> PageContent:
    """One page's lines and tables. ``model``: the document's last steps table read under
    a header, whose columns a table under a steps heading printed without one is read by. A scanned page (``scan``) is read from its OCR words, and
    its tables from the words' geometry (header columns; rows cut on the rules seen on the
    image, else on vertical gaps): pdfplumber's ``lines`` table finder has no vector rules to
    follow on a scan. A transposed steps grid at the page's foot is kept aside (``held``), and
    the page's first grid when the page before held one, for :func:`_join_held`."""
    width, height = float(page.width), float(page.height)
    if scan is not None and scan.size is not None:  # a scan fed turned, read upright
        width, height = scan.size
    scanned = scan is not None
    split: SideColumns | None = None
    if scan is not None:
        lines = words_to_lines(scan.words, page_no)
        page = scan  # rule helpers read ``.edges``: the rules found on the image
        split = _scan_side_columns(lines, scan, is_stop)
        if split is not None:
            lines = _column_lines(scan.words, split, page_no)
    else:
        bands = caption_bands(page)
        if bands:  # a table's heading turned in a band down its left edge: no column
            page = CaptionBandPage(page, bands)
        words = _words(page)
        highlights = cell_highlights(page)
        if highlights:  # a highlighter's boxes inside ruled cells: no rules of the grid
            page = WithoutHighlights(page, highlights)
        headers = sheet_headers(words, page)
        if headers is not None:  # a spreadsheet's row numbers and column letters: furniture
            page = HeadlessSheet(page, headers)
            furniture = {id(w) for w in headers.words}
            words = [w for w in words if id(w) not in furniture]
        if numbering is not None:  # line numbers in the left margin: page furniture
            words = numbering.without(words, page)
        folio = side_folio(words, page_no, width, height)
        if folio:  # the page number in a side margin (mirrored margins): page furniture
            words = [w for i, w in enumerate(words) if i not in folio]
        tab = thumb_tab_words(words, page)
        if tab:  # a thumb-index tab at the paper's side edge: furniture
            words = [w for i, w in enumerate(words) if i not in tab]
        strip_words = turned_margin_words(words, width)
        if strip_words:  # a letterhead's turned strip down the page's edge: furniture
            words = [w for i, w in enumerate(words) if i not in strip_words]
        boxed = margin_box_words(words, page)
        if boxed:  # a framed box in a side margin (initials, « réservé à »): furniture
            words = [w for i, w in enumerate(words) if i not in boxed]
        notes = side_note_words(words)
        if notes:  # numbered notes in a margin column and their calls: no text of the flow
            words = [w for i, w in enumerate(words) if i not in notes]
        lines = words_to_lines(words, page_no)
        strip = _side_strip(lines, recurring, width, is_stop)
        if strip is not None and _in_open_table(strip, previous):
            strip = None  # a column of a table going on from the page before, not a sidebar
        if strip is not None:  # a sidebar repeated on every page: outside the text flow
            words = [w for w in words if not (strip[0] - 1 <= w["x0"] and w["x1"] <= strip[1] + 1)]
            lines = words_to_lines(words, page_no)
        panels = filled_panels(page.rects)
        crossing = horizontal_rules(page, _CROSSING_RULE) if panels or len(lines) >= 8 else []
        if panels:
            split = side_columns(lines, panels, crossing)
        if split is None:  # two ruled grids side by side (a layout table's two cells)
            split = grid_columns(page, lines)
        if split is None:  # a side column marked by a whitespace gutter alone
            split = gutter_columns(lines, crossing, is_stop)
        if split is not None:  # a filled panel beside a column: each read down on its own
            lines = _column_lines(words, split, page_no)
    margin = 0.09 * height
    edge = _edge_furniture(lines, running, height)
    # a running line printed straight over a page read askew, cut in pieces: one text
    pieces = (
        {
            id(ln)
            for group in band_line_groups(lines, height, margin / height)
            if _running_key(group_text(group)) in running
            for ln in group
        }
        if scanned
        else set()
    )
    kept = []
    for line in lines:
        in_band = line.top < margin or line.bottom > height - margin or id(line) in edge
        if (
            in_band
            and not is_stop(line)
            and not _column_labels(line)  # a steps header repeated on top of every page
            and (
                (is_page_number(line.text) and not _number_in_body(line, lines, running, height))
                or _running_key(line.text) in running
                # a running header set as a table: each cell's text recurs, the line joining
                # cells level with each other does not (« Grand Auch… | Réf. : … »); never a
                # line of column labels (a steps header repeated on every page, its labels
                # wrapped: « Ressources | Partenaires » over « à mobiliser | envisagés »)
                or (
                    not scanned
                    and all(_running_key(s.text) in running for s in line.segments)
                    and not any(
                        column_key(s.text) or label_words_only(s.text) for s in line.segments
                    )
                )
                or id(line) in pieces
            )
            and not _label_over_value(line, lines)
            and not (is_page_number(line.text) and _level_with_body(line, lines, running))
            and not _goes_on_a_cell(line, kept)
        ):
            continue
        kept.append(line)
    notes = footnote_lines(kept, page, height)  # footnotes under their separator rule
    notes = notes or endnote_lines(kept)  # a page of endnotes after the document's end
    lines = kept = [ln for i, ln in enumerate(kept) if i not in notes] if notes else kept
    # a grid plug-in's length menu, search box, info line and pagination: page furniture
    lines = kept = without_widget_lines(kept, is_stop, previous is not None)
    lines = kept = without_book_navigation(kept)  # a CMS book's « ‹ prev | Haut | next › »
    lines = kept = without_form_furniture(kept)  # a form's required marks, hints, counters
    lines = kept = without_tab_strips(kept, page)  # a tabbed view's tabs over its panels
    lines = kept = without_typed_rules(kept)  # rules typed as « ===== » / « ----- »
    if opens_steps is not None:  # a steps header printed on every page
        lines = kept = _print_titles(kept, opens_steps, height, running)
    if previous is not None:
        lines = _without_suite_markers(lines, previous)
    lines, piped = pipe_tables(lines, page_no, previous)  # Markdown tables typed as text
    if not scanned:  # a sheet's rows pasted as tab-separated text
        lines, tabbed = tab_tables(lines, page_no, previous, getattr(page, "chars", None), is_stop)
        piped += tabbed
    if piped:
        left = {id(ln) for ln in lines}
        kept = [ln for ln in kept if id(ln) in left]
    tables: list[TableBlock] = []
    row_rules: list[float] = []  # the rows of a keyed grid read as text: a band each
    grids: list[tuple[Any, list[list[str | None]]]] = []
    # a scan's TRANSPOSED steps grids (steps as columns) read from their cells: the image's
    # rules and the OCR words (the words' geometry reads a grid the usual way round only)
    transposed = transposed_scan_tables(scan.rules, scan.words, page_no) if scan else []
    read_tables = bool(
        text_has_table_header(fast_text)
        or text_has_part_header(fast_text)
        or previous
        or transposed
        or (  # a header's labels stacked letter under letter: found on the page's lines
            letter_rows(fast_text) and text_has_table_header("\n".join(ln.text for ln in lines))
        )
        or (  # a header's labels each turned a quarter turn: read along the glyphs
            not scanned
            and not _all_upright(getattr(page, "chars", None) or [])
            and text_has_table_header(turned_text(page.chars))
        )
    )
    has_verticals = not scanned and bool(vertical_rules(page, 10))
    if has_verticals and not read_tables and (held is not None or _has_step_label(fast_text)):
        _ruled_tables(page, page_no, previous, grids)  # grids only: the page reads as before
    pieces: tuple[GridPiece | None, GridPiece | None] = (None, None)
    if read_tables:
        headless = (model, _heading_gaps(lines, opens_steps)) if opens_steps else None
        ruled = _ruled_tables(page, page_no, previous, grids, headless) if has_verticals else []
        if ruled and previous is not None and previous.open_at_bottom:
            lift_overhang(min(ruled, key=lambda t: t.top), lines, previous)  # a merged cell
        # a part (« Etape | Descriptif ») goes on only as a ruled grid of its two columns
        whole = previous if previous is None or not previous.part else None
        if split is None:
            unruled = _unruled_tables(page, page_no, lines, whole, is_stop)
        else:
            unruled = _column_tables(page, page_no, lines, split, whole, is_stop)
        unruled = _within_closed_grids(page, unruled, ruled)
        if previous is not None:  # a new sheet's grid is no rest of the table before
            ruled, unruled = (
                cut_at_stops(ruled, lines, is_stop),
                cut_at_stops(unruled, lines, is_stop),
            )
        ruled = end_at_stops(ruled, lines, is_stop)  # a sheet's next fiche under its steps
        # cell backgrounds can fake a partial grid (zebra fills: an unfilled last row has no
        # edge below it, the grid finder drops it): keep the reading that sees more rows, and
        # the geometry reading when it holds more of the page's lines with as many rows
        n_ruled = sum(len(t.rows) + t.joined_rows for t in ruled)
        # a geometry row inside a ruled header (a header on two grid rows, its labels wrapped)
        # is header text, not a row
        heads = [(t.top - 1, t.header_bottom - 1) for t in ruled if t.header_bottom]
        # geometry rows inside one drawn row of a ruled grid (a cell's lines set apart by
        # another cell's vertically centred text) count as that one row
        drawn = _drawn_rows(ruled)
        n_unruled = len(
            {
                next((k for k, (a, b) in enumerate(drawn) if a <= r.top < b), (id(t), i))
                for t in unruled
                for i, r in enumerate(t.rows)
                if not any(a <= r.top < b for a, b in heads)
            }
        )
        # a body row the grid reads as one cell across every column has no column rule of its
        # own (banded fills drawn on every other row only): its columns come from geometry
        spanning = any(t.spanning_rows for t in ruled)
        if any(t.keyed for t in ruled) or (
            ruled
            and not (spanning and n_unruled >= n_ruled)
            and (
                n_ruled > n_unruled
                or (n_ruled == n_unruled and _covered(ruled, lines) >= _covered(unruled, lines))
            )
        ):
            tables = ruled
        else:
            tables = _drawn_where_alike(unruled, ruled, lines)
        if transposed:  # what the geometry made of a transposed grid gives way to it
            tables = sorted(
                [
                    t
                    for t in tables
                    if not any(t.top < b.bottom and t.bottom > b.top for b in transposed)
                ]
                + transposed,
                key=lambda t: t.top,
            )
        tables, lines, row_rules = set_aside(tables, lines)  # a keyed grid's text rows
        if tables:
            if split is not None:
                _place_in_columns(tables, split)

            def inside(line: Line) -> bool:
                return any(
                    t.top - 1 <= line.top
                    and line.bottom <= t.bottom + 1
                    and not beside_column(line, t.column)
                    for t in tables
                )

            lines = [ln for ln in lines if not inside(ln)]
            # bottom-aligned merged cells' text under the last rule
            lines = merged_tails(lines, [t for t in tables if t.rows_ruled], height, is_stop)
            turned = _turned_lines(page, lines)  # a merged cell's turned text run past a page
            last_bottom = max(
                (ln.bottom for ln in lines if id(ln) not in turned),
                default=0.0,
            )
            for table in tables:
                below = last_bottom
                if table.column is not None:  # its own column's last line (side columns)
                    below = max(
                        (
                            ln.bottom
                            for ln in lines
                            if not beside_column(ln, table.column) and id(ln) not in turned
                        ),
                        default=0.0,
                    )
                table.open_at_bottom = table.bottom >= below - 1
    if piped:
        tables = sorted(tables + piped, key=lambda t: t.top)
    if grids:
        pieces = _edge_grids(page, page_no, grids, kept, height, held is not None)
    if split is None:
        # filled shapes (rectangles, and paths a presentation program draws its shapes with)
        shapes = [] if scanned else filled_panels([*page.rects, *getattr(page, "curves", [])])
        lines = two_column_order(
            lines, tables, width, is_stop, shapes, horizontal_rules(page, _CROSSING_RULE)
        )
        rules = sorted([r[0] for r in horizontal_rules(page, 0.4 * width)] + row_rules)
        if rules:
            for line in lines:
                line.band = bisect_left(
                    rules, under_rule(line, scanned)
                )  # the rules above the line
    else:
        _column_bands(lines, horizontal_rules(page, 0.4 * width), scanned)
    return PageContent(
        page_no,
        width,
        height,
        lines,
        tables,
        ocr=scanned,
        side=split,
        held=pieces[0],
        opening=pieces[1],
    )


def _column_labels(line: Line) -> bool:
    """A line of column labels, a step column among them: a table's header (a steps header,
    or the shown columns of one whose other columns a responsive page moved under each row,
    « Etape | Descriptif | Planification »), printed again on every page the table runs onto,
    never page furniture however often it recurs."""
    keys = [column_key(seg.text) for seg in line.segments]
    if is_header(keys):
        return True
    return len(keys) >= 2 and all(keys) and "step" in keys and len(set(keys)) == len(keys)


def _print_titles(
    lines: list[Line], opens_steps: Callable[[Line], bool], height: float, running: set[str]
) -> list[Line]:
    """A spreadsheet's PRINT TITLES: the steps header printed once at the top of every page
    (« Lignes à répéter en haut »), the sheet's steps tables below it having no header of
    their own — each fiche's rows start right under a heading (« Modalités de mise en
    œuvre ») anywhere on the page. The page-top header line (its labels naming a steps table,
    :func:`is_header`, among the page's first lines, one of the texts printed at the top of
    most pages: ``running``) is set again, as read, between each such
    heading and the row under it: a line of cells in three of its columns or more, the first
    one's among them. The header at the top still heads the rows it stands over."""
    head = next(
        (
            ln
            for ln in lines[:3]
            if ln.top < 0.15 * height
            and _running_key(ln.text) in running  # printed at the top of most pages
            and is_header([column_key(s.text) for s in ln.segments])
        ),
        None,
    )
    if head is None:
        return lines
    starts = [s.x0 for s in head.segments]
    out: list[Line] = []
    for i, line in enumerate(lines):
        out.append(line)
        after = lines[i + 1] if i + 1 < len(lines) else None
        if after is None or line.top <= head.top or not opens_steps(line) or opens_steps(after):
            continue
        columns = {bisect_left(starts, c.x0 + 3) for c in after.segments}
        if len(columns) < 3 or min(columns) != 1:  # three columns, the first one's cell too
            continue
        if is_header([column_key(c.text) for c in after.segments]):
            continue  # the table's own header follows
        top = line.bottom + 0.05 * (after.top - line.bottom)
        bottom = top + min(head.bottom - head.top, 0.5 * max(after.top - line.bottom, 0.2))
        out.append(replace(head, top=top, bottom=bottom, band=line.band))
    return out


def _heading_gaps(
    lines: list[Line], opens_steps: Callable[[Line], bool]
) -> list[tuple[float, float]]:
    """Under each steps heading of the page, the gap to the next line: (its foot, the next
    line's top)."""
    ordered = sorted(lines, key=lambda ln: ln.top)
    return [
        (line.bottom, ordered[i + 1].top if i + 1 < len(ordered) else float("inf"))
        for i, line in enumerate(ordered)
        if opens_steps(line)
    ]


def _in_open_table(strip: tuple[float, float], previous: TableBlock | None) -> bool:
    """Is a strip of lines repeated on most pages inside the columns of a table going on from
    the page before? A steps table continued without its header has a column of a few values
    repeated page after page (partners, owners): that column is the table's, a site
    navigation sidebar sits beside the content, never between a table's outer bounds."""
    if previous is None or len(previous.bounds) < 2:
        return False
    return previous.bounds[0] - 2 <= strip[0] and strip[1] <= previous.bounds[-1] + 2


_SUITE_RE = re.compile(
    r"^(?P<head>.{0,80}?)\s*[(\[]\s*(?:suite|suite et fin|suite de la page pr[ée]c[ée]dente)"
    r"\s*[)\]]\s*:?$",
    re.IGNORECASE,
)


def _without_suite_markers(lines: list[Line], previous: TableBlock) -> list[Line]:
    """A table going on from the page before announced by a « (suite) » line above its rest
    (« Modalités de mise en oeuvre (suite) », « Étapes (suite) »): the page's first lines,
    each ending with the marker, one segment set at the table's first column, are dropped;
    read as the table's first row they would be glued to the step cut by the page break. A
    « (suite) » inside a cell's text (not at its end, or not the page's first line) stays."""
    first_column = previous.bounds[1] if len(previous.bounds) > 2 else float("inf")
    left = previous.bounds[0] - 12 if previous.bounds else float("-inf")
    ordered = sorted(range(len(lines)), key=lambda i: lines[i].top)
    drop: set[int] = set()
    for index in ordered:
        line = lines[index]
        if not (
            len(line.segments) == 1
            and _SUITE_RE.match(line.text.strip())
            and left <= line.x0 < first_column
        ):
            break
        drop.add(index)
    if not drop:
        return lines
    return [ln for i, ln in enumerate(lines) if i not in drop]


def _has_step_label(fast_text: str) -> bool:
    """A line of the page's fast text starting with a step label (« Etape », « Actions »): the
    step row of a transposed steps grid, perhaps cut by the page break after it."""
    for raw in fast_text.splitlines():
        words = raw.split()
        if words and column_key(words[0]) == "step":
            return True
    return False


def _edge_grids(
    page: Any,
    page_no: int,
    grids: list[tuple[Any, list[list[str | None]]]],
    lines: list[Line],
    height: float,
    want_opening: bool,
) -> tuple[GridPiece | None, GridPiece | None]:
    """The page's last ruled grid when it is a transposed steps grid's start reaching the
    page's foot (no body line below it), and its first grid when it opens the page (no body
    line above it) and the page before held a grid: both read for :func:`_join_held`.
    Lines in the page's top and bottom bands (running texts) do not count."""
    if not grids:
        return None, None
    band = 0.09 * height
    body = [ln for ln in lines if ln.top >= band and ln.bottom <= height - band]
    held = opening = None
    table, data = max(grids, key=lambda g: float(g[0].bbox[3]))
    bottom = float(table.bbox[3])
    raw = GridPiece(page_no, 0.0, bottom, [], data)  # the raw cells first: cleaning is costly
    if not any(ln.top >= bottom - 1 for ln in body) and holds_steps(raw):
        piece = grid_piece(page, page_no, table, data)
        held = piece if holds_steps(piece) else None
    if want_opening:
        table, data = min(grids, key=lambda g: float(g[0].bbox[1]))
        top = float(table.bbox[1])
        if not any(ln.bottom <= top + 1 for ln in body):
            opening = grid_piece(page, page_no, table, data)
    return held, opening


def _goes_on_a_cell(line: Line, kept: list[Line]) -> bool:
    """A line right under a kept « label | value » line, at its value's left edge (a value's
    next lines, « Séquestration carbone » under « Liens avec… | Réduction des émissions de
    GES », at the top of a page): the value going on, no running text, whatever other pages
    print there. The line under it goes on the same way."""
    if not kept:
        return False
    above = kept[-1]
    if above.page != line.page or not 0 <= line.top - above.bottom <= 0.8 * line.size:
        return False
    edges = [s.x0 for s in above.segments[1:]] if len(above.segments) > 1 else [above.x0]
    if len(above.segments) == 1 and not _goes_on_a_cell(above, kept[:-1]):
        return False
    return any(abs(line.x0 - x) <= 2.0 for x in edges)


def _label_over_value(line: Line, lines: list[Line]) -> bool:
    """A line of steps column labels alone (« Etape ») with a line set right under it at its
    left edge (the step's name): a record's label over its value, however many pages start
    with a record, never a running header (set off from the body by a gap)."""
    words = [seg.text.strip().rstrip(":").strip() for seg in line.segments]
    if any(len(w.split()) > 5 or column_key(w) is None for w in words):
        return False
    return any(
        abs(other.x0 - line.x0) <= 3 and 0 <= other.top - line.bottom <= 0.8 * line.size
        for other in lines
    )


def _level_with_body(line: Line, lines: list[Line], running: set[str]) -> bool:
    """Does body text stand LEVEL with ``line`` (a number alone), beside it on the page? A
    timeline's date at the page's top beside its step's card (« 2020 » / « Réaliser les
    diagnostic… ») is a value; a folio stands alone in its band, or beside running texts
    and other folios only (« Programme d'actions … 3 »)."""
    return any(
        other is not line
        and other.top < line.bottom
        and other.bottom > line.top
        and not is_page_number(other.text)
        and _running_key(other.text) not in running
        for other in lines
    )


def _number_in_body(line: Line, lines: list[Line], running: set[str], height: float) -> bool:
    """Is ``line`` a number alone (« 2019 », « 3000 »: a value under its label in a record)
    with body text between it and the page's edge? A page number is furniture only when
    nothing but page numbers and running texts stands beyond it."""
    below = line.top > height / 2
    return any(
        (other.top > line.bottom if below else other.bottom < line.top)
        and not is_page_number(other.text)
        and _running_key(other.text) not in running
        for other in lines
    )


def _edge_furniture(lines: list[Line], running: set[str], height: float) -> set[int]:
    """Lines (ids) of a footer or header taller than the 9 % band: running texts in the outer
    fifth of the page with nothing but running texts and page numbers between them and the
    page edge (a body line below a repeated text keeps it: it is content)."""

    def furniture(line: Line) -> bool:
        return is_page_number(line.text) or _running_key(line.text) in running

    out: set[int] = set()
    ordered = sorted(lines, key=lambda ln: ln.top)
    for run in (ordered, ordered[::-1]):  # from the top edge, then from the bottom edge
        for line in run:
            near = line.bottom < 0.2 * height if run is ordered else line.top > 0.8 * height
            if not near or not furniture(line):
                break
            out.add(id(line))
    return out


def _recurring_lines(fast_texts: list[str]) -> frozenset[str]:
    """Text lines (folded, digits masked) found on at least half the pages (≥ 3 pages): a
    navigation sidebar, running titles, but also labels each sheet repeats."""
    if len(fast_texts) < 3:
        return frozenset()
    counts: Counter[str] = Counter()
    for text in fast_texts:
        counts.update({_running_key(raw) for raw in text.splitlines() if raw.strip()})
    threshold = max(3, (len(fast_texts) + 1) // 2)
    return frozenset(key for key, n in counts.items() if n >= threshold and key)


def _side_strip(
    lines: list[Line],
    recurring: frozenset[str],
    width: float,
    is_stop: Callable[[Line], bool] | None = None,
) -> tuple[float, float] | None:
    """The x-range of a sidebar repeated on every page (site navigation printed beside the
    content): ≥ 3 segments stacked at one left edge, each a line found on most pages, in a
    vertical strip at a side of the page that no other text of the page enters. Labels a
    sheet repeats share their left edge with the page's body text, so they are never one;
    nor are labels set in the margin beside their values (a template's « titres en marge »):
    half the stack or more, each read alone, are labels or headings (``is_stop``)."""
    if not recurring:
        return None
    stacks: dict[int, list[tuple[Line, Segment]]] = {}
    for line in lines:
        for seg in line.segments:
            if _running_key(seg.text) in recurring:
                stacks.setdefault(round(seg.x0 / 3), []).append((line, seg))
    for stack in stacks.values():
        segs = [seg for _, seg in stack]
        if len(segs) < 3:
            continue
        if is_stop is not None:
            labels = _alone(stack)
            if 2 * sum(map(is_stop, labels)) >= len(labels):
                continue  # field labels in a margin column, level with their values
        x0, x1 = min(s.x0 for s in segs), max(s.x1 for s in segs)
        if x1 - x0 > 0.3 * width:
            continue
        inside = {id(s) for s in segs}
        others = [s for ln in lines for s in ln.segments if id(s) not in inside]
        if not others or any(s.x0 < x1 + 1 and s.x1 > x0 - 1 for s in others):
            continue
        if all(s.x0 >= x1 for s in others) or all(s.x1 <= x0 for s in others):
            return x0, x1
    return None


def _alone(stack: list[tuple[Line, Segment]]) -> list[Line]:
    """The texts of ``stack`` (segments at one left edge) as lines of their own, a text
    wrapped on lines run on close under each other joined (« Objectifs et résultats » /
    « attendus »)."""
    out: list[Line] = []
    for line, seg in sorted(stack, key=lambda pair: pair[0].top):
        last = out[-1] if out else None
        if last is not None and line.top - last.bottom < 0.5 * (line.bottom - line.top):
            text = f"{last.segments[0].text} {seg.text}"
            joined = Segment(last.x0, max(last.x1, seg.x1), text, last.bold and seg.bold)
            out[-1] = replace(last, bottom=line.bottom, x1=joined.x1, segments=[joined])
        else:
            out.append(replace(line, x0=seg.x0, x1=seg.x1, bold=seg.bold, segments=[seg]))
    return out


def _thin_rules(page: Any) -> tuple[list[tuple[float, float, float]], list[float]]:
    """Drawn rules only (strokes, rectangles 2 pt thick at most), never the edges of filled
    boxes (zebra rows, bands): vertical ones as (x, top, bottom), horizontal ones as
    (y, x0, x1)."""
    verticals: list[tuple[float, float, float]] = []
    horizontals: list[tuple[float, float, float]] = []
    for obj in [*getattr(page, "rects", []), *getattr(page, "lines", [])]:
        w, h = obj["x1"] - obj["x0"], obj["bottom"] - obj["top"]
        if w <= 2 and h >= 8:
            verticals.append((float(obj["x0"]), float(obj["top"]), float(obj["bottom"])))
        elif h <= 2 and w >= 3:
            horizontals.append((float(obj["top"]), float(obj["x0"]), float(obj["x1"])))
    return verticals, horizontals


def _all_upright(chars: list[dict[str, Any]]) -> bool:
    try:
        return all(map(itemgetter("upright"), chars))
    except KeyError:  # (characters without the flag: asked one by one)
        return all(c.get("upright", True) for c in chars)


def _turned_lines(page: Any, lines: list[Line]) -> set[int]:
    """The lines (their ids) whose every character is turned a quarter turn: the text of a
    cell merged down a table's side (« FICHE 1.2.1 » written bottom to top beside its steps)
    that a page break cuts, drawn on both pages, is no text under the table — the table goes
    on on the next page."""
    chars = getattr(page, "chars", None)
    if not chars:
        return set()
    if _all_upright(chars):
        return set()  # (upright pages, nearly all: told in C)
    turned_chars = [c for c in chars if not c.get("upright", True) and _turn(c)]
    if not turned_chars:
        return set()
    out: set[int] = set()
    for line in lines:
        inside = [
            c
            for c in chars
            if c["text"].strip()
            and line.x0 - 1 <= c["x0"]
            and c["x1"] <= line.x1 + 1
            and line.top - 1 <= c["top"]
            and c["bottom"] <= line.bottom + 1
        ]
        if inside and all(not c.get("upright", True) and _turn(c) for c in inside):
            out.add(id(line))
    return out


def _closed_bottom(page: Any, table: TableBlock) -> bool:
    """Is a ruled grid shut at its bottom: three or more drawn column rules ending on its last
    border, none going on below it, and drawn rules along that border across them?"""
    thin_v, thin_h = _thin_rules(page)
    verticals = [v for v in thin_v if v[1] < table.bottom - 2 and v[2] > table.top + 2]
    ending = [v for v in verticals if abs(v[2] - table.bottom) <= 3]
    if len(ending) < 3:
        return False
    left, right = min(v[0] for v in ending), max(v[0] for v in ending)
    if any(left - 2 <= v[0] <= right + 2 and v[2] > table.bottom + 3 for v in verticals):
        return False
    along = sorted((x0, x1) for y, x0, x1 in thin_h if abs(y - table.bottom) <= 3)
    reach = left + 3
    for x0, x1 in along:  # pieces drawn cell by cell, end to end
        if x0 <= reach + 2:
            reach = max(reach, x1)
    return reach >= right - 3


def _within_closed_grids(
    page: Any, unruled: list[TableBlock], ruled: list[TableBlock]
) -> list[TableBlock]:
    """Geometry tables cut at the bottom border of a ruled grid they run over, when that grid
    is shut there (:func:`_closed_bottom`) and holds body rows: a line under it (a table caption « Source : … »,
    centred under the grid, a line or two) is no row of it, though its words fall in the
    columns. Only drawn rules count (:func:`_thin_rules`): the edges of filled rows (zebra
    grids, whose last unfilled row the grid finder drops) shut nothing."""
    # a ruled header over an unruled body (cards, rows without rules) is no shut grid
    closed = [t for t in ruled if t.rows and _closed_bottom(page, t)]
    if not closed:
        return unruled
    out: list[TableBlock] = []
    for table in unruled:
        had_rows = bool(table.rows)  # (a header alone at the page's foot keeps its place)
        for grid in closed:
            if not (table.top < grid.bottom - 1 and grid.bottom + 1 < table.bottom):
                continue
            table.rows = [r for r in table.rows if r.top < grid.bottom - 1]
            table.bottom = grid.bottom
        if table.rows or not had_rows:
            out.append(table)
    return out


_ROW_LEVEL = 3.0  # pt: a drawn row and a geometry row start level within this


def _drawn_where_alike(
    unruled: list[TableBlock], ruled: list[TableBlock], lines: list[Line]
) -> list[TableBlock]:
    """The geometry reading of a page, each of its tables given way to the one grid drawn
    over the same rows when that grid reads as many rows, each starting level with
    geometry's and holding as many cells (no row read as one cell across the grid), with the
    same columns, and holds as many of the page's lines: the page's choice is made on its totals (one table the grid
    finder reads short decides it), and a drawn grid tells a merged cell (a description
    merged down a step's sheet rows) where geometry can only guess."""
    out: list[TableBlock] = []
    for table in unruled:
        over = [
            r
            for r in ruled
            if r.top < table.bottom and table.top < r.bottom and not r.part and not table.part
        ]
        if (
            len(over) == 1
            and len(over[0].rows) == len(table.rows) > 0
            and not over[0].joined_rows
            and not table.transposed
            and not over[0].transposed
            and over[0].keys == table.keys
            and sum(1 for u in unruled if u.top < over[0].bottom and over[0].top < u.bottom) == 1
            and not over[0].spanning_rows
            and all(
                _level_rows(a.top, b.top) and _filled(a) >= _filled(b)
                for a, b in zip(over[0].rows, table.rows, strict=True)
            )
            and _covered(over, lines) >= _covered([table], lines)
        ):
            out.append(over[0])
        else:
            out.append(table)
    return out


def _level_rows(drawn: float, text: float) -> bool:
    """Does a geometry row whose text starts at ``text`` start level with the drawn row whose
    box starts at ``drawn``: within :data:`_ROW_LEVEL`, or lower inside it by its cells' top
    padding (a web table's cells padded 8 px: the text starts 6 pt under the rule)?"""
    return abs(drawn - text) <= _ROW_LEVEL or 0 <= text - drawn <= _CELL_PADDING


_CELL_PADDING = 10.0  # pt: a drawn cell's text starts this far under its top at most


def _filled(row: TableRow) -> int:
    """Cells of ``row`` holding text (a merged cell's ``None`` counts as filled: its text is
    the cell above's)."""
    return sum(1 for v in row.cells.values() if v is None or v.strip())


def _covered(tables: list[TableBlock], lines: list[Line]) -> int:
    """Lines of the page lying inside one of ``tables``."""
    return sum(
        1 for ln in lines if any(t.top - 1 <= ln.top and ln.bottom <= t.bottom + 1 for t in tables)
    )


_CROSSING_RULE = 20.0  # pt: least width of a rule that may run over a side column's gutter


def _scan_side_columns(
    lines: list[Line], scan: OcrPage, is_stop: Callable[[Line], bool]
) -> SideColumns | None:
    """A scanned page's band read as side columns when a column of fields stands beside the
    page's main column behind a whitespace gutter (:func:`gutter_columns`): a side panel's
    pale fill is gone to paper on a scan (a black-and-white fax, a threshold), so only the
    gutter marks it, and the labels are in the values' own face (no weight is read on a
    scan) — the field labels ``is_stop`` names over their values."""
    if len(lines) < 8:
        return None
    split = gutter_columns(lines, horizontal_rules(scan, _CROSSING_RULE), is_stop)
    if split is None:
        return None
    # a table's header in the band naming columns on BOTH sides of the gutter: the gutter
    # is the whitespace between two of its columns (a scan shows no column rule), and the
    # fields over it are the page's, not a side column's
    for line in lines:
        if not split.top <= line.top <= split.bottom:
            continue
        keys = [column_key(seg.text) for seg in line.segments]
        left = [k for k, seg in zip(keys, line.segments, strict=True) if seg.x1 <= split.gutter]
        right = [k for k, seg in zip(keys, line.segments, strict=True) if seg.x0 >= split.gutter]
        if is_header(keys) and any(left) and any(right):
            return None
    if _details_beside_cells(lines, split):
        return None
    return split


_DETAILS_ROWS = 2  # rows whose details column names a steps column: a table, not a panel


def _details_beside_cells(lines: list[Line], split: SideColumns) -> bool:
    """The band is one table whose last (or first) column stacks each step's details as
    « Porteur : … » / « Partenaires envisagés : … » lines: at least :data:`_DETAILS_ROWS`
    lines of the band hold, on one side of the gutter, a cell starting with a steps column's
    label before a colon, beside two cells or more on the other side (a row's first line:
    step, description, year, budget). A side panel holds the FICHE's fields, never a steps column's label at
    the height of a row of cells; the whitespace is then the gap before the details column."""
    rows = 0
    for line in lines:
        if not split.top <= line.top <= split.bottom:
            continue
        left = [seg for seg in line.segments if seg.x1 <= split.gutter]
        right = [seg for seg in line.segments if seg.x0 >= split.gutter]
        for side, other in ((right, left), (left, right)):
            if len(other) >= 2 and any(
                ":" in seg.text and column_key(seg.text.split(":")[0].strip()) is not None
                for seg in side
            ):
                rows += 1
                break
    return rows >= _DETAILS_ROWS


def _column_lines(words: list[dict[str, Any]], split: SideColumns, page_no: int) -> list[Line]:
    """A page read as side columns: lines above the band, the band's left column, its right
    column, lines below it, each group made into lines on its own (text level across the
    gutter is never one line), in that reading order (``seq``)."""
    lines = [ln for group in column_groups(words, split) for ln in words_to_lines(group, page_no)]
    for index, line in enumerate(lines):
        line.seq = index
    return lines


def _column_tables(
    page: Any,
    page_no: int,
    lines: list[Line],
    split: SideColumns,
    previous: TableBlock | None,
    is_stop: Callable[[Line], bool],
) -> list[TableBlock]:
    """Geometry tables of a page read as side columns, looked for in each part on its own
    (above the band, its left column, its right column, below it): a table's body never
    runs on into the other column. A table of the page before goes on in the first part, or
    in the column it was in."""
    parts: list[list[Line]] = [[], [], [], []]
    if split.more:  # several bands: the text between them read on its own too
        parts = band_groups(lines, split.bands(), lambda ln: ln.top, lambda ln: ln.bottom)
    for line in lines if not split.more else ():
        if line.bottom < split.top:
            parts[0].append(line)
        elif line.top > split.bottom:
            parts[3].append(line)
        else:
            parts[1 if (line.x0 + line.x1) / 2 < split.gutter else 2].append(line)
    first = next((i for i, part in enumerate(parts) if part), 0)
    if previous is not None and previous.column is not None and not parts[0]:
        first = 2 if previous.column[0] > float("-inf") else 1
    tables: list[TableBlock] = []
    for index, part in enumerate(parts):
        if part:
            tables += _unruled_tables(
                page, page_no, part, previous if index == first else None, is_stop
            )
    return tables


def _drawn_rows(ruled: list[TableBlock]) -> list[tuple[float, float]]:
    """(top, bottom) of each body row of the ruled grids cut on drawn rules (a row runs to
    the next row's top, the last to the grid's bottom)."""
    spans: list[tuple[float, float]] = []
    for table in ruled:
        if not table.rows_ruled or not table.rows:
            continue
        tops = [r.top for r in table.rows]
        for top, bottom in zip(tops, [*tops[1:], table.bottom], strict=True):
            if bottom > top:
                spans.append((top - 1, bottom - 1))
    return spans


def _place_in_columns(tables: list[TableBlock], split: SideColumns) -> None:
    """Each table lying in a band on one side of the gutter is bounded by its column."""
    for table in tables:
        for band in split.bands():
            if not table.bounds or table.bottom < band.top or table.top > band.bottom:
                continue
            if table.bounds[0] >= band.gutter - 1:
                table.column = (band.gutter, float("inf"))
            elif table.bounds[-1] <= band.gutter + 1:
                table.column = (float("-inf"), band.gutter)
            break


def _column_bands(
    lines: list[Line], rules: list[tuple[float, float, float]], ocr: bool = False
) -> None:
    """Rule bands on a page read as side columns: a line counts only the rules running
    across it (a rule under a table row of one column bands nothing in the other)."""
    for line in lines:
        here = [y for y, x0, x1 in rules if x0 < line.x1 and x1 > line.x0]
        if here:
            line.band = sum(1 for y in here if y < under_rule(line, ocr))
