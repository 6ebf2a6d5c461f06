"""A TABLE OF CONTENTS found on a page's lines (sources.pdf.contents_table): entries ending in
a page number at one right tab stop, after a dot leader or a wide gap, numbers never going
down, headings recurring in the pages after it; a wrapped entry's first line is the entry's.
Each rule has a case that must NOT be read as a table of contents."""

from __future__ import annotations

from sources.pdf.content import Line, Segment
from sources.pdf.contents_table import (
    ContentsPages,
    LineStarts,
    PagesAfter,
    contents_entries,
    heading_entries,
    without_contents,
)
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


# a web page's table of contents printed by a browser (pandoc ``--toc``): linked headings,
# nested, no page number; the body's pages after it, each heading printed once
HEADED_BODY = [
    "Titre du plan",  # page 0: the table of contents (its own text is never looked at)
    "Axe 1 : Aménager un territoire résilient\n1.1 Objectif stratégique : Dynamiser l'économie\n"
    "circulaire\nEnjeux stratégiques\nLe territoire …",
    "FICHE 1.1.1 Objectif opérationnel : Expérimenter un projet\nd'économie circulaire auprès "
    "des entreprises\nContexte\nUne opération test …\nModalités de mise en oeuvre",
    "FICHE 1.1.2 Objectif opérationnel : Etendre l'expérimentation aux\nautres acteurs\n"
    "Contexte\nLes associations …\nModalités de mise en oeuvre",
    "FICHE 1.1.4 Objectif opérationnel : Promouvoir l'Economie Sociale\nContexte\nUn réseau …\n"
    "Modalités de mise en oeuvre",
]


def _toc_line(top: float, x: float, text: str) -> Line:
    return Line(1, top, top + 12.0, x, x + 5.0 * len(text), 12.0, False,
                [Segment(x, x + 5.0 * len(text), text, False)])  # fmt: skip


HEADED = [
    _toc_line(100.0, 57.0, "Titre du plan"),
    _toc_line(130.0, 65.0, "Axe 1 : Aménager un territoire résilient"),
    _toc_line(143.5, 81.0, "1.1 Objectif stratégique : Dynamiser l'économie circulaire"),
    _toc_line(157.0, 96.0, "Enjeux stratégiques"),
    _toc_line(170.5, 96.0, "FICHE 1.1.1 Objectif opérationnel : Expérimenter un projet d'économie"),
    _toc_line(184.0, 96.0, "circulaire auprès des entreprises"),
    _toc_line(197.5, 112.0, "Modalités de mise en oeuvre"),
    _toc_line(211.0, 96.0, "FICHE 1.1.2 Objectif opérationnel : Etendre l'expérimentation"),
    _toc_line(224.5, 96.0, "aux autres acteurs"),
    _toc_line(238.0, 112.0, "Modalités de mise en oeuvre"),
    _toc_line(251.5, 96.0, "FICHE 1.1.4 Objectif opérationnel : Promouvoir l'Economie Sociale"),
    _toc_line(265.0, 112.0, "Modalités de mise en oeuvre"),
]


def _headed(lines: list[Line], texts: list[str], index: int = 0, going_on: bool = False) -> list:
    after = PagesAfter(texts)
    return heading_entries(lines, index, LineStarts(texts), lambda: after(index), going_on)


def test_a_table_of_contents_without_page_numbers() -> None:
    """Entries starting like a line of a later page, three found once each on three pages in
    the body's order: navigation. The title above it stays; « circulaire … » (starting a
    later line too, at its entry's indent) and « aux autres acteurs » are wrapped ends; the
    labels found on every sheet (« Modalités … ») are entries within the run."""
    entries = _headed(HEADED, HEADED_BODY)
    assert [e.text for e in entries] == [
        "Axe 1 : Aménager un territoire résilient",
        "1.1 Objectif stratégique : Dynamiser l'économie circulaire",
        "Enjeux stratégiques",
        "FICHE 1.1.1 Objectif opérationnel : Expérimenter un projet d'économie circulaire "
        "auprès des entreprises",
        "Modalités de mise en oeuvre",
        "FICHE 1.1.2 Objectif opérationnel : Etendre l'expérimentation aux autres acteurs",
        "Modalités de mise en oeuvre",
        "FICHE 1.1.4 Objectif opérationnel : Promouvoir l'Economie Sociale",
        "Modalités de mise en oeuvre",
    ]
    assert {e.page_no for e in entries} == {None}
    assert without_contents(HEADED, entries) == HEADED[:1]


