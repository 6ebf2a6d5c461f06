"""An intercommunality's page whose « modern » theme prints its TITLES AND ITS TABLES' COLUMN
LABELS AS GRADIENT TEXT (hundred-and-twenty-fourth held-out set, ``plan_html_degrade``):
every ``<h1>``, ``<h2>``, ``<h3>`` and every steps ``<th>`` has a left-to-right
``linear-gradient`` background clipped to its text (``background-clip: text``) and a
transparent text fill, so the letters show the gradient; the ``<th>`` lose the #E8EEF4
header fill (the clipped gradient is their background).

The seed flows as ``plan_html_inlabel``'s page (the fields a ``table.kv``, the steps
``table.etapes``). Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, _kv_fields
from tests.generators.site_body import ETAPES_PAGE_CSS, etapes_table

# (selector, gradient's first colour, its last colour)
GRADIENTS = (
    ("h1", "#0B6E4F", "#2E86C1"),
    ("h2, h3", "#1F4E79", "#16A085"),
    ("table.etapes th", "#C0392B", "#8E44AD"),
)


def _gradient_css() -> str:
    """The theme's rules: each selector's background a gradient clipped to its text."""
    return "".join(
        f"{selector} {{ background: linear-gradient(90deg, {first}, {last});"
        " -webkit-background-clip: text; background-clip: text;"
        " -webkit-text-fill-color: transparent; }\n"
        for selector, first, last in GRADIENTS
    )


_CSS = ETAPES_PAGE_CSS + _gradient_css()


def plan_html_degrade() -> str:
    """The seed as a website's page, titles and steps column labels in gradient text."""
    return _flowing_page(_CSS, _kv_fields, lambda block: etapes_table(block))
