"""A TILED watermark (sources.pdf.watermark.tiled_chars): one short text turned 45°, drawn in
a grid of tiles over the page in body-sized dark letters, set aside; slanted header labels
(each its own text) and a single turned stamp stay text. Glyph dicts are built by hand."""

from __future__ import annotations

import math
from typing import Any

from sources.pdf.watermark import watermark_chars

W, H = 595.0, 842.0


def _run(
    text: str, x: float, top: float, turn: float = 45.0, size: float = 9.0
) -> list[dict[str, Any]]:
    rad = math.radians(turn)
    out = []
    for k, ch in enumerate(text):
        out.append(
            {
                "text": ch,
                "x0": x + k * 5.0 * math.cos(rad),
                "top": top - k * 5.0 * math.sin(rad),
                "size": size,
                "matrix": (math.cos(rad), math.sin(rad), -math.sin(rad), math.cos(rad), 0, 0),
                "non_stroking_color": (0.07, 0.08, 0.09),
            }
        )
    return out


def _body(text: str, top: float) -> list[dict[str, Any]]:
    return [
        {"text": ch, "x0": 43.0 + 5 * k, "top": top, "size": 9.0, "matrix": (1, 0, 0, 1, 0, 0)}
        for k, ch in enumerate(text)
    ]


def test_tiles_of_one_text_are_set_aside() -> None:
    chars = _body("Contexte du projet", 100.0)
    for row in range(5):
        chars += _body(f"Ligne {row}", 150.0 + 130 * row)
        for col in range(3):
            chars += _run("DIFFUSION RESTREINTE", 32.0 + 198 * col, 212.0 + 135 * row)
    found = watermark_chars(chars, W, H)
    assert len(found) == 15 * 20
    assert {chars[i]["text"] for i in found} <= set("DIFFUSION RESTREINTE")
    assert all(chars[i]["matrix"][1] for i in found)


def test_slanted_labels_and_one_stamp_stay() -> None:
    labels = [
        _run(t, 100.0 + 60 * k, 200.0)
        for k, t in enumerate(["Planification", "Porteur", "Partenaires"])
    ]
    stamp = _run("VALIDÉ LE 14/10", 300.0, 500.0, turn=30.0)
    chars = [c for run in labels for c in run] + stamp
    assert watermark_chars(chars, W, H) == []


def test_slanted_labels_repeated_by_every_table_stay() -> None:
    """Three steps tables on a page, each with the same slanted header labels: several texts
    repeated, no watermark (plan_xlsx_slanted)."""
    chars = []
    for table in range(3):
        for k, label in enumerate(["Descriptif", "Planification", "Partenaires envisagés"]):
            chars += _run(label, 100.0 + 80 * k, 200.0 + 250 * table)
    assert watermark_chars(chars, W, H) == []
