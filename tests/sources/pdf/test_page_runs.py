"""A sheet printed in page columns (sources.pdf.page_runs, read by sources.pdf.pages): a
six-column plan sheet printed A4 portrait at 100 %, drawn by hand with reportlab as Calc
prints it « de haut en bas, puis vers la droite »: pages 1–2 hold columns A–C of the sheet's
two row bands, pages 3–4 columns D–F of the same bands, column A repeated at their left
(« Colonnes à répéter »), a merged heading's text clipped at column A's edge, « Page n / 4 »
in the footer, the grid printed. Read as pages 1 + 3 and 2 + 4, every step's six cells come
out on one row, with both engines; printed with no repeated column, joined on the grid's
rows; printed as Calc does when a band has nothing in the later columns (its page left out:
a later run SHORTER than the first), each later page joined with its own band's; printed
over then down (each band's later page right after its first), each later page joined with
the page before it. Negative
cases: the later run's bands out of order, a page template repeated on every
page (a form's labels), a page printed twice, a later page whose left column does not match,
an odd number of pages."""

from __future__ import annotations

import io

import pytest

from sources.action_plan import parse_action_plan
from sources.pdf.engine import ENGINE_ENV, ENGINES, iter_plumber_pages
from sources.pdf.page_runs import (
    Box,
    grid_run_length,
    interleaved_candidate,
    interleaved_tiling,
    join_pages,
    page_marks,
    run_length,
    uneven_candidate,
    uneven_tiling,
)
from tests.sources.pdf.hand_sheets import STEPS_HEADER

WIDTH, HEIGHT = 595.0, 842.0
LEFT_RUN = (57.0, 176.0, 414.0, 482.0)  # columns A, B, C
RIGHT_RUN = (57.0, 176.0, 258.0, 349.0, 462.0)  # columns A (repeated), D, E, F
Row = tuple[str, ...]  # heading: one cell (merged A:C); field: two cells; step: six cells

BAND_1: list[Row] = [
    ("Axe 1 : Aménager un territoire résilient",),
    ("1.1 Objectif stratégique : Dynamiser l'économie circulaire",),
    ("FICHE 1.1.1 Objectif opérationnel : Expérimenter un projet d'économie circulaire",),
    ("Contexte", "Une opération test menée en 2019 auprès des entreprises."),
    ("Publics cibles", "Entreprises, Associations"),
    ("Modalités de mise en oeuvre",),
    STEPS_HEADER,
    ("Lancer une phase test", "Auditer vingt entreprises.", "2019", "18000", "GACdG", "CCI"),
    ("Définir une stratégie", "Choisir les filières.", "2020", "interne", "GACdG", "ADEME"),
]
BAND_2: list[Row] = [
    ("FICHE 1.1.2 Objectif opérationnel : Etendre l'expérimentation aux acteurs",),
    ("Contexte", "Mobiliser autant d'acteurs que possible."),
    ("Publics cibles", "Entreprises"),
    ("Modalités de mise en oeuvre",),
    STEPS_HEADER,
    ("Animer le réseau", "Deux rencontres par an.", "2021", "12000", "Service Eco", "CMA"),
    ("Suivre les projets", "Un bilan chaque année.", "2022", "3000", "Service Eco", "ADEME"),
]
TRUTH = {
    "1.1.1": [
        ("Lancer une phase test", "Auditer vingt entreprises.", "2019", "18000", "GACdG", "CCI"),
        ("Définir une stratégie", "Choisir les filières.", "2020", "interne", "GACdG", "ADEME"),
    ],
    "1.1.2": [
        ("Animer le réseau", "Deux rencontres par an.", "2021", "12000", "Service Eco", "CMA"),
        ("Suivre les projets", "Un bilan chaque année.", "2022", "3000", "Service Eco", "ADEME"),
    ],
}


