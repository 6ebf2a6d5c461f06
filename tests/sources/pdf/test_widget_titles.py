"""A whitespace side column of widgets (a blog's « Articles récents », « Catégories »,
« Archives ») whose bold titles stand level with the main column's headings: the page's title
(both columns start at one top) and a section title over a table's header. Those headings are
followed by more bold text, so they are no labels over values, and the side column is read
as one (sources.pdf.flow ``_label_tops``); labels over values level with the side column's
labels (cards side by side, a table's header over its first row) still make no side column.
The Chromium print of such a page is ``widgets_html`` in ``test_left_shapes``."""

from __future__ import annotations

from sources.pdf.content import Line
from sources.pdf.flow import _label_tops, gutter_columns
from tests.sources.pdf.test_side_columns import _line


def _widgets() -> list[Line]:
    """Three widgets at x 620–760 from 54: a bold title over plain links, 10 pt apart."""
    out, top = [], 54.0
    for title, n in (("Articles récents", 3), ("Catégories", 3), ("Archives", 8)):
        out.append(_line(top, (620, 700, title), bold=True))
        for k in range(n):
            out.append(_line(top + 10 * (k + 1), (620, 740 - 10 * (k % 2), f"Lien {k}")))
        top += 10 * (n + 1)
    return out


def _main(labels_over_values: bool = False) -> list[Line]:
    """The fiche at x 42–500: its title at 54 (level with « Articles récents »), a bold field
    label and its paragraph, « Modalités de mise en oeuvre » at 134 (level with « Archives »)
    over a steps table's bold header and its rows, then fields down to the page's foot.
    ``labels_over_values``: each heading level with a widget title right over a plain line."""
    out = [_line(54.0, (42, 300, "FICHE 2.1.1 Rénover les écoles"), bold=True)]
    if labels_over_values:
        out.append(_line(64.0, (42, 480, "Une phrase d'introduction de la fiche")))
    else:
        out.append(_line(64.0, (42, 90, "Contexte"), bold=True))
    out += [
        _line(74.0 + 10 * k, (42, 500 - 20 * (k % 2), f"Le contexte, ligne {k}")) for k in range(6)
    ]
    out.append(_line(134.0, (42, 200, "Modalités de mise en oeuvre"), bold=True))
    if labels_over_values:
        out.append(_line(144.0, (42, 480, "Les étapes sont menées dans l'ordre")))
    else:
        out.append(
            _line(
                144.0, (42, 80, "Etape"), (120, 200, "Descriptif"), (300, 380, "Porteur"), bold=True
            )
        )
    for k in range(6):
        out.append(
            _line(
                154.0 + 10 * k,
                (42, 90, f"Étape {k}"),
                (120, 260, "Une description"),
                (300, 380, "Service"),
            )
        )
    out.append(_line(224.0, (42, 200, "Objectifs et résultats attendus"), bold=True))
    out += [_line(234.0 + 10 * k, (42, 480, f"Un objectif, ligne {k}")) for k in range(10)]
    return out


def _page(labels_over_values: bool = False) -> list[Line]:
    return sorted([*_main(labels_over_values), *_widgets()], key=lambda ln: ln.top)


def test_widget_titles_level_with_headings_make_a_side_column() -> None:
    split = gutter_columns(_page())
    assert split is not None and split.panel_left is False
    assert 500.0 < split.gutter < 620.0
    assert split.top <= 54.0  # from the page's title line, level with the first widget
    assert 190.0 < split.bottom < 230.0  # the band ends with the widgets' last link (202)


def test_headings_over_plain_lines_level_with_widget_titles_are_cards() -> None:
    # the same headings, each right over a plain line at its left edge: labels over values
    # level with the side column's labels, as cards side by side — no side column
    assert gutter_columns(_page(labels_over_values=True)) is None


def test_label_tops_are_bold_segments_over_plain_ones_at_their_edge() -> None:
    parts = [
        _line(54.0, (42, 300, "FICHE 2.1.1"), bold=True),  # over bold text: a heading
        _line(64.0, (42, 90, "Contexte"), bold=True),  # over its value: a label
        _line(74.0, (42, 480, "Le contexte")),
        _line(84.0, (42, 80, "Etape"), (120, 200, "Descriptif"), bold=True),  # a header
        _line(94.0, (42, 90, "Étape 1"), (120, 260, "Une description")),
        _line(104.0, (42, 90, "Porteur"), bold=True),  # its value far below: no label
        _line(140.0, (42, 90, "Service")),
        _line(150.0, (42, 90, "Budget"), bold=True),  # its value set elsewhere: no label
        _line(160.0, (200, 260, "1 500 €")),
        _line(180.0, (42, 90, "Porteur"), bold=True),  # a card's label over its value...
        _line(184.0, (300, 400, "une autre carte")),  # ... a line of the next card between
        _line(190.0, (42, 90, "Service")),
    ]
    assert _label_tops(parts) == [64.0, 84.0, 180.0]
