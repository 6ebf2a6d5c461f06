"""File names from the inbox: bytes-safe display, and escaping for terminals and logs.

On Linux a file name is bytes; a name written by a Latin-1 system or a zip extracted on
Windows (``r\\xe9ponse.xlsx``) is not UTF-8, and Python hands it over as a ``str`` holding
surrogate escapes (``'r\\udce9ponse.xlsx'``) that DuckDB, Parquet and JSON cannot store. The
*raw* name (``os.fsencode``/``os.fsdecode``) is kept to open the file; the *display* name
(undecodable bytes replaced by U+FFFD) is what the warehouse, the report and the published
tables show.
"""

from __future__ import annotations

import os
import unicodedata

REPLACEMENT = "\ufffd"


def raw_bytes(name: str) -> bytes:
    """The file system bytes of a name (surrogate escapes turned back into their bytes)."""
    return os.fsencode(name)


def display_name(name: str) -> str:
    """Valid Unicode for a file name: undecodable bytes become U+FFFD, the rest is kept."""
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        return raw_bytes(name).decode("utf-8", errors="replace")


def escaped_name(name: str) -> str:
    """A display name that stays unique: undecodable bytes written as ``\\xe9``."""
    return raw_bytes(name).decode("utf-8", errors="backslashreplace")


def is_valid_unicode(name: str) -> bool:
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _unsafe(ch: str) -> bool:
    """Control characters (C0, C1, DEL), bidi overrides, zero-width and other format chars."""
    category = unicodedata.category(ch)
    return category in ("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp")


def escape_terminal(text: object) -> str:
    """Text safe to print: ANSI escapes, bidi overrides and invisible characters made visible.

    ``\\x1b[2J`` (clear screen) becomes ``\\x1b[2J`` written out, U+202E becomes ``<U+202E>``;
    tabs stay tabs, nothing is dropped.
    """
    text = display_name(str(text))
    if text.isprintable():
        return text
    out = []
    for ch in text:
        if ch == "\t" or not _unsafe(ch):
            out.append(ch)
        elif ord(ch) < 0x100:
            out.append(f"\\x{ord(ch):02x}")
        else:
            out.append(f"<U+{ord(ch):04X}>")
    return "".join(out)
