"""The plan as a DRUPAL BOOK printed whole, every book page in its full view mode, BOOK
NAVIGATION INCLUDED (seventy-ninth held-out set, ``plan_html_feuillets``): after every
fiche's steps table a ``nav.book-navigation`` between two thin rules, three 8 pt links in a
flex row — « ‹ » and the previous fiche's heading at the left (the book's root page
« Programme d'actions du PCAET » before the first fiche), « Haut » in the middle, the next
fiche's heading and « › » at the right (nothing after the last fiche) —, the titles wrapping.

The seed flows as ``plan_html_termine``'s page, the fields a ``table.kv``, each steps table a
``table.etapes`` (thin full grid, ``<thead>`` repeated). Only the layout comes from here:
every value is the seed's (the navigation is not).
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, _h, _kv_fields
from tests.generators.seed001 import Block, load_seed
from tests.generators.site_body import ETAPES_CSS, br_paragraphs, flowing_css, steps_table_open

ROOT = "Programme d'actions du PCAET"  # the book's root page (not in the seed)
ETAPE = " class='etape'"  # the step name's cell

_CSS = (
    flowing_css("15mm", "#1E1E1E")
    + ETAPES_CSS
    + """\
nav.book-navigation { border-top: 1px solid #CCCCCC; border-bottom: 1px solid #CCCCCC;
  padding: 4px 0; margin: 6px 0 16px; }
ul.book-pager { display: flex; list-style: none; margin: 0; padding: 0; font-size: 8pt; }
ul.book-pager li { margin: 0; padding: 0; }
ul.book-pager a { color: #1A5E9A; text-decoration: none; }
li.book-pager__item--previous { width: 42%; text-align: left; }
li.book-pager__item--center { width: 16%; text-align: center; }
li.book-pager__item--next { width: 42%; text-align: right; }
"""
)

_WIDTHS = (16, 38, 11, 12, 11, 12)


def _titles() -> list[str]:
    """Every fiche's heading, its lines joined by a space, in seed order."""
    return [" ".join(b.lines) for b in load_seed() if b.kind == "fiche"]


def _nav(previous: str, following: str) -> str:
    prev_link = f"<a href='#'>‹ {_h(previous)}</a>"
    next_link = f"<a href='#'>{_h(following)} ›</a>" if following else ""
    return (
        "<nav class='book-navigation'><ul class='book-pager'>"
        f"<li class='book-pager__item--previous'>{prev_link}</li>"
        "<li class='book-pager__item--center'><a href='#'>Haut</a></li>"
        f"<li class='book-pager__item--next'>{next_link}</li>"
        "</ul></nav>"
    )


def plan_html_feuillets() -> str:
    """The seed as a Drupal book printed whole, each fiche followed by its book navigation."""
    titles = _titles()
    count = [0]

    def impl(block: Block) -> list[str]:
        k = count[0]
        count[0] += 1
        head = "".join(f"<th>{_h(label)}</th>" for label in block.header)
        out = steps_table_open("etapes", _WIDTHS, head)
        for row in block.rows:
            values = [row[c] if c < len(row) else "" for c in range(len(block.header))]
            cells = "".join(
                f"<td{ETAPE if c == 0 else ''}>{br_paragraphs(v)}</td>"
                for c, v in enumerate(values)
            )
            out.append(f"<tr>{cells}</tr>")
        out.append("</tbody></table>")
        previous = titles[k - 1] if k > 0 else ROOT
        following = titles[k + 1] if k + 1 < len(titles) else ""
        out.append(_nav(previous, following))
        return out

    return _flowing_page(_CSS, _kv_fields, impl)
