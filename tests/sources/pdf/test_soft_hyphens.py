"""SOFT HYPHENS (a typography plug-in marking every syllable of every long word, the text
justified): the browser writes each soft hyphen as a SPACE THAT DOES NOT ADVANCE (set aside,
sources.pdf.phantom_spaces) and prints a HYPHEN U+2010 where a line breaks at one (the word made
whole again, sources.values.soft_joined). A real space, a space PDFium adds at a gap, a hyphen
typed « - » and a U+2010 before a capital stay."""

from __future__ import annotations

from typing import Any

from sources.pdf.phantom_spaces import phantom_spaces
from sources.values import normalize_text, one_line, soft_joined


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
