"""Compare two published folders of a region (issue 19: an incremental publication must equal
one made from scratch): same files; CSV byte for byte; Parquet equal (schema and values);
XLSX cell for cell; ``datapackage.json`` equal but for its publication date and the file
sha256 of the workbook (zip metadata); other files byte for byte once each folder's publication
date is replaced by a placeholder (``projets.csv``, ``synthese.html``).

usage: python scripts/compare_publications.py FOLDER_A FOLDER_B   (exit 0 when equal)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any


def _published_at(folder: Path) -> str:
    return str(json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))["created"])


def _without_dates(data: bytes, folder: Path) -> bytes:
    created = _published_at(folder)
    for text in (created, created[:10], created[:19]):
        data = data.replace(text.encode("utf-8"), b"<DATE>")
    day = created[:10].split("-")
    return data.replace("/".join(reversed(day)).encode(), b"<DATE>")


def _package(folder: Path) -> dict[str, Any]:
    package = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    package.pop("created", None)
    content = package.get("copdiag_content", {})
    files = content.get("files", {})
    for name in [n for n in files if n.endswith(".xlsx")]:
        files.pop(name)
    return package


def _cells(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True)
    try:
        return {ws.title: list(ws.iter_rows(values_only=True)) for ws in book.worksheets}
    finally:
        book.close()


def compare(a: Path, b: Path) -> list[str]:
    """The differences found (empty: the folders are equal)."""
    import pandas as pd
    import pyarrow.parquet as pq

    problems: list[str] = []
    files_a = {p.relative_to(a).as_posix() for p in a.rglob("*") if p.is_file()}
    files_b = {p.relative_to(b).as_posix() for p in b.rglob("*") if p.is_file()}
    if files_a != files_b:
        problems.append(f"fichiers différents : {sorted(files_a ^ files_b)}")
    for name in sorted(files_a & files_b):
        pa_, pb_ = a / name, b / name
        if name.endswith(".parquet"):
            ta, tb = pq.read_table(pa_), pq.read_table(pb_)
            if not ta.schema.equals(tb.schema, check_metadata=True):
                problems.append(f"{name} : schéma Parquet différent")
            elif not pd.read_parquet(pa_).equals(pd.read_parquet(pb_)):
                problems.append(f"{name} : valeurs Parquet différentes")
        elif name.endswith(".xlsx"):
            ca, cb = _cells(pa_), _cells(pb_)
            readme = "Lisez-moi"
            for cells, folder in ((ca, a), (cb, b)):
                if readme in cells:  # its second line says the publication date
                    day = _published_at(folder)[:10]
                    cells[readme] = [
                        tuple(str(v).replace(day, "<DATE>") if v is not None else v for v in row)
                        for row in cells[readme]
                    ]
            if ca != cb:
                sheets = [t for t in ca if ca.get(t) != cb.get(t)]
                problems.append(f"{name} : cellules différentes (onglets {sheets})")
        elif name == "datapackage.json":
            if _package(a) != _package(b):
                problems.append("datapackage.json : contenu différent")
        elif name.endswith(".csv") and name != "projets.csv":
            if pa_.read_bytes() != pb_.read_bytes():
                problems.append(f"{name} : octets différents")
        elif _without_dates(pa_.read_bytes(), a) != _without_dates(pb_.read_bytes(), b):
            problems.append(f"{name} : octets différents (dates mises à part)")
    return problems


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__)
        return 2
    problems = compare(Path(argv[0]), Path(argv[1]))
    for problem in problems:
        print(problem)
    print("identiques" if not problems else f"{len(problems)} différence(s)")
    return 0 if not problems else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
