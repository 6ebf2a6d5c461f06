"""Text a web page's print stylesheet adds after links and abbreviations, set aside.

Many site stylesheets (Bootstrap 3, HTML5 Boilerplate…) print ``a[href]:after { content: "
(" attr(href) ")" }`` and ``abbr[title]:after { content: " (" attr(title) ")" }``: a printed
table then shows « Step name (https://site/page#etape-1) » in a name cell and « GACdG (Grand
Auch Cœur de Gascogne) » in an owner cell, the address broken after its hyphens and the
expansion wrapped over several lines of a narrow column. Those parentheses are the printer's,
not the author's: read as text they make every name and owner wrong and the wrapped lines
push a cell's words into the next column. They are set aside before lines and tables are
built, by both engines, ONLY on strong evidence (never text a user wrote in parentheses):

LINK ADDRESS: the browser keeps each link as a link annotation over the anchor's boxes
(one rectangle per printed line, the ``:after`` content inside the anchor); within the
annotations of one address, the characters (in drawing order, spaces left out) spelling
« (ADDRESS) » right after some other linked text are the printed address — the annotation's
own URI, or a site-relative path that URI ends with. Parentheses outside the link's boxes, or
holding any other text, stay.

ABBREVIATION: the ``abbr`` element is drawn with a DOTTED underline (Chromium's
``text-decoration: underline dotted`` for ``abbr[title]``, often a dotted border too) under the
word AND its printed expansion; within one run of dotted-underlined characters, « WORD
(EXPANSION) » whose WORD abbreviates EXPANSION (its first letter the first word's initial,
each next letter the next letter of the current word or the initial of a later word, every
word of four letters or more given its initial) loses its « (EXPANSION) ». A plain or solidly
underlined « ABBR (expansion) » a user wrote stays.

The underlines drawn under set-aside characters only go with them, and every dotted underline
goes too (a decoration: its dots, 0.75 pt apart, would be snapped with a nearby column rule by
the table finder, moving the rule into the cell).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import Any
from urllib.parse import unquote

Box = tuple[float, float, float, float]
Link = tuple[str, Box]
Span = tuple[int, int, int]  # the word's last character, the « ( » and the « ) » set aside
Move = tuple[int, float, float]  # a character and how far it goes right and down

DOT_MAX = 2.0  # pt: a dot of a dotted underline is at most this wide and high
DOT_PITCH = 4.0  # pt: consecutive dots of one dotted line at most this far apart
MIN_DOTS = 4  # dots in a row making a dotted underline
DECORATION_MAX = 1.6  # pt: an underline's thickness at most this
UNDER_ABOVE = 0.35  # share of the font size an underline may stand above the glyph's bottom
UNDER_BELOW = 2.5  # pt an underline may stand below the glyph's bottom
LINK_REACH = 1.0  # pt: a character's centre this far outside a link's box is still in it
MIN_WORD = 4  # letters: a word of the expansion this long must give its initial

_PAIR = re.compile(r"([^\s()]+)\s*\(([^()]+)\)")
_FUNCTION_WORDS = frozenset({"pour", "dans", "avec", "sans", "sous", "vers", "entre", "chez"})
_OPEN_PAIR = re.compile(r"([^\s()]+)\s*\(([^()]+)$")


def _centre(c: dict[str, Any]) -> tuple[float, float]:
    return (c["x0"] + c["x1"]) / 2, (c["top"] + c["bottom"]) / 2


def _in_box(c: dict[str, Any], box: Box) -> bool:
    x, y = _centre(c)
    x0, top, x1, bottom = box
    r = LINK_REACH
    return x0 - r <= x <= x1 + r and top - r <= y <= bottom + r


def _blank(c: dict[str, Any]) -> bool:
    return not str(c.get("text", "")).strip()


def _new_line(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether ``b``, drawn after ``a``, starts a new printed line (below, or back left)."""
    size = max(float(a.get("size") or 0.0), float(b.get("size") or 0.0), 1.0)
    dy = abs(_centre(b)[1] - _centre(a)[1])
    return dy > 0.5 * size or b["x0"] < a["x0"] - 0.5 * size


