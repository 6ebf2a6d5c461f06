"""A TABLE LAID OVER ITS OLDER COPY (a deck updated by duplicating last year's table, typing
the new figures into the copy and leaving the old one under it, hidden by the copy's opaque
cells): the hidden figures are not printed and not read; the visible table is
(sources.pdf.note_boxes._copy_laid_over). Drawn with reportlab."""

from __future__ import annotations

from typing import Any

from tests.sources.cot.hand_decks import RIGHTS, H, draw_header, hand_slide, referential_rows

NEW = [
    ("▼ Planification territoriale", "58,7", "27,0 %", "16,4 %"),
    ("1.1 ▶ Stratégie globale climat-air-énergie", "18,9", "37,0 %", "16,9 %"),
    ("1.2 ▶ Planification sectorielle", "23,9", "20,2 %", "18,4 %"),
    ("▼ Patrimoine de la collectivité", "50,7", "14,1 %", "11,8 %"),
]
OLD = [
    (label, f"{float(p.replace(',', '.')) * 1.3:.1f}".replace(".", ","), "9,0 %", "5,0 %")
    for label, p, _, _ in NEW
]
LEFTS = (14.0, 364.0, 478.0, 592.0)


def _table(c: Any, rows: list[tuple[str, ...]]) -> None:
    """Opaque cells (white), then their texts, row by row, as Impress paints a table."""
    for k, (label, *values) in enumerate(rows):
        top = H - 64.0 - 12.0 * k
        for x0, x1 in zip(LEFTS, (*LEFTS[1:], 706.0), strict=True):
            c.setFillColorRGB(1, 1, 1)
            c.rect(x0, top - 12.0, x1 - x0, 12.0, stroke=0, fill=1)
        c.setFillColorRGB(0.12, 0.12, 0.12)
        c.setFont("PptCalibri", 7.5)
        baseline = top - 9.0
        c.drawString(18 if label.startswith("▼") else 26.6, baseline, label)
        for x1, value in zip(RIGHTS, values, strict=True):
            c.drawRightString(x1 - 4, baseline, value)


def _slide(old: bool) -> bytes:
    def draw(c: Any) -> None:
        draw_header(c)
        if old:
            _table(c, OLD)
        _table(c, NEW)

    return hand_slide(draw)


def test_the_table_laid_over_is_read_its_hidden_copy_is_not() -> None:
    want = referential_rows(_slide(False))
    assert [(label, points) for _, label, _, points, *_ in want] == [
        ("Planification territoriale", 58.7),
        ("Stratégie globale climat-air-énergie", 18.9),
        ("Planification sectorielle", 23.9),
        ("Patrimoine de la collectivité", 50.7),
    ]
    assert referential_rows(_slide(True)) == want


def _glyphs(text: str, top: float) -> list[dict[str, object]]:
    return [{"text": ch, "x0": 20.0 + 5 * k, "top": top} for k, ch in enumerate(text)]


def test_only_a_copy_with_updated_figures_replaces_what_it_hides() -> None:
    from sources.pdf.note_boxes import _copy_laid_over

    old = _glyphs("Planification territoriale 76,3", 100.0)
    assert _copy_laid_over(old, _glyphs("Planification territoriale 58,7", 100.0))
    # a clone changing nothing (a frozen column over its column), or moving words: no
    assert not _copy_laid_over(old, _glyphs("Planification territoriale 76,3", 100.0))
    assert not _copy_laid_over(old, _glyphs("Planification  territoriale 76,3", 100.0))
