"""What a person sees in the terminal during ``copdiag refresh``: French progress and summary.

Dagster's own log lines (run ids, step keys, ``STEP_SUCCESS``…) go to a rotating log file under
``data/logs/`` (``COPDIAG_LOG``); ``--verbose`` also shows them. The terminal gets one progress
line per region (files read / total, current stage, elapsed time), rewritten in place on a
terminal and printed as plain lines when the output is a pipe or a file, then a summary with
French status words, the quarantined and the superseded files.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import re
import sys
import time
from collections.abc import Mapping
from pathlib import Path
from typing import TextIO

import dagster as dg
import pandas as pd

DEFAULT_LOG = "data/logs/copdiag.log"
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s %(message)s"

# Ingestion-report statuses, as a steward says them.
STATUS_FR: dict[str, tuple[str, str]] = {
    "loaded": ("chargé", "chargés"),
    "unchanged": ("inchangé", "inchangés"),
    "superseded": ("remplacé", "remplacés"),
    "quarantined": ("en quarantaine", "en quarantaine"),
    "duplicate": ("doublon", "doublons"),
    "removed": ("retiré", "retirés"),
}
STATUS_ORDER = ("loaded", "unchanged", "superseded", "duplicate", "removed", "quarantined")

# Step (op) name → stage label. Checks and unknown steps fall back to generic labels.
STAGES: dict[str, str] = {
    "reference_tables": "référentiels",
    "inbox_files": "inventaire de la boîte de dépôt",
    "ingested_documents": "lecture des fichiers",
    "questionnaire_responses": "réponses au questionnaire",
    "ingestion_report": "rapport d'ingestion",
    "lever_targets": "analyse : revue des cibles régionales",
    "lever_families": "analyse : familles de leviers",
    "lever_state_of_play": "analyse : état des lieux par levier",
    "priority_themes": "analyse : thèmes prioritaires",
    "exemplary_projects": "analyse : projets exemplaires",
    "cop_action_candidates": "analyse : actions candidates",
    "publication": "publication",
}

_TO_READ_RE = re.compile(r"(\d+) fichier\(s\), (\d+) à lire")
_READ_RE = re.compile(r"(\d+)/(\d+) fichier\(s\) lus")


def log_path(env: Mapping[str, str] | None = None) -> Path:
    """The Dagster log file: ``$COPDIAG_LOG`` or ``data/logs/copdiag.log``."""
    env = os.environ if env is None else env
    return Path(env.get("COPDIAG_LOG") or DEFAULT_LOG)


def stage_label(step_key: str | None) -> str:
    if not step_key:
        return "préparation"
    if step_key in STAGES:
        return STAGES[step_key]
    if "freshness" in step_key:
        return "contrôle de fraîcheur"
    if "check" in step_key or step_key.startswith("gx_"):
        return "contrôles qualité"
    return step_key


def format_duration(seconds: float) -> str:
    """``42 s``, ``3 min 05 s``, ``1 h 02 min``."""
    seconds = int(seconds)
    if seconds < 60:
        return f"{seconds} s"
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes} min {seconds:02d} s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min"


class RefreshProgress(logging.Handler):
    """Reads Dagster's log records of a run and keeps one French progress line up to date."""

    def __init__(
        self,
        region: str,
        stream: TextIO | None = None,
        *,
        interactive: bool | None = None,
        clock=time.monotonic,  # noqa: ANN001 - injectable for tests
    ) -> None:
        super().__init__(level=logging.DEBUG)
        self.region = region
        self.stream = stream or sys.stderr
        self.interactive = (
            interactive if interactive is not None else bool(getattr(self.stream, "isatty", None))
            and self.stream.isatty()
        )
        self.clock = clock
        self.started = clock()
        self.stage = "préparation"
        self.files_done = 0
        self.files_total: int | None = None
        self.files_seen = 0
        self.failed_steps: list[str] = []
        self._last_plain = ""
        self._width = 0

    # logging.Handler -------------------------------------------------------------------
    def emit(self, record: logging.LogRecord) -> None:
        try:
            self.update(record)
        except Exception:  # noqa: BLE001 - a display problem must never fail a refresh
            self.handleError(record)

    def update(self, record: logging.LogRecord) -> None:
        meta = getattr(record, "dagster_meta", None) or {}
        event = meta.get("dagster_event")
        message = meta.get("orig_message") or record.getMessage()
        kind = getattr(event, "event_type_value", None)
        if kind == "STEP_START":
            self.stage = stage_label(meta.get("step_key"))
        elif kind == "STEP_FAILURE":
            self.failed_steps.append(stage_label(meta.get("step_key")))
        if found := _TO_READ_RE.search(message):
            self.files_seen = int(found.group(1))
            self.files_total = int(found.group(2))
            self.files_done = 0
        if found := _READ_RE.search(message):
            self.files_done, self.files_total = int(found.group(1)), int(found.group(2))
        self.render()

    # display ---------------------------------------------------------------------------
    def line(self) -> str:
        files = (
            f"fichiers lus {self.files_done}/{self.files_total}"
            if self.files_total is not None
            else "fichiers : inventaire"
        )
        if self.files_total == 0:
            files = f"aucun fichier nouveau ou modifié ({self.files_seen} inchangé(s))"
        elif self.files_total is not None and self.files_done == 0:
            files = f"{self.files_total} fichier(s) à lire sur {self.files_seen}"
        elapsed = format_duration(self.clock() - self.started)
        return f"  Région {self.region} · {self.stage} · {files} · {elapsed}"

    def render(self) -> None:
        text = self.line()
        if self.interactive:
            pad = max(0, self._width - len(text))
            self.stream.write("\r" + text + " " * pad)
            self._width = len(text)
            self.stream.flush()
            return
        plain = text.rsplit(" · ", 1)[0]  # without the clock: print only real changes
        if plain != self._last_plain:
            self._last_plain = plain
            self.stream.write(text + "\n")
            self.stream.flush()

    def finish(self) -> None:
        """End the in-place line so the summary starts on a clean line."""
        if self.interactive and self._width:
            self.stream.write("\r" + " " * self._width + "\r")
            self.stream.flush()
            self._width = 0


