"""The seed 000 deck whose progress tables carry an « ÉCART » COLUMN (eighty-ninth held-out
set, ``cot000_pptxplusmoins``): one real PowerPoint table where ``cot000_pptx``'s starts on
five columns, the seed's four then « Écart », whose every body cell holds the signed
difference « % Réalisé » − « % Programmé » in points — one decimal, a comma, an explicit
sign and « pts » (« +10,6 pts », « -3,9 pts », « 0,0 pts ») —, right-aligned, green when
positive, red when negative, grey when zero, bold on ▼ axis rows; no legend.

Every slide otherwise as :class:`tests.generators.slides_office._PptxSlides` draws it. Only
the layout comes from here: every value is the seed's (the « Écart » column is not).
"""

from __future__ import annotations

from tests.generators.progress_deck import SIZE, PptxProgressSlides
from tests.generators.slides_office import seed_cell

WIDTHS = {False: (330, 100, 100, 100, 62), True: (360, 90, 90, 90, 62)}  # CAE, ECI
LABEL = "Écart"
GREEN, RED, GREY = "00B050", "C00000", "595959"


def _percent(value: str) -> float | None:
    """« 16,4 % » → 16.4; an empty value → None."""
    text = value.replace("%", "").replace(",", ".").strip()
    return float(text) if text else None


def gap(row: tuple) -> tuple[str, str]:
    """A seed progress row's « Écart » text and colour: « % Réalisé » − « % Programmé » in
    points, signed, one decimal with a comma (« +10,6 pts »); empty when either is empty."""
    done, prog = _percent(row[4]), _percent(row[5])
    if done is None or prog is None:
        return "", GREY
    delta = round(done - prog, 1)
    if delta == 0:
        return "0,0 pts", GREY
    sign = "+" if delta > 0 else "-"
    text = f"{sign}{abs(delta):.1f}".replace(".", ",") + " pts"
    return text, GREEN if delta > 0 else RED


class PptxPlusmoinsSlides(PptxProgressSlides):
    """``cot000_pptx``'s slides; an « Écart » column of signed point differences in each
    progress table."""

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        from pptx.dml.color import RGBColor
        from pptx.enum.text import PP_ALIGN
        from pptx.util import Pt

        _, cells = self._column_after(title, header, rows, WIDTHS[eci], LABEL, PP_ALIGN.RIGHT)
        for row, par in cells:
            text, colour = gap(row)
            if not text:
                par._p.get_or_add_endParaRPr().set("sz", str(round(SIZE * 100)))  # type: ignore[attr-defined]
                continue
            run = par.add_run()  # type: ignore[attr-defined]
            run.text = text
            run.font.size = Pt(SIZE)
            run.font.bold = seed_cell(row, 0)[1]
            run.font.name = "DejaVu Sans Condensed"
            run.font.color.rgb = RGBColor.from_string(colour)
