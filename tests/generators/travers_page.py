"""A print stylesheet that sets every steps table « À L'ITALIENNE » (hundred-and-fiftieth
held-out set, ``plan_html_travers``): each steps ``table.etapes`` in a ``div.italienne``
wrapper that takes a portrait page of its own (180 × 266 mm), the table 266 mm wide, TURNED
A QUARTER TURN COUNTER-CLOCKWISE about the wrapper's top-left corner and moved down by
266 mm, so on paper its header runs up along the left margin, its rows follow one another
from left to right and every text reads bottom to top; the page's print script, run before
printing, moves the rows that would pass the page's 180 mm text width into a copy of the
wrapper (its ``<thead>`` with it) inserted right after, a row never cut.

The seed flows as ``plan_html_inlabel``'s page does (``ETAPES_PAGE_CSS``, the fields a
``table.kv``). Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, _kv_fields
from tests.generators.seed001 import Block
from tests.generators.site_body import ETAPES_PAGE_CSS, etapes_table

_CSS = (
    ETAPES_PAGE_CSS
    + """\
div.italienne { break-before: page; break-after: page; position: relative;
  width: 180mm; height: 266mm; }
div.italienne > table.etapes { position: absolute; left: 0; top: 0; width: 266mm;
  margin: 0; transform-origin: 0 0; transform: translateY(266mm) rotate(-90deg); }
"""
)
# the print module's script: a turned table whose rows pass the page's text width (the
# wrapper's width, 180 mm) continues in a copy of its wrapper, header and all
_SCRIPT = """\
<script>
document.querySelectorAll('div.italienne').forEach(function (page) {
  var limit = page.clientWidth;
  var table = page.querySelector('table');
  var head = table.tHead.offsetHeight;
  var rows = Array.prototype.slice.call(table.tBodies[0].rows);
  var current = page, body = table.tBodies[0], used = head;
  rows.forEach(function (row) {
    var height = row.offsetHeight;
    if (used + height > limit && used > head) {
      var next = page.cloneNode(true);
      next.querySelector('tbody').innerHTML = '';
      current.after(next);
      current = next;
      body = next.querySelector('tbody');
      used = head;
    }
    body.appendChild(row);
    used += height;
  });
});
</script>
"""


def _turned(block: Block) -> list[str]:
    """A fiche's steps ``table.etapes`` in its page-sized wrapper."""
    return ["<div class='italienne'>", *etapes_table(block), "</div>"]


def plan_html_travers() -> str:
    """The seed as the site's page, every steps table turned on a page of its own."""
    page = _flowing_page(_CSS, _kv_fields, _turned)
    return page.replace("</body></html>", _SCRIPT + "</body></html>")
