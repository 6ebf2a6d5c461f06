"""A community's site page whose theme marks the steps' values with Google's « Material
Icons » — ``<span class="material-icons">event</span>``, the icon's NAME as the span's
text, made a pictogram by the font's ligatures — BUT WHOSE SELF-HOSTED ICON FONT DID NOT
LOAD (hundred-and-thirteenth held-out set, ``plan_html_ligature``), printed from the
browser: every icon prints as its name, an 18 px word in the browser's default serif,
glued before the value it marks.

The seed flows as ``plan_html_inlabel``'s page (the fields a ``table.kv``, no icon there);
each steps table a ``table.etapes`` (:data:`tests.generators.site_body.ETAPES_CSS`,
``<thead>`` repeated) whose non-empty cells of five columns open with an icon span:
« label » (Etape), « event » (Planification), « euro » (Ressources à mobiliser),
« person » (Porteur), « groups » (Partenaires envisagés); the description none. Only the
layout comes from here: every value is the seed's (the icon names are not).
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, _kv_fields
from tests.generators.seed001 import Block
from tests.generators.site_body import ETAPES_PAGE_CSS, br_paragraphs, etapes_table

# the theme's @font-face points at a file missing since an update: the font never loads
_CSS = (
    ETAPES_PAGE_CSS
    + """\
@font-face { font-family: 'Material Icons'; font-style: normal; font-weight: 400;
  src: url(fonts/material-icons/MaterialIcons-Regular.woff2) format('woff2'); }
.material-icons { font-family: 'Material Icons'; font-weight: normal; font-style: normal;
  font-size: 18px; line-height: 1; letter-spacing: normal; text-transform: none;
  display: inline-block; white-space: nowrap; word-wrap: normal; direction: ltr;
  -webkit-font-smoothing: antialiased; font-feature-settings: 'liga';
  vertical-align: middle; }
table.etapes .material-icons { margin-right: 4px; }
"""
)

# the icon before a non-empty value of each steps column (the description none)
ICONS = {0: "label", 2: "event", 3: "euro", 4: "person", 5: "groups"}


def _iconed(column: int, value: str) -> str:
    """A steps cell's content: the column's icon span (if any) before a non-empty value's
    paragraphs, no space between."""
    text = br_paragraphs(value)
    if not text or column not in ICONS:
        return text
    return f'<span class="material-icons" aria-hidden="true">{ICONS[column]}</span>{text}'


def _impl(block: Block) -> list[str]:
    return etapes_table(block, cell=lambda c, label, value: _iconed(c, value))


def plan_html_ligature() -> str:
    """The seed as a site page whose steps cells open with icon names printed as words."""
    return _flowing_page(_CSS, _kv_fields, _impl)