def _spelled(chars: Sequence[dict[str, Any]], picked: list[int]) -> tuple[str, list[int]]:
    """The text of characters ``picked`` (indexes in drawing order): a space between words
    and between printed lines, and, per position of the text, the character it comes from
    (-1 for a space put in)."""
    out: list[str] = []
    where: list[int] = []
    previous: int | None = None
    for i in picked:
        c = chars[i]
        if _blank(c):
            if out and out[-1] != " ":
                out.append(" ")
                where.append(-1)
            previous = i
            continue
        if previous is not None and out and out[-1] != " " and _new_line(chars[previous], c):
            out.append(" ")
            where.append(-1)
        text = str(c.get("text", ""))
        out.extend(text)
        where.extend([i] * len(text))
        previous = i
    return "".join(out), where


# --- link addresses -------------------------------------------------------------------------


def _address_forms(uri: str) -> set[str]:
    """How a printed address may spell the link's URI: itself, percent-decoded, and the
    path from the site's root (a relative ``href``), spaces left out."""
    forms = {uri, unquote(uri)}
    for form in list(forms):
        match = re.match(r"^[a-z][a-z0-9+.-]*://[^/]+(/.*)$", form, re.IGNORECASE)
        if match and len(match.group(1)) > 1:  # not the bare « / » of a site's home
            forms.add(match.group(1))
    return {re.sub(r"\s+", "", f) for f in forms if f}


def printed_addresses(
    chars: Sequence[dict[str, Any]], links: Sequence[Link], spans: list[Span] | None = None
) -> set[int]:
    """Indexes of the characters spelling « (ADDRESS) » after a link's own text, inside the
    boxes of the link annotations of that address (with the spaces before them); each found
    is noted in ``spans``."""
    by_uri: dict[str, list[Box]] = {}
    for uri, box in links:
        if uri.strip():
            by_uri.setdefault(uri.strip(), []).append(box)
    drop: set[int] = set()
    rows = sorted((_centre(c)[1], i) for i, c in enumerate(chars))
    heights = [y for y, _ in rows]
    for uri, boxes in by_uri.items():
        found: set[int] = set()
        for box in boxes:  # the characters whose centre is in the box, found by height first
            lo = bisect_left(heights, box[1] - LINK_REACH)
            hi = bisect_right(heights, box[3] + LINK_REACH)
            found.update(i for _, i in rows[lo:hi] if _in_box(chars[i], box))
        inside = sorted(found)
        solid = [i for i in inside if not _blank(chars[i])]
        text = "".join(str(chars[i].get("text", "")) for i in solid)
        if len(text) != len(solid):  # a ligature or a multi-letter glyph: positions unknown
            continue
        for form in _address_forms(uri):
            target = f"({form})"
            start = text.find(target, 1)
            while start > 0:
                end = start + len(target)
                drop.update(solid[start:end])
                if spans is not None:
                    spans.append((solid[start - 1], solid[start], solid[end - 1]))
                # the space the stylesheet puts before « ( »
                drop.update(
                    i for i in inside if solid[start - 1] < i < solid[start] and _blank(chars[i])
                )
                start = text.find(target, end + 1)
    return drop


# --- abbreviations --------------------------------------------------------------------------


def _fold(s: str) -> str:
    return (
        "".join(
            ch
            for ch in unicodedata.normalize("NFKD", s.casefold())
            if not unicodedata.combining(ch)
        )
        .replace("œ", "oe")
        .replace("æ", "ae")
    )


