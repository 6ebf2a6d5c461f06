"""Slide pages as words, segments and blocks, with their fonts, colours and drawn boxes.

A COT deck is read from word geometry (pdfplumber words with font name, size and fill
colour); scanned slides are read by OCR (:mod:`sources.pdf.scans`).
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass, field, replace
from typing import Any

from sources.cot.ocr_marks import restore_dict_marks
from sources.errors import InputRejected
from sources.pdf.blank_glyphs import mark_spaced
from sources.pdf.footnotes import mark_calls
from sources.pdf.opening import open_fast_text
from sources.pdf.scans import OcrOutcome, ocr_scanned_pages
from sources.pdf.turned import turned_runs
from sources.pdf.turned_shapes import is_turned_rectangle

# row markers: triangles, and a tree view's glyphs (an expanded node's box over its branches,
# « ⊟ » then « ├ » … « └ », as a tree-grid export prints them)
_AXIS_MARKERS = "▼▾⯆⏷▽⊟⊞"
_SUB_MARKERS = "▶►▸⯈▷⏵‣├└┣┗╠╚"
_BULLETS = "•·◦▪■□●○–—-*>"
_CODE_RE = re.compile(r"^(\d{1,2}(?:[.,]\d{1,2})+)\.?$")


@dataclass
class _Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool
    color: tuple[float, ...] | None = None  # fill colour of the glyphs (None: unknown, OCR)
    # a blank glyph of the producer's stands just left of the word: words apart however close
    # (a condensed run's glyphs overlap, its words stand a fraction of a point apart)
    spaced: bool = False
    # that blank is a NO-BREAK SPACE (U+00A0): the line could not end between the two words
    nobreak: bool = False
    # set in an italic or oblique face (read from the font's name; False when unknown, OCR)
    italic: bool = False

    @property
    def mid_y(self) -> float:
        return (self.top + self.bottom) / 2


@dataclass
class _Seg:
    """Words of one visual line that are close horizontally (one text run)."""

    words: list[_Word]

    @property
    def x0(self) -> float:
        return min(w.x0 for w in self.words)

    @property
    def x1(self) -> float:
        return max(w.x1 for w in self.words)

    @property
    def top(self) -> float:
        return min(w.top for w in self.words)

    @property
    def bottom(self) -> float:
        return max(w.bottom for w in self.words)

    @property
    def size(self) -> float:
        return max(w.size for w in self.words)

    @property
    def unbreakable(self) -> bool:
        """Every blank of the line a no-break space (two at least): text pasted with its
        spaces non-breaking, which the producer could only wrap by cutting a word at the
        box's edge (:mod:`sources.pdf.nobreak_cuts`)."""
        blanks = [w for w in self.words[1:] if w.spaced]
        return len(blanks) >= 2 and all(w.nobreak for w in blanks)

    @property
    def bold(self) -> bool:
        letters = [w for w in self.words if any(ch.isalpha() for ch in w.text)]
        return bool(letters) and sum(w.bold for w in letters) / len(letters) > 0.6

    @property
    def italic(self) -> bool:
        letters = [w for w in self.words if any(ch.isalpha() for ch in w.text)]
        return bool(letters) and sum(w.italic for w in letters) / len(letters) > 0.6

    @property
    def text(self) -> str:
        return _join_words(self.words)


@dataclass
class _Block:
    """Consecutive segments forming one paragraph / label / caption."""

    segs: list[_Seg]
    kind: str  # "text" | "caption" | "number"
    extra: list[_Seg] = field(default_factory=list)  # a big figure attached to a text block

    @property
    def all_segs(self) -> list[_Seg]:
        return self.extra + self.segs

    @property
    def x0(self) -> float:
        return min(s.x0 for s in self.all_segs)

    @property
    def x1(self) -> float:
        return max(s.x1 for s in self.all_segs)

    @property
    def top(self) -> float:
        return min(s.top for s in self.all_segs)

    @property
    def bottom(self) -> float:
        return max(s.bottom for s in self.all_segs)

    @property
    def size(self) -> float:
        return statistics.median(s.size for s in self.segs)

    @property
    def text(self) -> str:
        return " ".join(s.text for s in self.all_segs)


