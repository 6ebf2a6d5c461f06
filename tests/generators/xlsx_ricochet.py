"""Seed 001 on a sheet printed in two vertical slices IN ALTERNATION (two-hundred-and-twenty-
eighth held-out set, ``plan_xlsx_ricochet``): :func:`tests.generators.xlsx_troncons.
plan_xlsx_troncons`'s workbook (A4 portrait at 100 %, the fiche part in A:B, the steps
tables over A:F, so Calc prints the sheet in two vertical slices), written with openpyxl and
printed to PDF by LibreOffice Calc, unchanged but for its PAGE ORDER: the agent switched
« Format de page › Feuille › Ordre des pages » to « De gauche à droite, puis vers le bas »
(:data:`ORDER`), so Calc prints each band of rows' A:B page then its C:F page (an empty part
left out) before the next band's: the left and right parts of the same steps rows on
consecutive pages.

The sheet's XML is ``plan_xlsx_troncons``'s but for the one ``pageOrder`` attribute. Only the
layout comes from here: every value is the seed's.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from tests.generators.xlsx_troncons import plan_xlsx_troncons

SHEET = "xl/worksheets/sheet1.xml"
DEFAULT = 'pageOrder="downThenOver"'  # « De haut en bas, puis vers la droite »
ORDER = 'pageOrder="overThenDown"'  # « De gauche à droite, puis vers le bas »


def plan_xlsx_ricochet(path: Path) -> Path:
    """Seed 001 as ``plan_xlsx_troncons``'s .xlsx at ``path``, its pages printed over then
    down."""
    source = plan_xlsx_troncons(path.with_name(path.stem + "-troncons.xlsx"))
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == SHEET:
                text = data.decode("utf-8")
                if text.count(DEFAULT) != 1:
                    raise ValueError("plan_xlsx_troncons's page order not found")
                data = text.replace(DEFAULT, ORDER).encode("utf-8")
            zout.writestr(item, data)
    source.unlink()
    return path


__all__ = ["ORDER", "plan_xlsx_ricochet"]
