"""Contractual objectives spread one per slide, read from hand-made slide words.

Each slide: the deck's title bar, a kicker "Objectif contractuel n° k", a domain panel, the
objective's figure shown big over the full sentence, sometimes a "PRIORITAIRE" badge. Rules
tested: a numbering is not a quantity, a big figure that the sentence under it repeats is
that sentence's figure, a badge on a one-objective slide flags it, explanatory slides are
dropped once the deck captions two objectives, a title-only opening slide is no warning.
"""

from __future__ import annotations

from sources.cot.pages import _Block, _group_lines, _Page, _Seg, _Word
from sources.cot.targets import _items_from_boxes, _parse_targets, _quantity, _repeats_figure
from sources.records import ParseIssue

TITLE = "LES OBJECTIFS CONTRACTUELS DU CONTRAT"
PANEL = (40.0, 82.0, 240.0, 272.0)  # the domain panel drawn on each objective slide


def _text(x: float, top: float, text: str, size: float, bold: bool = False) -> list[_Word]:
    """Words of ``text`` set one after the other from ``x`` (a space of a quarter size)."""
    words: list[_Word] = []
    for part in text.split():
        x1 = x + 0.5 * size * len(part)
        words.append(_Word(part, x, x1, top, top + size, size, bold))
        x = x1 + 0.25 * size
    return words


def _page(words: list[_Word], no: int = 1, rects: list | None = None) -> _Page:
    return _Page(no, 720.0, 405.0, words, _group_lines(words), list(rects or []))


def _title(title: str = TITLE) -> list[_Word]:
    return _text(140, 13.5, title, 18, bold=True) + _text(638, 20.9, "2022/2024", 11, True)


def _objective_slide(
    no: int,
    rank: int,
    domain: list[str],
    sentence: list[str],
    figure: str | None,
    badge: bool = False,
) -> _Page:
    """One objective slide: kicker, optional badge, optional big figure, sentence, panel."""
    words = _title() + _text(42, 58.9, f"Objectif contractuel n° {rank}", 11, bold=True)
    if badge:
        words += _text(593, 58.8, "PRIORITAIRE", 10, bold=True)
    top = 94.4
    if figure is not None:
        words += _text(273, 87.5, figure, 54, bold=True)
        top = 148.4
    for index, line in enumerate(sentence):
        words += _text(270, top + 17 * index, line, 14)
    for index, line in enumerate(domain):
        words += _text(90, 160.6 + 19 * index, line, 15, bold=True)
    return _page(words, no, [PANEL])


def _block(text: str, size: float, top: float = 100.0) -> _Block:
    return _Block([_Seg(_text(270, top, text, size))], "text")


# --- a numbering is not a quantity -------------------------------------------------------


def test_numbering_is_no_quantity() -> None:
    assert _quantity("Objectif contractuel n° 3") == (None, None)
    assert _quantity("Objectif N°12") == (None, None)
    assert _quantity("Action numéro 4") == (None, None)


def test_figure_after_a_numbering_is_still_read() -> None:
    assert _quantity("Objectif n° 2 : 40 km de pistes cyclables") == (40.0, "km")
    assert _quantity("3 objectifs doivent être atteints") == (3.0, "objectifs")


# --- a big figure repeated by its sentence -----------------------------------------------


def test_big_figure_repeated_by_the_sentence() -> None:
    assert _repeats_figure(_block("120", 54), _block("120 bornes de recharge installées", 14))
    assert _repeats_figure(_block("40 %", 54), _block("40 % des écoles engagées", 14))
    assert _repeats_figure(_block("2 500", 54), _block("Planter 2 500 arbres", 14))


def test_big_figure_not_in_the_sentence() -> None:
    assert not _repeats_figure(_block("120", 54), _block("bornes de recharge installées", 14))
    assert not _repeats_figure(_block("40 %", 54), _block("40 km de pistes réalisées", 14))
    assert not _repeats_figure(_block("12", 54), _block("120 bornes installées", 14))


def test_objective_slide_reads_one_target_with_its_figure_once() -> None:
    page = _objective_slide(
        10,
        1,
        ["MOBILITE", "DOUCE"],
        ["120 bornes de recharge installées sur", "le territoire"],
        "120",
    )
    items = _items_from_boxes(page, 31.9)
    assert [(it.label, it.value, it.unit, it.domain, it.priority) for it in items] == [
        (
            "120 bornes de recharge installées sur le territoire",
            120.0,
            "bornes",
            "MOBILITE DOUCE",
            False,
        )
    ]


def test_objective_slide_without_big_figure() -> None:
    page = _objective_slide(
        11, 2, ["ECONOMIE", "LOCALE"], ["Mise en place d'une plateforme de réemploi"], None
    )
    items = _items_from_boxes(page, 31.9)
    assert [(it.value, it.unit, it.domain) for it in items] == [
        (1.0, "plateforme", "ECONOMIE LOCALE")
    ]


