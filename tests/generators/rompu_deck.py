"""The seed 000 deck whose progress tables' FIGURE HEADER LABELS ARE BROKEN BY MANUAL LINE
BREAKS (hundred-and-eighty-third held-out set, ``cot000_pptxrompu``): as authors narrow
their figure columns, the agent pressed « Maj+Entrée » inside « Points restants »,
« % Réalisé » and « % Programmé », so each header label prints on two lines, each « % »
alone on its first.

Every slide as :class:`tests.generators.slides_office._PptxSlides` draws it; only the runs of
the three header labels of :data:`BREAKS` are written as two runs of the same type with an
``a:br`` between them (:meth:`PptxRompuSlides._run`): 15 slides. Only the layout comes from
here: every value is the seed's.
"""

from __future__ import annotations

import copy

from tests.generators.slides_office import _PptxSlides

# a header label → its two lines (the manual line break replaces the space)
BREAKS = {
    "Points restants": ("Points", "restants"),
    "% Réalisé": ("%", "Réalisé"),
    "% Programmé": ("%", "Programmé"),
}


class PptxRompuSlides(_PptxSlides):
    """``cot000_pptx``'s slides; the figure header labels broken by an ``a:br``."""

    def _run(self, par: object, text: str, size: float, bold: bool, color: tuple) -> None:
        if text not in BREAKS:
            super()._run(par, text, size, bold, color)
            return
        first, second = BREAKS[text]
        super()._run(par, first, size, bold, color)
        super()._run(par, second, size, bold, color)
        runs = par._p.r_lst  # type: ignore[attr-defined]  # noqa: SLF001
        brk = runs[-1].makeelement(runs[-1].tag.replace("}r", "}br"), {})
        brk.append(copy.deepcopy(runs[-2].rPr))
        runs[-2].addnext(brk)
