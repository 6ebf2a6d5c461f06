"""The seed 000 deck whose progress tables' AXIS ROWS ARE DOUBLE-UNDERLINED (hundred-and-
eightieth held-out set, ``cot000_pptxsoldes``): as an accountant marks subtotals, the agent
selected each ▼ axis row of every progress table and chose « Police › Style de
soulignement : double », so Impress draws two thin lines under the axis label and under each
of its three figures.

Every slide as :class:`tests.generators.slides_office._PptxSlides` draws it; only the runs of
the progress tables' ▼ axis rows (the bold subtotal rows, their four cells) carry
``u="dbl"`` (:meth:`PptxSoldesSlides._run`): 15 slides. Only the layout comes from here:
every value is the seed's.
"""

from __future__ import annotations

from tests.generators.slides_office import _PptxSlides, seed_cell


class PptxSoldesSlides(_PptxSlides):
    """``cot000_pptx``'s slides; each progress table's ▼ axis rows double-underlined."""

    def __init__(self, base: object) -> None:
        super().__init__(base)
        self._axis = False  # the next run is a progress table's axis-row cell

    def _seed_cell(self, row: tuple, column: int) -> tuple[str, bool]:  # type: ignore[override]
        value, axis = seed_cell(row, column)
        self._axis = axis
        return value, axis

    def _run(self, par: object, text: str, size: float, bold: bool, color: tuple) -> None:
        axis, self._axis = self._axis, False
        super()._run(par, text, size, bold, color)
        if axis and text:
            runs = par._p.r_lst  # type: ignore[attr-defined]  # noqa: SLF001
            runs[-1].get_or_add_rPr().set("u", "dbl")
