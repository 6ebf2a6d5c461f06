"""Fonts for synthetic scanned pages: the system's serif where installed, else the DejaVu
Serif matplotlib ships (so the OCR tests draw the same letters on every machine)."""

from __future__ import annotations

from pathlib import Path

from PIL import ImageFont

_SYSTEM_SERIFS = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
)


def serif_font(size: int) -> ImageFont.FreeTypeFont:
    """A serif TrueType font at ``size`` pixels."""
    for path in _SYSTEM_SERIFS:
        if Path(path).exists():
            return ImageFont.truetype(path, size)
    import matplotlib

    return ImageFont.truetype(
        str(Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSerif.ttf"), size
    )
