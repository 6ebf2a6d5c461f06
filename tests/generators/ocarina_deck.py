"""The seed 000 deck MERGED FROM TWO SOURCE DECKS OF DIFFERENT MASTERS (two-hundred-and-
fifty-first held-out set, ``cot000_pptxocarina``), as the territory's deck takes the audit
slides from the auditor's own deck (« Réutiliser les diapositives », source formatting
kept): slides 3, 4, 7 and 8 (:data:`FOREIGN`: « Rappel des résultats de l'audit CAE »,
« Résultat de l'audit Eci » and the two « Le volet Climat Air Energie » progress tables) are
in the auditor's master: NO TITLE BAND, the title's lines (same size, same baselines as the
band's) at x :data:`TITLE_X` in bold #404040, a #ED7D31 rule 2 pt wide under them from x
:data:`TITLE_X` to 720 − :data:`TITLE_X` at the band's bottom edge; EVERY RUN of these
slides in « Liberation Sans » instead of « DejaVu Sans Condensed »; the progress tables in
the auditor's table style, header row #ED7D31 (white bold text as before), body rows banded
#FBE5D6 / white. Every position, size and text otherwise as
:class:`tests.generators.slides_office._PptxSlides` draws it, and the 11 other slides
``cot000_pptx``'s: 15 slides.

Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.slides_office import _PptxSlides

FOREIGN = (3, 4, 7, 8)  # the slides taken from the auditor's deck
TITLE_X = 36.0
TITLE_COLOR = (0.25, 0.25, 0.25)  # #404040
RULE = (0.929, 0.49, 0.192)  # #ED7D31
FONT = "Liberation Sans"
HEADER_FILL = "ED7D31"
BAND_FILL = "FBE5D6"


class PptxOcarinaSlides(_PptxSlides):
    """``cot000_pptx``'s slides, slides :data:`FOREIGN` in the auditor's master."""

    def foreign(self) -> bool:
        return self.page in FOREIGN

    def _run(self, par: object, text: str, size: float, bold: bool, color: tuple) -> None:
        super()._run(par, text, size, bold, color)
        if self.foreign():
            par.runs[-1].font.name = FONT  # type: ignore[attr-defined]

    def title(self, value: str, size: float | None = None) -> float:
        if not self.foreign():
            return super().title(value, size)
        size = size or 18
        lines = self.wrap(value, size, 680, bold=True)
        if len(lines) > 1:
            size = min(size, 13)
            lines = self.wrap(value, size, 680, bold=True)
        height = max(44, 14 + len(lines) * size * 1.2)
        y = (height - len(lines) * size * 1.2) / 2 + size * 0.95
        for line in lines:
            self.draw_line(TITLE_X, y, line, size, TITLE_COLOR)
            y += size * 1.2
        self.line(TITLE_X, height, 720 - TITLE_X, height, RULE, 2.0)
        return height + 14

    def _banded(self, y: float, header: str, rows: list[tuple], eci: bool, **kw: float) -> None:
        super()._banded(y, header, rows, eci, **kw)
        if not self.foreign():
            return
        from pptx.dml.color import RGBColor

        table = [s for s in self.current.shapes if s.has_table][-1].table  # type: ignore[attr-defined]
        for r, row in enumerate(table.rows):
            fill = HEADER_FILL if r == 0 else BAND_FILL if r % 2 else "FFFFFF"
            for cell in row.cells:
                cell.fill.solid()
                cell.fill.fore_color.rgb = RGBColor.from_string(fill)


__all__ = ["FOREIGN", "FONT", "RULE", "TITLE_X", "PptxOcarinaSlides"]
