"""A grid's column labels printed ABOVE it, OUT OF LINE with its columns.

A web table plug-in that splits its header from its body (DataTables' ``scrollX``, a frozen
header) and measured the columns while the table was hidden (a tab not shown yet) prints the
labels once, squashed at the left of the page in a header table of their own, none over its
own column, and the body grid under it on its own columns. The labels are the grid's columns
in order: the k-th label names the k-th column.

:func:`labels_above` finds them: the words in a band right above the grid (no farther than
:data:`_BAND` from its top, under no other text), grouped by their left edges into as many
labels as the grid has columns (a label wrapped over two lines is one group), each naming a
steps column, no two the same one, the first the step's name. Sort arrows and other marks
(no letter) are left out.
"""

from __future__ import annotations

from typing import Any

from sources.pdf.columns import label_key

_BAND = 45.0  # pt: the labels' band ends this close above the grid
_ALIGN = 3.0  # pt: the words of one label start at one left edge
_LINE_GAP = 6.0  # pt: a label's lines this close under one another


def labels_above(
    page: Any, box: tuple[float, float, float, float], ncols: int, bounds: list[float]
) -> tuple[list[str], list[str], float] | None:
    """(keys, labels, the labels' top) of the grid ``box`` (x0, top, x1, bottom) of ``ncols``
    columns (their edges ``bounds``, left to right) when its labels stand in a band right
    above it, out of line with its columns (a label starting outside the column it names;
    labels over their columns are a header the other readers place); else None."""
    x0, top, x1, _ = box
    words = [
        w
        for w in _words(page)
        if top - _BAND <= w["top"] and w["bottom"] <= top + 1.0 and x0 - 1.0 <= w["x0"] < x1
    ]
    words = [w for w in words if any(ch.isalpha() for ch in w["text"])]
    if not words:
        return None
    # the band: the lines closest above the grid, up to a wider gap
    words.sort(key=lambda w: -w["bottom"])
    band = [words[0]]
    for w in words[1:]:
        if min(b["top"] for b in band) - w["bottom"] > _LINE_GAP:
            break
        band.append(w)
    groups: list[list[dict[str, Any]]] = []
    for w in sorted(band, key=lambda w: (w["x0"], w["top"])):
        near = next((g for g in groups if abs(g[0]["x0"] - w["x0"]) <= _ALIGN), None)
        if near is not None:
            near.append(w)
            continue
        last = groups[-1] if groups else None
        same_line = last is not None and any(abs(v["top"] - w["top"]) <= 2.0 for v in last)
        if same_line and last is not None and w["x0"] - max(v["x1"] for v in last) <= 4.0:
            last.append(w)  # the next word of a label on its line
            continue
        groups.append([w])
    if len(groups) != ncols:
        return None
    if len(bounds) == ncols + 1 and all(
        bounds[k] - _ALIGN <= g[0]["x0"] < bounds[k + 1] for k, g in enumerate(groups)
    ):
        return None  # each label over its own column: no header out of line
    labels = [
        " ".join(w["text"] for w in sorted(g, key=lambda w: (round(w["top"]), w["x0"])))
        for g in groups
    ]
    keys = [label_key(text) for text in labels]
    if any(k is None or k == "no" for k in keys) or len(set(keys)) != ncols:
        return None
    if keys[0] != "step":
        return None
    return [str(k) for k in keys], labels, min(w["top"] for w in band)


def _words(page: Any) -> list[dict[str, Any]]:
    """The page's words (pdfplumber's, cached on the page object)."""
    cached = getattr(page, "_labels_above_words", None)
    if cached is None and not hasattr(page, "extract_words"):
        return []  # a page of OCR words or rules only: no words to place
    if cached is None:
        cached = page.extract_words(keep_blank_chars=False, x_tolerance=1.5, y_tolerance=2.0)
        try:
            page._labels_above_words = cached
        except AttributeError:  # a page object that takes no attribute
            pass
    return cached
