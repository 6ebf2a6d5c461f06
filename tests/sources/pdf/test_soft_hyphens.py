"""SOFT HYPHENS (a typography plug-in marking every syllable of every long word, the text
justified): the browser writes each soft hyphen as a SPACE THAT DOES NOT ADVANCE (set aside,
sources.pdf.phantom_spaces) and prints a HYPHEN U+2010 where a line breaks at one (the word made
whole again, sources.values.soft_joined). A real space, a space PDFium adds at a gap, a hyphen
typed « - » and a U+2010 before a capital stay."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sources.pdf.phantom_spaces import phantom_spaces
from sources.values import normalize_text, one_line, soft_joined

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "producers"


def _chars(spec: list[tuple[str, float, float]], top: float = 100.0) -> list[dict[str, Any]]:
    return [
        {"text": t, "x0": x0, "x1": x1, "top": top, "bottom": top + 9.0, "size": 9.0}
        for t, x0, x1 in spec
    ]


def test_spaces_drawn_under_the_next_letter_are_phantoms() -> None:
    chars = _chars(
        [
            ("E", 147.0, 153.0),
            ("c", 153.0, 157.5),
            ("o", 157.5, 162.5),
            (" ", 162.5, 165.0),  # pdfplumber: a space as wide as a space, the pen not moved
            ("n", 162.5, 167.5),
            ("o", 167.5, 172.5),
            (" ", 172.5, 172.5),  # PDFium: no width at all
            ("m", 172.5, 180.0),
            (" ", 180.0, 182.5),  # a real space: the next word a space away
            ("S", 182.5, 188.5),
        ]
    )
    assert phantom_spaces(chars) == {id(chars[3]), id(chars[6])}
    # a space at a line's end (the next glyph on the next line) stays
    end = [*_chars([("a", 10.0, 15.0), (" ", 15.0, 17.5)]), *_chars([("b", 10.0, 15.0)], 112.0)]
    assert phantom_spaces(end) == set()


def test_a_typesetters_hyphen_at_a_lines_end_joins_the_word() -> None:
    assert soft_joined("l'économie circu\u2010 laire") == "l'économie circulaire"
    assert soft_joined("Plani\u00adfi-\ncation") == "Plani\u00adfi-\ncation"  # typed « - »
    assert one_line("Elaborer une charte favorisant l'atté\u2010\nnuation") == (
        "Elaborer une charte favorisant l'atténuation"
    )
    assert normalize_text("éco- responsables") == "éco- responsables"
    assert soft_joined("Comité\u2010 Bureau") == "Comité\u2010 Bureau"  # a capital after it


def test_soft_hyphens_sharing_the_space_glyph() -> None:
    """Impress: a bold font reads its space as U+00AD with a space's advance, and a soft
    hyphen as U+00AD drawn at the next glyph's place (kerning may set that glyph a hair left)."""
    chars = _chars(
        [
            ("L", 219.71, 230.03),
            ("e", 230.01, 240.99),
            ("\u00ad", 241.0, 246.62),  # the space between two words: it advances
            ("c", 246.7, 256.29),
            ("n", 267.4, 278.92),
            ("\u00ad", 278.9, 284.52),  # a soft hyphen: the next glyph at its place
            ("t", 278.9, 286.64),
            ("\u00ad", 276.01, 280.07),  # after a ligature, the next glyph kerned left
            ("c", 275.9, 282.83),
        ]
    )
    assert phantom_spaces(chars) == {id(chars[5]), id(chars[7])}


def _text(page: Any) -> str:
    return str(page.extract_text())


def test_soft_hyphens_of_a_deck_read_alike_by_both_engines(monkeypatch: Any) -> None:
    """The deck's bold title « Le­con­trat­d'ob­jec­tif… » (every space a U+00AD, every soft
    hyphen one more U+00AD under the next letter) and « ef­ﬃ­ca­ci­té » (the « ffi » glyph
    mapped to « f\u00adfi »), read the same by PDFium and pdfminer."""
    from sources.pdf import engine

    data = (FIXTURES / "cot000_pptxfaucille.pdf").read_bytes()
    for name in engine.ENGINES:
        monkeypatch.setenv(engine.ENGINE_ENV, name)
        title = _text(next(engine.iter_plumber_pages(data, max_pages=2, first=1)))
        assert title.startswith("Le contrat d'objectif territorial\nEn trois points"), name
        assert "\u00ad" not in title, name
        orientation = _text(next(engine.iter_plumber_pages(data, max_pages=12, first=11)))
        assert "(sobriété\nénergétique, efficacité énergétique," in orientation, name


def test_a_word_cut_at_a_line_end_soft_hyphen_joins_again() -> None:
    """Impress breaks a line at a soft hyphen with no hyphen printed: the piece after a bracket
    (« (so » / « briété ») is glued as a bare piece is, and a piece the word list lacks
    (« con » / « ciliant ») when the document writes the whole word elsewhere."""
    from sources.pdf.cells import document_vocabulary, document_words, join_page_cut, vocabulary

    assert join_page_cut("transition énergétique (so", "briété énergétique") == (
        "transition énergétique (sobriété énergétique"
    )
    assert join_page_cut("des communes (de", "la région") == "des communes (de la région"
    deck = ["climatique, con", "ciliant respect", "climatique, conciliant respect du vivant"]
    with vocabulary(document_vocabulary(deck), document_words(deck)):
        assert join_page_cut("climatique, con", "ciliant respect") == (
            "climatique, conciliant respect"
        )
        assert join_page_cut("transverse", "autour des") == "transverse autour des"
    assert join_page_cut("climatique, con", "ciliant respect") == "climatique, con ciliant respect"
