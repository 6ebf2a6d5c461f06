"""Numbered sidenotes in a margin column and their calls (sources.pdf.side_notes), on
hand-placed words as a long-read template prints them."""

from __future__ import annotations

from sources.pdf.side_notes import side_note_words


def _w(x0: float, top: float, text: str, size: float = 9.0, width: float | None = None) -> dict:
    w = width if width is not None else 0.5 * size * len(text)
    return {"x0": x0, "x1": x0 + w, "top": top, "bottom": top + size, "text": text, "size": size}


def _page(*, call: bool = True, body_in_column: bool = False) -> list[dict]:
    words = [_w(43, 100 + 12 * k, f"corps{k}", width=300) for k in range(8)]
    words.append(_w(43, 200, "Indicateurs", width=48))
    if call:
        words.append(_w(91, 197.5, "1", size=6.5, width=3))  # raised after the label
    words.append(_w(43, 212, "Nombre", width=40))
    words.append(_w(90, 212, "d'entreprises", width=60))
    # the note, 7.5 pt, in the margin column from x 423, level with the call
    words.append(_w(423, 197.5, "1", size=6.5, width=3))
    words.append(_w(429, 200, "Valeurs", size=7.5, width=26))
    words.append(_w(458, 200, "de", size=7.5, width=8))
    words.append(_w(423, 209, "référence", size=7.5, width=33))
    words.append(_w(423, 218, "2019.", size=7.5, width=20))
    # an overflowing cell's word of the text block reaching the column on another line
    words.append(_w(366, 260, "associations...)", width=57))
    if body_in_column:
        words.append(_w(423, 300, "Encadré", width=40))
    return words


def test_a_numbered_note_in_the_margin_and_its_call_go() -> None:
    words = _page()
    gone = {words[i]["text"] for i in side_note_words(words)}
    assert gone == {"1", "Valeurs", "de", "référence", "2019."}
    assert len(side_note_words(words)) == 6  # both « 1 »: the call and the note's number


def test_no_call_no_note() -> None:
    """The same side text with no call of its number in the text: left alone."""
    assert side_note_words(_page(call=False)) == set()


def test_body_text_in_the_column_is_no_margin_column() -> None:
    """A body-size word starting in that column (a sidebar, a second text column): left."""
    assert side_note_words(_page(body_in_column=True)) == set()
