"""Benchmark of the publication writers (issue 19): seconds per writer, before and after.

"Before" is the cell-by-cell code frozen as ``_reference_*`` in
``tests/assets/publication/test_writers_equivalence.py``; "after" is
``assets/publication/writers.py``. Both write the generated tables of a large region
(``tests/generators/publication_frames.py``: 70 000 answer rows × 17 columns, 5 000 actions ×
41, 19 000 action steps… with the demo's column names and types) into a temporary folder; the
script also says whether each pair of files is identical (CSV/Parquet bytes, the workbook's
unzipped parts but ``docProps/core.xml``). Prints figures, asserts nothing.

``splice`` (issue 19, incremental workbook): over a previous workbook, "before" writes the whole
workbook of slightly changed tables (one row added to the tables one new plan, or one new
questionnaire, changes), "after" is ``workbook_splice.write_workbook`` (the unchanged sheets
copied from the previous workbook); identical: the same parts as the full write.

    .venv/bin/python scripts/bench_publication.py [--answers 70000] [--only xlsx] [--only splice]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

XLSX_ARGS = {
    "region_code": "32",
    "descriptions": {},
    "config": {"min_themes": 5, "max_themes": 10},
    "published_at": "2026-12-01T10:00:00+00:00",
}


def _timed(fn: Callable[[], object]) -> tuple[float, float]:
    """Wall and CPU seconds of ``fn()`` (CPU: less disturbed on a shared machine)."""
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - wall, time.process_time() - cpu


def _row(writer: str, before: tuple[float, float], after: tuple[float, float], same: bool) -> None:
    print(
        f"{writer:<10}{before[0]:>10.2f}{after[0]:>10.2f}{before[0] / after[0]:>8.1f}×"
        f"{before[1]:>10.2f}{after[1]:>10.2f}{before[1] / after[1]:>8.1f}×  {same}"
    )


def _same_workbook(a: Path, b: Path) -> bool:
    with zipfile.ZipFile(a) as za, zipfile.ZipFile(b) as zb:
        names = [n for n in za.namelist() if n != "docProps/core.xml"]
        return names == [n for n in zb.namelist() if n != "docProps/core.xml"] and all(
            za.read(n) == zb.read(n) for n in names
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--answers", type=int, default=70_000, help="answer rows (others scaled)")
    parser.add_argument("--only", choices=("csv", "parquet", "xlsx", "splice"), action="append")
    args = parser.parse_args()
    only = set(args.only or ("csv", "parquet", "xlsx", "splice"))

    from assets.publication import writers
    from tests.assets.publication import test_writers_equivalence as ref
    from tests.generators.publication_frames import publication_frames

    start = time.perf_counter()
    tables = publication_frames(args.answers)
    sizes = ", ".join(f"{n} {df.shape[0]}×{df.shape[1]}" for n, df in tables.items())
    print(f"tables ({time.perf_counter() - start:.1f} s to generate): {sizes}")
    print(f"{'':<10}{'wall seconds':^28}{'CPU seconds':^28}")
    print(
        f"{'writer':<10}{'before':>10}{'after':>10}{'':>9}{'before':>10}{'after':>10}{'':>9}"
        "  identical"
    )
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        for writer in ("csv", "parquet"):
            if writer not in only:
                continue
            old_fn = getattr(ref, f"_reference_write_{writer}")
            new_fn = getattr(writers, f"write_{writer}")
            before = after = (0.0, 0.0)
            same = True
            for name, df in tables.items():
                a, b = out / f"old_{name}.{writer}", out / f"new_{name}.{writer}"
                old_t = _timed(lambda: old_fn(name, df, a))  # noqa: B023 - called at once
                new_t = _timed(lambda: new_fn(name, df, b))  # noqa: B023
                before = (before[0] + old_t[0], before[1] + old_t[1])
                after = (after[0] + new_t[0], after[1] + new_t[1])
                same &= a.read_bytes() == b.read_bytes()
            _row(writer, before, after, same)
        if "xlsx" in only:
            a, b = out / "old.xlsx", out / "new.xlsx"
            before = _timed(lambda: ref._reference_write_xlsx(tables, a, **XLSX_ARGS))
            after = _timed(lambda: writers.write_xlsx(tables, b, **XLSX_ARGS))
            _row("xlsx", before, after, _same_workbook(a, b))
        if "splice" in only:
            _splice_rows(tables, out)


# What one new file changes (one row added to each of these tables).
_CHANGES = {
    "plan": ("actions", "action_steps"),
    "quest.": ("questionnaire_responses", "lever_state_of_play", "priority_themes"),
}


def _splice_rows(tables: dict[str, Any], out: Path) -> None:
    import pandas as pd

    from assets.publication import writers
    from assets.publication.cache import file_sha256, table_content_hash
    from assets.publication.workbook_splice import SHEETS_KEY, write_workbook

    book = "book.xlsx"
    (out / "previous").mkdir()
    hashes = {n: table_content_hash(df) for n, df in tables.items()}
    layout, _ = write_workbook(
        tables, out / "previous" / book, previous={}, previous_book=out / "previous" / book,
        hashes=hashes, **XLSX_ARGS,
    )  # fmt: skip
    manifest = {
        "hashes": hashes,
        "files": {book: file_sha256(out / "previous" / book)},
        SHEETS_KEY: {book: layout},
    }
    for label, names in _CHANGES.items():
        changed = dict(tables)
        for name in names:
            changed[name] = pd.concat([tables[name], tables[name].iloc[[0]]], ignore_index=True)
        new_hashes = {n: table_content_hash(df) for n, df in changed.items()}
        full, spliced = out / f"full_{label}", out / f"spliced_{label}"
        full.mkdir()
        spliced.mkdir()
        before = _timed(partial(writers.write_xlsx, changed, full / book, **XLSX_ARGS))
        after = _timed(
            partial(
                write_workbook,
                changed,
                spliced / book,
                previous=manifest,
                previous_book=out / "previous" / book,
                hashes=new_hashes,
                **XLSX_ARGS,
            )  # fmt: skip
        )
        _row(f"xlsx {label}", before, after, _same_workbook(full / book, spliced / book))


if __name__ == "__main__":
    main()
