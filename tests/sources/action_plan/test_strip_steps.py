"""Steps as boxes closed by a META STRIP (sources.action_plan.stacked, step_list): a kicker
« Étape k » over the step's name, its description paragraphs with no label, then a strip of
labels over their values set in from the box's edge (« Planification | Ressources à
mobiliser | Porteur | Partenaires envisagés » over « 2019 | 18000 | GACdG | CCI »). Also: such
a strip cut in two by text-column order put back together, and a period under its
« Planification » label opening no timeline item. Lines are built by hand; each rule has a
case that must NOT be read so."""

from __future__ import annotations

from sources.action_plan.stacked import (
    StackedSteps,
    _name_then_description,
    _over_run,
    _Row,
    strips_in_order,
)
from sources.action_plan.step_list import ListedSteps, _period_start, _under_labels
from sources.pdf.content import Line
from tests.sources.pdf.hand_lines import hand_line

EDGE = 52.0  # the boxes' text edge
STRIP = 57.7  # the strip's first column, set in by its fill's padding
COLS = (STRIP, 181.0, 305.0, 428.0)
LABELS = ("Planification", "Ressources à mobiliser", "Porteur", "Partenaires envisagés")


def _at(top: float, x: float, text: str, *, size: float = 8.5, bold: bool = False) -> Line:
    """One text alone on its line at ``x`` (4 pt a letter)."""
    return hand_line(top, (x, x + 4 * len(text), text), size=size, bold=bold)


def _row(top: float, texts: tuple[str, ...], xs: tuple[float, ...], **kw) -> Line:
    """Texts side by side, each at its column's edge (an empty text: nothing there)."""
    words = [(x, x + 4 * len(t), t) for x, t in zip(xs, texts, strict=True) if t]
    return hand_line(top, *words, **kw)


def _box(
    top: float,
    number: int,
    name: str,
    description: list[str],
    values: tuple[str, str, str, str],
    *,
    strip_x: tuple[float, ...] = COLS,
    name_bold: bool = True,
    name_size: float = 10.0,
) -> list[Line]:
    """A step box: kicker, name, description lines, strip labels over their values."""
    lines = [_at(top, EDGE, f"Étape {number}", size=7.5, bold=True)]
    lines.append(_at(top + 9.3, EDGE, name, size=name_size, bold=name_bold))
    y = top + 23.2
    for text in description:
        lines.append(_at(y, EDGE, text))
        y += 10.5
    y += 2
    lines.append(_row(y, LABELS, strip_x, size=7.5, bold=True))
    lines.append(_row(y + 9.7, values, strip_x, size=8.5, bold=False))
    return lines


FIRST = _box(
    52.8,
    1,
    "Lancer une phase test",
    ["Les actions à développer sont", "les suivantes."],
    ("2019", "18000 (financé)", "GACdG", "Chambre du Commerce"),
)
SECOND = _box(
    235.0,
    2,
    "Définir une stratégie",
    ["Sur la base du potentiel."],
    ("2020", "interne", "GACdG", ""),
)


def _rows(lines: list[Line]) -> list[dict[str, str | None]]:
    reader = StackedSteps()
    reader.under_steps = True
    left, blocks = reader(lines, 1)
    assert not left
    assert all(b.whole_rows for b in blocks)
    return [r.cells for b in blocks for r in b.rows]


def test_boxes_with_a_meta_strip_are_steps() -> None:
    rows = _rows(FIRST + SECOND)
    assert rows == [
        {
            "step": "Lancer une phase test",
            "description": "Les actions à développer sont les suivantes.",
            "planning": "2019",
            "budget": "18000 (financé)",
            "owner": "GACdG",
            "partners": "Chambre du Commerce",
        },
        {
            "step": "Définir une stratégie",
            "description": "Sur la base du potentiel.",
            "planning": "2020",
            "budget": "interne",
            "owner": "GACdG",
            "partners": "",  # an empty value leaves its label alone
        },
    ]


def test_a_wrapped_value_goes_to_its_column() -> None:
    box = FIRST + [_at(FIRST[-1].top + 10.5, COLS[3], "et de l'Industrie du Gers")]
    assert _rows(box)[0]["partners"] == "Chambre du Commerce et de l'Industrie du Gers"


def test_a_strip_set_in_too_far_or_naming_a_step_closes_no_box() -> None:
    far = _box(52.8, 1, "Nom", ["Texte."], ("2019", "1", "A", "B"), strip_x=(95.0, 181, 305, 428))
    assert _over_run(far, 0, True) is None  # 43 pt in: another block, not the box's strip
    with_step = FIRST[:-2] + [
        _row(FIRST[-2].top, ("Etape", *LABELS[:3]), COLS, size=7.5, bold=True),
        FIRST[-1],
    ]
    assert _over_run(with_step, 0, True) is None  # a step label in it: no strip of this box
    bare = FIRST[:-2]  # no strip at all: a kicker over text is no steps table
    assert _over_run(bare, 0, True) is None


