"""PDF reading benchmark, side by side on the same pages, one core. Prints, asserts nothing.

Modes (each in its own subprocess pinned to one CPU, so wall time is not shared and the peak
resident memory, ``resource.getrusage``, is the mode's own):

* ``plumber``  — plain pdfplumber: ``extract_words`` + rectangles and lines on every page
  (what any pdfplumber-based reader pays before doing anything with the page);
* ``pdfium_text`` — pypdfium2's text layer only (``get_text_range``), the floor;
* ``pdfium_prims`` — :mod:`sources.pdf.engine`: the same primitives as ``plumber`` (character
  boxes grouped into words by pdfplumber's algorithm, edges, rectangles) read through PDFium;
* ``pipeline_pdfium`` / ``pipeline_plumber`` — the whole action-plan parser
  (:func:`sources.action_plan.parse_action_plan`: triage, lines, tables, fields, records) with
  ``COPDIAG_PDF_ENGINE=pdfium`` (default) or ``pdfplumber``.

Each mode runs ``--repeat`` times; the median is printed. A mode's libraries are imported
before its clock starts (a reader pays its imports once per process, not per page: ~0.1 s for
pdfplumber, ~0.25 s for the pipeline's modules); that import time is printed beside the rate. Rates use the process's CPU time
(one thread, so one core's time): on a shared, loaded machine wall time measures the
neighbours, CPU time measures the reader; the wall time is printed beside it. Input: a generated plan of ``--pages``
pages (reportlab, tables on most pages) and/or ``--file`` PDFs (e.g. the producer fixtures).
"""

from __future__ import annotations

import argparse
import importlib
import io
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def _plumber(data: bytes) -> int:
    import pdfplumber

    n = 0
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            n += len(page.extract_words())
            n += len(page.rects) + len(page.lines)
            page.close()
    return n


def _pdfium_text(data: bytes) -> int:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(data)
    n = 0
    for index in range(len(doc)):
        page = doc[index]
        textpage = page.get_textpage()
        n += len(textpage.get_text_range())
        textpage.close()
        page.close()
    doc.close()
    return n


def _pdfium_prims(data: bytes) -> int:
    from sources.pdf.engine import iter_plumber_pages

    n = 0
    for page in iter_plumber_pages(data):
        n += len(page.extract_words())
        n += len(page.rects) + len(page.lines)
        page.close()
    return n


def _pipeline(data: bytes) -> int:
    from sources.action_plan import parse_action_plan

    doc = parse_action_plan(data, "bench.pdf", "0" * 64)
    return len(doc.steps)


# modules each mode imports before its clock starts (its one-time cost per process)
IMPORTS: dict[str, tuple[str, ...]] = {
    "plumber": ("pdfplumber",),
    "pdfium_text": ("pypdfium2",),
    "pdfium_prims": ("sources.pdf.engine",),
    "pipeline_pdfium": ("sources.action_plan", "sources.pdf.engine", "sources.ocr"),
    "pipeline_plumber": ("sources.action_plan", "sources.pdf.engine", "sources.ocr"),
}

MODES: dict[str, tuple[str, Callable[[bytes], int], str | None]] = {
    "plumber": ("pdfplumber seul (mots + rectangles/traits)", _plumber, None),
    "pdfium_text": ("pypdfium2, couche texte seule", _pdfium_text, None),
    "pdfium_prims": ("PDFium → primitives pdfplumber (mots, traits)", _pdfium_prims, "pdfium"),
    "pipeline_pdfium": ("pipeline complet, moteur PDFium", _pipeline, "pdfium"),
    "pipeline_plumber": ("pipeline complet, moteur pdfplumber", _pipeline, "pdfplumber"),
}


