"""Faint row rules of a photographed page: thin grey lines a few grey levels darker than
the paper on both sides of them.

A table with NO vertical rule (« dashboard » or list-style tables: thin grey horizontal rules
only, rows tinted in turn) is cut into rows by its row rules alone. Photographed with a
phone (soft focus, uneven light), a thin light grey rule comes out 10 to 25 grey levels
under the paper beside it, and 5 to 10 where a ceiling light's reflection washes the page
out: the threshold drops it and :func:`sources.ocr.light_rules` (30 levels under the
brightest paper around) does too, so two steps' cells were read as one row.

A rule is a RIDGE across the page: each pixel of it darker than the pixels a point and a half
above and below it (a tinted row's edge is a step, darker on one side only, and is no ridge),
in runs as long as :func:`sources.ocr.mask_rules` asks of a rule (letters' horizontal
strokes are cut by the paper between letters and never run 40 pt). Pieces of one rule on the
same row, cut where the glare left too little contrast, are joined.
"""

from __future__ import annotations

from typing import Any

_RIDGE = 4.0  # grey levels under the lighter of the rows above and below: a rule's row
_REACH_PT = 1.5  # where the rows compared with lie: past a blurred thin rule's edges
_GAP_PT = 1.2  # noise breaks in a faint run closed along the row
_MAX_THICK_PT = 2.0  # a thicker run is a fill or a dark band, not a thin rule
_SAME_ROW_PT = 1.5  # pieces this close across are one rule
_JOIN_SHARE = 1.0  # pieces joined over a gap up to this share of their lengths together


def faint_row_rules(grey: Any, points_per_px: float) -> list[dict[str, Any]]:
    """The faint horizontal rules of a grey page image, as pdfplumber-like ``edges``."""
    import numpy as np
    from scipy import ndimage

    from sources.ocr import mask_rules

    g = np.asarray(grey.convert("L"), dtype=np.float32)
    reach = max(2, round(_REACH_PT / points_per_px))
    if g.shape[0] <= 2 * reach + 2:
        return []
    g = ndimage.gaussian_filter1d(g, 1.0, axis=0)  # grain and JPEG noise across the rule
    centre = g[reach:-reach]
    ridge = np.minimum(g[: -2 * reach], g[2 * reach :]) - centre >= _RIDGE
    # the rule's darkest row only (and the rows beside it): one rule, not a band of ridges
    lowest = (centre <= g[reach - 1 : -reach - 1]) & (
        centre <= g[reach + 1 : g.shape[0] - reach + 1]
    )
    mask = np.zeros(g.shape, dtype=bool)
    mask[reach:-reach] = ridge & lowest
    mask = ndimage.binary_dilation(mask, structure=np.ones((3, 1), dtype=bool))
    gap = max(1, round(_GAP_PT / points_per_px))
    mask = ndimage.binary_closing(mask, structure=np.ones((1, gap + 1), dtype=bool))
    found = mask_rules(mask, points_per_px, min_v_pt=float("inf"), max_thick_pt=_MAX_THICK_PT)
    return _joined([e for e in found if e["orientation"] == "h"])


def _joined(rules: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Pieces of one row rule (the same height within :data:`_SAME_ROW_PT`) joined across a
    gap no longer than :data:`_JOIN_SHARE` of their lengths together."""
    out: list[dict[str, Any]] = []
    for rule in sorted(rules, key=lambda e: (e["top"], e["x0"])):
        for other in out:
            if abs(other["top"] - rule["top"]) > _SAME_ROW_PT:
                continue
            gap = max(rule["x0"], other["x0"]) - min(rule["x1"], other["x1"])
            length = (rule["x1"] - rule["x0"]) + (other["x1"] - other["x0"])
            if gap <= _JOIN_SHARE * length:
                other["x0"], other["x1"] = (
                    min(other["x0"], rule["x0"]),
                    max(other["x1"], rule["x1"]),
                )
                break
        else:
            out.append(dict(rule))
    return out


def with_faint_row_rules(
    grey: Any, points_per_px: float, found: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """``found`` with the faint row rules of ``grey`` no rule of ``found`` already covers
    (a rule within :data:`_SAME_ROW_PT` across that spans most of it); the pieces of
    ``found`` lying on a faint rule added are dropped (one rule, not a rule and its
    pieces)."""
    from sources.ocr import _piece_of

    kept = list(found)
    for rule in faint_row_rules(grey, points_per_px):
        length = rule["x1"] - rule["x0"]
        if any(
            e["orientation"] == "h"
            and abs(e["top"] - rule["top"]) <= _SAME_ROW_PT
            and min(e["x1"], rule["x1"]) - max(e["x0"], rule["x0"]) >= 0.8 * length
            for e in kept
        ):
            continue
        kept = [e for e in kept if not _piece_of(e, rule)] + [rule]
    return kept
