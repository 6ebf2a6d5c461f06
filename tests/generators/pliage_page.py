"""A site whose values were typed in a back office's hard-wrapping textarea
(two-hundred-and-fifteenth held-out set, ``plan_html_pliage``): a ``<textarea cols="48"
wrap="hard">`` stores every paragraph of every field and step value with a line break in
place of the last space that fits in :data:`COLS` characters (a longer word left whole), and
the page prints a ``<br>`` at each stored break (:func:`hard_wrapped`): lines end where the
textarea ended them, short of the wide fields cells' right edges, and the narrow steps cells
wrap each stored line again, leaving short ragged lines between.

The seed flows as ``plan_html_inlabel``'s page does (:func:`tests.generators.site_body.
etapes_page` on ``ETAPES_PAGE_CSS``: fields a ``table.kv``, steps a ``table.etapes``);
headings and labels as before, rules, fills and flow otherwise unchanged, no text added.
Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

import textwrap

from tests.generators.plan_html import _h
from tests.generators.seed001 import _paragraphs
from tests.generators.site_body import ETAPES_PAGE_CSS, etapes_page

COLS = 48


def hard_wrapped(value: str) -> str:
    """A seed value's paragraphs, escaped, one a line, each cut into lines of at most
    :data:`COLS` characters at spaces as ``wrap="hard"`` stores them (``<br>`` between all)."""
    lines: list[str] = []
    for paragraph in _paragraphs(value):
        cut = textwrap.wrap(paragraph, COLS, break_long_words=False, break_on_hyphens=False)
        lines += cut or [paragraph]
    return "<br>".join(_h(line) for line in lines)


def plan_html_pliage() -> str:
    """The seed as the site's printed page, every value hard-wrapped at :data:`COLS`."""
    return etapes_page(ETAPES_PAGE_CSS, hard_wrapped, lambda column: True)
