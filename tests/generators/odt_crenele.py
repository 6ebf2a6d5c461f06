"""The ``crenele`` .odt (seventy-fourth held-out set, ``plan_odt_crenele``): the ``twotier``
document typed long ago by agents who, to give a long step name or description room,
SELECTED A CELL AND DRAGGED ITS BORDER — the word processor moving THAT ROW'S border only —
and saved as .odt, where the table keeps every row's own borders as cells spanning the
columns of a finer grid. Each steps table: ONE HEADER ROW (the six seed labels, bold,
centred, on #E2EFDA, repeated) at ``twotier``'s widths, then EVERY BODY ROW WITH ITS OWN SIX
WIDTHS (:data:`ROW_WIDTHS_MM` in turn), so THE VERTICAL RULES DO NOT LINE UP FROM ROW TO
ROW NOR WITH THE HEADER'S; a 0.5 pt black grid.

Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

HEAD_WIDTHS_MM = (25, 53, 20, 25, 22, 25)  # twotier's columns, 17 cm
ROW_WIDTHS_MM = (  # each body row's own widths, taken in turn from a table's first body row
    (34, 44, 20, 25, 22, 25),
    (25, 63, 16, 21, 22, 23),
    (20, 53, 25, 25, 27, 20),
    (29, 59, 20, 19, 22, 21),
)


def _borders(widths: tuple[int, ...]) -> list[int]:
    """The x of a row's borders (mm from the table's left), 0 and 170 included."""
    out = [0]
    for w in widths:
        out.append(out[-1] + w)
    assert out[-1] == 170
    return out


GRID_MM = sorted({x for ws in (HEAD_WIDTHS_MM, *ROW_WIDTHS_MM) for x in _borders(ws)})

STYLES = "".join(
    f'<style:style style:name="cK{i}" style:family="table-column">'
    f'<style:table-column-properties style:column-width="{(b - a) / 10}cm"/></style:style>'
    for i, (a, b) in enumerate(zip(GRID_MM, GRID_MM[1:], strict=False))
)


def _row(widths: tuple[int, ...], values: list[str], cell: str, par: str) -> str:
    """A table row whose cells span the grid columns between its own borders."""
    from tests.generators.plan_odt import _cell

    xs = _borders(widths)
    cells = []
    for a, b, value in zip(xs[:-1], xs[1:], values, strict=True):
        span = GRID_MM.index(b) - GRID_MM.index(a)
        extra = f' table:number-columns-spanned="{span}"' if span > 1 else ""
        cells.append(_cell(cell, par, value, extra) + "<table:covered-table-cell/>" * (span - 1))
    return f"<table:table-row>{''.join(cells)}</table:table-row>"


def crenele_steps(header: list[str], rows: list[list[str]], n: int) -> str:
    """The steps table: the header row at :data:`HEAD_WIDTHS_MM`, each body row at its own
    widths of :data:`ROW_WIDTHS_MM` in turn."""
    cols = "".join(
        f'<table:table-column table:style-name="cK{i}"/>' for i in range(len(GRID_MM) - 1)
    )
    head = _row(HEAD_WIDTHS_MM, list(header), "Head", "PHead")
    body = "".join(
        _row(ROW_WIDTHS_MM[i % len(ROW_WIDTHS_MM)], list(row), "Body", "PCell")
        for i, row in enumerate(rows)
    )
    return (
        f'<table:table table:name="Etapes{n}" table:style-name="Steps">{cols}'
        f"<table:table-header-rows>{head}</table:table-header-rows>{body}</table:table>"
    )
