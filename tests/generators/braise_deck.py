"""The seed 000 deck whose progress tables were pasted from the consultant's workbook WITH
ITS CONDITIONAL FORMATTING (hundred-and-seventy-second held-out set, ``cot000_pptxbraise``):
on slides 7 (CAE) and 8 (ECI) the progress table as ``cot000_pptx`` draws it, but every
body cell of the three figure columns filled with its colour on an Excel « ÉCHELLE À TROIS
COULEURS » of its column (:func:`scale_fills`): the column's lowest figure :data:`LOW`, its
median (the 50th percentile) :data:`MID`, its highest :data:`HIGH`, a figure in between the
RGB linear mix of the two nearest by its place between them; ▼ and ▶ rows alike. The label
column's banding and every text as before.

Every other slide as :class:`tests.generators.slides_office._PptxSlides` draws it: 15
slides. Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from statistics import median

from tests.generators.slides_office import _PptxSlides, filled_cell

LOW, MID, HIGH = "F8696B", "FFEB84", "63BE7B"  # Excel's red - yellow - green scale


def figure(text: str) -> float | None:
    """A progress figure as a number (« 58,7 » 58.7, « 27 % » 27), None when it is none."""
    value = text.replace("%", "").replace("\u202f", "").replace(" ", "").replace(",", ".")
    try:
        return float(value)
    except ValueError:
        return None


def _mix(a: str, b: str, t: float) -> str:
    """The RGB linear mix of hex colours ``a`` (t = 0) and ``b`` (t = 1)."""
    ca = [int(a[k : k + 2], 16) for k in (0, 2, 4)]
    cb = [int(b[k : k + 2], 16) for k in (0, 2, 4)]
    return "".join(f"{round(x + (y - x) * t):02X}" for x, y in zip(ca, cb, strict=True))


def scale_fills(texts: list[str]) -> list[str | None]:
    """Each figure's fill on the three-colour scale of ``texts`` (a column); None where a
    text is no figure."""
    values = [figure(t) for t in texts]
    numbers = [v for v in values if v is not None]
    if not numbers:
        return [None] * len(texts)
    low, mid, high = min(numbers), median(numbers), max(numbers)
    fills: list[str | None] = []
    for v in values:
        if v is None:
            fills.append(None)
        elif v <= mid:
            fills.append(_mix(LOW, MID, 0.0 if mid == low else (v - low) / (mid - low)))
        else:
            fills.append(_mix(MID, HIGH, 1.0 if high == mid else (v - mid) / (high - mid)))
    return fills


class PptxBraiseSlides(_PptxSlides):
    """``cot000_pptx``'s slides, the progress tables' figure columns on a colour scale."""

    def _banded(
        self,
        y: float,
        header: str,
        rows: list[tuple],
        eci: bool,
        size: float = 7.5,
        row_height: float = 12,
    ) -> None:
        from pptx.util import Pt

        table = self._progress_grid(y, len(rows), eci)
        heads = [header, "Points restants", "% Réalisé", "% Programmé"]
        columns = [[self._seed_cell(row, c)[0] for row in rows] for c in range(4)]
        scales = [None] + [scale_fills(columns[c]) for c in (1, 2, 3)]
        for r in range(len(rows) + 1):
            table.rows[r].height = Pt(row_height)  # type: ignore[attr-defined]
            for c in range(4):
                if r == 0:
                    par = filled_cell(table, 0, c, "0073B3")
                    self._run(par, heads[c], size, True, (1.0, 1.0, 1.0))
                    continue
                value, axis = self._seed_cell(rows[r - 1], c)
                fill = "EAF1FA" if r % 2 else "FFFFFF"
                if c and scales[c][r - 1] is not None:  # type: ignore[index]
                    fill = scales[c][r - 1]  # type: ignore[index]
                par = filled_cell(table, r, c, fill)
                self._run(par, value, size, axis, (0.12, 0.12, 0.12))


__all__ = ["HIGH", "LOW", "MID", "PptxBraiseSlides", "figure", "scale_fills"]
