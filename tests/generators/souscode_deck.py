"""The seed 000 deck whose progress rows are TWO-LINE LABEL CELLS, the label over a small grey
reference line, each table CONTINUED on a « (suite) » slide under other column widths
(ninety-third held-out set, ``cot000_pptxsouscode``).

Every body row's first cell holds the label as ``cot000_pptx`` composes it without its code,
then a 5.5 pt grey paragraph: the row's referential identifier (:func:`references`: « cae_1 »,
« cae_1.1 », « eci_1 », « eci_1.1 », the seed's ECI codes moved there). The rows
:data:`PITCH` pt high: the first :data:`PER_SLIDE` body rows on the table's slide at
``cot000_pptx``'s widths, the rest on the next slide, titled « <title> (suite) », at
:data:`SUITE_WIDTHS`. Every other slide as :class:`tests.generators.slides_office._PptxSlides`
draws it. Only the layout comes from here: every value is the seed's (the CAE identifiers
are not).
"""

from __future__ import annotations

from tests.generators.progress_deck import DARK, HEADS, SIZE, PptxProgressSlides
from tests.generators.slides_office import _first_cell, filled_cell

PITCH = 18.0  # pt, a body row
PER_SLIDE = 16  # body rows on the table's first slide
WIDTHS = {False: (350.0, 114.0, 114.0, 114.0), True: (380.0, 104.0, 104.0, 104.0)}  # eci →
SUITE_WIDTHS = {False: (420.0, 90.0, 90.0, 92.0), True: (440.0, 84.0, 84.0, 84.0)}
CODE_SIZE = 5.5
GREY = (0x80 / 255, 0x80 / 255, 0x80 / 255)


def references(rows: list[tuple], eci: bool) -> list[str]:
    """Each row's referential identifier: a CAE axis « cae_<rank> », a CAE sub-axis
    « cae_<axis>.<rank under it> »; an ECI axis « eci_<its first sub-axis code's part before
    the point> », an ECI sub-axis « eci_<seed code> »."""
    out: list[str] = []
    axis, sub = 0, 0
    for k, (marker, code, *_rest) in enumerate(rows):
        if eci and marker == "▼":
            following = rows[k + 1][1] if k + 1 < len(rows) else None
            out.append(f"eci_{str(following).split('.')[0]}")
        elif eci:
            out.append(f"eci_{code}")
        elif marker == "▼":
            axis, sub = axis + 1, 0
            out.append(f"cae_{axis}")
        else:
            sub += 1
            out.append(f"cae_{axis}.{sub}")
    return out


class PptxSouscodeSlides(PptxProgressSlides):
    """Progress rows of two-line label cells; each table continued on a « (suite) » slide
    whose columns are of other widths."""

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        from pptx.util import Pt

        refs = references(rows, eci)
        parts = ((0, WIDTHS[eci], title), (PER_SLIDE, SUITE_WIDTHS[eci], f"{title} (suite)"))
        for start, widths, heading in parts:
            chunk = rows[start : start + PER_SLIDE] if start == 0 else rows[start:]
            if not chunk:
                continue
            _y, table = self._sized_grid(heading, len(chunk), widths, pitch=PITCH)
            self._head_row(table, [header, *HEADS])
            for r, row, fill in self._body_rows(table, chunk):
                table.rows[r].height = Pt(PITCH)  # type: ignore[attr-defined]
                marker, _code, label, *numbers = row
                axis = marker == "▼"
                par = filled_cell(table, r, 0, fill)
                self._run(par, _first_cell(marker, None, label), SIZE, axis, DARK)
                cell = table.cell(r, 0)  # type: ignore[attr-defined]
                code = cell.text_frame.add_paragraph()
                self._run(code, refs[start + r - 1], CODE_SIZE, False, GREY)
                for c, value in enumerate(numbers[:3], start=1):
                    self._run(filled_cell(table, r, c, fill), value, SIZE, axis, DARK)
