"""A TABLE OF CONTENTS found on a page's lines (sources.pdf.contents_table): entries ending in
a page number at one right tab stop, after a dot leader or a wide gap, numbers never going
down, headings recurring in the pages after it; a wrapped entry's first line is the entry's.
Each rule has a case that must NOT be read as a table of contents."""

from __future__ import annotations

from sources.pdf.content import Line, Segment
from sources.pdf.contents_table import ContentsPages, contents_entries, without_contents
from sources.values import fold

RIGHT = 538.0
BODY_TEXT = (
    "Axe 1 : Aménager un territoire résilient 1.1 Objectif stratégique : Dynamiser l'économie "
    "circulaire FICHE 1.1.1 Objectif opérationnel : Expérimenter un projet d'économie "
    "circulaire auprès des entreprises Contexte … FICHE 1.1.2 Objectif opérationnel : Etendre "
    "l'expérimentation aux autres acteurs FICHE 1.1.4 Objectif opérationnel : Promouvoir "
    "l'Economie Sociale et Solidaire FICHE 1.1.5 Objectif opérationnel : Participer … FICHE "
    "1.2.1 Objectif opérationnel : Finaliser l'Atlas"
)
BODY = fold(BODY_TEXT)


def _line(top: float, x: float, *parts: str, size: float = 10.0, right: float = RIGHT) -> Line:
    """A line of ``parts``: one part runs from ``x`` to ``right`` (its leader glued to it);
    two parts are the text at ``x`` and the number alone, right-aligned at ``right``."""
    if len(parts) == 1:
        segs = [Segment(x, right, parts[0], False)]
    else:
        text, number = parts
        segs = [
            Segment(x, x + 4.5 * len(text), text, False),
            Segment(right - 5.0 * len(number), right, number, False),
        ]
    return Line(1, top, top + size, x, segs[-1].x1, size, False, segs)


def _later() -> str:
    return BODY


DOTTED = [
    _line(70.0, 57.0, "Sommaire", size=16.0, right=134.0),
    _line(104.0, 57.0, "Axe 1 : Aménager un territoire résilient.........................2"),
    _line(121.0, 71.0, "1.1 Objectif stratégique : Dynamiser l'économie circulaire.......2"),
    _line(136.0, 85.0, "FICHE 1.1.1 Objectif opérationnel : Expérimenter un projet", right=492.0),
    _line(149.0, 85.0, "d'économie circulaire auprès des entreprises......................3"),
    _line(164.0, 85.0, "FICHE 1.1.2 Objectif opérationnel : Etendre l'expérimentation....5"),
    _line(179.0, 85.0, "FICHE 1.1.4 Objectif opérationnel : Promouvoir l'Economie.......12"),
]


def test_a_dotted_table_of_contents_and_its_wrapped_entry() -> None:
    entries = contents_entries(DOTTED, _later)
    assert [(e.page_no, e.text) for e in entries] == [
        (2, "Axe 1 : Aménager un territoire résilient"),
        (2, "1.1 Objectif stratégique : Dynamiser l'économie circulaire"),
        (
            3,
            "FICHE 1.1.1 Objectif opérationnel : Expérimenter un projet d'économie circulaire "
            "auprès des entreprises",
        ),
        (5, "FICHE 1.1.2 Objectif opérationnel : Etendre l'expérimentation"),
        (12, "FICHE 1.1.4 Objectif opérationnel : Promouvoir l'Economie"),
    ]
    assert [len(e.lines) for e in entries] == [1, 1, 2, 1, 1]
    # the title stays a line of the page; the table's six lines are set aside
    assert without_contents(DOTTED, entries) == DOTTED[:1]


def test_page_numbers_at_a_tab_stop_without_leader() -> None:
    lines = [
        _line(104.0, 57.0, "Axe 1 : Aménager un territoire résilient", "2"),
        _line(121.0, 71.0, "1.1 Objectif stratégique : Dynamiser l'économie circulaire", "2"),
        _line(136.0, 85.0, "FICHE 1.1.1 Objectif opérationnel : Expérimenter un projet", "3"),
        _line(151.0, 85.0, "FICHE 1.1.2 Objectif opérationnel : Etendre l'expérimentation", "5"),
    ]
    assert [e.page_no for e in contents_entries(lines, _later)] == [2, 2, 3, 5]


