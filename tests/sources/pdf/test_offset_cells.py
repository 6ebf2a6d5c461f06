"""A label cell and its value cell printed a little apart in height: one line."""

from __future__ import annotations

from sources.pdf.content import Line, Segment
from sources.pdf.offset_cells import level_offset_cells


def _line(
    top: float,
    x0: float,
    x1: float,
    text: str,
    bold: bool,
    size: float = 10.0,
    band: int | None = 6,
) -> Line:
    return Line(2, top, top + size, x0, x1, size, bold, [Segment(x0, x1, text, bold)], band)


def test_a_framed_value_set_lower_than_its_label_joins_it() -> None:
    # as Writer prints plan_odt_ombrelle: the value's frame sets it 3.4 pt lower
    lines = [
        _line(635.9, 59.7, 160.0, "Objectifs et résultats", True),
        _line(639.3, 184.9, 520.0, "Des démarches d'optimisations énergétiques", False),
        _line(647.5, 59.7, 100.0, "attendus", True),
        _line(650.8, 184.9, 240.0, "d'ici 2030.", False),
    ]
    out = level_offset_cells(lines)
    assert [[s.text for s in ln.segments] for ln in out] == [
        ["Objectifs et résultats", "Des démarches d'optimisations énergétiques"],
        ["attendus", "d'ici 2030."],
    ]
    assert out[0].top == 635.9 and out[0].bottom == 649.3


def test_lines_of_one_face_or_one_column_stay_apart() -> None:
    same_face = [
        _line(100.0, 50.0, 200.0, "une colonne", False),
        _line(103.5, 300.0, 500.0, "une autre colonne", False),
    ]
    assert level_offset_cells(same_face) == same_face
    stacked = [  # a label over its value, not beside it
        _line(100.0, 50.0, 200.0, "Contexte", True),
        _line(103.5, 60.0, 500.0, "la valeur", False),
    ]
    assert level_offset_cells(stacked) == stacked
    unruled = [  # a side panel's label beside the main text: no grid row holds them
        _line(100.0, 50.0, 120.0, "Publics cibles", True, band=None),
        _line(103.0, 184.9, 500.0, "la massification des entreprises", False, band=None),
    ]
    assert level_offset_cells(unruled) == unruled
    other_row = [
        _line(100.0, 50.0, 120.0, "Contexte", True, band=1),
        _line(103.0, 184.9, 500.0, "la valeur", False, band=2),
    ]
    assert level_offset_cells(other_row) == other_row
    text_then_label = [  # regular text, a bold label lower at its right: no label first
        _line(100.0, 50.0, 200.0, "L'objectif est de déterminer", False),
        _line(103.7, 300.0, 340.0, "Contexte", True),
    ]
    assert level_offset_cells(text_then_label) == text_then_label
    far = [  # the next line of a text: an em apart
        _line(100.0, 50.0, 120.0, "Contexte", True),
        _line(110.0, 184.9, 500.0, "la valeur", False),
    ]
    assert level_offset_cells(far) == far
