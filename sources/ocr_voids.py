"""Light vertical streaks of a laser printer low on toner darkened back on a scanned page.

A laser printer short of toner leaves the same columns of every page pale: a drum that gives
too little toner there prints the letters, rules and fills that cross them in light grey, the
paper between them unchanged. Tesseract's global threshold then loses every letter in the
streak (« Objecti[f opéra]tionnel », « [d']un projet »): fiche headings, step names and
cells are cut in two. Such a streak is told from the page's own light print by where it runs
and how sharply it is bounded: the ink's contrast against the paper (paper level minus the
darkest ink of a narrow column of a band of rows) falls to a share of the band's usual print
in most bands of rows from the top of the page to the bottom, over a narrow run of columns
(2 to 21 mm, pale through and through: not the gaps between a column's repeated glyphs)
whose neighbours on both sides print at full contrast; ink on a dark fill is not measured.
Being pale against the page's usual print is not enough: the print that crosses the run's
edges (a text line, a rule, a fill) must be lighter inside it than beside it in the same rows,
in most bands where some does — a gap between table columns crossed only by grey rules,
shaded rows or a stamp's leftovers is pale but no lighter than the same rule or fill beside
it (three pages of a stamped colour scan were darkened so, and lost their steps). The ink there is darkened by
the inverse share (measured band by band: the toner's lack varies down the sheet), the
paper left as is; a page without streak is returned unchanged after a look at its columns.
"""

from __future__ import annotations

from typing import Any

_TILE_PT = 1.5  # width of the narrow columns measured (points)
_BAND_PT = 50.0  # height of the bands of rows measured (points): a few text lines
_MIN_CONTRAST = 20.0  # paper minus darkest ink under this: no ink in the tile
_PALE = 0.7  # a streak column's ink contrast under this share of its band's usual print
_FULL = 0.85  # the columns beside a streak print at least this share of the reference
_BESIDE = 0.6  # ... and at least this share of the streak's reference contrast
_MIN_BANDS = 5  # inked bands a streak column is measured in (a streak runs down the page)
_MIN_BAND_SHARE = 0.45  # ... and in at least this share of the page's bands
_FILLED = 40.0  # a tile whose paper is this much darker than the page's lies on a fill
_SOLID = 0.8  # the median column of a streak is pale in at least this share of its bands
_STREAK_SHARE = 0.6  # of its inked bands, the share where a streak column is pale
_MIN_WIDTH_PT = 6.0  # narrowest streak (points): narrower pale columns are gaps between glyphs
_MAX_WIDTH_PT = 60.0  # widest streak (points): wider pale print is the page's own
_MIN_SHARE = 0.15  # the ink is never darkened more than 1 / this
_GRAIN = 8.0  # grey levels under the paper's that are its grain, not ink
_EDGE_PT = 3.0  # a streak's soft edge (points, 1 mm): left out of the rows compared across it
_SIDE_PT = 10.0  # width of the strips beside a streak its rows are compared with (points)
_MIN_ROWS_PT = 0.8  # height (points) of a band's rows where ink crosses the streak: weighed
_MIN_CROSSED = 3  # bands where ink crosses the streak's edge


def _tile_levels(grey: Any, tile: int, edges: Any) -> tuple[Any, Any]:
    """Paper level (median) and ink contrast (median minus 1st percentile) of each tile
    (band of rows × ``tile`` columns)."""
    import numpy as np

    w = grey.shape[1]
    n = w // tile
    paper = np.zeros((len(edges) - 1, n), dtype=np.float32)
    contrast = np.zeros_like(paper)
    for b, (top, end) in enumerate(zip(edges[:-1], edges[1:], strict=True)):
        rows = grey[top:end:2, : n * tile]  # every other row: enough pixels, half the time
        block = rows.reshape(rows.shape[0], n, tile)
        block = block.transpose(1, 0, 2).reshape(n, -1)
        mid = np.percentile(block, 50, axis=1)
        paper[b] = mid
        contrast[b] = mid - np.percentile(block, 1, axis=1)
    return paper, contrast


def _reference(contrast: Any, inked: Any) -> Any:
    """Each band's reference contrast: the median of its inked tiles (the page's usual
    print there: a streak, a rule or a dark fill covers a small share of the width and
    does not move it), one value per band broadcast over its tiles."""
    import numpy as np

    ref = np.zeros_like(contrast)
    for b in range(contrast.shape[0]):
        values = contrast[b][inked[b]]
        if values.size >= 8:
            ref[b] = float(np.median(values))
    return ref


