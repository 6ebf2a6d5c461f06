"""The seed 000 deck whose « % Réalisé » figures are UPDATED BY HAND, THE PREVIOUS FIGURE
LEFT STRUCK THROUGH BEFORE THE NEW ONE (hundred-and-twelfth held-out set,
``cot000_pptxcorrige``), as a consultant updates a committee deck « pour mémoire »: every
body « % Réalisé » cell whose seed value is :data:`STEP` % or more holds first a run of the
previous figure — the seed percentage less :data:`STEP` points, written as the seed writes
it — grey :data:`OLD_GREY`, single strikethrough (``strike="sngStrike"``), then a space and
the seed value; a smaller value (« 0 % ») unchanged.

Each table ``cot000_pptx``'s real PowerPoint table (place, widths, banded look); every other
slide as :class:`tests.generators.slides_office._PptxSlides` draws it. Only the layout comes
from here: every value is the seed's (the struck-through figures are not).
"""

from __future__ import annotations

from tests.generators.progress_deck import DARK, SIZE, PptxProgressSlides

DONE = 2  # the « % Réalisé » column
STEP = 5  # points taken off the seed value for the previous figure
OLD_GREY = (0.5, 0.5, 0.5)  # #808080


def previous(value: str) -> str | None:
    """The previous figure of a seed percentage ``value`` (« 16,4 % » → « 11,4 % »), written
    with its decimals and decimal comma; ``None`` below :data:`STEP` %."""
    number = value.removesuffix("%").strip()
    decimals = len(number.partition(",")[2])
    old = float(number.replace(",", ".")) - STEP
    if old < 0:
        return None
    return f"{old:.{decimals}f}".replace(".", ",") + " %"


class PptxCorrigeSlides(PptxProgressSlides):
    """``cot000_pptx``'s slides, each « % Réalisé » of :data:`STEP` % or more after its
    struck-through previous figure."""

    def _corrected(self, par: object, column: int, value: str, axis: bool) -> None:
        old = previous(value) if column == DONE else None
        if old is not None:
            self._run(par, old, SIZE, axis, OLD_GREY)
            par.runs[-1]._r.get_or_add_rPr().set("strike", "sngStrike")  # type: ignore[attr-defined]
            value = " " + value
        self._run(par, value, SIZE, axis, DARK)

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        self._noted_table(title, header, rows, eci, self._corrected)
