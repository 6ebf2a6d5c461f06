"""Figures LETTER-SPACED on a slide's number cells (« Très large » character spacing: « 5 8 , 7 »,
« 2 7 % »), each glyph a word of its own: joined again (sources.cot.pages._spread_figures_joined);
single digits set apart as words are (two cells, a list « 1 2 3 » typed with spaces) stay."""

from __future__ import annotations

from sources.cot.pages import _spread_figures_joined


def _w(x0: float, text: str, top: float = 64.0, size: float = 7.5) -> dict:
    width = 2.6 if text in ",." else 4.7
    return {
        "text": text,
        "x0": x0,
        "x1": x0 + width,
        "top": top,
        "bottom": top + size,
        "size": size,
    }


def _spread(x0: float, text: str, gap: float = 2.9) -> list[dict]:
    out, x = [], x0
    for ch in text:
        w = _w(x, ch)
        out.append(w)
        x = w["x1"] + gap
    return out


def _texts(words: list[dict]) -> list[str]:
    return [w["text"] for w in _spread_figures_joined(words)]


def test_spread_figures_are_joined() -> None:
    row = [_w(18, "▼"), {**_w(25.7, "Planification"), "x1": 73.4}, *_spread(448.3, "58,7"),
           *_spread(560.4, "27"), _w(581.1, "%"), *_spread(661.0, "16,4"), _w(695.1, "%")]  # fmt: skip
    assert _texts(row) == ["▼", "Planification", "58,7", "27", "%", "16,4", "%"]
    joined = _spread_figures_joined(row)
    assert joined[2]["x0"] == 448.3 and round(joined[2]["x1"], 1) == round(row[5]["x1"], 1)


def test_digits_apart_as_words_stay() -> None:
    # two cells of one digit each, a column apart
    assert _texts([_w(448.0, "5"), _w(560.0, "0")]) == ["5", "0"]
    # digits typed with spaces (a word space: wider than letter spacing)
    assert _texts(_spread(100.0, "123", gap=5.0)) == ["1", "2", "3"]
    # a gap that breaks the run's even spacing ends it there
    assert _texts([_w(100.0, "1"), _w(107.6, "2"), _w(116.0, "3")]) == ["12", "3"]
    # a run not ending with a digit (a decimal sign alone after it)
    assert _texts(_spread(100.0, "5,")) == ["5", ","]
