"""Spreadsheet reader benchmark (part of ``make bench``; alone: ``python scripts/bench_spreadsheets.py``).

Prints, on one core: questionnaires/s with the old reader (openpyxl, whole workbook in memory,
kept in scripts/legacy_openpyxl_reader.py) and the new one (python-calamine) side by side, .ods
questionnaires/s, and the peak memory of each reader, in a fresh process, on a 1 048 576-row
workbook and on the largest sheet the limits accept. Asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))


def _one_core() -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})


def _rate(files: list[tuple[str, bytes]], loader, repeat: int = 1, old: bool = False):  # noqa: ANN001, ANN201
    """Questionnaires/s reading every file ``repeat`` times with ``loader`` as the workbook loader.

    ``old`` also restores the uncached label folding the reader had before issue 21.
    """
    import sources.questionnaire.reader as questionnaire
    from sources import values
    from sources.spreadsheet import loader as spreadsheet

    patched = [
        module
        for name, module in list(sys.modules.items())
        if name.startswith("sources.") and getattr(module, "fold", None) is values.fold
    ]
    original, fold = questionnaire.load_workbook, values.fold
    questionnaire.load_workbook = loader
    if old:
        for module in patched:
            module.fold = values._fold
    ok = 0
    try:
        t0 = time.perf_counter()
        for _ in range(repeat):
            for name, data in files:
                spreadsheet._CACHE.clear()  # measure reading, not the detector/reader cache
                try:
                    questionnaire.read_questionnaire(data, name)
                    ok += 1
                except Exception:  # noqa: BLE001 - messy files are part of the corpus
                    pass
        elapsed = time.perf_counter() - t0
    finally:
        questionnaire.load_workbook = original
        for module in patched:
            module.fold = fold
    return len(files) * repeat / max(elapsed, 1e-9), ok // repeat


def questionnaire_rates(n: int = 60, seed: int = 7, repeat: int = 2) -> None:
    """Old vs new reader on the demo questionnaires (xlsx/xlsm), then the .ods twins."""
    from legacy_openpyxl_reader import load_workbook_openpyxl

    from demo.authorities import generate_recipients
    from demo.questionnaires import generate_questionnaires
    from sources.spreadsheet import load_workbook
    from tests.generators.calc_convert import FIXTURES

    rng = random.Random(seed)
    files = [
        (name, data)
        for name, data in generate_questionnaires(
            rng, "32", generate_recipients(rng, "32", n + 5), n
        )
        if name.endswith((".xlsx", ".xlsm"))
    ]
    _rate(files[:3], load_workbook)  # warm imports
    _rate(files[:3], load_workbook_openpyxl)
    old, ok_old = _rate(files, load_workbook_openpyxl, repeat, old=True)
    middle, _ = _rate(files, load_workbook_openpyxl, repeat)
    new, ok_new = _rate(files, load_workbook, repeat)
    print(
        f"questionnaires xlsx/xlsm (1 cœur, {len(files)} fichiers × {repeat}) : "
        f"avant (openpyxl) {old:.1f}/s ({ok_old} lus) | openpyxl + libellés mémorisés "
        f"{middle:.1f}/s | maintenant (python-calamine + libellés mémorisés) {new:.1f}/s "
        f"({ok_new} lus) : × {new / max(old, 1e-9):.1f}"
    )
    ods = [(p.name, p.read_bytes()) for p in sorted(FIXTURES.glob("q*.ods"))]
    if ods:
        rate, ok = _rate(ods, load_workbook, repeat * 3)
        print(f"questionnaires .ods (1 cœur, {len(ods)} fichiers Calc) : {rate:.1f}/s ({ok} lus)")


def write_long_xlsx(path: Path, rows: int, columns: int = 3) -> int:
    """An xlsx whose one sheet holds ``rows`` rows of values, streamed (never held in memory)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
            'package/2006/content-types"><Default Extension="rels" ContentType="application/'
            'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
            'ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType='
            '"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
        )
        archive.writestr(
            "_rels/.rels",
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
            'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type='
            '"http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="xl/workbook.xml"/></Relationships>',
        )
        archive.writestr(
            "xl/workbook.xml",
            '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats'
            '.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/'
            'officeDocument/2006/relationships"><sheets><sheet name="Destinataires" sheetId="1" '
            'r:id="rId1"/></sheets></workbook>',
        )
        archive.writestr(
            "xl/_rels/workbook.xml.rels",
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
            'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type='
            '"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
            'Target="worksheets/sheet1.xml"/></Relationships>',
        )
        letters = [chr(65 + c) for c in range(columns)]
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write(
                b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.'
                b'openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
            )
            batch: list[str] = []
            for r in range(1, rows + 1):
                cells = "".join(
                    f'<c r="{letter}{r}" t="inlineStr"><is><t>v{r}</t></is></c>'
                    if i == 0
                    else f'<c r="{letter}{r}"><v>{r * (i + 1)}</v></c>'
                    for i, letter in enumerate(letters)
                )
                batch.append(f'<row r="{r}">{cells}</row>')
                if len(batch) == 10_000:
                    sheet.write("".join(batch).encode())
                    batch.clear()
            sheet.write(("".join(batch) + "</sheetData></worksheet>").encode())
    return path.stat().st_size


