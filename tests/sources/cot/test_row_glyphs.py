"""Progress-table rows as other tools print them (sources.cot): a tree view's glyphs as row
markers (« ⊟ » over « ├ » … « └ »), a trend arrow after a value (« 27 % ↗ »), and the row's
referential identifier on a small line under its label (« cae_1.1 »), read as the row's code.
Negative: an identifier-like word inside the label's own line stays label text. Drawn with
reportlab as 16:9 slides, read through both engines."""

from __future__ import annotations

from reportlab.pdfgen import canvas

from tests.sources.cot.hand_decks import (
    RIGHTS,
    draw_header,
    hand_slide,
    referential_rows,
    row_baseline,
)

VALUES = [("58,7", "27 %", "16,4 %"), ("15,9", "22,2 %", "12,4 %"), ("23,9", "20,2 %", "18,4 %")]
LABELS = ["Planification territoriale", "Urbanisme", "Planification sectorielle"]


def _deck(
    markers: tuple[str, str, str], arrow: str = "", identifiers: bool = False, step: float = 12.0
) -> bytes:
    def draw(c: canvas.Canvas) -> None:
        draw_header(c)
        for k, (label, marker, values) in enumerate(zip(LABELS, markers, VALUES, strict=True)):
            baseline = row_baseline(0) - step * k
            c.setFont("PptCalibri-Bold" if k == 0 else "PptCalibri", 7.5)
            c.drawString(18 if k == 0 else 26.6, baseline, f"{marker} {label}")
            for col, (x1, value) in enumerate(zip(RIGHTS, values, strict=True)):
                text = f"{value} {arrow}" if arrow and col == 1 else value
                c.drawRightString(x1 - 4, baseline, text)
            if identifiers:
                c.setFont("PptCalibri", 5.5)
                c.drawString(
                    18 if k == 0 else 26.6, baseline - 7.0, "cae_1" if k == 0 else f"cae_1.{k}"
                )

    return hand_slide(draw)


def test_tree_view_glyphs_are_row_markers(engine: str) -> None:
    rows = referential_rows(_deck(("⊟", "├", "└")))
    assert [(r[0], r[1], r[2], r[3]) for r in rows] == [
        ("axis", "Planification territoriale", None, 58.7),
        ("sub_axis", "Urbanisme", "Planification territoriale", 15.9),
        ("sub_axis", "Planification sectorielle", "Planification territoriale", 23.9),
    ]


def test_a_trend_arrow_after_a_value_is_no_label(engine: str) -> None:
    rows = referential_rows(_deck(("▼", "▶", "▶"), arrow="↗"))
    assert [(r[1], r[4]) for r in rows] == [
        ("Planification territoriale", 27.0),
        ("Urbanisme", 22.2),
        ("Planification sectorielle", 20.2),
    ]


def test_identifiers_under_the_labels_are_codes() -> None:
    from sources.cot.pages import _open_pages
    from sources.cot.referential import _parse_tables, _referential_records

    pages, _ = _open_pages(_deck(("▼", "▶", "▶"), identifiers=True, step=18.0))
    tables, _ = _parse_tables(pages)
    records = _referential_records(tables, "CCPAL", "deck.pdf", "c" * 64)
    assert [(r.code, r.label) for r in records] == [
        ("1", "Planification territoriale"),
        ("1.1", "Urbanisme"),
        ("1.2", "Planification sectorielle"),
    ]


def test_an_identifier_in_the_label_line_stays_text() -> None:
    from sources.cot.pages import _Word
    from sources.cot.referential import _identifier

    line = [
        _Word("Stratégie", 20, 50, 10, 17.5, 7.5, False),
        _Word("cae_1.1", 52, 70, 10, 17.5, 7.5, False),
    ]
    assert _identifier(line) is None
    below = [line[0], _Word("cae_1.1", 20, 38, 18, 23.5, 5.5, False)]
    assert _identifier(below) == "1.1"
