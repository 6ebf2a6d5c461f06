"""Characters → words and cell text as pdfplumber groups them, for PDFium characters.

pdfplumber's ``WordExtractor`` and ``extract_text`` for upright left-to-right characters
(all a :class:`~sources.pdf.pdfium_page.PdfiumPage` holds): the same output, a few times
faster.
"""

from __future__ import annotations

from itertools import groupby
from operator import itemgetter
from typing import Any

from pdfplumber.utils.text import LIGATURES

_FAST_WORD_KWARGS = {
    "x_tolerance",
    "y_tolerance",
    "extra_attrs",
    "keep_blank_chars",
    "use_text_flow",
}


def _line_clusters(group: list[dict[str, Any]], y_tol: float) -> dict[int, list[dict[str, Any]]]:
    """Characters grouped into lines as pdfplumber does: sorted tops chained while each is
    within ``y_tol`` of the previous one."""
    cluster_of: dict[float, int] = {}
    index, last = 0, None
    for top in sorted({c["top"] for c in group}):
        if last is not None and top > last + y_tol:
            index += 1
        cluster_of[top] = index
        last = top
    if index == 0:  # one line (most runs): the group as it comes
        return {0: group}
    lines: dict[int, list[dict[str, Any]]] = {}
    for c in group:
        lines.setdefault(cluster_of[c["top"]], []).append(c)
    return lines


def _fast_words(
    chars: list[dict[str, Any]], x_tol: float, y_tol: float, extra_attrs: tuple[str, ...]
) -> list[dict[str, Any]]:
    """pdfplumber's ``WordExtractor.extract_words`` for upright left-to-right characters (all
    a :class:`PdfiumPage` holds) with its default options otherwise: characters grouped by
    runs of equal (upright, ``extra_attrs``), lines clustered on ``top`` within ``y_tol``,
    sorted by ``x0``, a word ends at a blank or where the next character starts left of the
    previous one's start, beyond its end + ``x_tol`` or ``y_tol`` off its top. The same dicts
    in the same order (checked against pdfplumber in ``tests/sources/pdf/test_engines.py``),
    a few times faster."""
    out: list[dict[str, Any]] = []
    key = itemgetter("upright", *extra_attrs)
    for _, run in groupby(chars, key):
        lines = _line_clusters(list(run), y_tol)
        for k in sorted(lines):
            word: list[dict[str, Any]] = []
            for c in sorted(lines[k], key=_X0_KEY):
                if c["text"].isspace():
                    if word:
                        out.append(_merge(word, extra_attrs))
                    word = []
                    continue
                if word:
                    prev = word[-1]
                    cx = c["x0"]
                    if (
                        cx < prev["x0"]
                        or cx > prev["x1"] + x_tol
                        or abs(c["top"] - prev["top"]) > y_tol
                    ):
                        out.append(_merge(word, extra_attrs))
                        word = [c]
                        continue
                word.append(c)
            if word:
                out.append(_merge(word, extra_attrs))
    return out


# pdfplumber's left-to-right key is ``(x0, x0)``: the same order as ``x0`` alone (a stable
# sort keeps ties as they come), read by C instead of a Python function per character
_X0_KEY = itemgetter("x0")


def _merge(word: list[dict[str, Any]], extra_attrs: tuple[str, ...]) -> dict[str, Any]:
    """pdfplumber's ``WordExtractor.merge_chars`` (ligatures expanded)."""
    first = word[0]
    x0, top, x1, bottom = first["x0"], first["top"], first["x1"], first["bottom"]
    texts = []
    for c in word:
        if c["x0"] < x0:
            x0 = c["x0"]
        if c["top"] < top:
            top = c["top"]
        if c["x1"] > x1:
            x1 = c["x1"]
        if c["bottom"] > bottom:
            bottom = c["bottom"]
        text = c["text"]
        texts.append(LIGATURES.get(text, text or ""))
    out = {
        "text": "".join(texts),
        "x0": x0,
        "x1": x1,
        "top": top,
        "doctop": top + (first["doctop"] - first["top"]),
        "bottom": bottom,
        "upright": first["upright"],
        "height": bottom - top,
        "width": x1 - x0,
        "direction": "ltr",
    }
    for attr in extra_attrs:
        out[attr] = first[attr]
    return out


def _fast_text(chars: list[dict[str, Any]]) -> str:
    """pdfplumber's ``utils.extract_text(chars)`` without layout: :func:`_fast_words`'s
    grouping (x/y tolerance 3) keeping only each word's text and top, then words joined by
    spaces and lines (words clustered on ``top`` within 3 pt, pdfplumber's ``cluster_objects``)
    by newlines. Called for every table cell, so no word dict is built."""
    words: list[tuple[float, str]] = []  # (top, text) in _fast_words' order
    for _, run in groupby(chars, itemgetter("upright")):
        lines = _line_clusters(list(run), 3)
        for k in sorted(lines):
            prev: dict[str, Any] | None = None
            texts: list[str] = []
            w_top = 0.0
            for c in sorted(lines[k], key=_X0_KEY):
                text = c["text"]
                if text.isspace():
                    if texts:
                        words.append((w_top, "".join(texts)))
                    texts, prev = [], None
                    continue
                if prev is not None and (
                    c["x0"] < prev["x0"]
                    or c["x0"] > prev["x1"] + 3
                    or abs(c["top"] - prev["top"]) > 3
                ):
                    words.append((w_top, "".join(texts)))
                    texts = []
                if not texts:
                    w_top = c["top"]
                elif c["top"] < w_top:
                    w_top = c["top"]
                texts.append(LIGATURES.get(text, text or ""))
                prev = c
            if texts:
                words.append((w_top, "".join(texts)))
    if not words:
        return ""
    # cluster_objects(words, top, 3): clusters of the sorted distinct tops, stable order
    cluster_of = {}
    index, last = 0, None
    for top in sorted({w[0] for w in words}):
        if last is not None and top > last + 3:
            index += 1
        cluster_of[top] = index
        last = top
    out_lines: dict[int, list[str]] = {}
    for top, text in words:
        out_lines.setdefault(cluster_of[top], []).append(text)
    return "\n".join(" ".join(out_lines[k]) for k in sorted(out_lines))
