"""Entry point: load untrusted bytes into a :class:`Workbook`, whatever the format (cached)."""

from __future__ import annotations

import hashlib
from collections import OrderedDict

from sources.errors import InputRejected
from sources.spreadsheet.csv_reader import load_csv
from sources.spreadsheet.formats import sniff_format
from sources.spreadsheet.ods import _fods_as_ods, _load_ods
from sources.spreadsheet.openxml import _load_openxml
from sources.spreadsheet.workbook import XLSB, Workbook
from sources.spreadsheet.xls import _load_xls

# --------------------------------------------------------------------------- cache

_CACHE: OrderedDict[tuple[str, str], Workbook] = OrderedDict()
_CACHE_SIZE = 4


def load_workbook(data: bytes, filename: str = "") -> Workbook:
    """Load untrusted bytes; raises :class:`InputRejected` with a French reason.

    Small LRU cache by content hash: the type detector and the reader load the same file
    one after the other.
    """
    key = (hashlib.sha256(data).hexdigest(), filename.lower().rsplit(".", 1)[-1])
    cached = _CACHE.get(key)
    if cached is not None:
        _CACHE.move_to_end(key)
        return cached
    workbook = _load_uncached(data, filename)
    _CACHE[key] = workbook
    while len(_CACHE) > _CACHE_SIZE:
        _CACHE.popitem(last=False)
    return workbook


def _load_uncached(data: bytes, filename: str) -> Workbook:
    kind = sniff_format(data, filename)
    if kind in ("xlsx", "xlsm"):
        return _load_openxml(data, filename)
    if kind == "ods":
        return _load_ods(data)
    if kind == "fods":
        return _load_ods(_fods_as_ods(data))
    if kind == "xlsb":
        raise InputRejected(XLSB, "unsupported_format")
    if kind == "xls":
        return _load_xls(data)
    if kind == "csv":
        return load_csv(data, filename)
    raise InputRejected("format non reconnu (ni Excel, ni OpenDocument, ni CSV)", "unknown_format")
