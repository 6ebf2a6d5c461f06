"""Steps tables whose columns hold TWO values each, one above the other (« Planification »
over « Ressources à mobiliser », « Porteur » over « Partenaires envisagés »).

A template short of width stacks its detail columns two by two, as Word's or Writer's
« Scinder les cellules › Horizontalement » makes it: the header's second row names the lower
half of the split columns, the step and description cells merged down over both rows (read
``None`` in the second row); then each step is two grid rows, the first holding the step,
its description and the upper values, the second only the lower values beside the merged
cells. Each such second row belongs to the step above (:func:`lower_values`), its cells read
under the lower labels' keys.

A page break may fall between a step's two rows: the next page's first row, under the
repeated header, then holds the rest of the merged cells and the lower values — the rest of
the row above, never a step of its own (:attr:`~sources.pdf.content.TableRow.rest`).
"""

from __future__ import annotations

from sources.pdf.columns import label_key, labelled_value


def lower_tier(row: list[str | None], keys: list[str]) -> list[str | None] | None:
    """Keys of a header's SECOND row naming the lower half of split columns, one per column
    (``None`` where the header's cell is merged down over both rows), or None when ``row``
    is no such row. Every cell is either merged with the header's cell above (``None``) or
    a label naming a steps column the header does not name yet; at least one of each, the
    first (the step's) merged, and the merged columns are the header's labelled ones (a body
    row always fills its step; a group row « Planification : 2020 » spans from it)."""
    if len(row) != len(keys) or row[0] is not None:
        return None  # (the step's cell is merged down; a row spanning from it is a group row)
    lower: list[str | None] = []
    for cell, upper in zip(row, keys, strict=True):
        if cell is None:
            if upper.startswith("col"):
                return None  # merged down under no label
            lower.append(None)
            continue
        key = label_key(cell)
        if key is None or key in keys or key in lower or labelled_value(cell) is not None:
            return None  # (« Planification : 2020 »: a value under its label, no label)
        lower.append(key)
    if all(k is None for k in lower) or all(k is not None for k in lower):
        return None
    return lower


def is_lower_row(raw: list[str | None], lower: list[str | None]) -> bool:
    """A grid row holding a step's lower values: its cells under the merged columns merged
    with the row above (``None``), some split cell its own."""
    if len(raw) < len(lower):
        return False
    merged = [raw[i] for i, k in enumerate(lower) if k is None]
    own = [raw[i] for i, k in enumerate(lower) if k is not None]
    return all(c is None for c in merged) and any(c is not None for c in own)


def lower_values(
    cells: dict[str, str | None], keys: list[str], lower: list[str | None]
) -> dict[str, str | None]:
    """A row's cells read under the lower labels: each split column's value under its lower
    key, a merged column's under its own (the rest of a merged cell cut by a page break)."""
    out: dict[str, str | None] = {}
    for upper, key in zip(keys, lower, strict=False):
        if key is None:
            out[upper] = cells.get(upper)
        else:
            out[upper] = ""
            out[key] = cells.get(upper)
    return out


def lacks_lower(cells: dict[str, str | None], lower: list[str | None]) -> bool:
    """The row has not been given its lower values yet (its second grid row not read)."""
    return all(k is None or k not in cells for k in lower)
