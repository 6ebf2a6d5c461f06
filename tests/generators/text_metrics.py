"""Text measured and wrapped as a generator lays a value out by hand: a font found by
``fc-match`` and opened with PIL, and a value's paragraphs broken on word boundaries.

Shared by the layouts that place every line themselves (typed lines, SVG ``<tspan>`` s,
EMF records).
"""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from functools import cache
from typing import Any

from tests.generators.seed001 import _paragraphs


@cache
def pil_font(family: str, bold: bool, size: int) -> Any:
    """The font ``fc-match`` gives for ``family`` (bold or regular) at ``size`` px, opened
    with PIL."""
    from PIL import ImageFont

    name = f"{family}:bold" if bold else family
    path = subprocess.run(
        ["fc-match", "-f", "%{file}", name], capture_output=True, text=True, check=True
    ).stdout
    return ImageFont.truetype(path, size)


def word_lines(
    value: str, width: Callable[[str], float], room: float, keep_empty: bool = True
) -> list[str]:
    """``value``'s lines: each paragraph cut on word boundaries so that no line is wider than
    ``room`` as ``width`` measures it (a word wider than that left whole on its own line);
    with ``keep_empty`` false, a paragraph without words gives no line."""
    lines: list[str] = []
    for paragraph in _paragraphs(value):
        line = ""
        for word in paragraph.split():
            trial = f"{line} {word}" if line else word
            if line and width(trial) > room:
                lines.append(line)
                line = word
            else:
                line = trial
        if line or keep_empty:
            lines.append(line)
    return lines