def test_name_and_description_told_by_their_faces() -> None:
    plain = _box(
        52.8, 1, "Nom en clair", ["Texte."], ("2019", "1", "A", "B"), name_bold=False, name_size=8.5
    )
    cells = _rows(plain)[0]
    assert cells["step"] == "Nom en clair Texte."  # one face: no cut, nothing invented
    assert "description" not in cells
    smaller = _box(52.8, 1, "Nom", ["Texte."], ("2019", "1", "A", "B"), name_bold=False)
    smaller[1] = _at(smaller[1].top, EDGE, "Nom", size=11.0)
    assert _rows(smaller)[0]["description"] == "Texte."  # a larger name: cut all the same
    row = _Row(1, 0.0, {"step": [("A", 0, 1, 10), ("b", 0, 1, 8.5), ("C", 0, 1, 8.5)]})
    _name_then_description(row, [(True, 10.0), (False, 8.5), (True, 8.5)])
    assert "description" not in row.cells  # bold again after plain text: no clean cut
    row = _Row(1, 0.0, {"step": [("A", 0, 1, 10), ("b", 0, 1, 8.5)], "description": []})
    _name_then_description(row, [(True, 10.0), (False, 8.5)])
    assert len(row.cells["step"]) == 2  # a « Descriptif » label of its own: left alone


def _cut_strip(top: float, values: tuple[str, str, str, str]) -> list[Line]:
    """A strip in text-column order: its left half and values, then its right half."""
    return [
        _row(top, LABELS[:2], COLS[:2], size=7.5, bold=True),
        _row(top + 9.7, values[:2], COLS[:2], size=8.5, bold=False),
        _row(top, LABELS[2:], COLS[2:], size=7.5, bold=True),
        _row(top + 9.7, values[2:], COLS[2:], size=8.5, bold=False),
        _at(top + 20.2, COLS[2], "publique"),
    ]


def test_a_strip_cut_by_text_columns_is_put_back() -> None:
    lines = FIRST[:-2] + _cut_strip(FIRST[-2].top, ("2019", "18000", "Service", "CCI"))
    out = strips_in_order(lines)
    assert [s.text for s in out[-3].segments] == list(LABELS)
    assert [s.text for s in out[-2].segments] == ["2019", "18000", "Service", "CCI"]
    assert out[-1].text == "publique"
    cells = _rows(lines)[0]
    assert (cells["owner"], cells["partners"]) == ("Service publique", "CCI")


def test_halves_not_of_one_strip_stay_apart() -> None:
    same = [
        _row(100.0, LABELS[:2], COLS[:2], size=7.5, bold=True),
        _row(109.7, ("2019", "1"), COLS[:2], size=8.5, bold=False),
        _row(100.0, LABELS[:2], COLS[2:], size=7.5, bold=True),  # the same columns: two cards
        _row(109.7, ("2020", "2"), COLS[2:], size=8.5, bold=False),
    ]
    assert strips_in_order(same) == same
    higher = _cut_strip(100.0, ("2019", "1", "A", "B"))
    higher[2] = _row(80.0, LABELS[2:], COLS[2:], size=7.5, bold=True)  # another height
    assert strips_in_order(higher) == higher
    at_card = [_at(60.0, COLS[2], "Etape", size=7.5), *_cut_strip(100.0, ("1", "2", "3", "4"))]
    assert strips_in_order(at_card) == at_card  # the right half at a card's edge: a card


def test_a_period_under_its_label_opens_no_timeline() -> None:
    labels = _row(100.0, LABELS, COLS, size=7.5, bold=True)
    values = _row(109.7, ("2020", "5 000", "GACdG", "CCI"), COLS, size=8.5, bold=False)
    assert _period_start(values) is not None  # alone it would read as a timeline item
    assert _under_labels(labels, values)
    text = _at(98.0, EDGE, "Une phrase de description.")
    assert not _under_labels(text, values)  # no labels above: a timeline item may start
    far = _row(140.0, ("2020", "5 000", "GACdG", "CCI"), COLS, size=8.5, bold=False)
    assert not _under_labels(labels, far)  # not right under the labels
    shifted = _row(109.7, ("2020", "5 000"), (120.0, 200.0), size=8.5, bold=False)
    assert not _under_labels(labels, shifted)  # not at a label's edge


def test_a_strip_at_the_page_bottom_stays_on_its_page() -> None:
    """Under the steps heading, the strip's values (« 2020 | 5 000 | … ») are no timeline
    item held for the next page: every line of the page is given back to be read."""
    heading = hand_line(20.0, (43, 196, "Modalités de mise en oeuvre"), size=10.5)
    lines = [heading, *FIRST]
    listed = ListedSteps()
    left, blocks = listed(lines, 1)
    assert not blocks
    assert left == lines
    assert listed.open is None
    timeline = [heading, _row(40.0, ("2020", "Lancer une phase test"), (EDGE, 120.0), bold=False)]
    listed = ListedSteps()
    left, _ = listed(timeline, 1)
    assert listed.open is not None  # no labels above: a timeline item, kept for the next page