def abbreviates(word: str, expansion: str, partial: bool = False) -> bool:
    """Whether ``word`` is an abbreviation of ``expansion`` (« GACdG » of « Grand Auch Cœur
    de Gascogne », « SCoT » of « Schéma de cohérence territoriale »): its first letter the
    first word's initial, each next letter the next letter of the current word or the
    initial of a later word, every word of ``MIN_WORD`` letters or more giving its initial."""
    word = re.split(r"['’]", word)[-1]  # « l'ABiC »: the article's elision is no letter of it
    letters = [ch for ch in _fold(word) if ch.isalnum()]
    words = [w for w in re.split(r"[\s\-'’]+", _fold(expansion)) if w]
    words = ["".join(ch for ch in w if ch.isalnum()) for w in words]
    # (prepositions give no initial: « AFB », Agence française pour la biodiversité)
    words = [w for w in words if w and w not in _FUNCTION_WORDS]
    if len(letters) < 2 or len(words) < (1 if partial else 2):
        return False
    if len(letters) > 3 * len(words) + 3 and not partial:
        return False
    if len(word) < 2 or not any(ch.isupper() for ch in word):
        return False

    def match(k: int, w: int, pos: int) -> bool:
        """Letters from ``k`` on, the last one matched at ``words[w][pos]``."""
        if k == len(letters):
            # (a place name closing the expansion may stay out of the acronym: « AUaT »,
            # Agence d'urbanisme et d'aménagement Toulouse aire métropolitaine)
            rest = [x for x in words[w + 1 :] if len(x) >= MIN_WORD]
            return not rest or (len(letters) >= 4 and len(rest) <= 2)
        ch = letters[k]
        if ch in words[w][pos + 1 :]:
            nxt = words[w].index(ch, pos + 1)
            if match(k + 1, w, nxt):
                return True
        for v in range(w + 1, len(words)):
            if words[v][0] == ch and match(k + 1, v, 0):
                return True
            if len(words[v]) >= MIN_WORD:  # a long word gives its initial: none skipped
                return False
        return partial  # (the expansion cut by the page's end: its letters so far agree)

    return words[0][0] == letters[0] and match(1, 0, 0)


def _dotted_lines(rects: Sequence[dict[str, Any]]) -> list[tuple[float, float, float, list[int]]]:
    """Dotted lines: at least ``MIN_DOTS`` tiny filled marks in a row at one height, evenly
    near (x0, x1, top, the marks' indexes in ``rects``)."""
    dots = [
        (float(r["top"]), float(r["x0"]), float(r["x1"]), k)
        for k, r in enumerate(rects)
        if r["x1"] - r["x0"] <= DOT_MAX and r["bottom"] - r["top"] <= DOT_MAX
    ]
    dots.sort()
    lines: list[tuple[float, float, float, list[int]]] = []
    run: list[tuple[float, float, float, int]] = []

    def close() -> None:
        if len(run) >= MIN_DOTS:
            lines.append((run[0][1], run[-1][2], run[0][0], [d[3] for d in run]))

    for dot in dots:
        if run and abs(dot[0] - run[-1][0]) <= 0.2 and 0 < dot[1] - run[-1][1] <= DOT_PITCH:
            run.append(dot)
            continue
        close()
        run = [dot]
    close()
    return lines


def _under(c: dict[str, Any], x0: float, x1: float, top: float) -> bool:
    """Whether a line from ``x0`` to ``x1`` at ``top`` underlines character ``c``."""
    x = _centre(c)[0]
    size = float(c.get("size") or (c["bottom"] - c["top"]))
    bottom = float(c["bottom"])
    return x0 - 0.5 <= x <= x1 + 0.5 and bottom - UNDER_ABOVE * size <= top <= bottom + UNDER_BELOW


class _ByBottom:
    """Characters sorted by their bottom, to find those a mark at some height may underline."""

    def __init__(self, chars: Sequence[dict[str, Any]], picked: Sequence[int]) -> None:
        self.chars = chars
        order = sorted(picked, key=lambda i: float(chars[i]["bottom"]))
        self.order = order
        self.bottoms = [float(chars[i]["bottom"]) for i in order]
        self.reach = max((float(chars[i].get("size") or 0.0) for i in order), default=0.0)

    def near(self, top: float) -> list[int]:
        lo = bisect_left(self.bottoms, top - UNDER_BELOW)
        hi = bisect_right(self.bottoms, top + UNDER_ABOVE * self.reach + 0.01)
        return self.order[lo:hi]


