"""Steps printed as an agenda's events (sources.action_plan.date_tiles): the tile's
« Planification » label level with the bold name, the period under the label opening the
description's first line, its wrapped rest lower in the tile — rewritten as a timeline item
(« period | name », then the description without the period); an event cut by a page break
read at the next page's top; lines that are no event left alone."""

from __future__ import annotations

from sources.action_plan.date_tiles import DateTiles, date_tiles
from sources.pdf.content import Line, Segment


def _line(page: int, top: float, size: float, *segs: tuple[float, float, str, bool]) -> Line:
    segments = [Segment(x0, x1, text, bold) for x0, x1, text, bold in segs]
    return Line(
        page, top, top + size, segs[0][0], segs[-1][1], size, all(s.bold for s in segments),
        segments,
    )  # fmt: skip


NAME = (125.0, 524.0, "Faire connaître la démarche", True)
LABEL = (60.0, 99.0, "Planification", True)


def _texts(lines: list[Line]) -> list[list[str]]:
    return [[s.text for s in ln.segments] for ln in lines]


def test_an_event_becomes_a_timeline_item() -> None:
    lines = [
        _line(2, 382.1, 10, NAME),
        _line(2, 384.1, 6.5, LABEL),
        _line(2, 395.3, 8.5, (66, 93, "2019", True), (125, 414, "Communications ciblées", False)),
        _line(2, 404.3, 8.5, (125, 300, "quant aux intérêts.", False)),
        _line(2, 409.0, 12, (63, 97, "- 2020", True)),  # the period's rest, lower in the tile
        _line(2, 418.4, 8, (125, 215, "Ressources à mobiliser", True), (222, 242, "5 000", False)),
    ]
    out = date_tiles(lines)
    assert _texts(out) == [
        ["2019 - 2020", "Faire connaître la démarche"],
        ["Communications ciblées"],
        ["quant aux intérêts."],
        ["Ressources à mobiliser", "5 000"],
    ]
    assert (out[0].page, out[0].top, out[0].x0) == (2, 382.1, 66)
    assert not out[1].bold


def test_an_event_cut_by_the_page_break_is_read_on_the_next_page() -> None:
    tiles = DateTiles()
    page_1 = tiles([_line(1, 700, 8, (125, 300, "Porteur GACdG", False)),
                    _line(1, 773.6, 10, NAME), _line(1, 775.6, 6.5, LABEL)])  # fmt: skip
    assert _texts(page_1) == [["Porteur GACdG"]]
    page_2 = tiles([_line(2, 43.5, 8.5, (66, 93, "2019", True), (125, 542, "sur la base", False))])
    assert _texts(page_2) == [["2019", "Faire connaître la démarche"], ["sur la base"]]
    assert (page_2[0].page, page_2[0].top) == (1, 773.6)  # the name where it is printed
    assert tiles.flush() == []


def test_no_period_under_the_tile_leaves_the_lines_as_printed() -> None:
    tiles = DateTiles()
    held = tiles([_line(1, 773.6, 10, NAME), _line(1, 775.6, 6.5, LABEL)])
    assert held == []
    page_2 = tiles([_line(2, 43.5, 9, (43, 300, "FICHE 1.2.1", True))])
    assert _texts(page_2) == [[NAME[2]], ["Planification"], ["FICHE 1.2.1"]]
    # a label line with no bold name level with it, a period under no label: unchanged
    lines = [
        _line(1, 100, 8, LABEL),
        _line(1, 110, 8.5, (66, 93, "2019", True), (125, 300, "Texte", False)),
    ]
    assert _texts(date_tiles(lines)) == [["Planification"], ["2019", "Texte"]]
    assert tiles.flush() == []


def test_a_grid_of_labels_is_no_event() -> None:
    """A card's details as a grid of labels over values (« Planification » beside
    « Ressources à mobiliser », bold, values under them): no tile, no name."""
    lines = [
        _line(2, 150.2, 8.5, (309, 328, "Planification", True),
              (431, 519, "Ressources à mobiliser", True)),
        _line(2, 160.0, 8.5, (309, 328, "2019", False), (431, 458, "interne", False)),
    ]  # fmt: skip
    assert _texts(date_tiles(lines)) == _texts(lines)
    split = [
        _line(2, 150.2, 8.5, (309, 356, "Planification", True)),
        _line(2, 150.2, 8.5, (431, 519, "Ressources à mobiliser", True)),
        _line(2, 160.0, 8.5, (309, 328, "2019", True), (431, 458, "interne", False)),
    ]
    assert _texts(date_tiles(split)) == _texts(split)
