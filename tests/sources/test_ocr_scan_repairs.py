"""Repairs of OCR words from the ink, issue 13 sixth pass (scan variants of tuned plans).

Each rule is tested on words drawn as a 200 dpi scan looks once rendered at 300 dpi (sans
serif, as Chromium and Writer print, softened and on grey paper), with the word dict
Tesseract gave: what the ink proves is repaired, what it does not is left as read.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from sources.ocr_repair import repair_words

PPP = 0.24  # PDF points per pixel at 300 dpi


def _font(size: int = 42) -> object:
    import matplotlib
    from PIL import ImageFont

    path = Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf"
    return ImageFont.truetype(str(path), size)


def _scan(printed: list[str], read: list[str], blur: float = 1.0) -> tuple[object, list[dict]]:
    """Words printed side by side (one space apart) on grey paper, softened like a scan;
    their boxes as Tesseract gives them (the ink's box), with the texts it read."""
    from PIL import Image, ImageDraw, ImageFilter

    font = _font()
    image = Image.new("L", (1400, 130), 225)
    draw = ImageDraw.Draw(image)
    words, x = [], 40
    for text, got in zip(printed, read, strict=True):
        x0, top, x1, bottom = draw.textbbox((x, 40), text, font=font)
        draw.text((x, 40), text, font=font, fill=45)
        word = {"text": got, "x0": x0 * PPP, "x1": x1 * PPP, "top": (top - 4) * PPP}
        word["bottom"] = (bottom + 6) * PPP
        words.append(word)
        x = x1 + int(draw.textlength(" ", font=font))
    for word in words:  # one line: one top and bottom, as the line's baseline gives
        word["top"] = min(w["top"] for w in words)
        word["bottom"] = max(w["bottom"] for w in words)
    if blur:
        image = image.filter(ImageFilter.GaussianBlur(blur))
    return image, words


@pytest.mark.parametrize("blur", [0.0, 1.0])
@pytest.mark.parametrize(
    ("printed", "read", "expected"),
    [
        ("Identifier", "identifier", "Identifier"),  # a solid stem: the capital
        ("l'Industrie", "l'industrie", "l'Industrie"),  # after an elided article
        ("d'Impliquer", "d'impliquer", "d'Impliquer"),
        ("l'initiative", "l'initiative", "l'initiative"),  # the dot's gap shows: as read
        ("identifier", "identifier", "identifier"),
    ],
)
def test_capital_i_from_an_unbroken_stem(printed: str, read: str, expected: str, blur) -> None:
    """The stem's anti-aliased ends no longer count as a gap (before: « Identifier » scanned
    at 200 dpi stayed « identifier »: its first row was lighter than the stem's mid grey)."""
    image, words = _scan([printed], [read], blur)
    repair_words(image, words, PPP)
    assert words[0]["text"] == expected


@pytest.mark.parametrize("blur", [0.0, 1.0])
@pytest.mark.parametrize(
    ("printed", "read", "expected"),
    [
        # the dot's gap shows, but dotted_i is not wired (it lowercased a sentence's « Il » on
        # a real scan, thirty-second pass): a capital read stays as read
        ("interne", "Interne", "Interne"),
        ("il", "Il", "Il"),
        ("d'informations", "d'Informations", "d'Informations"),  # after an elided article
        ("Interne", "Interne", "Interne"),  # a solid stem: the capital, as read
        ("Il", "Il", "Il"),
        ("l'Industrie", "l'Industrie", "l'Industrie"),
    ],
)
def test_small_i_read_as_a_capital(printed: str, read: str, expected: str, blur) -> None:
    """A photocopy's « i » read « I » (« Interne (0,1 ETP) », « Il convient » mid-sentence,
    thirty-second pass) is left as read: the dot-gap test is not trusted on real scans."""
    image, words = _scan([printed], [read], blur)
    repair_words(image, words, PPP)
    assert words[0]["text"] == expected


@pytest.mark.parametrize("blur", [0.0, 1.0])
@pytest.mark.parametrize(
    ("printed", "read", "expected"),
    [
        ("AUaT", "AUAT", "AUaT"),  # an x-height glyph read as a capital
        ("AUaT,", "AUAT,", "AUaT,"),
        ("PLUiHD", "PLUIHD", "PLUiHD"),  # a dotted stem read as a capital I
        ("(PLUiHD)", "(PLUÏHD)", "(PLUiHD)"),  # its dot read as a diaeresis
        ("AUAT", "AUAT", "AUAT"),  # capitals printed: as read
        ("PLUIHD", "PLUIHD", "PLUIHD"),
        ("CAUE", "CAUE", "CAUE"),
        ("ADEME", "ADEME", "ADEME"),
    ],
)
def test_small_letters_read_as_capitals(printed: str, read: str, expected: str, blur) -> None:
    image, words = _scan([printed], [read], blur)
    repair_words(image, words, PPP)
    assert words[0]["text"] == expected


@pytest.mark.parametrize("blur", [0.0, 1.0])
@pytest.mark.parametrize(
    ("printed", "read", "expected"),
    [
        ("..)", ".)", "..)"),  # the box Tesseract gave leaves out the first dot
        ("...)", ".)", "...)"),
        (".)", ".)", ".)"),  # one dot printed: as read
    ],
)
def test_an_ellipsis_word_gets_the_dots_printed(printed: str, read: str, expected, blur) -> None:
    """« (prestation, convention, ..) » read « convention, .) »: the lone word's dots are
    counted on the ink from the previous word's end, never inside it (its comma)."""
    image, words = _scan(["convention,", printed], ["convention,", read], blur)
    dots = [b for b in words if b["text"] == read][0]
    # Tesseract's box of the lone word: from its last dot to its bracket
    dots["x0"] = dots["x1"] - 0.45 * (dots["x1"] - dots["x0"]) if len(printed) > 2 else dots["x0"]
    repair_words(image, words, PPP)
    assert [w["text"] for w in words] == ["convention,", expected]


def test_a_dark_header_band_gives_its_sides_not_a_rule_per_letter_gap() -> None:
    """A header row printed light on a dark fill: the fill between its letters made a
    « vertical rule » at every letter gap (the table reader cut header words there). Only
    the band's sides remain, and a real rule below the band (a table border) is kept."""
    from PIL import ImageDraw

    from sources.ocr import image_rules
    from sources.ocr_invert import rules_outside_letter_bands
    from tests.sources.test_ocr_scan_variants import _header_band_page

    image = _header_band_page()  # band 200-2280 × 300-420 px, light strokes inside
    draw = ImageDraw.Draw(image)
    draw.rectangle((200, 600, 2280, 603), fill=30)  # a table rule under it
    draw.rectangle((1000, 440, 1003, 600), fill=30)  # a column rule under the band
    rules = image_rules(image, PPP)
    inside = [r for r in rules if r["orientation"] == "v" and 210 * PPP < r["x0"] < 2270 * PPP]
    assert len(inside) > 20  # before: a rule per letter gap
    kept = rules_outside_letter_bands(rules, image, PPP)
    verticals = sorted(round(r["x0"] / PPP) for r in kept if r["orientation"] == "v")
    assert verticals[0] <= 202 and verticals[-1] >= 2278  # the band's sides
    assert [x for x in verticals if 210 < x < 2270] == [1002]  # the real rule only
    horizontals = sorted(round(r["top"] / PPP) for r in kept if r["orientation"] == "h")
    assert horizontals[0] == 300 and 420 <= horizontals[1] <= 421
    assert any(600 <= y <= 604 for y in horizontals) and all(not 305 < y < 415 for y in horizontals)
    # the solid black band (no letters) is not a letter band: its edges stay as found
    assert [r for r in rules if r["top"] >= 790] == [r for r in kept if r["top"] >= 790]


def _hocr(*lines: str) -> str:
    body = "\n".join(lines)
    return (
        "<?xml version='1.0' encoding='UTF-8'?>\n"
        "<html xmlns='http://www.w3.org/1999/xhtml'><body>"
        f"<div class='ocr_page' title='bbox 0 0 2480 3508'>{body}</div></body></html>"
    )


def _line(top: int, words: list[tuple[str, int, int, int]], x_size: int = 36) -> str:
    """An hOCR line at ``top`` (px) of words (text, x0, x1, confidence)."""
    spans = "".join(
        f"<span class='ocrx_word' title='bbox {x0} {top} {x1} {top + 35}; x_wconf {c}'>{t}</span>"
        for t, x0, x1, c in words
    )
    x0, x1 = words[0][1], words[-1][2]
    return (
        f"<span class='ocr_line' title='bbox {x0} {top} {x1} {top + 45}; baseline 0 -10; "
        f"x_size {x_size}; x_descenders 8'>{spans}</span>"
    )


def test_a_narrow_digit_read_unsure_is_a_speck() -> None:
    """« d' 2 appuyer »: a « 2 » 8 px wide (under a third of the font height) read at 54 %; the
    same width read surely, and a normal digit read unsure, stay."""
    from sources import ocr

    def texts(width: int, conf: int) -> list[str]:
        line = _line(
            500, [("d'", 200, 222, 92), ("2", 240, 240 + width, conf), ("appuyer", 300, 440, 95)]
        )
        return [w["text"] for w in ocr.hocr_words(_hocr(line), PPP)]

    assert texts(8, 54) == ["d'", "appuyer"]
    assert texts(8, 95) == ["d'", "2", "appuyer"]  # sure: Tesseract saw a digit
    assert texts(18, 54) == ["d'", "2", "appuyer"]  # as wide as a digit


def test_a_mark_opening_a_line_read_unsure_is_a_speck() -> None:
    from sources import ocr

    def texts(mark: str, conf: int, width: int = 6) -> list[str]:
        line = _line(
            500, [(mark, 200, 200 + width, conf), ("Créer", 260, 350, 96), ("cet", 360, 410, 96)]
        )
        return [w["text"] for w in ocr.hocr_words(_hocr(line), PPP)]

    assert texts(";", 44) == ["Créer", "cet"]
    assert texts(";", 90) == [";", "Créer", "cet"]  # read surely: left to the reader
    assert texts("à", 44, 20) == ["à", "Créer", "cet"]  # a word may open a line


def test_a_tall_colon_reaching_under_the_line_opening_it_is_a_piece_of_a_side_rule() -> None:
    """« : » read surely (65 %) at a card's wavy side rule, 3 px wide, from 0.4 of the font
    height over the baseline to 11 px under it (descenders reach 8): dropped. A real colon
    opening a line (on the baseline, 20 px tall) stays, read surely."""
    from sources import ocr

    def texts(y0: int, y1: int) -> list[str]:
        mark = f"<span class='ocrx_word' title='bbox 180 {y0} 183 {y1}; x_wconf 65'>:</span>"
        words = "".join(
            f"<span class='ocrx_word' title='bbox {x0} 500 {x1} 535; x_wconf 95'>{t}</span>"
            for t, x0, x1 in (("démarche", 202, 388), ("d'économie", 403, 616))
        )
        line = (
            "<span class='ocr_line' title='bbox 180 500 616 546; baseline 0 -11; "
            f"x_size 36; x_descenders 8'>{mark}{words}</span>"
        )
        return [w["text"] for w in ocr.hocr_words(_hocr(line), PPP)]

    assert texts(512, 546) == ["démarche", "d'économie"]  # 34 px tall, 11 px under
    assert texts(515, 535) == [":", "démarche", "d'économie"]  # a colon on the baseline
    assert texts(505, 535) == [":", "démarche", "d'économie"]  # tall, but on the baseline


def test_a_short_word_read_unsure_over_a_sure_word_is_a_ghost() -> None:
    """« Le » at 33 % read over the ascenders of « Planification » (a two-line header):
    dropped; the same word beside it (no overlap), or read surely, stays."""
    from sources import ocr

    def texts(x0: int, conf: int) -> list[str]:
        ghost = _line(480, [("Ressources", 100, 300, 95), ("Le", x0, x0 + 27, conf)])
        sure = _line(500, [("Planification", 1867, 2085, 96)])
        return [w["text"] for w in ocr.hocr_words(_hocr(ghost, sure), PPP)]

    assert texts(1947, 33) == ["Ressources", "Planification"]
    assert texts(1947, 95) == ["Ressources", "Le", "Planification"]
    assert texts(1500, 33) == ["Ressources", "Le", "Planification"]


def test_a_box_stretched_above_its_line_gets_the_line_top() -> None:
    """Sparse reading took a rule's remains into some words' boxes (« destination » 51 px
    tall, « les » 28 px on the same line): their tops sorted them apart from the others and
    the line came out garbled (« destination de tous publics, dans A les il s'agit »). A box
    reaching above 1.3 font heights gets the line's top; an accent stays as read."""
    from sources import ocr
    from sources.pdf.lines import words_to_lines

    line = _line(
        500,
        [("A", 200, 220, 95), ("destination", 235, 410, 92), ("les", 425, 470, 95)],
    )
    line = line.replace("bbox 235 500 410 535", "bbox 235 470 410 535")  # junk above
    line = line.replace("bbox 425 500 470 535", "bbox 425 503 470 535")
    words = ocr.hocr_words(_hocr(line), PPP)
    tops = {w["text"]: w["top"] for w in words}
    assert tops["destination"] == pytest.approx(tops["A"]) == pytest.approx(tops["les"])
    lines = [[s.text for s in ln.segments] for ln in words_to_lines(words, 1)]
    assert lines == [["A destination les"]]
    accent = _line(500, [("A", 200, 220, 95), ("États", 235, 330, 92)])
    accent = accent.replace("bbox 235 500 330 535", "bbox 235 492 330 535")
    tops = {w["text"]: w["top"] for w in ocr.hocr_words(_hocr(accent), PPP)}
    assert tops["États"] == pytest.approx(492 * PPP)  # above the line top, kept: its accent


def test_an_elided_word_read_alone_is_glued_to_the_next() -> None:
    """« d' 2 appuyer »: once the speck dropped, « d' » and « appuyer » are one word as
    printed; a word far on (another cell) is not glued."""
    from sources import ocr

    def texts(x0: int) -> list[str]:
        line = _line(
            500, [("ici", 100, 150, 95), ("d'", 170, 185, 92), ("appuyer", x0, x0 + 130, 95)]
        )
        return [w["text"] for w in ocr.hocr_words(_hocr(line), PPP)]

    assert texts(215) == ["ici", "d'appuyer"]
    assert texts(400) == ["ici", "d'", "appuyer"]
