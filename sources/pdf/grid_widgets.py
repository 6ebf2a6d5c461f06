"""The furniture a web page's data-grid plug-in prints around a table, set aside.

Intranet and CMS pages enhance their tables with a grid plug-in (jQuery DataTables, Bootstrap
Table, Tabulator, Grid.js…); a page printed after the script ran prints what the plug-in
built around each table as well as the table:

* SORT ARROWS in every sortable header cell: DataTables 1.13 draws « ▲ » over « ▼ » (its
  ``::before`` / ``::after`` content) stacked at the cell's right edge, both on every sortable
  column — read as text they make a narrow column of their own between two labels, which
  swallows the body words printed under it;
* the LENGTH MENU (« Afficher [10] éléments », « Show [10] entries ») and the SEARCH BOX
  (« Rechercher : », « Search: ») on a line just above the table, or alone at a page's foot
  when the table starts on the next page;
* an edit form's « ADD A ROW » button under its grid (« + Ajouter une étape », « Add row »),
  alone at the next page's top when the grid ends a page;
* the INFO LINE (« Affichage de l'élément 1 à 5 sur 5 éléments », « Showing 1 to 5 of 5
  entries ») and the PAGINATION (« Précédent 1 Suivant », « Previous 1 Next ») on a line
  just below it — read as a body row, they make a step named « Affichage de… » whose owner
  is « Précédent ».

None of it is the author's text: it is the plug-in's user interface, worded by its language
file. It is set aside ONLY on strong evidence: the glyphs must form a stacked pair (an up
arrow right above a down arrow, each a word of its own), and a widget line must be made of
the widgets' wording and nothing else (the info line's three numbers consistent) AND sit
where the plug-in puts it — the length menu and search box right above a steps table's
header (or last on the page), the info line and pagination below a header on the same page
(or inside a table going on from the page before) with no heading or field in between. A
step, a cell or a sentence that merely uses one of those words stays.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from sources.pdf.columns import text_has_table_header
from sources.pdf.content import Line
from sources.values import fold

# the glyphs sort indicators are drawn with (triangles, small triangles, arrows)
UP_ARROWS = frozenset("▲△▴▵↑⬆⏶⇧")
DOWN_ARROWS = frozenset("▼▽▾▿↓⬇⏷⇩")
STACK_GAP = 1.0  # of a glyph's height: the down arrow's top at most this far under the up's
ALIGN = 0.5  # of a glyph's width: the two arrows' centres at most this far apart across
ALONE = 0.15  # of the font size: no other glyph closer than this on either side (own word)

# widget wording, on folded text (lower case, no accents, punctuation as spaces)
_ITEMS = r"(?:elements?|entrees?|lignes?|resultats?|enregistrements?|entries|rows|records|results)"
_LENGTH = (
    rf"(?:(?:afficher|montrer|voir|show|display)\s+(?:\d+|tous|toutes|all)\s+{_ITEMS}"
    rf"|(?:\d+|tous|toutes|all)\s+{_ITEMS}\s+(?:par\s+page|per\s+page))"
)
_INFO = re.compile(
    r"(?:affichage\s+de\s+(?:l\s+element\s+|la\s+ligne\s+)?|showing\s+)(\d+)\s+(?:a|to)\s+"
    rf"(\d+)\s+(?:sur|of)\s+(\d+)\s+{_ITEMS}"
    rf"(?:\s+(?:filtre|filtres|filtered)\s+(?:a\s+partir\s+de|from)\s+\d+\s+"
    rf"(?:{_ITEMS}\s+au\s+total|total\s+{_ITEMS}))?"
)
_PAGER_WORDS = frozenset(
    "precedent precedente suivant suivante premier premiere dernier derniere "
    "previous prev next first last".split()
)
_BACK = frozenset({"precedent", "precedente", "previous", "prev"})
_EDGE = 3.0  # pt: a heading under a table starts this close to its left edge, or left of it
_FORWARD = frozenset({"suivant", "suivante", "next"})
_SEARCH_RAW = re.compile(r"(?i)\b(?:rechercher|recherche|filtrer|search|filter)\s*:\s*$")
_SEARCH = r"(?:rechercher|recherche|filtrer|search|filter)"
_TOP = re.compile(rf"^(?:{_LENGTH}(?:\s+{_SEARCH})?|{_SEARCH})$")
# an edit form's « add a row » button under its grid (« + Ajouter une étape », « Add row »)
_ADD_ROW = re.compile(
    r"^(?:ajouter|add|nouvelle|nouvel|nouveau|new)\s+(?:une?\s+|a\s+|an\s+)?"
    r"(?:etapes?|lignes?|actions?|steps?|rows?|entrees?)$"
)


def sort_arrow_chars(chars: Sequence[dict[str, Any]]) -> set[int]:
    """Indexes of ``chars`` that are sort indicators: an up arrow right above a down arrow
    at the same place across (overlapping or touching: one indicator, not two rows of a
    column), each standing alone on its line (no letter glued to it)."""
    ups = [i for i, c in enumerate(chars) if c.get("text") in UP_ARROWS]
    downs = [i for i, c in enumerate(chars) if c.get("text") in DOWN_ARROWS]
    if not ups or not downs:
        return set()
    out: set[int] = set()
    for i in ups:
        up = chars[i]
        height = max(float(up["bottom"]) - float(up["top"]), 1.0)
        width = max(float(up["x1"]) - float(up["x0"]), 1.0)
        for j in downs:
            down = chars[j]
            drop = float(down["top"]) - float(up["top"])
            across = abs(
                (float(down["x0"]) + float(down["x1"])) / 2
                - (float(up["x0"]) + float(up["x1"])) / 2
            )
            if 0.0 < drop <= STACK_GAP * height and across <= ALIGN * width:
                if _alone(chars, i) and _alone(chars, j):
                    out |= {i, j}
    return out


def _alone(chars: Sequence[dict[str, Any]], index: int) -> bool:
    """No other visible glyph on ``chars[index]``'s line touches it on either side."""
    c = chars[index]
    size = float(c.get("size") or (float(c["bottom"]) - float(c["top"])) or 1.0)
    reach = ALONE * size
    mid = (float(c["top"]) + float(c["bottom"])) / 2
    for k, o in enumerate(chars):
        if k == index or not str(o.get("text", "")).strip():
            continue
        if o.get("text") in UP_ARROWS or o.get("text") in DOWN_ARROWS:
            continue  # the pair's other arrow (or the next column's)
        if not float(o["top"]) < mid < float(o["bottom"]):
            continue
        if float(o["x0"]) < float(c["x1"]) + reach and float(o["x1"]) > float(c["x0"]) - reach:
            return False
    return True


