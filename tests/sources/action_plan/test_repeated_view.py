"""Steps printed twice (sources.action_plan.repeated_view): a steps table, then right under
it every step again as a card (its name, then « Label : value » lines), as a responsive web
page prints both its views. The cards are set aside (the table read once, an information
issue naming the pages); a numbered list in a card's description is never read as steps.
Negative: cards saying something the table does not (a word of their own) are kept, read as
before. Drawn with reportlab."""

from __future__ import annotations

from sources.action_plan import parse_action_plan
from sources.action_plan.repeated_view import RepeatedViews
from sources.pdf.content import Line, Segment, TableBlock, TableRow
from tests.sources.pdf.hand_pages import HandPages

ROWS = (
    ("Lancer un test", "1) Auditer vingt entreprises", "2019", "18000", "GACdG", "CCI"),
    ("Définir", "Choisir les filières", "2020", "interne", "GACdG", "ADEME"),
)


def _plan(extra: str = "") -> bytes:
    pages = HandPages()
    pages.fiche_head()
    top = pages.steps_table(150.0, ROWS) + 14.0
    for step, description, planning, budget, owner, partners in ROWS:
        pages.text(60.0, top, step, bold=True, size=8.0)
        for label, value in (
            ("Descriptif", description + extra),
            ("Planification", planning),
            ("Ressources à mobiliser", budget),
            ("Porteur", owner),
            ("Partenaires envisagés", partners),
        ):
            top += 10.0
            pages.text(60.0, top, f"{label} : {value}", size=8.0)
        top += 16.0
    pages.text(57.0, top + 10.0, "FICHE 1.1.2", bold=True, size=12.0)
    pages.text(57.0, top + 30.0, "Objectif opérationnel : Etendre", bold=True, size=12.0)
    pages.c.showPage()
    return pages.save()


def test_the_cards_repeating_the_table_are_set_aside() -> None:
    doc = parse_action_plan(_plan(), "plans/deux_vues.pdf", "0" * 64)
    steps = [(s.step, s.description, s.planning_label, s.budget_label, s.owner) for s in doc.steps]
    assert steps == [row[:5] for row in ROWS]
    [issue] = [i for i in doc.issues if "seconde fois" in i.message]
    assert issue.severity == "info" and issue.page == 1
    assert "12 lignes ignorées (page 1)" in issue.message


def _lines(texts: list[str]) -> list[Line]:
    return [
        Line(
            1,
            300.0 + 10 * k,
            308.0 + 10 * k,
            60.0,
            300.0,
            8.0,
            False,
            [Segment(60.0, 300.0, t, False)],
        )
        for k, t in enumerate(texts)
    ]


def _table() -> TableBlock:
    keys = ["step", "description", "planning", "budget", "owner", "partners"]
    rows = [
        TableRow(1, 170.0 + 18 * k, dict(zip(keys, r, strict=True))) for k, r in enumerate(ROWS)
    ]
    return TableBlock(1, 150.0, 206.0, keys, True, rows=rows)


CARDS = [
    "Lancer un test",
    "Descriptif : 1) Auditer vingt entreprises",
    "Planification : 2019",
    "Définir",
    "Porteur : GACdG",
    "Partenaires envisagés : ADEME",
]


def test_only_cards_saying_nothing_new_are_set_aside() -> None:
    views = RepeatedViews()
    kept = views(_lines([*CARDS, "FICHE 1.1.2"]), [_table()], 1)
    assert [ln.text for ln in kept] == ["FICHE 1.1.2"]
    assert "6 lignes ignorées (page 1)" in views.issues()[0].message


def test_cards_with_words_of_their_own_are_kept() -> None:
    # negative: « (révisé) » is in no cell of the table: that card is no mere repeat, kept
    # whole; the next card repeats its row word for word and is set aside alone
    texts = [*CARDS[:2], "Planification : 2019 (révisé)", *CARDS[3:], "FICHE 1.1.2"]
    views = RepeatedViews()
    assert [ln.text for ln in views(_lines(texts), [_table()], 1)] == [*texts[:3], texts[-1]]
    assert "3 lignes ignorées" in views.issues()[0].message
    views = RepeatedViews()
    assert [ln.text for ln in views(_lines(texts[:3]), [_table()], 1)] == texts[:3]
    assert views.issues() == []


def test_a_run_running_into_other_text_is_kept() -> None:
    # negative: the cards end on a line that is neither a heading nor the page's end
    texts = [*CARDS, "Une phrase du texte courant."]
    views = RepeatedViews()
    assert [ln.text for ln in views(_lines(texts), [_table()], 1)] == texts
