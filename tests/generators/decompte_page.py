"""The plan's page on a department's intranet BUILT ON SHAREPOINT (Office 365, classic
experience) whose steps are CLASSIC LIST VIEW WEB PARTS GROUPED BY « Planification »
(eighty-fifth held-out set, ``plan_html_decompte``): each steps table a
``table.ms-listviewtable`` without grid, its header labels SORTABLE COLUMN LINKS (blue,
normal weight), and before each run of consecutive steps with the same planning (seed order
kept) A GROUP ROW « ⊟ Planification : <value> (n) »; alternate rows of the list on #F4F4F4,
the step names blue links. The Office 365 suite bar, the site's title and a breadcrumb are
printed once at the top of the first page.

The seed flows as ``plan_html_splist``'s page, the fields a ``table.kv``. Only the layout
comes from here: every value is the seed's (the group rows, their counts and the site's
furniture are not).
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, _h, _kv_fields
from tests.generators.seed001 import Block
from tests.generators.site_body import br_paragraphs, flowing_css

WIDTHS = (16, 38, 11, 12, 11, 12)  # %
GROUP_BY = 2  # the « Planification » column

_CSS = (
    flowing_css("12mm", "#333333").replace(
        "'Liberation Sans', Arial, sans-serif",
        '"Segoe UI", "Segoe UI Web (West European)", Arial, sans-serif',
    )
    + """\
div.o365-suitebar { background: #0078D4; color: #FFFFFF; height: 30px; line-height: 30px;
  font-size: 10pt; padding: 0 10px; margin: 0 0 8px; }
div.o365-suitebar span { margin-right: 18px; }
div.ms-siteHeader { margin: 0 0 10px; }
div.ms-siteHeader .ms-core-pageTitle { font-size: 16pt; color: #0078D4; }
div.ms-siteHeader .ms-breadcrumb { font-size: 8pt; color: #777777; margin-top: 2px; }
table.ms-listviewtable { width: 100%; table-layout: fixed; border-collapse: collapse;
  margin: 4px 0 10px; }
table.ms-listviewtable th { font-weight: normal; font-size: 8.5pt; text-align: left;
  vertical-align: bottom; padding: 4px 6px; border-bottom: 1px solid #C6C6C6; }
table.ms-listviewtable a { color: #0072C6; text-decoration: none; font-weight: normal; }
table.ms-listviewtable td { font-size: 8.5pt; padding: 4px 6px; vertical-align: top;
  text-align: left; overflow-wrap: break-word; }
table.ms-listviewtable tr.ms-alternating td { background: #F4F4F4; }
table.ms-listviewtable td.ms-gb { border-top: 1px solid #C6C6C6; padding: 5px 4px;
  color: #444444; }
table.ms-listviewtable td.ms-gb b { color: #333333; }
table.ms-listviewtable td.ms-gb .count { color: #777777; }
"""
)

_FURNITURE = (
    "<div class='o365-suitebar'><span>Office 365</span><span>SharePoint</span></div>"
    "<div class='ms-siteHeader'>"
    "<div class='ms-core-pageTitle'>Direction de la transition écologique — Intranet</div>"
    "<div class='ms-breadcrumb'>Accueil › Pages du site › PCAET</div></div>"
)


def runs(rows: list[list[str]]) -> list[tuple[str, list[list[str]]]]:
    """Consecutive steps with the same planning, in seed order: (planning, steps)."""
    out: list[tuple[str, list[list[str]]]] = []
    for row in rows:
        value = row[GROUP_BY] if len(row) > GROUP_BY else ""
        if out and out[-1][0] == value:
            out[-1][1].append(row)
        else:
            out.append((value, [row]))
    return out


def _impl(block: Block) -> list[str]:
    cols = "".join(f"<col style='width: {w}%'>" for w in WIDTHS)
    head = "".join(
        f"<th><a class='ms-headerSortTitleLink' href='#'>{_h(label)}</a></th>"
        for label in block.header
    )
    out = [
        "<table class='ms-listviewtable'>",
        f"<colgroup>{cols}</colgroup>",
        f"<thead><tr>{head}</tr></thead><tbody>",
    ]
    n = 0
    for value, steps in runs(block.rows):
        label = _h(block.header[GROUP_BY])
        out.append(
            f"<tr><td class='ms-gb' colspan='{len(block.header)}'>⊟ {label} : "
            f"<b>{_h(value)}</b> <span class='count'>({len(steps)})</span></td></tr>"
        )
        for row in steps:
            css = " class='ms-alternating'" if n % 2 else ""
            n += 1
            cells = []
            for c in range(len(block.header)):
                body = br_paragraphs(row[c] if c < len(row) else "")
                if c == 0 and body:
                    body = f"<a href='#'>{body}</a>"
                cells.append(f"<td>{body}</td>")
            out.append(f"<tr{css}>{''.join(cells)}</tr>")
    out.append("</tbody></table>")
    return out


def plan_html_decompte() -> str:
    """The seed as a SharePoint page whose steps print as grouped classic list views."""
    page = _flowing_page(_CSS, _kv_fields, _impl)
    assert page.count("</head><body>") == 1
    return page.replace("</head><body>", "</head><body>" + _FURNITURE, 1)
