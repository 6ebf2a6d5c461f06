"""A fax machine's transmission line over the top margin, and labels read a letter wrong.

Issue 13, thirty-second pass (``yearspan_fax_98``, ``scripts/measure_ocr_variants.py``): the
line « 03/12/2026 10:42 DE : +33 5 62 61 21 00 GRAND AUCH COEUR DE GASCOGNE P.006/017 » is
printed straight over a page sent askew; straightened, the page tilts it and the line finder
cuts it at a different word on each page, so no piece repeated and « GASCOGNE P.006/017 »
was read into the steps table (an owner « GACdG P.006/017 »). The pieces side by side are one
band line now (:func:`sources.pdf.running.band_line_groups`). Long field labels read one
letter wrong (« Liens avec les vbjectifs réglementaires ») are still labels.
"""

from __future__ import annotations

from typing import Any

import pytest

from sources.action_plan.labels import _field_key, _fold_label, _is_impl_label
from sources.pdf.lines import words_to_lines
from sources.pdf.running import EdgeTexts, _running_key, band_line_groups, group_text
from sources.pdf.scans import OcrPage

HEIGHT = 842.0
FAX = "03/12/2026 10:42 DE : +33 5 62 61 21 00 GRAND AUCH COEUR DE GASCOGNE P.{:03d}/017"


def _word(text: str, x0: float, top: float, size: float = 10.0) -> dict[str, Any]:
    return {
        "text": text,
        "x0": x0,
        "x1": x0 + 6.0 * len(text),
        "top": top,
        "bottom": top + size,
        "size": size,
        "conf": 90.0,
    }


def _fax_words(page: int, cut: int) -> list[dict[str, Any]]:
    """The fax line of ``page``, its words from the ``cut``-th on 3.5 pt lower (tilted), the
    running header and a body line under it."""
    words, x = [], 27.0
    for i, text in enumerate(FAX.format(page).split()):
        words.append(_word(text, x, 3.3 if i < cut else 6.8))
        x += 6.0 * len(text) + 5.0
    words.append(_word("PCAET", 57.0, 35.0))
    words.append(_word("Programme", 100.0, 35.0))
    words.append(_word("Contexte", 57.0, 120.0))
    return words


def test_pieces_of_one_tilted_band_line_are_one_text() -> None:
    lines = words_to_lines(_fax_words(6, 11), 6)
    tops = sorted(round(ln.top, 1) for ln in lines if ln.top < 20)
    assert tops == [3.3, 6.8]  # cut in two by the line finder
    groups = band_line_groups(lines, HEIGHT, 0.09)
    assert len(groups) == 1 and len(groups[0]) == 2
    assert group_text(groups[0]) == FAX.format(6)


def test_a_fax_line_cut_at_a_different_word_on_each_page_is_running() -> None:
    edges = EdgeTexts()
    pages = {}
    for index, cut in enumerate((11, 12, 9, 13)):
        edges.add_empty(HEIGHT)
        pages[index] = OcrPage(_fax_words(index + 1, cut), 0.9)
    found = edges.running(pages)
    assert _running_key(FAX.format(1)) in found
    # no piece alone repeats on three pages of four
    assert _running_key("GRAND AUCH COEUR DE GASCOGNE P.001/017") not in found


def test_lines_one_under_the_other_are_not_pieces_of_one() -> None:
    words = [_word("PCAET", 57.0, 35.0), _word("Programme", 57.0, 47.0)]
    assert band_line_groups(words_to_lines(words, 1), HEIGHT, 0.09) == []
    # side by side but deep in the page: not in the band
    words = [_word("Nombre", 57.0, 400.0), _word("participants", 300.0, 403.0)]
    assert band_line_groups(words_to_lines(words, 1), HEIGHT, 0.09) == []


@pytest.mark.parametrize(
    ("label", "key"),
    [
        ("Liens avec les vbjectifs réglementaires", "regulatory_links"),
        ("Publics cihles", "target_audiences"),
        ("Indicateurs de suivl", "indicators"),
        ("Objectifs et résuitats attendus", "expected_results"),
        ("Publics cibles", "target_audiences"),  # read right
        ("Publics ciblés", "target_audiences"),  # accents folded
        ("Pubics cibes", None),  # two letters lost
        ("Rublics cibles", None),  # the first letter
        ("Publicscibles", None),  # words run together: another count of words
        ("Cibls", None),  # short labels are matched exactly only
        ("Cible", "target_audiences"),
        ("Nombre de participants", None),
    ],
)
def test_a_long_label_read_one_letter_wrong_is_that_label(label: str, key: str | None) -> None:
    assert _field_key(label) == key


def test_the_steps_heading_read_one_letter_wrong() -> None:
    assert _is_impl_label(_fold_label("Modalilés de mise én oeuvre"))
    assert not _is_impl_label(_fold_label("Modalités de mise en place"))
