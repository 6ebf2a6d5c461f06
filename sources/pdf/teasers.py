"""RELATED-CONTENT TEASERS a CMS drops into a page: « À LIRE AUSSI » and a link, in a box.

A related-articles plugin (WordPress's « Inline Related Posts » and its kin) inserts, after
every few paragraphs of a page's content — table cells included —, a small box: a kicker in
capitals (« À LIRE AUSSI », « LIRE AUSSI », « VOIR AUSSI », « SUR LE MÊME SUJET ») over the
title of another page of the site, a link. Printed, the box sits inside a steps cell or a
field's value, and its words join the value (« … ce réseau d'entreprises À LIRE AUSSI Budget
participatif : votez pour vos projets »).

Told by vocabulary and drawing together: the kicker printed in capitals (a style's
``text-transform``, never a sentence's words) inside a filled box no taller than a few lines;
the box's glyphs and shapes are set aside before the page is read. The same words in
lower case in a sentence (« à lire aussi le rapport … »), or in capitals outside a box, stay.
"""

from __future__ import annotations

import re
from typing import Any

from sources.pdf.watermark import without_objects
from sources.values import fold

_KICKERS = ("alireaussi", "lireaussi", "voiraussi", "avoiraussi", "surlememesujet")
_KICKER_RE = re.compile("|".join(_KICKERS))
_LINES = 6  # the box holds this many kicker-sized lines at most
_SAME_LINE = 1.0  # pt


def teaser_objects(page: Any) -> set[int]:
    """``id`` of the glyphs and shapes of the page's teaser boxes (empty when none)."""
    raw = "".join(str(c.get("text", "")) for c in page.chars)
    if "AUSSI" not in raw and "SUJET" not in raw:
        return set()  # (a kicker is printed in capitals: the cheap test first)
    chars = [c for c in page.chars if str(c.get("text", "")).strip()]
    letters = [(k, fold(str(c["text"])).replace(" ", "")) for k, c in enumerate(chars)]
    index: list[int] = []
    text = ""
    for k, folded in letters:
        for ch in folded:
            if ch.isalpha():
                index.append(k)
                text += ch
    if not _KICKER_RE.search(text):
        return set()
    boxes = [s for s in [*page.rects, *getattr(page, "curves", ())] if s.get("fill")]
    drop: set[int] = set()
    for m in _KICKER_RE.finditer(text):
        glyphs = [chars[k] for k in sorted(set(index[m.start() : m.end()]))]
        if not all(str(g["text"]).isupper() for g in glyphs if str(g["text"]).isalpha()):
            continue  # a sentence's words, not a kicker set in capitals
        top = glyphs[0]["top"]
        if any(abs(g["top"] - top) > _SAME_LINE for g in glyphs):
            continue
        size = max(float(g.get("size") or 0.0) for g in glyphs)
        x0, x1 = min(g["x0"] for g in glyphs), max(g["x1"] for g in glyphs)
        bottom = max(g["bottom"] for g in glyphs)
        around = [
            b
            for b in boxes
            if b["x0"] <= x0
            and b["x1"] >= x1
            and b["top"] <= top
            and b["bottom"] >= bottom
            and b["bottom"] - b["top"] <= _LINES * 2 * size
        ]
        if not around:
            continue  # capitals outside a box: a heading, left as printed
        box = min(around, key=lambda b: (b["x1"] - b["x0"]) * (b["bottom"] - b["top"]))
        drop.add(id(box))
        drop |= {id(c) for c in page.chars if _within(c, box)}
        drop |= {
            id(s)
            for s in [*page.rects, *getattr(page, "curves", ()), *page.lines]
            if s is not box and _within(s, box, 1.0)
        }  # its coloured bar, the link's underline
    return drop


def _within(obj: dict[str, Any], box: dict[str, Any], slack: float = 0.0) -> bool:
    return (
        box["x0"] - slack <= obj["x0"]
        and obj["x1"] <= box["x1"] + slack
        and box["top"] - slack <= obj["top"]
        and obj["bottom"] <= box["bottom"] + slack
    )


def without_teasers(page: Any) -> Any:
    """The page without its related-content teaser boxes (the page itself when none)."""
    return without_objects(page, teaser_objects(page))
