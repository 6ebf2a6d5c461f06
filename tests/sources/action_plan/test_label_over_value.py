"""Steps written as LABELS OVER THEIR VALUES (a web page's cards: « Etape » over the step's
name, « Descriptif » over the description, label-over-value pairs side by side), and such
cards laid out SIDE BY SIDE (a CSS grid) read card by card (sources.action_plan.stacked).
Lines are built by hand; each rule has a case that must NOT be read so."""

from __future__ import annotations

from sources.action_plan.parser import _Parser
from sources.action_plan.sheets import _Sheet
from sources.action_plan.stacked import StackedSteps, _over_run, cards_in_order, label_group
from sources.pdf.content import Line, TableBlock, TableRow
from tests.sources.pdf.hand_lines import hand_line

LEFT, RIGHT = 48.0, 309.0  # the two card columns' left edges
PAIR = 122.0  # the second pair column, from the card's left edge
STEPS_HEADING = hand_line(20.0, (43, 196, "Modalités de mise en oeuvre"), size=10.5)


def _at(top: float, x: float, text: str, *, size: float = 8.5, bold: bool = False) -> Line:
    """One text alone on its line at ``x`` (4 pt a letter)."""
    return hand_line(top, (x, x + 4 * len(text), text), size=size, bold=bold)


def _two(top: float, x: float, a: str, b: str, *, bold: bool = False) -> Line:
    """Two texts side by side: at the card's edge and at its second pair column (``b``
    empty: nothing there)."""
    words = [(x, x + 4 * len(a), a)] if a else []
    if b:
        words.append((x + PAIR, x + PAIR + 4 * len(b), b))
    return hand_line(top, *words, size=8.5, bold=bold)


def _card(
    top: float,
    x: float,
    name: list[str],
    description: list[str],
    cells: tuple[str, str, str, list[str]],
) -> list[Line]:
    """A card: the « Etape » kicker over the name's lines, « Descriptif » over the
    description's lines, then Planification | Ressources and Porteur | Partenaires pairs
    (planning, budget, owner on one line each; partners on several)."""
    planning, budget, owner, partners = cells
    lines = [_at(top, x, "Etape", size=7.0)]
    y = top + 9
    for text in name:
        lines.append(_at(y, x, text, size=9.0, bold=True))
        y += 11
    lines.append(_at(y, x, "Descriptif", bold=True))
    y += 10.5
    for text in description:
        lines.append(_at(y, x, text))
        y += 10.5
    lines.append(_two(y, x, "Planification", "Ressources à mobiliser", bold=True))
    lines.append(_two(y + 10, x, planning, budget))
    lines.append(_two(y + 24, x, "Porteur", "Partenaires envisagés", bold=True))
    y += 34
    for i, partner in enumerate(partners or [""]):
        lines.append(_two(y, x, owner if i == 0 else "", partner))
        y += 10.5
    return [ln for ln in lines if ln.segments]


FIRST = _card(
    40.0,
    LEFT,
    ["Lancer une phase test d'un", "projet d'Economie Circulaire"],
    ["Les actions à développer sont", "les suivantes :"],
    ("2019", "18000 (financé)", "GACdG", ["Chambre du Commerce et de", "l'Industrie du Gers"]),
)
SECOND = _card(
    40.0,
    RIGHT,
    ["Définir une stratégie"],
    ["Sur la base du potentiel"],
    ("2019", "interne", "GACdG", []),
)
THIRD = _card(
    200.0,
    LEFT,
    ["Créer un réseau"],
    ["Les participations"],
    ("2020 et +", "10000", "GACdG", ["Chambres consulaires"]),
)
FIRST_CELLS = {
    "step": "Lancer une phase test d'un projet d'Economie Circulaire",
    "description": "Les actions à développer sont les suivantes :",
    "planning": "2019",
    "budget": "18000 (financé)",
    "owner": "GACdG",
    "partners": "Chambre du Commerce et de l'Industrie du Gers",
}


def _rows(lines: list[Line], *, under_steps: bool = True) -> list[dict[str, str | None]]:
    reader = StackedSteps()
    reader.under_steps = under_steps
    left, blocks = reader(lines, 1)
    assert not left
    assert all(b.whole_rows for b in blocks)
    return [r.cells for b in blocks for r in b.rows]


def test_label_groups() -> None:
    """A line of steps column labels alone, each once; never a label beside its value, a
    sentence, nor a sheet heading."""
    assert label_group(_two(0, LEFT, "Planification", "Ressources à mobiliser")) == [
        ("planning", LEFT),
        ("budget", LEFT + PAIR),
    ]
    assert label_group(_at(0, LEFT, "Descriptif :")) == [("description", LEFT)]
    assert label_group(_two(0, LEFT, "Porteur", "GACdG")) is None  # a label and its value
    assert label_group(_two(0, LEFT, "Etape", "Etape")) is None  # two cards' labels
    assert label_group(_at(0, LEFT, "Actions menées par la collectivité.")) is None
    assert label_group(STEPS_HEADING) is None


