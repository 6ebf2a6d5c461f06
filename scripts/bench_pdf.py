"""PDF action-plan benchmark: naive pdfplumber vs the triaged pipeline. Prints, asserts nothing.

(a) naive: pdfplumber ``extract_text`` + ``extract_tables`` on every page, pages kept open;
(b) pipeline: :func:`sources.action_plan.parse_action_plan` (pypdfium2 triage, table finder only
on pages with implementation-table headers or continuations, ``page.close()`` after each page).
Peak memory is measured with tracemalloc (Python allocations) in the same process.
"""

from __future__ import annotations

import argparse
import io
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def _naive(data: bytes) -> int:
    import pdfplumber

    n = 0
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            page.extract_text()
            n += len(page.extract_tables())
    return n


def _pipeline(data: bytes) -> int:
    from sources.action_plan import parse_action_plan

    doc = parse_action_plan(data, "bench.pdf", "0" * 64)
    return len(doc.steps)


def _measure(name: str, func: Callable[[bytes], int], data: bytes, pages: int) -> None:
    tracemalloc.start()
    t0 = time.perf_counter()
    result = func(data)
    elapsed = time.perf_counter() - t0
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"{name:<42} {elapsed:7.1f} s  {pages / elapsed:6.1f} pages/s  "
          f"pic mémoire {peak / 2**20:7.1f} Mo  ({result} tableaux/étapes)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    from demo.action_plan_pdf import build_large_plan_pdf

    t0 = time.perf_counter()
    data = build_large_plan_pdf(args.pages, args.seed)
    pages = data.count(b"/Type /Page") - data.count(b"/Type /Pages")
    print(f"plan généré : {pages} pages, {len(data) / 2**20:.1f} Mo en "
          f"{time.perf_counter() - t0:.1f} s")
    _measure("(a) pdfplumber seul (tables sur chaque page)", _naive, data, pages)
    _measure("(b) pipeline (tri pypdfium2 + page.close())", _pipeline, data, pages)


if __name__ == "__main__":
    main()
