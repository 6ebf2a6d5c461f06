"""Dot leaders of a scanned page (« Ressources à mobiliser ........ 15000 », issue 13,
``leaders_froisse_200``): Tesseract glues the label, the dots and the value into one unsure
word, reads the dots as low letters of their own, or stretches a word's box over them. Each
is kept as a leader of full stops between the label and the value, as a text PDF gives it;
hand-made hOCR lines (200 dpi, font height 34 px, baseline at y = 1030)."""

from __future__ import annotations

import pytest

from sources import ocr
from sources.action_plan.leader_lines import split_leader
from sources.ocr_leaders import leader_pieces, split_glued

PPP = 72 / 200


@pytest.fixture(autouse=True)
def _leaders_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COPDIAG_OCR_LEADERS", "on")


X = 34.0  # font height (px)


def _line(words: list[tuple[str, tuple[int, int, int, int], int]]) -> str:
    spans = "\n".join(
        f"<span class='ocrx_word' title='bbox {x0} {y0} {x1} {y1}; x_wconf {c}'>{t}</span>"
        for t, (x0, y0, x1, y1), c in words
    )
    return f"""<html><body><div class='ocr_page' title='bbox 0 0 1654 2339'>
<span class='ocr_line' title="bbox 300 1000 1400 1038; baseline 0 -8; x_size {X:.0f}; x_descenders 8">
{spans}
</span></div></body></html>"""


def _text(words: list[tuple[str, tuple[int, int, int, int], int]]) -> str:
    return " ".join(w["text"] for w in ocr.hocr_words(_line(words), PPP))


def test_a_glued_label_leader_and_value_are_cut_apart_and_kept() -> None:
    """« mobiliser…..…......…..15000 » at 8 %: dropped whole before (not word-like)."""
    text = _text(
        [
            ("Ressources", (300, 1004, 460, 1030), 96),
            ("à", (472, 1002, 487, 1030), 93),
            ("mobiliser…..…......…..15000", (500, 1001, 968, 1030), 8),
        ]
    )
    assert split_leader(text) == ("Ressources à mobiliser", "15000")
    words = ocr.hocr_words(_line([("mobiliser…..…......…..15000", (500, 1001, 968, 1030), 8)]), PPP)
    assert [w["text"] for w in words][0::2] == ["mobiliser", "15000"]
    assert words[0]["x0"] == 500 * PPP and words[2]["x1"] == 968 * PPP
    assert words[0]["x1"] < words[1]["x0"] < words[1]["x1"] < words[2]["x0"]


def test_dots_read_as_low_letters_become_one_leader() -> None:
    """« Porteur » then the dots read « Et asSe reacess ... » (boxes 6 px high on the
    baseline): one leader up to the value."""
    text = _text(
        [
            ("Porteur", (300, 1005, 418, 1030), 91),
            ("Et", (426, 1023, 443, 1029), 0),
            ("asSe", (455, 1023, 489, 1029), 0),
            ("reacess", (500, 1022, 580, 1028), 0),
            ("she", (588, 1023, 640, 1029), 12),
            ("GACdG", (650, 1003, 760, 1030), 92),
        ]
    )
    assert split_leader(text) == ("Porteur", "GACdG")
    assert "reacess" not in text and "she" not in text


def test_a_word_box_stretched_over_its_leader_is_cut_at_its_letters() -> None:
    """« acteurs... » in a box 778 px wide (7 letters take about 120): the word and a
    leader; its three dots alone would be no leader."""
    text = _text(
        [
            ("des", (300, 1004, 350, 1030), 96),
            ("acteurs...", (360, 1004, 1138, 1030), 26),
            ("2020", (1148, 1004, 1228, 1030), 96),
        ]
    )
    assert split_leader(text) == ("des acteurs", "2020")


