"""An intercommunal site whose SELF-HOSTED WEB FONT WAS CUT TO PRINTABLE ASCII (hundred-and-
third held-out set, ``plan_html_accents``), as a « font optimisation » plugin subsets the
font files: the family « Site Sans » (two ``@font-face`` rules, regular and bold, from the
installed Liberation Sans Narrow standing for the site's files) covers only
:data:`UNICODE_RANGE`, so every accented letter, « œ » and the guillemets print in the
fallback « Arial » (Liberation Sans) in the middle of their words.

The seed flows as ``plan_html_inlabel``'s page (``table.kv`` fields, ``table.etapes``
steps). Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, _kv_fields
from tests.generators.site_body import ETAPES_PAGE_CSS, etapes_table

UNICODE_RANGE = "U+0020-007E"

_CSS = (
    ETAPES_PAGE_CSS
    + f"""\
@font-face {{ font-family: "Site Sans"; src: local("Liberation Sans Narrow");
  font-weight: 400; unicode-range: {UNICODE_RANGE}; }}
@font-face {{ font-family: "Site Sans"; src: local("Liberation Sans Narrow Bold");
  font-weight: 700; unicode-range: {UNICODE_RANGE}; }}
body {{ font-family: "Site Sans", Arial, sans-serif; }}
"""
)


def plan_html_accents() -> str:
    """The seed as a site page whose web font lacks every non-ASCII character."""
    return _flowing_page(_CSS, _kv_fields, etapes_table)
