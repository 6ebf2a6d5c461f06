"""CSV of a large changed table written block by block: only changed rows are formatted.

After one new questionnaire the answers table (~115 000 rows, 33 MB of CSV) changes by a few
dozen rows, yet its whole CSV was formatted again. Here a large table's rows are cut into
blocks at *content-defined* boundaries (a row ends a block when its hash says so, between
:data:`MIN_BLOCK` and :data:`MAX_BLOCK` rows): rows inserted or removed move the boundaries
of their own block only. A block's CSV text depends only on its rows and on the table's
columns, dtypes and column kinds (every cell is formatted on its own, as the chunked writer
already relies on), so it is kept between publications under the sha256 of that frame key and
its rows' hashes (:func:`assets.publication.cache.row_hashes`, the per-column hashes of the
table's content hash) and written again as is. The file's bytes are those of a full write
(``tests/assets/publication/test_csv_blocks.py``).

The texts live in the caller's kept values (``derived`` of :func:`folder.publish`, one file
per block in the private store): a block missing or unreadable is formatted again. When a
table's CSV is carried over unchanged, its blocks are kept too (:func:`keep`), cut from the
carried file itself the first time (:func:`seed`), so the next change finds them.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping, MutableMapping
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from assets.publication.cache import WRITER_VERSION, row_hashes

__all__ = ["MIN_ROWS", "block_bounds", "keep", "seed", "write"]

MIN_ROWS = 10_000  # smaller tables are written whole: formatting them is cheap
MIN_BLOCK = 512
MAX_BLOCK = 8_192
RUN_ROWS = 20_000  # missing blocks formatted together, up to this many rows
_MASK = np.uint64(2047)  # a row ends a block about once in 2 048 rows (past MIN_BLOCK)
_LIST = "csvblocks:"  # key of a table's list of block keys
_BLOCK = "csvblock:"

Render = Callable[..., str]


def block_bounds(hashes: np.ndarray) -> list[tuple[int, int]]:
    """``(start, end)`` row ranges covering every row, cut after rows whose hash (its high
    bits) is 0 modulo 2 048, no block shorter than MIN_BLOCK (but the last) nor longer than
    MAX_BLOCK."""
    n = len(hashes)
    candidates = np.flatnonzero(((hashes >> np.uint64(40)) & _MASK) == 0).tolist()
    bounds: list[tuple[int, int]] = []
    start = 0
    i = 0
    while start < n:
        end = min(start + MAX_BLOCK, n)
        while i < len(candidates) and candidates[i] + 1 - start < MIN_BLOCK:
            i += 1
        if i < len(candidates) and candidates[i] + 1 <= end:
            end = candidates[i] + 1
            i += 1
        bounds.append((start, end))
        start = end
    return bounds


def _frame_key(df: pd.DataFrame, kinds: Mapping[str, str]) -> bytes:
    payload = [WRITER_VERSION, [[str(c), str(df[c].dtype), kinds[c]] for c in df.columns]]
    return json.dumps(payload).encode()


def _keys(df: pd.DataFrame, kinds: Mapping[str, str]) -> tuple[list[tuple[int, int]], list[str]]:
    hashes = row_hashes(df)
    frame_key = _frame_key(df, kinds)
    bounds = block_bounds(hashes)
    keys = [
        _BLOCK + hashlib.sha256(frame_key + hashes[a:b].tobytes()).hexdigest() for a, b in bounds
    ]
    return bounds, keys


def write(
    name: str,
    df: pd.DataFrame,
    path: Path,
    kinds: Mapping[str, str],
    blocks: MutableMapping[str, Any],
    render: Render,
) -> None:
    """Write ``df``'s CSV into ``path``: kept block texts as they are, the others made by
    ``render(frame, kinds, header=...)`` and kept."""
    bounds, keys = _keys(df, kinds)
    texts: list[str | None] = []
    for key in keys:
        text = blocks.get(key)
        texts.append(text if isinstance(text, str) else None)
    i = 0
    while i < len(keys):  # runs of missing blocks formatted at once, then cut into blocks
        if texts[i] is not None:
            i += 1
            continue
        j = i + 1
        while j < len(keys) and texts[j] is None and bounds[j][1] - bounds[i][0] <= RUN_ROWS:
            j += 1
        a, b = bounds[i][0], bounds[j - 1][1]
        data = render(df.iloc[a:b], kinds, header=False).encode("utf-8")
        starts = _record_starts(data, b - a)
        for k in range(i, j):
            lo, hi = bounds[k]
            if starts is not None:
                texts[k] = data[starts[lo - a] : starts[hi - a]].decode("utf-8")
            else:  # records not told apart: block by block
                texts[k] = render(df.iloc[lo:hi], kinds, header=False)
            blocks[keys[k]] = texts[k]
        i = j
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        handle.write(render(df.iloc[:0], kinds, header=True))
        for text in texts:
            handle.write(text)  # type: ignore[arg-type]
    blocks[_LIST + name] = keys


def _record_starts(data: bytes, n: int) -> np.ndarray | None:
    """Offsets of the ``n`` CSV records of ``data`` and its end (``n + 1`` values): records
    end at line feeds outside quotes (a quote inside a field is doubled, so the parity of the
    quotes before a line feed tells); ``None`` when ``data`` does not hold ``n`` records."""
    raw = np.frombuffer(data, dtype=np.uint8)
    quotes = np.cumsum(raw == ord('"'), dtype=np.int64)
    feeds = np.flatnonzero(raw == ord("\n"))
    ends = feeds[(quotes[feeds] % 2) == 0]
    if len(ends) != n or (n and ends[-1] != len(data) - 1) or (not n and len(data)):
        return None
    return np.concatenate([[0], ends + 1])


def keep(name: str, df: pd.DataFrame, path: Path, blocks: MutableMapping[str, Any]) -> None:
    """A carried-over CSV: keep its blocks for the next change (cut from ``path`` when none
    were kept)."""
    if len(df) < MIN_ROWS:
        return
    keys = blocks.get(_LIST + name)
    marker = getattr(blocks, "keep", None)
    if isinstance(keys, list) and marker is not None:
        marker([_LIST + name, *keys])  # kept without being read
        return
    if isinstance(keys, list) and all(k in blocks for k in keys):
        return
    seed(name, df, path, blocks)


def seed(name: str, df: pd.DataFrame, path: Path, blocks: MutableMapping[str, Any]) -> bool:
    """Cut the blocks of ``df`` from its CSV file ``path`` (written by :func:`write` or in
    one go: same bytes). Records end at line feeds outside quotes; nothing is kept unless the
    file holds exactly a header and ``len(df)`` records."""
    from assets.publication.writers import _kind

    kinds = {c: _kind(df[c]) for c in df.columns}
    bounds, keys = _keys(df, kinds)
    try:
        data = path.read_bytes()
    except OSError:
        return False
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    starts = _record_starts(data, len(df) + 1)  # the header, then the rows
    if starts is None:
        return False
    for (a, b), key in zip(bounds, keys, strict=True):
        blocks[key] = data[starts[a + 1] : starts[b + 1]].decode("utf-8")
    blocks[_LIST + name] = keys
    return True