def build_refresh_logger(
    progress: RefreshProgress, *, verbose: bool = False, path: Path | None = None
) -> tuple[dg.LoggerDefinition, list[logging.Handler]]:
    """A Dagster logger for in-process refreshes: log file, progress line, console if verbose.

    Returns the definition and the handlers to close once the run is over.
    """
    path = path or log_path()
    handlers: list[logging.Handler] = [progress]
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        file_handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=5_000_000, backupCount=3, encoding="utf-8"
        )
        file_handler.setFormatter(logging.Formatter(LOG_FORMAT))
        file_handler.setLevel(logging.DEBUG if verbose else logging.INFO)
        handlers.append(file_handler)
    except OSError as exc:  # read-only data/: the UI still has the whole log
        print(f"Journal Dagster non écrit ({path} : {exc.strerror})", file=sys.stderr)
    if verbose:
        console = logging.StreamHandler(sys.stderr)
        console.setFormatter(logging.Formatter(LOG_FORMAT))
        handlers.append(console)

    @dg.logger(
        description="Journal copdiag : fichier sous data/logs, ligne de progression en français.",
    )
    def copdiag_logger(init_context: dg.InitLoggerContext) -> logging.Logger:
        # DEBUG always reaches the progress line (step starts are DEBUG events); the file
        # and the console keep their own thresholds.
        logger = logging.Logger("dagster", level=logging.DEBUG)
        for handler in handlers:
            logger.addHandler(handler)
        return logger

    return copdiag_logger, handlers


def close_handlers(handlers: list[logging.Handler]) -> None:
    for handler in handlers:
        if isinstance(handler, RefreshProgress):
            handler.finish()
        elif isinstance(handler, logging.FileHandler):
            handler.close()
        else:
            handler.flush()


def status_counts_fr(report: pd.DataFrame) -> str:
    """``12 chargés, 3 inchangés, 1 remplacé, 2 en quarantaine`` (report statuses in French)."""
    if report.empty:
        return "aucun fichier"
    counts = report["status"].value_counts().to_dict()
    order = [s for s in STATUS_ORDER if s in counts] + sorted(set(counts) - set(STATUS_ORDER))
    parts = []
    for status in order:
        n = int(counts[status])
        one, many = STATUS_FR.get(status, (status, status))
        parts.append(f"{n} {one if n == 1 else many}")
    return ", ".join(parts)


def escape_terminal(text: str) -> str:
    from sources.filenames import escape_terminal as _escape

    return _escape(text)


def region_summary(
    region: str,
    report: pd.DataFrame,
    *,
    elapsed: float,
    folder: str,
    failed_checks: list[str] = (),  # type: ignore[assignment]
) -> list[str]:
    """The lines printed after a region was published."""
    lines = [
        f"✓ Région {region} publiée en {format_duration(elapsed)} dans {folder}/ — fichiers : "
        + status_counts_fr(report)
    ]
    lines += [f"  ! contrôle qualité non satisfait : {name}" for name in failed_checks]
    for status, title in (
        ("quarantined", "fichier(s) refusé(s), mis en quarantaine"),
        ("superseded", "fichier(s) remplacé(s) (non repris dans le diagnostic)"),
    ):
        rows = report[report["status"] == status] if not report.empty else report
        if rows.empty:
            continue
        mark = "!" if status == "quarantined" else "·"
        lines.append(f"  {mark} {len(rows)} {title} :")
        for row in rows.itertuples(index=False):
            # names come from outside: control characters/ANSI escapes are made visible
            reason = (
                f" : {escape_terminal(row.reason)}"
                if isinstance(row.reason, str) and row.reason
                else ""
            )
            lines.append(f"    - {escape_terminal(row.source_file)}{reason}")
    return lines
