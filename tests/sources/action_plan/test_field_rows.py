"""A fiche's FIELDS AS ONE ROW of a table under a header row of their labels (a CMS's « Tableau »
display): the block is given back stacked, each label over its value's paragraphs
(sources.action_plan.field_rows), labels glued across narrow gaps split at the columns their
values start; a steps header (no field labels), a label/value line, a plain paragraph stay."""

from __future__ import annotations

from sources.action_plan.field_rows import stacked_field_rows
from sources.pdf.content import Line, Segment

X = (47.0, 236.0, 302.0, 367.0, 429.0, 477.0)


def _line(top: float, cells: list[tuple[float, str]], bold: bool = False) -> Line:
    segs = []
    for x, text in cells:
        words, cursor = [], x
        for word in text.split():
            words.append((cursor, cursor + 4.0 * len(word), word))
            cursor += 4.0 * len(word) + 2.5
        segs.append(Segment(x, cursor - 2.5, text, bold, words))
    return Line(1, top, top + 8.0, segs[0].x0, segs[-1].x1, 8.0, bold, segs)


def _glued(line: Line) -> Line:
    """The line's second segment's words at their columns' starts (« Indicateurs » at the
    third column, « Publics cibles » at the fourth), glued in one segment by narrow gaps."""
    seg = line.segments[1]
    seg.words = [
        (X[1], X[1] + 36.0, "Objectifs"),
        (X[1] + 38.0, X[1] + 46.0, "et"),
        (X[2], X[2] + 44.0, "Indicateurs"),
        (X[3], X[3] + 28.0, "Publics"),
        (X[3] + 30.0, X[3] + 54.0, "cibles"),
    ]
    return line


def _header(top: float) -> list[Line]:
    """The labels' header over three lines from ``top``: « Objectifs et », « Indicateurs »,
    « Publics cibles » one segment (narrow gaps)."""
    labels = [(X[0], "Contexte"), (X[1], "Objectifs et Indicateurs Publics cibles")]
    return [
        _glued(_line(top, [*labels, (X[4], "Prise en"), (X[5], "Liens avec les")], bold=True)),
        _line(top + 8.9, [(X[1], "résultats"), (X[4], "compte"), (X[5], "objectifs")], bold=True),
        _line(top + 17.9, [(X[1], "attendus"), (X[4], "de l'EES"), (X[5], "réglementaires")], True),
    ]


def _block() -> list[Line]:
    return [
        _line(680.0, [(47.0, "FICHE 1.2.2")], bold=True),
        *_header(702.6),
        _line(
            734.6,
            [(X[0], "Compiler les données"), (X[1], "Fournir au"), (X[2], "Réalisation")]
            + [(X[3], "Services"), (X[5], "Réduction des")],
        ),  # fmt: skip
        _line(
            743.5,
            [(X[0], "socio-économiques."), (X[1], "territoire un outil.")]
            + [(X[2], "de l'observatoire"), (X[3], "partenaires"), (X[5], "émissions de GES")],
        ),  # fmt: skip
        _line(756.0, [(X[0], "Cet outil sera destiné au comité.")]),
        _line(790.0, [(43.0, "Modalités de mise en oeuvre")], bold=True),
    ]


def test_a_fields_row_under_its_labels_is_stacked() -> None:
    out = stacked_field_rows(_block())
    assert [(ln.text, ln.bold) for ln in out] == [
        ("FICHE 1.2.2", True),
        ("Contexte", True),
        ("Compiler les données socio-économiques.", False),
        ("Cet outil sera destiné au comité.", False),
        ("Objectifs et résultats attendus", True),
        ("Fournir au territoire un outil.", False),
        ("Indicateurs", True),
        ("Réalisation de l'observatoire", False),
        ("Publics cibles", True),
        ("Services partenaires", False),
        ("Prise en compte de l'EES", True),
        ("Liens avec les objectifs réglementaires", True),
        ("Réduction des émissions de GES", False),
        ("Modalités de mise en oeuvre", True),
    ]
    assert [ln.top for ln in out] == sorted(ln.top for ln in out)


def test_other_blocks_stay() -> None:
    steps = [
        _line(100.0, [(43.0, "Etape"), (125.0, "Descriptif"), (318.0, "Planification")], True),
        _line(112.0, [(43.0, "Lancer"), (125.0, "Auditer"), (318.0, "2019")]),
        _line(124.0, [(43.0, "Définir"), (125.0, "Choisir"), (318.0, "2020")]),
    ]
    assert stacked_field_rows(steps) is steps
    pairs = [_line(100.0, [(43.0, "Contexte"), (160.0, "Une opération test.")], True)]
    assert stacked_field_rows(pairs) is pairs


def test_a_fields_row_cut_by_a_page_break_goes_on_under_its_repeated_header() -> None:
    """The row's values reach the page's foot; the next page opens with the same header (its
    labels glued there, its columns empty but two): the values go on the held ones, the
    paragraph cut by the break joined again, the whole row given back stacked once."""
    from sources.action_plan.field_rows import FieldRows

    block = _block()[:-2]  # the row reaching the page's last line (no heading under it)
    rest = [
        *_header(46.9),
        _line(76.7, [(X[0], "socio-économiques, suite."), (X[5], "Séquestration carbone")]),
        _line(100.0, [(43.0, "Modalités de mise en oeuvre")], bold=True),
    ]
    for line in rest:
        line.page = 2
    fields = FieldRows()
    first = fields(block)
    assert [ln.text for ln in first] == ["FICHE 1.2.2"]  # the row held
    second = fields(rest)
    texts = [ln.text for ln in second]
    assert texts[:3] == [
        "Contexte",
        "Compiler les données socio-économiques. socio-économiques, suite.",
        "Objectifs et résultats attendus",
    ]
    assert texts[-3:] == [
        "Liens avec les objectifs réglementaires",
        "Réduction des émissions de GES Séquestration carbone",
        "Modalités de mise en oeuvre",
    ]
    assert fields.flush() == []
    # a row held at the last page's end is given back by flush
    fields = FieldRows()
    assert [ln.text for ln in fields(block)] == ["FICHE 1.2.2"]
    assert [ln.text for ln in fields.flush()][:2] == [
        "Contexte",
        "Compiler les données socio-économiques.",
    ]
