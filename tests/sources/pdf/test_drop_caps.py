"""DROP CAPS: a paragraph's first letter set two to four times the text's size, floated left
over its first lines (a web theme's ``::first-letter``, Writer's « Lettrines »): glued back to
the rest of its word (sources.pdf.drop_caps), « N » + « ombre » → « Nombre », « L' » +
« agglomération » → « L'agglomération ». Negative cases: a big initial before a capitalised
word, a big letter standing apart, a letter of the text's own size. Drawn with reportlab."""

from __future__ import annotations

from sources.action_plan import parse_action_plan
from sources.pdf.drop_caps import rejoin_drop_caps, set_drop_caps_in_line
from tests.sources.pdf.hand_pages import HandPages

EDGE = 57.0
VALUE_X = 180.0


def _word(text: str, x0: float, top: float, size: float) -> dict[str, object]:
    return {
        "text": text,
        "x0": x0,
        "x1": x0 + 0.5 * size * len(text),
        "top": top,
        "bottom": top + size,
        "size": size,
    }


def test_a_drop_cap_is_glued_to_its_word() -> None:
    words = [_word("N", 42.7, 554.7, 28.6), _word("ombre", 66.4, 555.2, 8.9)]
    assert [w["text"] for w in rejoin_drop_caps(words)] == ["Nombre"]
    joined = rejoin_drop_caps(words)[0]
    assert (joined["x0"], joined["top"], joined["size"]) == (42.7, 555.2, 8.9)
    elided = [_word("L'", 42.7, 420.8, 28.6), _word("agglomération", 72.0, 421.3, 8.9)]
    assert [w["text"] for w in rejoin_drop_caps(elided)] == ["L'agglomération"]


def test_big_letters_left_as_printed() -> None:
    # a capitalised word after the big letter, a big letter far from the text, same sizes
    capital = [_word("A", 42.7, 100.0, 28.6), _word("Mobilité", 66.4, 100.5, 8.9)]
    apart = [_word("N", 42.7, 100.0, 28.6), _word("ombre", 120.0, 100.5, 8.9)]
    same = [_word("N", 42.7, 100.0, 8.9), _word("ombre", 48.0, 100.0, 8.9)]
    for words in (capital, apart, same):
        assert [w["text"] for w in rejoin_drop_caps(words)] == [w["text"] for w in words]


def _plan() -> bytes:
    pages = HandPages()
    pages.text(EDGE, 60.0, "Axe 1 : Un territoire sobre", bold=True, size=14.0)
    pages.text(EDGE, 85.0, "FICHE 1.1.1", bold=True, size=12.0)
    pages.text(EDGE, 104.0, "Objectif opérationnel : Expérimenter", bold=True, size=12.0)
    pages.text(EDGE, 130.0, "Contexte", bold=True)
    pages.text(VALUE_X, 130.0, "L'", size=28.0)  # the drop cap, its top on the first line
    pages.text(VALUE_X + 23.0, 131.0, "agglomération mène une opération test")
    pages.text(VALUE_X + 23.0, 143.0, "d'économie circulaire sur le territoire,")
    pages.text(VALUE_X + 23.0, 155.0, "auprès d'une vingtaine d'entreprises.")
    pages.text(VALUE_X, 167.0, "Une stratégie est proposée à terme.")
    pages.text(EDGE, 190.0, "Indicateurs", bold=True)
    pages.text(VALUE_X, 190.0, "N", size=28.0)
    pages.text(VALUE_X + 21.0, 191.0, "ombre d'entreprises engagées")
    pages.text(EDGE, 240.0, "Publics cibles", bold=True)
    pages.text(VALUE_X, 240.0, "Entreprises, Associations")
    pages.c.showPage()
    return pages.save()


def test_a_plan_field_opening_with_a_drop_cap() -> None:
    doc = parse_action_plan(_plan(), "plans/lettrine.pdf", "0" * 64)
    (action,) = doc.actions
    assert action.context is not None
    assert action.context.startswith("L'agglomération mène une opération test d'économie")
    assert action.context.endswith("Une stratégie est proposée à terme.")
    assert action.indicators == ["Nombre d'entreprises engagées"]
    assert action.target_audiences == ["Entreprises", "Associations"]


def _char(text: str, x0: float, top: float, size: float, width: float) -> dict[str, object]:
    return {"text": text, "x0": x0, "x1": x0 + width, "top": top, "bottom": top + size,
            "size": size, "upright": True}  # fmt: skip


