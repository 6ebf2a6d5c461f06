"""Partitions: one static partition per French region (INSEE region code)."""

from __future__ import annotations

import dagster as dg

REGION_CODES = (
    "01", "02", "03", "04", "06", "11", "24", "27", "28",
    "32", "44", "52", "53", "75", "76", "84", "93", "94",
)  # fmt: skip

region_partitions = dg.StaticPartitionsDefinition(list(REGION_CODES))

# One dynamic partition per inbox file, ``<region>/<path inside the region folder>``, added by
# the inbox sensor so that a new or changed file is parsed alone.
inbox_file_partitions = dg.DynamicPartitionsDefinition(name="inbox_file")

# Dagster refuses "..." and control characters in partition keys; "%" escapes them reversibly.
_ESCAPES = {"%": "%25", "...": "%2E%2E%2E"}


def file_partition_key(region: str, rel: str) -> str:
    """Partition key of an inbox file (reversible, see :func:`split_file_partition_key`)."""
    text = rel.replace("%", "%25").replace("...", "%2E%2E%2E")
    text = "".join(ch if ch.isprintable() else f"%{ord(ch):02X}" for ch in text)
    return f"{region}/{text}"


def split_file_partition_key(key: str) -> tuple[str, str]:
    """(region code, path inside the region folder) of a file partition key."""
    from urllib.parse import unquote

    region, _, rel = key.partition("/")
    return region, unquote(rel)
