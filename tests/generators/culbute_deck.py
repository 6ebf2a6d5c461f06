"""The seed 000 deck whose SHAPE TREES ARE WRITTEN UPSIDE DOWN (two-hundred-and-eleventh
held-out set, ``cot000_pptxculbute``), as a deck whose boxes were pasted bottom first into a
new template: on every slide (:func:`upside_down`) the shapes without text — fills, frames,
rules, pictures — come first in the order they were drawn, then every shape carrying text —
text boxes and tables — in the REVERSE of the order they were drawn in, so Impress paints
(and writes into the page's content stream) the slide's last text first and its title last.

Every shape, place, size, colour and text as :class:`tests.generators.slides_office.
_PptxSlides` draws it: 15 slides. Only the layout comes from here: every value is the
seed's.
"""

from __future__ import annotations

from tests.generators.slides_office import _PptxSlides

_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_P = "{http://schemas.openxmlformats.org/presentationml/2006/main}"
_SHAPES = {_P + "sp", _P + "graphicFrame", _P + "pic", _P + "cxnSp", _P + "grpSp"}


def _has_text(shape: object) -> bool:
    """Whether a shape element carries text: a table, or a run of non-blank text."""
    if shape.tag == _P + "graphicFrame":  # type: ignore[attr-defined]
        return True
    return any((t.text or "").strip() for t in shape.iter(_A + "t"))  # type: ignore[attr-defined]


def upside_down(tree: object) -> None:
    """``tree`` (a ``p:spTree``) rewritten: textless shapes first in their order, then the
    text-bearing shapes in reverse order; the group's own properties kept in front."""
    shapes = [child for child in tree if child.tag in _SHAPES]  # type: ignore[attr-defined]
    bare = [shape for shape in shapes if not _has_text(shape)]
    texts = [shape for shape in shapes if _has_text(shape)]
    for shape in shapes:
        tree.remove(shape)  # type: ignore[attr-defined]
    tail = tree.find(_P + "extLst")  # type: ignore[attr-defined]
    for shape in bare + texts[::-1]:
        if tail is None:
            tree.append(shape)  # type: ignore[attr-defined]
        else:
            tail.addprevious(shape)


class PptxCulbuteSlides(_PptxSlides):
    """``cot000_pptx``'s slides, each slide's shape tree written upside down."""

    def finish(self) -> object:
        for slide in self.prs.slides:
            upside_down(slide.shapes._spTree)
        return self.prs


__all__ = ["PptxCulbuteSlides", "upside_down"]