def _sheet(
    bands: list[list[Row]],
    *,
    repeat: bool = True,
    later_order: list[int] | None = None,
    skip_empty: bool = False,
    over: bool = False,
) -> bytes:
    """The sheet's row bands printed in two runs of page columns (module docstring); with
    ``repeat`` False the later pages hold columns D–F alone (no repeated column);
    ``later_order`` prints the later run's bands in another order; ``skip_empty`` leaves out
    the later page of a band with no six-cell row, as Calc leaves out an empty page; ``over``
    prints the pages over then down: each band's later page right after its first page."""
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=(WIDTH, HEIGHT))
    order = later_order or list(range(len(bands)))
    if skip_empty:
        order = [b for b in order if any(len(row) == 6 for row in bands[b])]
    total = len(bands) + len(order)
    number = 0
    printed = [(0, b) for b in range(len(bands))] + [(1, b) for b in order]
    if over:  # each band's first columns, then at once its later ones
        printed.sort(key=lambda pb: (pb[1], pb[0]))
    for run, band_no in printed:
        number += 1
        c.setFont("Helvetica", 8.0)
        c.drawCentredString(WIDTH / 2, HEIGHT - 40.0, "Programme d'actions")
        c.drawCentredString(WIDTH / 2, 30.0, f"Page {number} / {total}")
        _band(c, bands[band_no], run, repeat)
        c.showPage()
    c.save()
    return buffer.getvalue()


def _band(c: object, rows: list[Row], run: int, repeat: bool) -> None:
    """One page: the band's rows, columns A–C (``run`` 0) or A + D–F (``run`` 1)."""
    cols = LEFT_RUN if run == 0 else RIGHT_RUN
    if run == 1 and not repeat:  # D–F alone, from the left margin
        cols = tuple(x - (RIGHT_RUN[1] - RIGHT_RUN[0]) for x in RIGHT_RUN[1:])
    top = 60.0
    c.setLineWidth(0.25)  # type: ignore[attr-defined]
    for row in rows:
        height = 22.0 if len(row) == 1 else 16.0
        y0, y1 = HEIGHT - top, HEIGHT - top - height
        c.line(cols[0], y0, cols[-1], y0)  # type: ignore[attr-defined]
        c.line(cols[0], y1, cols[-1], y1)  # type: ignore[attr-defined]
        if len(row) == 1:  # a heading merged over A:C, clipped at column A on the later run
            c.line(cols[0], y0, cols[0], y1)  # type: ignore[attr-defined]
            if run == 0 or repeat:
                c.saveState()  # type: ignore[attr-defined]
                if run == 1:
                    path = c.beginPath()  # type: ignore[attr-defined]
                    path.rect(RIGHT_RUN[0], y1, RIGHT_RUN[1] - RIGHT_RUN[0], height)
                    c.clipPath(path, stroke=0, fill=0)  # type: ignore[attr-defined]
                c.setFont("Helvetica-Bold", 10.0)  # type: ignore[attr-defined]
                c.drawString(cols[0] + 2.0, y0 - 13.0, row[0])  # type: ignore[attr-defined]
                c.restoreState()  # type: ignore[attr-defined]
            if run == 0:
                c.line(cols[-1], y0, cols[-1], y1)  # type: ignore[attr-defined]
            else:
                for x in cols[1:] if repeat else cols:
                    c.line(x, y0, x, y1)  # type: ignore[attr-defined]
            top += height
            continue
        cells = row if len(row) == 6 else (row[0], row[1], "", "", "", "")
        if run == 0:
            shown = [(0, cells[0]), (1, cells[1]), (2, cells[2])]
        else:
            shown = ([(0, cells[0])] if repeat else []) + [
                (3, cells[3]),
                (4, cells[4]),
                (5, cells[5]),
            ]
        for x in cols:
            if len(row) == 2 and run == 0 and x == cols[2]:
                continue  # the field's value merged over B:C
            c.line(x, y0, x, y1)  # type: ignore[attr-defined]
        bold = row == STEPS_HEADER
        for slot, (_, text) in enumerate(shown):
            if not text:
                continue
            c.setFont("Helvetica-Bold" if bold else "Helvetica", 8.0)  # type: ignore[attr-defined]
            if text.isdigit():  # a number cell, right-aligned
                c.drawRightString(cols[slot + 1] - 2.0, y0 - 11.0, text)  # type: ignore[attr-defined]
            else:
                c.drawString(cols[slot] + 2.0, y0 - 11.0, text)  # type: ignore[attr-defined]
        top += height


