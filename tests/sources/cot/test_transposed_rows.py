"""A progress table TRANSPOSED (sources.cot.transposed_rows): a column per axis or sub-axis,
its label turned in the header row under a ▼ / ▶ marker, three rows « Points restants »,
« % Réalisé », « % Programmé ». Read as one row per column; values out of their columns, a
column without a turned label, or no marker at all leave the slide alone. Words by hand,
then through the referential reader."""

from __future__ import annotations

from sources.cot.pages import _Page, _Word
from sources.cot.transposed_rows import transposed_rows

COLS = [
    ("▼", "Planification territoriale", "58,7", "27", "16,4"),
    ("▶", "Stratégie globale climat-air-énergie", "18,9", "37", "16,9"),
    ("▶", "Urbanisme", "15,9", "22,2", "12,4"),
    ("▼", "Patrimoine de la collectivité", "50,7", "14,1", "11,8"),
]


def _w(x0: float, top: float, text: str, width: float | None = None) -> _Word:
    return _Word(
        text, x0, x0 + (width if width is not None else 4.0 * len(text)), top, top + 6, 6.0, False
    )


def _page(cols=COLS, turned: bool = True, markers: bool = True, shift: float = 0.0) -> _Page:
    lines = [[_w(15, 52, "Les"), _w(28, 52, "actions")]]
    if markers:
        lines.append([_w(87 + 25 * i, 247, m, 5.0) for i, (m, *_rest) in enumerate(cols)])
    rows = [("Points restants", 2), ("% Réalisé", 3), ("% Programmé", 4)]
    for n, (label, k) in enumerate(rows):
        top = 260 + 14 * n
        line = [_w(15, top, w) for w in label.split()]
        line[-1] = _w(38, top, label.split()[-1])
        for i, col in enumerate(cols):
            x = 86 + 25 * i + (shift if n == 2 and i == 2 else 0.0)
            line.append(_w(x, top, col[k], 12.0))
            if k > 2:
                line.append(_w(x + 13, top, "%", 4.0))
        lines.append(line)
    turned_words = (
        [
            _Word(c[1], 81.5 + 25 * i, 87.5 + 25 * i, 150.0, 243.0, 6.0, False)
            for i, c in enumerate(cols)
        ]
        if turned
        else []
    )
    return _Page(7, 720.0, 405.0, [w for ln in lines for w in ln], lines, [], turned_words)


def test_each_column_is_a_row() -> None:
    found = transposed_rows(_page())
    assert found is not None
    records, start, end = found
    assert (start, end) == (2, 4)
    assert [(r[0], r[2], r[3], r[4], r[5]) for r in records] == [
        ("axis", "Planification territoriale", "58,7", "27", "16,4"),
        ("sub_axis", "Stratégie globale climat-air-énergie", "18,9", "37", "16,9"),
        ("sub_axis", "Urbanisme", "15,9", "22,2", "12,4"),
        ("axis", "Patrimoine de la collectivité", "50,7", "14,1", "11,8"),
    ]


def test_slides_that_are_no_transposed_table_are_left() -> None:
    assert transposed_rows(_page(turned=False)) is None  # no turned labels
    assert transposed_rows(_page(markers=False)) is None  # no level told
    assert transposed_rows(_page(shift=14.0)) is None  # a value out of its column
    assert transposed_rows(_page(cols=COLS[:2])) is None  # under three columns


def test_read_through_the_referential_reader() -> None:
    from sources.cot.referential import _parse_tables

    tables, _ = _parse_tables([_page()])
    rows = [r for t in tables for r in t.rows]
    assert len(rows) == 4
    assert rows[0].cells == {
        "points_remaining": "58,7",
        "pct_done": "27 %",
        "pct_programmed": "16,4 %",
    }
    assert " ".join(w.text for w in rows[2].label_words) == "▶ Urbanisme"
