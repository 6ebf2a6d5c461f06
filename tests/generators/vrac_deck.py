"""The seed 000 deck whose AUDIT BULLETS WERE PASTED FROM A PLAIN-TEXT E-MAIL (two-hundred-
and-forty-ninth held-out set, ``cot000_pptxvrac``): ``cot000_pptx``'s slides, but the
bullets of the two audit slides (3 and 4: 10.5 pt, each bullet one text box about 648 pt
wide) copied from the auditor's plain-text e-mail, whose mail program cut the lines at
:data:`LINE` characters, and pasted as they were: each bullet cut by a SHIFT-ENTER line break
(``a:br`` between two runs of one paragraph, the space at the cut dropped) after the last
word ending within :data:`LINE` characters, so a longer bullet prints as two lines, the first
ending about halfway across its box; the next bullets and the vigilance line moved down by
the lines added (the consultant re-spaced them).

Every other slide as :class:`tests.generators.slides_office._PptxSlides` draws it: 15
slides. Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.slides_office import _PptxSlides

LINE = 72  # the e-mail's line length, in characters
AUDIT = (10.5, 660)  # the audit bullets' size and width (slides 3 and 4)
BULLET = (0.0, 0.32, 0.55)  # _PptxSlides.bullets' mark colour


def cuts(text: str, line: int = LINE) -> list[int]:
    """The offsets of the spaces of ``text`` where a mail program cutting lines at ``line``
    characters puts its line breaks."""
    found, start, last_space = [], 0, -1
    for i, char in enumerate(text):
        if char == " ":
            if i - start > line and last_space > start:
                found.append(last_space)
                start = last_space + 1
            last_space = i
    if len(text) - start > line and last_space > start:
        found.append(last_space)
    return found


class PptxVracSlides(_PptxSlides):
    """``cot000_pptx``'s slides, the audit bullets cut by the e-mail's line breaks."""

    def bullets(self, x, y, items, size, width, gap: float = 3) -> float:  # noqa: ANN001
        if (size, width) != AUDIT:
            return super().bullets(x, y, items, size, width, gap)
        for item in items:
            self.text(x, y, "•", size, "regular", BULLET)
            y = self._pasted(x + size * 1.1, y, item, size, width - size * 1.1) + gap
        return y

    def _pasted(self, x: float, y: float, markup: str, size: float, width: float) -> float:
        """One text box holding ``markup`` cut by line breaks at :func:`cuts`; returns the
        next baseline (the lines the breaks make, each measured)."""
        chunks = [(c, n % 2 == 1) for n, c in enumerate(markup.split("**")) if c]
        plain = "".join(c for c, _ in chunks)
        breaks = cuts(plain)
        bounds = [0, *[b + 1 for b in breaks]]
        ends = [*breaks, len(plain)]
        n = sum(len(self.wrap(plain[a:b], size, width)) for a, b in zip(bounds, ends, strict=True))
        frame = self._box(x, y - size * 1.0, width + 4, n * size * 1.25 + 2)
        par = frame.paragraphs[0]
        pos = 0
        for chunk, bold in chunks:
            start = pos
            pos += len(chunk)
            piece = start
            for b in breaks:
                if start <= b < pos:
                    if b > piece:
                        self._run(par, plain[piece:b], size, bold, (0.12, 0.12, 0.12))
                    par.add_line_break()  # type: ignore[attr-defined]
                    piece = b + 1
            if piece < pos:
                self._run(par, plain[piece:pos], size, bold, (0.12, 0.12, 0.12))
        return y + n * size * 1.25


__all__ = ["AUDIT", "LINE", "PptxVracSlides", "cuts"]