def void_shares(image: Any, points_per_px: float) -> tuple[Any, int, Any] | None:
    """``(shares, tile, edges)``: the share of its ink contrast each tile of a toner streak
    keeps (bands × tiles, 1 outside streaks), the tile width in pixels and the bands' row
    edges; None when the page has no streak."""
    import numpy as np

    grey = np.asarray(image.convert("L"), dtype=np.float32)
    h, w = grey.shape
    tile = max(2, round(_TILE_PT / points_per_px))
    band = max(8, round(_BAND_PT / points_per_px))
    if h < 6 * band or w < 40 * tile:
        return None
    edges = np.linspace(0, h, max(6, round(h / band)) + 1).astype(int)
    paper, contrast = _tile_levels(grey, tile, edges)
    # ink on the page's paper only: a dark fill's light letters have little contrast
    # against it however well they are printed
    on_paper = paper >= float(np.percentile(paper, 75)) - _FILLED
    inked = (contrast >= _MIN_CONTRAST) & on_paper
    ref = _reference(contrast, inked)
    usable = inked & (ref >= 2 * _MIN_CONTRAST)
    ratio = np.where(usable, contrast / np.maximum(ref, 1.0), np.nan)
    counted = usable.sum(axis=0)
    pale_share = np.where(
        counted > 0, (usable & (ratio < _PALE)).sum(axis=0) / np.maximum(counted, 1), 0.0
    )
    # a streak runs down the whole page: measured in a good share of its bands
    min_bands = max(_MIN_BANDS, round(_MIN_BAND_SHARE * contrast.shape[0]))
    pale = (counted >= min_bands) & (pale_share >= _STREAK_SHARE)
    full = (counted >= min_bands) & (pale_share <= 1 - _STREAK_SHARE)
    lo = max(1, round(_MIN_WIDTH_PT / points_per_px / tile))
    hi = round(_MAX_WIDTH_PT / points_per_px / tile)
    n = pale.size
    shares = np.ones_like(contrast)
    found = False
    column_contrast = np.array(
        [float(np.median(contrast[usable[:, c], c])) if counted[c] else 0.0 for c in range(n)]
    )
    unmeasured = counted < min_bands  # a gap between table columns, a page margin
    i = 0
    while i < n:
        if not pale[i]:
            i += 1
            continue
        # a run of pale columns, bridging unmeasured ones (gaps between strokes, words)
        end = last = i
        while end < n and (pale[end] or unmeasured[end]):
            if pale[end]:
                last = end
            end += 1
        end = last + 1
        # print at the run's full contrast beside it on both sides (past its soft edges):
        # the inside of a wide block of grey print is as pale as its edge
        level = float(np.median(ref[:, i:end][usable[:, i:end]]))
        beside = full & (column_contrast >= _BESIDE * level)
        left = beside[max(0, i - 6) : i].any()
        right = beside[end : end + 6].any()
        # pale through and through: the gaps between a column's repeated glyphs (a column of
        # years) are pale in some bands only
        seen = pale_share[i:end][counted[i:end] >= 3]
        solid = seen.size > 0 and float(np.median(seen)) >= _SOLID
        if (
            lo <= end - i <= hi
            and pale[i:end].sum() >= 2
            and solid
            and left
            and right
            and _lighter_across(grey, edges, i * tile, end * tile, points_per_px)
        ):
            found = True
            _fill_run(shares, ratio, max(0, i - 1), min(n, end + 1))
        i = end
    return (shares, tile, edges) if found else None


