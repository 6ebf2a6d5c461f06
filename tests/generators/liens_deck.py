"""The seed 000 deck whose progress labels are HYPERLINKS to the indicators' pages
(hundred-and-forty-sixth held-out set, ``cot000_pptxliens``): each table where
``cot000_pptx``'s stands, its colours, bands and type, but every body label cell's text (▼
and ▶ rows alike) one run carrying an ``a:hlinkClick`` to
``https://observatoire.grand-auch.fr/pcaet/cot/<table>-<row>``, explicitly UNDERLINED and
coloured the theme's hyperlink blue #0563C1 as PowerPoint shows links; the numbers unchanged.

Every other slide as ``cot000_pptx`` draws it. Only the layout comes from here: every value
is the seed's.
"""

from __future__ import annotations

from tests.generators.slides_office import _PptxSlides

LINK = "0563C1"
SITE = "https://observatoire.grand-auch.fr/pcaet/cot"


class PptxLiensSlides(_PptxSlides):
    """``cot000_pptx``'s slides; each progress table's body labels underlined hyperlinks."""

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        from pptx.dml.color import RGBColor

        self.slide()
        self._banded(self.title(title) - 6, header, rows, eci)
        table = [s for s in self.current.shapes if s.has_table][-1].table
        prefix = "eci" if eci else "cae"
        for r in range(1, len(rows) + 1):
            for run in table.cell(r, 0).text_frame.paragraphs[0].runs:
                run.hyperlink.address = f"{SITE}/{prefix}-{r}"
                run.font.underline = True
                run.font.color.rgb = RGBColor.from_string(LINK)
