"""The ``millesime`` .odt (eighty-ninth held-out set, ``plan_odt_millesime``): the
``twotier`` document typed in a service's template whose steps tables are grouped by year as
sub-tables: each steps table an outer table on two columns, « Planification » 2.2 cm |
« Étapes prévues » 14.8 cm (its header row bold white on #1F4E79, repeated), a row per run
of consecutive steps sharing one planning value — the value written once (bold 10 pt
#1F4E79 on #DEEAF6), then a nested table of the five other seed columns with its own header
row (bold 8.5 pt on #F2F2F2), so the header is printed once per run.

Only the layout comes from here: every value is the seed's (« Étapes prévues » is not).
"""

from __future__ import annotations

from tests.generators.plan_odt import (
    _cell,
    cell_style,
    column_styles,
    header_table,
    paragraph_style,
)

OUTER_GRID = "0.75pt solid #1F4E79"
INNER_GRID = "0.5pt solid #7F7F7F"
OUTER_WIDTHS = (2.2, 14.8)  # cm
INNER_WIDTHS = (2.6, 5.1, 2.2, 2.2, 2.4)  # cm: Etape, Descriptif, Ressources, Porteur, Partenaires
OUTER_LABELS = ("Planification", "Étapes prévues")
PLANNING = 2  # the seed column written once per run


STYLES = (
    '<style:style style:name="MilOuter" style:family="table"><style:table-properties '
    'style:width="17cm" table:align="left" style:may-break-between-rows="true"/>'
    "</style:style>"
    '<style:style style:name="MilInner" style:family="table"><style:table-properties '
    'style:width="14.5cm" table:align="left" style:may-break-between-rows="true"/>'
    "</style:style>"
    + column_styles("cMilO", OUTER_WIDTHS)
    + column_styles("cMilI", INNER_WIDTHS)
    + cell_style("MilOHead", OUTER_GRID, "#1F4E79")
    + cell_style("MilYear", OUTER_GRID, "#DEEAF6")
    + cell_style("MilHold", OUTER_GRID, "", "0.1cm")
    + cell_style("MilIHead", INNER_GRID, "#F2F2F2")
    + cell_style("MilIBody", INNER_GRID)
    + paragraph_style("PMilOHead", "9pt", True, "#FFFFFF")
    + paragraph_style("PMilYear", "10pt", True, "#1F4E79")
    + paragraph_style("PMilIHead", "8.5pt", True)
    + paragraph_style("PMilName", "8.5pt", True)
    + paragraph_style("PMilCell", "8.5pt", False)
)


def runs(rows: list[list[str]]) -> list[tuple[str, list[list[str]]]]:
    """The runs of consecutive rows sharing one planning value, in seed order."""
    out: list[tuple[str, list[list[str]]]] = []
    for row in rows:
        planning = row[PLANNING] if PLANNING < len(row) else ""
        if out and out[-1][0] == planning:
            out[-1][1].append(row)
        else:
            out.append((planning, [row]))
    return out


def _nested(header: list[str], rows: list[list[str]], name: str) -> str:
    columns = [c for c in range(len(header)) if c != PLANNING]
    head = "".join(_cell("MilIHead", "PMilIHead", header[c]) for c in columns)
    body = "".join(
        "<table:table-row>"
        + "".join(
            _cell("MilIBody", "PMilName" if c == 0 else "PMilCell", row[c] if c < len(row) else "")
            for c in columns
        )
        + "</table:table-row>"
        for row in rows
    )
    return header_table(name, "MilInner", "cMilI", len(INNER_WIDTHS), head, body)


def millesime_steps(header: list[str], rows: list[list[str]], n: int) -> str:
    """The steps table: an outer « Planification » | « Étapes prévues » table, a row per run
    of one planning value holding the value and a nested table of the run's steps."""
    head = "".join(_cell("MilOHead", "PMilOHead", label) for label in OUTER_LABELS)
    body = []
    for k, (planning, run) in enumerate(runs(rows), start=1):
        nested = _nested(header, run, f"Etapes{n}_{k}")
        body.append(
            "<table:table-row>"
            + _cell("MilYear", "PMilYear", planning)
            + f'<table:table-cell table:style-name="MilHold">{nested}</table:table-cell>'
            + "</table:table-row>"
        )
    return header_table(f"Etapes{n}", "MilOuter", "cMilO", len(OUTER_WIDTHS), head, "".join(body))