def printed_expansions(
    chars: Sequence[dict[str, Any]],
    rects: Sequence[dict[str, Any]],
    spans: list[Span] | None = None,
    carry: list[tuple[float, float]] | None = None,
) -> set[int]:
    """Indexes of the characters of « (EXPANSION) » printed after a dotted-underlined
    abbreviation within the same dotted run (with the spaces before them); each found is
    noted in ``spans``. ``carry`` (kept from page to page): the columns (x ranges) where the
    page before ended inside an expansion, a row cut by the page break — its end « …
    intercommunale) », the page's first dotted run in that column up to its « ) », goes too —;
    set to those of this page's foot."""
    lines = _dotted_lines(rects)
    if not lines:
        if carry:
            carry.clear()
        return set()
    solid = _ByBottom(chars, [i for i, c in enumerate(chars) if not _blank(c)])
    dotted = [False] * len(chars)
    for x0, x1, top, _ in lines:
        for i in solid.near(top):
            if not dotted[i] and _under(chars[i], x0, x1, top):
                dotted[i] = True
    drop: set[int] = set()
    runs: list[list[int]] = []
    run: list[int] = []
    for i in range(len(chars) + 1):
        if i < len(chars) and (dotted[i] or (_blank(chars[i]) and run)):
            run.append(i)
            continue
        while run and _blank(chars[run[-1]]):
            run.pop()
        if run:
            runs.append(run)
        run = []
    ranges = list(carry) if carry else []  # columns the page before ended inside one in
    foot = max((float(c["bottom"]) for c in chars if not _blank(c)), default=0.0)
    open_at_foot: list[tuple[float, float]] = []
    for run in runs:
        x0 = min(float(chars[i]["x0"]) for i in run)
        x1 = max(float(chars[i]["x1"]) for i in run)
        going_on = next((r for r in ranges if x0 <= r[1] and x1 >= r[0]), None)
        if going_on is not None:  # « intercommunale) »: the end of the page before's
            ranges.remove(going_on)
            text, where = _spelled(chars, run)
            close = text.find(")")
            if close >= 0 and "(" not in text[:close]:
                drop.update(i for i in where[: close + 1] if i >= 0)
        at_foot = float(chars[run[-1]]["bottom"]) >= foot - 2.0
        found = _expansions_in(chars, run, spans, last=at_foot)
        drop |= found
        if at_foot and found and _OPEN_PAIR.search(_spelled(chars, run)[0]):
            open_at_foot.append((x0, x1))
    if carry is not None:
        carry[:] = open_at_foot
    return drop


def _expansions_in(
    chars: Sequence[dict[str, Any]], run: list[int], spans: list[Span] | None, last: bool = False
) -> set[int]:
    text, where = _spelled(chars, run)
    drop: set[int] = set()
    # (an expansion whose « ) » a narrow cell left unprinted ends the dotted run; the page's
    # last run may end inside an expansion the next page goes on with)
    pairs = [(m, False) for m in _PAIR.finditer(text)]
    pairs += [(m, last) for m in _OPEN_PAIR.finditer(text)]
    for match, partial in pairs:
        if match.start(1) > 0 and text[match.start(1) - 1] not in " ":
            continue
        if not abbreviates(match.group(1), match.group(2), partial=partial):
            continue
        span = [i for i in where[match.end(1) : match.end()] if i >= 0]
        if not span:
            continue
        lo, hi = min(span), max(span)
        last_word = where[match.end(1) - 1]
        # the « ( … ) » characters and the spaces drawn between the word and them
        drop.update(i for i in run if lo <= i <= hi or (last_word < i < lo and _blank(chars[i])))
        if spans is not None:
            spans.append((last_word, lo, hi))
    return drop


