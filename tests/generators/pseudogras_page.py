"""An intercommunality's page whose theme self-hosts its brand webfont but DECLARES ONE
``@font-face`` ONLY, THE REGULAR (hundred-and-twenty-fifth held-out set,
``plan_html_pseudogras``): the family « Marianne » of weight 400 (its file here Liberation
Sans Regular), the bold file never declared, so that Chromium SYNTHESIZES every bold of the
page — headings, bold lines, the fields' labels, the steps' header labels and step names —
from the regular face.

The seed flows as ``plan_html_qrcode``'s page without its codes (the fields a ``table.kv``,
the steps ``table.etapes``). Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, _kv_fields
from tests.generators.site_body import ETAPES_PAGE_CSS, etapes_table

FONT_FACE = """\
@font-face { font-family: 'Marianne'; src: local('Liberation Sans'); font-weight: 400;
  font-style: normal; }
"""

_CSS = FONT_FACE + ETAPES_PAGE_CSS + "body { font-family: 'Marianne', sans-serif; }\n"


def plan_html_pseudogras() -> str:
    """The seed as a website's page whose only webfont face is the regular one."""
    return _flowing_page(_CSS, _kv_fields, lambda block: etapes_table(block))
