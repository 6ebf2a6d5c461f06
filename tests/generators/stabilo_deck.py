"""The seed 000 deck whose presenter MARKED THE FIGURES HE COMMENTS WITH THE TEXT
HIGHLIGHTER (hundred-and-thirty-fifth held-out set, ``cot000_pptxstabilo``): in each
progress table, on every body row whose « % Réalisé » is :data:`THRESHOLD` % or more, that
figure's run and the row's label run carry PowerPoint's « Couleur de surbrillance du texte »
(``a:highlight``, :data:`YELLOW`), which Impress prints as a filled rectangle behind each
run's glyphs.

The table is ``cot000_pptx``'s (where it stands, its columns, header, bands and cells);
every other slide as :class:`tests.generators.progress_deck.PptxProgressSlides` draws it.
Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.progress_deck import DARK, HEADS, SIZE, PptxProgressSlides

THRESHOLD = 30.0  # % Réalisé from which a row is marked
YELLOW = "FFFF00"
DONE = 2  # the « % Réalisé » column


def marked(row: tuple) -> bool:
    """Whether the seed progress ``row``'s « % Réalisé » is :data:`THRESHOLD` % or more."""
    done = row[4].replace("%", "").replace(",", ".").strip()
    return float(done) >= THRESHOLD


def highlight(par: object) -> None:
    """Every run of ``par`` highlighted :data:`YELLOW`."""
    from pptx.oxml.xmlchemy import OxmlElement

    for run in par.runs:  # type: ignore[attr-defined]
        mark = OxmlElement("a:highlight")
        colour = OxmlElement("a:srgbClr")
        colour.set("val", YELLOW)
        mark.append(colour)
        run._r.get_or_add_rPr().append(mark)


class PptxStabiloSlides(PptxProgressSlides):
    """Progress tables whose commented figures and labels are highlighted yellow."""

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        _, table = self._new_grid(title, rows, eci)
        self._head_row(table, [header, *HEADS])
        for r, row, fill in self._body_rows(table, rows):
            on = marked(row)

            def write(par: object, c: int, value: str, axis: bool, on: bool = on) -> None:
                self._run(par, value, SIZE, axis, DARK)
                if on and c in (0, DONE):
                    highlight(par)

            self._seed_cells(table, r, row, fill, write=write)
