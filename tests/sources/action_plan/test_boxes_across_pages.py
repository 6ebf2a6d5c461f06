"""A step BOX (kicker « Étape k » over the step's name, its description, then a strip of
labels over their values) CUT BY A PAGE BREAK (sources.action_plan.stacked): the description,
the strip or the strip's values go on at the top of the next page, under a running header.
Drawn end to end with reportlab (two pages, a running header and a page footer on each);
negative cases: a box whose strip never comes, a complete box at the page foot."""

from __future__ import annotations

import io

from sources.action_plan import parse_action_plan
from sources.action_plan.stacked import StackedSteps
from tests.sources.action_plan.running_pages import RunningPages
from tests.sources.pdf.hand_lines import hand_line

HEIGHT = 842.0
EDGE = 52.0
COLS = (57.7, 181.0, 305.0, 428.0)
LABELS = ("Planification", "Ressources à mobiliser", "Porteur", "Partenaires envisagés")
PALE = (0.93, 0.95, 0.97)

Box = tuple[int, str, list[str], tuple[str, str, str, str]]
BOXES: list[Box] = [
    (
        1,
        "Lancer une phase test",
        ["Les actions à développer sont les suivantes : un audit", "des entreprises volontaires."],
        ("2019", "18000", "GACdG", "Chambre du Commerce"),
    ),
    (
        2,
        "Définir une stratégie",
        [
            "Sur la base du potentiel identifié, la collectivité",
            "détermine son engagement et les moyens qu'elle",
            "consacre à la démarche auprès des entreprises",
            "du territoire et de leurs représentants.",
        ],
        ("2020", "interne", "GACdG", "CCI du Gers"),
    ),
    (
        3,
        "Suivre la démarche",
        ["Un bilan annuel des actions menées."],
        ("2021", "5000", "Service commande publique", "ADEME"),
    ),
]


def _kicker_and_text(page: RunningPages, top: float, box: Box, lines: list[str]) -> float:
    number, name, _, _ = box
    page.text(EDGE, top, f"Étape {number}", bold=True, size=7.5)
    page.text(EDGE, top + 9.3, name, bold=True, size=10.0)
    return _description(page, top + 23.2, lines)


def _description(page: RunningPages, top: float, lines: list[str]) -> float:
    for line in lines:
        page.text(EDGE, top, line)
        top += 10.5
    return top


def _strip_labels(page: RunningPages, top: float) -> float:
    page.c.setFillColorRGB(*PALE)
    page.c.rect(EDGE, HEIGHT - top - 22.0, 480, 24.0, stroke=0, fill=1)
    page.c.setFillColorRGB(0, 0, 0)
    for x, label in zip(COLS, LABELS, strict=True):
        page.text(x, top, label, bold=True, size=7.5)
    return top + 9.7


def _strip_values(page: RunningPages, top: float, values: tuple[str, ...]) -> float:
    for x, value in zip(COLS, values, strict=True):
        if value:
            page.text(x, top, value)
    return top + 10.5


def _box(page: RunningPages, top: float, box: Box) -> float:
    y = _kicker_and_text(page, top, box, box[2]) + 2.0
    y = _strip_values(page, _strip_labels(page, y), box[3])
    return y + 20.0


def _plan(cut: str, *, strip: bool = True) -> bytes:
    """Fiche 1.1.1, its context, the steps heading and three step boxes; the second box is
    cut by the page break: ``cut`` « description » (two description lines on each page),
    « strip » (the whole strip on the next page) or « values » (the strip's labels at the
    page foot, their values on the next page). ``strip=False``: the cut box has no strip."""
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = RunningPages(canvas.Canvas(buffer, pagesize=(595.0, HEIGHT)), EDGE)
    page.start()
    page.text(EDGE, 70.0, "FICHE 1.1.1 Objectif opérationnel : Accompagner les entreprises")
    page.text(EDGE, 100.0, "Contexte", bold=True, size=10.0)
    y = _description(page, 115.0, [f"Une opération test, paragraphe {n}." for n in range(1, 48)])
    page.text(EDGE, y + 10.0, "Modalités de mise en oeuvre", bold=True, size=10.5)
    y = _box(page, y + 32.0, BOXES[0])
    second = BOXES[1]
    head = second[2][:2] if cut == "description" else second[2]
    y = _kicker_and_text(page, y, second, head)
    if cut == "values" and strip:
        _strip_labels(page, y + 2.0)
    page.end()
    page.start()
    y = 60.0
    if cut == "description":
        y = _description(page, y, second[2][2:])
    if strip:
        if cut != "values":
            y = _strip_labels(page, y + 2.0)
        y = _strip_values(page, y, second[3])
    y = _box(page, y + 20.0, BOXES[2])
    page.text(EDGE, y + 10.0, "Indicateurs de suivi", bold=True, size=10.0)
    page.text(EDGE, y + 25.0, "Nombre d'entreprises engagées")
    page.end()
    page.c.save()
    return buffer.getvalue()


