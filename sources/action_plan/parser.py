"""The sheet parser: a plan's lines and implementation tables, in reading order → records.

Fields come inline (``Label : valeur``), under a label on its own line, or from a label
column of a 2-column table/grid; implementation-table rows become steps.
"""

from __future__ import annotations

import re
from dataclasses import replace

from sources.action_plan.app_widgets import is_add_row, without_avatar, without_read_more
from sources.action_plan.array_answers import read_array_answers
from sources.action_plan.band_names import name_by_bands
from sources.action_plan.comment_marks import CommentMarks
from sources.action_plan.contents_sheets import ContentsSheets
from sources.action_plan.ditto import resolve_ditto
from sources.action_plan.floated_labels import floated_owners
from sources.action_plan.follow_up_rows import follow_up
from sources.action_plan.headless_steps import cell_line, partial_header, read_headless
from sources.action_plan.labels import (
    _OP_RE,
    _field_key,
    _fold_label,
    _is_impl_label,
    _label_prefix_key,
    _wraps_label,
)
from sources.action_plan.line_kinds import _classify, _Kind
from sources.action_plan.line_rows import goes_on
from sources.action_plan.list_labels import strip_list_labels
from sources.action_plan.newspaper_values import two_column_parts
from sources.action_plan.pair_cells import as_group, fill_groups, join_rows, split_pair_columns
from sources.action_plan.parts import extend_part, join_part
from sources.action_plan.period_names import split_period_names
from sources.action_plan.placeholders import Tally
from sources.action_plan.register_rows import to_fiches
from sources.action_plan.row_numbers import without_row_numbers
from sources.action_plan.sheets import (
    _annual_only,
    _audiences,
    _Field,
    _indicators,
    _join_cells,
    _join_parts,
    _Part,
    _regulatory,
    _Sheet,
    cuts_at_edges,
    value_rights,
)
from sources.action_plan.year_grid import fold_year_grid
from sources.pdf.cells import hyphenation_cut
from sources.pdf.columns import label_words_only, without_own_labels
from sources.pdf.content import Line, Segment, TableBlock, TableRow
from sources.pdf.paired_labels import known_side, open_join
from sources.records import ActionPlanDocument, ActionRecord, ParseIssue, StepRecord
from sources.values import (
    bulleted_names,
    fold,
    grouped_years,
    one_line,
    parse_resources,
    parse_years,
    soft_joined,
    split_list,
    step_budget,
    without_list_marks,
)

_CONTINUATION_LINES = 4  # a heading's lines after its first, at most
# a line wrapped in a value is set as large as the value's line before it: sizes a tenth apart
# at most (a label's translation in smaller type, 7.6 pt under 8.9 pt values, is not)
_SAME_TYPE = 0.1
# a grid's rows are set apart by their cells' padding: a line this many of its ems below the
# grid's last line (its wrapped lines follow 0.15–0.3 em below each other) opens a new row
_ROW_GAP = 0.8
_DETAIL_KEYS = ("planning", "budget", "owner")
# a heading this many times as large as the fiche's heading, or more, ranks above it (a
# 13.9 pt « Glossaire » after 11.4 pt fiche headings; a title's wrapped line is as large)
_OUTRANK = 1.1
# a heading holds a word of three letters or more; a paragraph's drop cap, set large and bold
# alone on its line (« L », « D' »), holds one letter
_WORDED = re.compile(r"[^\W\d_]{3}")
_KEY_NAMES = {
    "no": "numéro",
    "step": "étape",
    "description": "descriptif",
    "planning": "planification",
    "budget": "ressources",
    "owner": "porteur",
    "partners": "partenaires",
}
# « Total », « TOTAL », « Sous-total », « Total général », « Total fiche : »: a row an author
# adds under the steps to sum the budget column; it is no step.
_TOTAL_RE = re.compile(
    r"^(?:sous[- ]?)?total(?:\s+(?:general|des\s+etapes|de\s+la\s+fiche|fiche|action|"
    r"estime|previsionnel|ht|ttc))?(?:\s+\d{4}(?:\s*[-/]?\s*\d{4})?)?\s*:?$"
)
# a total of PART of the table (« Sous-total 2020 »: the steps of one year), not of all steps
_PART_TOTAL_RE = re.compile(r"^sous|\d{4}\s*:?$")


def _silo_rests(rows: list[TableRow], above: list[TableRow]) -> list[TableRow]:
    """``rows`` without the rests of rows read before the page break (:attr:`TableRow.back`,
    a block of independent columns each cut at its own line), each joined to its row."""
    out: list[TableRow] = []
    for row in rows:
        back = row.back
        if back is None or back >= len(above) or row.group:
            out.append(row)
            continue
        target = above[-1 - back]
        if target.group:
            out.append(row)
            continue
        join_rows(target, row, _join_cells(target.cells, row.cells))
    return out


def _paragraph_rows(rows: list[TableRow]) -> list[TableRow]:
    """A grid row whose every cell but the description is merged with the row above (``None``)
    holds the next paragraph of that row's description, not a step: a Word table setting each
    paragraph of a description in a row of its own, the step's other cells merged down over
    them. Its description joins the row above's."""
    out: list[TableRow] = []
    for row in rows:
        cells = row.cells
        text = cells.get("description")
        if (
            out
            and not row.group
            and not out[-1].group
            and "step" in cells
            and isinstance(text, str)
            and text.strip()
            and all(v is None for k, v in cells.items() if k != "description")
        ):
            above = out[-1]
            joined = "\n".join(t for t in (above.cells.get("description"), text) if t)
            above.cells = {**above.cells, "description": joined}
            continue
        out.append(row)
    return out


def _is_total_row(cells: dict[str, str | None]) -> bool:
    """A total row: its step cell (or, with the step column empty, its first text) says
    « Total » (« Total fiche », « Sous-total 2020 »: a finance officer's sum of one year's
    steps) and it holds no description, planning, owner nor partners — only amounts."""
    label = one_line(cells.get("step")) or ""
    if not _TOTAL_RE.match(fold(label).strip()):
        return False
    return not any(one_line(cells.get(k)) for k in ("description", "planning", "owner", "partners"))


def _names(rows: list[TableRow], limit: int = 5) -> str:
    """« a », « b »… the step names of ``rows`` (at most ``limit``) for a message."""
    names = [f"« {one_line(r.cells.get('step')) or ''} »" for r in rows if r.cells.get("step")]
    more = f" et {len(names) - limit} autre(s)" if len(names) > limit else ""
    return ", ".join(names[:limit]) + more


def _across_rule(above: Line, line: Line) -> bool:
    """A rule stands between ``above`` and ``line`` on one page (both in known rule bands)."""
    return (
        above.page == line.page
        and above.band is not None
        and line.band is not None
        and above.band != line.band
    )


def _split_row(prev: dict[str, str | None], first: dict[str, str | None]) -> bool:
    """Is ``first`` (the first row of a table continued on a new page) the bottom part of
    ``prev`` (the last row of the page before), cut by the page break?

    When a word processor breaks a row across pages, every cell is cut at the same height:
    a cell whose text was complete above the break is EMPTY below it, a cell still running
    goes on. So the bottom part has no step label, or no detail at all; or (a wrapped owner
    « Service commande » / « publique ») it lacks the one-line planning or budget the row above
    holds, and each of its cells continues a cell that has text above (a cut cell cannot start
    from nothing). A new row lacking only its owner (merged with the one above) keeps its
    planning and budget, so it is not taken for a cut row. A step name going on in lower
    case under an unfinished one is the rest of it, whatever the other cells hold (a budget
    set a line lower, on a decimal tab, starting only below the break).
    """
    step = first.get("step") or ""
    if not step:
        return True
    if _name_goes_on(prev, first):
        return True  # « Impliquer et » / « sensibiliser les publics »: the name goes on
    above = (prev.get("step") or "").rstrip()
    if (
        step[:1].islower()
        and above
        and not above.endswith((".", "!", "?", ";", ":"))
        and not any(v for k, v in prev.items() if k != "step")
    ):
        return True  # a name alone at the page's foot, its row's other cells centred lower
    if not any(first.get(k) for k in _DETAIL_KEYS):
        return any(prev.get(k) for k in _DETAIL_KEYS)
    completed = [k for k in ("planning", "budget") if prev.get(k) and not first.get(k)]
    return bool(completed) and all(prev.get(k) for k, v in first.items() if v)


