"""A regional open-data portal's page whose GLOSSARY wraps the steps cells' acronyms in
``<abbr title>`` and whose PRINT STYLESHEET EXPANDS THEM (eighty-second held-out set,
``plan_html_acronymes``): ``@media print { abbr[title]::after { content: " (" attr(title)
")"; } }`` prints « GACdG (Grand Auch Cœur de Gascogne) », grey, in the cells.

The seed flows as ``plan_html_termine``'s page without struck rows, the fields a
``table.kv``, each steps table a ``table.etapes`` (thin full grid, ``<thead>`` repeated).
Only the layout comes from here: every value is the seed's (the expansions are not).
"""

from __future__ import annotations

import re

from tests.generators.plan_html import _flowing_page, _h, _kv_fields
from tests.generators.seed001 import Block, _paragraphs
from tests.generators.site_body import ETAPES_CSS, ETAPES_WIDTHS, flowing_css, steps_table

GLOSSARY = {
    "GACdG": "Grand Auch Cœur de Gascogne",
    "ETP": "équivalent temps plein",
    "CAUE": "Conseil d'architecture, d'urbanisme et de l'environnement",
    "ARB": "Agence régionale de la biodiversité",
    "AFB": "Agence française pour la biodiversité",
    "AUaT": "Agence d'urbanisme et d'aménagement Toulouse aire métropolitaine",
    "ABiC": "Atlas de la biodiversité intercommunale",
    "TVB": "Trame verte et bleue",
    "PLUiHD": "Plan local d'urbanisme intercommunal Habitat et Déplacements",
    "ADEME": "Agence de l'environnement et de la maîtrise de l'énergie",
}
_ACRONYM_RE = re.compile(r"\b(" + "|".join(GLOSSARY) + r")\b")

_CSS = (
    flowing_css("15mm", "#1E1E1E")
    + ETAPES_CSS
    + """\
abbr[title] { text-decoration: underline dotted #777777; }
@media print {
  abbr[title]::after { content: " (" attr(title) ")"; color: #555555; }
}
"""
)


def _glossed(value: str) -> str:
    """A seed value's paragraphs, escaped, ``<br>``-separated, each glossary acronym in an
    ``<abbr>`` titled with its expansion."""
    return "<br>".join(
        _ACRONYM_RE.sub(lambda m: f'<abbr title="{_h(GLOSSARY[m[1]])}">{m[1]}</abbr>', _h(p))
        for p in _paragraphs(value)
    )


def _impl(block: Block) -> list[str]:
    return steps_table(block, "etapes", ETAPES_WIDTHS, lambda c, label, value: _glossed(value))


def plan_html_acronymes() -> str:
    """The seed as a portal page whose steps cells' acronyms print with their expansion."""
    return _flowing_page(_CSS, _kv_fields, _impl)
