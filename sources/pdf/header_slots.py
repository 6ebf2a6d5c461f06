"""Page headers whose text changes from page to page at a fixed place (a sheet-name field).

A spreadsheet prints each sheet under a header holding the sheet's name (Calc's « Feuille »
field, Excel's ``&A``): « Fiche 1.1.1 » on one page, « Objectif 1.2 » on another. Only the
names many sheets share a pattern of (« fiche # # # ») are repeated often enough to count as
running texts; the others would be read as body text (a planning cell's tail). The header is
one slot — the same top, the same centre or left edge — filled on most pages: every text
found in that slot is page furniture, once one of them is a running text.
"""

from __future__ import annotations

from collections import Counter

Slot = tuple[str, int, int]  # « c » (centre) or « l » (left edge), top, x; in 2 pt steps


def slots_of(left: float, top: float, right: float) -> tuple[Slot, Slot]:
    """The two slots a text run in a page's top band stands in: its centre, its left edge."""
    return ("c", round(top / 2), round((left + right) / 4)), ("l", round(top / 2), round(left / 2))


def slot_texts(pages: list[set[tuple[Slot, str]]], running: set[str], threshold: int) -> set[str]:
    """Keys of every text standing in a slot filled on ``threshold`` pages or more where at
    least one of the slot's texts is a running text (``running``)."""
    filled: Counter[Slot] = Counter()
    for seen in pages:
        filled.update({slot for slot, _ in seen})
    keys: dict[Slot, set[str]] = {}
    for seen in pages:
        for slot, key in seen:
            if filled[slot] >= threshold:
                keys.setdefault(slot, set()).add(key)
    out: set[str] = set()
    for texts in keys.values():
        if texts & running:
            out |= texts
    return out
