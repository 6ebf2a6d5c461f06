"""Dot leaders of a Tesseract line recognised as leaders, before its word filter.

Word and Writer set a TAB WITH A DOT LEADER wherever a label and its value sit on one line
far apart (a table of contents, « Budget ........ 12 000 € », « Porteur ......... GACdG »):
a row of dots on the baseline. Tesseract reads that row badly, in one of three ways, and the
word filter (:func:`sources.ocr.hocr_words`: low confidence and not word-like, dropped)
then loses the label or the value with it:

* GLUED: the label, the dots and the value as ONE word, read unsure
  (« mobiliser…..…......…..15000 » at 8 %): cut into the label, a leader and the value,
  each judged by the filter on its own (:func:`split_glued`);
* WIDE: the label with a few dots, its box running on over the rest of the dots
  (« acteurs... » 0.6 pt of letters in a box of 19 pt): the label and a leader;
* LETTERS: the dots read as letters, words of their own (« rerenmenses », « tee », « nes, »)
  whose boxes are as low as a dot and sit on the line's baseline, where no letter, digit or
  mark but a period or comma sits (a dash, a hyphen, an underscore are left alone: other
  leaders or rules, not dots).

Each becomes ONE leader word of full stops spanning the dots' box, as a text PDF gives a
leader (:mod:`sources.action_plan.leader_lines` reads « label ..... value » the same way
from both). A leader is only taken AFTER a word of the same Tesseract line (a label it
follows, never an underline under words) and when it runs over at least
:data:`_MIN_RUN` font heights (a period or an ellipsis after a word stays what it is).
"""

from __future__ import annotations

import re
from collections.abc import Callable

Piece = tuple[str, list[float], float]  # text, bbox (px: x0, y0, x1, y1), confidence

LEADER_CONF = 50.0  # a leader is recognised by its geometry, not by Tesseract's letters
_RUN_RE = re.compile(r"[.·…]{2,}")
_MIN_DOTS = 4  # « … » counting three, as the text PDF reader counts a leader
_CHAR_WIDTH = 0.5  # font heights: a letter's mean advance, to place a glued word's parts
_THIN = 0.35  # font heights: a piece no taller than this is a row of dots (letters ≥ 0.5)
_ON_BASELINE = 0.3  # font heights: its bottom this close to the line's baseline
_MIN_RUN = 1.5  # font heights: a leader runs at least this far (a period, « … »: less)
_RUN_GAP = 1.5  # font heights: pieces of one leader (dots read as a few short words)
_WIDE_ROOM = 3.0  # font heights of box left over a word's letters: its leader's dots
_BRIDGE_CHARS = 3  # a word this short between two leaders: dots misread
_BRIDGE_CONF = 60.0  # read under this
_NOT_DOTS = frozenset("-‐–—_=~|")


def _dots(run: str) -> int:
    return len(run) + 2 * run.count("…")


def _leader(x0: float, x1: float, y0: float, y1: float, x_size: float) -> Piece:
    n = max(_MIN_DOTS, round((x1 - x0) / (0.25 * x_size)))
    return ("." * n, [x0, y0, x1, y1], LEADER_CONF)


def split_glued(piece: Piece, x_size: float) -> list[Piece] | None:
    """A word holding a leader (« label…….value », « label...... »): its parts in order,
    boxes shared out by a mean letter advance (the leader takes the rest); None else. A
    word whose run of dots is short but whose box runs :data:`_WIDE_ROOM` font heights past
    its letters is the WIDE case: the letters and a leader over the rest of the box."""
    text, (x0, y0, x1, y1), conf = piece
    match = max(_RUN_RE.finditer(text), key=lambda m: _dots(m.group()), default=None)
    if match is None:
        return None
    pre, post = text[: match.start()], text[match.end() :]
    if not any(c.isalnum() for c in pre + post):
        return None
    width = x1 - x0
    letters = _CHAR_WIDTH * x_size * (len(pre) + len(post))
    if _dots(match.group()) < _MIN_DOTS:
        if post or width - letters < _WIDE_ROOM * x_size:
            return None  # « etc... », « 1..2 »: a word's own dots
    char = min(_CHAR_WIDTH * x_size, width / (len(pre) + len(post) + 2))
    gap = 0.1 * x_size
    out: list[Piece] = []
    lead_x0, lead_x1 = x0, x1
    if pre:
        lead_x0 = x0 + char * len(pre)
        out.append((pre, [x0, y0, lead_x0, y1], conf))
        lead_x0 += gap
    if post:
        lead_x1 = x1 - char * len(post)
    out.append(_leader(lead_x0, lead_x1 - (gap if post else 0.0), y1 - 0.2 * x_size, y1, x_size))
    if post:
        out.append((post, [lead_x1, y0, x1, y1], conf))
    return out


