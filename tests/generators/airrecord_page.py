"""The plan's page whose steps are printed from an AIRTABLE-LIKE BASE's « EXPANDED RECORD »
view (fifty-ninth held-out set, ``plan_html_airrecord``): no steps table, each step a bordered
record block whose TITLE is the step name (the base's primary field), then ONE FIELD PER SEED
COLUMN IN SEED ORDER, « Etape » included — so the step name is printed twice —, each a grey
SMALL-CAPS label (``font-variant: small-caps``) over its value, one field under the other; an
empty value keeps its label over an empty line.

The seed flows as ``plan_html_inlabel``'s page, the fields a ``table.kv``. Only the layout
comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, _h, _kv_fields
from tests.generators.seed001 import Block, _paragraphs
from tests.generators.site_body import flowing_css

_CSS = (
    flowing_css("12mm", "#333333")
    + """\
div.record { width: 100%; box-sizing: border-box; border: 1px solid #DDDDDD;
  border-radius: 6px; padding: 8px 12px; margin: 0 0 8px; }
div.record div.titre { font-size: 11.5pt; font-weight: bold; color: #222222;
  border-bottom: 1px solid #EEEEEE; padding-bottom: 4px; }
div.record div.label { font-variant: small-caps; font-size: 7.5pt; color: #757575;
  letter-spacing: 0.04em; margin-top: 6px; }
div.record div.value { font-size: 9pt; text-align: left; min-height: 10px; }
div.record div.value p { margin: 0; }
"""
)


def _impl(block: Block) -> list[str]:
    out = []
    for row in block.rows:
        name = row[0] if row else ""
        title = "<br>".join(_h(part) for part in _paragraphs(name))
        out.append(f"<div class='record'><div class='titre'>{title}</div>")
        for c, label in enumerate(block.header):
            value = row[c] if c < len(row) else ""
            body = "".join(f"<p>{_h(part)}</p>" for part in _paragraphs(value))
            out.append(
                f"<div class='field'><div class='label'>{_h(label)}</div>"
                f"<div class='value'>{body}</div></div>"
            )
        out.append("</div>")
    return out


def plan_html_airrecord() -> str:
    """The seed as a page whose steps print as a base's expanded records."""
    return _flowing_page(_CSS, _kv_fields, _impl)
