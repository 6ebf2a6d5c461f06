"""Steps tables whose header cannot be read: column meanings taken from the cells.

A scan may keep a steps table's rows and lose its header: labels printed lighter than a
scanner's ink threshold are left in a blurred background where Tesseract reads « Etape » and
little else, so no table is found and the rows reach the sheet reader as loose lines under the
fiche's « Modalités de mise en œuvre » heading. Such a REGION — a fiche's lines under its
implementation heading, or under a header line of which only one or two labels were read,
while the fiche has no steps table — is read as a table when its cells show a steps table's
shape (:func:`read_headless`):

* its columns are the runs of text its lines leave between white gutters wider than a word
  space (a gutter crossed by one word only is kept: a word overflowing its cell);
* its rows are the groups of lines between blank gaps of a line's height at least (or the
  rules between them on a text page);
* each column is named by what its cells hold: years or periods (« 2019 », « 2020 et + »,
  « 2021-2022 ») → planning; amounts (« 18000 », « 50 000 € », « interne (0,2 ETP) ») →
  budget; a leading column of small numbers → the step's number; the text columns before
  the first period or amount column are the step then the description (no shorter than the
  step), those after it the owner then the partners — the order steps tables print them in
  (with three text columns before it, the second must hold the longest texts, six words a
  cell or more: the description, the ones after it names);
* a first row holding header labels (« Etape ») and no value, or words where its columns
  hold periods or amounts (the header's labels read garbled), is the header's, no step.

Nothing is guessed: with no period column or two of them, two amount columns, a column of
« à définir » only, a text column left over, no text column before the periods, or a header
label read over a column that holds something else, the region is left unread and the fiche
is reported (:class:`Headless` carries the reason).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from statistics import median

from sources.pdf.cells import join_wrapped
from sources.pdf.columns import column_key
from sources.pdf.content import Line, TableBlock, TableRow
from sources.pdf.geometry_tables import _edges, _split_segments
from sources.values import fold, one_line, parse_resources, parse_years

_ROW_GAP = 1.0  # font sizes of blank between two rows (lines of a cell are closer)
_GUTTER = 4.0  # pt: narrowest white run between two columns
_OVERFLOW_GUTTER = 6.0  # pt: a gutter crossed by one overflowing segment is this wide at least
_PROSE_SHARE = 0.55  # of the region's width: a segment this wide is running text, no cell
_LONG_TEXT = 6.0  # words a cell on average: a description column
_MAX_NAMES = 2  # text columns after the periods and amounts: owner, partners
_LABEL_WORDS = 3  # a header label read in a header row has this many words at most

_CellLine = tuple[str, float, float, float]  # text, x0, x1, font size


@dataclass
class Headless:
    """A region read as a steps table (``blocks``, one per page, from ``lines``), or, with no
    block, the reason (French) its columns could not be named."""

    blocks: list[TableBlock] = field(default_factory=list)
    lines: list[Line] = field(default_factory=list)
    keys: list[str] = field(default_factory=list)
    reason: str | None = None


def partial_header(line: Line) -> bool:
    """A header line of which only some labels were read: three cells or more, one or two of
    them a column label (« Etape || Enworipisf || Plarrefentren »)."""
    if len(line.segments) < 3:
        return False
    labels = [s for s in line.segments if _label(s.text)]
    return 1 <= len(labels) <= 2


def cell_line(line: Line, region: list[Line]) -> bool:
    """``line``, read as a heading or a field label (« enjeux » alone), is a line of a cell of
    the region's table: it goes on right under the region's last line on the same page and
    starts at one of its inner columns — where a segment right of a row's first cell starts —,
    never at the region's left, where headings and labels start (the rule the ruled-table
    reader keeps: :mod:`sources.pdf.geometry_tables`)."""
    if not region:
        return False
    last = region[-1]
    if last.page != line.page or line.top - last.bottom > _ROW_GAP * max(line.size, 1.0):
        return False
    left = min(ln.x0 for ln in region)
    inner = [
        seg.x0
        for ln in region
        if ln.x0 <= left + 2 and len(ln.segments) > 1
        for seg in ln.segments[1:]
    ]
    return bool(inner) and line.x0 >= min(inner) - 2 and any(abs(line.x0 - x) <= 1.5 for x in inner)


def _label(text: str) -> str | None:
    """The column a short cell text names as a header label does (« Etape », « Porteur »)."""
    words = text.split()
    if not words or len(words) > _LABEL_WORDS or any(ch.isdigit() for ch in text):
        return None
    return column_key(text)


def read_headless(lines: list[Line]) -> Headless | None:
    """``lines`` (a region of a fiche, in reading order) read as a steps table, the columns
    named from their cells; None when they show no table at all (fewer than three columns,
    no row), a :class:`Headless` with a reason and no block when they show one whose columns
    cannot all be named."""
    table = _table_lines(lines)
    if not table:
        return None
    groups = _groups(table)
    # a first row holding a label and no period nor amount: the header row, some of it read
    first = [s.text for ln in groups[0] for s in ln.segments]
    labelled = any(_label(t) for t in first) and not any(
        _kind(t) in ("period", "amount") for t in first
    )
    skips = [1] if labelled else [0, 1]
    reason: str | None = None
    for skip in skips:
        if skip >= len(groups):
            break
        found = _read(groups[skip:], groups[:skip])
        if isinstance(found, Headless):
            return found
        reason = reason or found
    return Headless(reason=reason) if reason else None


def _table_lines(lines: list[Line]) -> list[Line]:
    """The region's lines from its first cell line to the line before running text across the
    columns (a paragraph after the table)."""
    cells = [ln for ln in lines if ln.segments]
    if not cells:
        return []
    left = min(s.x0 for ln in cells for s in ln.segments)
    right = max(s.x1 for ln in cells for s in ln.segments)
    width = max(right - left, 1.0)
    out: list[Line] = []
    for line in cells:
        if any(s.x1 - s.x0 > _PROSE_SHARE * width for s in line.segments):
            if out:
                break
            continue
        out.append(line)
    return out


def _groups(lines: list[Line]) -> list[list[Line]]:
    """Lines cut into rows on blank gaps of a line's height, on the rules between rows (a
    text page's rule bands) and on page breaks; a first line of header labels read in part
    (:func:`partial_header`) is a row of its own."""
    size = median(ln.size for ln in lines)
    ordered = sorted(lines, key=lambda ln: (ln.page, ln.top))
    groups: list[list[Line]] = []
    bottom = 0.0
    for index, line in enumerate(ordered):
        last = groups[-1][-1] if groups else None
        if (
            last is not None
            and line.page == last.page
            and line.top - bottom < _ROW_GAP * size
            and (line.band is None or last.band is None or line.band == last.band)
            and not (index == 1 and partial_header(last))
        ):
            groups[-1].append(line)
            bottom = max(bottom, line.bottom)
        else:
            groups.append([line])
            bottom = line.bottom
    return groups


def _bounds(lines: list[Line]) -> list[float]:
    """Column bounds: the left edge, the middle of each gutter, the right edge. A gutter is a
    run of x at least :data:`_GUTTER` wide (wider than a word space) where no word lies, or
    (:data:`_OVERFLOW_GUTTER` wide) where one word only runs across (a word overflowing its
    cell). Words, not segments: two cells whose padding is narrower than a line's word gap
    are one segment (« 18000 (financé) GACdG »)."""
    spans = [
        (w[0], w[1]) for ln in lines for s in ln.segments for w in (s.words or [(s.x0, s.x1, "")])
    ]
    left = min(a for a, _ in spans)
    right = max(b for _, b in spans)
    step = 0.5
    n = int((right - left) / step) + 1
    cover = [0] * n
    who = [-1] * n
    for index, (a, b) in enumerate(spans):
        for k in range(int((a - left) / step), min(n, int((b - left) / step) + 1)):
            cover[k] += 1
            who[k] = index
    bounds = [left - 1.0]
    k = 0
    while k < n:
        if cover[k] > 1:
            k += 1
            continue
        start = k
        while k < n and cover[k] <= 1:
            k += 1
        edge = start == 0 or k >= n  # white at the region's own edges is no gutter
        zero, j = False, start
        while j < k:  # white runs: gutters
            if cover[j]:
                j += 1
                continue
            first = j
            while j < k and not cover[j]:
                j += 1
            if first > 0 and j < n and (j - first) * step >= _GUTTER:
                zero = True
                bounds.append(left + step * (first + j - 1) / 2)
        crossing = {who[j] for j in range(start, k)}
        if not zero and not edge and len(crossing) == 1 and (k - start) * step >= _OVERFLOW_GUTTER:
            bounds.append(left + step * (start + k - 1) / 2)  # one word over the gutter
    bounds.append(right + 1.0)
    return bounds


_YEAR_TOKEN_RE = re.compile(r"^(?:19|20|29)\d\d$")
_PERIOD_WORDS = frozenset(
    "et a au aux partir de du des d l le la en continu fin debut mi semestre semestres "
    "trimestre trimestres s1 s2 t1 t2 t3 t4 er e eme 1er 2e 2eme 3e 4e jusqu depuis dela "
    "annee annees an ans mois janvier fevrier mars avril mai juin juillet aout septembre "
    "octobre novembre decembre permanent puis suivantes suite courant".split()
)
_AMOUNT_WORDS = frozenset(
    "eur euro euros k keur m md meur ht ttc etp ept interne internes regie finance financee "
    "finances financees non a financer subventionne subventionnee par an annee annuel "
    "annuelle temps agent agents".split()
)
_UNKNOWN = frozenset(
    {"a definir", "a preciser", "a determiner", "nc", "nr", "n c", "non chiffre", "inconnu", ""}
)
_STEP_NO_RE = re.compile(r"^\d{1,2}\s*[.)]?$")


def _kind(text: str) -> str:
    """What a cell holds: « period », « amount », « number » (a step's number), « unknown »
    (« à définir », a dash) or « text »."""
    flat = one_line(text) or ""
    folded = fold(flat)
    if folded in _UNKNOWN:
        return "unknown"
    if _STEP_NO_RE.match(flat):
        return "number"
    tokens = folded.split()
    if "€" not in flat and parse_years(flat)[0] is not None:
        others = [
            t
            for t in tokens
            if t not in _PERIOD_WORDS and not _YEAR_TOKEN_RE.match(t) and not t.isdigit()
        ]
        long_numbers = [
            t for t in tokens if t.isdigit() and len(t) > 2 and not _YEAR_TOKEN_RE.match(t)
        ]
        if len(others) <= 1 and not long_numbers:
            return "period"
    res = parse_resources(flat)
    if res.budget_eur is not None or res.etp is not None:
        marked = bool(re.search(r"€|\d\s*k|\betp\b|\bept\b|\binterne", flat.casefold()))
        digits = re.sub(r"[\s\u00a0\u202f.,]", "", flat)
        big = bool(re.search(r"\d{3,}", digits))
        others = [t for t in tokens if t not in _AMOUNT_WORDS and not t.isdigit()]
        if (marked or big) and len(others) <= 1 and "%" not in flat:
            return "amount"
    return "text"


def _read(groups: list[list[Line]], header: list[list[Line]]) -> Headless | str | None:
    """The rows ``groups`` (under the ``header`` row, dropped) read as a steps table; a reason
    when its columns cannot be named; None when no table shows."""
    lines = [ln for g in groups for ln in g]
    bounds = _bounds(lines)
    ncols = len(bounds) - 1
    if ncols < 3:
        return None
    rows = [_cells(g, bounds) for g in groups]
    left = [min((p[1] for r in rows for p in r[c]), default=0.0) for c in range(ncols)]
    right = [max((p[2] for r in rows for p in r[c]), default=0.0) for c in range(ncols)]

    def read(row: list[list[_CellLine]]) -> list[str]:
        return [
            join_wrapped([p[0] for p in row[c]], _edges(row[c], left[c], right[c]))
            for c in range(ncols)
        ]

    texts = [read(r) for r in rows]
    kinds = [[_kind(t) if t else "" for t in row] for row in texts]
    keys = _keys(texts, kinds, ncols)
    if isinstance(keys, str) or keys is None:
        return keys
    joined = _page_cut_rows(groups, texts, keys)
    if len(joined) < len(groups):  # rows cut by a page break, read whole
        groups = joined
        texts = [read(_cells(g, bounds)) for g in groups]
    if not header and _header_like(kinds[0], keys):
        return None  # the first row is the header's (garbled labels): read without it
    if header and not _header_fits(header, bounds, keys):
        return "un libellé d'en-tête lu ne correspond pas au contenu de sa colonne"
    if header and _has_values(_cells(header[0], bounds), keys):
        return None
    # rows at the end holding one cell and no detail: a note under the table, no step
    end = len(groups)
    while end > 1 and _note(texts[end - 1], keys):
        end -= 1
    blocks: dict[int, TableBlock] = {}
    for group, row in zip(groups[:end], texts[:end], strict=True):
        if not any(row):
            continue
        page = group[0].page
        cells: dict[str, str | None] = dict(zip(keys, row, strict=True))
        block = blocks.get(page)
        if block is None:
            block = blocks[page] = TableBlock(
                page, group[0].top, group[-1].bottom, list(keys), False, bounds=list(bounds)
            )
            block.ncols = ncols
        block.bottom = max(block.bottom, max(ln.bottom for ln in group))
        block.rows.append(TableRow(page, min(ln.top for ln in group), cells))
    used = [ln for g in header + groups[:end] for ln in g]
    return Headless(list(blocks.values()), lines=used, keys=keys)


def _page_cut_rows(
    groups: list[list[Line]], texts: list[list[str]], keys: list[str]
) -> list[list[Line]]:
    """A row opening a page with no step name under a row of the page before is that row's
    rest, cut by the page break (« ou la facilitation d'accès à des locaux. » under a header
    that repeats no text): its lines join the row's."""
    if "step" not in keys:
        return groups
    step = keys.index("step")
    out: list[list[Line]] = []
    for group, row in zip(groups, texts, strict=True):
        if out and group[0].page > out[-1][-1].page and any(row) and not row[step]:
            out[-1] = out[-1] + group
        else:
            out.append(list(group))
    return out


def _note(row: list[str], keys: list[str]) -> bool:
    """A row of one cell, none of the details: a line of text under the table."""
    return sum(1 for t in row if t) <= 1 and not any(
        t for t, k in zip(row, keys, strict=True) if k in ("planning", "budget", "owner")
    )


def _cells(group: list[Line], bounds: list[float]) -> list[list[_CellLine]]:
    """Each column's lines of one row: (text, x0, x1, size), top down. Two pieces of a cell
    side by side whose tops lie within a line of each other are one line the OCR cut in two
    (« Créer » read a little lower than « cet » beside it): joined left to right."""
    out: list[list[_CellLine]] = [[] for _ in range(len(bounds) - 1)]
    tops: list[list[float]] = [[] for _ in range(len(bounds) - 1)]
    pages: list[list[int]] = [[] for _ in range(len(bounds) - 1)]
    for line in sorted(group, key=lambda ln: (ln.page, ln.top)):  # a row cut by a page break
        for col, segs in enumerate(_split_segments(line, bounds)):
            if not segs:
                continue
            text = " ".join(s.text for s in segs)
            part = (text, segs[0].x0, segs[-1].x1, line.size)
            if out[col] and pages[col][-1] == line.page and line.top - tops[col][-1] < line.size:
                last = out[col][-1]
                if part[1] >= last[2] or part[2] <= last[1]:  # side by side
                    a, b = sorted((last, part), key=lambda p: p[1])
                    out[col][-1] = (f"{a[0]} {b[0]}", a[1], max(a[2], b[2]), max(a[3], b[3]))
                    continue
            out[col].append(part)
            tops[col].append(line.top)
            pages[col].append(line.page)
    return out


def _column_kind(kinds: list[str]) -> str:
    """A column's kind from its cells': period or amount when all but one in four of its
    cells (« à définir » aside) are; number when all are; « unknown » when all are
    « à définir »; else text."""
    filled = [k for k in kinds if k]
    known = [k for k in filled if k != "unknown"]
    if not filled:
        return ""
    if not known:
        return "unknown"
    for kind in ("period", "amount"):
        hits = sum(1 for k in known if k == kind)
        if hits and len(known) - hits <= hits // 4:
            return kind
    if all(k == "number" for k in known):
        return "number"
    return "text"


def _keys(texts: list[list[str]], kinds: list[list[str]], ncols: int) -> list[str] | str | None:
    """The columns' keys, a reason (French) when they cannot all be named, or None when the
    columns show no steps table (no period nor amount column)."""
    column_kinds = [_column_kind([row[c] for row in kinds]) for c in range(ncols)]
    periods = [c for c, k in enumerate(column_kinds) if k == "period"]
    amounts = [c for c, k in enumerate(column_kinds) if k == "amount"]
    if not periods and not amounts:
        return None
    if "" in column_kinds:
        return None  # a column empty in every row: a stray word's, no column
    if len(periods) != 1:
        return "aucune colonne d'années" if not periods else "plusieurs colonnes d'années"
    if len(amounts) > 1:
        return "plusieurs colonnes de montants"
    if "unknown" in column_kinds:
        return "une colonne ne contient que « à définir »"
    numbers = [c for c, k in enumerate(column_kinds) if k == "number"]
    if numbers and numbers != [0]:
        return "une colonne de petits nombres ailleurs qu'en tête de tableau"
    text_cols = [c for c, k in enumerate(column_kinds) if k == "text"]
    if not text_cols:
        return "aucune colonne de texte"
    keys = ["" for _ in range(ncols)]
    keys[periods[0]] = "planning"
    if amounts:
        keys[amounts[0]] = "budget"
    if numbers:
        keys[0] = "no"
    details = min(periods + amounts)
    lead = [c for c in text_cols if c < details]  # step, description
    trail = [c for c in text_cols if c > details]  # owner, partners
    words = {c: _mean_words([row[c] for row in texts]) for c in text_cols}
    if len(lead) > 2:  # names before the details too: after the description, the longest
        longest = max(lead, key=lambda c: words[c])
        if words[longest] < _LONG_TEXT or lead.index(longest) != 1:
            return "trop de colonnes de texte avant les années"
        lead, trail = lead[:2], lead[2:] + trail
    if not lead:
        return "aucune colonne d'étapes avant les années"
    if len(lead) == 2 and words[lead[1]] < words[lead[0]]:
        return "le descriptif présumé est plus court que l'étape"
    for col, key in zip(lead, ("step", "description"), strict=False):
        keys[col] = key
    if len(trail) > _MAX_NAMES:
        return "trop de colonnes de texte après les années"
    for col, key in zip(trail, ("owner", "partners"), strict=False):
        keys[col] = key
    if not (amounts or trail):
        return None  # a period column beside texts only: no steps table's shape
    return keys


def _mean_words(cells: list[str]) -> float:
    filled = [c for c in cells if c]
    return sum(len(c.split()) for c in filled) / len(filled) if filled else 0.0


_VALUE_KINDS = {"planning": "period", "budget": "amount"}


def _header_like(kinds: list[str], keys: list[str]) -> bool:
    """A first row with a word where its column holds periods or amounts and none of them:
    the header's labels, read garbled."""
    checks = [(kinds[c], _VALUE_KINDS[k]) for c, k in enumerate(keys) if k in _VALUE_KINDS]
    wrong = any(got and got not in (want, "unknown") for got, want in checks)
    right = any(got == want for got, want in checks)
    return wrong and not right


def _has_values(cells: list[list[_CellLine]], keys: list[str]) -> bool:
    """A row dropped as the header's holds a period or an amount where its column does."""
    for col, key in enumerate(keys):
        want = _VALUE_KINDS.get(key)
        text = " ".join(p[0] for p in cells[col])
        if want and text and _kind(text) == want:
            return True
    return False


def _header_fits(header: list[list[Line]], bounds: list[float], keys: list[str]) -> bool:
    """Every label read in the header row names the column it stands over."""
    for line in header[0]:
        for col, segs in enumerate(_split_segments(line, bounds)):
            for seg in segs:
                key = _label(seg.text)
                if key is not None and col < len(keys) and key != keys[col]:
                    return False
    return True
