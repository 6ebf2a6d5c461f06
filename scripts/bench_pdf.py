"""PDF action-plan benchmark: naive pdfplumber vs the triaged pipeline. Prints, asserts nothing.

(a) naive: pdfplumber ``extract_text`` + ``extract_tables`` on every page, pages kept open;
(b) pipeline: :func:`sources.action_plan.parse_action_plan` (pypdfium2 triage, table finder only
on pages with implementation-table headers or continuations, ``page.close()`` after each page).
Each mode runs in its own subprocess so wall time is not inflated by tracing and peak memory
is the process's own peak resident set (``resource.getrusage``).
"""

from __future__ import annotations

import argparse
import io
import resource
import subprocess
import sys
import tempfile
import time
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


MODES: dict[str, tuple[str, Callable[[bytes], int]]] = {
    "naive": ("(a) pdfplumber seul (tables sur chaque page)", _naive),
    "pipeline": ("(b) pipeline (tri pypdfium2 + page.close())", _pipeline),
}


def _run_mode(mode: str, path: str, pages: int) -> None:
    label, func = MODES[mode]
    data = Path(path).read_bytes()
    t0 = time.perf_counter()
    result = func(data)
    elapsed = time.perf_counter() - t0
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"{label:<46} {elapsed:7.1f} s  {pages / elapsed:6.1f} pages/s  "
        f"pic mémoire (RSS) {peak_mb:6.0f} Mo  ({result} tableaux/étapes)",
        flush=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--mode", choices=sorted(MODES), help=argparse.SUPPRESS)
    parser.add_argument("--file", help=argparse.SUPPRESS)
    parser.add_argument("--n-pages", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.mode:
        _run_mode(args.mode, args.file, args.n_pages)
        return

    from demo.action_plan_pdf import build_large_plan_pdf

    t0 = time.perf_counter()
    data = build_large_plan_pdf(args.pages, args.seed)
    pages = data.count(b"/Type /Page") - data.count(b"/Type /Pages")
    print(
        f"plan généré : {pages} pages, {len(data) / 2**20:.1f} Mo en "
        f"{time.perf_counter() - t0:.1f} s"
    )
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "plan.pdf"
        path.write_bytes(data)
        for mode in ("naive", "pipeline"):
            subprocess.run(
                [
                    sys.executable,
                    __file__,
                    "--mode",
                    mode,
                    "--file",
                    str(path),
                    "--n-pages",
                    str(pages),
                ],
                check=False,
            )


if __name__ == "__main__":
    main()
