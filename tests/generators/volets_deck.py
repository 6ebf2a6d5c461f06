"""The seed 000 deck whose progress tables were REARRANGED AS A DASHBOARD OF « VOLETS »
(hundred-and-fifty-third held-out set, ``cot000_pptxvolets``): each table cut into ONE SMALL
REAL POWERPOINT TABLE PER ▼ AXIS BLOCK (its ▼ row and the ▶ rows under it), each under its
own copy of the header row (the table's label, « Points restants », « % Réalisé », « %
Programmé », bold white on #0073B3), the tables laid out THREE ACROSS in seed order row by
row: blocks 1–3 side by side from the table's usual top, blocks 4–6 side by side 8 pt under
the lowest foot of the first three (as estimated here from the wrapped lines); each table
225.33 pt wide (columns 99.33 / 42 / 42 / 42 pt), 6 pt DejaVu Sans Condensed, cell margins
1 pt / 2 pt, rows at least 9 pt high, Impress growing them to their wrapped lines; body rows
banded #EAF1FA / white from each table's ▼ row.

Every other slide as :class:`tests.generators.slides_office._PptxSlides` draws it. Only the
layout comes from here: every value is the seed's.
"""

from __future__ import annotations

import math
import re

from tests.generators.encadre_deck import blocks
from tests.generators.progress_deck import BANDS, DARK, HEAD, HEADS, WHITE
from tests.generators.slides_office import _PptxSlides, filled_cell, seed_cell

LEFT, WIDTH = 14.0, 692.0  # pt, the grid's left side and width
ACROSS = 3  # tables a grid row
GAP = 8.0  # pt between two tables, across and down
COLUMNS = (99.33, 42.0, 42.0, 42.0)  # pt, a small table's columns
SIZE = 6.0  # pt, every text
LINE = 7.2  # pt a wrapped line, as Impress sets 6 pt DejaVu Sans Condensed
MARGIN_V, MARGIN_H = 1.0, 2.0  # pt, the cells' inner margins
MIN_ROW = 9.0  # pt, a row's stored height
SLACK = 1.0  # pt taken off a column's text width when estimating its wrapped lines


class PptxVoletsSlides(_PptxSlides):
    """Progress tables as one small table per ▼ axis block, three across, each headed."""

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        self.slide()
        top = self.title(title) - 6
        heads = (header, *HEADS)
        cut = blocks(rows)
        width = (WIDTH - GAP * (ACROSS - 1)) / ACROSS
        for start in range(0, len(cut), ACROSS):
            feet = []
            for k, (first, last) in enumerate(cut[start : start + ACROSS]):
                body = rows[first : last + 1]
                self._volet(LEFT + k * (width + GAP), top, heads, body)
                feet.append(top + self._height(heads, body))
            top = max(feet) + GAP

    def _lines(self, text: str, room: float, bold: bool) -> int:
        """``text``'s lines wrapped greedily at ``room`` pt, its spaces (a label's indent
        and the gaps after its code) counted as Impress counts them."""
        font = "bold" if bold else "regular"
        lines, current = 1, ""
        for token in re.findall(r"\s*\S+", text):  # a word and the spaces before it
            trial = current + token
            if current.strip() and self.width(trial, SIZE, font) > room:
                lines += 1
                current = token.lstrip()
            else:
                current = trial
            # a word wider than the room: Impress breaks it, over as many lines as it needs
            lines += math.ceil(self.width(current, SIZE, font) / room) - 1 if current else 0
            current = current if self.width(current, SIZE, font) <= room else ""
        return lines

    def _row_height(self, texts: list[str], bold: bool) -> float:
        """A row's height as Impress will grow it: its tallest cell's wrapped lines."""
        lines = 1
        for text, column in zip(texts, COLUMNS, strict=True):
            lines = max(lines, self._lines(text, column - 2 * MARGIN_H - SLACK, bold))
        return max(MIN_ROW, math.ceil(lines * LINE + 2 * MARGIN_V))

    def _height(self, heads: tuple[str, ...], body: list[tuple]) -> float:
        """A small table's estimated height: its header row and its body rows."""
        height = self._row_height(list(heads), True)
        for row in body:
            texts = [seed_cell(row, c)[0] for c in range(4)]
            height += self._row_height(texts, seed_cell(row, 0)[1])
        return height

    def _volet(self, x: float, y: float, heads: tuple[str, ...], body: list[tuple]) -> None:
        """One block's table at (``x``, ``y``): the header row ``heads`` then ``body``'s rows."""
        from pptx.util import Pt

        n = 1 + len(body)
        shape = self.current.shapes.add_table(  # type: ignore[attr-defined]
            n, 4, Pt(x), Pt(y), Pt(sum(COLUMNS)), Pt(MIN_ROW * n)
        )
        table = shape.table
        for c, w in enumerate(COLUMNS):
            table.columns[c].width = Pt(w)
        for r in range(n):
            table.rows[r].height = Pt(MIN_ROW)
            for c in range(4):
                if r == 0:
                    par = filled_cell(table, r, c, HEAD)
                    value, bold, colour = heads[c], True, WHITE
                else:
                    par = filled_cell(table, r, c, BANDS[(r - 1) % 2])
                    value, bold = seed_cell(body[r - 1], c)
                    colour = DARK
                cell = table.cell(r, c)
                cell.margin_top = cell.margin_bottom = Pt(MARGIN_V)
                cell.margin_left = cell.margin_right = Pt(MARGIN_H)
                self._run(par, value, SIZE, bold, colour)
