"""A projects site's page whose every steps table is followed by A GANTT OF CSS BOXES
(two-hundred-and-fiftieth held-out set, ``plan_html_calendrier``): the page is
``plan_html_devanture``'s base page (:func:`tests.generators.site_body.etapes_page` on
``ETAPES_PAGE_CSS``, no inline labels, fiches in seed order), and after each
``table.etapes`` :func:`gantt` adds a ``div.gantt`` (no table): a scale row of the years
:data:`YEARS` (text), then one row a step, the step's name in a label box and, in a
five-year track, a bar from the planning value's first year to its last (« et + » to the
last year) holding the planning value verbatim (:func:`span`).

Only the layout comes from here: every value is the seed's (the Gantt repeats step names and
planning values; the steps tables keep every value in place).
"""

from __future__ import annotations

import re

from tests.generators.plan_html import _h
from tests.generators.seed001 import load_seed
from tests.generators.site_body import ETAPES_PAGE_CSS, br_paragraphs, etapes_page

YEARS = (2019, 2020, 2021, 2022, 2023)
GANTT_CSS = """
div.gantt { margin: 6px 0 14px 0; break-inside: avoid; font-size: 7.5pt; }
div.gantt .row { display: flex; align-items: stretch; margin: 2px 0; }
div.gantt .label { width: 30%; padding: 2px 6px 2px 0; box-sizing: border-box; }
div.gantt .track { width: 70%; display: grid; grid-template-columns: repeat(5, 1fr);
  background: repeating-linear-gradient(to right, #F2F2F2 0, #F2F2F2 calc(20% - 1px),
  #DDDDDD calc(20% - 1px), #DDDDDD 20%); }
div.gantt .scale .track { background: none; }
div.gantt .year { text-align: center; font-weight: bold; color: #555555; }
div.gantt .bar { background: #2E75B6; color: #FFFFFF; font-weight: bold; text-align: center;
  border-radius: 3px; padding: 2px 4px; margin: 2px 0; }
"""


def span(value: str) -> tuple[int, int]:
    """The first and last year a planning value covers (« et + »: to the last year)."""
    years = [int(y) for y in re.findall(r"20\d\d", value)]
    if not years:
        raise ValueError(f"no year in {value!r}")
    last = YEARS[-1] if "et +" in value else max(years)
    return min(years), last


def gantt(rows: list[list[str]]) -> str:
    """The ``div.gantt`` of a steps table's rows (name, descriptif, planning, …)."""
    out = ["<div class='gantt'>", "<div class='row scale'><div class='label'></div>"]
    out.append(
        "<div class='track'>"
        + "".join(f"<div class='year'>{y}</div>" for y in YEARS)
        + "</div></div>"
    )
    for row in rows:
        first, last = span(row[2])
        start, end = YEARS.index(first) + 1, YEARS.index(last) + 2
        out.append(
            f"<div class='row'><div class='label'>{_h(row[0])}</div><div class='track'>"
            f"<div class='bar' style='grid-column: {start} / {end}'>{_h(row[2])}</div>"
            "</div></div>"
        )
    out.append("</div>")
    return "\n".join(out)


def plan_html_calendrier() -> str:
    """The seed as the site's page, a Gantt of CSS boxes under every steps table."""
    html = etapes_page(ETAPES_PAGE_CSS, br_paragraphs, lambda column: False)
    impls = [block.rows for block in load_seed() if block.kind == "impl"]
    parts = html.split("<table class='etapes'>")
    if len(parts) != len(impls) + 1:
        raise ValueError(f"{len(parts) - 1} steps tables, {len(impls)} expected")
    out = [parts[0]]
    for rows, part in zip(impls, parts[1:], strict=True):
        at = part.index("</table>") + len("</table>")
        out.append("<table class='etapes'>" + part[:at] + "\n" + gantt(rows) + part[at:])
    html = "".join(out)
    return html.replace("</style>", GANTT_CSS + "</style>", 1)


__all__ = ["YEARS", "gantt", "plan_html_calendrier", "span"]
