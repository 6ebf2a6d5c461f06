"""Two texts drawn over each other on one line (sources.pdf.collisions): a header label wider
than its cell running into the next label is cut where the second text's first glyph
starts; kerning, a glyph drawn twice (faked bold) and ordinary words are left whole. Hand-made
characters (pdfplumber's shape)."""

from __future__ import annotations

from typing import Any

from sources.pdf.collisions import collision_points, split_collided


def _chars(x: float, text: str, advance: float = 4.0, top: float = 100.0) -> list[dict[str, Any]]:
    return [
        {
            "text": ch,
            "x0": x + advance * i,
            "x1": x + advance * (i + 1),
            "top": top,
            "bottom": top + 7.5,
            "size": 7.5,
            "upright": True,
        }
        for i, ch in enumerate(text)
    ]


def _word(chars: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "text": "".join(c["text"] for c in chars),
        "x0": chars[0]["x0"],
        "x1": max(c["x1"] for c in chars),
        "top": chars[0]["top"],
        "bottom": chars[0]["bottom"],
    }


def test_a_label_running_into_the_next_one_is_cut_where_the_second_starts() -> None:
    """« Planification » (ends at 152) over « Ressources » starting at 149 (its cell's
    padding): one glued word, cut at 149; each part keeps its own extent."""
    left = _chars(100.0, "Planification")
    right = _chars(149.0, "Ressources")
    chars = left + right
    assert collision_points(chars) == [(149.0, 100.0)]
    words = split_collided([_word(sorted(chars, key=lambda c: c["x0"]))], chars)
    assert [(w["text"], w["x0"], w["x1"]) for w in words] == [
        ("Planification", 100.0, 152.0),
        ("Ressources", 149.0, 189.0),
    ]


def test_kerning_a_glyph_drawn_twice_and_plain_words_are_no_collision() -> None:
    """A glyph pulled back by a kerning pair (less than a quarter of its size), the same
    glyph drawn again a hair to the right (faked bold) and words apart stay whole."""
    kerned = _chars(100.0, "AV")
    kerned[1]["x0"] -= 0.8
    kerned[1]["x1"] -= 0.8
    twice = _chars(200.0, "B") + _chars(200.3, "B")
    apart = _chars(300.0, "mise") + _chars(320.0, "en")
    assert collision_points(kerned + twice + apart) == []
    words = [_word(kerned), _word(apart[:4]), _word(apart[4:])]
    assert split_collided(words, kerned + twice + apart) is words


def test_a_word_whose_glyphs_are_not_its_text_is_left_whole() -> None:
    """A ligature (one glyph for « fi ») keeps the word whole: its glyphs cannot be
    matched one to one with its letters."""
    chars = _chars(100.0, "ab") + _chars(105.0, "c")
    word = {**_word(chars), "text": "abfic"}
    assert split_collided([word], chars) == [word]


def test_a_collision_past_the_last_glyph_start_leaves_the_word_whole() -> None:
    """A collision found on a line a hair lower (an icon glyph and its wide neighbour, both
    running past the word's end) falls inside « Porteur » but after its last glyph starts:
    no glyph of the word starts there, so nothing is cut (it once stopped the page's reading
    with a StopIteration)."""
    word_chars = _chars(100.0, "Porteur")  # 100 → 128, last glyph starts at 124
    icon = {**_chars(120.0, "⛁", advance=12.0, top=100.6)[0]}  # 120 → 132
    wide = {**_chars(126.0, "R", advance=9.0, top=100.6)[0]}  # starts inside the icon
    chars = [*word_chars, icon, wide]
    assert collision_points(chars) == [(126.0, 100.6)]
    assert [w["text"] for w in split_collided([_word(word_chars)], chars)] == ["Porteur"]
