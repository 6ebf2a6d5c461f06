"""A steps table whose first cell stacks the PLANNING over the STEP NAME.

Some plans print no step column: the first column's header reads « Planification » over
« Etape » (read as the planning column) and each of its cells holds the step's period on a
line of its own (« 2019 », « 2020 et + », « 2019 - 2020 ») over the step's name. Such a table
is recognised by its content, never by its template: no step column, and EVERY filled
planning cell is a period followed by a name starting with a capital letter. The cells are
then cut into the planning and the step. A table with its own step column, or whose
planning cells hold a period alone (or any cell not of that shape), is left as it is.
"""

from __future__ import annotations

import re

from sources.pdf.content import TableRow
from sources.values import parse_years

# a period as a planning cell prints it: an optional quarter/semester, a year, an optional
# second year after « - », « – », « / » or « à » (« 2020-2021 », « 2019 - 2020 », « 2021/22 »),
# an optional « et + » (open-ended); then the name, starting with a capital letter
_PERIOD_THEN_NAME_RE = re.compile(
    r"^\s*((?:[TS]\d\s+)?(?:19|20)\d{2}"
    r"(?:\s*(?:-|–|/|à)\s*(?:(?:19|20)\d{2}|\d{2})(?!\d))?"
    r"(?:\s*et\s*\+)?)"
    r"\s+([^\W\d_a-zà-ÿ][\s\S]*)$"
)


def _period_and_name(text: str) -> tuple[str, str] | None:
    """(period, name) of a cell that is a period followed by a capitalised name, else None."""
    match = _PERIOD_THEN_NAME_RE.match(text)
    if match is None:
        return None
    period, name = match.group(1).strip(), match.group(2).strip()
    if parse_years(period)[0] is None or not name:
        return None
    return period, name


def split_period_names(rows: list[TableRow], keys: list[str]) -> bool:
    """Cut each planning cell of ``rows`` into its period (``planning``) and the step name
    (``step``) when the table has no step column and every filled planning cell is a period
    over a name (see the module doc). Changes ``rows`` in place; True when it did."""
    if "step" in keys or "planning" not in keys:
        return False
    filled = [r for r in rows if not r.group and r.cells.get("planning")]
    if not filled:
        return False
    splits = [_period_and_name(r.cells["planning"] or "") for r in filled]
    if any(s is None for s in splits):
        return False
    for row, found in zip(filled, splits, strict=True):
        assert found is not None
        period, name = found
        row.cells = {"step": name, **row.cells, "planning": period}
        raw = row.raw.get("planning")
        if raw is not None:  # the lines as printed: the period on its own line(s)
            lines = raw.split("\n")
            for n in range(1, len(lines)):
                if " ".join(" ".join(lines[:n]).split()) == period:
                    row.raw["planning"] = "\n".join(lines[:n])
                    row.raw["step"] = "\n".join(lines[n:])
                    break
            else:
                del row.raw["planning"]
    return True
