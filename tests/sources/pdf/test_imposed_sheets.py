"""A plan printed « 2 pages par feuille » (sources.pdf.imposed, read by sources.pdf.pages):
each landscape sheet holding two A4 pages side by side at 70.7 % is read as its two pages,
left then right, at their own scale, each record keeping the SHEET's page number. Drawn with
reportlab (three A4 pages, a running header and a page number each), imposed with PDFium's
own ``FPDF_ImportNPagesToOne`` (the call behind a browser's « Pages par feuille »): sheet 1
holds pages 1 | 2, sheet 2 page 3 alone in its left half. Negative cases on hand-placed
runs: two text columns of a landscape page (no furniture of their own), a landscape table
(its rules cross the middle), two columns each under the same title but a narrow gutter, an
odd page alone on a sheet with no imposed sheet before it; sheets with no furniture cut with
the document's other sheets, never against a page set otherwise."""

from __future__ import annotations

import io

import pytest

from sources.action_plan import parse_action_plan
from sources.pdf.engine import ENGINE_ENV, ENGINES, iter_plumber_pages
from sources.pdf.imposed import Box, ImposedPage, Imposition, imposition, reduction, settle
from sources.pdf.opening import read_pdf_text
from sources.pdf.running import EdgeTexts, _running_key
from tests.sources.pdf.hand_pages import HandPages

EDGE = 57.0
HEADER = "PCAET Communauté de communes du Test — Programme d'actions"
ROWS_1 = [
    ("Lancer une phase test", "Auditer vingt entreprises.", "2019", "18000", "GACdG", "CCI"),
    ("Définir une stratégie", "Choisir les filières.", "2020", "5000", "GACdG", "ADEME"),
]
ROWS_2 = [("Animer le réseau", "Deux rencontres par an.", "2021", "12000", "GACdG", "CMA")]
ROWS_3 = [("Former les agents", "Une session par an.", "2022", "3000", "Service RH", "CNFPT")]


def _fiche(pages: HandPages, top: float, code: str, title: str, context: str) -> float:
    pages.text(EDGE, top, f"FICHE {code} Objectif opérationnel : {title}", size=12.0)
    pages.text(EDGE, top + 30, "Contexte", bold=True)
    pages.text(180.0, top + 30, context)
    pages.text(EDGE, top + 50, "Publics cibles", bold=True)
    pages.text(180.0, top + 50, "Entreprises, Associations")
    pages.text(EDGE, top + 80, "Modalités de mise en oeuvre", bold=True, size=11.0)
    return top + 100


def _furniture(pages: HandPages, number: int) -> None:
    pages.text(EDGE, 30.0, HEADER, size=8.0)
    pages.text(520.0, 800.0, f"Page {number}", size=8.0)


def _plan() -> bytes:
    """Three A4 pages: the axis, an objective and fiche 1.1.1 (two steps) on page 1, fiche
    1.1.2 (one step) on page 2, fiche 1.1.3 (one step) on page 3."""
    pages = HandPages()
    _furniture(pages, 1)
    pages.text(EDGE, 70.0, "Axe 1 : Aménager un territoire résilient", bold=True, size=14.0)
    pages.text(EDGE, 100.0, "1.1 Objectif stratégique : Dynamiser l'économie circulaire", size=12)
    top = _fiche(
        pages, 140.0, "1.1.1", "Expérimenter un projet", "Une opération test menée en 2019."
    )
    pages.steps_table(top, ROWS_1)
    pages.c.showPage()
    _furniture(pages, 2)
    top = _fiche(pages, 70.0, "1.1.2", "Animer un réseau d'acteurs", "Un réseau local.")
    pages.steps_table(top, ROWS_2)
    pages.c.showPage()
    _furniture(pages, 3)
    top = _fiche(pages, 70.0, "1.1.3", "Former les services", "Des agents formés.")
    pages.steps_table(top, ROWS_3)
    pages.c.showPage()
    return pages.save()


