"""``copdiag`` command line: demo corpus, in-process refresh, template, questionnaire check.

Exit codes of ``refresh``: 0 all files loaded and published; 2 published, but some files were
quarantined (see the ingestion report); 1 the run failed (previous publication kept).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

EXIT_OK, EXIT_FAILED, EXIT_REJECTED = 0, 1, 2


def _cmd_demo(args: argparse.Namespace) -> int:
    from demo.corpus import write_demo_inbox
    from pipelines.resources import Environment

    env = Environment.from_env()
    inbox = Path(args.inbox or env.inbox)
    summary = write_demo_inbox(inbox, args.region, seed=args.seed)
    print(
        f"Corpus de démonstration écrit dans {summary.inbox} : {summary.n_plans} plans "
        f"d'actions, {summary.n_cots} contrats (COT), {summary.n_questionnaires} "
        f"questionnaires, {summary.n_recipients} destinataires."
    )
    return EXIT_OK


def _cmd_refresh(args: argparse.Namespace) -> int:
    from pipelines.refresh import refresh_regions
    from pipelines.resources import Environment

    env = Environment.from_env()
    regions = args.region or env.configured_regions()
    if not regions:
        print(
            f"Aucune région à rafraîchir : la boîte de dépôt {env.inbox} ne contient aucun "
            "dossier région (ex. 32/). Lancez `copdiag demo` ou précisez --region.",
            file=sys.stderr,
        )
        return EXIT_FAILED
    return refresh_regions(regions, env, verbose=args.verbose)


def _cmd_template(args: argparse.Namespace) -> int:
    from sources.questionnaire_template import write_template

    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    write_template(out, region_code=args.region)
    print(f"Questionnaire vierge écrit : {out}")
    return EXIT_OK


def _cmd_check(args: argparse.Namespace) -> int:
    from sources.questionnaire import check_questionnaire, format_issues_fr

    path = Path(args.file)
    if not path.is_file():
        print(f"{path} : fichier introuvable", file=sys.stderr)
        return EXIT_FAILED
    doc, issues = check_questionnaire(path.read_bytes(), path.name)
    errors = [i for i in issues if i.severity == "error"]
    if doc is not None:
        ident = doc.identification
        answered = sum(
            1
            for a in doc.answers
            if a.relevance_score is not None or a.deployment_score is not None
        )
        print(
            f"{path.name} : {ident.authority_name or 'collectivité sans nom'} "
            f"(SIREN {ident.siren or '—'}), {answered} levier(s) renseigné(s), "
            f"{len(doc.projects)} projet(s)."
        )
    if issues:
        print(format_issues_fr(issues))
    if errors:
        print(f"=> Fichier refusé : il serait mis en quarantaine ({len(errors)} erreur(s)).")
        return EXIT_FAILED
    print(f"=> Fichier accepté ({len(issues)} remarque(s)).")
    return EXIT_OK


def _cmd_ui(args: argparse.Namespace) -> int:
    """Start the Dagster UI and daemon on the persistent instance, bound to loopback."""
    from pipelines.instance import ui_command, use_home

    home = use_home()
    print(f"Historique Dagster : {home} (interface sur http://{args.host}:{args.port})", flush=True)
    cmd = ui_command(args.host, args.port)
    os.execvp(cmd[0], cmd)
    return EXIT_OK  # pragma: no cover


def _cmd_backfill(args: argparse.Namespace) -> int:
    """National refresh: a backfill of ``regional_refresh`` sent to the running UI's daemon."""
    from pipelines.backfill import BackfillError, launch_region_backfill, wait_for_backfill
    from pipelines.resources import Environment

    regions = args.region or Environment.from_env().configured_regions()
    if not regions:
        print("Aucune région à rafraîchir (précisez --region).", file=sys.stderr)
        return EXIT_FAILED
    try:
        backfill_id = launch_region_backfill(args.url, regions)
        print(
            f"Rattrapage {backfill_id} lancé sur {len(regions)} région(s) : {', '.join(regions)} "
            f"— suivi dans {args.url}/runs/b/{backfill_id}"
        )
        if not args.wait:
            return EXIT_OK
        status = wait_for_backfill(args.url, backfill_id, timeout=args.timeout)
    except (BackfillError, OSError) as exc:
        print(f"Rattrapage impossible : {exc} (l'interface tourne-t-elle ? copdiag ui)",
              file=sys.stderr)  # fmt: skip
        return EXIT_FAILED
    failed = [r for r in status["runs"] if r["status"] != "SUCCESS"]
    print(f"Rattrapage {backfill_id} terminé : {len(status['runs']) - len(failed)} région(s) "
          f"publiée(s), {len(failed)} en échec.")  # fmt: skip
    return EXIT_FAILED if failed else EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="copdiag", description="Diagnostic régional des COP : ingestion, analyse, publication."
    )
    sub = parser.add_subparsers(dest="command", required=True)

    demo = sub.add_parser("demo", help="écrire le corpus de démonstration d'une région")
    demo.add_argument("--region", default="32", help="code INSEE de la région (défaut 32)")
    demo.add_argument("--inbox", help="boîte de dépôt (défaut COPDIAG_INBOX)")
    demo.add_argument("--seed", type=int, default=2024)
    demo.set_defaults(func=_cmd_demo)

    refresh = sub.add_parser("refresh", help="tout matérialiser pour une ou plusieurs régions")
    refresh.add_argument("--region", action="append", help="code INSEE (répétable)")
    refresh.add_argument("-v", "--verbose", action="store_true", help="journal Dagster complet")
    refresh.set_defaults(func=_cmd_refresh)

    template = sub.add_parser("template", help="écrire le questionnaire vierge")
    template.add_argument("out", help="fichier .xlsx à écrire")
    template.add_argument("--region", help="code INSEE de la région à pré-remplir")
    template.set_defaults(func=_cmd_template)

    check = sub.add_parser("check", help="vérifier un questionnaire retourné")
    check.add_argument("file")
    check.set_defaults(func=_cmd_check)

    backfill = sub.add_parser(
        "backfill", help="rafraîchissement national : rattrapage de toutes les régions via l'interface"
    )
    backfill.add_argument("--region", action="append", help="code INSEE (répétable ; défaut : "
                          "COPDIAG_REGIONS ou les dossiers de la boîte de dépôt)")  # fmt: skip
    backfill.add_argument("--url", default="http://127.0.0.1:3000", help="adresse de copdiag ui")
    backfill.add_argument("--wait", action="store_true", help="attendre la fin des exécutions")
    backfill.add_argument("--timeout", type=float, default=3600, help="attente maximale (s)")
    backfill.set_defaults(func=_cmd_backfill)

    ui = sub.add_parser("ui", help="lancer l'interface Dagster (127.0.0.1 par défaut)")
    ui.add_argument("--host", default="127.0.0.1")
    ui.add_argument("--port", type=int, default=3000)
    ui.set_defaults(func=_cmd_ui)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return int(args.func(args))


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
