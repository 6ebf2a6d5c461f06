"""STACKED LETTERS (a spreadsheet's « texte vertical empilé »: a header label printed down its
cell, one upright letter a line): each stack is one word at its first letter's line
(sources.pdf.stacked_letters), so the header row reads as one line of labels; the page is
read for tables when its fast text gives the stacks letter by letter (sources.pdf.columns).
Negative cases: a column of dashes opening a list's lines, one-letter words opening lines of
text, a table's one-letter column a row apart."""

from __future__ import annotations

from typing import Any

from sources.pdf.columns import letter_rows, text_has_table_header
from sources.pdf.stacked_letters import rejoin_stacked

SIZE, PITCH = 4.2, 4.7


def _letter(x: float, top: float, ch: str, size: float = SIZE) -> dict[str, Any]:
    width = 0.6 * size
    return {"x0": x - width / 2, "x1": x + width / 2, "top": top, "bottom": top + size,
            "size": size, "text": ch}  # fmt: skip


def _stack(x: float, label: str, top: float = 360.0) -> list[dict[str, Any]]:
    """``label`` stacked down from ``top``, a space an empty line."""
    return [_letter(x, top + PITCH * k, ch) for k, ch in enumerate(label) if ch != " "]


def test_stacked_labels_side_by_side_are_one_line_of_words() -> None:
    words = [
        *_stack(85.0, "Etape"),
        *_stack(218.0, "Descriptif"),
        *_stack(382.0, "Ressources à mobiliser"),
        {"x0": 43.0, "x1": 140.0, "top": 491.0, "bottom": 495.2, "size": SIZE, "text": "Lancer"},
    ]
    out = rejoin_stacked(words)
    assert sorted((w["text"], w["top"]) for w in out) == [
        ("Descriptif", 360.0),
        ("Etape", 360.0),
        ("Lancer", 491.0),
        ("Ressources à mobiliser", 360.0),
    ]


def test_look_alikes_are_no_stacks() -> None:
    # a list's dashes opening four lines: no letters
    dashes = [_letter(50.0, 100.0 + PITCH * k, "-") for k in range(5)]
    assert rejoin_stacked(dashes) == dashes
    # one-letter words opening lines of text, each with the line's next word a space away
    text = []
    for k, ch in enumerate("aàya"):
        top = 100.0 + PITCH * k
        text += [_letter(50.0, top, ch), {**_letter(50.0, top, "x"), "x0": 52.5, "x1": 80.0,
                                          "text": "suite"}]  # fmt: skip
    assert rejoin_stacked(text) == text
    # a table's one-letter column: a row's height apart
    column = [_letter(50.0, 100.0 + 18.0 * k, ch) for k, ch in enumerate("ABCD")]
    assert rejoin_stacked(column) == column
    # three letters only
    short = _stack(85.0, "Axe")
    assert rejoin_stacked(short) == short


def test_a_page_of_stacked_labels_is_read_for_tables() -> None:
    """Letter by letter, a line each or a row of stacks a line: the fast text flags it."""
    one_a_line = "Modalités\n" + "\n".join("EtapeDescriptifPlanificationPorteur") + "\nLancer"
    assert text_has_table_header(one_a_line)
    rows = "Modalités\nE D P P\nt e l o\na s a r\np c n t\ne r i e\nLancer une phase"
    assert letter_rows(rows) and not text_has_table_header(rows)
    assert not letter_rows("a\nb\nc\nLancer une phase")