def _two_up(data: bytes) -> bytes:
    """``data``'s pages printed two per A4 landscape sheet by PDFium."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    source = pdfium.PdfDocument(data)
    try:
        sheets = pdfium.PdfDocument(pdfium_c.FPDF_ImportNPagesToOne(source.raw, 842.0, 595.0, 2, 1))
        buffer = io.BytesIO()
        sheets.save(buffer)
        sheets.close()
    finally:
        source.close()
    return buffer.getvalue()


def _records(data: bytes) -> list[tuple]:
    doc = parse_action_plan(data, "plans/deux_par_feuille.pdf", "0" * 64)
    return [(a.action_code, a.title, a.page, a.context) for a in doc.actions] + [
        (s.step, s.planning_label, s.budget_label, s.owner, s.page) for s in doc.steps
    ]


def test_each_sheet_holds_its_pages_side_by_side() -> None:
    """Sheet 1: two halves of 421 pt; sheet 2 (page 3 alone): its left half, the imposed
    pages' header found at the same place as on sheet 1; the reduction 595 / 842."""
    edges = EdgeTexts()
    read_pdf_text(_two_up(_plan()), on_page=edges.add)
    first, last = edges.imposed
    assert first is not None and last is not None
    assert first.boxes == ((0.0, 0.0, 421.0, 595.0), (421.0, 0.0, 842.0, 595.0))
    assert last.boxes == ((0.0, 0.0, 421.0, 595.0),)
    assert first.scale == pytest.approx(595.0 / 842.0)
    assert [key for key, _, _ in last.furniture] == [_running_key(HEADER), "page #"]
    assert len(edges.pages) == 2 and [len(p) for p in edges.pages] == [2, 1]
    assert _running_key(HEADER) in edges.running()


def _first_word(page) -> dict:
    return min(page.extract_words(), key=lambda w: (w["top"], w["x0"]))


def test_a_page_cut_from_a_sheet_is_at_its_own_scale() -> None:
    """Page 2's header, printed at sheet x 421 + 57 × 0.707 ≈ 461.3 in 5.65 pt, is back where
    it stands on page 2 printed alone (x 57, 8 pt); its page 595.8 × 842 pt, numbered as its
    sheet."""
    plan = _plan()
    data = _two_up(plan)
    edges = EdgeTexts()
    read_pdf_text(data, on_page=edges.add)
    sheet = edges.imposed[0]
    assert sheet is not None
    alone, sheets = iter_plumber_pages(plan), iter_plumber_pages(data)
    try:
        next(alone)
        page_2, page = next(alone), next(sheets)
        right = ImposedPage(page, sheet.boxes[1], sheet.scale)
        word, want = _first_word(right), _first_word(page_2)
        assert _first_word(page)["x0"] == pytest.approx(40.3, abs=0.5)  # the left page's
        assert word["text"] == want["text"] == "PCAET"
        assert word["x0"] == pytest.approx(EDGE, abs=1.0) == want["x0"]
        assert word["top"] == pytest.approx(want["top"], abs=1.0)
        assert right.chars[0]["size"] == pytest.approx(8.0, abs=0.1)
        assert right.width == pytest.approx(595.8, abs=1) and right.height == pytest.approx(842)
        assert right.page_number == 1
        page.close()
        page_2.close()
    finally:
        alone.close()
        sheets.close()


@pytest.mark.parametrize("engine", ENGINES)
def test_an_imposed_plan_reads_as_its_pages_with_the_sheet_page_numbers(
    monkeypatch: pytest.MonkeyPatch, engine: str
) -> None:
    monkeypatch.setenv(ENGINE_ENV, engine)
    assert _records(_two_up(_plan())) == [
        ("1.1.1", "Expérimenter un projet", 1, "Une opération test menée en 2019."),
        ("1.1.2", "Animer un réseau d'acteurs", 1, "Un réseau local."),
        ("1.1.3", "Former les services", 2, "Des agents formés."),
        ("Lancer une phase test", "2019", "18000", "GACdG", 1),
        ("Définir une stratégie", "2020", "5000", "GACdG", 1),
        ("Animer le réseau", "2021", "12000", "GACdG", 1),
        ("Former les agents", "2022", "3000", "Service RH", 2),
    ]