def test_big_figure_the_sentence_does_not_state_still_prefixes_it() -> None:
    """Negative case: "120" over "bornes de recharge installées" is still the figure of the
    sentence, read in front of it, not dropped."""
    page = _objective_slide(10, 1, ["MOBILITE"], ["bornes de recharge installées"], "120")
    items = _items_from_boxes(page, 31.9)
    assert [(it.label, it.value, it.unit) for it in items] == [
        ("120 bornes de recharge installées", 120.0, "bornes")
    ]


def test_two_cards_each_repeating_its_figure() -> None:
    """Two objectives side by side, each big figure over its own sentence: two targets,
    each figure read once and each on its own sentence."""
    words = _title() + _text(60, 80.0, "40", 54, bold=True)
    words += _text(60, 140.0, "40 km de haies plantées", 14)
    words += _text(60, 165.0, "BIODIVERSITE", 15, bold=True)
    words += _text(400, 80.0, "10", 54, bold=True)
    words += _text(400, 140.0, "Réaliser 10 actions d'adaptation", 14)
    words += _text(400, 165.0, "ADAPTATION", 15, bold=True)
    items = _items_from_boxes(_page(words), 31.9)
    assert [(it.label, it.value, it.unit, it.domain) for it in items] == [
        ("40 km de haies plantées", 40.0, "km", "BIODIVERSITE"),
        ("Réaliser 10 actions d'adaptation", 10.0, "actions", "ADAPTATION"),
    ]


# --- a badge on a one-objective slide ----------------------------------------------------


def test_badge_on_a_one_objective_slide_flags_it() -> None:
    page = _objective_slide(
        10, 1, ["MOBILITE"], ["120 bornes de recharge installées"], "120", badge=True
    )
    assert [it.priority for it in _items_from_boxes(page, 31.9)] == [True]


def test_far_badge_on_a_two_objective_slide_flags_nothing() -> None:
    """Negative case: with two objectives on the slide a badge far from both names none."""
    words = _title() + _text(593, 58.8, "PRIORITAIRE", 10, bold=True)
    words += _text(60, 200.0, "Planter 40 km de haies", 14)
    words += _text(60, 230.0, "BIODIVERSITE", 15, bold=True)
    words += _text(400, 200.0, "Réaliser 10 actions d'adaptation", 14)
    words += _text(400, 230.0, "ADAPTATION", 15, bold=True)
    items = _items_from_boxes(_page(words), 31.9)
    assert [(it.value, it.priority) for it in items] == [(40.0, False), (10.0, False)]


# --- the deck: explanatory slide, title-only opening slide ------------------------------


def _explanatory(no: int) -> _Page:
    words = _title() + _text(40, 80, "1ère et 2ème année : aide forfaitaire de 90 000 €", 12)
    words += _text(40, 120, "A minima, 60 % de chaque objectif doit être atteint.", 12)
    return _page(words, no)


def _opening(no: int) -> _Page:
    return _page(_title() + _text(23, 52.2, "OBJECTIFS CONTRACTUELS DU TERRITOIRE", 9.5, True), no)


def test_deck_of_one_objective_per_slide() -> None:
    pages = [
        _explanatory(5),
        _opening(9),
        _objective_slide(10, 1, ["MOBILITE"], ["120 bornes de recharge installées"], "120", True),
        _objective_slide(11, 2, ["ECONOMIE"], ["Mise en place d'une plateforme de réemploi"], None),
        _objective_slide(12, 3, ["BIODIVERSITE"], ["40 km de haies plantées"], "40"),
    ]
    issues: list[ParseIssue] = []
    items = _parse_targets(pages, issues)
    assert [(it.page, it.domain, it.value, it.unit, it.priority) for it in items] == [
        (10, "MOBILITE", 120.0, "bornes", True),
        (11, "ECONOMIE", 1.0, "plateforme", False),
        (12, "BIODIVERSITE", 40.0, "km", False),
    ]
    assert [(i.severity, i.page) for i in issues] == [("info", 5)]  # explanatory slide


def test_one_captioned_objective_keeps_the_other_slides_figures() -> None:
    """Negative case: a single captioned objective does not make a slide explanatory."""
    pages = [
        _explanatory(5),
        _objective_slide(10, 1, ["MOBILITE"], ["120 bornes de recharge installées"], "120"),
    ]
    issues: list[ParseIssue] = []
    items = _parse_targets(pages, issues)
    assert sorted(it.page for it in items) == [5, 5, 10]
    assert issues == []


def test_title_only_slide_without_objective_slides_is_a_warning() -> None:
    """Negative case: an objectives slide with no figure and none after it is reported."""
    issues: list[ParseIssue] = []
    assert _parse_targets([_opening(9)], issues) == []
    assert [(i.severity, i.page) for i in issues] == [("warning", 9)]
