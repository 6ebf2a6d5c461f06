"""A site whose long field texts are « Lire la suite » blocks, printed UNFOLDED BUT KEEPING
THEIR FADE MASK (hundred-and-ninety-seventh held-out set, ``plan_html_nimbe``): every
non-empty field value a ``<div class="replie">`` (:func:`folded`) carrying :data:`FADE`, a
``mask-image`` linear gradient that leaves the value's lines above its last 2.4 em as they
were and fades its last two lines or so down to a quarter of their ink (a one-line value
faded over its whole height).

The seed flows as ``plan_html_inlabel``'s page does (:func:`tests.generators.site_body.
etapes_page` on ``ETAPES_PAGE_CSS``: fields a ``table.kv``, steps a ``table.etapes``);
steps tables, headings, rules, sizes and flow unchanged, no text added. Only the layout
comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.site_body import ETAPES_PAGE_CSS, br_paragraphs, etapes_page

FADE = "linear-gradient(to bottom, #000 0, #000 calc(100% - 2.4em), rgba(0, 0, 0, 0.25) 100%)"
NIMBE = f"div.replie {{ -webkit-mask-image: {FADE}; mask-image: {FADE}; }}\n"

CSS = ETAPES_PAGE_CSS + NIMBE


def folded(value: str) -> str:
    """A value's paragraphs (``<br>`` between them) in a « Lire la suite » block, or
    nothing for an empty value."""
    text = br_paragraphs(value)
    return f'<div class="replie">{text}</div>' if text else text


def plan_html_nimbe() -> str:
    """The seed as the site's printed page, its field values fading out at their foot."""
    return etapes_page(CSS, folded, lambda column: False)
