"""Store the CAE and ECI referentials' axis, sub-axis and measure labels as reference data.

Usage: ``python scripts/build_referential_labels.py [path/to/shared/realworld]`` (default:
``$COPDIAG_SHARED/realworld`` or ``../shared/realworld`` beside the clone). Writes
``sources/reference/referential_labels.csv`` (``referential,code,label``), read by
:mod:`sources.cot.referential_case` to give a progress table's label printed IN CAPITALS (a
caps effect, a label typed in capitals) the referential's own wording.

Source: the Territoires en Transitions referential export layouts ``tet/export_cae.xlsx`` and
``tet/export_eci.xlsx`` (incubateur-ademe/territoires-en-transitions ``apps/app/public/``,
MIT; see ``realworld/README.md``): their « Arborescence » / « N° » and « Intitulé » columns,
the three upper levels (axes, sub-axes, measures). The seed documents are left out: they
are the ground truth the producer corpus is scored against.
"""

from __future__ import annotations

import csv
import os
import sys
from pathlib import Path

import openpyxl

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "sources" / "reference" / "referential_labels.csv"
_DEPTH = 2  # dots in a code: 1, 1.1, 1.1.1


def _rows(path: Path, referential: str) -> list[tuple[str, str, str]]:
    sheet = openpyxl.load_workbook(path, read_only=True).worksheets[0]
    out = []
    for code, label, *_ in sheet.iter_rows(values_only=True):
        if code is None or label is None:
            continue
        code = str(code).strip().removeprefix("cae_")
        if not code[:1].isdigit() or code.count(".") > _DEPTH:
            continue  # the header row, « Total », deeper levels
        out.append((referential, code, " ".join(str(label).split())))
    return out


def main() -> None:
    default = os.environ.get("COPDIAG_SHARED")
    base = Path(sys.argv[1]) if len(sys.argv) > 1 else None
    if base is None:
        base = Path(default) / "realworld" if default else ROOT.parent / "shared" / "realworld"
    rows = _rows(base / "tet" / "export_cae.xlsx", "CAE")
    rows += _rows(base / "tet" / "export_eci.xlsx", "ECI")
    with TARGET.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(("referential", "code", "label"))
        writer.writerows(rows)
    print(f"{TARGET.relative_to(ROOT)}: {len(rows)} labels")


if __name__ == "__main__":
    main()
