"""A collectivité's page published as open data with its contacts ANONYMISED BY BLACK BOXES,
THE TEXT REMOVED (two-hundred-and-forty-fifth held-out set, ``plan_html_ecluse``): the page
(:func:`plan_html_ecluse`) is ``plan_html_inlabel``'s page on ``ETAPES_PAGE_CSS`` (the fields
a ``table.kv``, each steps table a ``table.etapes``), but after each fiche's fields table an
ADDED contact line ``<p class="contact">`` (:data:`CONTACT_CSS`) whose name, phone and e-mail
an anonymisation tool replaced by EMPTY ``<span class="caviar">`` s (inline-block, #000,
:data:`WIDTHS` em wide): black boxes, no character beneath.

Only the layout comes from here: every value is the seed's (the contact line is no seed
text and masks none).
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, _kv_fields
from tests.generators.seed001 import Block
from tests.generators.site_body import ETAPES_PAGE_CSS, etapes_table

WIDTHS = (8.0, 6.5, 11.0)  # em: the name's, the phone's, the e-mail's box
CONTACT_CSS = """
p.contact { margin: 3pt 0 8pt 0; font-size: 8.5pt; color: #595959; }
span.caviar { display: inline-block; background: #000; height: 1.05em;
  vertical-align: -0.2em; }
"""


def _box(width: float) -> str:
    return f"<span class='caviar' style='width: {width}em'></span>"


def contact_line() -> str:
    """The added contact line, its three personal data black boxes."""
    name, phone, mail = (_box(w) for w in WIDTHS)
    return (
        f"<p class='contact'>Contact : {name}, chargé(e) de mission · Tél. {phone} · "
        f"Courriel {mail}</p>"
    )


def fields_with_contact(block: Block) -> list[str]:
    """The fields ``table.kv``, then the masked contact line."""
    return [*_kv_fields(block), contact_line()]


def plan_html_ecluse() -> str:
    """The seed as the site's page, each fiche's added contact masked by black boxes."""
    return _flowing_page(ETAPES_PAGE_CSS + CONTACT_CSS, fields_with_contact, etapes_table)


__all__ = ["CONTACT_CSS", "WIDTHS", "contact_line", "fields_with_contact", "plan_html_ecluse"]