# --- the page -------------------------------------------------------------------------------


def page_links(page: Any) -> list[Link]:
    """The page's link annotations with an address: (URI, box in pdfplumber's coordinates)."""
    links = getattr(page, "links", None)
    if links is not None:  # a PDFium page (:class:`sources.pdf.pdfium_page.PdfiumPage`)
        return list(links)
    try:
        found = page.hyperlinks
    except Exception:  # noqa: BLE001 - a malformed annotation never stops the reading
        return []
    out: list[Link] = []
    for h in found or ():
        uri = h.get("uri")
        if isinstance(uri, bytes):
            uri = uri.decode("latin-1")
        if isinstance(uri, str) and uri:
            out.append((uri, (float(h["x0"]), float(h["top"]), float(h["x1"]), float(h["bottom"]))))
    return out


def _marks(c: dict[str, Any], x0: float, x1: float, top: float) -> bool:
    """Whether a thin mark from ``x0`` to ``x1`` at ``top`` (an underline, a dot of a
    dotted one) stands under character ``c``."""
    size = float(c.get("size") or (c["bottom"] - c["top"]))
    bottom = float(c["bottom"])
    if not bottom - UNDER_ABOVE * size <= top <= bottom + UNDER_BELOW:
        return False
    return x0 < float(c["x1"]) and x1 > float(c["x0"])


def _decorations(
    rects: Sequence[dict[str, Any]], chars: Sequence[dict[str, Any]], gone: set[int]
) -> set[int]:
    """Indexes of the thin marks (underlines, dots) that stand under set-aside characters
    only: drawn for them, they go with them."""
    if not gone:
        return set()
    kept = _ByBottom(chars, [k for k, c in enumerate(chars) if k not in gone and not _blank(c)])
    dropped = _ByBottom(chars, [k for k in gone if not _blank(chars[k])])
    out: set[int] = set()
    for k, r in enumerate(rects):
        if r["bottom"] - r["top"] > DECORATION_MAX:
            continue
        x0, x1, top = float(r["x0"]), float(r["x1"]), float(r["top"])
        under = [chars[i] for i in dropped.near(top) if _marks(chars[i], x0, x1, top)]
        if not under:
            continue
        # as wide as the set-aside text at most: a cell's rule reaches past its padding
        if x0 < min(c["x0"] for c in under) - 1.0 or x1 > max(c["x1"] for c in under) + 1.0:
            continue
        if any(_marks(chars[i], x0, x1, top) for i in kept.near(top)):
            continue
        out.add(k)
    return out


def dotted_underlines(chars: Sequence[dict[str, Any]], rects: Sequence[dict[str, Any]]) -> set[int]:
    """Indexes of the marks of every dotted line standing under text (at least half its
    dots under characters, no wider than them): a text decoration, never a rule. Its marks' sides, 0.75 pt
    apart along a word, would chain with a column rule a few points away when the table
    finder snaps near edges together, and move that rule onto the word."""
    lines = _dotted_lines(rects)
    if not lines:
        return set()
    solid = _ByBottom(chars, [i for i, c in enumerate(chars) if not _blank(c)])
    out: set[int] = set()
    for x0, x1, top, marks in lines:
        near = [chars[i] for i in solid.near(top) if _marks(chars[i], x0, x1, top)]
        if not near:
            continue
        # no wider than the text it underlines (a dotted rule of a cell reaches its padding)
        if x0 < min(c["x0"] for c in near) - 1.5 or x1 > max(c["x1"] for c in near) + 1.5:
            continue
        under = sum(
            1 for k in marks if any(_marks(c, rects[k]["x0"], rects[k]["x1"], top) for c in near)
        )
        if 2 * under >= len(marks):
            out.update(marks)
    return out