def _name_goes_on(prev: dict[str, str | None], first: dict[str, str | None]) -> bool:
    """``first``'s step name goes on ``prev``'s: it opens in lower case under a name left
    unfinished (no full stop), so does its description when it has one, and no planning,
    budget nor owner of its own stands beside one of the row above (a row of its own)."""
    step = first.get("step") or ""
    above = (prev.get("step") or "").rstrip()
    if not (step[:1].islower() and above and not above.endswith((".", "!", "?", ";"))):
        return False
    text = (first.get("description") or "").lstrip()
    if text and text[:1].isupper():
        return False
    # a cut row's text cells go on cells that had text above (a cut cell cannot start from
    # nothing); a planning or budget may start below the break (set a line lower), but not
    # beside one the row above holds (a row of its own)
    if any(first.get(k) and not prev.get(k) for k in ("description", "owner", "partners")):
        return False
    return not any(
        prev.get(k)
        and (first.get(k) or "").strip()[:1] not in ("", *"-–—+/&")
        and not _unclosed(prev.get(k) or "")
        for k in ("planning", "budget")
    )  # « 2019 » over « - 2020 »: the period goes on; « interne (0,1 » over « ETP) » too


def _unclosed(text: str) -> bool:
    """``text`` opens a bracket it does not close (« interne (0,1 »): it goes on below."""
    return text.count("(") > text.count(")")


# a count and its word, either way round (« 3 enregistrements », « Remplis 3 », « Total : 5 »)
_COUNT_RE = re.compile(r"^(?:\d+\s+[^\W\d]+\.?|[^\W\d]+\s*:?\s*\d+)$")


def _is_summary_row(cells: dict[str, str | None]) -> bool:
    """A table's SUMMARY bar (a grid view's footer: « 3 enregistrements », « Remplis 3 » under
    each column; repeated at the foot of every page the table breaks across): three cells or
    more, every one a count and its word. No step row reads so."""
    texts = [" ".join(v.split()) for v in cells.values() if v and v.strip()]
    return len(texts) >= 3 and all(_COUNT_RE.match(t) for t in texts)


# what a list view's column filters show when nothing is filtered (a search box's grey
# placeholder, a drop-down list's first option), folded
_FILTER_WORDS = frozenset(
    "filtrer filtre rechercher recherche tous toutes tout all filter search selectionner "
    "choisir aucun".split()
)


def _is_filter_row(cells: dict[str, str | None]) -> bool:
    """A list view's FILTER ROW under a steps table's labels (« Filtrer… » search boxes,
    « (Tous) » drop-down lists, printed with the header on each page): three cells or more,
    each only such a control's text. No step row reads so."""
    texts = [fold(v).strip() for v in cells.values() if v and v.strip()]
    return len(texts) >= 3 and all(t and set(t.split()) <= _FILTER_WORDS for t in texts)


_COLUMN_NUMBER_RE = re.compile(r"^[(\[]?(\d{1,2})[)\].]?$")


def _is_numbering_row(cells: dict[str, str | None]) -> bool:
    """A form's row of COLUMN NUMBERS under its labels (« (1) » … « (6) », the keys of notes
    printed under the table, « Renvois : (1) Intitulé de l'étape… »), repeated with the
    header on each page: three cells or more, each one number alone (bracketed or not), the
    numbers following each other from column to column. No step row reads so."""
    numbers = []
    for value in cells.values():
        if not value or not value.strip():
            continue
        match = _COLUMN_NUMBER_RE.match(value.strip())
        if match is None:
            return False
        numbers.append(int(match.group(1)))
    return len(numbers) >= 3 and all(b == a + 1 for a, b in zip(numbers, numbers[1:], strict=False))


# a data-preview widget's column type words, printed under each label (folded)
_TYPE_WORDS = (
    "texte", "nombre entier", "nombre decimal", "nombre", "entier", "decimal", "date",
    "booleen", "chaine de caracteres", "chaine", "text", "integer", "number", "string",
    "float", "boolean", "datetime", "date et heure", "url",
)  # fmt: skip
_TYPES = frozenset(_TYPE_WORDS)


def _is_type_row(cells: dict[str, str | None]) -> bool:
    """The header's last line of a data-preview widget (an open-data portal's table: each
    label over its column's TYPE, « Texte », « Nombre entier »), read as the first body row
    with the ends of wrapped labels (« à mobiliser Texte »): three cells or more, each ending
    with a type word after at most three words opening in small letters. No step row reads
    so."""
    texts = [v.split() for v in cells.values() if v and v.strip()]
    return len(texts) >= 3 and all(_type_cell(words) for words in texts)


def _type_cell(words: list[str]) -> bool:
    for size in range(min(4, len(words)), 0, -1):  # the longest type first
        head, tail = words[:-size], words[-size:]
        if fold(" ".join(tail)) in _TYPES:  # a widget's type word: capitalised, no stop
            # (« … entrer du texte. », a form's prompt cut by the page break, is none)
            return (
                tail[0][:1].isupper()
                and tail[-1][-1:].isalpha()
                and len(head) <= 3
                and (not head or head[0][:1].islower())
            )
    return False


def _label_lines(before: str, text: str) -> str | None:
    """A label's lines so far and its next line joined, when they make a field label or its
    start: with a space (« Liens avec les » / « objectifs »), or glued where a browser broke
    a word anywhere (« Objectifs et résultats atten » / « dus »)."""
    if _wraps_label(f"{before} {text}"):
        return f"{before} {text}"
    if before[-1:].isalpha() and text[:1].islower() and _wraps_label(before + text, cut=True):
        return before + text
    return None


def _header_rest(cells: dict[str, str | None]) -> bool:
    """A row holding only the ends of wrapped header labels (« mobiliser », « envisagés »):
    the rest of a header a page break cut, on top of the next page."""
    texts = [v for v in cells.values() if v and v.strip()]
    return bool(texts) and all(label_words_only(t) for t in texts)


def _impl_title(rest: str | None) -> bool:
    """``rest`` (a fiche heading's text after its code) names the implementation steps alone
    (« — Modalités de mise en oeuvre »)."""
    text = (rest or "").strip().lstrip("—–-:·|").strip()
    return bool(text) and _is_impl_label(_fold_label(text.rstrip(":")))


def _real_keys(keys: list[str]) -> frozenset[str]:
    """A table's named columns (« col3 », an unnamed one, left out)."""
    return frozenset(k for k in keys if not k.startswith(("col", "row")))


def _repeats_first_row(rows: list[TableRow], before: list[TableRow]) -> bool:
    """The first row of a table going on on a new page is the table's FIRST row again, cell
    for cell: a word processor told to repeat the header's rows (« Répéter en tant que ligne
    d'en-tête ») was given the first step's row too, and prints it under the header on every
    page. It is heading, not a step."""
    first = next((r for r in before if not r.group and not r.band), None)
    if not rows or first is None or rows[0].group or rows[0].page <= first.page:
        return False
    cells = {k: " ".join(v.split()) for k, v in rows[0].cells.items() if v}
    again = {k: " ".join(v.split()) for k, v in first.cells.items() if v}
    return len(cells) >= 2 and cells == again


def _steps_annexed(kept: _Sheet, later: _Sheet) -> bool:
    """Is ``later`` the annex entry holding ``kept``'s steps table (a report moving every
    « Modalités de mise en œuvre » table to an annex, each under its fiche's heading again):
    ``kept`` has fields and no step, ``later`` steps and no field, its table whole (steps
    described: not a later band of columns printed apart, its values on their own)?"""
    return (
        bool(kept.fields)
        and not kept.rows
        and not kept.parts
        and not later.fields
        and bool(later.rows or later.parts)
        and any(row.cells.get("description") for row in later.rows)
    )


def _holds_nothing(sheet: _Sheet) -> bool:
    """A sheet read down to the next heading without a field, a steps row nor a part."""
    return not (sheet.fields or sheet.rows or sheet.parts)


# a heading's line ending in a word cut by a hyphen (« économie circu- »), not a dash set off
_WORD_CUT_END_RE = re.compile(r"[^\W\d_]-$")


def _line_joined(text: str, more: str) -> str:
    """A heading's next line joined to it: a space, or nothing in place of the hyphen the
    typesetter printed where it cut a word (:func:`sources.pdf.cells.hyphenation_cut`), or
    nothing after a compound's own hyphen."""
    text = text.strip()
    if hyphenation_cut(text, more):
        return text[:-1] + more
    if _WORD_CUT_END_RE.search(text) and more[:1].isalpha():
        return text + more  # a compound cut at its own hyphen (« éco- » / « responsables »)
    return f"{text} {more}".strip()