def test_no_table_of_contents_without_its_three_marks() -> None:
    # numbers at the ends of lines of different lengths: no right tab stop
    ends = (380.0, 455.0, 538.0, 501.0)
    ragged = [
        _line(104.0 + 15.0 * k, 57.0, "Axe 1 : Aménager un territoire résilient", "2", right=r)
        for k, r in enumerate(ends)
    ]
    assert contents_entries(ragged, _later) == []
    aligned = [_line(ln.top, 57.0, ln.segments[0].text, "2") for ln in ragged]
    assert len(contents_entries(aligned, _later)) == 4

    # numbers going down: not the body's order
    def fiches(numbers: tuple[int, ...]) -> list[Line]:
        return [
            _line(
                104.0 + 15.0 * k, 85.0, f"FICHE 1.1.{code} Objectif opérationnel : Etendre......{n}"
            )
            for k, (code, n) in enumerate(zip((1, 2, 4), numbers, strict=True))
        ]

    assert contents_entries(fiches((9, 5, 2)), _later) == []
    assert [e.page_no for e in contents_entries(fiches((2, 5, 9)), _later)] == [2, 5, 9]
    # entries whose headings never come later (the contents of another document)
    assert contents_entries(DOTTED, lambda: fold("Annexes Glossaire")) == []
    # years after leaders (a steps list set on a dotted tab stop): no page numbers
    names = ("Lancer une phase test", "Définir une stratégie", "Créer un réseau d'acteurs")

    def steps(values: tuple[str, ...]) -> list[Line]:
        return [
            _line(104.0 + 26.0 * k, 57.0, f"{name}...............................{value}")
            for k, (name, value) in enumerate(zip(names, values, strict=True))
        ]

    later = fold(" ".join(names))
    assert contents_entries(steps(("2019", "2020", "2021")), lambda: later) == []
    assert len(contents_entries(steps(("3", "4", "6")), lambda: later)) == 3


def test_text_between_a_few_numbered_lines_is_no_table() -> None:
    text = [_line(200.0 + 13.0 * k, 57.0, "Le réseau réunit les entreprises du territoire",
                  right=520.0) for k in range(8)]  # fmt: skip
    entries = [DOTTED[1], DOTTED[2], DOTTED[5], DOTTED[6]]
    assert len(contents_entries(entries, _later)) == 4
    lines = [entries[0], *text[:4], entries[1], *text[4:], *entries[2:]]
    assert contents_entries(lines, _later) == []


def test_a_table_of_contents_going_on_on_the_next_page() -> None:
    """Its last two entries alone on page 2: read as going on from page 1's table (same tab
    stop, numbers not below 12), not on their own (fewer than three)."""
    rest = [
        _line(60.0, 85.0, "FICHE 1.1.5 Objectif opérationnel : Participer...........12"),
        _line(75.0, 85.0, "FICHE 1.2.1 Objectif opérationnel : Finaliser............14"),
    ]
    assert contents_entries(rest, _later) == []
    pages = ContentsPages(["Sommaire", "Sommaire (suite)", BODY_TEXT])
    assert len(pages(DOTTED, 0)) == 5
    assert [(e.page_no, e.text[:11]) for e in pages(rest, 1)] == [
        (12, "FICHE 1.1.5"),
        (14, "FICHE 1.2.1"),
    ]
    # after a page without a table of contents, or off the tab stop: no going on
    pages.going_on = None
    assert pages(rest, 1) == []
    pages.going_on = (RIGHT, 12)
    moved = [_line(ln.top, 85.0, ln.text, right=RIGHT - 40.0) for ln in rest]
    assert pages(moved, 1) == []
    pages.going_on = (RIGHT, 20)  # numbers below the last one of the page before
    assert pages(rest, 1) == []
