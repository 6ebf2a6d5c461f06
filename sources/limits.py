"""Resource limits on untrusted inputs, checked before any parser materialises the content.

A 2 MB PDF can inflate to gigabytes and a single page can hold 200 000 words: both would
exhaust the machine inside pdfminer/pdfplumber. These checks are cheap and bounded (streams are
inflated chunk by chunk and thrown away, only sizes are counted) and raise
:class:`~sources.errors.InputRejected` with a French reason that names the limit and the
setting that raises it. Limits come from the run settings (``COPDIAG_*`` variables) through
:func:`applied`, so parsers deep in ``sources/`` read them with :func:`current` without extra
parameters.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import re
import zlib
from collections.abc import Iterable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass

from sources.errors import InputRejected

MB = 1024 * 1024


@dataclass(frozen=True)
class ResourceLimits:
    """Upper bounds for one inbox file (each named after its ``COPDIAG_*`` variable)."""

    max_file_mb: int = 200  # COPDIAG_MAX_FILE_MB
    pdf_max_inflated_mb: int = 512  # COPDIAG_PDF_MAX_INFLATED_MB
    pdf_max_pages: int = 2_000  # COPDIAG_PDF_MAX_PAGES
    pdf_max_words_per_page: int = 20_000  # COPDIAG_PDF_MAX_WORDS_PER_PAGE
    csv_max_rows: int = 500_000  # COPDIAG_CSV_MAX_ROWS
    csv_max_cells: int = 10_000_000  # COPDIAG_CSV_MAX_CELLS


DEFAULT_LIMITS = ResourceLimits()
_CURRENT: ContextVar[ResourceLimits] = ContextVar("copdiag_limits", default=DEFAULT_LIMITS)


def current() -> ResourceLimits:
    """The limits of the file being read (defaults outside :func:`applied`)."""
    return _CURRENT.get()


@contextlib.contextmanager
def applied(limits: ResourceLimits | None) -> Iterator[ResourceLimits]:
    """Make ``limits`` the current ones for the duration of one file's reading."""
    token = _CURRENT.set(limits or DEFAULT_LIMITS)
    try:
        yield _CURRENT.get()
    finally:
        _CURRENT.reset(token)


def _fr(n: int) -> str:
    return f"{n:,}".replace(",", "\u202f")


# --------------------------------------------------------------------------- file size


def check_file_size(size: int, limits: ResourceLimits | None = None) -> None:
    """Refuse a file larger than ``max_file_mb`` before reading it."""
    limits = limits or current()
    if size > limits.max_file_mb * MB:
        raise InputRejected(
            f"fichier trop volumineux ({size // MB} Mo > limite de {limits.max_file_mb} Mo, "
            "réglage COPDIAG_MAX_FILE_MB)",
            "too_large",
        )


# --------------------------------------------------------------------------- PDF

# ``stream`` keyword (not ``endstream``) followed by its end-of-line marker.
_STREAM_RE = re.compile(rb"(?<!end)stream[ \t]*(?:\r\n|\n|\r)")
_FILTER_RE = re.compile(rb"/Filter\s*(\[[^\]]*\]|/[A-Za-z0-9#]+)")
_NAME_RE = re.compile(rb"/([A-Za-z0-9#]+)")
_ZLIB_HEADER = re.compile(rb"\x78[\x01\x5e\x9c\xda]")
_CHUNK = 1 << 16
_OUT_CHUNK = 1 << 20


def _filters(data: bytes, start: int) -> list[bytes]:
    """Filter names of the stream whose data begins at ``start`` (read from its dictionary)."""
    head = data[max(0, start - 4096) : start]
    obj = head.rfind(b"obj")
    window = head[obj:] if obj >= 0 else head
    matches = list(_FILTER_RE.finditer(window))
    if not matches:
        return []
    return _NAME_RE.findall(matches[-1].group(1))


def _raw_chunks(view: memoryview, start: int, end: int) -> Iterator[bytes]:
    for pos in range(start, end, _CHUNK):
        yield bytes(view[pos : min(pos + _CHUNK, end)])


def _inflate(chunks: Iterable[bytes]) -> Iterator[bytes]:
    """Inflate a zlib stream chunk by chunk, at most 1 MiB of output at a time."""
    inflater = zlib.decompressobj()
    try:
        for chunk in chunks:
            data = chunk
            while data:
                out = inflater.decompress(data, _OUT_CHUNK)
                if out:
                    yield out
                if inflater.eof:
                    return
                data = inflater.unconsumed_tail
    except zlib.error:
        return  # a damaged stream: the PDF parser reports it


def _run_length(chunks: Iterable[bytes]) -> Iterator[bytes]:
    """Sizes of RunLengthDecode output, as zero bytes of the right length (never stored)."""
    pending = b""
    for chunk in chunks:
        data = pending + chunk
        pos, total = 0, 0
        while pos < len(data):
            length = data[pos]
            if length == 128:
                yield bytes(total)
                return
            if length < 128:
                if pos + 1 + length + 1 > len(data):
                    break
                total += length + 1
                pos += length + 2
            else:
                if pos + 2 > len(data):
                    break
                total += 257 - length
                pos += 2
            if total >= _OUT_CHUNK:
                yield bytes(total)
                total = 0
        pending = data[pos:]
        if total:
            yield bytes(total)


