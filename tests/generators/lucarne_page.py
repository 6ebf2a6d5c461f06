"""Fields printed as a form library's « OUTLINED » TEXT FIELDS (two-hundred-and-twenty-fourth
held-out set, ``plan_html_lucarne``), Material Design's notched outline, which such libraries
build from a ``<fieldset>`` and its ``<legend>``: no ``table.kv``; each field, in seed order,
a ``<fieldset class="champ">`` the column's full width (1 px #8C959F frame, 4 px rounded
corners) holding the value's paragraphs, ITS LABEL THE ``<legend>`` (7.5 pt #57606A), which
Chromium SETS IN A NOTCH OF THE FRAME'S TOP RULE, the rule broken under it; an empty value an
empty frame.

The seed flows as ``plan_html_inlabel``'s page does (:data:`tests.generators.site_body.
ETAPES_PAGE_CSS`, the steps a ``table.etapes``); the steps, headings and paragraphs
unchanged, no text added. Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, _h, _p_paragraphs
from tests.generators.seed001 import Block
from tests.generators.site_body import ETAPES_PAGE_CSS, etapes_table

_CSS = (
    ETAPES_PAGE_CSS
    + """\
fieldset.champ { border: 1px solid #8C959F; border-radius: 4px; margin: 8px 0 0;
  padding: 2px 10px 6px; min-width: 0; }
fieldset.champ legend { font-size: 7.5pt; color: #57606A; padding: 0 4px; }
fieldset.champ p { margin: 0 0 3px; }
fieldset.champ p:last-child { margin-bottom: 0; }
"""
)


def _fields(block: Block) -> list[str]:
    """The fields as outlined form fields: a fieldset a field, its label the legend."""
    return [
        f"<fieldset class='champ'><legend>{_h(label)}</legend>{_p_paragraphs(value)}</fieldset>"
        for label, value in block.fields
    ]


def plan_html_lucarne() -> str:
    """The seed as the theme's page, each field an outlined box, its label in the notch."""
    return _flowing_page(_CSS, _fields, etapes_table)
