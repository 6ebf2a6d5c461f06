"""Seed 001 on a sheet whose finance officer gave two columns a NUMBER FORMAT WITH COLOUR
SECTIONS (two-hundred-and-twenty-fifth held-out set, ``plan_xlsx_sanguine``):
:func:`tests.generators.xlsx_titlerows.plan_headed`'s sheet, written with openpyxl and
printed to PDF by LibreOffice Calc, unchanged but for the number format of the steps body
cells of columns C and D (« Planification », « Ressources à mobiliser »): the custom format
:data:`FORMAT`, typed in « Format de cellule › Personnalisée » to tell at a glance the values
Excel took as numbers from those left as text — positive numbers and zero in the General
format in blue, a negative one in red with its minus (none in the seed), a text value as
typed (``@``) in red. So the digit-only years and sums (numbers, right-aligned) print blue,
« 2020 et + », « 5 000 », « interne (0,2 ETP) » and the other text values red, each as typed.

No text added; every text, fill, border, width, height and merge ``plan_headed``'s. Only the
layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.generators.xlsx_titlerows import plan_headed

COLUMNS = (3, 4)  # 1-based: C « Planification », D « Ressources à mobiliser »
FORMAT = "[Blue]General;[Red]-General;[Blue]General;[Red]@"  # numbers blue, text red


def _sections(ws: Any, rows: list[int]) -> None:
    """:data:`FORMAT` on the cells of :data:`COLUMNS` in the steps ``rows``."""
    for r in rows:
        for c in COLUMNS:
            ws.cell(row=r, column=c).number_format = FORMAT


def plan_xlsx_sanguine(path: Path) -> Path:
    """Seed 001 as ``plan_headed``'s .xlsx at ``path``, the steps cells of C:D in
    :data:`FORMAT`."""
    return plan_headed(path, _sections)


__all__ = ["COLUMNS", "FORMAT", "plan_xlsx_sanguine"]