def _decoded_size(data: bytes, view: memoryview, start: int, limit: int) -> int:
    """Decoded size of one stream, counted up to ``limit`` (never held in memory)."""
    end = data.find(b"endstream", start)
    end = len(data) if end < 0 else end
    names = [n.decode("latin-1") for n in _filters(data, start)]
    chunks: Iterable[bytes] = _raw_chunks(view, start, end)
    if names and names[0] in ("ASCIIHexDecode", "AHx", "ASCII85Decode", "A85"):
        raw = data[start:end]  # text encodings never expand: bounded by the file size
        try:
            if names[0] in ("ASCIIHexDecode", "AHx"):
                text = re.sub(rb"\s", b"", raw).split(b">", 1)[0]
                decoded = binascii.unhexlify(text + b"0" * (len(text) % 2))
            else:
                text = raw.strip().removeprefix(b"<~").split(b"~>", 1)[0]
                decoded = base64.a85decode(text)
        except (ValueError, binascii.Error):
            return 0
        names = names[1:]
        chunks = [decoded]
    elif not names:
        # no /Filter found (indirect reference, odd syntax): a zlib header decides
        if not _ZLIB_HEADER.match(data, start):
            return 0
        names = ["FlateDecode"]
    for name in names:
        if name in ("FlateDecode", "Fl"):
            chunks = _inflate(chunks)
        elif name in ("RunLengthDecode", "RL"):
            chunks = _run_length(chunks)
        else:
            break  # images (DCT, JPX, CCITT, JBIG2) and LZW: decoded only when rendered
    total = 0
    for out in chunks:
        total += len(out)
        if total > limit:
            return total
    return total


def pdf_inflated_size(data: bytes, limit: int) -> int:
    """Sum of the decoded sizes of the PDF's streams, stopping once above ``limit`` bytes.

    One pass over the raw bytes: each ``stream … endstream`` is decoded with a bounded zlib
    inflater (1 MiB of output at a time, discarded) so a decompression bomb costs CPU time
    up to the limit and no memory.
    """
    view = memoryview(data)
    total = 0
    for match in _STREAM_RE.finditer(data):
        total += _decoded_size(data, view, match.end(), limit - total)
        if total > limit:
            break
    return total


def check_pdf(data: bytes, limits: ResourceLimits | None = None) -> None:
    """Refuse a PDF over the decompressed-size, page or words-per-page limits.

    The decompressed size is checked first, on the raw bytes, before pypdfium2 opens the file;
    pages and words are then counted by pypdfium2 (characters first, words only for a page
    that has more characters than the word limit).
    """
    limits = limits or current()
    max_inflated = limits.pdf_max_inflated_mb * MB
    inflated = pdf_inflated_size(data, max_inflated)
    if inflated > max_inflated:
        raise InputRejected(
            "PDF refusé : son contenu décompressé dépasse la limite de "
            f"{limits.pdf_max_inflated_mb} Mo (bombe de décompression ? réglage "
            "COPDIAG_PDF_MAX_INFLATED_MB)",
            "too_large",
        )
    import pypdfium2 as pdfium

    try:
        doc = pdfium.PdfDocument(data)
    except pdfium.PdfiumError:
        return  # corrupt or protected: the detector and the parser give the reason
    try:
        n_pages = len(doc)
        if n_pages > limits.pdf_max_pages:
            raise InputRejected(
                f"PDF refusé : {_fr(n_pages)} pages, plus que la limite de "
                f"{_fr(limits.pdf_max_pages)} pages (réglage COPDIAG_PDF_MAX_PAGES)",
                "too_large",
            )
        for index in range(n_pages):
            page = doc[index]
            try:
                textpage = page.get_textpage()
                try:
                    n_chars = textpage.count_chars()
                    if n_chars > limits.pdf_max_words_per_page:
                        n_words = len(textpage.get_text_range().split())
                        if n_words > limits.pdf_max_words_per_page:
                            raise InputRejected(
                                f"PDF refusé : la page {index + 1} contient {_fr(n_words)} mots, "
                                f"plus que la limite de {_fr(limits.pdf_max_words_per_page)} "
                                "mots par page (réglage COPDIAG_PDF_MAX_WORDS_PER_PAGE)",
                                "too_large",
                            )
                finally:
                    textpage.close()
            finally:
                page.close()
    except pdfium.PdfiumError:
        return
    finally:
        doc.close()


# --------------------------------------------------------------------------- CSV


def csv_rows_exceeded(limits: ResourceLimits | None = None) -> InputRejected:
    """The rejection of a CSV with more than ``csv_max_rows`` rows."""
    limits = limits or current()
    return InputRejected(
        f"fichier CSV refusé : plus de {_fr(limits.csv_max_rows)} lignes (limite "
        "COPDIAG_CSV_MAX_ROWS) ; rien n'a été lu pour ne pas publier un fichier tronqué",
        "too_large",
    )


def csv_cells_exceeded(limits: ResourceLimits | None = None) -> InputRejected:
    """The rejection of a CSV with more than ``csv_max_cells`` cells."""
    limits = limits or current()
    return InputRejected(
        f"fichier CSV refusé : plus de {_fr(limits.csv_max_cells)} cellules (limite "
        "COPDIAG_CSV_MAX_CELLS) ; rien n'a été lu pour ne pas publier un fichier tronqué",
        "too_large",
    )
