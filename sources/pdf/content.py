"""What a page is read into: segments, lines, implementation-table rows and blocks, pages."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sources.pdf.flow import SideColumns
    from sources.pdf.tab_columns import TabCut
    from sources.pdf.tab_rows import TabGrid


@dataclass
class Segment:
    """Run of words on one line separated from its neighbours by a wide gap (a cell, a column)."""

    x0: float
    x1: float
    text: str
    bold: bool
    words: list[tuple[float, float, str]] = field(default_factory=list, repr=False)
    # words at the segment's start set in bold (a run-in name before plain text); 0 unknown
    lead_bold: int = 0


@dataclass
class Line:
    """A visual line of text (outside implementation tables)."""

    page: int
    top: float
    bottom: float
    x0: float
    x1: float
    size: float
    bold: bool
    segments: list[Segment]
    band: int | None = None  # index of the horizontal-rule band holding the line (ruled pages)
    seq: int = 0  # place in the page's reading order when it is not top-down (text columns)

    @property
    def text(self) -> str:
        return " ".join(s.text for s in self.segments)


@dataclass
class TableRow:
    """One body row of an implementation table; ``None`` marks a cell merged with the one above.

    ``raw`` keeps, for cells holding a colon on several lines, their lines as printed (``\n``
    between them), so the sheet reader can cut « Porteur : v » / « Partenaires : v » pairs
    set on lines of their own (:mod:`sources.action_plan.pair_cells`). A ``group`` row is a
    row spanning the table that reads « <column label> : value » (« Planification : 2020 »):
    its one cell gives that column's value to the rows under it, up to the next group row."""

    page: int
    top: float
    cells: dict[str, str | None]
    raw: dict[str, str] = field(default_factory=dict)
    group: bool = False
    # a BAND row of a table with no step column: its text alone across the table (a merged
    # cell, a fill spanning the table, a bold line alone), a title over the row(s) under it
    # (:mod:`sources.pdf.band_rows`; named rows: :mod:`sources.action_plan.band_names`)
    band: bool = False
    # two of its cells or more opened with their own columns' labels, taken off (a responsive
    # page's inline labels, :func:`sources.pdf.columns.without_own_label`): the document
    # prints them
    own_labels: bool = False
    # the REST of the row above, cut off by a page break (a step's lower row of split
    # columns, :mod:`sources.pdf.lower_tier`): joined to it, never a step of its own
    rest: bool = False
    # the rest of the row ``back`` rows above the last one read before the page break (0:
    # that row), cut column by column (:mod:`sources.pdf.column_silos`); None: a row of its own
    back: int | None = None


@dataclass
class TableBlock:
    """An implementation table (or the part of it on one page)."""

    page: int
    top: float
    bottom: float
    keys: list[str]
    has_header: bool
    rows: list[TableRow] = field(default_factory=list)
    bounds: list[float] = field(default_factory=list)  # column boundaries (geometry path)
    ncols: int = 0
    open_at_bottom: bool = False  # runs to the bottom of the page: may continue on the next
    rows_ruled: bool = False  # rows cut on rules (not on vertical gaps): every row is a row
    top_aligned: bool = False  # rows without gap cut where columns start again (geometry path)
    spanning_rows: int = 0  # ruled body rows read as one cell across every column (no rule)
    header_bottom: float = 0.0  # ruled path: bottom of the header rows (0: no header read)
    # ruled path: the column a header row spanning every column names (« Descriptif » merged
    # under the header): each record is a row of the grid's cells, then one spanning cell
    spanning_key: str | None = None
    joined_rows: int = 0  # grid rows read into the row above (the spanning cell of a record)
    whole_rows: bool = False  # rows are whole records: none is the rest of a row cut by a page
    # a grid row a printed LINE: each value typed one line a sheet row (wrap off), a step over
    # as many rows as its longest value has lines (:mod:`sources.action_plan.line_rows`)
    line_rows: bool = False
    one_line_cells: bool = False  # (ruled) every body cell one printed line at most
    # (ruled) a grid column cut in two at a tab stop (:mod:`sources.pdf.tab_columns`): a grid
    # going on from this one on the next page is cut the same way
    tab_cuts: list[TabCut] = field(default_factory=list)
    # one part of a steps table split in two (« Etape | Descriptif » only): joined by the
    # sheet reader to the table naming the same steps, never steps on its own
    part: bool = False
    # x-range of the page column holding the table when the page is read as side columns
    # (:func:`sources.pdf.flow.side_columns`): lines of the other column never place it
    column: tuple[float, float] | None = None
    # a TRANSPOSED steps grid (steps as columns): a page break never cuts one of its steps
    transposed: bool = False
    # a grid whose first column only repeats the fiche's code (:mod:`sources.pdf.key_columns`):
    # its key cells are left out of the rows; ``gaps``: the y-ranges of its rows that are no
    # steps (headings, fields, text across the grid), left to the page's lines; ``aside``:
    # boxes (x0, top, x1, bottom) whose words are no text (the header row, the key cells)
    keyed: bool = False
    gaps: list[tuple[float, float]] = field(default_factory=list)
    aside: list[tuple[float, float, float, float]] = field(default_factory=list)
    # ruled path: the header's column labels as printed, folded (kept for the same table going
    # on without a header): a cell opening with its own column's label drops it
    header_labels: list[str | None] = field(default_factory=list)
    # a grid of label / value pairs (:func:`sources.pdf.ruled_tables._pair_grid_at`): the keys
    # of its last row's labels, which a row cut by the page break goes on under (else None)
    pair_last: list[str | None] | None = None
    # a Markdown pipe table typed as text (:mod:`sources.pdf.pipe_tables`): the text of its
    # last row when the page break cut it (read whole on the next page), else None
    pipe_rest: str | None = None
    # ruled path: keys of the lower halves of split detail columns, one per column (None
    # under a column merged down over both header rows; empty: no split columns),
    # :mod:`sources.pdf.lower_tier`
    lower_keys: list[str | None] = field(default_factory=list)
    # ruled path: the column holding each step's name over its description, one cell
    # (:mod:`sources.pdf.joint_cells`), else None
    joint: int | None = None
    # a sheet's rows pasted as tab-separated text (:mod:`sources.pdf.tab_rows`): its tab
    # stops, and its last row's state when that row may go on at the next page's top
    tab_grid: TabGrid | None = None
    # a steps block of independent columns (:mod:`sources.pdf.column_silos`): per column, the
    # row its last value on this page belongs to, counted from the block's last row (0: that
    # row, -1: the one above, 1: a row not opened yet), for the block going on next page
    silo_ends: list[int] | None = None


@dataclass
class GridPiece:
    """A ruled grid at a page's foot or top, its cells read (``None``: merged with the one at
    the left or above): a TRANSPOSED steps grid may be cut by the page break, its label rows
    going on in the next page's grid (:func:`sources.pdf.ruled_tables.join_transposed`)."""

    page: int
    top: float
    bottom: float
    bounds: list[float]
    cells: list[list[str | None]]


@dataclass
class PageContent:
    number: int
    width: float
    height: float
    lines: list[Line]
    tables: list[TableBlock]
    ocr: bool = False  # read by OCR (scanned page)
    side: SideColumns | None = None  # a band read as side columns (a filled side panel)
    # a transposed steps grid reaching the page's foot, held for the next page's grid
    held: GridPiece | None = None
    # the page's first ruled grid when it opens the page (the rest of a held grid, perhaps)
    opening: GridPiece | None = None
    # the PDF page (1-based) this page was printed on when it differs from ``number``: a
    # sheet printed two pages per sheet holds two pages read one after the other
    sheet: int | None = None