def test_a_cap_glyph_is_set_back_in_its_first_line() -> None:
    # Writer's « Lettrine » in a grid cell (plan_odt_lettrine): « L » 30 pt over two lines,
    # « ancer une » / « phase test » beside it; a digit cap « 1 » before « 8000 »
    cap = _char("L", 60.2, 80.5, 30.3, 20.2)
    rest = [_char("a", 83.2, 90.3, 9.5, 4.3), _char("p", 83.2, 101.3, 9.5, 4.8)]
    digit = _char("1", 338.0, 80.8, 30.0, 15.0)
    amount = [_char("8", 355.8, 90.3, 9.5, 4.8)]
    chars = [cap, *rest, digit, *amount]
    assert set_drop_caps_in_line(chars) == 2
    assert (cap["top"], cap["size"], cap["x1"]) == (90.3, 9.5, 83.2)
    assert digit["x1"] == 355.8 and digit["top"] == 90.3


def test_cap_glyphs_left_where_nothing_goes_on() -> None:
    # a big figure before a capitalised word; a big letter whose neighbour is a longer line
    # running on past it (« Solid|aire » beside a cap « c »); text of one size
    figure = [_char("3", 60.0, 80.0, 30.0, 15.0), _char("A", 78.0, 90.0, 9.5, 6.0)]
    assert set_drop_caps_in_line(figure) == 0
    cap = _char("c", 471.2, 275.3, 41.2, 20.0)
    line = [_char("d", 486.0, 278.8, 9.5, 5.0), _char("a", 491.5, 278.8, 9.5, 4.5)]
    own = [_char("h", 492.3, 296.4, 9.5, 4.7)]
    chars = [cap, *line, *own]
    assert set_drop_caps_in_line(chars) == 1 and cap["top"] == 296.4  # its own line's
    same = [_char("L", 60.0, 90.0, 9.5, 5.0), _char("a", 66.0, 90.0, 9.5, 4.3)]
    assert set_drop_caps_in_line(same) == 0


def test_a_cap_before_a_capital_set_tight_against_it() -> None:
    # Writer's « Lettrine » at 0.1 cm from its text: « G » + « ACdG », « C » + « AUE »;
    # a big letter a space's width from a capitalised word stays apart
    cap = _char("G", 408.8, 724.8, 29.5, 21.3)
    acronym = [_char("A", 432.9, 734.2, 9.5, 6.9), _char("C", 439.7, 734.2, 9.5, 6.3)]
    assert set_drop_caps_in_line([cap, *acronym]) == 1
    assert (cap["top"], cap["x1"]) == (734.2, 432.9)
    apart = _char("A", 60.0, 80.0, 30.0, 20.0)
    word = [_char("M", 88.0, 90.0, 9.5, 8.0), _char("o", 96.0, 90.0, 9.5, 5.0)]
    assert set_drop_caps_in_line([apart, *word]) == 0


def test_a_cap_s_own_trailing_space_goes_with_it() -> None:
    # PDFium's text page gives the cap's text object a space at the cap's size right after it
    cap = _char("R", 60.2, 179.3, 30.3, 21.9)
    space = _char(" ", 82.1, 179.3, 30.3, 7.6)
    rest = [_char("é", 84.0, 189.2, 9.5, 4.2), _char("a", 88.2, 189.2, 9.5, 4.3)]
    chars = [cap, space, *rest]
    assert set_drop_caps_in_line(chars) == 1
    assert [c["text"] for c in chars] == ["R", "é", "a"] and cap["x1"] == 84.0


def test_a_lowercase_cap_is_not_set_on_the_line_before_its_ink() -> None:
    # « s » 41.2 pt whose x-height spans two lines: its box reaches into the cell above,
    # whose last line « d'e… » stands beside it, over its ink
    cap = {**_char("s", 133.9, 316.8, 41.2, 16.0), "y1": 525.2, "matrix": (1, 0, 0, 1, 0, 483.9)}
    above = [_char("d", 151.6, 320.3, 9.5, 4.7)]
    own = [_char("u", 152.7, 337.9, 9.5, 4.7), _char("r", 157.4, 337.9, 9.5, 3.3)]
    assert set_drop_caps_in_line([cap, *above, *own]) == 1
    assert (cap["top"], cap["x1"]) == (337.9, 152.7)
