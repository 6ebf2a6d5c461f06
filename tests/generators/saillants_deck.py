"""The seed 000 deck whose progress tables are NARROWED BESIDE A « POINTS CLÉS » BOX (ninetieth
held-out set, ``cot000_pptxsaillants``).

Each progress table is ``cot000_pptx``'s real PowerPoint table in its banded look but
:data:`WIDTHS` wide (480 pt), and to its right, level with its top, a grey key-points box
(:data:`BOX`, not in the seed) whose three bulleted sentences quote the table's own labels
and figures (:func:`key_points`). Every other slide as
:class:`tests.generators.slides_office._PptxSlides` draws it. Only the layout comes from
here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.progress_deck import DARK, HEADS, SIZE, PptxProgressSlides

WIDTHS = (330.0, 50.0, 50.0, 50.0)  # pt, both tables
BOX = (506.0, 200.0, 150.0)  # pt: left edge, width, height
BOX_FILL = (0xF2 / 255, 0xF2 / 255, 0xF2 / 255)
BLUE = (0.0, 0x73 / 255, 0xB3 / 255)
BAR = 3.0  # pt, the blue bar along the box's left edge
INSET = 6.0  # pt
HEADING = "Points clés"


def _number(text: str) -> float:
    return float(text.replace("%", "").replace(",", ".").strip())


def key_points(rows: list[tuple]) -> list[str]:
    """The box's three sentences: the ▼ row of highest % Réalisé, the ▼ row of most points,
    the ▼ and ▶ row counts; labels and figures as the table prints them (first on a tie)."""
    axes = [row for row in rows if row[0] == "▼"]
    done = max(axes, key=lambda row: _number(row[4]))
    left = max(axes, key=lambda row: _number(row[3]))
    return [
        f"Avancement le plus fort : {done[2]} ({done[4]} réalisé)",
        f"Plus grand reste à faire : {left[2]} ({left[3]} points)",
        f"{len(axes)} axes et {len(rows) - len(axes)} sous-axes suivis",
    ]


class PptxSaillantsSlides(PptxProgressSlides):
    """Progress tables narrowed to 480 pt, a key-points box beside each."""

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        from pptx.util import Pt

        y, table = self._sized_grid(title, len(rows), WIDTHS, pitch=12)
        self._head_row(table, [header, *HEADS])
        for r, row, fill in self._body_rows(table, rows):
            self._seed_cells(table, r, row, fill)
        x, w, h = BOX
        self.rect(x, y, w, h, BOX_FILL)
        self.rect(x, y, BAR, h, BLUE)
        frame = self._box(x, y, w, h)
        frame.margin_left = frame.margin_right = Pt(INSET)  # type: ignore[attr-defined]
        frame.margin_top = frame.margin_bottom = Pt(INSET)  # type: ignore[attr-defined]
        frame.word_wrap = True  # type: ignore[attr-defined]
        par = frame.paragraphs[0]  # type: ignore[attr-defined]
        self._run(par, HEADING, 9, True, BLUE)
        for sentence in key_points(rows):
            par = frame.add_paragraph()  # type: ignore[attr-defined]
            par.space_before = Pt(4)
            self._run(par, f"• {sentence}", SIZE, False, DARK)
