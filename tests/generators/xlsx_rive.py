"""Seed 001 on a sheet whose REVIEWER'S NOTES ARE SHOWN BESIDE THE PLAN (two-hundred-and-
thirty-first held-out set, ``plan_xlsx_rive``): :func:`tests.generators.xlsx_titlerows.
plan_headed`'s sheet, written with openpyxl and printed to PDF by LibreOffice Calc, unchanged
but for a cell note (:data:`AUTHOR`, one of :data:`REMARKS` in turn, not in the seed) on the
value cell (column B) of every fiche's « Indicateurs » row, left SHOWN (« Afficher toutes les
notes »: the VML shape ``visibility:visible`` with ``<x:Visible/>``) and dragged into the
empty columns right of the plan: anchored (``<x:Anchor>``) from :data:`LEFT` px into column G,
2 px under its row's top, to :data:`RIGHT` px into column I, :data:`HEIGHT` px high (the
bottom row and offset counted on the stored row heights). Calc prints every shown note, a pale
yellow box with a callout line to its cell, and takes the notes into the printed range, so
the « 1 page wide » fit shrinks the whole sheet to columns A:I.

No cell, text, fill, border, width, height or merge of ``plan_headed``'s changed. Only the
layout comes from here: every value is the seed's (the notes are review furniture).
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import Any

from tests.generators.xlsx_titlerows import plan_headed

AUTHOR = "Dubois Marie"
REMARKS = (
    "Valeur de référence et cible 2026 à préciser.",
    "Source des données et fréquence de suivi ?",
    "À harmoniser avec le tableau de bord du COT.",
    "Vu en COPIL du 14/10/2021 : OK.",
)
LABEL = "Indicateurs"  # the field whose value cell carries a note
FIRST, LAST = 6, 8  # the notes' columns, 0-based: G to I
LEFT, RIGHT = 12, 60  # px into the first and the last column
TOP, HEIGHT = 2, 100  # px under the row's top; the box's height in px
DEFAULT_ROW = 15.0  # pt, a row without a stored height


def _noted(ws: Any, rows: list[int]) -> None:
    """A note of :data:`AUTHOR` on the value cell of every « Indicateurs » row."""
    from openpyxl.comments import Comment

    n = 0
    for r in range(1, ws.max_row + 1):
        if ws.cell(r, 1).value == LABEL:
            text = f"{AUTHOR} :\n{REMARKS[n % len(REMARKS)]}"
            ws.cell(r, 2).comment = Comment(text, AUTHOR)
            n += 1


def _heights(path: Path) -> dict[int, float]:
    """The stored row heights (pt) of the workbook's sheet, by 0-based row."""
    from openpyxl import load_workbook

    ws = load_workbook(str(path)).active
    return {
        r - 1: float(dim.height) for r, dim in ws.row_dimensions.items() if dim.height is not None
    }


def _bottom(heights: dict[int, float], row: int) -> tuple[int, int]:
    """The 0-based row and px offset :data:`HEIGHT` px under :data:`TOP` px into ``row``."""
    offset = TOP + HEIGHT
    while True:
        px = round(heights.get(row, DEFAULT_ROW) * 4 / 3)
        if offset < px:
            return row, offset
        offset -= px
        row += 1


def show_beside(path: Path) -> Path:
    """The workbook at ``path`` rewritten with every note shown in columns G:I."""
    heights = _heights(path)
    with zipfile.ZipFile(path) as zin:
        items = {name: zin.read(name) for name in zin.namelist()}

    def shown(shape: re.Match[str]) -> str:
        text = shape.group(0).replace("visibility:hidden", "visibility:visible")
        row = int(re.search(r"Row>(\d+)<", text).group(1))  # type: ignore[union-attr]
        end, offset = _bottom(heights, row)

        def anchor(tag: re.Match[str]) -> str:
            ns = tag.group(2)
            where = f"{FIRST}, {LEFT}, {row}, {TOP}, {LAST}, {RIGHT}, {end}, {offset}"
            return f"{tag.group(1)}<{ns}:Anchor>{where}</{ns}:Anchor><{ns}:Visible/>"

        return re.sub(r"(<(\w+):AutoFill>False</\2:AutoFill>)", anchor, text)

    for name, data in items.items():
        if name.endswith(".vml"):
            pattern = r'<\w+:shape [^>]*type="#_x0000_t202".*?</\w+:shape>'
            items[name] = re.sub(pattern, shown, data.decode(), flags=re.S).encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items.items():
            zout.writestr(name, data)
    return path


def plan_xlsx_rive(path: Path) -> Path:
    """Seed 001 as ``plan_headed``'s .xlsx at ``path``, a shown note beside each fiche's
    « Indicateurs » value."""
    return show_beside(plan_headed(path, _noted))


__all__ = ["AUTHOR", "REMARKS", "plan_xlsx_rive", "show_beside"]