def test_dots_that_are_no_leader_are_left_as_read() -> None:
    # a word's own three dots, its box as wide as its letters
    assert split_glued(("associations...)", [0, 0, 230, 30], 84), X) is None
    assert split_glued(("etc...", [0, 0, 100, 30], 90), X) is None
    assert split_glued(("1.1.2", [0, 0, 110, 30], 79), X) is None
    # a lone period on the baseline after a word: too short for a leader
    words = [
        ("fin", [300.0, 1005.0, 350.0, 1030.0], 96.0),
        (".", [352.0, 1024.0, 358.0, 1030.0], 60.0),
    ]
    assert leader_pieces(words, X, lambda x: 1030.0) == words
    # a dash or an underscore on the line: another leader or a rule, not dots
    dash = [
        ("Nom", [300.0, 1005.0, 360.0, 1030.0], 96.0),
        ("———", [370.0, 1024.0, 600.0, 1028.0], 40.0),
    ]
    assert leader_pieces(dash, X, lambda x: 1030.0) == dash
    # low pieces opening the line (no label before them) or under words (an underline)
    low = [
        ("eeee", [300.0, 1024.0, 500.0, 1030.0], 10.0),
        ("Porteur", [510.0, 1005.0, 628.0, 1030.0], 90.0),
    ]
    assert leader_pieces(low, X, lambda x: 1030.0) == low
    under = [
        ("Porteur", [300.0, 1005.0, 418.0, 1030.0], 90.0),
        ("eeee", [310.0, 1024.0, 410.0, 1030.0], 10.0),
    ]
    assert leader_pieces(under, X, lambda x: 1030.0) == under
    # letters x-height tall (« en », « nous »), not dots
    small = [
        ("Porteur", [300.0, 1005.0, 418.0, 1030.0], 90.0),
        ("nous", [430.0, 1012.0, 500.0, 1030.0], 90.0),
    ]
    assert leader_pieces(small, X, lambda x: 1030.0) == small


def test_a_short_unsure_mark_inside_a_leader_is_part_of_it() -> None:
    """« publics ..... 1) ..... 2019 »: the « 1) » (dots read taller) left the planning
    « 1) ..... 2019 »; a sure word between dots stays."""
    text = _text(
        [
            ("publics", (300, 1004, 420, 1038), 96),
            ("nes", (430, 1023, 700, 1029), 0),
            ("1)", (712, 1008, 740, 1030), 20),
            ("rerrns", (750, 1023, 1000, 1029), 0),
            ("2019", (1010, 1004, 1090, 1030), 96),
        ]
    )
    assert split_leader(text) == ("publics", "2019")
    assert len(text.split()) == 3
    kept = _text(
        [
            ("publics", (300, 1004, 420, 1038), 96),
            ("nes", (430, 1023, 700, 1029), 0),
            ("et", (712, 1012, 740, 1030), 95),
            ("rerrns", (750, 1023, 1000, 1029), 0),
            ("2019", (1010, 1004, 1090, 1030), 96),
        ]
    )
    assert " et " in kept


def test_one_unsure_glyph_wider_than_any_letter_is_dropped() -> None:
    """« Etape 4 Planification »: a crease across the column head read « 4 » at 0 %, in a
    box 80 px wide (2.4 font heights); the head was no longer labels alone. A sure « 4 » or
    a narrow unsure one stays."""
    head = [("Etape", (300, 1004, 380, 1030), 95), ("Planification", (1380, 1004, 1500, 1030), 94)]
    assert _text([*head[:1], ("4", (1260, 1002, 1340, 1032), 0), *head[1:]]) == (
        "Etape Planification"
    )
    assert _text([*head[:1], ("4", (1260, 1004, 1280, 1030), 40), *head[1:]]) == (
        "Etape 4 Planification"
    )
    assert _text([*head[:1], ("W", (1260, 1004, 1310, 1030), 40), *head[1:]]) == (
        "Etape W Planification"
    )


def test_a_leader_ends_where_the_value_starts() -> None:
    """« envisagés... » in a box running over « Chambre » read after it: the leader stops
    at « Chambre », which follows it in the line's text."""
    words = ocr.hocr_words(
        _line(
            [
                ("Partenaires", (300, 1004, 470, 1030), 96),
                ("envisagés...", (480, 1001, 1021, 1034), 0),
                ("Chambre", (902, 1003, 1022, 1030), 40),
                ("du", (1030, 1004, 1068, 1030), 96),
            ]
        ),
        PPP,
    )
    text = " ".join(w["text"] for w in sorted(words, key=lambda w: w["x0"]))
    assert split_leader(text) == ("Partenaires envisagés", "Chambre du")
