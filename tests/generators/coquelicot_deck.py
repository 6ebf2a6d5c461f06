"""The seed 000 deck whose LAGGING FIGURES ARE FLAGGED IN BOLD RED (two-hundred-and-thirty-
eighth held-out set, ``cot000_pptxcoquelicot``): in both progress tables, on every row whose
« % Réalisé » is below :data:`THRESHOLD` %, that cell's text is cut into two runs — the
figure (« 6,5 », « 0 », « 7 ») bold :data:`RED`, then its « % » (the space and the sign) in
the row's own weight and colour —, as a chargé de mission flags lagging actions by
double-clicking the figure and setting it bold and red. The other cells as ``cot000_pptx``
draws them.

Every slide otherwise as :class:`tests.generators.slides_office._PptxSlides` draws it: 15
slides. Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

import re

from tests.generators.slides_office import _PptxSlides, seed_cell

THRESHOLD = 10.0  # % Réalisé below which the figure is flagged
RED = (192 / 255, 0.0, 0.0)  # #C00000, PowerPoint's « Rouge foncé »
DONE_COLUMN = 2  # « % Réalisé »
PERCENT = re.compile(r"^(\d+(?:,\d+)?)( %)$")


def lagging(value: str) -> re.Match[str] | None:
    """``value``'s figure and « % » when it is a percentage below :data:`THRESHOLD`."""
    match = PERCENT.match(value)
    if match and float(match.group(1).replace(",", ".")) < THRESHOLD:
        return match
    return None


class PptxCoquelicotSlides(_PptxSlides):
    """``cot000_pptx``'s slides, every « % Réalisé » below 10 % its figure bold red."""

    def __init__(self, base: object) -> None:
        super().__init__(base)
        self._flag: re.Match[str] | None = None
        self.flagged = 0

    def _seed_cell(self, row: tuple, column: int) -> tuple[str, bool]:  # type: ignore[override]
        value, axis = seed_cell(row, column)
        self._flag = lagging(value) if column == DONE_COLUMN else None
        return value, axis

    def _run(self, par: object, text: str, size: float, bold: bool, color: tuple) -> None:
        flag, self._flag = self._flag, None
        if flag is None or flag.group() != text:
            super()._run(par, text, size, bold, color)
            return
        super()._run(par, flag.group(1), size, True, RED)
        super()._run(par, flag.group(2), size, bold, color)
        self.flagged += 1

    def finish(self) -> object:
        if self.flagged != 10:
            raise ValueError(f"{self.flagged} figures flagged, 10 expected")
        return super().finish()


__all__ = ["RED", "THRESHOLD", "PptxCoquelicotSlides", "lagging"]
