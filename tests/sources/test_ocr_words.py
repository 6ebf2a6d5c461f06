"""Letters, marks and short words of OCR readings checked against the ink (issue 13, scans of
tuned producer plans: « GACdG: » for « GACdG : », « où » for « ou », « l'ABIiC » for
« l'ABiC », « Sur » for « sur », a « : » lost by a second reading).

Words are drawn as a 200 dpi scan looks rendered at 300 dpi (:func:`_scan` of the repair
tests); each rule gets the word dicts Tesseract gave, and cases where the ink proves nothing
(a real accent, a capital printed, an acronym, a proper noun) stay as read.
"""

from __future__ import annotations

import pytest

from sources.ocr_cells import with_sure_short_words
from sources.ocr_repair import repair_words, separated_marks
from sources.ocr_reread import _keep_sure_short_words, _lines
from tests.sources.test_ocr_scan_repairs import PPP, _scan


def _read(printed: str, read: str, conf: float, blur: float) -> str:
    image, words = _scan([printed], [read], blur)
    words[0]["conf"] = conf
    repair_words(image, words, PPP)
    return " ".join(w["text"] for w in words)


# --------------------------------------------------------------------------- accents


@pytest.mark.parametrize("blur", [0.0, 1.0])
@pytest.mark.parametrize(
    ("printed", "read", "conf", "expected"),
    [
        ("ou", "où", 59.0, "ou"),  # no ink over the x-height: no grave
        ("ou,", "où,", 59.0, "ou,"),
        ("où", "où", 59.0, "où"),  # the grave printed: as read
        ("ou", "où", 95.0, "où"),  # read surely: Tesseract's
        ("mais", "maïs", 50.0, "maïs"),  # only accents over a, e, o, u are looked at
        ("deja", "déjà", 50.0, "déjà"),  # two accents: as read
        ("a", "à", 50.0, "à"),  # no x-height letter beside it to measure by
        ("sur", "sûr", 50.0, "sur"),  # both French: the ink decides
        ("sûr", "sûr", 50.0, "sûr"),
        ("Zorglu", "Zorglù", 50.0, "Zorglù"),  # « zorglu » is no French word: as read
    ],
)
def test_an_accent_the_ink_does_not_show_is_dropped(printed, read, conf, expected, blur) -> None:
    assert _read(printed, read, conf, blur) == expected


# --------------------------------------------------------------------------- small initials


@pytest.mark.parametrize("blur", [0.0, 1.0])
@pytest.mark.parametrize(
    ("printed", "read", "expected"),
    [
        ("sur", "Sur", "sur"),  # an « s » x-height tall read as a capital
        ("structurante", "Structurante", "structurante"),
        ("commune,", "Commune,", "commune,"),
        ("sortir", "Sortir", "sortir"),  # « rt » one blob once softened: measured all the same
        ("Sortir", "Sortir", "Sortir"),
        ("Sur", "Sur", "Sur"),  # the capital printed: taller than the small letters
        ("Structurante", "Structurante", "Structurante"),
        ("Orange", "Orange", "Orange"),  # a proper noun
        ("SNCF", "SNCF", "SNCF"),  # an acronym
        ("Paris", "Paris", "Paris"),  # a capital whose small form differs: never looked at
        ("sol", "Sol", "Sol"),  # one x-height letter after it: too few to measure by
    ],
)
def test_a_small_first_letter_read_as_a_capital(printed, read, expected, blur) -> None:
    assert _read(printed, read, 96.0, blur) == expected


# --------------------------------------------------------------------------- capitals words