def test_one_card_of_labels_over_values() -> None:
    """Each label's values are the lines under it; two pairs side by side are two columns
    (a value wrapped in the right one stays in it); the step's name and description wrap."""
    assert _rows([*FIRST]) == [FIRST_CELLS]


def test_a_line_box_stretched_into_the_next_line_does_not_end_the_card() -> None:
    """A scan's line box stretched 8 pt down (words of the card beside read on its OCR line)
    reaches over the next line's top: the next line, its top 10.5 pt lower, still goes on
    the card. A line above the one before (the next card beside) still ends it."""
    from dataclasses import replace

    stretched = list(FIRST)
    i = next(i for i, ln in enumerate(stretched) if ln.text == "Les actions à développer sont")
    stretched[i] = replace(stretched[i], bottom=stretched[i].bottom + 8.0)
    assert stretched[i].bottom - stretched[i + 1].top > 0.5 * stretched[i + 1].size
    assert _rows(stretched) == [FIRST_CELLS]
    over = _over_run([*stretched, *SECOND], 0, True)  # the card beside, from the row's top
    assert over is not None and over[0] == len(FIRST) and len(over[1]) == 1


def test_cards_in_one_column_are_one_record_each() -> None:
    """The step label coming again starts the next record; an empty value (no partner)
    leaves its label with nothing under it."""
    third = _card(
        FIRST[-1].bottom + 12,  # the next card right under the first one
        LEFT,
        ["Créer un réseau"],
        ["Les participations"],
        ("2020 et +", "10000", "GACdG", ["Chambres consulaires"]),
    )
    rows = _rows([*FIRST, *third])
    assert [r["step"] for r in rows] == [FIRST_CELLS["step"], "Créer un réseau"]
    assert rows[1]["partners"] == "Chambres consulaires"
    second = _rows([*SECOND])
    assert second[0]["partners"] == "" and second[0]["budget"] == "interne"


def test_a_step_name_reading_as_a_label_is_the_value() -> None:
    """Under « Etape » with nothing read yet, a line that is itself a step label (« Actions
    de sensibilisation ») is the step's name, not a second label."""
    card = _card(
        40.0, LEFT, ["Actions de sensibilisation"], ["Des ateliers"], ("2020", "", "GACdG", [])
    )
    assert _rows(card)[0]["step"] == "Actions de sensibilisation"


def test_values_side_by_side_closer_than_a_segment_gap_are_cut_at_the_labels() -> None:
    """« GACdG : Service prévention et » and « Trigone » in one segment (set closer than a
    segment gap): the words starting under the right label are its value."""
    card = _card(40.0, LEFT, ["Porter un programme"], ["A destination"], ("2020", "", "X", []))
    close = hand_line(
        card[-1].top,
        (LEFT, LEFT + 118, "GACdG : Service prévention et"),
        (LEFT + PAIR - 2, LEFT + PAIR + 28, "Trigone"),
        size=8.5,
        bold=False,
    )
    assert len(close.segments) == 1  # the words 2 pt apart: one segment
    rows = _rows([*card[:-1], close])
    assert rows[0]["owner"] == "GACdG : Service prévention et"
    assert rows[0]["partners"] == "Trigone"


def test_fields_over_values_are_no_steps() -> None:
    """A sheet's fields written labels over values with no step label (Description,
    Calendrier, Budget, Porteur, Partenaires) are no steps record; nor one record of them
    outside the steps heading."""
    fields = [
        _at(40, LEFT, "Description"),
        _at(50, LEFT, "Une action de sensibilisation"),
        _two(62, LEFT, "Calendrier", "Budget"),
        _two(72, LEFT, "2020", "5000"),
        _two(86, LEFT, "Porteur", "Partenaires"),
        _two(96, LEFT, "GACdG", "CCI"),
    ]
    assert _over_run(fields, 0, True) is None
    reader = StackedSteps()
    reader.under_steps = True
    left, blocks = reader(fields, 1)
    assert not blocks and len(left) == len(fields)
    assert _over_run(FIRST, 0, False) is None  # one record, no steps heading above
    next_card = _card(FIRST[-1].bottom + 12, LEFT, ["Créer"], ["Les"], ("2020", "", "X", []))
    assert _over_run(FIRST + next_card, 0, False) is not None  # two records: steps


def test_label_beside_value_records_are_left_to_the_stacked_reader() -> None:
    """« Etape » alone (an empty name) over « label | value » lines is no card: those lines
    are the stacked records' own, read as before."""
    label, value = LEFT, LEFT + PAIR

    def pair(top: float, a: str, b: str) -> Line:
        return hand_line(top, (label, label + 4 * len(a), a), (value, value + 60, b), size=8.5)

    records = [
        _at(40, LEFT, "Etape"),
        pair(52, "Descriptif", "Les actions"),
        pair(64, "Planification", "2019"),
        pair(76, "Ressources", "18000"),
        pair(88, "Porteur", "GACdG"),
        pair(100, "Partenaires", "CCI"),
    ]
    assert _over_run(records, 0, True) is None


