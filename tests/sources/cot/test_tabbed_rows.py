"""A progress table PASTED AS TEXT with tab characters and no tab stop (cot000_pptxmarelle:
« Coller › Conserver uniquement le texte »): each figure at the next default stop after the
text before it, so the columns do not line up from one line to the next. A row holding as
many figures as the header has columns, two of them nearest one column, is read IN ORDER
(sources.cot.referential._by_order); a figure set 1.5 pt after a label's last letter, one
word for the extractor, is cut apart (sources.cot.pages._figures_unglued). Negatives: a row
whose figures stand in their columns, a figure glued to its letters (« CO2 »)."""

from __future__ import annotations

from sources.cot.pages import _figures_unglued, _Page, _Word
from sources.cot.referential import _parse_tables


def _word(x: float, top: float, text: str) -> _Word:
    return _Word(text, x, x + 4.0 * len(text), top, top + 8.0, 8.0, False)


def _line(top: float, label: str, *figures: tuple[float, str]) -> list[_Word]:
    words, x = [], 21.0
    for part in label.split():
        words.append(_word(x, top, part))
        x += 4.0 * len(part) + 2.0
    for x0, text in figures:
        for part in text.split():
            words.append(_word(x0, top, part))
            x0 += 4.0 * len(part) + 2.0
    return words


def _rows(lines: list[list[_Word]]) -> list[tuple[str, dict[str, str]]]:
    page = _Page(7, 720.0, 405.0, [w for ln in lines for w in ln], lines, [])
    tables, _ = _parse_tables([page])
    return [
        (" ".join(w.text for w in r.label_words), dict(sorted(r.cells.items())))
        for t in tables
        for r in t.rows
    ]


HEADER = [_word(21, 55, "Les"), _word(37, 55, "actions"), _word(93, 55, "Points"),
          _word(121, 55, "restants"), _word(165, 55, "%"), _word(173, 55, "Réalisé"),
          _word(237, 55, "%"), _word(245, 55, "Programmé")]  # fmt: skip


def test_figures_pasted_at_default_tab_stops_are_read_in_order() -> None:
    lines = [
        HEADER,
        _line(65, "▼ Planification", (93.1, "58,7"), (165.1, "27 %"), (237.1, "16,4 %")),
        _line(
            75,
            "▶ Stratégie globale climat-air-énergie",
            (237.1, "18,9"),
            (309.1, "37 %"),
            (381.1, "16,9 %"),
        ),  # fmt: skip
        _line(85, "▶ Urbanisme", (93.1, "15,9"), (165.1, "22,2 %"), (237.1, "12,4 %")),
    ]
    rows = _rows(lines)
    assert [label for label, _ in rows] == [
        "▼ Planification",
        "▶ Stratégie globale climat-air-énergie",
        "▶ Urbanisme",
    ]
    assert [list(cells.values()) for _, cells in rows] == [
        ["27 %", "16,4 %", "58,7"],
        ["37 %", "16,9 %", "18,9"],
        ["22,2 %", "12,4 %", "15,9"],
    ]


def _chars(text: str, x0: float, gap_at: int, gap: float) -> list[dict]:
    out, x = [], x0
    for k, ch in enumerate(text):
        if k == gap_at:
            x += gap
        out.append({"text": ch, "x0": x, "x1": x + 4.0, "top": 130.0})
        x += 4.0
    return out


def test_a_figure_set_apart_from_a_label_end_is_cut_off() -> None:
    text = "bâtiments3,2"
    chars = _chars(text, 200.0, 9, 1.5)
    raw = [{"text": text, "x0": 200.0, "x1": chars[-1]["x1"], "top": 130.0, "bottom": 138.0,
            "size": 8.0}]  # fmt: skip
    out = _figures_unglued(raw, chars)
    assert [(w["text"], w["x0"]) for w in out] == [("bâtiments", 200.0), ("3,2", 237.5)]
    tight = _chars("CO2", 50.0, 2, 0.0)
    raw = [{"text": "CO2", "x0": 50.0, "x1": 62.0, "top": 130.0, "bottom": 138.0, "size": 8.0}]
    assert _figures_unglued(raw, tight) == raw
