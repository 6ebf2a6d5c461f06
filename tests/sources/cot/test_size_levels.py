"""Progress tables whose levels show by type size only (sources.cot.referential._levels): axis
rows 9.5 pt, sub-axis rows 6.5 pt, no marker, bold nor indent. And a referential's table
printed again for another date (sources.cot.repeated_tables): the first kept, the later one
dropped with a warning naming both pages. Negative: a table going on with other rows (a
« (suite) » slide) is no repeat. Drawn with reportlab as 16:9 slides, both engines."""

from __future__ import annotations

from reportlab.pdfgen import canvas

from sources.cot.repeated_tables import first_tables_only
from sources.records import ReferentialScoreRecord
from tests.sources.cot.hand_decks import (
    RIGHTS,
    draw_header,
    hand_slide,
    referential_rows,
    row_baseline,
)

ROWS = [
    ("Planification territoriale", 9.5, ("58,7", "27 %", "16,4 %")),
    ("Urbanisme", 6.5, ("15,9", "22,2 %", "12,4 %")),
    ("Planification sectorielle", 6.5, ("23,9", "20,2 %", "18,4 %")),
    ("Patrimoine de la collectivité", 9.5, ("50,7", "14,1 %", "11,8 %")),
    ("Suivi et stratégie patrimoniale", 6.5, ("20,7", "13,8 %", "17,7 %")),
]


def _deck() -> bytes:
    def draw(c: canvas.Canvas) -> None:
        draw_header(c)
        for k, (label, size, values) in enumerate(ROWS):
            baseline = row_baseline(k)
            c.setFont("PptCalibri", size)
            c.drawString(18, baseline, label)
            c.setFont("PptCalibri", 7.5)
            for x1, value in zip(RIGHTS, values, strict=True):
                c.drawRightString(x1 - 4, baseline, value)

    return hand_slide(draw)


def test_levels_by_type_size(engine: str) -> None:
    rows = referential_rows(_deck())
    assert [(r[0], r[1], r[2]) for r in rows] == [
        ("axis", "Planification territoriale", None),
        ("sub_axis", "Urbanisme", "Planification territoriale"),
        ("sub_axis", "Planification sectorielle", "Planification territoriale"),
        ("axis", "Patrimoine de la collectivité", None),
        ("sub_axis", "Suivi et stratégie patrimoniale", "Patrimoine de la collectivité"),
    ]


def _record(label: str, page: int, points: float) -> ReferentialScoreRecord:
    return ReferentialScoreRecord(
        territory_name="CCPAL",
        referential="CAE",
        level="axis",
        code=None,
        label=label,
        parent_label=None,
        points_remaining=points,
        pct_done=10.0,
        pct_programmed=5.0,
        source_file="deck.pdf",
        source_sha256="c" * 64,
        page=page,
    )


def test_a_table_printed_again_is_kept_once() -> None:
    labels = ["Planification territoriale", "Patrimoine", "Mobilité", "Organisation", "Coopération"]
    first = [_record(label, 7, 10.0 + k) for k, label in enumerate(labels)]
    again = [_record(label, 8, 20.0 + k) for k, label in enumerate(labels)]
    suite = [_record("Approvisionnement", 9, 3.0)]
    kept, issues = first_tables_only(first + again + suite)
    assert kept == first + suite
    [issue] = issues
    assert issue.severity == "warning" and issue.page == 8
    assert "pages 7 et 8" in issue.message and "CAE" in issue.message


def test_a_table_shown_in_parts_is_kept_whole() -> None:
    """A build imitated by copies of the slide: two axes, then four, then all five, the same
    figures: the whole table is kept, its parts give way silently; a part whose figures
    differ from the whole (another date) is no part of it."""
    labels = ["Planification territoriale", "Patrimoine", "Mobilité", "Organisation", "Coopération"]
    parts = [
        [_record(label, page, 10.0 + k) for k, label in enumerate(labels[:count])]
        for page, count in ((7, 2), (8, 4), (9, 5))
    ]
    kept, issues = first_tables_only([row for part in parts for row in part])
    assert kept == parts[2] and issues == []
    other = [_record(label, 6, 30.0 + k) for k, label in enumerate(labels[:2])]
    kept, _ = first_tables_only(other + parts[2])
    assert kept == other + parts[2]
