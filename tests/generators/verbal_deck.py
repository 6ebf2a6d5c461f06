"""The seed 000 deck whose « % Réalisé » cells show THE PERCENTAGE AND A LEVEL WORD
(fifty-second held-out set, ``cot000_pptxverbal``): as a monitoring workbook's formula writes
them and they are pasted — « 27 % (avancé) », « 13,7 % (en cours) », « 6,5 % (faible) »
(« faible » under 10 %, « en cours » from 10 to under 25 %, « avancé » from 25 %).

The tables are otherwise ``cot000_pptx``'s real PowerPoint tables; every other slide as
:class:`tests.generators.slides_office._PptxSlides` draws it. The values are the seed's, the
words are not.
"""

from __future__ import annotations

from tests.generators.slides_office import _PptxSlides


def level(done: str) -> str:
    """The level word of a « % Réalisé » value (« 27 % » → « avancé »)."""
    value = float(done.replace("%", "").replace(",", ".").strip())
    return "faible" if value < 10 else "en cours" if value < 25 else "avancé"


class PptxVerbalSlides(_PptxSlides):
    """Progress tables as ``cot000_pptx``'s, each « % Réalisé » value followed by its level."""

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        worded = [
            (marker, code, label, points, f"{done} ({level(done)})" if done else done, prog)
            for marker, code, label, points, done, prog in rows
        ]
        super().table(title, header, worded, eci)
