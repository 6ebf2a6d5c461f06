"""Row markers, decimal commas, ellipses and « % » signs put back on OCR'd slide words
(sources.cot.ocr_marks), on hand-placed words as Tesseract gives them."""

from __future__ import annotations

from sources.cot.ocr_marks import restore_dict_marks


def _w(x0: float, top: float, text: str, width: float | None = None) -> dict:
    w = width if width is not None else 6.0 * len(text)
    return {"x0": x0, "x1": x0 + w, "top": top, "bottom": top + 9.0, "text": text}


def _texts(words: list[dict]) -> list[str]:
    return [w["text"] for w in words]


def test_a_column_of_lone_letters_before_labels_are_the_row_markers() -> None:
    """« Y » (▼) opening the axis rows at x 18 and « • »/« p » (▶) the sub-axis rows at x 27,
    each close before its label: markers. A figure « 15;9 » is « 15,9 »."""
    words = [
        _w(18, 10, "Y", 6), _w(26, 10, "Planification"), _w(458, 10, "58,7"),
        _w(27, 22, "•", 5), _w(35, 22, "Stratégie"), _w(460, 22, "18,9"),
        _w(27, 34, "p", 5), _w(35, 34, "Urbanisme"), _w(460, 34, "15;9"),
        _w(18, 46, "Y", 6), _w(26, 46, "Patrimoine"), _w(458, 46, "50,7"),
        _w(27, 58, "•", 5), _w(35, 58, "Suivi"), _w(459, 58, "20,7"),
        _w(18, 70, "V", 6), _w(26, 70, "Mobilité"), _w(457, 70, "41,1"),
    ]  # fmt: skip
    got = _texts(restore_dict_marks(words))
    assert got[0::3] == ["▼", "▶", "▶", "▼", "▶", "▼"]
    assert got[8] == "15,9"
    assert got[1::3] == [
        "Planification",
        "Stratégie",
        "Urbanisme",
        "Patrimoine",
        "Suivi",
        "Mobilité",
    ]


def test_a_marker_after_the_row_code_and_ellipses() -> None:
    """« 1.1 p Définir … e.…. »: the marker stands after the code; the label's cut end is
    three full stops."""
    words = [
        _w(19, 10, "1.1", 12), _w(40, 10, "p", 5), _w(48, 10, "Définir"), _w(100, 10, "e.….", 12),
        _w(19, 22, "1.2", 12), _w(40, 22, "p", 5), _w(48, 22, "Développer"), _w(120, 22, "politi..."),
        _w(19, 34, "5.3", 12), _w(40, 34, "D", 5), _w(48, 34, "Actions"), _w(100, 34, "…", 5),
    ]  # fmt: skip
    got = _texts(restore_dict_marks(words))
    assert [got[1], got[5], got[9]] == ["▶", "▶", "▶"]
    assert [got[3], got[7], got[11]] == ["e...", "politi...", "..."]
    assert got[0::4] == ["1.1", "1.2", "5.3"]


def test_lone_letters_without_a_column_of_them_are_words() -> None:
    """Two lines only opening with « Y »/« D » (no marker column), and a « D » set far left of
    the next word: left as read."""
    words = [
        _w(18, 10, "Y", 6), _w(26, 10, "Planification"),
        _w(18, 22, "D", 6), _w(26, 22, "Stratégie"),
        _w(18, 34, "D", 6), _w(80, 34, "Urbanisme"),
    ]  # fmt: skip
    assert _texts(restore_dict_marks(words)) == _texts(words)


def test_a_letter_in_a_column_of_percent_signs_after_a_figure_is_the_sign() -> None:
    """« 32 L » where three other lines hold « % » at that x after their figure: the sign; a
    letter after a word (no figure) or off that column stays."""
    words = [
        _w(570, 10, "27", 10), _w(581, 10, "%", 6),
        _w(570, 22, "37", 10), _w(582, 22, "%", 6),
        _w(564, 34, "20,2", 16), _w(582, 34, "%", 6),
        _w(570, 46, "32", 10), _w(581, 46, "L", 6),
        _w(560, 58, "Voir", 18), _w(581, 58, "L", 6),
        _w(540, 70, "12", 10), _w(552, 70, "L", 6),
    ]  # fmt: skip
    got = _texts(restore_dict_marks(words))
    assert got[7] == "%"
    assert got[9] == "L" and got[11] == "L"
