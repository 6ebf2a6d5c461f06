"""Rules drawn from the sixty-first to sixty-third held-out sets (issue 13, forty-third pass),
each shown on hand-made cases with negative ones, or on a page a real producer printed:

1. A list view's FILTER ROW under a steps table's labels (« Filtrer… », « (Tous) ») and a
   data-preview widget's COLUMN TYPES under them (« Texte », « Nombre entier ») are header,
   no step (sources.action_plan.parser ``_is_filter_row``, ``_is_type_row``).
2. Header labels SLANTED 45° read as upright words at their feet (sources.pdf.slanted).
3. A header alone at a page's foot keeps its place beside a shut ruled grid
   (sources.pdf.pages ``_within_closed_grids``).
4. Arrow glyphs right of a progress table's labels are a trend column, no label text
   (sources.cot.referential ``_MARKERS_ONLY_RE``).
5. Text struck through (a draft's tracked deletions printed) is set aside
   (sources.pdf.struck).
6. A text column the header names after the numbers (« Commentaires ») is no label text
   (sources.cot.referential ``_text_column_after``).
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pdfplumber

from sources.action_plan import parse_action_plan
from sources.action_plan.parser import _is_filter_row, _is_type_row
from sources.cot.pages import _Word
from sources.cot.referential import _MARKERS_ONLY_RE, _text_column_after
from sources.pdf.content import TableBlock, TableRow
from sources.pdf.lines import _words, words_to_lines
from sources.pdf.pages import _within_closed_grids
from sources.pdf.slanted import slant, slanted_words
from sources.pdf.struck import close_over_deletions, deletions, struck_chars
from tests.generators.fixedhead_page import LABELS as SEED_LABELS
from tests.sources.pdf.hand_pages import HandPages

PRODUCED = Path(__file__).resolve().parents[2] / "fixtures" / "producers"
EDGE = 57.0

# --------------------------------------------------------------------------- 1. header rows


def test_filter_and_type_rows_are_told() -> None:
    filters = {"step": "Filtrer…", "description": "Filtrer…", "planning": "(Tous)"}
    assert _is_filter_row({**filters, "budget": "Rechercher", "owner": "(Toutes)"})
    types = {"step": "Texte", "description": "Texte", "planning": "Nombre entier"}
    assert _is_type_row({**types, "budget": "à mobiliser Texte", "partners": "envisagés Texte"})
    # negative: steps (« Tous publics », a description ending in « texte »), two cells only
    step = {"step": "Former tous les agents", "description": "Rédiger le texte", "planning": "2020"}
    assert not _is_filter_row(step) and not _is_type_row(step)
    assert not _is_filter_row({"step": "Filtrer…", "description": "(Tous)"})
    assert not _is_type_row({"step": "Écrire le texte", "planning": "Date", "owner": "Texte"})
    assert not _is_type_row({"step": "Texte", "planning": "2019", "owner": "GACdG"})
    # a form's prompt cut by a page break (« Cliquez ou appuyez ici pour entrer du » / « texte. »)
    assert not _is_type_row({"step": "texte.", "owner": "du texte.", "partners": "texte."})


def test_a_filter_row_and_a_type_row_under_the_labels_are_no_steps() -> None:
    pages = HandPages()
    pages.fiche_head(EDGE)
    rows = [
        ("Filtrer…", "Filtrer…", "(Tous)", "Filtrer…", "(Tous)", "Filtrer…"),
        ("Lancer un test", "Auditer vingt entreprises.", "2019", "18000", "GACdG", "CCI"),
        ("Définir", "Choisir les filières.", "2020", "5000", "GACdG", ""),
    ]
    pages.steps_table(150.0, rows)
    pages.c.showPage()
    doc = parse_action_plan(pages.save(), "plans/filtres.pdf", "0" * 64)
    assert [(s.step, s.planning_label) for s in doc.steps] == [
        ("Lancer un test", "2019"),
        ("Définir", "2020"),
    ]


# --------------------------------------------------------------------------- 2. slanted


def test_slanted_glyphs_are_told_from_upright_and_turned_ones() -> None:
    assert slant({"matrix": (0.707, 0.707, -0.707, 0.707, 0, 0)}) is not None
    assert slant({"matrix": (1.0, 0.0, 0.0, 1.0, 0, 0)}) is None  # upright
    assert slant({"matrix": (0.0, 1.0, -1.0, 0.0, 0, 0)}) is None  # a quarter turn
    assert slant({"matrix": (0.707, -0.707, 0.707, 0.707, 0, 0)}) is None  # falling


def test_slanted_header_labels_read_side_by_side_over_their_columns() -> None:
    with pdfplumber.open(PRODUCED / "plan_xlsx_slanted.pdf") as pdf:
        page = pdf.pages[0]
        words = slanted_words(page.chars, float(page.height))
        lines = words_to_lines(_words(page), 1)
    labels = tuple(w["text"] for w in words[:6])
    assert labels == SEED_LABELS  # the seed's six labels, in order
    assert all(a["x1"] < b["x0"] for a, b in zip(words[:5], words[1:6], strict=True))
    header = next(ln for ln in lines if ln.text.startswith("Etape"))
    assert len(header.segments) == 6  # (before: letters scattered over fifteen lines)


# --------------------------------------------------------------------------- 3. header alone


def test_a_header_alone_keeps_its_place_beside_a_shut_grid() -> None:
    keys = ["step", "description"]
    alone = TableBlock(2, 772.0, 780.0, keys, True)
    grid = TableBlock(2, 100.0, 300.0, keys, True, rows_ruled=True)
    grid.rows.append(TableRow(2, 120.0, {"step": "a", "description": "b"}))
    page = SimpleNamespace(edges=[], rects=[], lines=[])
    from sources.pdf import pages as module

    shut = module._closed_bottom
    module._closed_bottom = lambda page, table: True  # the grid drawn shut at its bottom
    try:
        assert _within_closed_grids(page, [alone], [grid]) == [alone]
        # negative: a geometry table whose rows all lie under the shut grid is dropped
        under = TableBlock(2, 90.0, 320.0, keys, True)
        under.rows.append(TableRow(2, 310.0, {"step": "Source : INSEE", "description": ""}))
        assert _within_closed_grids(page, [under], [grid]) == []
    finally:
        module._closed_bottom = shut


# --------------------------------------------------------------------------- 4. trend arrows


def test_arrow_words_are_trend_symbols() -> None:
    assert all(_MARKERS_ONLY_RE.match(t) for t in ("▼", "►", "▲", "▶▶"))
    assert not any(_MARKERS_ONLY_RE.match(t) for t in ("▼ Mobilité", "27 %", "->"))


# --------------------------------------------------------------------------- 5. struck text


def test_struck_through_words_are_set_aside() -> None:
    with pdfplumber.open(PRODUCED / "plan_docx_rature.pdf") as pdf:
        page = pdf.pages[2]
        struck = "".join(page.chars[i]["text"] for i in struck_chars(page.chars, page))
    assert struck.count("Àdéfinir") + struck.count("À définir") >= 1
    assert "2019" not in struck and "interne" not in struck  # (the underlined values kept)
    # negative: a page of full grids and no tracked change strikes nothing
    with pdfplumber.open(PRODUCED / "plan_docx_grid.pdf") as pdf:
        assert all(struck_chars(p.chars, p) == [] for p in pdf.pages[:4])


def test_a_deletion_painted_as_fills_is_set_aside_and_its_place_taken() -> None:
    # a CMS's revision comparison (Chromium): « <del>À compléter</del><ins>value</ins> », the
    # strike a 0.74 pt fill over a pale red fill, glued to the value: the fills' sides (and
    # the strike's own) are no vertical rule ending it
    with pdfplumber.open(PRODUCED / "plan_html_retouche.pdf") as pdf:
        page = pdf.pages[0]
        chars = page.chars
        runs = deletions(chars, struck_chars(chars, page))
        texts = ["".join(chars[k]["text"] for k in run) for run in runs]
        assert texts == ["Supprimé", "À compléter"]  # (the legend's sample « Supprimé » too)
        after = max(runs[1]) + 1
        assert chars[after]["text"] == "N" and round(chars[after]["x0"], 1) == 207.4
        close_over_deletions(chars, runs)
        assert round(chars[after]["x0"], 1) == round(chars[runs[1][0]]["x0"], 1) == 159.7


def test_a_run_struck_whole_is_no_deletion() -> None:
    # a tracking page's done step: its cell's words all struck, nothing else near on the line
    def glyphs(text: str, x0: float) -> list[dict[str, object]]:
        return [
            {"text": ch, "x0": x0 + 5.0 * i, "x1": x0 + 5.0 * (i + 1), "top": 100.0, "size": 9.0}
            for i, ch in enumerate(text)
        ]

    chars = glyphs("2019", 100.0) + glyphs("Service", 200.0)
    assert deletions(chars, [0, 1, 2, 3]) == []
    # negative: a replacement glued after it makes the run a deletion
    chars = glyphs("2019", 100.0) + glyphs("2020", 120.0)
    assert deletions(chars, [0, 1, 2, 3]) == [[0, 1, 2, 3]]


# --------------------------------------------------------------------------- 6. text column


def test_a_text_column_after_the_numbers_is_told_by_its_header() -> None:
    def w(text: str, x0: float) -> _Word:
        return _Word(text, x0, x0 + 6.0 * len(text), 100.0, 108.0, 7.5, True)

    header = [w("CAE", 20.0), w("Points", 400.0), w("%", 480.0), w("Programmé", 490.0)]
    assert _text_column_after([*header, w("Commentaires", 600.0)], 550.0) == 600.0
    assert _text_column_after(header, 550.0) is None  # negative: nothing after the numbers


def test_a_double_underline_under_the_baseline_strikes_nothing() -> None:
    # an accountant's « souligné double » under an axis row's label and figures: two thin
    # strokes of the glyphs' colour from the first glyph to the last, just under the
    # baseline — read with PDFium's font boxes, they lie inside the boxes' lower part
    chars = [
        {
            "text": ch,
            "x0": 25.7 + 4.5 * i,
            "x1": 30.2 + 4.5 * i,
            "top": 65.7,
            "bottom": 73.2,
            "non_stroking_color": (0.12, 0.12, 0.12),
        }
        for i, ch in enumerate("Planification")
    ]
    right = chars[-1]["x1"]

    class Page:
        width, height = 720.0, 405.0
        rects: list[dict[str, object]] = []
        edges: list[dict[str, object]] = []
        lines = [
            {"x0": 25.7, "x1": right, "top": y, "bottom": y, "stroking_color": (0.12, 0.12, 0.12)}
            for y in (72.4, 73.5)
        ]

    assert struck_chars(chars, Page()) == []
    # negative: a stroke through the glyphs' middle strikes them
    Page.lines = [{**Page.lines[0], "top": 69.0, "bottom": 69.0}]
    assert len(struck_chars(chars, Page())) == len(chars)
