"""Rules drawn from the fifty-eighth to sixtieth held-out sets (issue 13, forty-third pass),
each shown on hand-made cases with negative ones, or on a page of a PDF a real producer
printed (``tests/fixtures/producers``):

1. A finance officer's SUM rows in a steps table (« Sous-total 2020 », « Total fiche »): no
   step; a sub-total is not checked against the sum of every step
   (sources.action_plan.parser ``_is_total_row``, ``_PART_TOTAL_RE``).
2. Words cut inside a narrow cell: a lone letter that is no word (« chambre » / « s »), an
   acronym cut after a small letter (« CGACd » / « G »), a word's last letters atop the next
   page (« commun » / « es, ») (sources.pdf.cells).
3. A steps header alone at a page's foot is all header (sources.pdf.ruled_tables).
4. Small capitals (Chromium's ``font-variant: small-caps``): one word on one line, with
   PDFium's advance of the small letter's code widened to the capital glyph it draws
   (sources.pdf.pdfium_chars ``_widen_to_glyph``, sources.pdf.lines ``_small_capitals``).
5. A number alone in the foot band with body text below it is no page number
   (sources.pdf.pages ``_number_in_body``).
6. Records as labels over values under a title (a database's expanded record): the title is
   no value, a record cut by a page break goes on (sources.action_plan.stacked).
7. Two ruled grids side by side once per fiche, or a one-row grid beside a whole one
   (sources.pdf.grid_columns), geometry rows in one drawn row (sources.pdf.pages
   ``_drawn_rows``), a steps heading beside a field's first line read after the field
   (sources.action_plan.document ``_heading_beside``).
8. A progress table's percentages in one header cell and one body cell (« % Réalisé / %
   Programmé », « 27 % / 16,4 % »), and a report's « Sous-total » rows
   (sources.cot.referential ``_slashed_pair``, ``_subtotals_to_groups``).
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pdfplumber
import pypdfium2 as pdfium

from sources.action_plan import parse_action_plan
from sources.action_plan.document import _heading_beside
from sources.action_plan.parser import _PART_TOTAL_RE, _is_total_row
from sources.cot.pages import _Word
from sources.cot.referential import (
    _RawRow,
    _slash_pieces,
    _slashed_pair,
    _subtotals_to_groups,
)
from sources.pdf.cells import (
    document_vocabulary,
    document_words,
    join_page_cut,
    join_wrapped,
    vocabulary,
)
from sources.pdf.content import Line, Segment, TableBlock, TableRow
from sources.pdf.grid_columns import _grids, _rules_apart, _verticals, grid_columns
from sources.pdf.lines import _small_capitals, _words, words_to_lines
from sources.pdf.pages import _drawn_rows, _number_in_body
from sources.pdf.pdfium_page import PdfiumPage
from sources.pdf.ruled_tables import _ruled_tables
from tests.sources.pdf.hand_pages import HandPages

PRODUCED = Path(__file__).resolve().parents[2] / "fixtures" / "producers"
EDGE = 57.0

# --------------------------------------------------------------------------- 1. sum rows


def test_year_subtotals_and_fiche_totals_are_total_rows() -> None:
    blank = {"description": None, "planning": "", "owner": "", "partners": ""}
    assert _is_total_row({"step": "Sous-total 2020", **blank, "budget": "30 000 €"})
    assert _is_total_row({"step": "Total fiche", **blank, "budget": "30 000 €"})
    assert _is_total_row({"step": "Sous-total 2019-2020", **blank, "budget": "0 €"})
    # negative: a step named after a year, a step with an owner
    assert not _is_total_row({"step": "Bilan 2020", **blank, "budget": "5000"})
    assert not _is_total_row(
        {"step": "Sous-total 2020", **blank, "owner": "GACdG", "budget": "5000"}
    )
    assert _PART_TOTAL_RE.search("sous-total 2020") and _PART_TOTAL_RE.search("total 2021")
    assert not _PART_TOTAL_RE.search("total fiche")


def test_subtotal_rows_are_no_steps_and_no_total_warning() -> None:
    pages = HandPages()
    pages.fiche_head(EDGE)
    rows = [
        ("Lancer un test", "Auditer vingt entreprises.", "2019", "18000", "GACdG", "CCI"),
        ("Sous-total 2019", "", "", "18 000 €", "", ""),
        ("Définir", "Choisir les filières.", "2020", "5000", "GACdG", ""),
        ("Sous-total 2020", "", "", "5 000 €", "", ""),
        ("Total fiche", "", "", "23 000 €", "", ""),
    ]
    pages.steps_table(150.0, rows)
    pages.c.showPage()
    doc = parse_action_plan(pages.save(), "plans/sous-totaux.pdf", "0" * 64)
    assert [(s.step, s.budget_eur) for s in doc.steps] == [
        ("Lancer un test", 18000.0),
        ("Définir", 5000.0),
    ]
    assert not [i for i in doc.issues if "Total" in i.message]


# --------------------------------------------------------------------------- 2. cut words


def _join(parts: list[str], edges: list[bool], *texts: str) -> str:
    with vocabulary(document_vocabulary(texts), document_words(texts)):
        return join_wrapped(parts, edges)


def test_a_lone_letter_and_an_acronym_cut_at_the_cell_edge_are_joined() -> None:
    assert _join(["chambre", "s consulaires"], [False, True]) == "chambres consulaires"
    assert _join(["CGACd", "G"], [False, True]) == "CGACdG"
    # negative: the line before stopped short of the edge; « a » is a word; an acronym
    # ends in a capital (« ADEME » / « CD »)
    assert _join(["chambre", "s consulaires"], [False, False]) == "chambre s consulaires"
    assert _join(["Créer", "a"], [False, True]) == "Créer a"
    assert _join(["ADEME", "CD"], [False, True]) == "ADEME CD"


def test_a_word_cut_at_a_page_foot_is_joined_on_the_next_page() -> None:
    assert join_page_cut("CAUE, commun", "es, architectes") == "CAUE, communes, architectes"
    assert join_page_cut("chambre", "s consulaires") == "chambres consulaires"
    # negative: a short French word opens the next page (« et »), a word goes on (« des »)
    assert join_page_cut("services", "et communes") == "services et communes"
    assert join_page_cut("acteurs", "des territoires") == "acteurs des territoires"


# --------------------------------------------------------------------------- 3. header alone


def test_a_header_alone_at_a_page_foot_is_all_header() -> None:
    with pdfplumber.open(PRODUCED / "plan_html_blankhead.pdf") as pdf:
        tables = _ruled_tables(pdf.pages[8], 9, None)
    last = tables[-1]
    assert last.has_header and not last.rows
    assert last.header_bottom == last.bottom  # (0.0 before: its 2nd label line a body row)


# --------------------------------------------------------------------------- 4. small capitals


def test_small_capitals_read_as_words_on_one_line() -> None:
    pdf = pdfium.PdfDocument(str(PRODUCED / "plan_html_airrecord.pdf"))
    try:
        page = PdfiumPage(pdf[1], 2)
        words = _words(page)
        lines = [ln.text for ln in words_to_lines(words, 2)]
    finally:
        pdf.close()
    assert "Partenaires envisagés" in lines and "Ressources à mobiliser" in lines
    assert not any(w["text"] in ("ar", "enair", "essour") for w in words)


def test_a_smaller_word_on_the_same_baseline_touching_goes_on_the_line() -> None:
    big = {"text": "P", "x0": 43.5, "x1": 48.5, "top": 49.6, "bottom": 57.1, "size": 7.5}
    rest = {"text": "ARTENAIRES", "x0": 48.8, "x1": 84.1, "top": 51.4, "bottom": 56.6}
    assert _small_capitals([big], {**rest, "size": 5.25})
    assert _small_capitals([big, {**rest, "size": 5.25}], {**rest, "x0": 87.6, "size": 5.25})
    # negative: a superscript (« 1 » « er »: its baseline higher), apart, the same size
    assert not _small_capitals([big], {**rest, "size": 5.25, "bottom": 54.0})
    assert not _small_capitals([big], {**rest, "size": 5.25, "x0": 55.0})
    assert not _small_capitals([big], {**rest, "size": 7.5})


# --------------------------------------------------------------------------- 5. numbers in body


def _line(top: float, text: str, size: float = 9.0) -> Line:
    return Line(
        1,
        top,
        top + size,
        43.5,
        43.5 + 5 * len(text),
        size,
        False,
        [Segment(43.5, 90.0, text, False)],
    )


def test_a_number_with_body_text_below_it_is_no_page_number() -> None:
    year, label = _line(757.9, "2019"), _line(772.6, "Ressources à mobiliser")
    folio = _line(815.0, "3")
    assert _number_in_body(year, [year, label, folio], set(), 842.0)
    # negative: the page number with nothing but the page's edge below it, or a running text
    assert not _number_in_body(folio, [year, label, folio], set(), 842.0)
    assert not _number_in_body(year, [year, folio], set(), 842.0)


# --------------------------------------------------------------------------- 6. records


def _record(pages: HandPages, top: float, values: tuple[str, ...]) -> float:
    labels = ("Etape", "Descriptif", "Planification", "Ressources à mobiliser", "Porteur")
    pages.text(EDGE, top, values[0], bold=True, size=11.5)  # the record's title
    y = top + 22.0
    for label, value in zip((*labels, "Partenaires envisagés"), values, strict=True):
        pages.text(EDGE, y, label, size=7.0)
        if value:
            pages.text(EDGE, y + 9.0, value)
        y += 24.0
    return y + 8.0


def test_expanded_records_under_titles_are_steps() -> None:
    pages = HandPages()
    pages.fiche_head(EDGE)
    first = ("Lancer un test", "Auditer vingt entreprises.", "2019", "18000", "GACdG", "CCI")
    second = ("Définir", "Choisir les filières.", "2020", "5000", "GACdG", "")
    third = ("Suivre", "Réunir le comité.", "2021", "interne", "GACdG", "Communes")
    y = _record(pages, 155.0, first)
    y = _record(pages, y, second)
    _record(pages, y, third)
    pages.c.showPage()
    doc = parse_action_plan(pages.save(), "plans/fiches-base.pdf", "0" * 64)
    assert [(s.step, s.planning_label, s.owner, s.partners) for s in doc.steps] == [
        ("Lancer un test", "2019", "GACdG", ["CCI"]),
        ("Définir", "2020", "GACdG", []),  # (the next title no partner)
        ("Suivre", "2021", "GACdG", ["Communes"]),
    ]


# --------------------------------------------------------------------------- 7. grids, rows


def _edge(orientation: str, x0: float, x1: float, top: float, bottom: float) -> dict:
    return {"orientation": orientation, "x0": x0, "x1": x1, "top": top, "bottom": bottom}


def test_grids_side_by_side_keep_their_rules_and_fiches_apart() -> None:
    edges = []
    for top, bottom in ((100.0, 300.0), (400.0, 600.0)):  # two fiches, one under the other
        for y in (top, top + 50.0, top + 120.0, bottom):
            edges += [_edge("h", 28.0, 323.0, y, y), _edge("h", 333.0, 804.0, y, y)]
        for x in (28.0, 113.0, 323.0, 333.0, 804.0):
            edges.append(_edge("v", x, x, top, bottom))
    page = SimpleNamespace(edges=edges)
    rules = _rules_apart(page)
    assert (100.0, 28.0, 323.0) in rules and (100.0, 333.0, 804.0) in rules
    assert sorted(_grids(rules, _verticals(page))) == [
        (28.0, 323.0, 100.0, 300.0),
        (28.0, 323.0, 400.0, 600.0),
        (333.0, 804.0, 100.0, 300.0),
        (333.0, 804.0, 400.0, 600.0),
    ]
    # negative: rules that touch are one rule
    touching = SimpleNamespace(
        edges=[_edge("h", 28.0, 323.0, 10, 10), _edge("h", 323.5, 600, 10, 10)]
    )
    assert _rules_apart(touching) == [(10.0, 28.0, 600.0)]


def test_geometry_rows_inside_one_drawn_row_count_once() -> None:
    keys = ["step", "description"]
    table = TableBlock(14, 34.0, 95.0, keys, True, rows_ruled=True)
    table.rows.append(TableRow(14, 57.0, {"step": "Appliquer", "description": "Tirer"}))
    assert _drawn_rows([table]) == [(56.0, 94.0)]
    table.rows_ruled = False
    assert _drawn_rows([table]) == []


# --------------------------------------------------------------------------- 8. decks


def _w(text: str, x0: float, x1: float) -> _Word:
    return _Word(text, x0, x1, 100.0, 108.0, 7.5, False)


def test_two_percentages_in_one_header_cell_and_one_body_cell() -> None:
    header = [_w("%", 540.0, 546.0), _w("Réalisé", 548.0, 575.0), _w("/", 577.0, 580.0)]
    header += [_w("%", 582.0, 588.0), _w("Programmé", 590.0, 630.0)]
    spans = {"pct_done": [540.0, 575.0], "pct_programmed": [582.0, 630.0]}
    assert _slashed_pair(header, spans) == ("pct_done", "pct_programmed")
    # negative: two columns apart with no slash between them
    apart = {"pct_done": [440.0, 475.0], "pct_programmed": [582.0, 630.0]}
    assert _slashed_pair(header[:2] + header[3:], apart) is None
    pieces = _slash_pieces(_w("27%/16,4%", 560.0, 605.0))
    assert [p.text for p in pieces] == ["27%", "/", "16,4%"]


def test_subtotal_rows_give_their_numbers_to_the_group_header() -> None:
    def row(label: str, cells: dict[str, str]) -> _RawRow:
        return _RawRow([_w(t, 20.0, 40.0) for t in label.split()], cells, 0.0, 8.0)

    axis = row("▼ Planification", {})
    sub = row("▶ Urbanisme", {"points_remaining": "15,9", "pct_done": "22,2 %"})
    total = row("Sous-total", {"points_remaining": "58,7", "pct_done": "27 %"})
    out = _subtotals_to_groups([axis, sub, total])
    assert out == [axis, sub] and axis.cells == {"points_remaining": "58,7", "pct_done": "27 %"}
    # negative: an axis with its own numbers keeps them; a « Total » row is not touched here
    axis2 = row("▼ Mobilité", {"points_remaining": "41,1"})
    out = _subtotals_to_groups([axis2, sub, row("Sous-total", {"points_remaining": "1"}), total])
    assert axis2.cells == {"points_remaining": "41,1"} and len(out) == 2
    assert _subtotals_to_groups([row("Total", {"points_remaining": "9"})])[0].cells


def test_a_one_row_grid_beside_a_whole_grid_splits_the_page() -> None:
    edges = []
    for y in (34.0, 60.0, 100.0, 140.0):  # the fields going on: a whole grid at the left
        edges.append(_edge("h", 28.0, 323.0, y, y))
    for y in (34.0, 94.0):  # the steps table's last row atop the page, at the right
        edges.append(_edge("h", 333.0, 804.0, y, y))
    edges += [_edge("v", x, x, 34.0, 140.0) for x in (28.0, 323.0)]
    edges += [_edge("v", x, x, 34.0, 94.0) for x in (333.0, 804.0)]
    split = grid_columns(SimpleNamespace(edges=edges), [])
    assert split is not None and 323.0 < split.gutter < 333.0
    # negative: two one-row grids side by side are no side columns
    two_rows = [e for e in edges if e["orientation"] == "v" or e["top"] in (34.0, 94.0)]
    assert grid_columns(SimpleNamespace(edges=two_rows), []) is None


def _seg_line(top: float, *cells: tuple[float, float, str]) -> Line:
    segs = [Segment(x0, x1, text, False) for x0, x1, text in cells]
    return Line(2, top, top + 6.0, cells[0][0], cells[-1][1], 8.0, False, segs)


def test_a_steps_heading_beside_a_field_is_read_after_the_field() -> None:
    first = _seg_line(
        495.5, (29, 60, "Contexte"), (115, 320, "L'ESS privilégie l'utilité"),
        (334, 440, "Modalités de mise en oeuvre"),
    )  # fmt: skip
    rest = [
        _seg_line(501.6, (115, 320, "structures existent")),
        _seg_line(507.7, (115, 300, "cette manière.")),
    ]
    out = _heading_beside([first, *rest])
    assert [ln.text for ln in out] == [
        "Contexte L'ESS privilégie l'utilité",
        "structures existent",
        "cette manière.",
        "Modalités de mise en oeuvre",
    ]
    # negative: the heading alone on its line, or after a text that is no field label
    alone = _seg_line(495.5, (334, 440, "Modalités de mise en oeuvre"))
    assert _heading_beside([alone, *rest]) == [alone, *rest]
    prose = _seg_line(
        495.5, (29, 60, "Voir"), (115, 320, "ci-dessous"), (334, 440, "Modalités de mise en oeuvre")
    )
    assert _heading_beside([prose]) == [prose]
