"""The edit form PRINTED AFTER A REFUSED « ENREGISTRER » (two-hundred-and-twenty-ninth
held-out set, ``plan_html_alerte``): ``plan_html_editform``'s page
(:mod:`tests.generators.editform_page`) whose ``<form>`` carries Bootstrap 5's
``was-validated`` class, every field's ``<textarea>`` ``required`` and followed by a
``div.invalid-feedback`` « :data:`MESSAGE` », and whose stylesheet adds Bootstrap 5.3's
validation rules for the fields' boxes (:data:`VALIDATION_CSS`): a filled field green with a
tick icon, an empty one — every « Prise en compte de l'EES » of the seed — red with a « ! »
icon and the message under it. The steps grid is ``plan_html_editform``'s, unvalidated.

Only the layout comes from here: every value is the seed's (the message is the application's,
under a field the seed leaves empty).
"""

from __future__ import annotations

from tests.generators.editform_page import _CSS, TITLE, _planning_options, _steps, _value
from tests.generators.plan_html import _h
from tests.generators.seed001 import Block
from tests.generators.site_body import page_head, site_body

MESSAGE = "Ce champ est obligatoire."  # the application's, not in the seed
VALID = "#198754"
INVALID = "#DC3545"

_TICK = (
    "data:image/svg+xml,%3csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 8 8'%3e"
    "%3cpath fill='%23198754' d='M2.3 6.73.6 4.53c-.4-1.04.46-1.4 1.1-.8l1.1 1.4 3.4-3.8c.6-.63"
    " 1.6-.27 1.2.7l-4 4.6c-.43.5-.8.4-1.1.1z'/%3e%3c/svg%3e"
)
_ALERT = (
    "data:image/svg+xml,%3csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 12 12'"
    " width='12' height='12' fill='none' stroke='%23dc3545'%3e%3ccircle cx='6' cy='6'"
    " r='4.5'/%3e%3cpath stroke-linejoin='round' d='M5.8 3.6h.4L6 6.5z'/%3e%3ccircle cx='6'"
    " cy='8.2' r='.6' fill='%23dc3545' stroke='none'/%3e%3c/svg%3e"
)

VALIDATION_CSS = f"""
.was-validated .champ textarea:valid, .was-validated .champ textarea:invalid {{
  padding-right: calc(1.5em + 12px); background-repeat: no-repeat;
  background-position: top calc(.375em + 3px) right calc(.375em + 3px);
  background-size: calc(.75em + 6px) calc(.75em + 6px); }}
.was-validated .champ textarea:valid {{ border-color: {VALID};
  background-image: url("{_TICK}"); }}
.was-validated .champ textarea:invalid {{ border-color: {INVALID};
  background-image: url("{_ALERT}"); }}
.invalid-feedback {{ display: none; width: 100%; margin-top: 2px; font-size: .875em;
  color: {INVALID}; }}
.was-validated .champ textarea:invalid ~ .invalid-feedback {{ display: block; }}
"""


def _fields(block: Block) -> list[str]:
    """Each field a ``div.champ``: its label, its required textarea, the hidden message."""
    return [
        f'<div class="champ"><label>{_h(label)}</label>'
        f"<textarea required>{_h(_value(value))}</textarea>"
        f'<div class="invalid-feedback">{_h(MESSAGE)}</div></div>'
        for label, value in block.fields
    ]


def plan_html_alerte() -> str:
    """The edit view after a refused save: the application's bar, then the seed as a
    validated form."""
    out = [
        *page_head(TITLE, _CSS + VALIDATION_CSS),
        '<header class="app"><span class="nom">Suivi PCAET</span>'
        '<span class="fil">Programme d\'actions › Modifier</span></header>',
        "<main>",
        '<form class="was-validated" novalidate>',
    ]
    out += site_body("h2", "h3", _fields, _steps(_planning_options()))
    out += ["</form>", "</main>", "</body>", "</html>"]
    return "\n".join(out)


__all__ = ["MESSAGE", "VALIDATION_CSS", "plan_html_alerte"]
