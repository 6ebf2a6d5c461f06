"""Entry point: one action-plan PDF → :class:`ActionPlanDocument`; detection score and
document-level fields (territory), OCR flags, plausibility of stated totals.
"""

from __future__ import annotations

import re
from dataclasses import replace

from sources import plausibility
from sources.action_plan.badge_tasks import BadgeTasks
from sources.action_plan.banner_heads import banner_headings
from sources.action_plan.board_lists import board_lists
from sources.action_plan.captions_below import labels_under_values
from sources.action_plan.child_rows import ChildRows
from sources.action_plan.chip_cards import chip_cards
from sources.action_plan.colon_records import ColonRecords
from sources.action_plan.date_tiles import DateTiles
from sources.action_plan.disclosure import without_disclosure_labels
from sources.action_plan.field_rows import FieldRows
from sources.action_plan.flowed_grid import FlowedGrid
from sources.action_plan.folded_rows import FoldedRows
from sources.action_plan.foot_header import foot_headers
from sources.action_plan.line_kinds import PairedFields, _classify, _is_stop
from sources.action_plan.parser import _Parser
from sources.action_plan.repeated_view import RepeatedViews
from sources.action_plan.right_labels import labels_at_right
from sources.action_plan.running_heads import RunningAxis
from sources.action_plan.stacked import StackedSteps
from sources.action_plan.step_list import ListedSteps
from sources.action_plan.synoptic_rows import synoptic_rows
from sources.action_plan.table_footers import TableFooters
from sources.action_plan.timeline_cards import TimelineCards
from sources.action_plan.title_case import CaseVocabulary, restore_title_case
from sources.pdf.block_shift import BlockShift
from sources.pdf.cells import (
    document_hyphenation,
    document_vocabulary,
    document_words,
    vocabulary,
)
from sources.pdf.columns import text_has_table_header
from sources.pdf.content import Line, PageContent, TableBlock
from sources.pdf.contents_table import ContentsPages, without_contents
from sources.pdf.flow import SideColumns, beside_column, goes_on_panel
from sources.pdf.offset_cells import level_offset_cells
from sources.pdf.opening import read_pdf_text
from sources.pdf.page_runs import (
    Tiling,
    even_tiling,
    grid_run_length,
    interleaved_tiling,
    uneven_tiling,
)
from sources.pdf.pages import iter_pages
from sources.pdf.pictured_text import PictureReader
from sources.pdf.running import EdgeTexts, running_texts
from sources.records import ActionPlanDocument
from sources.values import fold

_TERRITORY_RE = re.compile(
    r"((?:Communaut[ée]\s+(?:d['’]\s*agglom[ée]ration|de\s+communes|urbaine)|M[ée]tropole"
    r"|Grand\s+[A-ZÉ]|Pays\s+(?:de|du|des|d['’])\s*[A-ZÉ]|PETR|Parc\s+naturel\s+r[ée]gional"
    r"|Syndicat\s+mixte)[^\n|•·–—:;()]{2,90})"
)

# a page number printed after the name on a footer's line (« … Gascogne    Page 3 sur 12 »)
_PAGE_NO_TAIL_RE = re.compile(
    r"\s+(?:(?:page|p\.)\s*\d{1,4}|\d{1,4}\s*(?:/|sur)\s*\d{1,4})\b", re.IGNORECASE
)


def _territory(texts: list[str]) -> str | None:
    counts: dict[str, int] = {}
    for text in texts:
        for raw in text.splitlines():
            line = " ".join(raw.split())
            if len(line) > 160:
                continue
            for match in _TERRITORY_RE.finditer(line):
                name = _PAGE_NO_TAIL_RE.split(
                    re.split(
                        r"\s+-\s+|\s+(?:PCAET|Plan\s+[Cc]limat|Programme|Fiches?)\b",
                        match.group(1),
                    )[0]
                )[0].strip(" ,.'")
                if len(name.split()) >= 2:
                    counts[name] = counts.get(name, 0) + 1
    if not counts:
        return None
    return max(counts, key=lambda k: (counts[k], -list(counts).index(k)))


def looks_like_action_plan(text: str) -> float:
    """0..1 score that ``text`` (first pages) comes from an action plan (content-based)."""
    folded = fold(text)
    if not folded:
        return 0.0
    score = 0.0
    if re.search(
        r"\b(?:fiche(?: action)?|action) (?:n )?\d{1,2}(?: \d{1,2}){1,3}\b", folded
    ) or re.search(r"\bfiches? actions?\b", folded):
        score += 0.3
    weights = {
        "objectif operationnel": 0.15,
        "mise en oeuvre": 0.1,
        "porteur": 0.05,
        "pilote": 0.03,
        "partenaires": 0.05,
        "indicateur": 0.05,
        "publics cibles": 0.05,
        "public cible": 0.05,
        "contexte": 0.05,
        "objectif strategique": 0.05,
        "resultats attendus": 0.05,
        "plan d actions": 0.1,
        "programme d actions": 0.1,
        "pcaet": 0.1,
        "plan climat": 0.1,
        "ressources a mobiliser": 0.05,
        "etape": 0.03,
    }
    score += sum(w for marker, w in weights.items() if marker in folded)
    if text_has_table_header(text):
        score += 0.25
    if "contrat d objectif" in folded and "fiche" not in folded:
        score -= 0.2
    return max(0.0, min(1.0, score))