def glued_moves(chars: Sequence[dict[str, Any]], spans: Sequence[Span]) -> list[Move]:
    """Where the characters printed right after a set-aside « ) » go back: next to the word
    before the « ( », as the author wrote them (« GACdG: Service » printed « GACdG (Grand
    Auch Cœur de Gascogne): Service », the colon on the expansion's last line).

    The glued characters are those drawn after the « ) » with no space, on its line; they
    move only when the word's line has room for them: no character there, and no further
    right than the set-aside text reached (inside its cell)."""
    moves: list[Move] = []
    for word_end, _opening, closing in spans:
        glued: list[int] = []
        k = closing + 1
        while k < len(chars) and not _blank(chars[k]) and not _new_line(chars[k - 1], chars[k]):
            glued.append(k)
            k += 1
        if not glued:
            continue
        anchor, first = chars[word_end], chars[glued[0]]
        dx = float(anchor["x1"]) - float(first["x0"])
        dy = float(anchor["bottom"]) - float(first["bottom"])  # 0 on the word's own line
        reach = max(float(chars[i]["x1"]) for i in range(word_end, closing + 1))
        right = float(chars[glued[-1]]["x1"]) + dx
        if right > reach + 0.5:
            continue
        top, bottom = float(anchor["top"]), float(anchor["bottom"])
        left = float(anchor["x1"])
        taken = any(
            not _blank(c)
            and not word_end < i <= glued[-1]
            and float(c["x0"]) < right
            and float(c["x1"]) > left
            and float(c["top"]) < bottom
            and float(c["bottom"]) > top
            for i, c in enumerate(chars)
        )
        if not taken:
            moves.extend((i, dx, dy) for i in glued)
    return moves


def _moved(c: dict[str, Any], dx: float, dy: float) -> None:
    """Shift a character dict (pdfplumber's keys) ``dx`` right and ``dy`` down, in place."""
    for key in ("x0", "x1"):
        c[key] = float(c[key]) + dx
    for key in ("top", "bottom", "doctop"):
        if key in c:
            c[key] = float(c[key]) + dy
    for key in ("y0", "y1"):
        if key in c:
            c[key] = float(c[key]) - dy
    matrix = c.get("matrix")
    if isinstance(matrix, (tuple, list)) and len(matrix) == 6:
        a, b, cc, d, e, f = matrix
        c["matrix"] = (a, b, cc, d, float(e) + dx, float(f) - dy)


def print_additions(
    page: Any, carry: list[tuple[float, float]] | None = None
) -> tuple[set[int], set[int], list[Move]]:
    """(characters, rects) of ``page`` that a print stylesheet added or that only decorate
    text, as indexes, and the characters glued after an addition that go back in place."""
    chars = page.chars
    if not chars:
        return set(), set(), []
    links = page_links(page)
    rects = page.rects
    spans: list[Span] = []
    gone = printed_addresses(chars, links, spans) if links else set()
    gone |= printed_expansions(chars, rects, spans, carry)
    marks = _decorations(rects, chars, gone) | dotted_underlines(chars, rects)
    return gone, marks, glued_moves(chars, spans) if spans else []


def without_print_additions(page: Any, carry: list[tuple[float, float]] | None = None) -> Any:
    """The page without the addresses and expansions its print stylesheet added (the page
    itself when there are none): a PDFium page drops them from what it read, a pdfplumber
    page is given as a filtered view, closed with the page."""
    from sources.pdf.pdfium_page import PdfiumPage
    from sources.pdf.watermark import view_without

    gone, marks, moves = print_additions(page, carry)
    if not gone and not marks:
        return page
    chars, rects = page.chars, page.rects
    for i, dx, dy in moves:
        _moved(chars[i], dx, dy)
    drop_chars = {id(chars[i]) for i in gone}
    drop_rects = {id(rects[k]) for k in marks}
    if isinstance(page, PdfiumPage):
        page.set_aside_chars(drop_chars)
        page.set_aside_rects(drop_rects)
        return page
    return view_without(page, drop_chars | drop_rects)