def _lighter_across(grey: Any, edges: Any, x0: int, x1: int, points_per_px: float) -> bool:
    """Whether the print crossing columns ``x0``–``x1`` is lighter inside them than beside
    them in the same rows, in most bands where some does: the streak's own mark. Row by row,
    a fill (a row's light level, its ink aside, under the paper's) inside or on both sides
    against the fill beside, else the darkest ink (a letter, a rule) against the darkest
    beside. A gap between table columns crossed by the table's grey rules, its shaded rows
    or boxes, or the faint leftovers of a stamp, is pale against the page's usual print but
    no lighter than the same rule or fill beside it."""
    import numpy as np

    edge = max(1, round(_EDGE_PT / points_per_px))
    side = max(2, round(_SIDE_PT / points_per_px))
    core = grey[:, x0 + edge // 2 : max(x0 + edge // 2 + 1, x1 - edge // 2)]
    strips = [
        grey[:, max(0, x0 - edge - side) : max(0, x0 - edge)],
        grey[:, x1 + edge : x1 + edge + side],
    ]
    strips = [s for s in strips if s.shape[1] > 0]
    if not strips:
        return False
    min_rows = max(2, round(_MIN_ROWS_PT / points_per_px))  # a thin rule's rows count
    pale = crossed = 0
    for top, end in zip(edges[:-1], edges[1:], strict=True):
        parts = [core[top:end], *(s[top:end] for s in strips)]
        paper = float(np.percentile(np.concatenate([p.ravel() for p in parts]), 90))
        fill_in = paper - np.percentile(parts[0], 80, axis=1)
        fills = np.stack([paper - np.percentile(p, 80, axis=1) for p in parts[1:]])
        # a fill running across the run is on both sides; one beside it only tells nothing
        fill_beside = fills.min(axis=0)
        ink_in = paper - parts[0].min(axis=1)
        ink_beside = np.max([paper - p.min(axis=1) for p in parts[1:]], axis=0)
        filled = np.maximum(fill_in, fill_beside) >= _MIN_CONTRAST
        some_fill = np.maximum(fill_in, fills.max(axis=0)) >= _MIN_CONTRAST
        inked = ~some_fill & (ink_in >= _MIN_CONTRAST) & (ink_beside >= 2 * _MIN_CONTRAST)
        if filled.sum() + inked.sum() < min_rows:
            continue
        crossed += 1
        ratios = np.concatenate(
            [
                fill_in[filled] / np.maximum(fill_beside[filled], 1.0),
                ink_in[inked] / ink_beside[inked],
            ]
        )
        if float(np.median(ratios)) < _PALE:
            pale += 1
    return crossed >= _MIN_CROSSED and pale >= _STREAK_SHARE * crossed


def _fill_run(shares: Any, ratio: Any, start: int, end: int) -> None:
    """The shares of the streak's columns ``start``–``end``: measured columns' own, the
    columns no ink crosses (gaps between strokes) interpolated from their neighbours."""
    import numpy as np

    measured = [c for c in range(start, end) if (~np.isnan(ratio[:, c])).any()]
    if not measured:
        return
    own = {c: _column_shares(ratio[:, c]) for c in measured}
    stack = np.stack([own[c] for c in measured])
    for band in range(shares.shape[0]):
        shares[band, start:end] = np.interp(np.arange(start, end), measured, stack[:, band])


def _column_shares(ratio: Any) -> Any:
    """One streak column's share per band: measured where inked, interpolated between the
    nearest measured bands elsewhere, smoothed down the page over three bands."""
    import numpy as np

    known = ~np.isnan(ratio)
    if not known.any():
        return np.ones_like(ratio)
    index = np.arange(ratio.size)
    filled = np.interp(index, index[known], ratio[known])
    padded = np.pad(filled, 1, mode="edge")
    smooth = np.median(np.stack([padded[:-2], padded[1:-1], padded[2:]]), axis=0)
    return np.clip(smooth, _MIN_SHARE, 1.0)


def darken_voids(image: Any, points_per_px: float) -> tuple[Any, bool]:
    """``(image, changed)``: the page with its toner streaks' ink darkened back (see the
    module docstring); the same image when it has none."""
    import numpy as np
    from PIL import Image

    found = void_shares(image, points_per_px)
    if found is None:
        return image, False
    shares, tile, edges = found
    from scipy import ndimage

    grey = np.asarray(image.convert("L"), dtype=np.float32)
    h, w = grey.shape
    cols = np.where((shares < 1.0).any(axis=0))[0]
    if cols.size == 0:
        return image, False
    x0 = max(0, int(cols.min()) * tile - tile)
    x1 = min(w, (int(cols.max()) + 2) * tile)
    # the share at every pixel: linear between band centres, then between tile centres
    centres_y = (edges[:-1] + edges[1:]) / 2.0
    ys = np.arange(h, dtype=np.float64)
    by_row = np.stack([np.interp(ys, centres_y, shares[:, c]) for c in range(shares.shape[1])])
    at = np.clip((np.arange(x0, x1) - tile / 2.0) / tile, 0, shares.shape[1] - 1)
    left = np.floor(at).astype(int)
    right = np.minimum(left + 1, shares.shape[1] - 1)
    t = (at - left)[:, None]
    share = (by_row[left] * (1 - t) + by_row[right] * t).T.astype(np.float32)
    # a streak's soft edge is narrower than a tile: each pixel gets the share of its fuller
    # neighbour within half a tile (a little too light there, never a black bar where the
    # print is already full)
    share = ndimage.maximum_filter1d(share, tile + 1, axis=1)
    part = grey[:, x0:x1]
    paper = np.percentile(part[::2], 90, axis=0)[None, :]
    dark = paper - part
    # the paper's grain (a few levels under its level) left as is, the ink darkened back
    excess = np.maximum(dark - _GRAIN, 0.0)
    out = grey.copy()
    out[:, x0:x1] = part - excess * (1.0 / share - 1.0)
    return Image.fromarray(np.clip(out + 0.5, 0, 255).astype("uint8"), mode="L"), True
