"""Benchmarks (``make bench``): prints figures, asserts nothing.

Generates a large region, then measures a full refresh (wall time, peak memory), PDF pages/s,
questionnaires/s, an incremental refresh after one new questionnaire, and a national roll-up
over several regions. Scale with ``--plans``, ``--questionnaires``, ``--recipients``.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def _peak_rss_mb() -> float:
    """Peak resident memory of this process and of its finished children (MB)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def _write_large_region(
    inbox: Path, region: str, n_plans: int, n_q: int, n_rec: int, seed: int
) -> dict[str, int]:
    from demo.action_plan_pdf import build_action_plan_pdf
    from demo.authorities import generate_recipients, write_recipients_xlsx
    from demo.cot_pdf import build_cot_pdf
    from demo.cot_spec import random_cot_spec
    from demo.plan_random import random_plan_spec
    from demo.questionnaires import generate_questionnaires

    rng = random.Random(seed)
    root = inbox / region
    (root / "plans").mkdir(parents=True, exist_ok=True)
    (root / "questionnaires").mkdir(parents=True, exist_ok=True)
    (root / "contrats").mkdir(parents=True, exist_ok=True)
    pages = 0
    layouts = ("table", "paragraph", "grid", "landscape")
    for i in range(n_plans):
        spec = random_plan_spec(rng, f"Communauté de communes n°{i + 1}", rng.randint(12, 20))
        data = build_action_plan_pdf(spec, layouts[i % len(layouts)])
        pages += data.count(b"/Type /Page") - data.count(b"/Type /Pages")
        (root / "plans" / f"plan_{i + 1:04d}.pdf").write_bytes(data)
    for i in range(max(1, n_plans // 10)):
        spec = random_cot_spec(rng, f"Territoire {i + 1}", ("cae_eci", "tri")[i % 2])
        (root / "contrats" / f"cot_{i + 1:03d}.pdf").write_bytes(
            build_cot_pdf(spec, ("ruled", "boxes")[i % 2])
        )
    recipients = generate_recipients(rng, region, n_rec)
    (root / "destinataires.xlsx").write_bytes(write_recipients_xlsx(recipients))
    for name, payload in generate_questionnaires(rng, region, recipients, n_q):
        (root / "questionnaires" / name).write_bytes(payload)
    return {"pages": pages, "plans": n_plans, "questionnaires": n_q, "recipients": n_rec}


def _step_seconds(instance, run_id: str) -> dict[str, float]:
    """Wall time of each step of a run, from Dagster's own step statistics."""
    out = {}
    for stat in instance.get_run_step_stats(run_id):
        if stat.start_time and stat.end_time:
            out[stat.step_key] = stat.end_time - stat.start_time
    return out


def _stage_line(steps: dict[str, float]) -> str:
    """Step times grouped into the refresh's stages (inventory, reading, analysis, checks,
    publication), then the slowest steps."""
    stages = {"inventaire": 0.0, "lecture": 0.0, "analyse": 0.0, "contrôles": 0.0,
              "publication": 0.0, "autres": 0.0}  # fmt: skip
    for key, seconds in steps.items():
        if key.startswith(("gx_checks", "check")) or "__check" in key:
            stages["contrôles"] += seconds
        elif key in ("inbox_files", "refresh_guard"):
            stages["inventaire"] += seconds
        elif key == "ingested_documents":
            stages["lecture"] += seconds
        elif key == "publication":
            stages["publication"] += seconds
        elif key in _ANALYSIS_STEPS:
            stages["analyse"] += seconds
        else:
            stages["autres"] += seconds
    slowest = sorted(steps.items(), key=lambda kv: -kv[1])[:6]
    return (
        "  étapes (somme des pas Dagster) : "
        + ", ".join(f"{k} {v:.1f} s" for k, v in stages.items() if v)
        + "\n  pas les plus longs : "
        + ", ".join(f"{k} {v:.1f} s" for k, v in slowest)
    )


_ANALYSIS_STEPS = {
    "questionnaire_responses", "lever_state_of_play", "lever_families", "priority_themes",
    "exemplary_projects", "cop_action_candidates", "ingestion_report", "action_steps",
    "referential_scores", "recipients", "actions", "contract_targets", "authorities",
}  # fmt: skip


def _incremental(env, instance, full: float, label: str, add) -> None:
    """Add one file with ``add()``, refresh, print seconds and share of the full refresh."""
    from pipelines.refresh import refresh_region

    add()
    t0, c0 = time.monotonic(), time.process_time()
    result = refresh_region("32", env, instance=instance)
    seconds, cpu = time.monotonic() - t0, time.process_time() - c0
    print(
        f"rafraîchissement incrémental ({label}) : {seconds:.1f} s, soit "
        f"{100 * seconds / max(full, 1e-6):.1f} % du complet (succès={result.success}) ; "
        f"CPU du processus {cpu:.1f} s"
    )
    print(_stage_line(_step_seconds(instance, result.run_id)))


def _parser_throughput(root: Path, max_plans: int = 8, max_questionnaires: int = 200) -> None:
    """Pure parser speed on one core (no warehouse, no Dagster): pages/s and questionnaires/s."""
    import pypdfium2 as pdfium

    from sources.action_plan import parse_action_plan
    from sources.questionnaire import read_questionnaire

    plans = sorted((root / "plans").glob("*.pdf"))[:max_plans]
    pages, t0 = 0, time.monotonic()
    for path in plans:
        data = path.read_bytes()
        pages += len(pdfium.PdfDocument(data))
        parse_action_plan(data, path.name, "bench")
    elapsed = time.monotonic() - t0
    print(
        f"extraction PDF (1 cœur, {len(plans)} plans, {pages} pages) : "
        f"{pages / max(elapsed, 1e-6):.1f} pages/s"
    )
    files = sorted((root / "questionnaires").glob("*"))[:max_questionnaires]
    t0, ok = time.monotonic(), 0
    for path in files:
        try:
            read_questionnaire(path.read_bytes(), path.name)
            ok += 1
        except Exception:  # noqa: BLE001 - messy files are part of the corpus
            pass
    elapsed = time.monotonic() - t0
    print(
        f"lecture questionnaires (1 cœur, {len(files)} fichiers dont {ok} lisibles) : "
        f"{len(files) / max(elapsed, 1e-6):.1f} questionnaires/s"
    )


def _single_file_run(env, instance) -> None:
    """The inbox sensor's path: one new questionnaire read alone in its own partition."""
    import dagster as dg

    from assets.ingestion.assets import inbox_file
    from assets.partitions import file_partition_key
    from demo.authorities import generate_recipients
    from demo.questionnaires import generate_questionnaires
    from pipelines.resources import build_resources

    rng = random.Random(123)
    name, payload = generate_questionnaires(rng, "32", generate_recipients(rng, "32", 5), 1)[0]
    rel = f"questionnaires/capteur_{name}"
    (Path(env.inbox) / "32" / rel).write_bytes(payload)
    key = file_partition_key("32", rel)
    instance.add_dynamic_partitions("inbox_file", [key])
    t0 = time.monotonic()
    dg.materialize(
        [inbox_file], partition_key=key, resources=build_resources(env), instance=instance
    )
    print(
        f"lecture d'un fichier seul (partition inbox_file, chemin du capteur) : "
        f"{time.monotonic() - t0:.1f} s"
    )


_HOSTILE_CHILD = """
import json, resource, sys, time
sys.path.insert(0, {root!r})
from assets.ingestion.ingest_file import parse_inbox_file
t0 = time.monotonic()
outcome = parse_inbox_file({path!r}, {name!r}, "32", "", None, None)
print(json.dumps({{
    "status": outcome.status, "reason": outcome.reason, "records": outcome.n_records,
    "seconds": time.monotonic() - t0,
    "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
}}))
"""


def _hostile_inputs(work: Path) -> None:
    """Peak memory and time of one worker reading each hostile file (default limits).

    Each file is read by a fresh Python process (what a parser worker does: one read, limits,
    detection, parse) so its peak RSS is its own. The regional scan in the main process only
    hashes files (streamed), it never opens them.
    """
    import json
    import subprocess

    from assets.ingestion.ingest_file import sha256_file
    from tests.generators.bad_inputs import crowded_page_pdf, decompression_bomb_pdf, recipients_csv

    folder = work / "hostile"
    folder.mkdir(parents=True, exist_ok=True)
    cases = {
        "bombe PDF 2 Gio décompressés (2 Mo)": ("bomb2g.pdf", lambda: decompression_bomb_pdf(2048)),
        "bombe PDF 6 Gio décompressés (6 Mo)": ("bomb6g.pdf", lambda: decompression_bomb_pdf(6144)),
        "page PDF de 200 000 mots": ("words.pdf", lambda: crowded_page_pdf(200_000)),
        "CSV de 200 000 destinataires (lu en entier)": ("dest.csv", lambda: recipients_csv(200_000, "32")),
    }
    root = str(Path(__file__).resolve().parent.parent)
    for label, (name, build) in cases.items():
        path = folder / name
        if not path.exists():
            path.write_bytes(build())
        t0 = time.monotonic()
        sha256_file(path)
        scan_s = time.monotonic() - t0
        code = _HOSTILE_CHILD.format(root=root, path=str(path), name=name)
        done = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=False
        )
        try:
            figures = json.loads(done.stdout.strip().splitlines()[-1])
        except (IndexError, json.JSONDecodeError):
            print(f"{label} : échec du processus ({done.stderr.strip()[-300:]})")
            continue
        print(
            f"{label} ({path.stat().st_size / 1e6:.1f} Mo) : {figures['status']} en "
            f"{figures['seconds']:.1f} s, pic mémoire du lecteur {figures['peak_mb']:.0f} Mo, "
            f"empreinte dans le processus principal {scan_s:.2f} s"
            + (f" — {figures['reason']}" if figures["reason"] else f" — {figures['records']} lignes")
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--plans", type=int, default=int(os.environ.get("BENCH_PLANS", 150)))
    parser.add_argument(
        "--questionnaires", type=int, default=int(os.environ.get("BENCH_QUESTIONNAIRES", 1500))
    )
    parser.add_argument(
        "--recipients", type=int, default=int(os.environ.get("BENCH_RECIPIENTS", 3000))
    )
    parser.add_argument("--regions", type=int, default=3, help="regions for the national roll-up")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument("--work", type=Path, help="reuse this folder (corpus and warehouse)")
    parser.add_argument(
        "--spreadsheets-only",
        action="store_true",
        help="only the spreadsheet readers (old vs new, .ods, huge workbooks)",
    )
    parser.add_argument("--big-rows", type=int, default=1_048_576, help="rows of the huge workbook")
    parser.add_argument(
        "--hostile-only", action="store_true", help="only the hostile files (memory bounds)"
    )
    parser.add_argument(
        "--refresh-only",
        action="store_true",
        help="only the full and incremental refreshes (no spreadsheet, hostile, roll-up parts)",
    )
    args = parser.parse_args()
    if args.hostile_only:
        with tempfile.TemporaryDirectory(prefix="copdiag-hostile-") as tmp:
            _hostile_inputs(Path(tmp))
        return

    import bench_spreadsheets

    if not args.refresh_only:
        bench_spreadsheets.run_in_child(args.questionnaires, args.big_rows)
    if args.spreadsheets_only:
        return
    import bench_pdf

    bench_pdf.run_in_child(int(os.environ.get("BENCH_PDF_PAGES", 100)))

    import dagster as dg

    from pipelines.refresh import refresh_region
    from pipelines.resources import Environment

    work = Path(tempfile.mkdtemp(prefix="copdiag-bench-"))
    inbox = work / "inbox"
    env = Environment(
        inbox=str(inbox),
        warehouse=str(work / "warehouse.duckdb"),
        outputs=str(work / "outputs"),
        quarantine=str(work / "quarantine"),
        publication_history=str(work / "publications"),  # not the demo's data/publications
        workers=args.workers,
    )
    print(
        f"machine : {platform.machine()}, {os.cpu_count()} cœurs, Python "
        f"{platform.python_version()}, {platform.system()} {platform.release()}"
    )
    t0 = time.monotonic()
    sizes = _write_large_region(inbox, "32", args.plans, args.questionnaires, args.recipients, 7)
    print(f"corpus : {sizes} généré en {time.monotonic() - t0:.1f} s")

    if not args.refresh_only:
        _parser_throughput(inbox / "32")
        _hostile_inputs(work)

    instance = dg.DagsterInstance.ephemeral()
    t0 = time.monotonic()
    result = refresh_region("32", env, instance=instance)
    full = time.monotonic() - t0
    print(
        f"rafraîchissement complet : {full:.1f} s (succès={result.success}), "
        f"mémoire max {_peak_rss_mb():.0f} Mo (processus principal ou un lecteur)"
    )
    print(_stage_line(_step_seconds(instance, result.run_id)))

    from demo.action_plan_pdf import build_action_plan_pdf
    from demo.authorities import generate_recipients
    from demo.plan_random import random_plan_spec
    from demo.questionnaires import generate_questionnaires

    def one_questionnaire() -> None:
        rng = random.Random(99)
        name, payload = generate_questionnaires(rng, "32", generate_recipients(rng, "32", 5), 1)[0]
        (inbox / "32" / "questionnaires" / f"nouveau_{name}").write_bytes(payload)

    def one_plan() -> None:
        spec = random_plan_spec(random.Random(98), "Communauté de communes nouvelle", 16)
        (inbox / "32" / "plans" / "plan_nouveau.pdf").write_bytes(
            build_action_plan_pdf(spec, "table")
        )

    _incremental(env, instance, full, "aucun changement", lambda: None)
    _incremental(env, instance, full, "1 questionnaire ajouté", one_questionnaire)
    _incremental(env, instance, full, "1 plan ajouté", one_plan)
    _single_file_run(env, instance)
    print(f"mémoire max après les rafraîchissements : {_peak_rss_mb():.0f} Mo")
    if args.refresh_only:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
        return

    t0 = time.monotonic()
    small = ["76", "84", "53", "44", "11"][: max(0, args.regions - 1)]
    for region in small:
        _write_large_region(
            inbox,
            region,
            max(2, args.plans // 20),
            max(10, args.questionnaires // 20),
            max(20, args.recipients // 20),
            11,
        )
        refresh_region(region, env, instance=instance)
    import duckdb

    con = duckdb.connect(env.warehouse, read_only=True)
    t1 = time.monotonic()
    rollup = con.execute(
        "SELECT lever_code, count(DISTINCT region_code) AS regions, avg(mean_relevance) AS rel, "
        "sum(n_actions) AS actions FROM lever_state_of_play WHERE scope = 'region' "
        "GROUP BY lever_code ORDER BY actions DESC"
    ).df()
    con.close()
    print(
        f"consolidation nationale : {len(small) + 1} régions rafraîchies en "
        f"{time.monotonic() - t0:.1f} s ; requête de synthèse {1000 * (time.monotonic() - t1):.0f} ms "
        f"({len(rollup)} leviers)"
    )
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    else:
        print(f"dossier conservé : {work}")


if __name__ == "__main__":
    main()