def test_the_plan_unimposed_reads_the_same_records() -> None:
    """The same pages one per sheet: the same records, on pages 1, 2, 3."""
    got = _records(_plan())
    assert [r[2] for r in got[:3]] == [1, 2, 3]
    imposed = _records(_two_up(_plan()))
    assert [r[:2] + r[3:] for r in got[:3]] == [r[:2] + r[3:] for r in imposed[:3]]
    assert [r[:4] for r in got[3:]] == [r[:4] for r in imposed[3:]]


# --------------------------------------------------------------------------- hand-placed runs

W, H = 842.0, 595.0


def _run(
    x0: float, top: float, text: str | None = None, width: float = 150.0
) -> tuple[Box, str | None]:
    return (x0, top, x0 + width, top + 7.0), text


def _column(x0: float, width: float = 300.0) -> list[tuple[Box, str | None]]:
    return [_run(x0, 80.0 + 12 * n, None, width) for n in range(30)]


def _impose(runs: list[tuple[Box, str | None]], rules: list[Box] | None = None, before=None):
    return imposition(W, H, runs, lambda: rules or [], _running_key, before)


def _cut(runs: list[tuple[Box, str | None]], rules: list[Box] | None = None, before=None) -> bool:
    """Is the sheet cut on its own sight (its pages show their furniture)?"""
    sheet = _impose(runs, rules, before)
    return sheet is not None and bool(sheet.furniture)


HEAD = "PCAET Grand Auch — Programme d'actions"


def test_two_pages_with_their_header_and_number_at_the_same_place() -> None:
    runs = [
        _run(40.3, 25.1, HEAD),
        _run(461.3, 25.1, HEAD),
        _run(360.0, 560.0, "5", 5.0),
        _run(781.0, 560.0, "6", 5.0),
        *_column(40.3, 340.0),
        *_column(461.3, 330.0),
    ]
    sheet = _impose(runs)
    assert sheet is not None and len(sheet.boxes) == 2
    assert sheet.scale == pytest.approx(reduction(W, H)) == pytest.approx(0.7067, abs=1e-4)
    assert {key for key, _, _ in sheet.furniture} == {"pcaet grand auch programme d actions", "#"}
    assert sheet.margin == pytest.approx(40.3)


def test_two_text_columns_of_a_landscape_page_are_one_page() -> None:
    """Two columns set alike with a wide gutter but no band text of their own: not cut on
    their own sight (only a candidate, settled with the document's other sheets)."""
    columns = [*_column(40.0, 340.0), *_column(461.0, 340.0)]
    candidate = _impose(columns)
    assert candidate is not None and candidate.furniture == ()
    assert settle([candidate, candidate], [(W, H), (W, H)]) == [None, None]
    # a running header centred over both columns crosses the middle; spaces do not
    header = _run(300.0, 25.0, "Programme d'actions", 240.0)
    assert _impose([header, *columns]) is None
    assert _impose([_run(300.0, 300.0, "   ", 240.0), *columns]) == candidate


def test_a_landscape_table_whose_rules_cross_the_middle_is_one_page() -> None:
    runs = [
        _run(40.3, 25.1, "Tableau de suivi"),
        _run(461.3, 25.1, "Tableau de suivi"),
        *_column(40.3, 340.0),
        *_column(461.3, 330.0),
    ]
    assert _cut(runs)
    rules = [(36.0, 80.0 + 12 * n, 800.0, 80.5 + 12 * n) for n in range(30)]
    assert _impose(runs, rules) is None


