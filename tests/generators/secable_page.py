"""A town's page whose CMS slips ZERO WIDTH SPACES into long words (two-hundred-and-tenth
held-out set, ``plan_html_secable``): a « coupure des mots longs » output filter on table
cells (:func:`breakable`) puts a U+200B after every eighth letter of every word of
:data:`LONG` letters or more in every value cell — the fields' values of each ``table.kv``
and every cell of each steps ``table.etapes`` —, so a long word in a narrow cell may break
there, with no hyphen; headings, paragraphs, field labels and steps header labels untouched.

Everything else flows as ``plan_html_inlabel``'s page (:func:`tests.generators.site_body.
etapes_page` on ``ETAPES_PAGE_CSS``). Only the layout comes from here: every value is the
seed's.
"""

from __future__ import annotations

import re

from tests.generators.site_body import ETAPES_PAGE_CSS, br_paragraphs, etapes_page

LONG = 13  # the filter's « long word », in letters
STEP = 8  # letters between two zero width spaces
ZWSP = "&#8203;"
_WORD = re.compile(rf"[^\W\d_]{{{LONG},}}")


def _cut(match: re.Match[str]) -> str:
    word = match.group(0)
    return ZWSP.join(word[i : i + STEP] for i in range(0, len(word), STEP))


def breakable(text: str) -> str:
    """A value's paragraphs as ``br_paragraphs`` writes them, a zero width space after every
    eighth letter of each long word (entities are too short to be touched)."""
    return _WORD.sub(_cut, br_paragraphs(text))


def plan_html_secable() -> str:
    """The seed as the site's page, zero width spaces in the long words of its value cells."""
    return etapes_page(ETAPES_PAGE_CSS, breakable, lambda column: True)
