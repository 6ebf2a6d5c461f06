"""Lines of text whose blanks are all no-break spaces: their line ends cut a word.

Text pasted from a web page often carries NO-BREAK SPACES (U+00A0, HTML's ``&nbsp;``) for
every blank. A layout engine never ends a line at one (Unicode line breaking, class GL), so
a paragraph set so in a box narrower than itself is wrapped the only way left: Impress cuts
the word that crosses the box's right edge wherever it reaches it, with no hyphen (« pro »
/ « gression », « ce » / « tte démarche », « l » / « a CCPAL »). Only when a no-break space
happens to fall right at the edge does the line end between two words (« (sobriété » /
« énergétique »). The blanks are still in the text layer, as U+00A0 glyphs
(:func:`sources.pdf.blank_glyphs.mark_spaced` marks the words after them ``nobreak``).

So where a line set with no-break spaces only wraps between two letters, the two pieces are
one word, unless both are words and their join is none (the break fell on a blank): glued
when the joined letters are a word of the list (:func:`sources.pdf.cells.french_words`), or
when neither piece is one (« con » / « ciliant »: a word the list lacks).
"""

from __future__ import annotations

import re

from sources.pdf.cells import french_words, join_page_cut

_LETTERS_END_RE = re.compile(r"[^\W\d_]+$")
_LETTERS_START_RE = re.compile(r"^[^\W\d_]+")


def join_unbreakable(top: str, rest: str) -> str:
    """``top`` (a line whose blanks are no-break spaces, or the lines before it) and ``rest``
    (the next line of the paragraph) as one text: the word the line's end cut glued again
    (module docstring); else as :func:`sources.pdf.cells.join_page_cut` joins them."""
    first = _LETTERS_END_RE.search(top)
    head = _LETTERS_START_RE.match(rest)
    if first is not None and head is not None:
        piece, fragment = first.group(0), head.group(0)
        words = french_words()
        joined = (piece + fragment).casefold()
        known = words.get(joined, 0) >= 1
        neither = words.get(piece.casefold(), 0) == 0 and words.get(fragment.casefold(), 0) == 0
        if known or (neither and fragment.islower()):
            return top + rest
    return join_page_cut(top, rest)