@dataclass
class _Page:
    no: int
    width: float
    height: float
    words: list[_Word]
    lines: list[list[_Word]]
    rects: list[tuple[float, float, float, float]]
    # lines of text turned a quarter turn (a narrow column's header label set vertically),
    # kept apart from ``words``: one word per printed line, x across it, top / bottom along
    turned: list[_Word] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(_join_words(line) for line in self.lines)

    def segments(self) -> list[_Seg]:
        segs: list[_Seg] = []
        for line in self.lines:
            current = [line[0]]
            for word in line[1:]:
                gap = word.x0 - current[-1].x1
                if gap > max(12.0, 2.2 * min(word.size, current[-1].size)) or _off_line(
                    current[-1], word, gap
                ):
                    segs.append(_Seg(current))
                    current = [word]
                else:
                    current.append(word)
            segs.append(_Seg(current))
        return segs


def _off_line(before: _Word, word: _Word, gap: float) -> bool:
    """``word`` stands on another baseline than ``before``, past more than a word space: the
    next text box's line, read level with this one (boxes nested in a honeycomb, their lines
    staggered), never the same run's next word."""
    size = min(before.size, word.size)
    return gap > 0.6 * size and abs(word.bottom - before.bottom) > max(1.5, 0.15 * size)


def with_words(page: _Page, changed: dict[int, _Word]) -> _Page:
    """``page`` with the words whose ``id`` is a key of ``changed`` read as its values (the
    page itself when none)."""
    if not changed:
        return page
    return replace(
        page,
        words=[changed.get(id(w), w) for w in page.words],
        lines=[[changed.get(id(w), w) for w in line] for line in page.lines],
    )


_HYPHEN_END_RE = re.compile(r"[^\W\d_]-\s*$")  # a word cut at its own hyphen


def _join_words(words: list[_Word]) -> str:
    """Words → text; a space between words apart on a line, and between wrapped lines (a
    table cell whose label wraps gives words from two visual lines) — but for a compound
    word wrapped at its hyphen (« climat-air- » / « énergie »: « climat-air-énergie »)."""
    parts: list[str] = []
    previous: _Word | None = None
    for word in words:
        wrapped = previous is not None and abs(word.mid_y - previous.mid_y) > 0.5 * min(
            word.size, previous.size
        )
        if wrapped and _HYPHEN_END_RE.search(previous.text) and word.text[:1].islower():
            parts[-1] = parts[-1].rstrip()
        elif previous is not None and (
            word.spaced or word.x0 - previous.x1 > 0.08 * word.size or wrapped
        ):
            parts.append(" ")
        parts.append(word.text)
        previous = word
    return "".join(parts).strip()


def _group_lines(words: list[_Word]) -> list[list[_Word]]:
    """Words → visual lines (same vertical centre), each sorted left to right."""
    lines: list[list[_Word]] = []
    for word in sorted(words, key=lambda w: (w.mid_y, w.x0)):
        if lines:
            line = lines[-1]
            ref = statistics.median(w.mid_y for w in line)
            if abs(word.mid_y - ref) <= 0.45 * min(word.size, min(w.size for w in line)):
                line.append(word)
                continue
        lines.append([word])
    for line in lines:
        line.sort(key=lambda w: w.x0)
    return lines


_GLUED_FIGURE_RE = re.compile(r"^(.*[^\W\d_])(\d[\d,.]*)$")  # « bâtiments3,2 »
_TAB_GAP = 0.12  # of the size: a gap wider than letters' between a word and a figure


