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
        )

    def configured_regions(self) -> list[str]:
        """Regions to refresh: ``COPDIAG_REGIONS``, else every region folder in the inbox."""
        if self.regions:
            return list(self.regions)
        if not os.path.isdir(self.inbox):
            return []
        return sorted(d for d in os.listdir(self.inbox) if d in REGION_CODES)


def build_resources(environment: Environment | None = None) -> dict[str, object]:
    """The resource dict shared by Definitions, the CLI and tests."""
    environment = environment or Environment.from_env()
    return {
        "settings": Settings(
            inbox=environment.inbox,
            outputs=environment.outputs,
            quarantine=environment.quarantine,
            workers=environment.workers,
        ),
        "warehouse": Warehouse(path=environment.warehouse),
    }
