"""A pdfplumber object's box, and whether it stands within another box.

Shared by the page-wide fill rules (:mod:`sources.pdf.page_ground`,
:mod:`sources.pdf.overlays`), which both ask what is painted on a fill.
"""

from __future__ import annotations

from typing import Any

Box = tuple[float, float, float, float]  # x0, top, x1, bottom in pt


def box_of(obj: dict[str, Any]) -> Box:
    """The object's ``x0, top, x1, bottom``."""
    return float(obj["x0"]), float(obj["top"]), float(obj["x1"]), float(obj["bottom"])


def within(obj: dict[str, Any], box: Box, reach: float) -> bool:
    """Whether ``obj`` stands inside ``box``, passing its sides by at most ``reach``."""
    ox0, otop, ox1, obottom = box_of(obj)
    x0, top, x1, bottom = box
    return (
        ox0 >= x0 - reach
        and ox1 <= x1 + reach
        and otop >= top - reach
        and obottom <= bottom + reach
    )
