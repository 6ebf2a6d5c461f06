"""A steps column holding the step's NAME AND ITS DESCRIPTION in one cell.

A template short of columns heads its first column « Etape » over « Descriptif » in one
header cell (two paragraphs) and types each step's name as the cell's first, bold paragraph,
its description as the paragraphs under it in regular type. Read as one text, name and
description run together. Such a header cell names the step then the description column,
one label a line (:func:`joint_column`); each body cell under it is cut where its bold lines
end (:func:`split_named`): the leading bold lines are the name, the rest the description.
"""

from __future__ import annotations

from typing import Any

from sources.pdf.cells import _clean_cell
from sources.pdf.columns import label_key


def joint_column(header: list[str | None]) -> int | None:
    """The index of the header cell naming the step column over the description column (one
    label a line, « Etape » / « Descriptif »), else None."""
    for n, cell in enumerate(header):
        lines = [ln.strip() for ln in (cell or "").split("\n") if ln.strip()]
        if [label_key(ln) for ln in lines] == ["step", "description"]:
            return n
    return None


def _is_bold(char: dict[str, Any]) -> bool:
    name = str(char.get("fontname", "")).lower()
    return "bold" in name or "black" in name or "heavy" in name


def split_named(
    page: Any, box: tuple[float, float, float, float], rest: bool = False
) -> tuple[str, str] | None:
    """(name, description) of the cell ``box``: its leading bold lines, then the rest; None
    when nothing follows them, or when no bold line opens it — but for ``rest``, the page's
    first row going on from the page before, whose regular lines are the description's rest
    (no name of its own: the sheet reader joins it to the row above)."""
    x0, top, x1, bottom = box
    chars = [
        c
        for c in page.chars
        if x0 <= (float(c["x0"]) + float(c["x1"])) / 2 <= x1
        and top <= (float(c["top"]) + float(c["bottom"])) / 2 <= bottom
        and c.get("upright", True)
    ]
    lines: list[list[dict[str, Any]]] = []
    for c in sorted(chars, key=lambda c: (float(c["top"]), float(c["x0"]))):
        if lines and abs(float(c["top"]) - float(lines[-1][0]["top"])) <= 2.0:
            lines[-1].append(c)
        else:
            lines.append([c])
    texts: list[tuple[str, bool]] = []
    for line in lines:
        line.sort(key=lambda c: float(c["x0"]))
        text, last = "", None
        for c in line:
            size = float(c.get("size") or (float(c["bottom"]) - float(c["top"])))
            if last is not None and not c["text"].isspace() and not text.endswith(" "):
                if float(c["x0"]) - float(last["x1"]) > 0.25 * size:
                    text += " "
            text += c["text"]
            last = c
        ink = [c for c in line if not c["text"].isspace()]
        if ink:
            texts.append((text.strip(), sum(map(_is_bold, ink)) * 2 > len(ink)))
    heads = 0
    while heads < len(texts) and texts[heads][1]:
        heads += 1
    if not heads and rest and texts:
        return "", _clean_cell("\n".join(t for t, _ in texts)) or ""
    if not heads or heads == len(texts):
        return None
    name = _clean_cell("\n".join(t for t, _ in texts[:heads])) or ""
    description = _clean_cell("\n".join(t for t, _ in texts[heads:])) or ""
    return name, description