class _Parser:
    """Single pass over the page stream; see :mod:`sources.action_plan` for the rules."""

    def __init__(self, source_file: str, sha256: str) -> None:
        self.source_file, self.sha256 = source_file, sha256
        self.sheets: list[_Sheet] = []
        self.sheet: _Sheet | None = None
        # fiche code → (total budget stated in a field, page): plausibility of step budgets
        self.stated_totals: dict[str, tuple[float, int]] = {}
        self._row_number: int | None = None  # the last row number a steps table printed
        self.axis: str | None = None
        self.objective: tuple[str | None, str | None] = (None, None)
        self.pending_objective_code: str | None = None
        self.field: _Field | None = None
        self.kv_x: float | None = None
        # the grid's value column's left edge where its values' first lines are indented
        # (« alinéa »: their further lines start left of the first) and the label column's
        # right edge, seen so far
        self.kv_floor: float | None = None
        self.kv_label_x1 = 0.0
        # right end of the grid's first value line: values RIGHT-ALIGNED on it start anywhere
        # right of the labels (:meth:`_kv_ragged`)
        self.kv_value_x1: float | None = None
        self.kv_pending: list[tuple[Line, list[str]]] = []
        self.kv_fields: list[_Field] = []
        self.kv_label: tuple[Line, str] | None = None  # last line of the label column
        # each label's last line (page, top), by the field's id (:mod:`.floated_labels`)
        self.kv_label_ends: dict[int, tuple[int, float]] = {}
        self.cont: tuple[str, float, bool, int] | None = None  # target, size, bold, left
        self.last_was_table = False
        self.last_transposed = False  # the last table read was a transposed steps grid
        self.last_was_part = False  # the last table read was a « Etape | Descriptif » part
        self.pending_head: TableRow | None = None  # top of a ruled row cut by a page break
        self._head_ruled = False  # that row's table cut its rows on rules
        self.axis_needs_label = False
        self._own_labels = False  # the document prints its columns' labels in its cells
        self.last_kv_x: float | None = None  # value column of the last label / value grid
        # the page being read, how many of its lines were read, the page whose top repeats
        # the fiche's heading (:meth:`_heading_again`)
        self._page_seen, self._page_lines, self._repeat_page = -1, 0, -1
        self._line_above: dict[str, str | None] | None = None  # (:mod:`.line_rows`)
        self._line_rows = False  # a grid a row a printed line read in the document
        self._marks = CommentMarks()  # review comments' anchors taken off values
        self._held_heading: Line | None = None  # « FICHE n » alone at a page's top, held
        # a heading taken for the fiche's, printed again, until the next table tells (the same
        # columns: the table goes on); the columns of the last table read
        self._repeat_line: Line | None = None
        self._last_keys: frozenset[str] = frozenset()
        # each column's header labels as the document prints them (folded)
        self._header_labels: dict[str, set[str]] = {}
        self.orphans: list[Line] = []
        # the lines of the fiche's implementation region while no table was read in it: a
        # steps table whose header could not be read (:mod:`sources.action_plan.headless_steps`)
        self.region: list[Line] | None = None
        self.issues: list[ParseIssue] = []
        self._anywhere = False  # lines broken inside words anywhere (:func:`cuts_at_edges`)
        self._header_alone = False  # the last table read was a header with no row
        self.contents = ContentsSheets()  # the sheets a table of contents lists
        self._head_size = 0.0  # type size of the fiche in force's heading line
        self._head_x0 = 0.0  # and its left edge

    # ---------------------------------------------------------------- helpers
    def _flush_kv(self) -> None:
        """Give each value line of a 2-column block to its label (same rule band if ruled)."""
        given: dict[int, tuple[_Field, list[tuple[_Part, list[Segment]]]]] = {}
        floated = self._floated_targets()
        for line, texts in self.kv_pending:
            target = floated.get(id(line))
            if target is None and line.band is not None:
                same = [f for f in self.kv_fields if f.page == line.page and f.band == line.band]
                if len(same) == 1:  # one label per rule band (centred labels); several labels
                    # in one band (a box around the whole grid, no rule between its rows) or
                    # none: reading order
                    above = [f for f in same if f.top <= line.top + 2]
                    target = above[-1] if above else same[0]
            if target is None:
                before = [f for f in self.kv_fields if (f.page, f.top) <= (line.page, line.top + 2)]
                target = before[-1] if before else (self.kv_fields[0] if self.kv_fields else None)
            if target is not None:
                segs = [
                    s for s in line.segments if self.kv_x is not None and s.x0 >= self._kv_left()
                ]
                new = _Part(
                    line.page,
                    line.top,
                    segs[0].x0 if segs else line.x0,
                    segs[-1].x1 if segs else line.x1,
                    " ".join(texts),
                    line.seq,
                )
                target.parts.append(new)
                given.setdefault(id(target), (target, []))[1].append((new, segs))
        for target, lines in given.values():  # a value set in two newspaper columns
            halves = two_column_parts(lines)
            if halves is not None:
                kept = {id(p) for p, _ in lines}
                target.parts = [p for p in target.parts if id(p) not in kept] + halves
        if self.kv_x is not None:
            self.last_kv_x = self.kv_x
        self.kv_pending, self.kv_fields, self.kv_x = [], [], None
        self.kv_floor, self.kv_label_x1, self.kv_value_x1 = None, 0.0, None
        self.kv_label_ends = {}

    def _floated_targets(self) -> dict[int, _Field]:
        """Each pending value line's field (by the line's id) when the grid's labels are run-in
        floats whose values reading order misplaces (:mod:`.floated_labels`), else none."""
        bands = {f.band for f in self.kv_fields} | {line.band for line, _ in self.kv_pending}
        if len(self.kv_fields) < 2 or not self.kv_pending or len(bands) > 1:
            return {}  # (rules between the rows: the bands tell)
        labels = [
            ((f.page, f.top), self.kv_label_ends.get(id(f), (f.page, f.top)))
            for f in self.kv_fields
        ]
        lines = [line for line, _ in self.kv_pending]
        sizes = sorted(line.size for line in lines)
        owners = floated_owners(labels, [(ln.page, ln.top) for ln in lines], sizes[len(sizes) // 2])
        if owners is None:
            return {}
        return {id(line): self.kv_fields[o] for line, o in zip(lines, owners, strict=True)}

    def _kv_left(self) -> float:
        """Where the value column's lines may start (first-line indents allowed for)."""
        assert self.kv_x is not None
        return min(self.kv_x, self.kv_floor or self.kv_x) - 4

    def _kv_ragged(self, seg: Segment, size: float) -> None:
        """A value line RIGHT-ALIGNED on the grid's first value line (a notebook's data frame
        prints every cell so: ragged on the left) starting left of the value column, right of
        the labels: the values start anywhere from there."""
        if (
            self.kv_x is not None
            and self.kv_value_x1 is not None
            and abs(seg.x1 - self.kv_value_x1) <= 1.5
            and self.kv_label_x1 + 0.5 * size < seg.x0 < self.kv_x - 4
        ):
            self.kv_floor = min(self.kv_floor or seg.x0, seg.x0)

    def _right_labels(self, line: Line) -> bool:
        """``line``'s label ends where the grid's labels end (right-aligned labels), its value,
        if any, where the grid's first value ends: one grid, however far right each value
        starts."""
        label = line.segments[0]
        if not self.kv_fields or self.kv_value_x1 is None:
            return False
        if abs(label.x1 - self.kv_label_x1) > 1.5:
            return False
        return len(line.segments) == 1 or abs(line.segments[-1].x1 - self.kv_value_x1) <= 1.5

    def _kv_indented(self, line: Line) -> None:
        """A value line starting left of the grid's value column, right of its labels, and
        running on into it: the values' first lines are indented (« alinéa »), their further
        lines start here."""
        assert self.kv_x is not None
        first = line.segments[0]
        self._kv_ragged(first, line.size)
        if (
            self.kv_floor is None
            and self.kv_x - 3 * line.size <= first.x0 < self.kv_x - 4
            and first.x1 > self.kv_x + 2 * line.size
            and first.x0 > self.kv_label_x1 + line.size
        ):
            self.kv_floor = first.x0

    def _under_label(self, line: Line) -> bool:
        """A value's line wrapped back UNDER its label: a label floated left of its value
        (a definition list's run-in ``dt``) holds the value's lines beside it only as far down
        as it reaches, the next ones start at the labels' left edge. A regular line starting
        there, running far into the value column, right under a value line that ran as far
        or that started there too: the value goes on (a label is bold, or another field's).
        With BOLD labels a regular line there is no label however short it is: a value's
        short last line wrapped back to the labels' edge (values at a tab stop, their further
        lines at the cell's left edge), or a line its author ended (a ``<br>``: a list's
        next item, « - test sur … » after « - mise en place … ») goes on the value too.
        Either way the line is the VALUE'S TYPE, as large as the value line over it: a line
        set smaller under a label is the label's own (a theme printing each template label's
        translation under it in a smaller italic, « Indicateurs » / « Indicators »)."""
        assert self.kv_x is not None
        if self.kv_label is None or not self.kv_pending or line.bold:
            return False
        first, label = line.segments[0], self.kv_label[0].segments[0]
        above = self.kv_pending[-1][0]
        reach = self.kv_x + 0.6 * (first.x1 - self.kv_x)
        return (
            not first.bold
            and abs(first.x0 - label.x0) <= 2
            and (first.x1 > self.kv_x + 4 * line.size or label.bold)
            and above.page == line.page
            and abs(line.size - above.size) <= _SAME_TYPE * above.size
            and -0.3 * line.size <= line.top - above.bottom < 0.8 * line.size
            and (above.x1 >= reach or abs(above.segments[0].x0 - label.x0) <= 2)
        )  # (a new paragraph of the value under a line of its own at the labels' edge)

    def _unnamed_row(self, line: Line, prev: tuple[Line, str] | None) -> bool:
        """``line`` (in the label column of a grid whose labels are bold, naming no field nor
        going on the label above) opens A ROW OF ITS OWN: it starts at the labels' left edge
        a row gap below the grid's last line (a wrapped label's or value's next line follows
        within 0.8 em). A row added to a fields table (« Contact », a contact whose data are
        masked) or a line set under the table at its left edge is no part of the value above
        it: the row's label is unknown, its text no field's."""
        if prev is None or not self.kv_fields or not prev[0].segments[0].bold:
            return False
        label = prev[0].segments[0]
        last = prev[0]
        if self.kv_pending and (self.kv_pending[-1][0].page, self.kv_pending[-1][0].top) > (
            last.page,
            last.top,
        ):
            last = self.kv_pending[-1][0]
        return (
            abs(line.segments[0].x0 - label.x0) <= 2  # (pt: the labels' left edge)
            and last.page == line.page
            and line.top - last.bottom >= _ROW_GAP * line.size
        )

    def _end_fields(self) -> None:
        self._flush_kv()
        self.field = None

    def _set_continuation(self, target: str, line: Line) -> None:
        """A heading's next lines of its own size and weight go on its text: up to five (a
        heading wrapped in a newspaper column takes six lines, its label ending the first)."""
        self.cont = (target, line.size, line.bold, _CONTINUATION_LINES)

    def _continue(self, line: Line) -> bool:
        if self.cont is None:
            return False
        target, size, bold, left = self.cont
        if left <= 0 or abs(line.size - size) > 0.3 or line.bold != bold:
            self.cont = None
            return False
        text = " ".join(line.text.split())
        if target == "title" and self.sheet is not None:
            title = _line_joined(self.sheet.title, text)
            op = _OP_RE.match(title)
            if op and not _OP_RE.match(self.sheet.title):
                # « FICHE 1.1.1 Objectif » / « opérationnel : Expérimenter »: a heading cut in
                # a narrow column inside its « Objectif opérationnel : » label; the label is
                # no part of the title, nor its line one of the title's lines
                self.sheet.title = op.group(1).strip()
                self.sheet.has_body = True
                return True
            self.sheet.title = title
        elif target == "axis" and self.axis is not None:
            self.axis = _line_joined(self.axis, text)
        elif target == "objective":
            code, label = self.objective
            self.objective = (code, _line_joined(label or "", text))
        self.cont = (target, size, bold, left - 1)
        return True

    # ---------------------------------------------------------------- events
    def page_shift(self, dx: float, lines: list[Line]) -> None:
        """A new page whose text block sits ``dx`` aside from the page before's (mirrored
        margins): a label/value grid going on keeps its value column where this page put it
        — when a line of the page starts there and none where it was (labels set in the
        margin, three on a page and one on the page before, move the block's left edge, never
        the values)."""
        if not dx or self.kv_x is None:
            return
        moved, starts = self.kv_x + dx, [seg.x0 for line in lines for seg in line.segments]
        if any(abs(x - moved) <= 2 for x in starts) and not any(
            abs(x - self.kv_x) <= 2 for x in starts
        ):
            self.kv_x = moved
            if self.kv_floor is not None:
                self.kv_floor += dx

    def line(self, line: Line) -> None:
        held, self._held_heading = self._held_heading, None
        if held is not None:  # a heading « FICHE 1.2.3 » alone at a page's top, held
            if self._title_again(line):
                self._repeat_line = held  # until the next table tells
                return  # its title follows, repeated: the fiche's heading printed again
            self._line(held)  # anything else: the heading read as printed
        if self._heading_again(line):
            return  # the fiche's heading repeated at the top of its next page: no new fiche
        self._line(line)

    def _line(self, line: Line) -> None:
        self._flush_pending_head()
        kind = _classify(line)
        if kind is not None and kind.kind == "fiche" and _impl_title(kind.rest):
            # « FICHE 1.1.1 — Modalités de mise en oeuvre »: the steps table's title row (in
            # its header, repeated on every page the table runs onto), the fiche in force's
            if self.sheet is None or self.sheet.code != kind.code:
                pass  # another fiche's: read as its heading
            elif self.sheet.rows or self.last_was_table:
                return  # repeated over the rest of the table: no text
            else:
                kind = _Kind("impl")
        if kind is not None and self.region and cell_line(line, self.region):
            kind = None  # « enjeux » alone in a description cell: the cell's line, no heading
        if self.region is not None and kind is not None:
            self._close_region()
        if kind is not None and kind.kind != "field":
            self.orphans = []
        if (
            self.kv_x is not None
            and line.segments[0].x1 < self.kv_x - 2
            and (self.kv_floor is None or line.segments[0].x0 < self.kv_floor - 2)
            and not (kind is None and self._under_label(line))  # a value's short last line
        ):
            # left (label) column of a 2-column block: labels may wrap or have no value
            label_text = line.segments[0].text
            self.kv_label_x1 = max(self.kv_label_x1, line.segments[0].x1)
            for seg in line.segments[1:2]:
                self._kv_ragged(seg, line.size)
            prev = self.kv_label
            if (
                (kind is None or kind.kind == "field")
                and prev is not None
                and (
                    # (lines set 2.2 apart, an accessibility overlay's: up to 1.6 em; boxes
                    # overlapping a little where the value beside a line is set taller)
                    (
                        prev[0].page == line.page
                        and -0.3 * line.size <= line.top - prev[0].bottom < 1.6 * line.size
                    )
                    or prev[0].page == line.page - 1  # the label cell cut by a page break
                )
                and (joined := _label_lines(prev[1], label_text)) is not None
            ):  # « Liens avec les » / « objectifs » / « réglementaires »: one wrapped label
                self.kv_label = (line, joined)
                last = self.kv_fields[-1] if self.kv_fields else None
                if last is not None and self.kv_label_ends.get(id(last)) == (
                    prev[0].page,
                    prev[0].top,
                ):
                    self.kv_label_ends[id(last)] = (line.page, line.top)
                else:
                    self._translated_label(prev[0], joined, line)
                texts = [s.text for s in line.segments[1:] if s.x0 >= self._kv_left()]
                if texts:
                    self.kv_pending.append((line, texts))
                return
            self.kv_label = (line, label_text)
            if kind is None:
                key = _label_prefix_key(line.segments[0].text, cut=True)
                rest = " ".join(s.text for s in line.segments[1:] if s.x0 >= self._kv_left())
                kind = _Kind("field", key=key, rest=rest, value_x=self.kv_x) if key else None
                if (
                    kind is None
                    and line.bold
                    and len(line.segments) == 1
                    and label_text[:1].isupper()
                    and (prev is None or _label_lines(prev[1], label_text) is None)
                    and not open_join(label_text)  # « Label / » over its translation
                ):
                    # a bold line alone in the label column, capitalised, no label of a field
                    # nor the end of one (« Localisation » over a map widget): a heading
                    # closing the grid; what follows is no value of the field above
                    self._end_fields()
                    if self._outranks_fiche(line):  # (a heading above the fiche's rank)
                        self.sheet = None  # nor any field of the fiche
                    return
                if kind is None and self._unnamed_row(line, prev):
                    # a row of the grid no field label names (« Contact », a line added under
                    # the table): what it holds is no value of the field above
                    kind = _Kind("field", rest=rest, value_x=self.kv_x)
            elif kind.kind == "field" and kind.value_x is None and not kind.rest:
                kind.value_x = self.kv_x
        elif kind is None or (kind.kind == "field" and kind.value_x is None and not kind.rest):
            above = self._value_lines_above(line)
            if above and kind is None:
                key = _label_prefix_key(line.segments[0].text)
                kind = _Kind("field", key=key) if key else None
            if above and kind is not None:
                kind.value_x = min(ln.segments[0].x0 for ln in above)
                self._adopt(above)
        if (
            kind is not None
            and kind.loose
            and self.kv_x is None
            and self.field is not None
            and self.field.key == kind.key
        ):  # « Contexte historique : … » under « Contexte »: the label met again with words
            # of its own opens no new field, its words are the value's own
            kind = None
        if kind is None:
            self._plain(line)
            return
        self.last_was_table = self.last_was_part = False
        self.cont = None
        if kind.kind == "fiche":
            self._end_fields()
            self._start_sheet(kind.code or "", kind.rest, line)
        elif kind.kind == "op":
            self._end_fields()
            if self.sheet is not None:
                self.sheet.has_body = True
                if kind.rest:
                    self.sheet.title = kind.rest.strip()
                    self._set_continuation("title", line)
                elif not self.sheet.title:  # « Objectif opérationnel : » ending its line
                    self._set_continuation("title", line)  # (a narrow column): title below
        elif kind.kind == "axis":
            self._end_fields()
            self.sheet = None
            label = kind.rest.strip(" ,;:")
            self.axis = f"Axe {kind.code} : {label}" if label else f"Axe {kind.code}"
            self.axis_needs_label = not label
            if label:
                self._set_continuation("axis", line)
        elif kind.kind == "objective_code":
            self.pending_objective_code = kind.code
        elif kind.kind == "objective":
            self._end_fields()
            self.sheet = None
            code = kind.code or self.pending_objective_code
            self.pending_objective_code = None
            self.objective = (code, kind.rest.strip() or None)
            self._set_continuation("objective", line)
        elif kind.kind in ("impl", "stakes"):
            self._end_fields()
            if kind.kind == "impl" and self.sheet is not None:
                self.sheet.has_body = True
                self.region = []
            if kind.kind == "stakes":
                self.sheet = None
        elif kind.kind == "field":
            self._field(kind, line)

    def _plain(self, line: Line) -> None:
        if self.axis_needs_label:
            self.axis_needs_label = False
            self.axis = f"{self.axis} : {line.text.strip(' ,;:')}"
            return
        if self._continue(line):
            return
        if self._outranks_fiche(line):
            # a heading above the fiche's rank (a back matter's « Glossaire »): the fiche is
            # over, what follows (« Indicateurs : définition ») is none of its fields
            self._end_fields()
            self.sheet = None
            return
        self.last_was_table = self.last_was_part = False
        if self.kv_x is not None:
            self._kv_indented(line)
            texts = [s.text for s in line.segments if s.x0 >= self._kv_left()]
            if not texts and self._under_label(line):
                texts = [s.text for s in line.segments]
            if texts:
                self.kv_pending.append((line, texts))
            return
        if self.region is None and self.sheet is not None and partial_header(line):
            self.region = []  # a header line of which only some labels were read
        if self.region is not None:
            self.region.append(line)
        if self.field is not None and self._wrapped_label(line):
            return
        if self.field is not None:
            part = _Part(line.page, line.top, line.x0, line.x1, line.text, line.seq)
            self.field.parts.append(part)
            self.field.lines.append((line, part))
        else:
            self.orphans.append(line)  # may belong to a label centred lower in its cell

    def _outranks_fiche(self, line: Line) -> bool:
        """Is ``line`` a heading of a higher rank than the fiche's own: one bold run alone on
        its line, set ``_OUTRANK`` times as large as the fiche's heading or more, once the
        fiche has a body? A document sets its outline's headings the larger the higher they
        rank, and nothing inside a fiche larger than its heading; a heading the reader does
        not know (« Glossaire », « Liste des sigles », « Annexes ») set so ends the fiche
        like an axis heading would."""
        sheet = self.sheet
        if sheet is None or not sheet.has_body or not self._head_size:
            return False
        if len(line.segments) != 1 or not line.bold or not line.segments[0].bold:
            return False
        if not _WORDED.search(line.text):  # a drop cap (« L », « D' ») is no heading
            return False
        if abs(line.x0 - self._head_x0) > line.size:
            # set off the outline's left edge: a figure's title beside the body (a chart's
            # « Ressources à mobiliser (€) », printed unscaled on a sheet shrunk to fit)
            return False
        return line.size >= _OUTRANK * self._head_size

    def _wrapped_label(self, line: Line) -> bool:
        """A label alone on its lines, wrapped in a narrow text column (« Liens avec les
        objectifs » / « réglementaires »): its first line was read as the field's last value
        line; it starts a field of its own."""
        field = self.field
        if field is None or not field.lines or len(line.segments) != 1:
            return False
        above, part = field.lines[-1]
        if (
            above.page != line.page
            or len(above.segments) != 1
            or not above.text[:1].isupper()
            or abs(above.x0 - line.x0) > 2
            or not -0.3 * line.size <= line.top - above.bottom < 0.8 * line.size
        ):
            return False
        key = _label_prefix_key(above.text)
        if key is None or _field_key(f"{above.text} {line.text}") != key:
            return False
        field.lines.pop()
        field.parts = [p for p in field.parts if p is not part]
        self._field(_Kind("field", key=key), above)
        return True

    def _value_lines_above(self, line: Line) -> list[Line]:
        """Value-column lines already read in the ruled cell band of ``line``, a label alone on
        its line: a label centred vertically in its cell, its value starting above it. The
        value runs down level with the label (its lowest line ends within a line of the
        label's top): text ending higher up in the band (a text column above every rule of the
        page, over a bold label under it) is no value of the label."""
        if line.band is None or len(line.segments) != 1 or not line.text[:1].isupper():
            return []
        right = line.segments[0].x1 + 6
        pool = list(self.orphans)
        if self.field is not None:
            pool += [ln for ln, _ in self.field.lines]
        above = [
            ln
            for ln in pool
            if (ln.page, ln.band) == (line.page, line.band) and ln.segments[0].x0 >= right
        ]
        if above and max(ln.bottom for ln in above) < line.top - line.size:
            return []
        return above

    def _adopt(self, lines: list[Line]) -> None:
        """Take ``lines`` back from the field read so far: they wait for the label below."""
        if self.field is not None:
            taken = {id(part) for ln, part in self.field.lines if any(ln is x for x in lines)}
            self.field.parts = [p for p in self.field.parts if id(p) not in taken]
            self.field.lines = [(ln, p) for ln, p in self.field.lines if id(p) not in taken]
        self.orphans += [ln for ln in lines if not any(ln is o for o in self.orphans)]
        self.orphans.sort(key=lambda ln: (ln.page, ln.top))

    def _translated_label(self, first: Line, joined: str, line: Line) -> None:
        """A label cell opening with the label's translation (« Helburuak eta espero » /
        « diren emaitzak / Objectifs » / « et résultats attendus »): its first line, no label
        of its own, was read as a value line; once the known label shows after the join, the
        field opens at that first line (its value lines level with it are the field's)."""
        side = known_side(joined, lambda text: _wraps_label(text, cut=True))
        if side is None or self.sheet is None:
            return
        key = _field_key(side) or _label_prefix_key(side, cut=True)
        if key is None or any(f.page == first.page and f.top == first.top for f in self.kv_fields):
            return
        self.sheet.has_body = True
        new = _Field(key, first.page, first.band, first.top)
        self.sheet.fields.append(new)
        self.kv_fields.append(new)
        self.kv_label_ends[id(new)] = (line.page, line.top)

    def _field(self, kind: _Kind, line: Line) -> None:
        if self.sheet is None:
            return
        self.sheet.has_body = True
        new = _Field(kind.key or "other", line.page, line.band, line.top)
        self.sheet.fields.append(new)
        if kind.value_x is not None:
            # the value column of the grid, or of the one a label with no value (« Prise en
            # compte de l'EES » alone on its line) just closed
            indent = self.kv_x if self.kv_x is not None else self.last_kv_x
            if (
                indent is not None
                and kind.value_x > indent
                and line.segments[0].x0 < indent < line.segments[0].x1 + 2
            ):  # a label running past the value column's indent (hanging-indent fields):
                # its value starts at the next tab stop, its further lines at the indent
                kind.value_x = indent
            if self.kv_x is None or (
                abs(kind.value_x - self.kv_x) > 25 and not self._right_labels(line)
            ):
                self._flush_kv()
                self.kv_x = kind.value_x
                taken = []
                for orphan in self.orphans:
                    if _across_rule(orphan, line):
                        continue  # a rule between them: the cell above's (a frame's header)
                    texts = [s.text for s in orphan.segments if s.x0 >= kind.value_x - 4]
                    if texts and orphan.page == line.page:
                        self.kv_pending.append((orphan, texts))
                        taken.append(orphan)
                self.orphans = [o for o in self.orphans if not any(o is t for t in taken)]
            self.kv_fields.append(new)
            self.kv_label_ends[id(new)] = (line.page, line.top)
            self.kv_label_x1 = max(self.kv_label_x1, line.segments[0].x1)
            if self.kv_label is None or self.kv_label[0] is not line:
                # the grid's first label: its next line may be the label's own (« Liens avec
                # les » / « objectifs » / « réglementaires »), never a new field
                self.kv_label = (line, line.segments[0].text)
            if kind.rest:
                self.kv_pending.append((line, [s.text for s in line.segments[1:]]))
                if self.kv_value_x1 is None and len(line.segments) > 1:
                    self.kv_value_x1 = line.segments[-1].x1
            self.field = None
        else:
            self._flush_kv()
            self.field = new
            for orphan in self.orphans:  # value lines above a label centred in a ruled cell
                if line.band is not None and (orphan.page, orphan.band) == (line.page, line.band):
                    new.parts.append(
                        _Part(
                            orphan.page, orphan.top, orphan.x0, orphan.x1, orphan.text, orphan.seq
                        )
                    )
            self.orphans = []
            if kind.rest:
                x0 = line.x0
                new.parts.append(_Part(line.page, line.top, x0, line.x1, kind.rest, line.seq))

    def _heading_again(self, line: Line) -> bool:
        """Is ``line`` the current fiche's heading (« FICHE 1.2.3 », its « Objectif
        opérationnel : … » title and the title's wrapped lines) printed again at the top of a
        page the fiche runs onto — a spreadsheet's page header, a word processor's header
        row? Among a page's first lines only, on a page after the fiche's first one."""
        if line.page != self._page_seen:
            self._page_seen, self._page_lines = line.page, 0
        self._page_lines += 1
        sheet = self.sheet
        if sheet is None or not sheet.has_body or line.page == sheet.page or self._page_lines > 4:
            return False  # (a summary's line naming the fiche is no fiche read yet)
        text = " ".join(line.text.split())
        if self._repeat_page == line.page and sheet.title and fold(text) in fold(sheet.title):
            return True  # the repeated title, or a wrapped line of it
        if text == sheet.code and not self.last_was_table and self.kv_x is not None:
            return True  # the code alone over the value column (a data frame's header row
            # naming the fiche, its fields' grid broken across pages): printed again
        kind = _classify(line)
        if kind is None or kind.kind != "fiche" or kind.code != sheet.code:
            return False
        rest = " ".join(kind.rest.split())
        op = _OP_RE.match(rest)
        title = (op.group(1) if op else rest).strip(" :-–")
        if not title:  # the code alone: a repeat only if the fiche's title comes next
            self._held_heading = line
            return True
        if not sheet.title or fold(title) not in fold(sheet.title):
            return False  # another title under the same code: a fiche of its own
        self._repeat_page, self._repeat_line = line.page, line
        return True

    def _title_again(self, line: Line) -> bool:
        """``line`` (under a held « FICHE n » alone) is the fiche's « Objectif opérationnel :
        … » title again: the two are the fiche's heading printed again."""
        sheet = self.sheet
        kind = _classify(line)
        if sheet is None or not sheet.title or kind is None or kind.kind != "op":
            return False
        if fold(" ".join(kind.rest.split())) not in fold(sheet.title):
            return False
        self._repeat_page = line.page
        return True

    def _start_sheet(self, code: str, rest: str, line: Line) -> None:
        self._row_number = None  # a new fiche's steps number their rows anew
        op = _OP_RE.match(rest)
        title = (op.group(1) if op else rest).strip(" :-–")
        if _WORD_CUT_END_RE.search(rest):
            title += "-"  # a word the typesetter cut at the line's end: its line goes on
        obj_code, obj_label = self.objective
        if obj_code is None or not code.startswith(obj_code + "."):
            parts = code.split(".")
            obj_code = ".".join(parts[:-1]) if len(parts) >= 3 else obj_code
            if self.objective[0] is None and obj_label and obj_code is not None:
                # an objective heading whose number was not read (a scan: « 1.4 » lost): its
                # label is the one of the objective the first fiche under it is numbered in
                self.objective = (obj_code, obj_label)
            obj_label = None if obj_code != self.objective[0] else obj_label
        self.sheet = _Sheet(
            code,
            line.page,
            title,
            self.axis,
            obj_code,
            obj_label,
            has_body=bool(op),
            order=len(self.sheets),
        )
        self.sheets.append(self.sheet)
        self._head_size = line.size
        self._head_x0 = line.x0
        self._set_continuation("title", line)

    def _close_region(self) -> None:
        """The fiche's implementation region ends: with no table read in the fiche, its lines
        read as a steps table whose header could not be read, the columns named from their
        cells (:mod:`sources.action_plan.headless_steps`); a table shape whose columns cannot
        all be named is left unread and reported."""
        region, self.region = self.region, None
        sheet = self.sheet
        if not region or sheet is None or sheet.parts or any(not r.group for r in sheet.rows):
            return
        answers = read_array_answers(region)  # a survey's answers, a row a step and column
        if answers is not None:
            taken = {id(ln) for ln in region}
            self.orphans = [ln for ln in self.orphans if id(ln) not in taken]
            self.table(answers)
            return
        found = read_headless(region)
        if found is None:
            return
        if not found.blocks:
            self.issues.append(
                ParseIssue(
                    "warning",
                    f"Fiche {sheet.code} : tableau de mise en œuvre sans en-tête lisible dont les "
                    f"colonnes ne se reconnaissent pas à leur contenu ({found.reason}) : non lu",
                    page=region[0].page,
                )
            )
            return
        taken = {id(ln) for ln in found.lines}
        self.orphans = [ln for ln in self.orphans if id(ln) not in taken]
        for fld in sheet.fields:  # a partial header line read into the field above
            parts = {id(p) for ln, p in fld.lines if id(ln) in taken}
            if parts:
                fld.parts = [p for p in fld.parts if id(p) not in parts]
                fld.lines = [(ln, p) for ln, p in fld.lines if id(ln) not in taken]
        for block in found.blocks:
            self.table(block)
        names = ", ".join(_KEY_NAMES[k] for k in found.keys if k in _KEY_NAMES)
        self.issues.append(
            ParseIssue(
                "info",
                f"Fiche {sheet.code} : en-tête du tableau de mise en œuvre illisible ; "
                f"colonnes reconnues à leur contenu ({names})",
                page=found.blocks[0].page,
            )
        )

    def table(self, block: TableBlock) -> None:
        block = fold_year_grid(block)  # a planning column split into one column a year
        self.region = None  # a table read in the fiche: no region to read as one
        self._end_fields()
        self.cont = None
        sheet = self.sheet
        if sheet is None:
            self.issues.append(
                ParseIssue(
                    "warning",
                    "tableau de mise en œuvre trouvé hors de toute fiche action : ignoré",
                    page=block.page,
                )
            )
            return
        sheet.has_body = True
        if block.part:  # « Etape | Descriptif »: joined to the steps when the sheet ends
            going_on = (
                sheet.parts and sheet.parts[-1] and block.page == sheet.parts[-1][-1].page + 1
            )
            if self.last_was_part and going_on:  # the part going on on a new page
                extend_part(sheet.parts[-1], block.rows)
            else:
                sheet.parts.append(list(block.rows))
            self.last_was_table, self.last_was_part = False, True
            return
        self.last_was_part = False
        if self._repeat_line is not None:
            repeated, self._repeat_line = self._repeat_line, None
            if _real_keys(block.keys) != self._last_keys:
                # not the same table going on (a later band of columns printed on its own):
                # the heading was a fiche's, read as printed
                kind = _classify(repeated)
                if kind is not None:
                    self._end_fields()
                    self._start_sheet(kind.code or "", kind.rest, repeated)
                    sheet = self.sheet
                    if sheet is None:
                        return
                    sheet.has_body = True
        self._last_keys = _real_keys(block.keys)
        for key, label in zip(block.keys, block.header_labels, strict=False):
            if label:
                self._header_labels.setdefault(key, set()).add(label)
        rows = [
            as_group(
                TableRow(
                    r.page,
                    r.top,
                    dict(r.cells),
                    dict(r.raw),
                    r.group,
                    r.band,
                    r.own_labels,
                    back=r.back,
                ),
                block.keys,
            )
            for r in block.rows
        ]
        split_period_names(rows, block.keys)  # « 2019 » over the step name in one cell
        self._row_number = without_row_numbers(  # a DataFrame's index before the steps
            rows, going_on=self._row_number
        )
        rows = [
            r
            for r in rows
            if r.group
            or not (
                _is_summary_row(r.cells)
                or _is_filter_row(r.cells)
                or _is_numbering_row(r.cells)
                or is_add_row(r.cells)  # « + Ajouter un élément »: a web app's action row
                or follow_up(r.cells) == ""  # « Avancement au 31/12 : » left blank
            )
        ]
        if block.has_header and rows and not rows[0].group and _is_type_row(rows[0].cells):
            rows = rows[1:]  # the header's column types under its labels
        if self.last_was_table and _repeats_first_row(rows, sheet.rows):
            rows = rows[1:]  # a heading row repeated with the header on the new page
        if (
            self._header_alone
            and not block.has_header
            and rows
            and not rows[0].group
            and _header_rest(rows[0].cells)
        ):
            rows = rows[1:]  # a header cut by the page break: its labels' last lines
        if self.last_was_table and self.pending_head is None:
            rows = _silo_rests(rows, sheet.rows)  # columns cut one by one by the page break
        head, self.pending_head = self.pending_head, None
        if head is not None:
            if self.last_was_table and rows and not rows[0].group:  # top part of a row cut
                # by the page break
                top = rows[0]
                rows[0] = TableRow(head.page, head.top, head.cells, head.raw)
                join_rows(rows[0], top, _join_cells(head.cells, top.cells))
                if self._head_ruled and not block.rows_ruled:
                    # the rest of a ruled table's row, its cells centred at staggered heights
                    # and no rule among them: all one row, the rest of the row cut
                    while len(rows) > 1 and not rows[1].group:
                        below = rows.pop(1)
                        join_rows(rows[0], below, _join_cells(rows[0].cells, below.cells))
            else:
                rows.insert(0, head)
        # the last grid row of a table a row a printed line (:mod:`.line_rows`), on the page
        # before: where the rows of this one go on from
        # (a document that typed one such table types its other one-line grids so too)
        self._line_rows = self._line_rows or block.line_rows
        by_lines = block.line_rows or (block.one_line_cells and self._line_rows)
        line_above = self._line_above if self.last_was_table and by_lines else None
        if (
            self.last_was_table
            and rows
            and sheet.rows
            and head is None
            and not block.whole_rows
            and not self.last_transposed  # a step COLUMN is never cut by a page break
            and not rows[0].group
            and not sheet.rows[-1].group
            and not rows[0].band  # a band is a row of its own, never the rest of one
            and not sheet.rows[-1].band
        ):
            # a description's last paragraph in a row of its own at the page's foot (the step's
            # other cells merged down over it): the step row, whole, is what the next page
            # goes on from (its name cut too)
            sheet.rows = _paragraph_rows(sheet.rows)
            first, prev = rows[0].cells, sheet.rows[-1].cells
            cut = rows[0].rest or (  # the rest of a row, told so by the table reader
                goes_on(line_above, first)  # a grid row a line: by its columns' runs
                if by_lines and line_above is not None
                else _split_row(prev, first)
            )
            if cut:  # a step cut by the page break: re-join, do not duplicate
                join_rows(sheet.rows[-1], rows[0], _join_cells(prev, first))
                line_above, rows = first, rows[1:]
        for index, row in enumerate(rows):
            if row.group:  # « Planification : 2020 » over the rows below
                sheet.rows.append(row)
                line_above = None
                continue
            cells = row.cells
            note = follow_up(cells)
            if note and sheet.rows and not sheet.rows[-1].group:
                prev = sheet.rows[-1]  # a follow-up filled in: a note on the step above
                text = "\n".join(t for t in (prev.cells.get("description"), note) if t)
                prev.cells = {**prev.cells, "description": text}
                continue
            if by_lines:
                above, line_above = line_above, cells
                if above is not None and sheet.rows and not sheet.rows[-1].group:
                    if goes_on(above, cells):  # a value's next line typed in the row below
                        prev = sheet.rows[-1]
                        join_rows(prev, row, _join_cells(prev.cells, cells))
                        continue
                    sheet.rows.append(row)
                    continue
            bare = (
                not (cells.get("step") or "")
                and cells.get("step") is not None
                and not any(cells.get(k) for k in ("planning", "budget", "owner"))
            )
            if (
                bare
                and block.open_at_bottom
                and index == len(rows) - 1
                and (block.rows_ruled or (block.has_header and not index and not sheet.rows))
            ):
                # a ruled row starting at the page bottom whose step and details are centred
                # lower, on the next page: keep it for the continuation (so too a table's
                # first row under its header, bare: no row above it could be going on)
                self.pending_head, self._head_ruled = row, block.rows_ruled
                continue
            if bare and sheet.rows and not sheet.rows[-1].group:
                prev = sheet.rows[-1]  # wrapped text split off by a wide line gap
                join_rows(prev, row, _join_cells(prev.cells, cells))
                continue
            if (
                index
                and not block.rows_ruled
                and sheet.rows
                and not sheet.rows[-1].group
                and _name_goes_on(sheet.rows[-1].cells, cells)
            ):  # rows cut where no rule is (a value set a line lower, on a decimal tab)
                prev = sheet.rows[-1]
                join_rows(prev, row, _join_cells(prev.cells, cells))
                continue
            sheet.rows.append(row)
        self._line_above = line_above if by_lines else None
        self.last_was_table = True
        self.last_transposed = block.transposed
        # (a group row over no row yet: still a header alone, « 2019 » beside it)
        self._header_alone = block.has_header and all(r.group for r in block.rows)

    def _flush_pending_head(self) -> None:
        """A row top kept for a continuation that never came: it belongs to the row above."""
        head, self.pending_head = self.pending_head, None
        if head is not None and self.sheet is not None:
            if self.sheet.rows and not self.sheet.rows[-1].group:
                prev = self.sheet.rows[-1]
                join_rows(prev, head, _join_cells(prev.cells, head.cells))
            else:
                self.sheet.rows.append(head)

    # ---------------------------------------------------------------- results
    def finish(self, doc: ActionPlanDocument) -> None:
        held, self._held_heading = self._held_heading, None
        if held is not None:
            self._line(held)
        if self.region is not None:
            self._close_region()
        self._flush_pending_head()
        self._end_fields()
        self.contents.add_missing(self.sheets)
        self._register_rows()
        labels = strip_list_labels([row for sheet in self.sheets for row in sheet.rows])
        dittos = sum(resolve_ditto(sheet.rows) for sheet in self.sheets)
        if dittos:
            self.issues.append(
                ParseIssue(
                    "info",
                    f"{dittos} cellule(s) « idem » lue(s) comme la valeur de la même colonne "
                    "à l'étape du dessus",
                )
            )
        if labels:
            self.issues.append(
                ParseIssue(
                    "info",
                    f"{labels} numéro(s) de liste automatique (« 1. », « 2. »…) retiré(s) des "
                    "cellules des tableaux de mise en œuvre : ils ne font pas partie des valeurs",
                )
            )
        by_code: dict[str, _Sheet] = {}
        summary_only: dict[str, _Sheet] = {}
        for sheet in self.sheets:
            if sheet.has_body:
                kept = by_code.get(sheet.code)
                if kept is not None and _holds_nothing(kept) and not _holds_nothing(sheet):
                    # the heading listed ahead of its sheet (a summary repeating the headings
                    # whole, no page numbers): the sheet is the one holding the fiche
                    by_code[sheet.code] = sheet
                    continue
                if kept is not None and _steps_annexed(kept, sheet):
                    # the steps table moved to an annex, under the fiche's heading again:
                    # the fiche's steps
                    kept.rows, kept.parts = sheet.rows, sheet.parts
                    self.issues.append(
                        ParseIssue(
                            "info",
                            f"Fiche {sheet.code} : tableau de mise en œuvre lu en annexe "
                            f"(page {sheet.page}), rattaché à la fiche",
                            page=sheet.page,
                        )
                    )
                    continue
                if sheet.code in by_code:
                    self.issues.append(
                        ParseIssue(
                            "warning",
                            f"Fiche {sheet.code} présente deux fois : seule la première est gardée",
                            page=sheet.page,
                        )
                    )
                    continue
                by_code[sheet.code] = sheet
            else:
                summary_only.setdefault(sheet.code, sheet)
        ordered: list[_Sheet] = []
        seen: set[str] = set()
        for sheet in self.sheets:
            if sheet.code in seen:
                continue
            seen.add(sheet.code)
            body = by_code.get(sheet.code)
            if body is not None:
                summary = summary_only.get(sheet.code)
                if not body.title and summary is not None:
                    body.title = summary.title
                ordered.append(body)
            else:
                ordered.append(sheet)
        # a document printing its columns' labels in its cells: one such cell alone is read
        # without its label too (a row's other cells cut to the next page)
        self._own_labels = any(
            row.own_labels or without_own_labels(row.cells) is not row.cells
            for sheet in ordered
            for row in sheet.rows
        )
        # a document whose lines a browser breaks anywhere, inside words (several such cuts
        # the word list or the document confirms)
        self._anywhere = cuts_at_edges(ordered) >= 5
        for sheet in ordered:
            self._emit(sheet, doc)
        marks = self._marks.message()
        if marks is not None:
            self.issues.append(ParseIssue("info", marks))

    def _register_rows(self) -> None:
        """Rows of a register of steps (« N° fiche » column) moved to their fiches."""
        moved = to_fiches(self.sheets)
        if moved.moved:
            self.issues.append(
                ParseIssue(
                    "info",
                    f"{moved.moved} étape(s) lue(s) dans un tableau récapitulatif (colonne "
                    "« N° fiche ») rattachée(s) à la fiche que chacune nomme",
                )
            )
        unknown: dict[tuple[str, str], int] = {}
        for code, cell, page in moved.unknown:
            unknown.setdefault((code, cell), page)
        for (code, cell), page in unknown.items():
            self.issues.append(
                ParseIssue(
                    "warning",
                    f"Fiche {code} : étape(s) d'un tableau récapitulatif rattachée(s) à "
                    f"« {cell} », qui n'est pas une fiche du document : gardée(s) dans la "
                    f"fiche {code}",
                    page=page,
                )
            )

    def _emit(self, sheet: _Sheet, doc: ActionPlanDocument) -> None:
        action_id = f"{self.sha256[:12]}:{sheet.code}"
        texts: dict[str, str | None] = {}
        prompts = Tally()  # a form template's controls left showing their placeholder
        rights = value_rights(sheet.fields)
        for fld in sheet.fields:
            # (calls taken off each line before the text is normalised: NFKC makes « ¹ » a 1)
            parts = [replace(part, text=self._marks.clean(part.text) or "") for part in fld.parts]
            value = self._marks.clean(prompts.value(_join_parts(parts, rights, self._anywhere)))
            if value and fld.key not in texts:
                texts[fld.key] = value
            elif value:  # a label met again (its first value may be empty: no « None »)
                before = texts[fld.key]
                texts[fld.key] = f"{before}\n{value}" if before else value
            else:
                texts.setdefault(fld.key, None)
        steps = self._steps(sheet, action_id, prompts) if sheet.has_body else []
        note = prompts.note(sheet.code)
        if note:
            self.issues.append(ParseIssue("info", note, page=sheet.page))
        if not sheet.has_body:
            self.issues.append(
                ParseIssue(
                    "warning",
                    f"Fiche {sheet.code} listée au sommaire mais absente du document",
                    page=sheet.page,
                )
            )
        elif not steps:
            self.issues.append(
                ParseIssue(
                    "info",
                    f"Fiche {sheet.code} : aucun tableau de mise en œuvre lu",
                    page=sheet.page,
                )
            )
        doc.steps.extend(steps)
        stated = texts.get("stated_budget")
        if stated:
            res = parse_resources(stated)
            if res.budget_eur and not res.per_year and not res.internal:
                page = next(f.page for f in sheet.fields if f.key == "stated_budget")
                self.stated_totals[sheet.code] = (res.budget_eur, page)
        budgets = [s.budget_eur for s in steps if s.budget_eur is not None]
        etps = [s.etp for s in steps if s.etp is not None]
        starts = [s.start_year for s in steps if s.start_year is not None]
        ends = [s.end_year for s in steps if s.end_year is not None]
        open_ended = any(s.open_ended for s in steps)
        doc.actions.append(
            ActionRecord(
                action_id=action_id,
                plan_type=doc.plan_type,
                territory_name=doc.territory_name,
                axis=sheet.axis,
                strategic_objective_code=sheet.objective_code,
                strategic_objective=(
                    soft_joined(sheet.objective_label) if sheet.objective_label else None
                ),
                action_code=sheet.code,
                title=one_line(sheet.title) or f"Fiche {sheet.code}",
                context=texts.get("context"),
                expected_results=texts.get("expected_results"),
                indicators=_indicators(texts.get("indicators")),
                target_audiences=_audiences(texts.get("target_audiences")),
                regulatory_links=_regulatory(texts.get("regulatory_links")),
                total_budget_eur=float(sum(budgets)) if budgets else None,
                annual_budget_eur=_annual_only(steps),
                total_etp=round(sum(etps), 4) if etps else None,
                start_year=min(starts) if starts else None,
                end_year=None if open_ended or not ends else max(ends),
                owners=list(dict.fromkeys(s.owner for s in steps if s.owner)),
                partners=list(dict.fromkeys(p for s in steps for p in s.partners)),
                source_file=self.source_file,
                source_sha256=self.sha256,
                page=sheet.page,
                has_body=sheet.has_body,
            )
        )

    def _steps(
        self, sheet: _Sheet, action_id: str, prompts: Tally | None = None
    ) -> list[StepRecord]:
        prompts = prompts or Tally()
        # a form template's pre-drawn rows left unused (every cell its placeholder): no step
        sheet.rows = prompts.drop_unfilled(sheet.rows)
        sheet.parts = [kept for part in sheet.parts if (kept := prompts.drop_unfilled(part))]
        for part in sheet.parts:
            if join_part(sheet.rows, part):
                continue
            if not any(not r.group for r in sheet.rows):
                # no other steps table in the fiche: the part is its steps (names and
                # descriptions), never dropped
                sheet.rows.extend(part)
                continue
            self.issues.append(
                ParseIssue(
                    "warning",
                    f"Fiche {sheet.code} : tableau « Etape | Descriptif » dont les étapes "
                    "ne sont pas celles du tableau de mise en œuvre (noms ou ordre "
                    f"différents) ; descriptions non rattachées : {_names(part)}",
                    page=part[0].page if part else sheet.page,
                )
            )
        out: list[StepRecord] = []
        previous: dict[str, str | None] = {}
        totals: list[tuple[str, int]] = []
        groups: dict[str, str] = {}  # values of the group rows above (« Planification : 2020 »)
        sheet.rows = name_by_bands(sheet.rows)  # step names printed as bands over the rows
        sheet.rows = _paragraph_rows(sheet.rows)  # a description's paragraphs in rows of their own
        split = iter(split_pair_columns(sheet.rows))  # « Porteur : v » cells cut into columns
        for row in sheet.rows:
            if row.group:  # an empty value (« ⊟ Planification :  (1) ») empties it too
                groups.update((k, v or "") for k, v in row.cells.items())
                continue
            cells, explicit = next(split)
            cells = self._marks.cells(cells)  # « 2019[SC2] »: a review comment's anchor
            for key in ("owner", "partners"):  # « GA GACdG »: an avatar's initials
                if cells.get(key):
                    cells[key] = without_avatar(cells[key])
            for key in ("step", "description"):  # « … Lire la suite » before the rest
                if cells.get(key):
                    cells[key] = without_read_more(cells[key])
            # « Porteur : GACdG » in the « Porteur » column
            if self._own_labels:  # one such cell alone: its column's printed label only
                cells = without_own_labels(cells, 1, self._header_labels)
            else:
                cells = without_own_labels(cells)
            explicit |= prompts.blank(cells)  # a control left showing its placeholder
            if _is_total_row(cells):
                if not _PART_TOTAL_RE.search(fold(one_line(cells.get("step")) or "").strip()):
                    totals.append((one_line(cells.get("budget")) or "", row.page))
                continue
            fill_groups(cells, groups)
            for key in ("step", "planning", "partners", "description"):
                if cells.get(key, "") is None:  # merged with the cell above
                    cells[key] = previous.get(key)
            if not (cells.get("owner") or "") and "owner" not in explicit:  # blank owner =
                # same as above (merged look), unless a label wrote it empty
                cells["owner"] = previous.get("owner")
            previous = cells
            planning = grouped_years(one_line(cells.get("planning")))
            budget_label = one_line(cells.get("budget"))
            start, end, open_ended = parse_years(planning)
            res = parse_resources(budget_label)
            budget_eur, per_year = step_budget(res, start, end, open_ended)
            step = (
                one_line(without_list_marks(cells.get("step")))
                or one_line(without_list_marks(cells.get("description")))
                or ""
            )
            out.append(
                StepRecord(
                    action_id=action_id,
                    step_no=len(out) + 1,
                    step=step,
                    description=without_list_marks(cells.get("description")),
                    planning_label=planning,
                    start_year=start,
                    end_year=end,
                    open_ended=open_ended,
                    budget_label=budget_label,
                    budget_eur=budget_eur,
                    budget_eur_per_year=per_year,
                    funded=res.funded,
                    internal=res.internal,
                    etp=res.etp,
                    owner=bulleted_names(cells.get("owner")),
                    partners=[
                        p.strip(" .")
                        for p in split_list(bulleted_names(cells.get("partners")), ",;")
                    ],
                    source_file=self.source_file,
                    source_sha256=self.sha256,
                    page=row.page,
                )
            )
        for label, page in totals:
            self._check_total(sheet.code, label, page, out)
        return out

    def _check_total(self, code: str, label: str, page: int, steps: list[StepRecord]) -> None:
        """A table's « Total » row against the sum of its steps' one-off amounts: a
        difference is reported (the steps are kept as written, the total is not a step)."""
        res = parse_resources(label)
        if res.budget_eur is None or res.per_year:
            return
        amounts = [s.budget_eur for s in steps if s.budget_eur is not None]
        if not amounts or any(s.budget_eur_per_year is not None for s in steps):
            return
        if abs(sum(amounts) - res.budget_eur) > 0.5:
            self.issues.append(
                ParseIssue(
                    "warning",
                    f"Fiche {code} : la ligne « Total » du tableau ({res.budget_eur:,.0f} €) "
                    f"diffère de la somme des étapes ({sum(amounts):,.0f} €)".replace(
                        ",", "\u202f"
                    ),
                    page=page,
                )
            )
