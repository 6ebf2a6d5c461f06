"""The seed 000 deck whose progress tables are a CONSULTANCY TEMPLATE'S « tableau de suivi »
WITH A COMMENTS COLUMN (sixty-fourth held-out set, ``cot000_pptxremarks``): one real
PowerPoint table where ``cot000_pptx``'s starts on five columns, the seed's four then
« Commentaires », whose body cells hold the consultant's short italic grey remark by a rule on
the row's figures — « À programmer en 2021 » where « % Programmé » is 0 %, else « Avancement
satisfaisant » where « % Réalisé » is 30 % or more, else « Retard à rattraper » where
« % Réalisé » is below « % Programmé », else nothing.

Every slide otherwise as :class:`tests.generators.slides_office._PptxSlides` draws it. Only
the layout comes from here: every value is the seed's (the remarks are not).
"""

from __future__ import annotations

from tests.generators.progress_deck import SIZE, PptxProgressSlides

WIDTHS = {False: (330, 80, 80, 80, 122), True: (360, 70, 70, 70, 122)}  # CAE, ECI
REMARKS = "Commentaires"
GREY = (0.25, 0.25, 0.25)  # #404040


def _percent(value: str) -> float:
    """« 16,4 % » → 16.4."""
    return float(value.replace("%", "").replace(",", ".").strip())


def remark(row: tuple) -> str:
    """The consultant's remark on a seed progress row, from its two percentages."""
    done, prog = _percent(row[4]), _percent(row[5])
    if prog == 0:
        return "À programmer en 2021"
    if done >= 30:
        return "Avancement satisfaisant"
    if done < prog:
        return "Retard à rattraper"
    return ""


class PptxRemarksSlides(PptxProgressSlides):
    """``cot000_pptx``'s slides; a « Commentaires » column after each progress table's
    numbers."""

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        from pptx.enum.text import PP_ALIGN

        _, cells = self._column_after(title, header, rows, WIDTHS[eci], REMARKS, PP_ALIGN.LEFT)
        for row, par in cells:
            text = remark(row)
            if text:
                self._run(par, text, SIZE, False, GREY)
                par.runs[0].font.italic = True  # type: ignore[attr-defined]
            else:  # an empty cell's line in the rows' type size, not Impress's 18 pt
                par._p.get_or_add_endParaRPr().set("sz", str(round(SIZE * 100)))  # type: ignore[attr-defined]
