"""``copdiag`` command line: demo corpus, in-process refresh, template, file check, restore.

Exit codes (``EXIT_CODES_HELP``, also in ``--help`` and the README): 0 all files loaded and
published; 1 the run failed (previous publication kept); 2 published, but some files were
quarantined; 3 stopped by the refresh guard before any change; 64 usage error.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from pathlib import Path

from pipelines.refresh import EXIT_FAILED, EXIT_OK, EXIT_REJECTED, EXIT_STOPPED, EXIT_USAGE

__all__ = ["EXIT_REJECTED", "EXIT_STOPPED", "build_parser", "main"]

EXIT_CODES_HELP = f"""\
codes de sortie :
  {EXIT_OK}   tout est chargé et publié (ou la commande a réussi)
  {EXIT_FAILED}   échec : rien n'est publié, la publication précédente est conservée
  {EXIT_REJECTED}   publié, mais des fichiers sont en quarantaine (voir le rapport d'ingestion)
  {EXIT_STOPPED}   arrêt de sécurité avant toute modification : des fichiers déjà chargés ont
      disparu de la boîte de dépôt (confirmer avec --accept-removals)
  {EXIT_USAGE}  erreur d'utilisation (commande, option ou code région invalide) : rien n'est lancé
"""


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
    regions = args.region or env.regions_to_refresh()
    if not regions:
        print(
            f"Aucune région à rafraîchir : la boîte de dépôt {env.inbox} ne contient aucun "
            "dossier région (ex. 32/). Lancez `copdiag demo` ou précisez --region.",
            file=sys.stderr,
        )
        return EXIT_FAILED
    return refresh_regions(regions, env, verbose=args.verbose, accept_removals=args.accept_removals)


def _cmd_template(args: argparse.Namespace) -> int:
    from sources.questionnaire.template import write_template

    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    write_template(out, region_code=args.region)
    print(f"Questionnaire vierge écrit : {out}")
    return EXIT_OK


def _cmd_check(args: argparse.Namespace) -> int:
    """The refresh's verdict on one file of any type (``assets.ingestion.verdict``)."""
    from assets.ingestion.verdict import STATUS_FR, file_verdict, locate
    from pipelines.resources import Environment

    path = Path(args.file)
    if not path.is_file():
        print(f"{path} : fichier introuvable", file=sys.stderr)
        return EXIT_FAILED
    env = Environment.from_env()
    region, rel = locate(path, Path(env.inbox))
    region = args.region or region
    verdict = file_verdict(path, region=region, rel=rel, warehouse=env.warehouse)
    print(
        f"{verdict.source_file} : type détecté {verdict.detected_type}, "
        f"{verdict.n_records} enregistrement(s), {verdict.n_warnings} remarque(s) "
        f"— vérifié {verdict.context}."
    )
    for line in verdict.issues[:50]:
        print(f"  - {line}")
    if len(verdict.issues) > 50:
        print(f"  … et {len(verdict.issues) - 50} autre(s)")
    label = STATUS_FR.get(verdict.status, verdict.status)
    reason = f" : {verdict.reason}" if verdict.reason else ""
    print(f"=> statut {verdict.status} ({label}){reason}")
    if verdict.status == "quarantined":
        print("=> Fichier refusé : le rafraîchissement le mettrait en quarantaine.")
        return EXIT_FAILED
    print("=> Fichier accepté.")
    return EXIT_OK


def _cmd_restore(args: argparse.Namespace) -> int:
    """List or restore a kept publication of a region (``assets.publication.history``)."""
    from assets.publication.history import RestoreError, list_publications, restore_publication
    from pipelines.resources import Environment

    env = Environment.from_env()
    if args.list:
        entries = list_publications(env.publication_history, args.region)
        if not entries:
            print(f"Aucune publication antérieure conservée pour la région {args.region}.")
            return EXIT_OK
        print(f"Publications conservées de la région {args.region} (la plus récente d'abord) :")
        for entry in entries:
            print(f"  {entry.publication_id}  publiée le {entry.created or '?'}  "
                  f"{entry.n_files} fichier(s)  {entry.path}")  # fmt: skip
        return EXIT_OK
    try:
        chosen = restore_publication(
            env.outputs,
            args.region,
            env.publication_history,
            env.keep_publications,
            args.publication,
        )
    except RestoreError as exc:
        print(f"copdiag restore : {exc}", file=sys.stderr)
        return EXIT_FAILED
    print(
        f"Publication {chosen.publication_id} (publiée le {chosen.created or '?'}) restaurée "
        f"dans {Path(env.outputs) / args.region}/ ; la précédente est conservée "
        f"(`copdiag restore --region {args.region} --list`)."
    )
    return EXIT_OK


def _cmd_ui(args: argparse.Namespace) -> int:
    """Start the Dagster UI and daemon on the persistent instance, bound to loopback."""
    from pipelines.instance import ui_command, use_home

    home = use_home()
    print(f"Historique Dagster : {home} (interface sur http://{args.host}:{args.port})", flush=True)
    cmd = ui_command(args.host, args.port)
    os.execvp(cmd[0], cmd)
    return EXIT_OK  # pragma: no cover


def _cmd_levers_classify(args: argparse.Namespace) -> int:
    """Classify a list of actions (CSV/xlsx with a ``title`` column) onto the levers."""
    from sources.errors import InputRejected
    from sources.levers.batch import classify_table, to_csv

    path = Path(args.file)
    if not path.is_file():
        print(f"{path} : fichier introuvable", file=sys.stderr)
        return EXIT_FAILED
    try:
        result = classify_table(path.read_bytes(), path.name)
    except InputRejected as exc:
        print(f"{path.name} : {exc}", file=sys.stderr)
        return EXIT_FAILED
    out = Path(args.output)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".tmp")
    tmp.write_text(to_csv(result), encoding="utf-8")
    tmp.replace(out)  # never a half-written output
    on_lever = result.n_actions - result.n_transverse
    print(
        f"{result.n_actions} action(s) de {path.name} (feuille « {result.sheet} ») classée(s) : "
        f"{on_lever} sur un levier, {result.n_transverse} transverse(s). Résultat : {out}"
    )
    if result.sector_outcomes:  # ADEME-style sectors given: how often the lever agrees
        n = sum(result.sector_outcomes.values())

        def pct(key: str) -> str:
            return f"{100 * result.sector_outcomes.get(key, 0) / n:.1f} %".replace(".", ",")

        print(
            f"Secteurs fournis (colonne « secteurs ») : sur {n} action(s) ayant un secteur à "
            f"leviers, {pct('in_sector')} dans le secteur, {pct('transverse')} transverses, "
            f"{pct('other_sector')} dans un autre secteur."
        )
    return EXIT_OK


