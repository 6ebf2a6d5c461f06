"""The seed 000 deck whose progress tables were REBUILT BY A PDF-TO-POWERPOINT CONVERTER
from the COT report's PDF (hundred-and-twenty-sixth held-out set, ``cot000_pptxretour``),
whose label column was narrower: A TABLE ROW FOR EVERY PRINTED LINE. Each label, composed
as ``cot000_pptx`` composes it, wrapped at :data:`WRAP` characters: its first line beside
the row's numbers, every further line a table row of its own under it, its number cells
empty; 6 pt text in 9 pt rows, bands by seed row.

One real PowerPoint table where ``cot000_pptx``'s starts; every other slide as
:class:`tests.generators.progress_deck.PptxProgressSlides` (``cot000_pptx``) draws it. Only
the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

import re

from tests.generators.progress_deck import BANDS, DARK, HEADS, PptxProgressSlides
from tests.generators.slides_office import filled_cell, seed_cell

WRAP = 52  # characters a printed line of the source's label column
TEXT = 6.0  # pt
ROW_PT = 9.0  # pt
WIDTHS = {False: (350.0, 114.0, 114.0, 114.0), True: (380.0, 104.0, 104.0, 104.0)}


def printed_lines(first_cell: str) -> list[str]:
    """A composed first cell wrapped at :data:`WRAP` characters, greedily at spaces, the
    code and marker on the first line; the further lines after the row's indent (four spaces
    under a ▶, none under a ▼)."""
    prefix = re.match(r"^(.*?[▼▶] )", first_cell)
    head = prefix.group(1) if prefix else ""
    indent = "" if "▼" in head else "    "
    words = first_cell[len(head) :].split()
    lines: list[str] = []
    current = head + (words[0] if words else "")
    for word in words[1:]:
        candidate = f"{current} {word}"
        if len(candidate) > WRAP:
            lines.append(current)
            current = indent + word
        else:
            current = candidate
    lines.append(current)
    return lines


class PptxRetourSlides(PptxProgressSlides):
    """``cot000_pptx``'s slides; each progress table a row per printed line of its labels."""

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        from pptx.util import Pt

        lines = [(row, printed_lines(seed_cell(row, 0)[0])) for row in rows]
        n_rows = sum(len(parts) for _, parts in lines)
        _, table = self._sized_grid(title, n_rows, WIDTHS[eci], pitch=ROW_PT)
        self._head_row(table, [header, *HEADS], size=TEXT, row=ROW_PT)
        r = 1
        for k, (row, parts) in enumerate(lines):
            fill = BANDS[k % 2]
            for n, text in enumerate(parts):
                table.rows[r].height = Pt(ROW_PT)  # type: ignore[attr-defined]
                axis = seed_cell(row, 0)[1]
                for c in range(4):
                    par = filled_cell(table, r, c, fill)
                    cell = table.cell(r, c)  # type: ignore[attr-defined]
                    cell.margin_top = cell.margin_bottom = Pt(0.5)
                    value = text if c == 0 else (seed_cell(row, c)[0] if n == 0 else "")
                    if value:
                        self._run(par, value, TEXT, axis, DARK)
                    else:  # an empty cell's line in TEXT pt, not Impress's 18 pt
                        par._p.get_or_add_endParaRPr().set("sz", str(round(TEXT * 100)))  # type: ignore[attr-defined]
                r += 1
        for c in range(4):
            head = table.cell(0, c)  # type: ignore[attr-defined]
            head.margin_top = head.margin_bottom = Pt(0.5)
