"""A list of items of a line or so each, of similar length, whose non-final items reach the
value column's right edge (sources.action_plan.sheets ``_join_parts``: ``_one_line_items``,
``_next_word_fits``): each item kept on its own, not glued to the next as a wrapped line would
be. Real producers (:mod:`tests.generators.plain_label_plans`: a Chromium grid with a 9 cm value
column, a Writer ruled table with an 8 cm one, some items wrapped) and hand-placed lines;
negative cases: a wrapped sentence stays one text, also where its next line opens on a name
(« … par la » / « Région Occitanie »), between sentences, and in a paragraph of few names."""

from __future__ import annotations

import pytest

from sources.action_plan import parse_action_plan
from sources.action_plan.sheets import _join_parts, _next_word_fits, _one_line_items, _Part
from tests.generators import plain_label_plans as plans


@pytest.mark.parametrize("layout", ["list_items_html", "list_items_docx"])
def test_items_of_similar_length_stay_apart(layout: str) -> None:
    doc = parse_action_plan(plans.fixture(layout), f"plans/{layout}.pdf", "0" * 64)
    action = doc.actions[0]
    assert action.indicators == plans.LIST_INDICATORS
    assert action.target_audiences == plans.LIST_AUDIENCES
    # the wrapped context, its lines going on before names, stays one text
    assert action.context == plans.LIST_CONTEXT
    assert [s.planning_label for s in doc.steps] == ["2021", "2022", "2023-2025"]


def _parts(lines: list[tuple[str, float]], x0: float = 100.0) -> list[_Part]:
    """Hand-placed lines of a value column at ``x0``: (text, right edge), 12 pt apart."""
    return [_Part(1, 100.0 + 12 * n, x0, x1, text) for n, (text, x1) in enumerate(lines)]


def test_one_line_items_reaching_the_edge_are_items() -> None:
    parts = _parts(
        [
            ("Foyers accompagnés dans leurs travaux", 330.0),
            ("Logements sociaux rénovés chaque année", 340.0),
            ("Communes engagées dans la démarche", 325.0),
            ("Ménages modestes accompagnés", 300.0),
        ]
    )
    assert _one_line_items(parts)
    assert _join_parts(parts) == "\n".join(p.text for p in parts)


def test_an_item_wrapped_in_lower_case_is_joined_in_a_list() -> None:
    parts = _parts(
        [
            ("Foyers accompagnés dans leurs travaux", 330.0),
            ("Logements sociaux rénovés chaque année sur le", 340.0),
            ("territoire", 150.0),
            ("Communes engagées dans la démarche", 335.0),
        ]
    )
    assert _join_parts(parts) == (
        "Foyers accompagnés dans leurs travaux\n"
        "Logements sociaux rénovés chaque année sur le territoire\n"
        "Communes engagées dans la démarche"
    )


@pytest.mark.parametrize(
    "lines",
    [
        # lines going on from a function word before a name
        [
            ("Le programme est financé depuis 2021 par la", 335.0),
            ("Région Occitanie, par l'Agence de l'environnement", 340.0),
            ("Et par le Syndicat départemental des énergies", 338.0),
        ],
        # sentences going on from one line to the next (a full stop, then a capital)
        [
            ("Le patrimoine public est ancien et consomme.", 336.0),
            ("Les communes manquent de moyens techniques.", 340.0),
            ("Le syndicat propose un conseil en énergie.", 337.0),
        ],
        # a paragraph opening in lower case as often as on names after clean line ends
        [
            ("Le programme est financé depuis 2021 grâce au soutien", 335.0),
            ("financier apporté par les communes", 340.0),
            ("Toulouse Métropole y contribue aussi pour les", 338.0),
            ("communes rurales du département qui ont", 339.0),
            ("signé le contrat de relance", 339.0),
            ("Écologique du Gers", 150.0),
        ],
        # a sentence ending inside a line: prose
        [
            ("Le patrimoine est ancien. Les communes", 335.0),
            ("Manquent de moyens techniques", 340.0),
            ("Syndicat départemental des énergies", 338.0),
        ],
        # two lines only
        [("Foyers accompagnés dans leurs travaux", 330.0), ("Ménages modestes", 200.0)],
    ],
)
def test_wrapped_text_is_no_list(lines: list[tuple[str, float]]) -> None:
    assert not _one_line_items(_parts(lines))


def test_a_wrapped_sentence_before_a_name_stays_joined() -> None:
    parts = _parts(
        [
            ("Le programme est financé depuis 2021 par la", 335.0),
            ("Région Occitanie, par l'Agence de l'environnement", 340.0),
            ("et par le Syndicat départemental des énergies", 338.0),
        ]
    )
    assert _join_parts(parts) == " ".join(p.text for p in parts)


def test_the_next_word_fits_only_in_room_wider_than_it() -> None:
    prev = _Part(1, 100.0, 100.0, 300.0, "Ménages modestes accompagnés")
    short = _Part(1, 112.0, 100.0, 180.0, "Bailleurs sociaux")  # about 4.7 pt a character
    assert _next_word_fits(prev, short, 360.0)  # 60 pt of room, « Bailleurs » about 47
    assert not _next_word_fits(prev, short, 340.0)  # 40 pt: too narrow, a wrap
    glued = _Part(1, 100.0, 100.0, 300.0, "Le programme est financé par la")
    assert not _next_word_fits(glued, short, 360.0)  # a line ending on « la » goes on