def _steps(data: bytes) -> dict[str, list[tuple[str, ...]]]:
    doc = parse_action_plan(data, "plans/tiled.pdf", "a" * 64)
    out: dict[str, list[tuple[str, ...]]] = {}
    code = {a.action_id: a.action_code for a in doc.actions}
    for s in doc.steps:
        out.setdefault(code[s.action_id], []).append(
            (
                s.step or "",
                s.description or "",
                s.planning_label or "",
                s.budget_label or "",
                s.owner or "",
                ", ".join(s.partners),
            )
        )
    return out


def _pages(data: bytes) -> list[object]:
    return list(iter_plumber_pages(data))


@pytest.mark.parametrize("engine", ENGINES)
def test_sheet_in_two_runs_of_page_columns_reads_every_step_whole(
    engine: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENGINE_ENV, engine)
    steps = _steps(_sheet([BAND_1, BAND_2]))
    assert steps == TRUTH


def test_unjoined_print_loses_the_later_columns() -> None:
    """The same pages shuffled so no later page matches its band: left as printed (the
    step's budget, owner, partners not invented from another band)."""
    steps = _steps(_sheet([BAND_1, BAND_2], later_order=[1, 0]))
    assert all(row[3:] == ("", "", "") for rows in steps.values() for row in rows)


def _marks(data: bytes) -> list[frozenset[Box] | None]:
    import pypdfium2 as pdfium

    from sources.pdf.running import _run_boxes

    doc = pdfium.PdfDocument(data)
    out: list[frozenset[Box] | None] = []
    for index in range(len(doc)):
        page = doc[index]
        textpage = page.get_textpage()
        height = page.get_height()
        out.append(page_marks(_run_boxes(textpage, height), height))
    return out


def test_run_length_found_from_the_repeated_column() -> None:
    assert run_length(_marks(_sheet([BAND_1, BAND_2]))) == 2


def test_without_repeated_column_the_runs_are_found_on_the_grid_rows() -> None:
    """No column repeated: no text run in common, the grid's rows tell the run."""
    data = _sheet([BAND_1, BAND_2], repeat=False)
    assert run_length(_marks(data)) is None
    assert grid_run_length(data, 4) == 2
    assert grid_run_length(_sheet([BAND_1, BAND_2], repeat=False, later_order=[1, 0]), 4) is None
    assert grid_run_length(_sheet([BAND_1, BAND_2]), 4) is None  # its column repeated


def test_a_page_printed_twice_is_no_page_column() -> None:
    """The same page twice (same words at the same place, same rows, same columns)."""
    data = _sheet([BAND_1, BAND_1])
    assert run_length(_marks(data)) is None and grid_run_length(data, 4) is None
    pages = _pages(data)
    try:
        assert join_pages(pages[0], pages[1]) is None
    finally:
        for page in pages:
            page.close()