def test_two_columns_under_the_same_title_with_a_narrow_gutter_are_one_page() -> None:
    """A two-column page whose columns both carry « Suite » at their top, set alike: its
    gutter (47 pt) is narrower than 0.75 × the two margins a sheet's gutter holds (2 × 40 pt);
    the same columns 80 pt apart are two pages."""
    runs = [
        _run(40.0, 25.0, "Suite"),
        _run(461.0, 25.0, "Suite"),
        *_column(40.0, 374.0),
        *_column(461.0, 340.0),
    ]
    assert _impose(runs) is None
    runs[2:] = [*_column(40.0, 340.0), *_column(461.0, 340.0)]
    assert _cut(runs)


def test_an_odd_page_alone_needs_an_imposed_sheet_before_it() -> None:
    alone = [_run(40.3, 25.1, HEAD), *_column(40.3, 340.0)]
    assert not _cut(alone)
    before = Imposition(
        ((0.0, 0.0, 421.0, H), (421.0, 0.0, W, H)),
        reduction(W, H),
        (W, H),
        (("pcaet grand auch programme d actions", 40.3, 25.1),),
        40.3,
    )
    sheet = _impose(alone, before=before)
    assert sheet is not None and sheet.furniture and sheet.boxes == ((0.0, 0.0, 421.0, H),)
    # a sheet of another size, or another header, is no page of the same document
    other = Imposition(before.boxes, before.scale, (W, 612.0), before.furniture, 40.3)
    assert not _cut(alone, before=other)
    moved = [_run(60.0, 25.1, HEAD), *_column(60.0, 300.0)]
    assert not _cut(moved, before=before)


def test_sheets_without_furniture_are_cut_with_the_document() -> None:
    """A web page printed with no header nor footer, two pages per sheet: one sheet shows a
    band text at the same place in both halves (a fiche heading at the top of both pages),
    the others none; all are set as two pages, so all are cut — the odd last page too, at the
    same left margin. A landscape page of the same size with a title across the middle
    (a cover) keeps the others whole; a sheet of another size is not counted."""
    bare = _impose([*_column(40.3, 340.0), *_column(461.3, 330.0)])
    headed = _impose(
        [
            _run(40.3, 30.0, "FICHE 1.2.1"),
            _run(461.3, 30.0, "FICHE 1.2.3"),
            *_column(40.3, 340.0),
            *_column(461.3, 330.0),
        ]
    )
    last = _impose(_column(40.3, 340.0))
    shifted = _impose(_column(80.0, 300.0))
    assert bare and headed and last and shifted and headed.furniture and not bare.furniture
    sizes: list[tuple[float, float] | None] = [(W, H)] * 4
    settled = settle([bare, headed, bare, last], sizes)
    assert [len(s.boxes) if s else 0 for s in settled] == [2, 2, 2, 1]
    assert settle([bare, headed, shifted], sizes[:3])[2] is None
    assert settle([None, bare, headed], sizes[:3]) == [None, None, headed]
    assert settle([None, bare, headed], [(595.0, 842.0), (W, H), (W, H)])[1] is bare
    assert settle([None, bare, headed], [None, (W, H), (W, H)])[1] is bare


def test_one_sheet_with_furniture_among_landscape_pages_set_otherwise_stays_whole() -> None:
    """A landscape report whose one page happens to start both halves with the same band
    text: the other pages of its size are set otherwise (text across the middle), so that
    page is read whole; with as many sheets set as two pages as not, it is cut."""
    headed = _impose([_run(40.3, 30.0, "Suite"), _run(461.3, 30.0, "Suite"), *_column(40.3)])
    assert headed is not None and headed.furniture
    sizes: list[tuple[float, float] | None] = [(W, H)] * 3
    assert settle([None, headed, None], sizes) == [None, None, None]
    assert settle([None, headed], sizes[:2]) == [None, headed]
