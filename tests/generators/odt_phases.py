"""The ``phases`` .odt (eighty-sixth held-out set, ``plan_odt_phases``): the ``twotier``
document typed in a service's template whose steps tables group the steps by phase: each
steps table on seven columns, a first « Phase » column (not in the seed) whose cells are
merged down over each phase's steps — « Phase 1 — Lancement » over the first ⌈n / 2⌉ steps,
« Phase 2 — Déploiement » over the others, « Phase unique » for a one-step fiche — and set
« Vertical (de bas en haut) » (``style:writing-mode="bt-lr"``), so their labels read bottom
to top; then the six seed columns in seed order; one header row (bold 9 pt on #DEEAF6,
repeated), a 0.5 pt black full grid, the step name bold.

Only the layout comes from here: every value is the seed's (the phase labels are not).
"""

from __future__ import annotations

from tests.generators.plan_odt import (
    _cell,
    cell_style,
    column_styles,
    header_table,
    paragraph_style,
)

GRID = "0.5pt solid #000000"
FILL = "#DEEAF6"
WIDTHS = (1.2, 2.4, 4.8, 1.9, 2.3, 2.1, 2.3)  # cm: the phase column, then the seed's six
PHASE_LABEL = "Phase"
FIRST, SECOND, SINGLE = "Phase 1 — Lancement", "Phase 2 — Déploiement", "Phase unique"


STYLES = (
    '<style:style style:name="StepsPhase" style:family="table"><style:table-properties '
    'style:width="17cm" table:align="left" style:may-break-between-rows="true"/>'
    "</style:style>"
    + column_styles("cPh", WIDTHS)
    + cell_style("PhHead", GRID, FILL)
    + cell_style("PhBody", GRID)
    + cell_style("PhTurned", GRID, FILL, align="middle", extra=' style:writing-mode="bt-lr"')
    + paragraph_style("PPhHead", "9pt", True)
    + paragraph_style("PPhName", "9pt", True)
    + paragraph_style("PPhCell", "9pt", False)
    + paragraph_style("PPhLabel", "9pt", True, "#1F4E79", "center")
)


def phases(n: int) -> list[tuple[str, int]]:
    """The phases of a fiche of ``n`` steps as (label, number of steps): one « Phase unique »
    for one step, else the first ⌈n / 2⌉ steps and the others."""
    if n == 1:
        return [(SINGLE, 1)]
    first = (n + 1) // 2
    return [(FIRST, first), (SECOND, n - first)]


def phased_steps(header: list[str], rows: list[list[str]], n: int) -> str:
    """The steps table: a « Phase » column of merged, turned phase cells, then the seed's six
    columns; one repeated header row, then a row a step."""
    head = _cell("PhHead", "PPhHead", PHASE_LABEL) + "".join(
        _cell("PhHead", "PPhHead", label) for label in header
    )
    starts: dict[int, tuple[str, int]] = {}
    at = 0
    for label, count in phases(len(rows)):
        starts[at] = (label, count)
        at += count
    body = []
    for r, row in enumerate(rows):
        if r in starts:
            label, count = starts[r]
            span = f' table:number-rows-spanned="{count}"' if count > 1 else ""
            first = _cell("PhTurned", "PPhLabel", label, span)
        else:
            first = "<table:covered-table-cell/>"
        cells = "".join(
            _cell("PhBody", "PPhName" if c == 0 else "PPhCell", row[c] if c < len(row) else "")
            for c in range(len(header))
        )
        body.append(f"<table:table-row>{first}{cells}</table:table-row>")
    return header_table(f"Etapes{n}", "StepsPhase", "cPh", len(WIDTHS), head, "".join(body))