def _opens_steps(line: Line) -> bool:
    """A steps heading (« Modalités de mise en œuvre »): the rows of a steps table follow."""
    kind = _classify(line)
    return kind is not None and kind.kind == "impl"


def parse_action_plan(data: bytes, source_file: str, sha256: str) -> ActionPlanDocument:
    """Read every action sheet and implementation-table row of a PCAET-style plan.

    Scanned pages are read by OCR when Tesseract is installed; records read from them carry
    ``extraction="ocr"`` and the page's mean OCR confidence, and each OCR'd page gets a warning.
    Raises :class:`~sources.errors.InputRejected` for corrupt or encrypted PDFs and for scans
    that cannot be read (OCR missing, nothing recognised, too many pages).
    """
    edges = EdgeTexts()  # read in the same pass as the fast text
    fast, scans = read_pdf_text(data, on_page=edges.add)
    running = running_texts(data, ocr=scans.pages, edges=edges)
    everything = "\n".join(fast)
    plan_type = "PCAET" if re.search(r"\bpcaet\b|\bplan climat", fold(everything)) else "PLAN"
    territory = _territory(fast[:3] + fast[3:][:3]) or _territory(fast)
    doc = ActionPlanDocument(territory_name=territory, plan_type=plan_type, n_pages=len(fast))
    parser = _Parser(source_file, sha256)
    cases = CaseVocabulary(fast)  # how the running text writes its words
    # cut words rejoined: written whole elsewhere, or cut in a document that hyphenates
    with vocabulary(document_vocabulary(fast), document_words(fast), document_hyphenation(fast)):
        pairs, stacked, listed = PairedFields(), StackedSteps(), ListedSteps()
        panel, heads, colons = _PanelCarry(), RunningAxis(), ColonRecords()
        child = ChildRows()  # a responsive table's hidden columns listed under each row
        folded = FoldedRows()  # rows (and their header) folded onto two lines of cells
        flowed = FlowedGrid()  # a grid of boxes flowing a fixed number a row
        fields = FieldRows()  # a fiche's fields as one row of a table, cut by a page break
        repeats = RepeatedViews()  # a web page's steps printed again as cards under the table
        timeline = TimelineCards()  # steps as cards along a line, each date beside its card
        tasks = BadgeTasks()  # steps as tasks, their values badges told by icons
        tiles = DateTiles()  # an agenda's events, each period in a tile at the left
        footers = TableFooters(fast)  # a <tfoot> printed under a table on every page
        sheets: dict[int, int] = {}  # page read → PDF page, where a sheet holds two pages
        contents = ContentsPages(fast)
        shift = BlockShift()  # where each page's text block sits, from the page before
        half = edges.tiled  # a sheet printed in page columns, its key column repeated
        if half is None and edges.tiled_on_rows:  # or on its grid's rows
            half = grid_run_length(data, len(fast))
        tiled: Tiling | None = even_tiling(half) if half is not None else None
        mates = edges.tiled_unevenly if tiled is None else None
        if mates:  # a later run shorter than the first (pages with nothing left out)
            tiled = uneven_tiling(data, mates)
        over = edges.tiled_over if tiled is None else None
        if over:  # each row band's later columns on the page after its first ones
            tiled = interleaved_tiling(data, over)
        pictures = PictureReader(data)
        for content in iter_pages(
            data,
            fast,
            running,
            _is_stop,
            scans.pages,
            edges.imposed,
            tiled,
            _opens_steps,
            edges.booklet,  # a brochure's sheets: their pages in booklet order
            pictures,  # pictures holding text, read by OCR
        ):
            if content.sheet is not None:
                sheets[content.number] = content.sheet
            toc = contents(content.lines, (content.sheet or content.number) - 1)
            if toc:  # a table of contents: navigation, not content
                content.lines = without_contents(content.lines, toc)
                parser.contents(toc)
            content.lines = heads(content.lines, content.height, content.tables)  # headers
            content.lines = labels_at_right(content.lines)  # a right-to-left sheet
            content.lines = labels_under_values(content.lines)  # a form's captions
            content.lines = level_offset_cells(content.lines)  # a framed value, lower
            content.lines = restore_title_case(content.lines, cases)  # « Casse : Titre »
            parser.page_shift(shift(content.lines), content.lines)  # mirrored margins
            content.lines = repeats(content.lines, content.tables, content.number)
            content.lines = footers(content.lines, content.tables)  # a table's footer row
            _feed(
                parser,
                content,
                pairs,
                stacked,
                listed,
                panel,
                colons,
                child,
                folded,
                fields,
                timeline,
                tasks,
                flowed,
                tiles,
            )
        for block in flowed.flush(len(fast)):  # a grid of boxes open at the last page's end
            parser.table(block)
        for line in fields.flush():  # a fields row cut at the last page's end
            parser.line(line)
        for block in child.flush() + colons.flush():  # a step cut at the last page's end
            parser.table(block)
        for line in tiles.flush():  # an event's name and tile ending the last page
            parser.line(line)
        left, blocks = listed.flush()  # a list of steps ending on the last page
        for block in blocks:
            parser.table(block)
        for line in left:
            parser.line(line)
        for line in pairs(stacked.flush_lines()):  # a cut box whose next page never came
            parser.line(line)
        for block in stacked.flush():
            parser.table(block)
        for line in pairs.flush():
            parser.line(line)
        parser.finish(doc)
    widget = without_disclosure_labels(doc.steps)  # « En savoir plus » opening each one
    if widget is not None:
        parser.issues.append(widget)
    parser.issues.extend(repeats.issues())
    _on_sheets(doc, parser, sheets)
    doc.issues.extend(scans.issues())
    doc.issues.extend(pictures.issues())
    pictures.close()
    doc.issues.extend(parser.issues)
    _flag_ocr(doc, scans.confidence_by_page())
    plan_total = plausibility.stated_plan_total(fast)
    findings = plausibility.plan_findings(doc, parser.stated_totals, plan_total)
    plausibility.enforce(findings)  # impossible values: this document, not the region
    return doc


