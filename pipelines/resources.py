"""Resources built from the environment: the only place that reads ``COPDIAG_*`` variables."""

from __future__ import annotations

import os
from dataclasses import dataclass

from assets.partitions import REGION_CODES
from assets.resources import Settings, Warehouse


@dataclass(frozen=True)
class Environment:
    """Configuration read once from ``COPDIAG_*`` environment variables (with defaults)."""

    inbox: str = "data/inbox"
    warehouse: str = "data/warehouse.duckdb"
    outputs: str = "outputs"
    quarantine: str = "data/quarantine"
    workers: int = 2
    regions: tuple[str, ...] = ()
    schedule_cron: str = "0 6 * * 1"
    timezone: str = "Europe/Paris"
    sensor_interval_s: int = 60
    executor: str = "multiprocess"
    # Resource limits on each inbox file (README « Resource limits »).
    max_file_mb: int = 200
    pdf_max_inflated_mb: int = 512
    pdf_max_pages: int = 2_000
    pdf_max_words_per_page: int = 20_000
    csv_max_rows: int = 500_000
    csv_max_cells: int = 10_000_000
    # Refresh guard: share of a region's known files a refresh may drop without confirmation.
    max_removal_share: float = 0.20
    # Publication history: where older publications are kept, and how many per region.
    publication_history: str = "data/publications"
    keep_publications: int = 5

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None) -> Environment:
        env = dict(os.environ if env is None else env)
        regions = tuple(
            r.strip().zfill(2) for r in env.get("COPDIAG_REGIONS", "").split(",") if r.strip()
        )
        unknown = [r for r in regions if r not in REGION_CODES]
        if unknown:
            raise ValueError(f"COPDIAG_REGIONS : code(s) région inconnu(s) : {', '.join(unknown)}")
        return cls(
            inbox=env.get("COPDIAG_INBOX", cls.inbox),
            warehouse=env.get("COPDIAG_WAREHOUSE", cls.warehouse),
            outputs=env.get("COPDIAG_OUTPUTS", cls.outputs),
            quarantine=env.get("COPDIAG_QUARANTINE", cls.quarantine),
            workers=int(env.get("COPDIAG_WORKERS", min(4, os.cpu_count() or 1))),
            regions=regions,
            schedule_cron=env.get("COPDIAG_SCHEDULE_CRON", cls.schedule_cron),
            timezone=env.get("COPDIAG_TIMEZONE", cls.timezone),
            sensor_interval_s=int(env.get("COPDIAG_SENSOR_INTERVAL", cls.sensor_interval_s)),
            executor=_executor_name(env.get("COPDIAG_EXECUTOR", cls.executor)),
            **{
                name: _positive_int(env, f"COPDIAG_{name.upper()}", getattr(cls, name))
                for name in LIMIT_SETTINGS
            },
            max_removal_share=parse_share(
                env.get("COPDIAG_MAX_REMOVAL_SHARE", str(cls.max_removal_share))
            ),
            publication_history=env.get("COPDIAG_PUBLICATION_HISTORY", cls.publication_history),
            keep_publications=int(env.get("COPDIAG_KEEP_PUBLICATIONS", cls.keep_publications)),
        )

    def configured_regions(self) -> list[str]:
        """Regions to refresh: ``COPDIAG_REGIONS``, else every region folder in the inbox."""
        if self.regions:
            return list(self.regions)
        if not os.path.isdir(self.inbox):
            return []
        return sorted(d for d in os.listdir(self.inbox) if d in REGION_CODES)

    def regions_to_refresh(self) -> list[str]:
        """``configured_regions`` plus, without ``COPDIAG_REGIONS``, the regions the warehouse
        holds: a region whose folder vanished is refreshed, and stopped by the guard, rather
        than silently skipped (``assets.ingestion.guard``)."""
        from assets.ingestion.guard import regions_in_warehouse

        if self.regions:
            return list(self.regions)
        return sorted(set(self.configured_regions()) | set(regions_in_warehouse(self.warehouse)))


def parse_share(value: str) -> float:
    """``0.2``, ``20`` or ``20 %`` → 0.2; a share outside [0, 1] is refused in French."""
    text = str(value).strip().replace(",", ".").rstrip("%").strip()
    try:
        share = float(text)
    except ValueError:
        raise ValueError(
            f"COPDIAG_MAX_REMOVAL_SHARE : « {value} » n'est pas une part (ex. 0.2 ou 20 %)"
        ) from None
    if share > 1 or str(value).strip().endswith("%"):
        share /= 100
    if not 0 <= share <= 1:
        raise ValueError(f"COPDIAG_MAX_REMOVAL_SHARE : « {value} » hors de 0–100 %")
    return share


LIMIT_SETTINGS = (
    "max_file_mb",
    "pdf_max_inflated_mb",
    "pdf_max_pages",
    "pdf_max_words_per_page",
    "csv_max_rows",
    "csv_max_cells",
)


def _positive_int(env: dict[str, str], name: str, default: int) -> int:
    value = env.get(name)
    if value is None or not value.strip():
        return default
    try:
        number = int(value.strip().replace("_", ""))
    except ValueError:
        number = 0
    if number <= 0:
        raise ValueError(f"{name} : « {value} » n'est pas un entier positif")
    return number


EXECUTORS = ("multiprocess", "in_process", "k8s", "celery")
_CLUSTER_EXECUTORS = {
    "k8s": ("dagster_k8s", "k8s_job_executor"),
    "celery": ("dagster_celery", "celery_executor"),
}


def _executor_name(value: str) -> str:
    name = value.strip().lower().replace("-", "_")
    if name not in EXECUTORS:
        raise ValueError(
            f"COPDIAG_EXECUTOR : « {value} » inconnu (valeurs possibles : {', '.join(EXECUTORS)})"
        )
    return name


def build_executor(environment: Environment):  # noqa: ANN201 - Dagster executor definition
    """The executor chosen by ``COPDIAG_EXECUTOR``: same definitions, laptop or cluster.

    ``k8s`` and ``celery`` need the optional extras (``pip install '.[k8s]'`` / ``'.[celery]'``)
    and an instance configured as in ``pipelines/deploy/``.
    """
    import importlib

    import dagster as dg

    if environment.executor == "in_process":
        return dg.in_process_executor
    if environment.executor in _CLUSTER_EXECUTORS:
        module, attribute = _CLUSTER_EXECUTORS[environment.executor]
        try:
            return getattr(importlib.import_module(module), attribute)
        except ImportError as exc:  # pragma: no cover - optional extra
            raise RuntimeError(
                f"COPDIAG_EXECUTOR={environment.executor} : installer l'extra "
                f"« {environment.executor} » (pip install '.[{environment.executor}]')"
            ) from exc
    return dg.multiprocess_executor


def build_resources(environment: Environment | None = None) -> dict[str, object]:
    """The resource dict shared by Definitions, the CLI and tests."""
    environment = environment or Environment.from_env()
    return {
        "settings": Settings(
            inbox=environment.inbox,
            outputs=environment.outputs,
            quarantine=environment.quarantine,
            workers=environment.workers,
            **{name: getattr(environment, name) for name in LIMIT_SETTINGS},
            max_removal_share=environment.max_removal_share,
            publication_history=environment.publication_history,
            keep_publications=environment.keep_publications,
        ),
        "warehouse": Warehouse(path=environment.warehouse),
    }
