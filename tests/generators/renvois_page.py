"""A département's web page reproducing its paper « fiche action » form, whose steps tables
NUMBER THEIR COLUMNS FOR A NOTICE (seventy-first held-out set, ``plan_html_renvois``): each
steps ``table.etapes`` has a two-row ``<thead>`` — the seed labels, then a row of column
references « (1) » … « (6) » (italic grey, centred; not in the seed) — and, right under the
table, a notice paragraph « Renvois : (1) … (6) … » (7.5 pt grey; not in the seed).

The seed flows as ``plan_html_inlabel``'s page, the fields a ``table.kv``. Only the layout
comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, _kv_fields
from tests.generators.seed001 import Block
from tests.generators.site_body import ETAPES_CSS, br_paragraphs, flowing_css, steps_table

_CSS = (
    flowing_css("15mm", "#1E1E1E")
    + ETAPES_CSS
    + """\
table.etapes th.renvoi { font-weight: normal; font-style: italic; font-size: 7.5pt;
  color: #5A5A5A; background: #F4F6F8; text-align: center; }
table.etapes { margin-bottom: 2px; }
p.renvois { font-size: 7.5pt; color: #5A5A5A; margin: 0 0 10px; }
"""
)

_WIDTHS = (16, 38, 11, 12, 11, 12)

NOTICE = (
    "Renvois : (1) Intitulé de l'étape. (2) Contenu de l'étape et modalités. (3) Année ou "
    "période de réalisation. (4) Moyens humains (ETP) et financiers (€ HT). (5) Structure "
    "pilote de l'étape. (6) Structures associées."
)


def _impl(block: Block) -> list[str]:
    refs = "".join(f"<th class='renvoi'>({n})</th>" for n in range(1, len(block.header) + 1))
    table = steps_table(
        block,
        "etapes",
        _WIDTHS,
        lambda c, label, value: br_paragraphs(value),
        head_rows=f"<tr>{refs}</tr>",
    )
    return [*table, f"<p class='renvois'>{NOTICE}</p>"]


def plan_html_renvois() -> str:
    """The seed as a page whose steps tables number their columns for a notice under them."""
    return _flowing_page(_CSS, _kv_fields, _impl)
