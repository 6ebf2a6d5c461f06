"""A pad co-written in ETHERPAD (a Framapad, tables by the ``ep_tables`` plugin) printed with
the AUTHORSHIP COLOURS on (hundred-and-ninety-fourth held-out set, ``plan_html_marqueterie``):
the text of every field value and of every steps cell cut into authors' runs, every
:data:`CUTS` characters in turn WHEREVER THE CUT FALLS (inside words too), each run a
``<span class="aN">`` of one of the four authors of :data:`AUTHORS` (a pastel background) or
of none, so on paper the values' fills change colour inside words (:func:`authored`).

The seed flows as ``plan_html_inlabel``'s page does (:func:`tests.generators.site_body.
etapes_page` on ``ETAPES_PAGE_CSS``: fields a ``table.kv``, steps a ``table.etapes``);
headings, rules, sizes and flow unchanged, no text added. Only the layout comes from here:
every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_html import _h
from tests.generators.seed001 import _paragraphs
from tests.generators.site_body import ETAPES_PAGE_CSS, etapes_page

AUTHORS = ("#FFD8A8", "#C3F0CA", "#CFE2FF", "#F9C9DE")  # the pad's four authors' colours
CUTS = (37, 23, 51, 29)  # the runs' lengths in characters, in turn
MARQUETERIE = "".join(
    f"span.a{n} {{ background-color: {colour}; }}\n" for n, colour in enumerate(AUTHORS)
)

CSS = ETAPES_PAGE_CSS + MARQUETERIE


def authored(value: str) -> str:
    """A value's paragraphs (``<br>`` between them), their characters cut in runs of
    :data:`CUTS` characters in turn, each run escaped in the span of an author (or none:
    the fifth turn), the author turning with the run from the value's length."""
    paragraphs = _paragraphs(value)
    start = len(value) % (len(AUTHORS) + 1)  # where the value's turn of authors starts
    run = 0
    lines = []
    for paragraph in paragraphs:
        pieces, at = [], 0
        while at < len(paragraph):
            size = CUTS[run % len(CUTS)]
            chunk = paragraph[at : at + size]
            author = (start + run) % (len(AUTHORS) + 1)
            if author < len(AUTHORS):
                pieces.append(f'<span class="a{author}">{_h(chunk)}</span>')
            else:
                pieces.append(_h(chunk))  # « texte sans auteur »
            at += size
            run += 1
        lines.append("".join(pieces))
    return "<br>".join(lines)


def plan_html_marqueterie() -> str:
    """The seed as the pad's printed page, its values in the authors' colours."""
    return etapes_page(CSS, authored, lambda column: True)
