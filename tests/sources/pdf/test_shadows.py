"""Glyphs drawn twice, a copy under each (a theme's white text shadow, a fake bold), from the
sixty-eighth and sixty-ninth held-out sets (issue 13, forty-fourth pass): the copy is set
aside before the page is read (sources.pdf.shadows), and PDFium's fast text, which reads
such words letter by letter twice (« DDeessccrriippttiiff »), is read once
(sources.pdf.opening ``undoubled``)."""

from __future__ import annotations

from typing import Any

from sources.action_plan import parse_action_plan
from sources.pdf.opening import undoubled
from sources.pdf.shadows import shadow_chars
from tests.sources.pdf.hand_pages import HEIGHT, HandPages


def _char(
    text: str,
    x0: float,
    top: float,
    colour: tuple[float, ...] = (0.2, 0.2, 0.2),
    size: float = 8.0,
    font: str = "Helvetica",
) -> dict[str, Any]:
    return {
        "text": text,
        "x0": x0,
        "top": top,
        "size": size,
        "fontname": font,
        "non_stroking_color": colour,
    }


def test_a_copy_under_a_glyph_is_told_from_neighbour_letters() -> None:
    white = (1.0, 1.0, 1.0)
    chars = [
        _char("D", 50.0, 100.4, white),  # the shadow of « De », drawn first, 0.4 pt lower
        _char("e", 55.8, 100.4, white),
        _char("D", 50.0, 100.0),
        _char("e", 55.8, 100.0),
        _char("l", 60.0, 100.0, size=6.0),  # « ll » at 6 pt: two letters 1.33 pt apart
        _char("l", 61.33, 100.0, size=6.0),
        _char("e", 70.0, 100.0),  # the same letter in another font: no copy
        _char("e", 70.2, 100.3, font="Helvetica-Bold"),
        _char("a", 80.0, 100.0),  # the same letter on the next line
        _char("a", 80.0, 109.0),
        _char("n", 120.0, 100.0),  # two cells' words overlapping: one letter on another
        _char("n", 120.15, 100.0),
    ]
    assert shadow_chars(chars) == [0, 1]
    # a white copy drawn OVER the coloured glyphs: the coloured ones are the text
    over = [_char("D", 50.0, 100.0), _char("e", 55.8, 100.0)]
    over += [_char("D", 50.0, 100.4, white), _char("e", 55.8, 100.4, white)]
    assert shadow_chars(over) == [2, 3]
    # a fake bold: each glyph struck twice a fraction of a point aside, one of each kept
    bold = [_char("B", 50.0, 100.0), _char("B", 50.3, 100.0)]
    bold += [_char("o", 55.6, 100.0), _char("o", 55.9, 100.0)]
    assert shadow_chars(bold) == [0, 2]


def test_a_block_printed_twice_at_one_place_is_read_once() -> None:
    """A faded « Lire la suite » value (plan_html_nimbe): Chromium prints its whole text
    twice at the very same place, under the fade's mask and over it. Every line starting
    with « d' » at the value column's left sets its apostrophe at one x: each glyph's twin,
    not the first drawn ones of six other lines, is its copy."""
    lines = [100.0 + 10.4 * k for k in range(8)]
    block = [c for top in lines for c in (_char("d", 159.73, top), _char("'", 164.69, top))]
    chars = block + [dict(c) for c in block]  # the second print, after the whole first
    assert shadow_chars(chars) == list(range(len(block)))


def test_words_whose_every_letter_comes_twice_are_read_once() -> None:
    page = "Etape DDeessccrriippttiiff PPllaanniiffiiccaattiioonn " * 3 + "LLaanncceerr pphhaassee"
    assert undoubled(page).startswith("Etape Descriptif Planification Etape")
    assert undoubled(page).endswith("Lancer phase")
    # a few such words only, or real words with doubled letters: as they are
    assert undoubled("DDeessccrriippttiiff et la suite") == "DDeessccrriippttiiff et la suite"
    text = "Les commissions successives appellent mmmm. " * 4
    assert undoubled(text) == text


