"""The seed 000 deck whose progress tables' numbers are written as a workbook in an ENGLISH
(United States) locale formats them (thirty-eighth held-out set, ``cot000_pptxlocale``): a
decimal point and always one decimal (« 0.0 »: « 58,7 » → « 58.7 », « 26 » → « 26.0 »),
percentages « 0.0% » with the sign glued to the number (« 16,4 % » → « 16.4% », « 0 % » →
« 0.0% »), pasted into PowerPoint keeping the source formatting.

The tables are ``cot000_pptx``'s real PowerPoint tables (same geometry, fills and labels, the
labels French); every other slide as :class:`tests.generators.slides_office._PptxSlides` draws
it. The values are the seed's, only written another way.
"""

from __future__ import annotations

from tests.generators.slides_office import _PptxSlides


def _number(value: str) -> float:
    return float(value.replace("%", "").replace("\u202f", "").replace(",", ".").strip())


def english_points(value: str) -> str:
    """Excel's « 0.0 » in an English locale: « 58,7 » → « 58.7 », « 26 » → « 26.0 »."""
    return f"{_number(value):.1f}"


def english_percent(value: str) -> str:
    """Excel's « 0.0% » in an English locale: « 16,4 % » → « 16.4% », « 27 % » → « 27.0% »."""
    return f"{_number(value):.1f}%"


def english_row(row: tuple) -> tuple:
    """A seed progress row with its three numbers in the English formats; the marker, code
    and label unchanged."""
    marker, code, label, points, done, prog = row
    return (
        marker,
        code,
        label,
        english_points(points),
        english_percent(done),
        english_percent(prog),
    )


class PptxLocaleSlides(_PptxSlides):
    """Progress tables as ``cot000_pptx``'s, their numbers in English-locale formats."""

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        self.slide()
        self._banded(self.title(title) - 6, header, [english_row(row) for row in rows], eci)
