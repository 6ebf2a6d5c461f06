"""The seed 000 deck whose progress numbers have their DECIMAL COMMAS LINED UP BY TYPED
SPACES (hundred-and-eighteenth held-out set, ``cot000_pptxespaces``): as an agent does who
has no decimal tab, every number WITHOUT A DECIMAL PART gets :data:`PAD` ordinary spaces
typed after its digits — at the end of a « Points restants » value (« 43 » → « 43␣␣␣ »),
between the digits and the « ␣% » of a percentage (« 27 % » → « 27␣␣␣␣% ») —, three
spaces being by eye the width of « ,7 », so that in the right-aligned cells its units digit
stands about under the units digit of the numbers with decimals; the numbers with a decimal
part unchanged.

Each table ``cot000_pptx``'s real PowerPoint table (place, widths, banded look); every other
slide as :class:`tests.generators.slides_office._PptxSlides` draws it. Only the layout comes
from here: every value is the seed's (the spaces are not).
"""

from __future__ import annotations

from tests.generators.slides_office import _PptxSlides, seed_cell

PAD = "   "  # three typed spaces, by eye the width of « ,7 »


def padded(value: str) -> str:
    """``value`` with :data:`PAD` typed after its digits when it has no decimal part."""
    if not value or "," in value:
        return value
    number, sep, unit = value.partition(" ")
    return f"{number}{PAD}{sep}{unit}" if sep else f"{number}{PAD}"


class PptxEspacesSlides(_PptxSlides):
    """``cot000_pptx``'s slides, whole progress numbers padded with typed spaces."""

    def _seed_cell(self, row: tuple, column: int) -> tuple[str, bool]:  # type: ignore[override]
        """:func:`seed_cell`'s text; a number column's value :func:`padded`."""
        value, axis = seed_cell(row, column)
        return (value if column == 0 else padded(value)), axis