def test_a_page_whose_text_is_drawn_with_a_white_shadow_reads_once() -> None:
    pages = HandPages()
    draw = pages.text

    def shadowed(x: float, top: float, s: str, *, bold: bool = False, size: float = 9.0) -> float:
        pages.c.setFillColorRGB(1, 1, 1)  # the shadow, 0.75 pt lower, drawn first
        font = "Helvetica-Bold" if bold else "Helvetica"
        pages.c.setFont(font, size)
        pages.c.drawString(x, HEIGHT - top - size - 0.75, s)
        pages.c.setFillColorRGB(0.12, 0.12, 0.12)
        return draw(x, top, s, bold=bold, size=size)

    pages.text = shadowed  # type: ignore[method-assign]
    pages.fiche_head(57.0)
    rows = [
        ("Lancer un test", "Auditer vingt entreprises.", "2019", "18000", "GACdG", "CCI"),
        ("Définir", "Choisir les filières.", "2020", "5000", "GACdG", ""),
    ]
    pages.steps_table(150.0, rows)
    pages.c.showPage()
    doc = parse_action_plan(pages.save(), "plans/ombre.pdf", "0" * 64)
    assert [(a.action_code, a.title) for a in doc.actions] == [("1.1.1", "Expérimenter")]
    assert [(s.step, s.description, s.planning_label, s.budget_eur) for s in doc.steps] == [
        ("Lancer un test", "Auditer vingt entreprises.", "2019", 18000.0),
        ("Définir", "Choisir les filières.", "2020", 5000.0),
    ]


def test_a_stroked_copy_on_the_same_baseline_is_told_by_its_origin() -> None:
    """A heading thickened by ``-webkit-text-stroke`` (plan_html_pourtour, sixtieth pass):
    Chromium paints it filled, then stroked with a font object that has no descriptor. Both
    copies share their origins, but the engines size the second otherwise (its top 2.6 pt
    higher at 13.9 pt, PDFium naming no font): the nameless copy is the one set aside."""

    def glyph(text: str, x0: float, top: float, font: str) -> dict[str, Any]:
        char = _char(text, x0, top, size=13.9, font=font)
        char["matrix"] = (0.74, 0.0, 0.0, 0.74, x0, 777.59)
        return char

    bold = "AAAAAA+LiberationSans-Bold"
    chars = []
    for text, x0 in (("A", 42.75), ("x", 52.78), ("e", 60.5)):
        chars += [glyph(text, x0, 53.38, bold), glyph(text, x0, 50.77, "")]
    assert shadow_chars(chars) == [1, 3, 5]
    # the same copies each with the font named (pdfplumber): the first drawn set aside
    named = [dict(c, fontname=bold) for c in chars]
    assert shadow_chars(named) == [0, 2, 4]
    # the same glyphs on two baselines a line apart are two letters
    apart = [glyph("A", 42.75, 53.38, bold), glyph("x", 52.78, 53.38, bold)]
    apart += [dict(c, matrix=(0.74, 0.0, 0.0, 0.74, c["x0"], 760.0)) for c in apart]
    assert shadow_chars(apart) == []


def test_lines_whose_every_word_comes_twice_are_read_once() -> None:
    """Only the headings and header labels of a page stroked (too few doubled words for the
    whole page to be read once): each line whose every word is doubled is read once."""
    page = "\r\n".join(
        [
            "FFIICCHHEE 11..11..11 OObbjjeeccttiiff ooppéérraattiioonnnneell ::",
            "Contexte L'agglomération mène une opération test d'économie circulaire",
            "EEttaappee DDeessccrriippttiiff PPllaanniiffiiccaattiioonn RReessssoouurrcceess",
            "Lancer une phase test 2019 18000 GACdG",
            "Une ligne avec DDeessccrriippttiiff au milieu reste telle quelle",
            "aa bb cc",  # no word of three letters doubled: as it is
        ]
        + ["Les commissions successives appellent les enjeux du territoire."] * 12
    )
    lines = undoubled(page).split("\r\n")
    assert lines[0] == "FICHE 1.1.1 Objectif opérationnel :"
    assert lines[1].startswith("Contexte L'agglomération")
    assert lines[2] == "Etape Descriptif Planification Ressources"
    assert lines[4] == "Une ligne avec DDeessccrriippttiiff au milieu reste telle quelle"
    assert lines[5] == "aa bb cc"
