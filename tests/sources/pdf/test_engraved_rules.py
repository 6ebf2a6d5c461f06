"""Table borders drawn as THREE PARALLEL STROKES (Word's 3D engraved border as Writer prints
it, plan_docx_gravure, sixty-first pass): each triple read as one rule, its ends carried to
the perpendicular rules they stop short of (sources.pdf.engraved_rules)."""

from __future__ import annotations

from typing import Any

import pytest

from sources.action_plan import parse_action_plan
from sources.pdf.engraved_rules import engraved_triples
from tests.sources.pdf.hand_pages import BOUNDS, HEADER, HEIGHT, HandPages


def _line(x0: float, top: float, x1: float, bottom: float) -> dict[str, Any]:
    return {"x0": x0, "x1": x1, "top": top, "bottom": bottom}


def test_three_close_parallel_strokes_are_one_rule() -> None:
    lines = [
        _line(49.0, 355.2, 133.0, 355.2),  # a cell's top border, three strokes 1.7 pt apart
        _line(50.2, 356.9, 131.8, 356.9),
        _line(52.5, 358.6, 129.6, 358.6),
        _line(129.0, 362.5, 129.0, 384.3),  # its right border, the same
        _line(130.7, 360.3, 130.7, 386.5),
        _line(132.4, 362.5, 132.4, 384.3),
        _line(200.0, 500.0, 300.0, 500.0),  # a double rule: two strokes, left alone
        _line(200.0, 502.0, 300.0, 502.0),
        _line(57.0, 600.0, 500.0, 600.0),  # four strokes 2 pt apart: a hatching
        _line(57.0, 602.0, 500.0, 602.0),
        _line(57.0, 604.0, 500.0, 604.0),
        _line(57.0, 606.0, 500.0, 606.0),
        _line(57.0, 700.0, 500.0, 700.0),  # three strokes unevenly spaced
        _line(57.0, 701.0, 500.0, 701.0),
        _line(57.0, 703.4, 500.0, 703.4),
        _line(57.0, 750.0, 100.0, 750.0),  # three strokes side by side, not overlapping
        _line(150.0, 751.7, 200.0, 751.7),
        _line(250.0, 753.4, 300.0, 753.4),
    ]
    assert sorted(engraved_triples(lines)) == [[0, 1, 2], [3, 4, 5]]