def _run_mode(mode: str, paths: list[str], pages: int) -> None:
    """Child process: one mode over all files, one line of figures (parsed by the parent)."""
    if hasattr(os, "sched_setaffinity"):
        cpus = sorted(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpus[-1]})
    _, func, engine = MODES[mode]
    if engine:
        os.environ["COPDIAG_PDF_ENGINE"] = engine
    blobs = [Path(p).read_bytes() for p in paths]
    i0 = time.process_time()
    for module in IMPORTS[mode]:
        importlib.import_module(module)
    imports = time.process_time() - i0
    t0, c0 = time.perf_counter(), time.process_time()
    result = sum(func(data) for data in blobs)
    elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{cpu:.4f} {elapsed:.4f} {peak_mb:.1f} {imports:.4f} {result}", flush=True)


def _count_pages(data: bytes) -> int:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(data)
    try:
        return len(doc)
    finally:
        doc.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pages", type=int, default=100, help="pages of the generated plan")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--file", action="append", default=[], help="PDF(s) to add")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--modes", default=",".join(MODES))
    parser.add_argument("--mode", choices=sorted(MODES), help=argparse.SUPPRESS)
    parser.add_argument("--paths", nargs="*", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.mode:
        _run_mode(args.mode, args.paths, 0)
        return

    with tempfile.TemporaryDirectory() as tmp:
        paths = [str(Path(p).resolve()) for p in args.file]
        if args.pages > 0:
            from demo.action_plan_pdf import build_large_plan_pdf

            data = build_large_plan_pdf(args.pages, args.seed)
            path = Path(tmp) / "plan.pdf"
            path.write_bytes(data)
            paths.insert(0, str(path))
        pages = sum(_count_pages(Path(p).read_bytes()) for p in paths)
        print(
            f"{pages} pages ({len(paths)} fichier(s)), un cœur (temps CPU), "
            f"médiane de {args.repeat} passes entrelacées"
        )
        rates: dict[str, float] = {}
        modes = args.modes.split(",")
        runs: dict[str, tuple[list[float], list[float], list[float], list[float]]] = {
            mode: ([], [], [], []) for mode in modes
        }
        failed: set[str] = set()
        # Rounds outermost: each round runs every mode once, so a change of load on a shared
        # machine weighs on every mode alike instead of on whichever ran at that moment.
        for _ in range(args.repeat):
            for mode in modes:
                if mode in failed:
                    continue
                out = subprocess.run(
                    [sys.executable, __file__, "--mode", mode, "--paths", *paths],
                    capture_output=True,
                    text=True,
                    check=False,
                )
                if out.returncode != 0:
                    print(f"{mode}: échec\n{out.stderr[-2000:]}")
                    failed.add(mode)
                    continue
                cpu, wall, peak, imports, _ = out.stdout.split()
                times, walls, peaks, loads = runs[mode]
                times.append(float(cpu))
                walls.append(float(wall))
                peaks.append(float(peak))
                loads.append(float(imports))
        for mode in modes:
            times, walls, peaks, loads = runs[mode]
            if not times:
                continue
            median = statistics.median(times)
            rates[mode] = pages / median
            print(
                f"{MODES[mode][0]:<48} {median:7.2f} s CPU  {pages / median:7.1f} pages/s  "
                f"(horloge {statistics.median(walls):6.2f} s)  pic mémoire (RSS) {max(peaks):4.0f} Mo"
                f"  imports {statistics.median(loads):4.2f} s CPU (hors mesure)",
                flush=True,
            )
        if "plumber" in rates:
            base = rates["plumber"]
            for mode in ("pdfium_prims", "pipeline_pdfium", "pipeline_plumber"):
                if mode in rates:
                    print(f"  {mode} / pdfplumber seul : ×{rates[mode] / base:.2f}")


def run_in_child(pages: int = 100, repeat: int = 3) -> None:
    """``make bench`` (scripts/bench.py): the side-by-side PDF figures, each mode in its own
    process pinned to one core."""
    print("lecture PDF, côte à côte sur les mêmes pages :", flush=True)
    subprocess.run(
        [sys.executable, str(Path(__file__)), "--pages", str(pages), "--repeat", str(repeat)],
        check=False,
    )


if __name__ == "__main__":
    main()