def _figures_unglued(raw: list[dict], chars: list[dict]) -> list[dict]:
    """A figure set right after a label's last letter, a little apart (text pasted with tab
    characters and no tab stop: the next default stop falls just past the label's end, «
    bâtiments » then « 3,2 » 1.5 pt further): the word extractor's tolerance makes them one
    word, cut again where the glyphs stand apart (an eighth of the size and more). A figure
    glued to its letters (« CO2 », « PM10 ») stays whole."""
    out: list[dict] = []
    for w in raw:
        match = _GLUED_FIGURE_RE.match(str(w["text"]))
        if match is None:
            out.append(w)
            continue
        top, x0, x1 = float(w["top"]), float(w["x0"]), float(w["x1"])
        size = float(w.get("size") or (float(w["bottom"]) - top))
        glyphs = sorted(
            (
                c
                for c in chars
                if abs(float(c["top"]) - top) <= 1.0
                and x0 - 0.5 <= float(c["x0"]) < x1
                and not c["text"].isspace()
            ),
            key=lambda c: float(c["x0"]),
        )
        cut = len(match.group(1))
        if len(glyphs) != len(str(w["text"])) or cut < 1:
            out.append(w)
            continue
        gap = float(glyphs[cut]["x0"]) - float(glyphs[cut - 1]["x1"])
        if gap < _TAB_GAP * size:
            out.append(w)
            continue
        out.append({**w, "text": match.group(1), "x1": float(glyphs[cut - 1]["x1"])})
        out.append({**w, "text": match.group(2), "x0": float(glyphs[cut]["x0"])})
    return out


_INT_END_RE = re.compile(r"\d$")
_DECIMALS_RE = re.compile(r"^[,.]\d")


_FIGURE_GLYPHS = frozenset("0123456789,.")
_SPREAD = (0.15, 0.6)  # of the font size: the even gap between a spread figure's glyphs
_EVEN = 0.5  # pt: a spread figure's gaps differ by no more


def _spread_figures_joined(raw: list[dict]) -> list[dict]:
    """A figure LETTER-SPACED (« Très large » character spacing on a table's number cells:
    « 5 8 , 7 »), its glyphs cut into one-character words, joined again: runs of two
    one-character words or more, digits and decimal signs, on one line, set apart by one
    even gap a sixth to a half of their size (words are wider apart), a digit first and
    last. The label text beside keeps its words."""
    out: list[dict] = []
    run: list[dict] = []

    def flush() -> None:
        if len(run) >= 2 and run[0]["text"].isdigit() and run[-1]["text"].isdigit():
            word = dict(run[0])
            word["text"] = "".join(w["text"] for w in run)
            word["x1"] = run[-1]["x1"]
            out.append(word)
        else:
            out.extend(run)
        run.clear()

    for word in raw:
        if len(word["text"]) == 1 and word["text"] in _FIGURE_GLYPHS:
            if run:
                last = run[-1]
                size = float(word.get("size") or 0.0)
                gap = float(word["x0"]) - float(last["x1"])
                gaps = [float(b["x0"]) - float(a["x1"]) for a, b in zip(run, run[1:], strict=False)]
                level = abs(float(word["top"]) - float(last["top"])) <= 1.0
                if not (
                    level
                    and _SPREAD[0] * size <= gap <= _SPREAD[1] * size
                    and all(abs(gap - g) <= _EVEN for g in gaps)
                ):
                    flush()
            run.append(word)
            continue
        flush()
        out.append(word)
    flush()
    return out


def _decimals_joined(raw: list[dict]) -> list[dict]:
    """A number whose decimals are set in another run (« 16 » 7.5 pt, « ,9 » 5 pt on the same
    baseline: a style giving the decimals less weight) is one word: the word extractor cuts
    it where the size changes. Joined when the decimals start where the integer part ends
    (within a point), on its baseline (the glyph boxes' bottoms within a fifth of its size:
    a smaller font descends less), no blank between them."""
    tails = [k for k, w in enumerate(raw) if _DECIMALS_RE.match(str(w["text"]))]
    if not tails:
        return raw
    out = list(raw)
    gone: set[int] = set()
    for k in tails:
        w = raw[k]
        if w.get("spaced"):
            continue
        for n, head in enumerate(out):
            size = float(head.get("size") or (float(head["bottom"]) - float(head["top"])))
            if (
                n != k
                and n not in gone
                and _INT_END_RE.search(str(head["text"]))
                and -1.0 <= float(w["x0"]) - float(head["x1"]) <= 1.0
                and abs(float(w["bottom"]) - float(head["bottom"])) <= 0.2 * size
            ):
                out[n] = {
                    **head,
                    "text": f"{head['text']}{w['text']}",
                    "x1": max(float(head["x1"]), float(w["x1"])),
                }
                gone.add(k)
                break
    return [w for k, w in enumerate(out) if k not in gone]