class _Engraved(HandPages):
    """The steps table with every cell's borders drawn as Writer prints a 3D engraved
    border: three strokes 1.7 pt apart in three greys, each cell its top and left ones (the
    last row and column their bottom and right ones too), the vertical ones stopping under
    the horizontal ones, neighbours overlapping by a few points."""

    def steps_table(
        self, top: float, rows: list[tuple[str, ...]] | tuple[tuple[str, ...], ...]
    ) -> float:
        tops = [top, top + 26.0] + [top + 26.0 + 30.0 * (k + 1) for k in range(len(rows))]
        c = self.c
        greys = (0.17, 0.34, 0.51)
        c.setFillGray(0.85)  # the header row's grey, cell by cell, under the borders
        for x0, x1 in zip(BOUNDS, BOUNDS[1:], strict=False):
            c.rect(x0, HEIGHT - tops[1] + 2.3, x1 - x0, tops[1] - tops[0], stroke=0, fill=1)
        c.setFillGray(0)
        for r in range(len(tops) - 1):
            for k in range(len(BOUNDS) - 1):
                x0, x1 = BOUNDS[k], BOUNDS[k + 1]
                for i, off in enumerate((-1.7, 0.0, 1.7)):
                    c.setStrokeGray(greys[i])
                    c.setLineWidth(2.25 if i == 1 else 1.15)
                    last_row, last_column = r == len(tops) - 2, k == len(BOUNDS) - 2
                    for y in (tops[r], tops[r + 1]) if last_row else (tops[r],):
                        # how far past the column rules (dark, mid, light): the table's top
                        # and bottom rules a little past them; the rules between rows short of
                        # the table's sides, past the inner column rules by the middle stroke
                        a = b = (2.3, 1.1, -1.1)[i]
                        if tops[0] < y < tops[-1]:
                            a = (-5.7, -3.5, -5.7)[i] if k == 0 else a
                            b = (-5.6, -3.3, -5.6)[i] if last_column else b
                        c.line(x0 - a, HEIGHT - y - off, x1 + b, HEIGHT - y - off)
                    for x in (x0, x1) if last_column else (x0,):
                        # as Writer prints them: a stroke from 1.1 pt under the row's top rule
                        # (the middle one 1.1 pt above) to as far over the next; in the
                        # header row the inner ones from 5.6 pt under (3.4), the outer ones
                        # from 2.3 pt above
                        reach = 1.1 if i == 1 else -1.1
                        a = tops[r] - reach
                        if r == 0:
                            a = tops[0] - 2.3 if x in (BOUNDS[0], BOUNDS[-1]) else a + 4.5
                        c.line(x + off, HEIGHT - a, x + off, HEIGHT - tops[r + 1] - reach)
        c.setStrokeGray(0)
        for x, label in zip(BOUNDS, HEADER, strict=False):
            self.header_cell(x + 4.0, top + 8.0, label)
        for row, y in zip(rows, tops[1:], strict=False):
            for x, cell in zip(BOUNDS, row, strict=False):
                self.text(x + 4.0, y + 9.0, cell, size=8.0)
        return tops[-1]


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_a_steps_table_with_engraved_borders_reads_whole(
    engine: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COPDIAG_PDF_ENGINE", engine)
    pages = _Engraved()
    pages.fiche_head()
    rows = [
        ("Lancer un test", "Auditer vingt entreprises.", "2019", "18000", "GACdG", "CCI"),
        ("Définir", "Choisir les filières.", "2020", "5000", "GACdG", "ADEME"),
        ("Diffuser", "Publier le guide.", "2021", "2500", "Région", ""),
    ]
    pages.next_fiche(pages.steps_table(150.0, rows))
    pages.c.showPage()
    doc = parse_action_plan(pages.save(), "plans/gravure.pdf", "0" * 64)
    assert [a.action_code for a in doc.actions] == ["1.1.1", "1.1.2"]
    got = [(s.step, s.description, s.planning_label, s.budget_eur, s.owner) for s in doc.steps]
    assert got == [
        ("Lancer un test", "Auditer vingt entreprises.", "2019", 18000.0, "GACdG"),
        ("Définir", "Choisir les filières.", "2020", 5000.0, "GACdG"),
        ("Diffuser", "Publier le guide.", "2021", 2500.0, "Région"),
    ]


def test_each_engraved_rule_is_one_line_across_the_table() -> None:
    """The drawn table above: 7 column rules and 5 row rules, each one line from side to side
    (without the rule, 3 strokes a rule and a cell: the inner rows' strokes stop short of the
    table's sides, which the grid finder takes for a paragraph's border inside a cell)."""
    from sources.pdf.engine import iter_plumber_pages

    pages = _Engraved()
    rows = [("Lancer", "Auditer.", "2019", "18000", "GACdG", "CCI")] * 3
    bottom = pages.steps_table(150.0, rows)
    pages.c.showPage()
    for page in iter_plumber_pages(pages.save()):
        across = sorted(
            (round(ln["top"], 1), round(ln["x0"], 1), round(ln["x1"], 1))
            for ln in page.lines
            if ln["bottom"] - ln["top"] < 0.1
        )
        down = sorted(
            (round(ln["x0"], 1), round(ln["top"], 1), round(ln["bottom"], 1))
            for ln in page.lines
            if ln["bottom"] - ln["top"] >= 0.1
        )
        page.close()
    assert [y for y, _, _ in across] == [150.0, 176.0, 206.0, 236.0, bottom]
    # the table's top and bottom rules as far as their outer stroke; the others carried to
    # the table's sides
    outer = (round(BOUNDS[0] - 2.3, 1), round(BOUNDS[-1] + 2.3, 1))
    assert [(x0, x1) for _, x0, x1 in across] == [outer] + [(BOUNDS[0], BOUNDS[-1])] * 3 + [outer]
    assert [x for x, _, _ in down] == list(BOUNDS)
    # every column rule from the table's top rule to its bottom one (as far as the strokes go)
    assert all(147.5 <= top <= 150.0 and bottom <= end <= bottom + 2.5 for _, top, end in down)
