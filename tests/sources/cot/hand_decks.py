"""Reading a hand-made progress slide down to its referential rows (tests only)."""

from __future__ import annotations

from sources.cot.pages import _open_pages
from sources.cot.referential import _parse_tables, _referential_records


def referential_rows(data: bytes) -> list[tuple]:
    """(level, label, parent, points remaining, % done, % programmed) of every row read."""
    pages, _ = _open_pages(data)
    tables, _ = _parse_tables(pages)
    records = _referential_records(tables, "CCPAL", "deck.pdf", "c" * 64)
    return [
        (r.level, r.label, r.parent_label, r.points_remaining, r.pct_done, r.pct_programmed)
        for r in records
    ]