def _thin_on_baseline(piece: Piece, x_size: float, baseline: Callable[[float], float]) -> bool:
    text, (x0, y0, x1, y1), _ = piece
    if not text or all(c in _NOT_DOTS for c in text):
        return False
    return y1 - y0 <= _THIN * x_size and abs(y1 - baseline((x0 + x1) / 2)) <= _ON_BASELINE * x_size


def leader_pieces(
    pieces: list[Piece], x_size: float, baseline: Callable[[float], float]
) -> list[Piece]:
    """The words of one Tesseract line (left to right) with their dot leaders recognised
    (see the module docstring); ``baseline(x)``: the line's baseline at ``x`` (px)."""
    out: list[Piece] = []
    for piece in pieces:
        split = split_glued(piece, x_size)
        out.extend(split if split is not None else [piece])
    merged: list[Piece] = []
    run: list[Piece] = []

    def close() -> None:
        if not run:
            return
        x0, x1 = run[0][1][0], max(p[1][2] for p in run)
        before = [p for p in merged if p[1][2] <= x0 + 0.2 * x_size]
        if before and x1 - x0 >= _MIN_RUN * x_size:
            y0, y1 = min(p[1][1] for p in run), max(p[1][3] for p in run)
            merged.append(_leader(x0, x1, y0, y1, x_size))
        else:
            merged.extend(run)
        run.clear()

    for piece in out:
        if merged and (_is_leader(piece) or _thin_on_baseline(piece, x_size, baseline)):
            if run and piece[1][0] - max(p[1][2] for p in run) > _RUN_GAP * x_size:
                close()
            run.append(piece)
            continue
        close()
        merged.append(piece)
    close()
    return _clipped(_bridged(merged, x_size), x_size)


def _clipped(pieces: list[Piece], x_size: float) -> list[Piece]:
    """Each leader ended where the next word starts: a box Tesseract stretched over the
    dots may run on over the value (« envisagés... » to the end of « Chambre »), and a
    leader holds no letters. A leader left shorter than :data:`_MIN_RUN` stays a leader
    (its dots were seen), one left with no room is dropped."""
    out: list[Piece] = []
    for i, piece in enumerate(pieces):
        nxt = pieces[i + 1] if i + 1 < len(pieces) else None
        if _is_leader(piece) and nxt is not None and nxt[1][0] < piece[1][2]:
            x0, y0, _, y1 = piece[1]
            x1 = nxt[1][0] - 0.1 * x_size
            if x1 - x0 < 0.25 * x_size:
                continue
            piece = _leader(x0, x1, y0, y1, x_size)
        out.append(piece)
    return out


def _is_leader(piece: Piece) -> bool:
    return piece[2] == LEADER_CONF and set(piece[0]) == {"."}


def _bridged(pieces: list[Piece], x_size: float) -> list[Piece]:
    """Two leaders with a short unsure word between them (« ..... 1) ..... », a few dots
    read as a mark taller than dots) made one: a leader runs unbroken from its label to its
    value, nothing is printed inside it."""
    out: list[Piece] = []
    i = 0
    while i < len(pieces):
        piece = pieces[i]
        if (
            out
            and _is_leader(out[-1])
            and i + 1 < len(pieces)
            and _is_leader(pieces[i + 1])
            and len(piece[0]) <= _BRIDGE_CHARS
            and piece[2] < _BRIDGE_CONF
            and piece[1][0] - out[-1][1][2] <= _RUN_GAP * x_size
            and pieces[i + 1][1][0] - piece[1][2] <= _RUN_GAP * x_size
        ):
            left, right = out.pop(), pieces[i + 1]
            y0, y1 = min(left[1][1], right[1][1]), max(left[1][3], right[1][3])
            out.append(_leader(left[1][0], right[1][2], y0, y1, x_size))
            i += 2
            continue
        out.append(piece)
        i += 1
    return out