def _to_words(raw: list[dict]) -> list[_Word]:
    """pdfplumber (or OCR, same shape) word dicts → :class:`_Word`."""
    return [
        _Word(
            text=str(w["text"]),
            x0=float(w["x0"]),
            x1=float(w["x1"]),
            top=float(w["top"]),
            bottom=float(w["bottom"]),
            size=float(w.get("size") or (w["bottom"] - w["top"])),
            bold=_is_bold(str(w.get("fontname", ""))),
            color=_color(w.get("non_stroking_color")),
            spaced=bool(w.get("spaced")),
            nobreak=bool(w.get("nobreak")),
            italic=_is_italic(str(w.get("fontname", ""))),
        )
        for w in raw
        if str(w["text"]).strip() and w.get("upright", True)
    ]


def _turned_words(chars: list[dict]) -> list[_Word]:
    """Printed lines of text turned a quarter turn (:func:`sources.pdf.turned.turned_runs`)
    as words: ``size`` the line's height across (their weight is not read: only header
    labels are looked for among them)."""
    turned = [c for c in chars if not c.get("upright", True)]
    if not turned:
        return []
    return [
        _Word(
            text=run.text,
            x0=run.x0,
            x1=run.x1,
            top=run.top,
            bottom=run.bottom,
            size=run.size,
            bold=False,
        )
        for run in turned_runs(turned)
    ]


def _color(value: object) -> tuple[float, ...] | None:
    """pdfplumber colour (tuple of components, or a pattern name) → comparable tuple."""
    if isinstance(value, list | tuple) and value and all(isinstance(v, int | float) for v in value):
        return tuple(round(float(v), 2) for v in value)
    return None


def _without_calls(page: Any) -> None:
    """The page's characters without its NOTE CALLS (:func:`~sources.pdf.footnotes.mark_calls`:
    digits set smaller and raised, glued to a figure or a label: « 58,7² », « 0 %³ », « %
    Programmé¹ »): a call is no digit of the figure, nor a word of the row's label. The notes
    themselves, opening with their call, keep it."""
    chars = page.chars
    before = [c.get("text") for c in chars]
    mark_calls(chars)
    called = {id(c) for c, text in zip(chars, before, strict=True) if c.get("text") != text}
    if called:
        chars[:] = [c for c in chars if id(c) not in called]


