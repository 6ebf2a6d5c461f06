"""A whitespace side column standing beside the TOP of a page only (a web page's widget
column: downloads, links, a contact, as tall as its own content), the main column running on
alone below it to the page's foot. The band of side columns ends where the side column's text
ends (sources.pdf.flow._to_side_column_end): the main column's lines under it are read after
the side column, so the side column is never read last, as the rest of the page's last
paragraph (a field's value going on over the page break). Hand-placed lines; negative cases:
a side column as tall as the main column, a main column running on for a few lines only."""

from __future__ import annotations

from sources.pdf.content import Line
from sources.pdf.flow import column_groups, gutter_columns
from tests.sources.pdf.test_side_columns import _line


def _page(side_cards: int, main_lines: int) -> list[Line]:
    """Main column x 42–500 (``main_lines`` lines, 10 pt apart from 54), and at the right
    ``side_cards`` cards (a bold title over a plain line) at x 620–760."""
    lines = [
        _line(54.0 + 10 * n, (42, 500 - 20 * (n % 3), f"Le texte principal, ligne {n}"))
        for n in range(main_lines)
    ]
    for n in range(side_cards):
        top = 54.0 + 20 * n
        lines.append(_line(top, (620, 690, f"Rubrique {n}"), bold=True))
        lines.append(_line(top + 10, (620, 760, f"Lien utile numéro {n}")))
    return sorted(lines, key=lambda ln: ln.top)


def _words(lines: list[Line]) -> list[dict[str, object]]:
    return [
        {"x0": x0, "x1": x1, "top": ln.top, "bottom": ln.bottom, "text": text}
        for ln in lines
        for seg in ln.segments
        for x0, x1, text in seg.words
    ]


def test_the_band_ends_with_a_short_side_column() -> None:
    lines = _page(side_cards=5, main_lines=40)  # side column down to 152, main one to 452
    split = gutter_columns(lines)
    assert split is not None and split.panel_left is False
    assert 150.0 < split.bottom < 156.0
    above, left, right, below = column_groups(_words(lines), split)
    assert not above
    assert len(right) == 10 and all(str(w["text"]).startswith(("Rubrique", "Lien")) for w in right)
    assert max(float(w["top"]) for w in left) < 156.0  # main lines beside the side column
    assert min(float(w["top"]) for w in below) > 150.0  # the rest: after the side column
    assert all(float(w["x0"]) < 600 for w in below)


def test_a_side_column_as_tall_as_the_main_one_keeps_its_band() -> None:
    split = gutter_columns(_page(side_cards=10, main_lines=20))
    assert split is not None
    assert split.bottom >= 244.0  # both columns end together: the band down to them


def test_a_few_main_lines_under_the_side_column_keep_the_band() -> None:
    lines = _page(side_cards=5, main_lines=15)  # 4 main lines only under the side column
    split = gutter_columns(lines)
    assert split is not None
    assert split.bottom >= 196.0
