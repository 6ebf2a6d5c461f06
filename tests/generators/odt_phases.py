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

from xml.sax.saxutils import escape

from tests.generators.plan_odt import column_styles
from tests.generators.seed001 import _paragraphs

GRID = "0.5pt solid #000000"
FILL = "#DEEAF6"
WIDTHS = (1.2, 2.4, 4.8, 1.9, 2.3, 2.1, 2.3)  # cm: the phase column, then the seed's six
PHASE_LABEL = "Phase"
FIRST, SECOND, SINGLE = "Phase 1 — Lancement", "Phase 2 — Déploiement", "Phase unique"


def _paragraph_style(name: str, bold: bool, colour: str = "", align: str = "left") -> str:
    weight = ' fo:font-weight="bold"' if bold else ""
    color = f' fo:color="{colour}"' if colour else ""
    return (
        f'<style:style style:name="{name}" style:family="paragraph">'
        f'<style:paragraph-properties fo:text-align="{align}" '
        'fo:margin-top="0cm" fo:margin-bottom="0cm"/>'
        f'<style:text-properties fo:font-size="9pt"{weight}{color}/></style:style>'
    )


def _cell_style(name: str, fill: str, extra: str = "", align: str = "top") -> str:
    background = f' fo:background-color="{fill}"' if fill else ""
    return (
        f'<style:style style:name="{name}" style:family="table-cell">'
        f'<style:table-cell-properties fo:border="{GRID}"{background} fo:padding="0.08cm" '
        f'style:vertical-align="{align}"{extra}/></style:style>'
    )


STYLES = (
    '<style:style style:name="StepsPhase" style:family="table"><style:table-properties '
    'style:width="17cm" table:align="left" style:may-break-between-rows="true"/>'
    "</style:style>"
    + column_styles("cPh", WIDTHS)
    + _cell_style("PhHead", FILL)
    + _cell_style("PhBody", "")
    + _cell_style("PhTurned", FILL, ' style:writing-mode="bt-lr"', "middle")
    + _paragraph_style("PPhHead", True)
    + _paragraph_style("PPhName", True)
    + _paragraph_style("PPhCell", False)
    + _paragraph_style("PPhLabel", True, "#1F4E79", "center")
)


def phases(n: int) -> list[tuple[str, int]]:
    """The phases of a fiche of ``n`` steps as (label, number of steps): one « Phase unique »
    for one step, else the first ⌈n / 2⌉ steps and the others."""
    if n == 1:
        return [(SINGLE, 1)]
    first = (n + 1) // 2
    return [(FIRST, first), (SECOND, n - first)]


def _cell(cell_style: str, pstyle: str, value: str, attrs: str = "") -> str:
    body = "".join(
        f'<text:p text:style-name="{pstyle}">{escape(part)}</text:p>'
        for part in _paragraphs(value) or [""]
    )
    return f'<table:table-cell table:style-name="{cell_style}"{attrs}>{body}</table:table-cell>'


def phased_steps(header: list[str], rows: list[list[str]], n: int) -> str:
    """The steps table: a « Phase » column of merged, turned phase cells, then the seed's six
    columns; one repeated header row, then a row a step."""
    cols = "".join(f'<table:table-column table:style-name="cPh{i}"/>' for i in range(len(WIDTHS)))
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
    return (
        f'<table:table table:name="Etapes{n}" table:style-name="StepsPhase">{cols}'
        f"<table:table-header-rows><table:table-row>{head}</table:table-row>"
        f"</table:table-header-rows>{''.join(body)}</table:table>"
    )
