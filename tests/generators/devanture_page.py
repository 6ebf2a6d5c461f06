"""A town's page whose CMS prints EVERY FICHE'S STEPS BEFORE ITS FIELDS
(two-hundred-and-twenty-sixth held-out set, ``plan_html_devanture``): the page
(:func:`plan_html_devanture`) is ``plan_html_inlabel``'s page without its labels
(:func:`tests.generators.site_body.etapes_page` on ``ETAPES_PAGE_CSS``: the fields a
``table.kv``, each steps table a ``table.etapes``), but each fiche put together in the order
of the fiche display's field weights (:func:`steps_first`): its ``<h3>`` heading lines, then
its « Modalités de mise en oeuvre » ``<h4>`` and steps table, then its fields table (and the
bold lines that follow the fields in the seed).

Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_html import _h
from tests.generators.seed001 import IMPL_TITLE
from tests.generators.site_body import ETAPES_PAGE_CSS, br_paragraphs, etapes_page

IMPL_HEADING = f"<h4>{_h(IMPL_TITLE)}</h4>"


def steps_first(html: str) -> str:
    """``html`` with, in each fiche — from the first of its ``<h3>`` heading lines to the
    next fiche's, the next ``<h1>`` / ``<h2>`` or the body's end —, the lines from its
    « Modalités de mise en oeuvre » ``<h4>`` to the fiche's end moved right after its
    heading lines."""
    lines = html.split("\n")
    out: list[str] = []
    fiche: list[str] = []
    moved = 0

    def close() -> None:
        nonlocal moved
        if not fiche:
            return
        heads = 0
        while heads < len(fiche) and fiche[heads].startswith("<h3>"):
            heads += 1
        at = fiche.index(IMPL_HEADING)
        out.extend(fiche[:heads] + fiche[at:] + fiche[heads:at])
        fiche.clear()
        moved += 1

    previous = ""
    for line in lines:
        if line.startswith("<h3>") and not previous.startswith("<h3>"):
            close()
            fiche.append(line)
        elif fiche and line.startswith(("<h1>", "<h2>", "</body>")):
            close()
            out.append(line)
        elif fiche:
            fiche.append(line)
        else:
            out.append(line)
        previous = line
    close()
    if moved != 12:
        raise ValueError(f"{moved} fiches reordered, 12 expected")
    return "\n".join(out)


def plan_html_devanture() -> str:
    """The seed as the site's page, every fiche's steps printed before its fields."""
    return steps_first(etapes_page(ETAPES_PAGE_CSS, br_paragraphs, lambda column: False))


__all__ = ["IMPL_HEADING", "plan_html_devanture", "steps_first"]
