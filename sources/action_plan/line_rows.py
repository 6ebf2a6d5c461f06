"""Steps typed one line a sheet row: which grid rows go on the step above.

An agent who never turns « Renvoyer à la ligne automatiquement » on types a long value one
line a cell, pressing Entrée to go on in the cell below: a step then takes as many sheet rows
as its longest value has lines, every value's first line on the step's first row, and a
value with fewer lines leaves the cells under its last line empty. Printed with « Toutes les
bordures », a rule runs under every line, so the rules do not tell the steps apart
(:attr:`sources.pdf.content.TableBlock.line_rows` tells such a grid).

Within one step each column's text is thus a run of rows from the step's first: a column
holding text on a row whose row above had none in that column STARTS ANEW — the row opens the
next step. A row where no column starts anew goes on the step above (« Lancer une phase
test » / « d'un projet d'Economie » / « Circulaire »), except where every value could open a
step of its own: each of its texts starts with a capital letter or a digit, its step name
and description both hold text, and no text of the row above ends on a word that asks for
more (a comma, « de », « et »…): two steps of one-line values in a row, each full.
"""

from __future__ import annotations

import re

# a line ending on these asks for its next line (a wrapped value, never a value's end)
_GLUE_END_RE = re.compile(
    r"(?:[,;:(/–-]|\b(?:de|des|du|d'|l'|la|le|les|et|ou|à|au|aux|en|pour|par|sur|un|une|avec))$",
    re.IGNORECASE,
)


def _starts(cells: dict[str, str | None], above: dict[str, str | None]) -> bool:
    """Does a column hold text on this row and none on the row above (a value starting)?"""
    return any((v or "").strip() and not (above.get(k) or "").strip() for k, v in cells.items())


def _own_step(cells: dict[str, str | None], above: dict[str, str | None]) -> bool:
    """Could this row, each of whose columns goes on from the row above, be a step of its own
    (every text opening as a value does, the row above ending none of its texts in mid-
    phrase)?"""
    texts = [v.strip() for v in cells.values() if v and v.strip()]
    if not (cells.get("step") or "").strip() or not (cells.get("description") or "").strip():
        return False
    if not all(t[:1].isupper() or t[:1].isdigit() for t in texts):
        return False
    return not any(_GLUE_END_RE.search((v or "").strip()) for v in above.values())


def goes_on(above: dict[str, str | None], cells: dict[str, str | None]) -> bool:
    """Does the grid row ``cells`` go on the step whose last printed row is ``above``?"""
    return not _starts(cells, above) and not _own_step(cells, above)
