"""A town's page whose author showed the plan's OUTLINE BY INDENTS (two-hundred-and-twenty-
second held-out set, ``plan_html_terrasses``): ``plan_html_inlabel``'s page
(:func:`tests.generators.site_body.etapes_page` on ``ETAPES_PAGE_CSS``) as a CMS editor leaves
it after « Augmenter le retrait » pressed once a level (CKEditor's indent block,
``style="margin-left:40px"`` a press, :data:`STEP`, on paragraphs and headings only): an axis
``<h1>`` and its paragraphs flush left, each ``<h2>`` and the paragraphs after it one step
in, each fiche's ``<h3>`` heading lines two steps, its ``<h4>`` « Modalités de mise en
oeuvre » three steps (:data:`LEVELS`), a paragraph as the heading before it. The fields and
steps tables, which the editor's indent does not move, stay flush left at their full width,
jutting out left of their headings (amended once: tables first indented inside a ``<div>``
of that style pushed a long partner's word past the page's content box, where Chromium
dropped its last glyphs).

No text added. Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

import re

from tests.generators.site_body import ETAPES_PAGE_CSS, br_paragraphs, etapes_page

STEP = 40  # px, one « Augmenter le retrait »
LEVELS = {"h1": 0, "h2": 1, "h3": 2, "h4": 3}  # presses per heading (and its paragraphs)
_OPEN = re.compile(r"<(h[1-4]|p)>")


def indented(html: str) -> str:
    """``html``'s headings indented by :data:`LEVELS`, each paragraph as the heading before
    it; tables untouched."""
    out: list[str] = []
    level = 0
    for line in html.split("\n"):
        block = _OPEN.match(line)
        if block:
            tag = block.group(1)
            if tag != "p":
                level = LEVELS[tag]
            if level:
                line = line.replace(f"<{tag}>", f'<{tag} style="margin-left:{level * STEP}px">', 1)
        out.append(line)
    return "\n".join(out)


def plan_html_terrasses() -> str:
    """The seed as the site's page, its outline shown by indents."""
    return indented(etapes_page(ETAPES_PAGE_CSS, br_paragraphs, lambda column: True))


__all__ = ["LEVELS", "STEP", "indented", "plan_html_terrasses"]