_CHILD = """
import resource, sys, time
sys.path[:0] = [{root!r}, {scripts!r}]
from sources.errors import InputRejected
if {old!r}:
    from legacy_openpyxl_reader import load_workbook_openpyxl as load
else:
    from sources.spreadsheet import load_workbook as load
data = open({path!r}, "rb").read()
t0 = time.perf_counter()
try:
    wb = load(data, "grand.xlsx")
    outcome = f"lu : {{sum(len(s.rows) for s in wb.sheets)}} lignes"
except InputRejected as exc:
    outcome = f"refusé : {{exc.reason}}"
print(f"{{time.perf_counter() - t0:.1f}} s, mémoire max "
      f"{{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f}} Mo ; {{outcome}}")
"""


def _measure(path: Path, old: bool) -> str:
    code = _CHILD.format(root=str(ROOT), scripts=str(ROOT / "scripts"), path=str(path), old=old)
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=3600, check=False
    )
    return (done.stdout.strip() or done.stderr.strip().splitlines()[-1])[:400]


def big_workbooks(
    big_rows: int = 1_048_576, accepted_rows: int = 99_000, old: bool = False
) -> None:
    """Peak memory, each reader in a fresh process, on a huge and on the largest accepted sheet."""
    with tempfile.TemporaryDirectory(prefix="copdiag-bench-xlsx-") as tmp:
        for rows, label in (
            (big_rows, "classeur géant"),
            (accepted_rows, "plus grande feuille admise"),
        ):
            path = Path(tmp) / f"rows_{rows}.xlsx"
            size = write_long_xlsx(path, rows, columns=10 if rows < 200_000 else 3)
            print(f"{label} ({rows:,} lignes, {size / 1e6:.1f} Mo) :".replace(",", " "))
            print(f"  nouveau lecteur : {_measure(path, old=False)}")
            if old:
                print(f"  ancien lecteur  : {_measure(path, old=True)}")


def run_in_child(questionnaires: int, big_rows: int) -> None:
    """Run this benchmark pinned to one core in its own process (``make bench`` calls it)."""
    print("lecteurs de classeurs (ancien openpyxl / nouveau python-calamine) :", flush=True)
    subprocess.run(
        [
            sys.executable,
            str(Path(__file__)),
            "--questionnaires",
            str(min(questionnaires, 200)),
            "--big-rows",
            str(big_rows),
        ],
        check=False,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--questionnaires", type=int, default=60)
    parser.add_argument("--big-rows", type=int, default=1_048_576)
    parser.add_argument("--accepted-rows", type=int, default=99_000)
    parser.add_argument(
        "--old-big", action="store_true", help="also the old reader on the big workbooks (slow)"
    )
    args = parser.parse_args()
    _one_core()
    questionnaire_rates(args.questionnaires)
    big_workbooks(args.big_rows, args.accepted_rows, args.old_big)


if __name__ == "__main__":
    main()
