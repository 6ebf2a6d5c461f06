"""Progress tables with colour chips before the percentages and a threshold legend under them
(hand-made slide words): the chips are markers, the legend is no row."""

from __future__ import annotations

from sources.cot.pages import _group_lines, _Page, _Word
from sources.cot.referential import _parse_tables, _referential_records
from sources.cot.text import _cell_text, _is_legend
from tests.sources.cot.test_referential_tables import _text, _w


def _header(top: float) -> list[_Word]:
    """« % » in the header only: the body's percentages are written without it."""
    return [
        *_text(10, top, "Les actions", bold=True),
        *_text(179, top, "Points restants", bold=True),
        *_text(250, top, "% Réalisé", bold=True),
        *_text(300, top, "% Programmé", bold=True),
    ]


def _row(top: float, label: str, cells: tuple[str, str, str], glued: bool = False) -> list[_Word]:
    """A row whose two percentages are each opened by a chip « ● » (glued: « ●0 »)."""
    words = _text(14, top, label)
    points, done, programmed = cells
    words.append(_w(points, 0, top, x1=232))
    for value, end in ((done, 274), (programmed, 330)):
        if glued:
            words.append(_w("●" + value, 0, top, x1=end))
        else:
            number = _w(value, 0, top, x1=end)
            words += [_w("●", 0, top, x1=number.x0 - 2), number]
    return words


def _page(words: list[_Word]) -> _Page:
    return _Page(1, 720.0, 450.0, words, _group_lines(words), [])


def _records(words: list[_Word]) -> list[tuple[str, str, float | None, float | None]]:
    tables, _ = _parse_tables([_page(words)])
    records = _referential_records(tables, "CCPAL", "deck.pdf", "0" * 64)
    return [(r.level, r.label, r.pct_done, r.pct_programmed) for r in records]


LEGEND = "Avancement : ● moins de 20 % ● de 20 à moins de 40 % ● 40 % et plus"


def test_legend_lines_are_recognised() -> None:
    assert _is_legend(LEGEND)
    assert _is_legend("● < 20 %   ● 20 – 40 %   ● ≥ 40 %")
    assert _is_legend("Légende : ■ inférieur à 25 % ■ supérieur à 75 %")


def test_rows_and_labels_are_no_legend() -> None:
    assert not _is_legend("▶ Avancement des travaux 12 % 30 % 5")
    assert not _is_legend("Avancement : 12 % 30 %")  # no comparison word
    assert not _is_legend("Réduire de 20 % les déchets")  # one threshold only
    assert not _is_legend("▶ Part de moins de 20 % des ménages 3,5 27 %")  # no title, 1 compare


def test_chip_before_a_number_is_a_marker() -> None:
    assert _cell_text("●0") == "0"
    assert _cell_text("● 14,3") == "14,3"
    assert _cell_text("■ 27 %") == "27 %"
    assert _cell_text("●") == ""
    # a spreadsheet's text bar (« ███ 27 % »): block characters, no part of the value
    assert _cell_text("███") == "" and _cell_text("▌") == ""
    assert _cell_text("██ 16,4") == "16,4"
    assert _cell_text("█ Mobilité") == "█ Mobilité"  # a word that is no number stays whole
    assert _cell_text("●Texte") == "●Texte"  # not before a number: kept
    assert _cell_text("▶") == "▶"  # a row marker is no chip
    assert _cell_text("16,4") == "16,4"


def test_chips_stay_out_of_labels_and_values() -> None:
    words = [
        *_header(10),
        *_row(20, "▼ Planification territoriale", ("58,7", "27", "16,4")),
        *_row(30, "▶ Urbanisme", ("15,9", "0", "12,4"), glued=True),
    ]
    assert _records(words) == [
        ("axis", "Planification territoriale", 27.0, 16.4),
        ("sub_axis", "Urbanisme", 0.0, 12.4),
    ]


def test_legend_under_the_table_is_no_row() -> None:
    words = [
        *_header(10),
        *_row(20, "▼ Planification territoriale", ("58,7", "27", "16,4")),
        *_row(30, "▶ Urbanisme", ("15,9", "22,2", "12,4")),
        *_text(160, 41, LEGEND),  # 4 pt under the last row, right-aligned
    ]
    assert _records(words) == [
        ("axis", "Planification territoriale", 27.0, 16.4),
        ("sub_axis", "Urbanisme", 22.2, 12.4),
    ]


def test_a_real_row_named_avancement_stays() -> None:
    words = [
        *_header(10),
        *_row(20, "▼ Planification territoriale", ("58,7", "27", "16,4")),
        *_row(30, "▶ Avancement des projets : suivi", ("15,9", "22,2", "12,4")),
    ]
    assert _records(words) == [
        ("axis", "Planification territoriale", 27.0, 16.4),
        ("sub_axis", "Avancement des projets : suivi", 22.2, 12.4),
    ]