def _open_pages(data: bytes) -> tuple[list[_Page], OcrOutcome]:
    """Extract words page by page; closes each page to keep memory flat on long decks.

    Pages without words that hold a scan are read by OCR (see :mod:`sources.pdf.scans`).
    """
    from sources.pdf.engine import iter_plumber_pages

    if not data or b"%PDF" not in data[:1024]:
        raise InputRejected("fichier qui n'est pas un PDF (en-tête %PDF absent)", "corrupt_pdf")
    reader = iter_plumber_pages(data)  # PDFium primitives, pdfplumber page where needed
    pages: list[_Page] = []
    try:
        for index, page in enumerate(reader, start=1):
            try:
                _without_calls(page)  # « 58,7² »: a note call glued to a figure, raised
                raw = page.extract_words(
                    extra_attrs=["fontname", "size", "non_stroking_color"],
                    x_tolerance=1.5,
                    y_tolerance=2,
                )
                rects = [  # filled boxes, rounded ones included (drawn as curves)
                    (float(r["x0"]), float(r["top"]), float(r["x1"]), float(r["bottom"]))
                    for r in [*page.rects, *page.curves]
                    if r.get("fill") and not is_turned_rectangle(r)  # (tape over a slide)
                ]
                width, height = float(page.width), float(page.height)
                turned = _turned_words(page.chars)
                raw = _figures_unglued(raw, page.chars)  # « bâtiments3,2 »: a tab between
                mark_spaced(raw, page.chars)
                raw = _spread_figures_joined(raw)  # « 5 8 , 7 »: a figure letter-spaced
                raw = _decimals_joined(raw)
            finally:
                page.close()
            # text drawn off the page is not printed (a value Impress sets left of the slide
            # when its data bar is shorter than its inset); nor a copy parked on the
            # pasteboard across the slide's edge (:func:`_on_the_page`)
            words = _on_the_page(_to_words(raw), width, height)
            pages.append(_Page(index, width, height, words, _group_lines(words), rects, turned))
    except InputRejected as exc:
        if exc.code == "encrypted":
            raise InputRejected("PDF protégé par un mot de passe", "encrypted") from exc
        if exc.code == "corrupt_pdf":
            raise InputRejected("PDF illisible ou corrompu", "corrupt_pdf") from exc
        raise
    except Exception as exc:  # noqa: BLE001
        if _is_password_error(exc):
            raise InputRejected("PDF protégé par un mot de passe", "encrypted") from exc
        raise InputRejected(
            "PDF illisible ou corrompu (pages non lisibles)", "corrupt_pdf"
        ) from exc
    finally:
        reader.close()
    if not pages:
        raise InputRejected("PDF sans aucune page", "corrupt_pdf")
    scans = OcrOutcome()
    empty = [p.no - 1 for p in pages if not p.words]
    if empty:
        _, scanned = open_fast_text(data)
        scans = ocr_scanned_pages(
            data,
            [i for i in empty if i < len(scanned) and scanned[i]],
            reject_over_limit=not any(p.words for p in pages),  # else: picture slides
        )
        for index, scan in scans.pages.items():
            page = pages[index]
            words = _to_words(restore_dict_marks(scan.words))
            width, height = scan.size or (page.width, page.height)  # read upright
            pages[index] = _Page(page.no, width, height, words, _group_lines(words), [])
    if not any(p.words for p in pages):
        reason = "PDF sans couche texte (document scanné ?) : aucun texte lisible"
        raise InputRejected(
            scans.empty_reason() if (scans.tried or scans.unread) else reason, "no_text_layer"
        )
    return pages, scans


def _on_the_page(words: list[_Word], width: float, height: float) -> list[_Word]:
    """The words printed on the page: text drawn off it is not printed, and a word the page's
    edge cuts is no printed word when its line runs on off the page (a table's raw copy
    parked on the pasteboard ACROSS the slide's edge: the slide shows a sliver of its first
    column, « niveau », « sous-axe » cut by the edge, beside the real table). A word merely
    overflowing the edge, its line ending there, stays."""

    def off(w: _Word) -> bool:
        return w.x1 <= 0 or w.x0 >= width or w.bottom <= 0 or w.top >= height

    gone = [w for w in words if off(w)]
    kept = [w for w in words if not off(w)]
    if not gone:
        return kept

    def cut(w: _Word) -> bool:
        crosses = (w.x0 < width < w.x1) or (w.x0 < 0 < w.x1)
        return crosses and any(abs(g.top - w.top) <= 0.5 * w.size for g in gone)

    return [w for w in kept if not cut(w)]


def _is_password_error(exc: BaseException) -> bool:
    """pdfminer wraps ``PDFPasswordIncorrect`` in ``PdfminerException``: look inside."""
    seen: BaseException | None = exc
    for _ in range(4):
        if seen is None:
            return False
        text = (type(seen).__name__ + " " + repr(seen.args)).lower()
        if "password" in text or "encrypt" in text:
            return True
        inner = [a for a in seen.args if isinstance(a, BaseException)]
        seen = inner[0] if inner else seen.__cause__
    return False


def _is_bold(fontname: str) -> bool:
    name = fontname.lower()
    return any(key in name for key in ("bold", "black", "heavy", "semibold", "demi", ",b"))


def _is_italic(fontname: str) -> bool:
    name = fontname.lower()
    return "italic" in name or "oblique" in name
