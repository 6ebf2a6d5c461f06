"""Table rows and ink blocks of a scanned page read again alone (issue 13, eleventh pass).

Drawn pages as a 200 dpi scan looks rendered at 300 dpi (0.24 pt a pixel): rules, a grey
header row, words; the second reading is a stand-in for Tesseract (``read(crop, psm)``) that
records the crops it was given, so what is read again, and what is taken, is checked exactly.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from sources.ocr_cells import (
    clip_to_rules,
    erase_rules,
    ink_block,
    reread_cells,
    reread_unsure_blocks,
    row_rules,
    table_cells,
    unread_ink,
    with_sure_short_words,
)

PPP = 0.24  # PDF points per pixel at 300 dpi
WIDTH, HEIGHT = 2400, 1200  # px: a page 576 × 288 pt


def _font(size: int = 40) -> object:
    import matplotlib
    from PIL import ImageFont

    path = Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf"
    return ImageFont.truetype(str(path), size)


def _word(text: str, x0: float, top: float, x1: float, bottom: float, conf: float = 96.0) -> dict:
    """A word in points (arguments in pixels)."""
    return {
        "text": text,
        "x0": x0 * PPP,
        "x1": x1 * PPP,
        "top": top * PPP,
        "bottom": bottom * PPP,
        "height": (bottom - top) * PPP,
        "conf": conf,
        "size": 10.0,
    }


def _h(y_px: float, x0_px: float = 100, x1_px: float = 2300) -> dict:
    y = y_px * PPP
    return {"orientation": "h", "x0": x0_px * PPP, "x1": x1_px * PPP, "top": y, "bottom": y}


def _v(x_px: float, top_px: float, bottom_px: float) -> dict:
    x = x_px * PPP
    return {"orientation": "v", "x0": x, "x1": x, "top": top_px * PPP, "bottom": bottom_px * PPP}


def _page(texts: list[tuple[str, int, int]]) -> tuple[Any, list[dict]]:
    """A grey-paper page with words drawn at (x, y) px, and their ink boxes as words."""
    from PIL import Image, ImageDraw

    image = Image.new("L", (WIDTH, HEIGHT), 235)
    draw = ImageDraw.Draw(image)
    words = []
    for text, x, y in texts:
        x0, top, x1, bottom = draw.textbbox((x, y), text, font=_font())
        draw.text((x, y), text, font=_font(), fill=40)
        words.append(_word(text, x0, top, x1, bottom))
    return image, words


def test_erase_rules_paints_rules_not_letters() -> None:
    """Pixel rows and columns mostly ink are rules (painted the paper's grey); a glyph's
    stroke is not."""
    import numpy as np
    from PIL import ImageDraw

    image, _ = _page([("Etape", 300, 100)])
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 60, WIDTH, 62), fill=30)  # a horizontal rule
    draw.rectangle((200, 0, 202, HEIGHT), fill=30)  # a vertical one
    crop = image.crop((100, 40, 1000, 200))
    before = np.asarray(crop) < 170
    after = np.asarray(erase_rules(crop)) < 170
    assert before[20:23, :].all() and not after[20:23, :].any()
    assert before[:, 100:103].all() and not after[:, 100:103].any()
    assert after.sum() > 0.9 * (before.sum() - before[20:23, :].sum() - before[:, 100:103].sum())


def test_rule_pieces_join_into_table_rows_cut_by_column_rules() -> None:
    """Fill edges come in pieces (one per cell): joined at one height they make a row rule;
    an underline is not one. Vertical rules running down a band cut it into cells."""
    pieces = [_h(300, 100, 900), _h(300.5 + 1, 900, 1600), _h(300, 1600, 2300)]
    rules = [*pieces, _h(500), _h(520), _h(900), _h(700, 400, 600)]  # 520: a thick rule's edge
    rules += [_v(800, 300, 500), _v(1500, 315, 485), _v(1200, 300, 330)]  # the last: too short
    assert [round(y / PPP) for y, _, _ in row_rules(rules, WIDTH * PPP)] == [300, 500, 520, 900]
    bands = table_cells(rules, WIDTH * PPP, HEIGHT * PPP)
    assert [[round(c[0] / PPP) for c in band] for band in bands] == [[100, 800, 1500], [100]]
    assert [round(bands[1][0][1] / PPP), round(bands[1][0][3] / PPP)] == [520, 900]


def test_word_boxes_are_cut_at_the_rule_they_reach_across() -> None:
    """A header word whose box reaches 3 pt under the header's rule, and a body word whose
    accents reach above it, are cut at the rule; a word across a rule by more than half
    its height, or beside the rule's end, is left."""
    rules = [_h(500, 100, 2000)]
    header = _word("Descriptif", 300, 440, 500, 512)  # centre above, bottom 12 px under
    body = _word("Développer", 300, 498, 500, 540)  # centre under, top 2 px above
    beside = _word("Porteur", 2100, 440, 2250, 512)  # the rule ends before it
    words = clip_to_rules([header, body, beside], rules, PPP, WIDTH * PPP)
    assert round(words[0]["bottom"] / PPP) == 500 and round(words[0]["top"] / PPP) == 440
    assert round(words[1]["top"] / PPP) == 500 and round(words[1]["bottom"] / PPP) == 540
    assert round(words[2]["bottom"] / PPP) == 512
    assert words[0]["height"] == pytest.approx(words[0]["bottom"] - words[0]["top"])


def test_ink_no_word_covers_is_an_unread_word() -> None:
    """« Etape » printed in a header cell but left out by Tesseract's page layout: ink as
    wide as a short word that no box covers. Covered ink, or a speck, is not."""
    from PIL import ImageDraw

    image, words = _page([("Etape", 300, 330), ("Descriptif", 1000, 330)])
    cell = (150 * PPP, 300 * PPP, 2200 * PPP, 420 * PPP)
    assert not unread_ink(image, cell, words, PPP, 10.0)
    assert unread_ink(image, cell, words[1:], PPP, 10.0)
    ImageDraw.Draw(image).rectangle((600, 350, 604, 354), fill=40)  # a speck
    assert not unread_ink(image, cell, words, PPP, 10.0)


def _reader(answer: list[dict]) -> tuple[list[tuple[Any, int]], Any]:
    """A stand-in for Tesseract: records (crop, psm), answers ``answer`` (points from the
    crop's corner) for psm 6 and nothing for the other modes."""
    calls: list[tuple[Any, int]] = []

    def read(crop: Any, psm: int) -> list[dict]:
        calls.append((crop, psm))
        return [dict(w) for w in answer] if psm == 6 else []

    return calls, read


def _header_page() -> tuple[Any, list[dict], list[dict]]:
    """A header row (300-400 px) over a body row (400-700 px), rules at 300, 400, 700;
    « Descriptif » read « DRE » at 0 % with a box reaching 40 px into the body row."""
    image, words = _page([("Etape", 200, 330), ("Descriptif", 900, 330), ("Former", 200, 520)])
    words[1].update(text="DRE", conf=0.0, bottom=440 * PPP)
    return image, words, [_h(300), _h(400), _h(700)]


def test_a_row_read_across_its_rule_is_read_again_cell_by_cell() -> None:
    """The header row holding a garbled word that reaches across its rule is cropped
    between its rules (psm 6, then 11) and its words replaced by the surer reading."""
    image, words, rules = _header_page()
    pad = 12 * PPP  # the crop's paper margin
    got = [
        _word("Etape", 100, 30, 220, 70),
        _word("Descriptif", 800, 30, 1030, 75),
    ]
    for w in got:  # in points from the padded crop's corner (the crop starts at x 100, y 300)
        for key in ("x0", "x1"):
            w[key] += pad
        for key in ("top", "bottom"):
            w[key] += pad
    calls, read = _reader(got)
    out = reread_cells(image, words, rules, PPP, read)
    texts = [(w["text"], round(w["x0"] / PPP), round(w["top"] / PPP)) for w in out]
    # the body row was read too (DRE reached across its rule), but the stand-in gave it
    # nothing holding « Former »: the page reading stays
    assert texts == [("Etape", 200, 330), ("Descriptif", 900, 330), ("Former", 200, 529)]
    assert {psm for _, psm in calls} == {6, 11}
    header_crop = calls[0][0]
    assert header_crop.size == (2200 + 24, 100 + 24)  # between the rules, plus the margin


def test_a_worse_second_reading_is_not_taken() -> None:
    """The cell reading is taken only with fewer garbled words and no lower confidence,
    and keeping every word the page reading read surely."""
    image, words, rules = _header_page()
    _, read = _reader([_word("Etaqe", 100, 40, 220, 80, conf=20.0)])
    out = reread_cells(image, words, rules, PPP, read)
    assert sorted(w["text"] for w in out) == ["DRE", "Etape", "Former"]


def test_a_row_whose_rules_end_inside_a_word_is_not_cropped() -> None:
    """Rules stopping inside a word of the row (« Puissance » of a field's value past the
    grid's edge): a crop would cut it (« Puis »), so the row is left as read."""
    image, words, _ = _header_page()
    words.append(_word("Puissance", 2250, 330, 2380, 370))
    rules = [_h(300, 100, 2300), _h(400, 100, 2300), _h(700, 100, 2300)]
    calls, read = _reader([_word("Etape", 100, 40, 220, 80)])
    out = reread_cells(image, words, rules, PPP, read)
    assert not [c for c in calls if c[0].height < 200]  # the header row was not read again
    assert sorted(w["text"] for w in out) == ["DRE", "Etape", "Former", "Puissance"]
    assert len(calls) == 2  # the body row only (DRE reaches across its rule), not taken


def test_the_ink_block_of_a_word_is_its_cell() -> None:
    """« 2019 » over « - 2020 » (a planning cell centred beside a long description): the
    block of the unsure word holds both lines, not the next column's words."""
    image, words = _page([("aux", 100, 400), ("2019", 700, 380), ("- 2020", 690, 430)])
    image2, more = _page([("5000", 1100, 400)])
    image.paste(image2.crop((1000, 300, 1400, 500)), (1000, 300))
    block = ink_block(image, {**words[1], "conf": 15.0}, PPP)
    assert block is not None
    x0, top, x1, bottom = (round(v / PPP) for v in block)
    assert 685 <= x0 <= 700 and x1 < 900 and top <= 390 and bottom >= 460
    # a word inside a long line of running text: no block (read in context already)
    line, line_words = _page([(" ".join(["mot"] * 30), 100, 400)])
    assert ink_block(line, {**line_words[0], "x0": 1000 * PPP, "x1": 1060 * PPP}, PPP) is None


def test_a_word_read_unsure_is_read_again_with_its_block() -> None:
    """« 0 » at 15 % for « 2019 - 2020 »: its block is read alone and replaces it; a word
    read surely elsewhere is untouched."""
    image, words = _page([("aux", 100, 400), ("2019", 700, 380), ("- 2020", 690, 430)])
    unsure = _word("0", 700, 380, 760, 480, conf=15.0)
    page_words = [words[0], unsure]
    got = [
        _word("2019", 20, 15, 140, 55),
        _word("-", 10, 65, 30, 95),
        _word("2020", 40, 65, 160, 105),
    ]
    calls, read = _reader(got)
    out = reread_unsure_blocks(image, page_words, PPP, read)
    assert sorted(w["text"] for w in out) == ["-", "2019", "2020", "aux"]
    assert len(calls) == 2  # psm 6 and 11, one block
    # the same words read again change nothing (the page reading's geometry is kept)
    _, same = _reader([_word("0", 20, 15, 140, 55, conf=80.0)])
    again = reread_unsure_blocks(image, page_words, PPP, same)
    assert sorted(again, key=lambda w: w["x0"]) == page_words


def test_fill_opening_the_page_above_an_unfilled_row_gives_its_edges() -> None:
    """Writer zebra going on from the page before, the page holding no other filled row: the
    end of a filled row opens the page (description lines in one column) above the next,
    unfilled row (words in six columns, centred a few lines down). The fill gives its edges
    (before: none, and the next row's first lines were read into the cut row); alone on the
    page, with no table under it, it is a shaded band and gives none."""
    from PIL import Image, ImageDraw

    from sources.ocr_fills import fill_edges

    image = Image.new("L", (2480, 3508), 254)
    draw = ImageDraw.Draw(image)
    draw.rectangle((200, 500, 2280, 799), fill=238)  # the end of a row cut by the break
    words = []
    for top in (560, 620, 680):  # three description lines in one column
        draw.rectangle((610, top, 900, top + 30), fill=30)
        words.append({"text": "fin", "x0": 610 * 0.24, "x1": 900 * 0.24, "top": top * 0.24})
        words[-1]["bottom"] = (top + 30) * 0.24
    alone = [dict(w) for w in words]
    for x0 in (210, 610, 1350, 1550, 1800, 2040):  # the next row, unfilled, in six columns
        draw.rectangle((x0, 1000, x0 + 100, 1030), fill=30)
        words.append({"text": "mot", "x0": x0 * 0.24, "x1": (x0 + 100) * 0.24, "top": 240.0})
        words[-1]["bottom"] = 1030 * 0.24
    tops = sorted({round(e["top"] / 0.24) for e in fill_edges(image, 0.24, words)})
    assert tops == [500, 800]
    draw.rectangle((0, 950, 2480, 1100), fill=254)  # no table under the fill
    assert fill_edges(image, 0.24, alone) == []


def test_two_stems_between_words_are_il_elsewhere_a_rule() -> None:
    """« sens. Il s'agit » read « sens. || s'agit »: the rule stripping dropped « Il ». Two
    stems at word spaces between two words, no taller than the line, are « Il »; at a cell's
    padding from its neighbours (a double rule between cells), they are still dropped."""
    from sources.ocr import hocr_words
    from tests.sources.test_ocr_scan_repairs import _hocr, _line

    words = [("sens.", 100, 190, 96), ("||", 210, 225, 48), ("s'agit", 245, 340, 93)]
    texts = [w["text"] for w in hocr_words(_hocr(_line(500, words)), PPP)]
    assert texts == ["sens.", "Il", "s'agit"]
    apart = [("2019", 100, 190, 96), ("||", 300, 315, 48), ("5000", 420, 510, 93)]
    texts = [w["text"] for w in hocr_words(_hocr(_line(500, apart)), PPP)]
    assert texts == ["2019", "5000"]


def _read_as(text: str, conf: float, x0: float, x1: float, top: float = 100.0) -> dict[str, Any]:
    return {"text": text, "conf": conf, "x0": x0, "x1": x1, "top": top, "bottom": top + 12.0}


def test_a_fairly_sure_word_the_crop_read_as_garbage_is_kept() -> None:
    old = [
        _read_as("FICHE", 95.0, 40, 80),
        _read_as("1.1.2", 85.0, 85, 110),
        _read_as("Ob", 20.0, 40, 60, 120),
    ]
    # the crop dropped « 1.1.2 » (read « Z.1.2 » at 20 %, under the confidence floor)
    fresh = [_read_as("FICHE", 91.0, 40, 80), _read_as("Objectif", 88.0, 40, 90, 120)]
    kept = with_sure_short_words(old, fresh)
    assert sorted(w["text"] for w in kept) == ["1.1.2", "FICHE", "Objectif"]
    # read garbled where it lies: the garbled word gives way
    fresh = [_read_as("FICHE", 91.0, 40, 80), _read_as("Z.1.2", 32.0, 85, 110)]
    assert sorted(w["text"] for w in with_sure_short_words(old, fresh)) == ["1.1.2", "FICHE"]
    # read again surely otherwise: the new reading is taken
    fresh = [_read_as("FICHE", 91.0, 40, 80), _read_as("1.1.3", 88.0, 85, 110)]
    assert sorted(w["text"] for w in with_sure_short_words(old, fresh)) == ["1.1.3", "FICHE"]
    # a word the page read unsurely is not kept
    old[1]["conf"] = 70.0
    fresh = [_read_as("FICHE", 91.0, 40, 80)]
    assert [w["text"] for w in with_sure_short_words(old, fresh)] == ["FICHE"]