def _on_sheets(doc: ActionPlanDocument, parser: _Parser, sheets: dict[int, int]) -> None:
    """Pages numbered as read (two per sheet printed two pages per sheet) back to the PDF's
    page numbers: a record's page is the sheet a user opens (:mod:`sources.pdf.imposed`)."""
    if not sheets:
        return

    def sheet(page: int) -> int:
        return sheets.get(page, page)

    for record in [*doc.actions, *doc.steps, *parser.issues]:
        if record.page is not None:
            record.page = sheet(record.page)
    for code, (amount, page) in list(parser.stated_totals.items()):
        parser.stated_totals[code] = (amount, sheet(page))


def _flag_ocr(doc: ActionPlanDocument, confidence: dict[int, float | None]) -> None:
    """Mark steps read from OCR'd pages, and actions whose sheet or steps were, as OCR."""
    if not confidence:
        return
    pages_of: dict[str, set[int]] = {}
    for step in doc.steps:
        pages_of.setdefault(step.action_id, set()).add(step.page)
        if step.page in confidence:
            step.extraction, step.ocr_confidence = "ocr", confidence[step.page]
    for action in doc.actions:
        pages = {action.page} | pages_of.get(action.action_id, set())
        scanned = [confidence[p] for p in pages if p in confidence]
        if scanned:
            known = [c for c in scanned if c is not None]
            action.extraction = "ocr"
            action.ocr_confidence = min(known) if known else None


_FOOT = 0.8  # of the page's height: a column whose text reaches below runs to the page's foot


class _PanelCarry:
    """A side panel going on past a page break: the field its text was filling when its
    column ran down to the page's foot, for the plain lines at the top of the next page's
    panel (same side, same gutter, nothing across the page above it) — read before the
    main column's steps, they would otherwise come after the steps heading and belong to
    no field."""

    def __init__(self) -> None:
        self.side: SideColumns | None = None  # the page's panel, while its lines are read
        self.field: object | None = None  # the parser's field after the panel's last line
        self.sheet: object | None = None
        self.bottom = 0.0  # the panel's last line's bottom
        self.open: tuple[SideColumns, object, object] | None = None  # from the page before

    def start(self, content: PageContent) -> object | None:
        """The field the top of this page's panel goes on with, or None."""
        before, self.open = self.open, None
        self.side, self.field, self.sheet, self.bottom = content.side, None, None, 0.0
        if before is None or content.side is None or not content.lines:
            return None
        first_top = min(ln.top for ln in content.lines)
        if not goes_on_panel(before[0], content.side, first_top, content.width):
            return None
        return before

    def note(self, field: object | None, sheet: object | None, line: Line) -> None:
        """``line`` was read, leaving ``field`` open: kept when it is the panel's text."""
        if self.side is not None and self.side.in_panel(line):
            self.field, self.sheet, self.bottom = field, sheet, line.bottom

    def end(self, content: PageContent) -> None:
        if (
            self.side is not None
            and self.field is not None
            and self.bottom >= (_FOOT * content.height)
        ):
            self.open = (self.side, self.field, self.sheet)