def test_cards_side_by_side_are_read_card_by_card() -> None:
    """Two cards per row (their lines merged across the columns: « Etape  Etape »), then a
    third alone: read first, second, third; a heading across the page ends the grid."""
    merged: dict[float, list[Line]] = {}
    for line in FIRST + SECOND:
        merged.setdefault(line.top, []).append(line)
    page = [STEPS_HEADING]
    for top in sorted(merged):
        words = [w for ln in merged[top] for s in ln.segments for w in s.words]
        page.append(hand_line(top, *sorted(words), size=merged[top][0].size, bold=False))
    after = hand_line(THIRD[-1].bottom + 30, (43, 400, "FICHE 1.1.2 Etendre l'expérimentation"))
    page += [*THIRD, after]
    ordered = cards_in_order(page)
    assert ordered[0] is STEPS_HEADING and ordered[-1] is after
    texts = [ln.text for ln in ordered[1:-1]]
    assert texts[: len(FIRST)] == [ln.text for ln in FIRST]
    assert texts[len(FIRST) : len(FIRST) + len(SECOND)] == [ln.text for ln in SECOND]
    assert texts[len(FIRST) + len(SECOND) :] == [ln.text for ln in THIRD]
    rows = _rows(page[1:-1])
    assert [r["step"] for r in rows] == [
        FIRST_CELLS["step"],
        "Définir une stratégie",
        "Créer un réseau",
    ]
    assert rows[0] == FIRST_CELLS


def test_no_card_grid_without_step_labels_side_by_side() -> None:
    """One column of cards, or step labels side by side too close to be columns (a label
    row of a table), leave the lines as they are."""
    column = [STEPS_HEADING, *FIRST, *THIRD]
    assert cards_in_order(column) == column
    close = [
        hand_line(40, (LEFT, LEFT + 20, "Etape"), (LEFT + 40, LEFT + 60, "Etape")),
        _at(52, LEFT, "Une ligne de texte qui court sur toute la largeur de la page"),
    ]
    assert cards_in_order(close) == close


def _sheet_rows(blocks: list[TableBlock]) -> list[dict[str, str | None]]:
    """The rows a sheet keeps from ``blocks`` read one after the other, nothing between."""
    parser = _Parser("plan.pdf", "0" * 64)
    parser.sheet = _Sheet("1.1.1", 1, "Fiche", None, None, None)
    for block in blocks:
        parser.table(block)
    return [r.cells for r in parser.sheet.rows]


def test_cards_are_whole_records_never_joined_as_a_row_cut_by_a_page() -> None:
    """A card lacking the planning the card before holds is a record of its own (its
    block's rows are whole records); the same row in an ordinary table read right after
    another is taken for the bottom of a row cut by a page break, as before."""
    first = {"step": "Lancer", "planning": "2019", "budget": "5000", "owner": "GACdG"}
    second = {"step": "Définir", "planning": "", "budget": "", "owner": "GACdG"}

    def block(cells: dict[str, str | None], *, whole: bool) -> TableBlock:
        keys = list(cells)
        return TableBlock(
            1, 100.0, 100.0, keys, False, [TableRow(1, 100.0, cells)], whole_rows=whole
        )

    assert len(_sheet_rows([block(first, whole=True), block(second, whole=True)])) == 2
    assert len(_sheet_rows([block(first, whole=False), block(second, whole=False)])) == 1


def test_a_stepless_spanning_rest_joins_the_record_cut_by_the_page_break() -> None:
    """A two-row record's description cut by a page break (the spanning cell's rest read as
    a row with no step at the top of the next page) goes on the step above."""
    keys = ["step", "planning", "budget", "owner", "partners"]
    top = dict(zip(keys, ["Créer un réseau", "2020", "10000", "GACdG", "CCI"], strict=True))
    top["description"] = "Les participations étant variables au sein"
    rest = {**dict.fromkeys(keys, ""), "description": "duquel les contributeurs"}
    page1 = TableBlock(1, 500.0, 780.0, keys, True, [TableRow(1, 600.0, top)], rows_ruled=True)
    page2 = TableBlock(2, 56.0, 240.0, keys, True, [TableRow(2, 90.0, rest)], rows_ruled=True)
    (row,) = _sheet_rows([page1, page2])
    assert (
        row["description"] == "Les participations étant variables au sein duquel les contributeurs"
    )


def test_a_value_naming_a_column_under_a_pair_is_a_value() -> None:
    """An owner « Responsable environnement » (a word naming the owner column) beside the
    partners' value, each under its label: values, not a « label | value » line."""
    card = _card(
        40.0,
        LEFT,
        ["Former"],
        ["Des sessions"],
        ("2021", "interne", "Responsable environnement", ["CCI"]),
    )
    rows = _rows(card)
    assert rows[0]["owner"] == "Responsable environnement" and rows[0]["partners"] == "CCI"
