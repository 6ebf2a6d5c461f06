"""The seed 000 deck whose progress tables' PERCENTAGES ARE WRITTEN AS DECIMAL FRACTIONS OF ONE
(fifty-third held-out set, ``cot000_pptxfraction``), as a workbook pasted in « Standard »
number format shows them: no « % », the seed's value divided by 100 with a decimal comma and
no trailing zero (« 27 % » → « 0,27 », « 16,4 % » → « 0,164 », « 0 % » → « 0 »).

The tables are otherwise ``cot000_pptx``'s real PowerPoint tables (same geometry, labels,
fills, banding and type); every other slide as
:class:`tests.generators.slides_office._PptxSlides` draws it. The values are the seed's.
"""

from __future__ import annotations

from decimal import Decimal

from tests.generators.slides_office import _PptxSlides


def fraction(percentage: str) -> str:
    """A seed percentage (« 16,4 % ») as a decimal fraction of one (« 0,164 »)."""
    value = Decimal(percentage.removesuffix("%").strip().replace(",", ".")) / 100
    text = format(value.normalize(), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", ",")


class PptxFractionSlides(_PptxSlides):
    """Progress tables as ``cot000_pptx``'s, the percentages as fractions of one."""

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        rows = [
            (marker, code, label, points, fraction(done), fraction(prog))
            for marker, code, label, points, done, prog in rows
        ]
        super().table(title, header, rows, eci)