def _heading_beside(lines: list[Line]) -> list[Line]:
    """A steps heading set at the right of a field's first line (a sheet's fields and
    steps on the same rows: « Contexte | valeur | Modalités de mise en oeuvre »), its
    steps below it at the right, the field's value going on under the value at the left:
    the heading read after the lines of that value."""
    out: list[Line] = []
    held: Line | None = None
    for line in lines:
        if held is not None and (line.x1 >= held.x0 or line.page != held.page):
            out.append(held)
            held = None
        segs = line.segments
        if held is None and len(segs) >= 3 and segs[-1].x0 > segs[-2].x1:
            last = replace(line, x0=segs[-1].x0, x1=segs[-1].x1, segments=[segs[-1]])
            if _opens_steps(last) and _classify(replace(line, segments=segs[:1])) is not None:
                out.append(replace(line, x1=segs[-2].x1, segments=segs[:-1]))
                held = last
                continue
        out.append(line)
    if held is not None:
        out.append(held)
    return out


def _beside(line: Line, table: TableBlock, side: SideColumns | None) -> bool:
    """Is ``line`` text of the other side column than ``table``'s: beside its column, and
    not below the band the table lies in (the next fiche's heading, on one side under a
    band of two grids, comes after the table)."""
    if not beside_column(line, table.column):
        return False
    if side is None:
        return True
    band = next((b for b in side.bands() if b.top - 1 <= table.top <= b.bottom + 1), None)
    return band is None or line.top <= band.bottom


def _feed(
    parser: _Parser,
    content: PageContent,
    pairs: PairedFields,
    stacked: StackedSteps,
    listed: ListedSteps,
    panel: _PanelCarry | None = None,
    colons: ColonRecords | None = None,
    child: ChildRows | None = None,
    folded: FoldedRows | None = None,
    fields: FieldRows | None = None,
    timeline: TimelineCards | None = None,
    tasks: BadgeTasks | None = None,
    flowed: FlowedGrid | None = None,
    tiles: DateTiles | None = None,
) -> None:
    """Lines in the page's reading order (two text columns are read one after the other;
    fields as two label/value pairs per row are read pair by pair; steps written as a
    numbered list with « Label : valeur » pairs, printed as stacked « label | value »
    records, or as blocks of « Label : valeur » lines in a form's cell, read as tables), each table before the first line below its top. The plain
    lines opening a side panel that goes on from the page before go on its last field."""
    panel = panel or _PanelCarry()
    resume = panel.start(content)
    lines = banner_headings(content.lines)  # « FICHE 1.1.2 » beside its title in a banner
    lines = (fields or FieldRows())(lines)  # a fiche's fields as one row of a table
    lines, synoptic = synoptic_rows(lines, content.tables)  # fiches merged down by steps
    lines, page_tables, flows = (flowed or FlowedGrid())(lines, synoptic, content.number)
    lines, page_tables = foot_headers(lines, page_tables, _is_stop)  # labels under the steps
    lines, folds = (folded or FoldedRows())(lines, content.number)
    lines, children = (child or ChildRows())(lines, content.number)
    lines, chips = chip_cards(lines, content.number)  # step cards with chips
    lines, boards = board_lists(lines, content.number)  # step cards in planning lists
    lines, dated = (timeline or TimelineCards())(lines, content.number)  # a timeline's cards
    lines, badged = (tasks or BadgeTasks())(lines, content.number)  # tasks with icon badges
    lines = (tiles or DateTiles())(lines)  # an agenda's events: the period in a tile
    lines, items = listed(lines, content.number)
    lines, records = stacked(lines, content.number, content.height)
    lines, cells = (colons or ColonRecords())(lines, content.number, content.height)
    tables = sorted(
        page_tables
        + flows
        + folds
        + children
        + chips
        + boards
        + dated
        + badged
        + items
        + records
        + cells,
        key=lambda t: t.top,
    )
    lines = _heading_beside(lines)
    for line in pairs(lines):
        while (
            tables
            and line.page == content.number
            and tables[0].top <= line.top
            and not _beside(line, tables[0], content.side)  # a side column's text
        ):
            parser.table(tables.pop(0))
        if resume is not None and content.side is not None and content.side.in_panel(line):
            if _classify(line) is not None or parser.sheet is not resume[2]:
                resume = None  # a heading or label: the panel's own fields from here
            else:
                saved, parser.field = parser.field, resume[1]
                parser.line(line)
                parser.field = saved
                panel.note(resume[1], resume[2], line)
                continue
        parser.line(line)
        panel.note(parser.field, parser.sheet, line)
    panel.end(content)
    for table in tables:
        parser.table(table)
