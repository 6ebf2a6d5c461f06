"""Text whose blanks are all no-break spaces can only wrap inside a word
(sources.pdf.nobreak_cuts): the blank glyphs are marked ``nobreak`` where the file prints
U+00A0, and a line so set is joined to the next one with the cut word glued again — never
two words the break happened to fall between. The deck ``cot000_pptxinsecable`` (Impress,
every text box's space a no-break space) reads its orientations whole."""

from __future__ import annotations

from pathlib import Path

from sources.cot.orientations import _joined, _parse_orientations
from sources.cot.pages import _open_pages
from sources.pdf.blank_glyphs import mark_spaced
from sources.pdf.cells import join_page_cut
from sources.pdf.nobreak_cuts import join_unbreakable

FIXTURE = Path(__file__).parents[2] / "fixtures" / "producers" / "cot000_pptxinsecable.pdf"


def _char(text: str, x0: float, x1: float) -> dict[str, object]:
    return {"text": text, "x0": x0, "x1": x1, "top": 100.0, "upright": True}


def _word(text: str, x0: float, x1: float) -> dict[str, object]:
    return {"text": text, "x0": x0, "x1": x1, "top": 100.0, "bottom": 111.0, "size": 11.0}


def test_a_word_after_a_no_break_space_is_marked_nobreak() -> None:
    words = [_word("sur", 10.0, 25.0), _word("ce", 28.0, 38.0), _word("la", 41.0, 50.0)]
    chars = [_char("\u00a0", 25.0, 28.0), _char(" ", 38.0, 41.0)]
    mark_spaced(words, chars)
    assert [w.get("spaced", False) for w in words] == [False, True, True]
    assert [w.get("nobreak", False) for w in words] == [False, True, False]


def test_a_line_of_no_break_spaces_ends_inside_a_word() -> None:
    top = "communiquer sur ce"
    assert join_page_cut(top, "tte démarche") == "communiquer sur ce tte démarche"
    assert join_unbreakable(top, "tte démarche") == "communiquer sur cette démarche"
    # a word of the list cut into two pieces that are no words
    assert (
        join_unbreakable("climatique, con", "ciliant respect") == "climatique, conciliant respect"
    )
    assert join_unbreakable("énergétique (so", "briété énergétique") == (
        "énergétique (sobriété énergétique"
    )
    assert join_unbreakable("à l'échelle de l", "a CCPAL") == "à l'échelle de la CCPAL"


def test_a_break_that_fell_on_a_blank_keeps_the_two_words() -> None:
    assert join_unbreakable("transition énergétique (sobriété", "énergétique, efficacité") == (
        "transition énergétique (sobriété énergétique, efficacité"
    )
    assert join_unbreakable("autour des", "dynamiques") == "autour des dynamiques"


def test_joined_lines_follow_each_lines_flag() -> None:
    assert _joined(["sur ce", "tte démarche"], [True, False]) == "sur cette démarche"
    assert _joined(["sur ce", "tte démarche"], [False, False]) == "sur ce tte démarche"


def test_the_insecable_decks_orientations_read_whole() -> None:
    pages, _ = _open_pages(FIXTURE.read_bytes())
    records = _parse_orientations(pages, set(), "CCPAL", "deck.pdf", "c" * 64)
    labels = {r.orientation_no: r.orientation_label for r in records}
    assert labels[3] == (
        "Inscrire le territoire dans une stratégie de transition énergétique (sobriété "
        "énergétique, efficacité énergétique, énergie renouvelable)"
    )
    assert labels[4] == (
        "Elaborer une politique d'adaptation au changement climatique, conciliant respect du "
        "vivant, des ressources, et bien-être humain"
    )
    objectives = {r.objective_code: r.objective_label for r in records}
    assert objectives["1.3"] == (
        "Caractériser les dépenses de la collectivité sur la base de critères "
        "environnementaux et communiquer sur cette démarche"
    )
