"""A table's heading TURNED IN A CAPTION BAND down its left edge (a narrow first column merged
down over every row, its text turned a quarter turn) is no column of the table
(sources.pdf.caption_bands): the grid reads as the same table without it. A turned strip
with no row rule starting at its edge (a letterhead's strip), a narrow cell of one row or with
a column left of it (a turned column label), or one holding upright text, is no band."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pdfplumber

from sources.pdf.caption_bands import CaptionBandPage, caption_bands

LISTEL = Path(__file__).parents[2] / "fixtures" / "producers" / "plan_odt_listel.pdf"


def test_the_listel_band_is_the_tables_heading_not_its_first_column() -> None:
    with pdfplumber.open(LISTEL) as pdf:
        page = pdf.pages[1]
        bands = caption_bands(page)
        assert [
            (round(b.x0, 1), round(b.x1, 1), round(b.top, 1), round(b.bottom, 1)) for b in bands
        ] == [(56.7, 85.1, 60.2, 534.9)]
        assert bands[0].text == "Modalités de mise en oeuvre"
        assert caption_bands(pdf.pages[0]) == []  # fields only, no turned text
        raw = page.find_tables()[0].extract()
        assert raw[0][1] == "Etape"  # as printed: the band a first column of every row
        view = CaptionBandPage(page, bands)
        assert not [c for c in view.chars if not c["upright"]]
        rows = view.find_tables()[0].extract()
        assert rows[0][:3] == ["Etape", "Descriptif", "Mise en œuvre"]
        assert rows[2][0] == "Lancer une\nphase test d'un\nprojet\nd'Economie\nCirculaire"
        assert rows[2][2:5] == ["2019", "18000 (financé)", "GACdG"]


def _turned(x: float, top: float, text: str) -> list[dict[str, Any]]:
    """Characters written bottom to top in a column at ``x`` (9 pt), ending at ``top``."""
    out = []
    for k, letter in enumerate(reversed(text)):
        t = top + 6.0 * k
        out.append(
            {
                "text": letter,
                "x0": x,
                "x1": x + 9.0,
                "top": t,
                "bottom": t + 6.0,
                "upright": False,
                "matrix": (0.0, 9.0, -9.0, 0.0, x + 9.0, 0.0),
                "size": 9.0,
                "fontname": "Bold",
            }
        )
    return out


def _page(chars: list[dict[str, Any]], row_rules: bool) -> Any:
    band = {"x0": 57.0, "x1": 85.0, "top": 60.0, "bottom": 400.0, "fill": True}
    lines = (
        [{"x0": 85.0, "x1": 538.0, "top": y, "bottom": y} for y in (60.0, 110.0, 400.0)]
        if row_rules
        else []
    )
    return SimpleNamespace(chars=chars, rects=[band], lines=lines)


def test_a_band_needs_turned_text_only_and_row_rules_at_its_edge() -> None:
    turned = _turned(66.0, 150.0, "Modalités")
    assert [b.text for b in caption_bands(_page(turned, True))] == ["Modalités"]
    assert caption_bands(_page(turned, False)) == []  # a strip beside no table
    upright = {**turned[0], "upright": True, "matrix": (9.0, 0.0, 0.0, 9.0, 66.0, 0.0)}
    assert caption_bands(_page([*turned, upright], True)) == []  # a cell's upright text
    assert caption_bands(_page(turned[:2], True)) == []  # two letters: no heading
    one_row = _page(turned, True)
    one_row.lines = [ln for ln in one_row.lines if ln["top"] != 110.0]
    assert caption_bands(one_row) == []  # a cell of one row (a turned column label)
    inside = _page(turned, True)
    inside.lines.append({"x0": 20.0, "x1": 57.0, "top": 200.0, "bottom": 200.0})
    assert caption_bands(inside) == []  # a column further left: a cell inside the table


def test_a_band_holding_a_code_is_a_key_of_its_rows() -> None:
    """« FICHE 1.2.1 » merged down its fiche's steps (plan_xlsx_ficheband): the rows' key,
    read as the table's first column, never set aside as a caption."""
    assert caption_bands(_page(_turned(66.0, 150.0, "FICHE 1.2.1"), True)) == []
    assert [b.text for b in caption_bands(_page(_turned(66.0, 150.0, "FICHE"), True))] == ["FICHE"]
