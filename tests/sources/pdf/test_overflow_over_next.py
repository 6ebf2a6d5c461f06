"""A word overflowing its cell past the column bound, the next cell's first word printed over
its last letter (« communicatio|n » over « naturalistes »: a browser lets the word run out of
its cell and the next cell's text starts at its own padding). The two words collide, so the
line reads them as one run; the run is cut at the bound between them
(sources.pdf.geometry_tables._cut_at_bounds). Negative: a word merely crossing a bound with
the next word well after it in the same cell stays with it when the next word starts left of
the bound."""

from __future__ import annotations

from sources.pdf.content import Segment
from sources.pdf.geometry_tables import _cut_at_bounds

BOUNDS = [431.5, 487.1, 547.0]


def _segment(*words: tuple[float, float, str]) -> Segment:
    return Segment(words[0][0], words[-1][1], " ".join(w[2] for w in words), False, list(words))


def test_a_word_printed_over_the_overflow_starts_the_next_cell() -> None:
    seg = _segment((437.3, 493.8, "communication"), (492.8, 535.7, "naturalistes"))
    assert [s.text for s in _cut_at_bounds([seg], BOUNDS)] == ["communication", "naturalistes"]


def test_words_apart_keep_the_old_rule() -> None:
    apart = _segment((437.3, 480.0, "service"), (490.0, 535.7, "naturalistes"))
    assert [s.text for s in _cut_at_bounds([apart], BOUNDS)] == ["service", "naturalistes"]
    within = _segment((437.3, 470.0, "service"), (472.0, 495.0, "communication"))
    assert [s.text for s in _cut_at_bounds([within], BOUNDS)] == ["service communication"]
