"""Ink of a table row no word covers, read again alone with its block of ink (issue 13,
eighteenth pass: « Partenaires » of a grey header row read « a » at 3 % and dropped, so two
columns of the table ran together). The reader is a fake here (what Tesseract would return
for the crop), so the tests check which ink is read again, how a crop is cleaned, and which
readings are taken; negative cases: ink every word covers, a new reading that is garbled,
unsure, loses a sure word or brings nothing new.
"""

from __future__ import annotations

import numpy as np
import pytest

from sources.ocr_unread import erase_unbroken_rules, reread_unread_ink, taken, unread_spots
from tests.sources.test_ocr_scan_repairs import PPP, _font


def _band() -> tuple[object, list[dict], list[dict], dict]:
    """A grey header band (fill edges above and below), three headers printed; the page
    reading kept the first two and lost the third."""
    from PIL import Image, ImageDraw

    image = Image.new("L", (1600, 260), 250)
    draw = ImageDraw.Draw(image)
    draw.rectangle((40, 60, 1560, 180), fill=229)
    font = _font(34)
    words, boxes = [], {}
    for text, x in (("Porteur", 100), ("Planification", 500), ("Partenaires", 1100)):
        box = draw.textbbox((x, 100), text, font=font)
        draw.text((x, 100), text, font=font, fill=30)
        boxes[text] = box
        words.append({"text": text, "x0": box[0] * PPP, "x1": box[2] * PPP, "top": box[1] * PPP})
        words[-1].update(bottom=box[3] * PPP, size=8.5, conf=96.0)
    rules = [
        {"orientation": "h", "x0": 40 * PPP, "x1": 1560 * PPP, "top": y * PPP, "bottom": y * PPP}
        for y in (60, 180)
    ]
    return image, words[:2], rules, boxes


def test_the_lost_word_is_the_only_unread_spot() -> None:
    image, words, rules, boxes = _band()
    cell = (40 * PPP, 60 * PPP, 1560 * PPP, 180 * PPP)
    spots = unread_spots(image, cell, words, PPP, 8.5)
    assert len(spots) == 1
    x0, top, x1, bottom = (v / PPP for v in spots[0])
    want = boxes["Partenaires"]
    assert abs(x0 - want[0]) <= 3 and abs(x1 - want[2]) <= 3
    assert top >= want[1] - 3 and bottom <= want[3] + 3


def test_no_spot_where_every_word_is_read() -> None:
    image, words, rules, boxes = _band()
    x0, top, x1, bottom = boxes["Partenaires"]
    words.append(
        {"text": "Partenaires", "x0": x0 * PPP, "x1": x1 * PPP, "top": top * PPP}
        | {"bottom": bottom * PPP, "size": 8.5, "conf": 96.0}
    )
    cell = (40 * PPP, 60 * PPP, 1560 * PPP, 180 * PPP)
    assert unread_spots(image, cell, words, PPP, 8.5) == []


def _reader(text: str, conf: float, calls: list) -> object:
    def read(crop, psm):  # type: ignore[no-untyped-def]
        calls.append((crop.size, psm))
        w, h = crop.size
        return [
            {"text": text, "x0": 12 * PPP, "x1": (w - 12) * PPP, "top": 12 * PPP}
            | {"bottom": (h - 12) * PPP, "size": 8.5, "conf": conf}
        ]

    return read


def test_the_lost_header_is_read_again_alone() -> None:
    image, words, rules, _ = _band()
    calls: list = []
    out = reread_unread_ink(image, words, rules, PPP, _reader("Partenaires", 95.0, calls))
    assert [w["text"] for w in sorted(out, key=lambda w: w["x0"])] == [
        "Porteur",
        "Planification",
        "Partenaires",
    ]
    assert calls and all(size[0] < 600 for size, _ in calls)  # the block, not the band


@pytest.mark.parametrize(("text", "conf"), [("Fariciaires", 27.0), ("Partenaires", 55.0)])
def test_a_garbled_or_unsure_reading_is_not_taken(text: str, conf: float) -> None:
    image, words, rules, _ = _band()
    out = reread_unread_ink(image, words, rules, PPP, _reader(text, conf, []))
    assert sorted(w["text"] for w in out) == ["Planification", "Porteur"]


def test_a_page_without_table_rules_is_left_alone() -> None:
    image, words, _, _ = _band()
    calls: list = []
    out = reread_unread_ink(image, words, [], PPP, _reader("Partenaires", 95.0, calls))
    assert out == words and calls == []


def _w(text: str, conf: float, x0: float = 0.0) -> dict:
    return {"text": text, "conf": conf, "x0": x0, "x1": x0 + 10, "top": 0.0, "bottom": 9.0}


def test_which_readings_are_taken() -> None:
    old = [_w("envisagés", 96.0)]
    assert taken(old, [_w("Partenaires", 95.0), _w("envisagés", 96.0)])
    assert not taken(old, [_w("Partenaires", 95.0)])  # a sure word lost
    assert not taken(old, [_w("envisagés", 96.0)])  # nothing new
    assert not taken(old, [])
    # as many words, much surer: « Ressources 4 » read again « Ressources à »
    assert taken([_w("Ressources", 75.0), _w("4", 80.0)], [_w("Ressources", 96.0), _w("à", 96.0)])
    assert not taken(
        [_w("Ressources", 90.0), _w("4", 92.0)], [_w("Ressources", 96.0), _w("à", 96.0)]
    )


def test_only_unbroken_rules_are_erased() -> None:
    """A rule across the crop is painted paper; the middle row of a bold word, whose ink
    covers most of the row with gaps between letters, is kept."""
    from PIL import Image, ImageDraw

    image = Image.new("L", (400, 80), 229)
    draw = ImageDraw.Draw(image)
    draw.text((10, 15), "Partenaires", font=_font(52), fill=20)
    draw.line((0, 75, 399, 75), fill=20, width=2)
    grey = np.asarray(image)
    cleaned = np.asarray(erase_unbroken_rules(image))
    assert (cleaned[75] > 200).all()  # the rule is gone
    assert (cleaned[:70] == grey[:70]).all()  # the word untouched
