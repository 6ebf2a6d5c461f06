"""The plan's page on a municipal WordPress site REACHED FROM THE SITE'S SEARCH (sixty-fourth
held-out set, ``plan_html_surligne``): the search plugin wraps every case-insensitive,
accent-sensitive match of the query's terms — « économie », « circulaire », « déchet »,
« entreprise » — in a ``<mark>``, THE MATCHED LETTERS ONLY (« <mark>entreprise</mark>s »), and
the Bootstrap 4 theme pads it (``mark { padding: .2em; background-color: #fcf8e3; }``), so a
word highlighted in part prints with a small gap inside it.

The seed flows as ``plan_html_inlabel``'s page, the fields a ``table.kv``, each steps table a
``table.etapes`` (thin full grid, ``<thead>`` repeated). Only the layout comes from here:
every value is the seed's (the marks add no character).
"""

from __future__ import annotations

import re

from tests.generators.plan_html import _flowing_page, _kv_fields
from tests.generators.seed001 import Block
from tests.generators.site_body import ETAPES_CSS, br_paragraphs, flowing_css, steps_table

_CSS = (
    flowing_css("15mm", "#1E1E1E")
    + ETAPES_CSS
    + """\
mark { padding: .2em; background-color: #fcf8e3; }
"""
)

_WIDTHS = (16, 38, 11, 12, 11, 12)
QUERY = ("économie", "circulaire", "déchet", "entreprise")
_TERMS = re.compile("|".join(QUERY), re.IGNORECASE)
_TEXT = re.compile(r">([^<]+)<")


def _impl(block: Block) -> list[str]:
    return steps_table(block, "etapes", _WIDTHS, lambda c, label, value: br_paragraphs(value))


def highlight(body: str) -> str:
    """Every match of the query's terms in ``body``'s text nodes wrapped in a ``<mark>``."""

    def text_node(match: re.Match[str]) -> str:
        marked = _TERMS.sub(lambda m: f"<mark>{m.group(0)}</mark>", match.group(1))
        return f">{marked}<"

    return _TEXT.sub(text_node, body)


def plan_html_surligne() -> str:
    """The seed as a WordPress page whose search terms are highlighted, in part of words."""
    page = _flowing_page(_CSS, _kv_fields, _impl)
    head, sep, body = page.partition("<body>")
    return head + sep + highlight(body)