def test_no_table_of_contents_without_its_headings_found_once_in_order() -> None:
    # the same lines, the body's headings in another order: no table
    swapped = [*HEADED_BODY[:2], HEADED_BODY[3], HEADED_BODY[2], HEADED_BODY[4]]
    assert _headed(HEADED, swapped) == []
    # each heading printed twice later (on every page of its sheet): no heading found once
    twice = [*HEADED_BODY[:2], *(t for t in HEADED_BODY[2:] for _ in range(2))]
    assert _headed(HEADED, twice) == []
    # lines copied into one later page (a paragraph repeated in the next sheet): found once
    # each, but all on one page
    copied = [
        "Réduction des émissions de GES Séquestration carbone Maîtrise de la",
        "consommation d'énergie Production et consommation d'ENR Matériaux",
        "biosourcés Qualité de l'air Adaptation",
    ]
    lines = [_toc_line(300.0 + 13.5 * k, 95.0, t) for k, t in enumerate(copied)]
    assert _headed(lines, ["", "Contexte\n" + "\n".join(copied) + "\nIndicateurs"]) == []
    # a run broken by a line found nowhere later (a sheet's text between its labels)
    broken = [*HEADED[:6], _toc_line(190.0, 96.0, "Une phrase du corps"), *HEADED[6:]]
    assert _headed(broken, HEADED_BODY) == []
    # lines of two columns (a table's rows) are no entries
    rows = [Line(1, ln.top, ln.bottom, ln.x0, 540.0, 12.0, False,
                 [*ln.segments, Segment(500.0, 540.0, "2019", False)]) for ln in HEADED]  # fmt: skip
    assert _headed(rows, HEADED_BODY) == []


def test_a_table_of_contents_without_page_numbers_going_on() -> None:
    """The table's last entries at the top of the next page (one heading found once), the
    body starting under them in a larger type: read as going on from the page before only."""
    texts = ["Sommaire", *HEADED_BODY]
    axis = "Axe 1 : Aménager un territoire résilient"
    heading = Line(1, 90.0, 114.0, 65.0, 400.0, 24.0, True, [Segment(65.0, 400.0, axis, True)])
    rest = [
        _toc_line(30.0, 96.0, "Enjeux stratégiques"),
        _toc_line(43.5, 96.0, "FICHE 1.1.4 Objectif opérationnel : Promouvoir l'Economie Sociale"),
        _toc_line(57.0, 112.0, "Modalités de mise en oeuvre"),
        heading,
    ]
    assert _headed(rest, texts, 0) == []
    assert [e.text[:11] for e in _headed(rest, texts, 0, going_on=True)] == [
        "Enjeux stra",
        "FICHE 1.1.4",
        "Modalités d",
    ]
    pages = ContentsPages(HEADED_BODY)
    assert len(pages(HEADED, 0)) == 9 and pages.headings_on  # the table reaches the foot
    assert pages(HEADED[:1], 1) == [] and not pages.headings_on


def test_a_floated_contents_box_beside_the_first_heading() -> None:
    """A « Sommaire » box floated at the page's top, read after the column beside it: its
    first entry's heading comes later on the SAME page, the next headings on later pages set
    with their code on a line of its own (« FICHE 1.1.2 » over « Objectif opérationnel : … »).
    Both are found; the box's own lines never count as the headings they list, and the
    objective's list (« FICHE 1.1.1 Expérimenter … ») is no heading of an entry."""
    box = [
        _toc_line(60.0, 366.0, "Sommaire"),
        _toc_line(75.0, 366.0, "FICHE 1.1.1 Objectif opérationnel : Expérimenter"),
        _toc_line(84.0, 366.0, "un projet d'économie circulaire"),
        _toc_line(105.0, 366.0, "FICHE 1.1.2 Objectif opérationnel : Etendre"),
        _toc_line(114.0, 366.0, "l'expérimentation aux autres acteurs"),
        _toc_line(126.0, 366.0, "FICHE 1.1.4 Objectif opérationnel : Promouvoir"),
        _toc_line(135.0, 366.0, "l'Economie Sociale"),
    ]
    after = [
        _toc_line(391.0, 43.0, "FICHE 1.1.1 Expérimenter un projet d'économie circulaire"),
        _toc_line(463.0, 43.0, "FICHE 1.1.1 Objectif opérationnel : Expérimenter un projet"),
        _toc_line(476.0, 43.0, "d'économie circulaire"),
        _toc_line(495.0, 43.0, "Contexte"),
    ]
    texts = [
        "\n".join(ln.text for ln in [*box, *after]),
        "FICHE 1.1.2\nObjectif opérationnel : Etendre l'expérimentation aux autres acteurs\n"
        "Contexte",
        "Modalités de mise en oeuvre\nFICHE 1.1.4\nObjectif opérationnel : Promouvoir "
        "l'Economie Sociale\nContexte",
    ]
    entries = _headed([*box, *after], texts)
    assert [e.text for e in entries] == [
        "FICHE 1.1.1 Objectif opérationnel : Expérimenter un projet d'économie circulaire",
        "FICHE 1.1.2 Objectif opérationnel : Etendre l'expérimentation aux autres acteurs",
        "FICHE 1.1.4 Objectif opérationnel : Promouvoir l'Economie Sociale",
    ]
    # without the heading on the page after the box, its first entry starts no run
    assert _headed(box, ["\n".join(ln.text for ln in box), *texts[1:]]) == []