def without_sort_arrows(page: Any) -> Any:
    """The page without its header cells' sort arrows (the page itself when it has none): a
    PDFium page drops them from what it read, a pdfplumber page is given as a filtered view,
    closed with the page."""
    from sources.pdf.watermark import without_chars_found

    return without_chars_found(page, sort_arrow_chars)


def _pager(words: list[str]) -> bool:
    """Page buttons: « Précédent 1 2 Suivant », « First Previous 1 Next Last »."""
    return (
        bool(words)
        and len(words) <= 16
        and all(w in _PAGER_WORDS or w.isdigit() for w in words)
        and bool(_BACK & set(words))
        and bool(_FORWARD & set(words))
    )


def _info_end(text: str) -> int | None:
    """End of an info line opening ``text`` (folded) whose numbers hold together (first ≤
    last ≤ total), else None."""
    found = _INFO.match(text)
    if found is None:
        return None
    first, last, total = (int(g) for g in found.groups())
    if not (first <= last <= total and (first >= 1 or last == total == 0)):
        return None
    return found.end()


def widget_kind(line: Line) -> str | None:
    """« top » for a line made of a length menu and/or a search box, « bottom » for one made
    of an info line and/or a pagination, None for any other line."""
    text = fold(line.text)
    if not text:
        return None
    if _TOP.match(text) and (re.match(rf"^{_LENGTH}$", text) or _SEARCH_RAW.search(line.text)):
        return "top"
    end = _info_end(text)
    rest = text[end:].split() if end is not None else text.split()
    if end is not None and (not rest or _pager(rest)):
        return "bottom"
    if end is None and _pager(rest):
        return "bottom"
    if _ADD_ROW.match(text):
        return "bottom"
    return None


def _header_at(lines: Sequence[Line], index: int) -> bool:
    """A steps table's header starts at ``lines[index]`` (its labels on one or two lines)."""
    text = "\n".join(ln.text for ln in lines[index : index + 2])
    return text_has_table_header(lines[index].text) or (
        index + 1 < len(lines) and text_has_table_header(text)
    )


def without_widget_lines(
    lines: list[Line], is_stop: Callable[[Line], bool], table_open: bool
) -> list[Line]:
    """``lines`` (one page, top down) without the grid plug-in's widget lines.

    A length menu / search box line is set aside when the next line that is not a widget
    opens a steps table's header, or when nothing follows it on the page (the table begins
    on the next page). An info / pagination line is set aside when a steps table's header
    stands above it on the page — or the page opens inside a table going on from the page
    before (``table_open``) — with no heading nor field label (``is_stop``) in between."""
    kinds = [widget_kind(ln) for ln in lines]
    if not any(kinds):
        return lines
    drop: set[int] = set()
    in_table = table_open
    left: float | None = None  # the header's left edge: a heading or label starts there
    for i, line in enumerate(lines):
        kind = kinds[i]
        if kind == "top":
            after = next((k for k in range(i + 1, len(lines)) if kinds[k] is None), None)
            if after is None or _header_at(lines, after):
                drop.add(i)
        elif kind == "bottom":
            if in_table:
                drop.add(i)
        elif _header_at(lines, i):
            in_table, left = True, min(ln.x0 for ln in lines[i : i + 2])
        elif is_stop(line) and (left is None or line.x0 <= left + _EDGE):
            # (a word of a cell alone on its line, « enjeux » in a narrow column, is no
            # heading: a heading or field label starts at the table's left edge or before)
            in_table = False
    return [ln for i, ln in enumerate(lines) if i not in drop] if drop else lines
