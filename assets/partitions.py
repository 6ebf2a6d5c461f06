"""Partitions: one static partition per French region (INSEE region code)."""

from __future__ import annotations

import dagster as dg

REGION_CODES = (
    "01", "02", "03", "04", "06", "11", "24", "27", "28",
    "32", "44", "52", "53", "75", "76", "84", "93", "94",
)  # fmt: skip

region_partitions = dg.StaticPartitionsDefinition(list(REGION_CODES))
