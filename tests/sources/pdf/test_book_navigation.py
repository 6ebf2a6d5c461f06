"""A CMS book's navigation printed after each of its pages (sources.pdf.book_navigation): the
previous and next fiches' titles « ‹ … » / « … › » with « Haut » between, wrapping over
lines, are page furniture. Negative: a line opening with « ‹ » that no « › » nor « Haut »
follows (a quote of the text's own) is kept."""

from __future__ import annotations

from sources.pdf.book_navigation import without_book_navigation
from sources.pdf.content import Line, Segment


def _line(top: float, *parts: tuple[float, str]) -> Line:
    segments = [Segment(x, x + 6.0 * len(t), t, False) for x, t in parts]
    return Line(3, top, top + 8.0, segments[0].x0, segments[-1].x1, 8.0, False, segments)


def test_a_book_navigation_block_is_set_aside() -> None:
    lines = [
        _line(100.0, (43.0, "2021 interne GACdG communes")),
        _line(
            130.0,
            (43.0, "‹ FICHE 1.2.5 Objectif opérationnel : Porter les enjeux dans"),
            (290.0, "Haut"),
            (340.0, "FICHE 1.4.1 Objectif opérationnel : Intégrer les enjeux"),
        ),
        _line(139.0, (43.0, "les projets territoriaux"), (470.0, "climat ›")),
        _line(170.0, (43.0, "FICHE 1.4.1")),
    ]
    kept = without_book_navigation(lines)
    assert [ln.text for ln in kept] == ["2021 interne GACdG communes", "FICHE 1.4.1"]


def test_a_quote_opening_a_line_is_kept() -> None:
    lines = [
        _line(100.0, (43.0, "‹ Ensemble › pour le climat, le slogan du plan")),
        _line(110.0, (43.0, "‹ Citation de la charte")),
        _line(120.0, (43.0, "reprise dans le contexte.")),
    ]
    # the first ends with no « › » (the quote closes inside it), the second has none at all
    assert [ln.text for ln in without_book_navigation(lines)] == [ln.text for ln in lines]
