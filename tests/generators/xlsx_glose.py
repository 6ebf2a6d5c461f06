"""Seed 001 as an Excel WORKBOOK whose CELL NOTES WERE LEFT SHOWN (seventy-eighth held-out set,
``plan_xlsx_glose``): an .xlsx written with openpyxl, printed to PDF by LibreOffice Calc.

One sheet « Plan d'actions », A4 portrait, « fit to 1 page wide », no printed gridlines, the
columns and rows of :mod:`tests.generators.xlsx_distribue` before its alignment (a boxed
header row and a row a step, wrapped, top-aligned); on the first step row of every steps
table a cell note on its « Descriptif » cell (one of :data:`REMARKS` in turn, not in the
seed) whose VML shape is made VISIBLE (``visibility:visible``, ``<x:Visible/>``) and
anchored (``<x:Anchor>``) over the « Planification » and « Ressources à mobiliser » cells of
its row and the next: Calc prints it as a pale yellow box with a callout line. Only the layout
comes from here: every value is the seed's.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.generators.seed001 import Block
from tests.generators.xlsx_titlerows import plan_portrait, put_header, put_steps

REMARKS = (
    "S. Climat : montant à confirmer au budget primitif 2021.",
    "S. Climat : calendrier à revoir avec la DGS (report COVID ?).",
    "S. Climat : porteur à valider en COPIL.",
    "S. Climat : partenaires à relancer avant l'été.",
)
AUTHOR = "S. Climat"
DESCRIPTIF = 1  # column B (0-based)


def _steps(ws: Any, put: Callable[..., int], block: Block) -> None:
    """A steps table (header row, a row a step), a note on its first step's « Descriptif »."""
    from openpyxl.comments import Comment

    put_header(put, block.header)
    rows = put_steps(put, block)
    if rows:
        n = sum(1 for row in ws.iter_rows(min_col=2, max_col=2) if row[0].comment is not None)
        note = Comment(REMARKS[n % len(REMARKS)], AUTHOR)
        ws.cell(row=rows[0], column=DESCRIPTIF + 1).comment = note


def _shown(shape: re.Match[str]) -> str:
    """A note's VML shape made visible and anchored over columns C–D of its row and the
    next: from 8 px into C, 2 px under the row's top, to 60 px into D, 30 px into the next
    row."""
    text = shape.group(0).replace("visibility:hidden", "visibility:visible")
    row = int(re.search(r"Row>(\d+)<", text).group(1))  # type: ignore[union-attr]

    def anchor(tag: re.Match[str]) -> str:
        ns = tag.group(2)
        where = f"2, 8, {row}, 2, 3, 60, {row + 1}, 30"
        return f"{tag.group(1)}<{ns}:Anchor>{where}</{ns}:Anchor><{ns}:Visible/>"

    return re.sub(r"(<(\w+):AutoFill>False</\2:AutoFill>)", anchor, text)


def show_notes(path: Path) -> Path:
    """The workbook at ``path`` rewritten with every cell note shown (:func:`_shown`)."""
    with zipfile.ZipFile(path) as zin:
        items = {name: zin.read(name) for name in zin.namelist()}
    for name, data in items.items():
        if name.endswith(".vml"):
            pattern = r'<\w+:shape [^>]*type="#_x0000_t202".*?</\w+:shape>'
            items[name] = re.sub(pattern, _shown, data.decode(), flags=re.S).encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items.items():
            zout.writestr(name, data)
    return path


def plan_xlsx_glose(path: Path) -> Path:
    """Seed 001 as an .xlsx at ``path``, a shown note over each steps table's first row."""
    return show_notes(plan_portrait(path, _steps))