@pytest.mark.parametrize("engine", ENGINES)
def test_sheet_without_repeated_column_joined_on_its_grid_rows(
    engine: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same sheet printed with no « Colonnes à répéter »: the later pages hold columns
    D–F alone; joined on the grid's rows (same row rules, other column rules)."""
    monkeypatch.setenv(ENGINE_ENV, engine)
    assert _steps(_sheet([BAND_1, BAND_2], repeat=False)) == TRUTH


def test_run_length_none_when_the_later_pages_are_out_of_order() -> None:
    assert run_length(_marks(_sheet([BAND_1, BAND_2], later_order=[1, 0]))) is None


def test_run_length_none_for_a_template_on_every_page() -> None:
    """A form's labels printed at the same place on every page: shared with every page
    alike, not with one page of the first half."""
    form = frozenset(
        {
            (57.0, 100.0, 90.0, 109.0),
            (57.0, 130.0, 95.0, 139.0),
            (57.0, 160.0, 99.0, 169.0),
        }
    )
    pages = [form | {(180.0, 100.0 + k, 300.0, 109.0 + k)} for k in range(6)]
    assert run_length(pages) is None
    assert run_length(pages[:5]) is None  # an odd number of pages: never two runs


def test_join_pages_refuses_a_page_whose_left_column_differs() -> None:
    """Page 4 of the sheet (band 2's later columns) is no continuation of page 1."""
    pages = _pages(_sheet([BAND_1, BAND_2]))
    try:
        assert join_pages(pages[0], pages[3]) is None
        tile = join_pages(pages[0], pages[2])
        assert tile is not None
        words = {w["text"] for w in tile.extract_words()}
        assert {"18000", "GACdG", "CCI", "Auditer"} <= words
        assert "3" not in words and "/" in words  # one footer: the later page's set aside
        texts = [w["text"] for w in tile.extract_words() if w["top"] > 780]
        assert texts == ["Page", "1", "/", "4"]
        # the heading clipped at column A's edge on page 3 is read once, from page 1
        assert sum(1 for w in tile.extract_words() if w["text"] == "Aménager") == 1
    finally:
        for page in pages:
            page.close()


# the first fiche's heading and fields on a band of their own (nothing in columns D–F: Calc
# leaves that band's later page out), its steps on the next band
BAND_0: list[Row] = BAND_1[:5]
BAND_1_STEPS: list[Row] = BAND_1[5:]


def test_uneven_runs_found_on_baselines_and_grid_rows() -> None:
    """Three bands, the first with nothing in D–F: 3 pages of A–C, then 2 of D–F going on
    pages 2 and 3 (not 1 and 2)."""
    data = _sheet([BAND_0, BAND_1_STEPS, BAND_2], repeat=False, skip_empty=True)
    marks = _marks(data)
    assert len(marks) == 5 and run_length(marks) is None
    mates = uneven_candidate(marks)
    assert mates == {3: 1, 4: 2}
    tiling = uneven_tiling(data, mates)
    assert tiling is not None and tiling.mates == {1: 3, 2: 4} and tiling.uneven
    # the later run out of order: no page of it goes on its band's
    shuffled = _sheet(
        [BAND_0, BAND_1_STEPS, BAND_2], repeat=False, skip_empty=True, later_order=[2, 1, 0]
    )
    found = uneven_candidate(_marks(shuffled))
    assert found is None or uneven_tiling(shuffled, found) is None


@pytest.mark.parametrize("engine", ENGINES)
def test_uneven_runs_read_every_step_whole(engine: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENGINE_ENV, engine)
    data = _sheet([BAND_0, BAND_1_STEPS, BAND_2], repeat=False, skip_empty=True)
    assert _steps(data) == TRUTH


def test_uneven_candidate_none_for_a_template_or_flowing_pages() -> None:
    form = frozenset(
        {(57.0, 100.0, 90.0, 109.0), (57.0, 130.0, 95.0, 139.0), (57.0, 160.0, 99.0, 169.0)}
    )
    assert (
        uneven_candidate([form | {(180.0, 100.0 + k, 300.0, 109.0 + k)} for k in range(7)]) is None
    )
    lines = [frozenset((57.0, 90.0 + 12 * i, 500.0, 99.0 + 12 * i) for i in range(50))] * 7
    assert uneven_candidate(lines) is None


def test_pages_over_then_down_found_on_baselines_and_grid_rows() -> None:
    """Printed over then down: each band's A–C page, then at once its D–F page (pages 1 + 2,
    3 + 4); each later page goes on the page before it, not on the one before that."""
    data = _sheet([BAND_1, BAND_2], repeat=False, over=True)
    marks = _marks(data)
    assert len(marks) == 4 and run_length(marks) is None and uneven_candidate(marks) is None
    mates = interleaved_candidate(marks)
    assert mates == {1: 0, 3: 2}
    tiling = interleaved_tiling(data, mates)
    assert tiling is not None and tiling.mates == {0: 1, 2: 3} and tiling.uneven
    # printed down then over, no page goes on the page before it
    assert interleaved_candidate(_marks(_sheet([BAND_1, BAND_2], repeat=False))) is None


@pytest.mark.parametrize("engine", ENGINES)
def test_pages_over_then_down_read_every_step_whole(
    engine: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENGINE_ENV, engine)
    assert _steps(_sheet([BAND_1, BAND_2], repeat=False, over=True)) == TRUTH


def test_interleaved_candidate_none_for_a_template_or_flowing_pages() -> None:
    form = frozenset(
        {(57.0, 100.0, 90.0, 109.0), (57.0, 130.0, 95.0, 139.0), (57.0, 160.0, 99.0, 169.0)}
    )
    pages = [form | {(180.0, 100.0 + k, 300.0, 109.0 + k)} for k in range(7)]
    assert interleaved_candidate(pages) is None
    lines = [frozenset((57.0, 90.0 + 12 * i, 500.0, 99.0 + 12 * i) for i in range(50))] * 7
    assert interleaved_candidate(lines) is None