@pytest.mark.parametrize("blur", [0.0, 1.0])
@pytest.mark.parametrize(
    ("printed", "read", "expected"),
    [
        ("l'ABiC", "l'ABIC", "l'ABiC"),  # after an elided article
        ("l'ABiC", "l'ABIiC", "l'ABiC"),  # one glyph read twice: its height decides
        ("d'ABiC", "d'ABiC", "d'ABiC"),
        ("ZACs", "ZACSs", "ZACs"),
        ("ZACS", "ZACSs", "ZACS"),  # the glyph is a capital's height
        ("l'ABIC", "l'ABIC", "l'ABIC"),  # capitals printed: as read
        ("l'AUAT", "l'AUAT", "l'AUAT"),
        ("PLUiHD", "PLUïHD", "PLUiHD"),  # a dotted stem read « ï » between capitals
        ("Loïc", "Loïc", "Loïc"),  # one capital: no capitals word
        ("ABCD", "ABCDd", "ABCDd"),  # « D » small is taller than x-height: never decided
    ],
)
def test_capitals_words_get_the_small_letters_printed(printed, read, expected, blur) -> None:
    assert _read(printed, read, 70.0, blur) == expected


# --------------------------------------------------------------------------- marks apart


def _touching(printed: list[str], blur: float = 1.0) -> tuple[object, list[dict]]:
    """Words printed one space apart, the mark's box reaching back to the word before (as
    Tesseract gives a lone « : »: its box starts where the word's ends)."""
    image, words = _scan(printed, printed, blur)
    for word in words:
        word["size"] = 9.0
    words[1]["x0"] = words[0]["x1"] - 0.1
    return image, words


@pytest.mark.parametrize("blur", [0.0, 1.0])
@pytest.mark.parametrize("mark", [":", ";", "!"])
def test_a_mark_read_apart_keeps_the_space_printed_before_it(mark: str, blur: float) -> None:
    import numpy as np

    image, words = _touching(["GACdG", mark], blur)
    assert separated_marks(np.asarray(image.convert("L")), words, PPP) == 1
    gap = words[1]["x0"] - words[0]["x1"]
    assert gap > 1.0  # wider than the layout code's touching words (0.9 pt at 9 pt)
    assert words[1]["x0"] < words[1]["x1"]


def test_a_mark_printed_glued_stays_glued() -> None:
    """« GACdG: » printed glued, Tesseract's two boxes touching: the ink shows no space."""
    import numpy as np

    image, words = _scan(["GACdG:"], ["GACdG:"], 1.0)
    whole = dict(words[0])
    colon_x0 = whole["x1"] - 0.18 * (whole["x1"] - whole["x0"])
    words = [
        dict(whole, text="GACdG", x1=colon_x0, size=9.0),
        dict(whole, text=":", x0=colon_x0, size=9.0),
    ]
    before = [dict(w) for w in words]
    assert separated_marks(np.asarray(image.convert("L")), words, PPP) == 0
    assert words == before


def test_a_mark_far_from_the_word_is_not_touched() -> None:
    import numpy as np

    image, words = _scan(["communes", ":"], ["communes", ":"], 1.0)
    before = [dict(w) for w in words]
    assert separated_marks(np.asarray(image.convert("L")), words, PPP) == 0
    assert words == before


# --------------------------------------------------------------------------- second readings


def _w(text: str, x0: float, x1: float, conf: float, top: float = 100.0) -> dict:
    return {"text": text, "x0": x0, "x1": x1, "top": top, "bottom": top + 10, "conf": conf}


def test_a_cell_reading_keeps_the_sure_marks_it_dropped() -> None:
    old = [_w("communes", 10, 50, 96), _w(":", 53, 54, 92), _w("expliciter", 58, 90, 92)]
    fresh = [_w("communes", 10, 50, 96), _w("expliciter", 58, 90, 93)]
    got = with_sure_short_words(old, fresh)
    assert [w["text"] for w in sorted(got, key=lambda w: w["x0"])] == [
        "communes",
        ":",
        "expliciter",
    ]


def test_a_cell_reading_keeps_its_own_words_where_it_read_some() -> None:
    old = [_w("GACdG", 10, 40, 96), _w(":", 41, 42, 92)]
    fresh = [_w("GACdG:", 10, 43, 90)]  # the mark read again, glued: the new reading's
    assert [w["text"] for w in with_sure_short_words(old, fresh)] == ["GACdG:"]
    unsure = [_w("communes", 10, 50, 96), _w("à", 53, 56, 70)]  # an unsure word is not kept
    assert [w["text"] for w in with_sure_short_words(unsure, unsure[:1])] == ["communes"]


