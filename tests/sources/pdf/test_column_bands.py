"""A page in THREE newspaper columns between full-width tables (plan_html_quotidien: CSS
``columns: 3`` with a column rule, every table ``column-span: all``): the gutters are learnt
from a box of equally spaced column rules clear of text and drawn rules, and the page is read
band by band, the bands in columns column by column, the tables across the page
(sources.pdf.column_bands). Negatives: a table's inner column rules, a page with no columns."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sources.action_plan.parser import _Parser
from sources.pdf.column_bands import ColumnBands, band_regions, gutters
from sources.pdf.content import Line, Segment


def _char(x0: float, top: float, width: float = 60.0, text: str = "a") -> dict[str, Any]:
    return {"x0": x0, "x1": x0 + width, "top": top, "bottom": top + 9.0, "text": text, "size": 9.0}


def _rule(x0: float, top: float, x1: float, bottom: float) -> dict[str, Any]:
    return {"x0": x0, "x1": x1, "top": top, "bottom": bottom}


@dataclass
class _Page:
    chars: list[dict[str, Any]]
    rects: list[dict[str, Any]] = field(default_factory=list)
    lines: list[dict[str, Any]] = field(default_factory=list)
    curves: list[dict[str, Any]] = field(default_factory=list)
    width: float = 595.0
    height: float = 842.0
    page_number: int = 1
    bbox: tuple[float, float, float, float] = (0.0, 0.0, 595.0, 842.0)

    @property
    def objects(self) -> dict[str, list[dict[str, Any]]]:
        return {"char": self.chars, "rect": self.rects, "line": self.lines, "curve": self.curves}


_RULES = [_rule(209.0, 42.7, 210.0, 322.6), _rule(385.4, 42.7, 386.4, 322.6)]


def _columns_page() -> _Page:
    """Three columns of text (x 42.7, 218.6, 394.4; 159 pt wide) over a full-width table."""
    chars = [_char(x, top, 158.9) for x in (42.7, 218.6, 394.4) for top in (50.0, 62.0, 74.0)]
    chars += [_char(42.7, 420.0), _char(159.6, 420.0, width=393.7)]  # a row across the gutters
    return _Page(chars=chars, rects=[*_RULES, _rule(42.7, 440.0, 553.3, 440.8)])


def test_gutters_are_the_equally_spaced_column_rules_clear_of_text() -> None:
    xs = gutters(_columns_page())
    assert xs is not None
    assert [round(x, 1) for x in xs] == [209.5, 385.9]


def test_a_tables_inner_column_rules_are_no_gutters() -> None:
    page = _columns_page()
    page.rects = [_rule(317.6, 500.0, 318.6, 600.0), _rule(373.4, 500.0, 374.4, 600.0)]
    assert gutters(page) is None
    page.rects = [*_RULES, _rule(42.7, 100.0, 553.3, 100.8)]  # a row rule meets them
    assert gutters(page) is None
    page.rects = _RULES
    for c in page.chars:  # columns 19.6 em of 9 pt wide, 9.8 em of 18 pt: a table's
        c["size"] = 18.0
    assert gutters(page) is None


def test_the_page_is_read_band_by_band_the_columns_one_after_the_other() -> None:
    page = _columns_page()
    regions = band_regions(page, [209.5, 385.9])
    assert [(tuple(round(v) for v in box), columned) for box, columned in regions] == [
        ((0, 0, 210, 420), True),
        ((210, 0, 386, 420), True),
        ((386, 0, 595, 420), True),
        ((0, 420, 595, 842), False),
    ]


def test_gutters_met_on_a_page_hold_for_the_next_one_and_rules_are_dropped() -> None:
    bands = ColumnBands()
    first = bands.views(_columns_page())
    assert first is not None and len(first) == 4
    assert all(not v.objects["rect"] or v.objects["rect"][0]["x1"] > 500 for v in first)
    later = _Page(chars=[_char(x, 50.0) for x in (42.7, 218.6)] + [_char(100.0, 300.0, 300.0)])
    views = bands.views(later)
    assert views is not None
    assert [v.region for v in views] == [
        (0.0, 0.0, 209.5, 300.0),
        (209.5, 0.0, 385.9, 300.0),
        (0.0, 300.0, 595.0, 842.0),
    ]
    assert ColumnBands().views(later) is None


def _heading(top: float, text: str) -> Line:
    return Line(1, top, top + 10.5, 218.6, 218.6 + 5 * len(text), 10.5, True, [])


def test_a_heading_cut_in_a_column_inside_its_label_keeps_the_title_only() -> None:
    """« FICHE 1.2.4 Objectif » / « opérationnel : Mener une » / four more lines: the label
    is no part of the title, nor does its line count among the title's lines (four at most
    after the first: sources.action_plan.parser._Parser._continue)."""
    texts = [
        "FICHE 1.2.4 Objectif",
        "opérationnel : Mener une",
        "réflexion autour de la",
        "démarche Plan Local d'Urbanisme",
        "intercommunal Habitat et Déplacement",
        "(PLUiHD)",
    ]
    parser = _Parser("p.pdf", "a" * 64)
    for index, text in enumerate(texts):
        line = _heading(100.0 + 12 * index, text)
        line.segments = [Segment(line.x0, line.x1, text, True)]
        parser.line(line)
    assert parser.sheet is not None
    assert parser.sheet.title == (
        "Mener une réflexion autour de la démarche Plan Local d'Urbanisme intercommunal"
        " Habitat et Déplacement (PLUiHD)"
    )
