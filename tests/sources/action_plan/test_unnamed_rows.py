"""A ROW NO FIELD LABEL NAMES in a fiche's label / value grid (sources.action_plan.parser
``_unnamed_row``): a « Contact » row added at the end of the fields table (Writer,
:mod:`tests.generators.odt_encrier`), or a contact line set under the table at its left edge
(Chromium, :mod:`tests.generators.ecluse_page`), is no part of the last field's value. Lines
are built by hand; the rule has cases that must NOT be read so (a label's wrapped line, a
value's line wrapped back under its label)."""

from __future__ import annotations

from sources.action_plan.parser import _Parser
from sources.pdf.content import Line, Segment
from sources.records import ActionPlanDocument

LABEL_X, VALUE_X = 59.7, 181.6
PITCH = 11.5  # pt: a cell's wrapped lines (10 pt type)
ROW = 21.1  # pt: a row's first line below the row above's last one


def _line(
    top: float, label: str, value: str, *, bold_label: bool = True, size: float = 10.0
) -> Line:
    """A grid line: ``label`` in the label column (bold), ``value`` in the value column
    (regular); either may be empty."""
    segs = []
    if label:
        segs.append(Segment(LABEL_X, LABEL_X + 5 * len(label), label, bold_label))
    if value:
        segs.append(Segment(VALUE_X, VALUE_X + 4.5 * len(value), value, False))
    return Line(1, top, top + size, segs[0].x0, segs[-1].x1, size, bold_label and not value, segs)


def _read(lines: list[Line]) -> ActionPlanDocument:
    parser = _Parser("plan.pdf", "0" * 64)
    heading = Segment(56.8, 400.0, "FICHE 1.1.1 Expérimenter un projet", True)
    parser.line(Line(1, 40.0, 53.0, 56.8, 400.0, 13.0, True, [heading]))
    for line in lines:
        parser.line(line)
    doc = ActionPlanDocument(territory_name=None, plan_type="PLAN", n_pages=1)
    parser.finish(doc)
    return doc


def _grid(after: list[Line]) -> list[Line]:
    """« Publics cibles », then « Liens avec les objectifs » / « réglementaires » over two
    value lines and a third one under them, then ``after``."""
    top = 100.0
    return [
        _line(top, "Publics cibles", "Entreprises, Associations"),
        _line(top + ROW, "Liens avec les objectifs", "Réduction des émissions de GES"),
        _line(top + ROW + PITCH, "réglementaires", "Séquestration carbone"),
        _line(top + ROW + 2 * PITCH, "", "Adaptation"),
        *after,
    ]


LAST = 100.0 + ROW + 2 * PITCH  # the grid's last line


def test_an_added_row_under_an_unknown_label_is_no_value_of_the_field_above() -> None:
    """« Contact » (bold, at the labels' edge, a row below) and its wrapped line: a row of
    its own, the links stay three."""
    doc = _read(
        _grid(
            [
                _line(LAST + ROW, "Contact", "Chargé(e) de mission : [données masquées] – Tél. :"),
                _line(LAST + ROW + PITCH, "", "xxxxx@grand-auch.fr"),
            ]
        )
    )
    action = doc.actions[0]
    assert action.target_audiences == ["Entreprises", "Associations"]
    assert action.regulatory_links == [
        "Réduction des émissions de GES",
        "Séquestration carbone",
        "Adaptation",
    ]


def test_a_line_set_under_the_table_at_its_edge_is_no_value_either() -> None:
    """A smaller regular line at the labels' edge a row gap below (its data boxes leave
    pieces in the value column): none of its words go on the last field."""
    line = Line(
        1,
        LAST + 20.0,
        LAST + 28.4,
        LABEL_X,
        400.0,
        8.4,
        False,
        [
            Segment(LABEL_X, 93.4, "Contact :", False),
            Segment(163.2, 267.5, ", chargé(e) de mission · Tél.", False),
            Segment(327.1, 361.3, "· Courriel", False),
        ],
    )
    doc = _read(_grid([line]))
    assert doc.actions[0].regulatory_links == [
        "Réduction des émissions de GES",
        "Séquestration carbone",
        "Adaptation",
    ]


def test_a_label_or_value_line_close_under_the_last_one_still_goes_on() -> None:
    """A label's wrapped line the vocabulary does not know (« du décret »), a line pitch below
    the last one (no row gap): the field goes on, its value too."""
    doc = _read(
        _grid(
            [
                _line(LAST + PITCH, "du décret", "Qualité de l'air"),
            ]
        )
    )
    assert doc.actions[0].regulatory_links == [
        "Réduction des émissions de GES",
        "Séquestration carbone",
        "Adaptation",
        "Qualité de l'air",
    ]