def _hocr_line(top: int, words: list[tuple[str, int, int, int]]) -> str:
    spans = "".join(
        f"<span class='ocrx_word' title='bbox {x0} {top} {x1} {top + 20}; x_wconf {c}'>{t}</span>"
        for t, x0, x1, c in words
    )
    x0, x1 = words[0][1], words[-1][2]
    return (
        f"<span class='ocr_line' title='bbox {x0} {top} {x1} {top + 20}; baseline 0 -4; "
        f"x_size 20; x_descenders 4'>{spans}</span>"
    )


def _root(*lines: str) -> object:
    from defusedxml import ElementTree

    body = "".join(lines)
    return ElementTree.fromstring(
        f"<html><body><div class='ocr_page' title='bbox 0 0 2000 200'>{body}</div></body></html>"
    )


def test_a_sparse_reading_keeps_the_sure_colon_it_read_as_garbage() -> None:
    """The band read again read « : » (92 % on the page) as « Ÿ » at 0 %: the page's colon
    goes into the new line in its place, the garbage out."""
    page = _root(_hocr_line(40, [("communes", 100, 280, 96), (":", 295, 300, 92)]))
    fresh = _root(
        _hocr_line(
            40, [("communes", 100, 280, 95), ("Ÿ", 295, 300, 0), ("expliciter", 315, 460, 92)]
        )
    )
    kept = _keep_sure_short_words(_lines(page), [line.node for line in _lines(fresh)])
    assert kept == 1
    assert [t for line in _lines(fresh) for t, _ in line.words] == [
        "communes",
        ":",
        "expliciter",
    ]


def test_a_sparse_reading_that_read_the_place_surely_is_kept() -> None:
    page = _root(_hocr_line(40, [("communes", 100, 280, 96), ("à", 295, 310, 92)]))
    fresh = _root(_hocr_line(40, [("communes", 100, 280, 95), ("a", 295, 310, 88)]))
    assert _keep_sure_short_words(_lines(page), [line.node for line in _lines(fresh)]) == 0
    assert [t for line in _lines(fresh) for t, _ in line.words] == ["communes", "a"]


# --------------------------------------------------------------------------- capital accents


@pytest.mark.parametrize("blur", [0.0, 1.0])
@pytest.mark.parametrize(
    ("printed", "read", "conf", "expected"),
    [
        (["déchets.", "A", "terme,"], ["déchets.", "À", "terme,"], 79.0, "A"),
        (["déchets.", "À", "terme,"], ["déchets.", "À", "terme,"], 79.0, "À"),  # printed
        (["déchets.", "A", "terme,"], ["déchets.", "À", "terme,"], 95.0, "À"),  # read surely
        (["vue", "A", "une"], ["vue", "À", "une"], 79.0, "À"),  # no tall letter beside it
        (["Les", "Elus"], ["Les", "Élus"], 60.0, "Élus"),  # an accent inside a word: not here
    ],
)
def test_a_lone_capital_accent_the_ink_does_not_show(printed, read, conf, expected, blur) -> None:
    image, words = _scan(printed, read, blur)
    words[1]["conf"] = conf
    repair_words(image, words, PPP)
    assert words[1]["text"] == expected


@pytest.mark.parametrize("blur", [0.0, 1.0])
def test_ink_of_the_next_line_under_a_word_is_not_measured(blur: float) -> None:
    """A line box reaching down into the next line's accents: that ink, under the baseline,
    is left out (the first blob of the box was a speck of the next line, no letter)."""
    from PIL import ImageDraw

    image, words = _scan(["sur"], ["Sur"], blur)
    ImageDraw.Draw(image).rectangle((38, 112, 41, 116), fill=45)  # a speck before the « s »
    words[0]["bottom"] = 125 * PPP
    repair_words(image, words, PPP)
    assert words[0]["text"] == "sur"