def _add_levers_parser(sub: argparse._SubParsersAction) -> None:
    levers = sub.add_parser("levers", help="leviers SGPE : classer une liste d'actions")
    levers_sub = levers.add_subparsers(dest="levers_command", required=True)
    classify = levers_sub.add_parser(
        "classify",
        help="classer les actions d'un fichier (colonne title, description facultative)",
    )
    classify.add_argument("file", help="fichier .csv ou .xlsx avec une colonne « title »")
    classify.add_argument("--output", "-o", required=True, help="fichier CSV à écrire")
    classify.set_defaults(func=_cmd_levers_classify)


# --------------------------------------------------------------------------- French argparse

_ARGPARSE_FR = (
    (r"^the following arguments are required: (.*)$", r"argument(s) obligatoire(s) manquant(s) : \1"),
    (r"^unrecognized arguments: (.*)$", r"argument(s) non reconnu(s) : \1"),
    (r"^argument (\S+): invalid choice: (.*) \(choose from (.*)\)$",
     r"argument \1 : choix invalide : \2 (valeurs possibles : \3)"),
    (r"^argument (\S+): invalid int value: (.*)$", r"argument \1 : nombre entier invalide : \2"),
    (r"^argument (\S+): expected one argument$", r"argument \1 : une valeur est attendue"),
    (r"^argument (\S+): (.*)$", r"argument \1 : \2"),
    (r"^ambiguous option: (.*)$", r"option ambiguë : \1"),
)  # fmt: skip


def _french(message: str) -> str:
    """argparse's English error messages, in French (region codes already are)."""
    for pattern, replacement in _ARGPARSE_FR:
        if re.match(pattern, message):
            return re.sub(pattern, replacement, message)
    return message


class _FrenchFormatter(argparse.RawDescriptionHelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None):  # noqa: ANN001, ANN201
        return super().add_usage(
            usage, actions, groups, "utilisation : " if prefix is None else prefix
        )


class _FrenchParser(argparse.ArgumentParser):
    """French help and errors; a usage error exits with ``EXIT_USAGE`` (not argparse's 2,
    which means « published with quarantines » here)."""

    def __init__(self, *args, **kwargs) -> None:  # noqa: ANN002, ANN003
        kwargs.setdefault("formatter_class", _FrenchFormatter)
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        self._positionals.title = "arguments"
        self._optionals.title = "options"
        self.add_argument("-h", "--help", action="help", help="afficher cette aide et quitter")

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog} : erreur : {_french(message)}\n")


def region_code(value: str) -> str:
    """``--region`` value: an INSEE region code (``2`` → ``02``); else a French usage error
    listing the valid codes."""
    from assets.partitions import REGION_CODES

    code = value.strip().zfill(2) if value.strip().isdigit() else value.strip().upper()
    if code in REGION_CODES:
        return code
    raise argparse.ArgumentTypeError(
        f"code région inconnu : « {value} ». Codes INSEE valides : {_valid_regions()}"
    )


