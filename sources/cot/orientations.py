"""Strategic orientations and their numbered objectives, rebuilt from text segments."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from sources.cot.pages import _Page, _Seg
from sources.cot.referential import _Table
from sources.cot.slide_panes import pane_of, panes_holding, slide_panes
from sources.cot.text import _clean_label
from sources.pdf.cells import join_page_cut
from sources.pdf.nobreak_cuts import join_unbreakable
from sources.records import ObjectiveRecord

_ORIENT_RE = re.compile(
    r"^(?:orientation(?:\s+strat[ée]gique)?|axe\s+strat[ée]gique)\s*(?:n\s*°\s*|no\.?\s*)?"
    r"(\d{1,2})\b\s*[:\-–.]?\s*(.*)$",
    re.I,
)
# an objective's code opening its line, after a bullet or an automatic list number (« 1. 1.1
# Améliorer … »: a presenter's numbered list, the item's number is no part of the code)
_OBJ_RE = re.compile(
    r"^(?:[•·▪\-–*]|\d{1,2}[.)]\s)?\s*(\d{1,2})[.,](\d{1,2})\.?(?:\s+[-–:]?\s*(.*))?$"
)


def _joined(parts: list[str], unbreakable: list[bool] | None = None) -> str:
    """A text's lines joined: a word a narrow box cut with no hyphen (« développemen » /
    « t des filières ») is one word again (:func:`sources.pdf.cells.join_page_cut`); after a
    line whose blanks are all no-break spaces (``unbreakable``, one flag a line), by
    :func:`sources.pdf.nobreak_cuts.join_unbreakable` (such a line can only end in a word)."""
    flags = unbreakable or []
    text = ""
    for index, part in enumerate(parts):
        if not text:
            text = part
        elif index - 1 < len(flags) and flags[index - 1]:
            text = join_unbreakable(text, part)
        else:
            text = join_page_cut(text, part)
    return text


def _continuation(segs: list[_Seg], start: _Seg, x_left: float, taken: set[int]) -> list[_Seg]:
    """Segments continuing a paragraph that begins with ``start`` (wrapped lines)."""
    out: list[_Seg] = []
    last = start
    for index, seg in enumerate(segs):
        if index in taken or seg.top <= last.top + 0.3 * last.size:
            continue
        gap = seg.top - last.bottom
        if gap > 0.9 * last.size:
            if seg.top > last.bottom + 2 * last.size:
                break
            continue
        if abs(seg.size - start.size) > 0.15 * start.size:
            continue
        code = _OBJ_RE.match(seg.text)
        if code and not code.group(3) and x_left - 3 * start.size <= seg.x1 <= x_left:
            break  # the next item's bare code in the codes' column just left of the text: a
            # paragraph whose lines are set wide apart (1.5 line spacing) ends before it
        centred = abs((seg.x0 + seg.x1) - (start.x0 + start.x1)) <= 1.2 * start.size
        if not (min(x_left, start.x0) - 1.5 * start.size <= seg.x0 <= last.x1) and not centred:
            continue  # (a centred paragraph's wider line starts further left: same middle)
        if _OBJ_RE.match(seg.text) or _ORIENT_RE.match(seg.text):
            break
        out.append(seg)
        taken.add(index)
        last = seg
    return out


def _parse_orientations(
    pages: list[_Page],
    used: set[tuple[int, int]],
    territory: str | None,
    source_file: str,
    sha: str,
    tables: Sequence[_Table] = (),
) -> list[ObjectiveRecord]:
    """Orientations and objectives of the deck, read outside the progress tables' lines
    (``used``); on a sheet of several slides, only the tables' own slides lose those lines
    (``tables``: :func:`_beside_tables`)."""
    labels: dict[int, tuple[str, int]] = {}
    own: set[int] = set()  # orientations whose heading printed its label
    objectives: dict[str, tuple[int, str, int]] = {}
    for page in pages:
        used_tops = {round(page.lines[i][0].top) for p, i in used if p == page.no}
        beside = _beside_tables(page, tables)
        segs = [s for s in page.segments() if round(s.top) not in used_tops or beside(s)]
        segs.sort(key=lambda s: (s.top, s.x0))
        taken: set[int] = set()
        headings: list[int] = []
        blocks: list[tuple[int, list[_Seg]]] = []  # this page's headings that gave a label
        for index, seg in enumerate(segs):
            match = _ORIENT_RE.match(seg.text)
            if not match or index in taken:
                continue
            taken.add(index)
            no = int(match.group(1))
            if any(n == no and _subtitle_of(seg, block) for n, block in blocks):
                continue  # the heading's subtitle (its translation): no label of its own
            headings.append(no)
            parts = [match.group(2)]
            more = _continuation(segs, seg, seg.x0, taken)
            parts.extend(s.text for s in more)
            label = _clean_label(_joined(parts, [s.unbreakable for s in [seg, *more]]))
            if label:
                own.add(no)
                blocks.append((no, [seg, *more]))
            elif no in own:  # a bare « ORIENTATION n » (a mind map's central topic) when a
                continue  # heading already gave the label: the text near it is no label
            else:  # label in a separate block, to the right or just below
                label = _nearby_label(segs, seg, taken)
            if label and len(label) > len(labels.get(no, ("", 0))[0]):
                labels[no] = (label, labels.get(no, ("", page.no))[1] or page.no)
            labels.setdefault(no, (label, page.no))
        if not headings:
            continue
        for index, seg in enumerate(segs):
            if index in taken:
                continue
            match = _OBJ_RE.match(seg.text)
            if not match:
                continue
            major, minor = int(match.group(1)), int(match.group(2))
            if major not in headings and major not in labels:
                continue
            taken.add(index)
            first = match.group(3)
            parts: list[str] = []
            flags: list[bool] = []
            x_left = seg.x0
            if first:
                code_len = len(seg.text) - len(first)
                x_left = seg.x0 + (seg.x1 - seg.x0) * code_len / max(1, len(seg.text))
                parts.append(first)
                flags.append(seg.unbreakable)
            else:  # code alone in its segment: the text starts to its right, same line,
                # else right under it (cards: a big code above its label)
                free = [
                    (j, s)
                    for j, s in enumerate(segs)
                    if j not in taken and not (_OBJ_RE.match(s.text) or _ORIENT_RE.match(s.text))
                ]
                right = [
                    (j, s)
                    for j, s in free
                    if s.x0 > seg.x1 and abs(s.top - seg.top) < 0.5 * seg.size
                ]
                below = [
                    (j, s)
                    for j, s in free
                    if -0.3 * seg.size <= s.top - seg.bottom <= 1.5 * seg.size
                    and s.x0 <= seg.x1 + seg.size
                    and s.x1 >= seg.x0
                ]
                # a code centred beside a text of two lines (a medallion over its bar's
                # end): the text's first line of those overlapping the code's height
                beside = [
                    (j, s)
                    for j, s in free
                    if 0 < s.x0 - seg.x1 <= 3 * seg.size
                    and s.top < seg.bottom
                    and s.bottom > seg.top
                ]
                if right:
                    j, head = min(right, key=lambda item: item[1].x0)
                elif beside:
                    j, head = min(beside, key=lambda item: (round(item[1].x0), item[1].top))
                elif below:
                    j, head = min(below, key=lambda item: item[1].top)
                else:
                    continue
                taken.add(j)
                parts.append(head.text)
                flags.append(head.unbreakable)
                x_left = head.x0
                seg = head
            more = _continuation(segs, seg, x_left, taken)
            parts.extend(s.text for s in more)
            flags.extend(s.unbreakable for s in more)
            code = f"{major}.{minor}"
            label = _clean_label(_joined(parts, flags))
            if code not in objectives and label:
                objectives[code] = (major, label, page.no)
    records: list[ObjectiveRecord] = []
    for no in sorted(labels):
        label, page_no = labels[no]
        mine = sorted(
            ((code, lab, pg) for code, (major, lab, pg) in objectives.items() if major == no),
            key=lambda item: tuple(int(x) for x in item[0].split(".")),
        )
        if not mine:
            records.append(
                ObjectiveRecord(territory, no, label, None, None, source_file, sha, page_no)
            )
        for code, lab, pg in mine:
            records.append(ObjectiveRecord(territory, no, label, code, lab, source_file, sha, pg))
    return records


# a subtitle's type at most this share of its title's (a slide's 18 pt title over a 9 – 12 pt
# tagline; a title's own wrapped lines keep its size)
SUBTITLE_SIZE_RATIO = 0.8
# and its top at most this many of its own sizes under the title's last line (the next line of
# the same title block: a body's first line stands a paragraph's space lower)
SUBTITLE_GAP_EM = 1.0


def _subtitle_of(seg: _Seg, block: list[_Seg]) -> bool:
    """Is ``seg`` the subtitle of the heading whose lines are ``block``? A title set with a
    second line in a SMALLER ITALIC type right under it, across the same width (a bilingual
    committee's deck gives each French title its English translation so: « ORIENTATION 2 :
    Formalisation … » over « ORIENTATION 2: Formalising … »), prints the same heading twice:
    the smaller italic line is no second heading, and its words are no label."""
    title, last = block[0], block[-1]
    gap = seg.top - last.bottom
    return (
        seg.italic
        and not title.italic
        and seg.size <= SUBTITLE_SIZE_RATIO * title.size
        and -0.3 * seg.size <= gap <= SUBTITLE_GAP_EM * seg.size
        and seg.x0 < max(s.x1 for s in block)
        and seg.x1 > min(s.x0 for s in block)
    )


def _beside_tables(page: _Page, tables: Sequence[_Table]) -> Callable[[_Seg], bool]:
    """Is a segment on a sheet of several slides (:func:`sources.cot.slide_panes.slide_panes`)
    in a pane holding none of the page's tables? A handout's two columns of slides share the
    sheet's visual lines: a table's lines there are its own slide's, not the slide beside it
    (:mod:`sources.cot.slide_panes`). Always False on a page of one slide."""
    mine = [t for t in tables if t.page == page.no]
    if not mine:
        return lambda seg: False
    centres = [((w.x0 + w.x1) / 2, (w.top + w.bottom) / 2) for w in page.words]
    panes = slide_panes(page.rects, centres, page.width, page.height)
    if not panes:
        return lambda seg: False
    labels = [
        ((w.x0 + w.x1) / 2, (w.top + w.bottom) / 2)
        for table in mine
        for row in table.rows
        for w in row.label_words
    ]
    held = panes_holding(panes, labels)
    if held is None or not labels:
        return lambda seg: False

    def beside(seg: _Seg) -> bool:
        index = pane_of(panes, (seg.x0 + seg.x1) / 2, (seg.top + seg.bottom) / 2)
        return index is not None and index not in held

    return beside


def _nearby_label(segs: list[_Seg], heading: _Seg, taken: set[int]) -> str:
    """Closest text to the right (same band) or below a bare "ORIENTATION n" heading."""
    best: tuple[float, int] | None = None
    for index, seg in enumerate(segs):
        if index in taken or _OBJ_RE.match(seg.text) or _ORIENT_RE.match(seg.text):
            continue
        right = (
            seg.x0 >= heading.x1 - 2
            and seg.top < heading.bottom + heading.size
            and seg.bottom > heading.top - 3 * heading.size
        )
        below = seg.top >= heading.bottom - 2 and seg.x0 < heading.x1 and seg.x1 > heading.x0
        if not (right or below):
            continue
        distance = (seg.x0 - heading.x1) if right else (seg.top - heading.bottom)
        if distance > 6 * heading.size:
            continue
        if best is None or distance < best[0]:
            best = (max(distance, 0), index)
    if best is None:
        return ""
    start = segs[best[1]]
    taken.add(best[1])
    # the block may start above the heading: take every close line of the same column
    column = [start]
    column.extend(_continuation(segs, start, start.x0, taken))
    return _clean_label(_joined([s.text for s in column], [s.unbreakable for s in column]))