def _steps(data: bytes) -> list[tuple[int, str, str | None, str | None, str | None, str | None]]:
    doc = parse_action_plan(data, "plans/boites.pdf", "0" * 64)
    assert [a.action_code for a in doc.actions] == ["1.1.1"]
    return [
        (s.page, s.step, s.description, s.planning_label, s.owner, ", ".join(s.partners))
        for s in doc.steps
    ]


def _expected(second_description: str) -> list[tuple]:
    return [
        (
            1,
            "Lancer une phase test",
            "Les actions à développer sont les suivantes : un audit des entreprises volontaires.",
            "2019",
            "GACdG",
            "Chambre du Commerce",
        ),
        (1, "Définir une stratégie", second_description, "2020", "GACdG", "CCI du Gers"),
        (
            2,
            "Suivre la démarche",
            "Un bilan annuel des actions menées.",
            "2021",
            "Service commande publique",
            "ADEME",
        ),
    ]


WHOLE = (
    "Sur la base du potentiel identifié, la collectivité détermine son engagement et les "
    "moyens qu'elle consacre à la démarche auprès des entreprises du territoire et de leurs "
    "représentants."
)


def test_a_box_whose_description_goes_on_over_the_page_break() -> None:
    assert _steps(_plan("description")) == _expected(WHOLE)


def test_a_box_whose_strip_is_on_the_next_page() -> None:
    assert _steps(_plan("strip")) == _expected(WHOLE)


def test_a_box_whose_strip_values_are_on_the_next_page() -> None:
    assert _steps(_plan("values")) == _expected(WHOLE)


def test_the_fields_after_the_boxes_are_still_read() -> None:
    doc = parse_action_plan(_plan("description"), "plans/boites.pdf", "0" * 64)
    assert doc.actions[0].indicators == ["Nombre d'entreprises engagées"]
    assert doc.actions[0].context.startswith("Une opération test, paragraphe 1.")


def _at(top: float, x: float, text: str, *, size: float = 8.5, bold: bool = False):
    line = hand_line(top, (x, x + 4 * len(text), text), size=size, bold=bold)
    return line


def test_a_box_cut_without_its_strip_is_given_back() -> None:
    """A kicker and text at the page foot whose next page holds no strip (plain text under
    it): no record is invented, every held line comes back in order on the next page."""
    reader = StackedSteps()
    reader.under_steps = True
    page1 = [
        _at(700.0, EDGE, "Étape 2", size=7.5, bold=True),
        _at(709.3, EDGE, "Définir une stratégie", size=10.0, bold=True),
        _at(723.2, EDGE, "Sur la base du potentiel."),
    ]
    left, blocks = reader(page1, 1, HEIGHT)
    assert (left, blocks) == ([], [])  # held: its strip may come on the next page
    page2 = [_at(60.0, EDGE, "Une remarque de fin de fiche."), _at(71.0, EDGE, "Sans bandeau.")]
    for line in page2:
        line.page = 2
    left, blocks = reader(page2, 2, HEIGHT)
    assert blocks == []
    assert [ln.text for ln in left] == [ln.text for ln in page1 + page2]
    assert reader.flush() == []


def test_a_held_box_not_followed_by_a_next_page_comes_back_at_the_flush() -> None:
    reader = StackedSteps()
    reader.under_steps = True
    page1 = [
        _at(700.0, EDGE, "Étape 2", size=7.5, bold=True),
        _at(709.3, EDGE, "Définir une stratégie", size=10.0, bold=True),
    ]
    reader(page1, 1, HEIGHT)
    assert [ln.text for ln in reader.flush_lines()] == ["Étape 2", "Définir une stratégie"]


def test_a_complete_box_at_the_page_foot_is_read_on_its_page() -> None:
    reader = StackedSteps()
    reader.under_steps = True
    lines = [
        _at(700.0, EDGE, "Étape 2", size=7.5, bold=True),
        _at(709.3, EDGE, "Définir une stratégie", size=10.0, bold=True),
        _at(723.2, EDGE, "Sur la base du potentiel."),
        hand_line(735.7, *[(x, x + 40, t) for x, t in zip(COLS, LABELS, strict=True)], size=7.5),
        hand_line(
            745.4,
            *[(x, x + 20, t) for x, t in zip(COLS, ("2020", "1", "A", "B"), strict=True)],
            size=8.5,
            bold=False,
        ),
    ]
    left, blocks = reader(lines, 1, HEIGHT)
    assert left == []
    assert [r.cells["planning"] for b in blocks for r in b.rows] == ["2020"]


def test_an_unfinished_box_above_the_page_foot_is_not_held() -> None:
    """Text ending well above the page's foot was not cut by the page break: a kicker over
    text there (headed paragraphs, « Phase 1 : concertation ») is given back on its page."""
    reader = StackedSteps()
    reader.under_steps = True
    lines = [
        _at(300.0, EDGE, "Étape 2", size=7.5, bold=True),
        _at(309.3, EDGE, "Définir une stratégie", size=10.0, bold=True),
        _at(323.2, EDGE, "Sur la base du potentiel."),
    ]
    left, blocks = reader(lines, 1, HEIGHT)
    assert (left, blocks) == (lines, [])
    assert reader.flush_lines() == []
