"""Partitions: one static partition per French region (INSEE region code)."""

from __future__ import annotations

import os

import dagster as dg

REGION_CODES = (
    "01", "02", "03", "04", "06", "11", "24", "27", "28",
    "32", "44", "52", "53", "75", "76", "84", "93", "94",
)  # fmt: skip

region_partitions = dg.StaticPartitionsDefinition(list(REGION_CODES))

# One dynamic partition per inbox file, ``<region>/<path inside the region folder>``, added by
# the inbox sensor so that a new or changed file is parsed alone.
inbox_file_partitions = dg.DynamicPartitionsDefinition(name="inbox_file")

# Dagster refuses "..." and control characters in partition keys. The key keeps printable
# characters as they are and writes everything else as %XX escapes of the file-system bytes:
# "%", control characters, invisible/bidi characters (U+200B, U+202E…) and the bytes of a
# name that is not UTF-8 (``r\xe9ponse.xlsx`` → ``r%E9ponse.xlsx``). Reading the key back
# gives the exact raw name, so the file can be opened.


def _key_char(ch: str) -> str:
    if ch == "%" or not ch.isprintable() or "\ud800" <= ch <= "\udfff":
        return "".join(f"%{b:02X}" for b in os.fsencode(ch))
    return ch


def file_partition_key(region: str, rel: str) -> str:
    """Partition key of an inbox file (reversible, see :func:`split_file_partition_key`)."""
    text = "".join(_key_char(ch) for ch in rel)
    text = text.replace("...", "%2E%2E%2E")
    return f"{region}/{text}"


def split_file_partition_key(key: str) -> tuple[str, str]:
    """(region code, raw path inside the region folder) of a file partition key."""
    from urllib.parse import unquote_to_bytes

    region, _, rel = key.partition("/")
    return region, os.fsdecode(unquote_to_bytes(rel))