def _valid_regions() -> str:
    from assets.partitions import REGION_CODES

    try:
        from sources.reference import region_by_code

        names = {code: getattr(r, "name", "") for code, r in region_by_code().items()}
    except Exception:  # noqa: BLE001 - codes alone still help
        names = {}
    return ", ".join(
        f"{code} ({names[code]})" if names.get(code) else code for code in sorted(REGION_CODES)
    )


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
    parser = _FrenchParser(
        prog="copdiag",
        description="Diagnostic régional des COP : ingestion, analyse, publication.",
        epilog=EXIT_CODES_HELP,
    )
    sub = parser.add_subparsers(
        dest="command", required=True, title="commandes", metavar="COMMANDE"
    )

    demo = sub.add_parser("demo", help="écrire le corpus de démonstration d'une région")
    demo.add_argument(
        "--region", type=region_code, default="32", help="code INSEE de la région (défaut 32)"
    )
    demo.add_argument("--inbox", help="boîte de dépôt (défaut COPDIAG_INBOX)")
    demo.add_argument("--seed", type=int, default=2024, help="graine du générateur (défaut 2024)")
    demo.set_defaults(func=_cmd_demo)

    refresh = sub.add_parser(
        "refresh",
        help="tout matérialiser pour une ou plusieurs régions",
        description="Lire la boîte de dépôt, charger l'entrepôt, calculer et publier le "
        "diagnostic, région par région.",
        epilog=EXIT_CODES_HELP,
    )
    refresh.add_argument(
        "--region", type=region_code, action="append", help="code INSEE (répétable)"
    )
    refresh.add_argument("-v", "--verbose", action="store_true", help="journal Dagster complet")
    refresh.add_argument(
        "--accept-removals",
        action="store_true",
        help="confirmer que des fichiers déjà chargés ont été retirés volontairement (sinon "
        "le rafraîchissement s'arrête avant toute modification quand le dossier région est "
        "absent ou vide, ou quand plus de COPDIAG_MAX_REMOVAL_SHARE des fichiers ont disparu)",
    )
    refresh.set_defaults(func=_cmd_refresh)

    template = sub.add_parser("template", help="écrire le questionnaire vierge")
    template.add_argument("out", help="fichier .xlsx à écrire")
    template.add_argument(
        "--region", type=region_code, help="code INSEE de la région à pré-remplir"
    )
    template.set_defaults(func=_cmd_template)

    check = sub.add_parser(
        "check",
        help="vérifier un fichier (plan, COT, questionnaire, destinataires) comme le ferait "
        "le rafraîchissement",
        description="Même détection, lecture et validation que `copdiag refresh` : affiche le "
        "statut et le motif que le rapport d'ingestion donnerait. Un fichier de la boîte de "
        "dépôt est vérifié avec les fichiers déjà chargés de sa région.",
        epilog="codes de sortie : 0 chargé ou remplacé, 1 mis en quarantaine ou introuvable, "
        f"{EXIT_USAGE} erreur d'utilisation",
    )
    check.add_argument("file", metavar="FICHIER", help="fichier à vérifier")
    check.add_argument(
        "--region",
        type=region_code,
        help="région dont le contexte s'applique (défaut : d'après le chemin dans la boîte "
        "de dépôt)",
    )
    check.set_defaults(func=_cmd_check)

    restore = sub.add_parser(
        "restore",
        help="lister ou restaurer une publication précédente d'une région",
        description="Les publications précédentes sont conservées hors de outputs/<région>/ "
        "(COPDIAG_PUBLICATION_HISTORY, les COPDIAG_KEEP_PUBLICATIONS plus récentes). "
        "Restaurer remet une publication à l'identique, octet pour octet, après avoir "
        "conservé la publication actuelle.",
        epilog=f"codes de sortie : 0 réussi, 1 publication introuvable, {EXIT_USAGE} erreur "
        "d'utilisation",
    )
    restore.add_argument("--region", type=region_code, required=True, help="code INSEE")
    restore.add_argument(
        "--publication",
        metavar="ID",
        help="identifiant (voir --list) ; défaut : la plus récente qui diffère de l'actuelle",
    )
    restore.add_argument("--list", action="store_true", help="lister les publications conservées")
    restore.set_defaults(func=_cmd_restore)
    backfill = sub.add_parser(
        "backfill", help="rafraîchissement national : rattrapage de toutes les régions via l'interface"
    )
    backfill.add_argument("--region", action="append", type=region_code, help="code INSEE (répétable ; défaut : "
                          "COPDIAG_REGIONS ou les dossiers de la boîte de dépôt)")  # fmt: skip
    backfill.add_argument("--url", default="http://127.0.0.1:3000", help="adresse de copdiag ui")
    backfill.add_argument("--wait", action="store_true", help="attendre la fin des exécutions")
    backfill.add_argument("--timeout", type=float, default=3600, help="attente maximale (s)")
    backfill.set_defaults(func=_cmd_backfill)

    ui = sub.add_parser("ui", help="lancer l'interface Dagster (127.0.0.1 par défaut)")
    ui.add_argument("--host", default="127.0.0.1", help="adresse d'écoute (défaut 127.0.0.1)")
    ui.add_argument("--port", type=int, default=3000, help="port (défaut 3000)")
    ui.set_defaults(func=_cmd_ui)

    _add_levers_parser(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except ValueError as exc:  # configuration errors (COPDIAG_*), already in French
        if not str(exc) or "COPDIAG_" not in str(exc):
            raise
        print(f"copdiag : erreur de configuration : {exc}", file=sys.stderr)
        return EXIT_USAGE


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
