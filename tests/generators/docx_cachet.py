"""Fiches « TAMPONNÉES » after the steering committee (hundredth held-out set,
``plan_docx_cachet``): in every fiche's last heading line a Word shape — a rounded rectangle
holding text, :data:`STAMP_LINES` — anchored IN FRONT OF THE TEXT (``wp:wrapNone``), with no
fill and a red outline, :data:`STAMP_X_CM` right of the left margin and :data:`STAMP_Y_CM`
below the top of that paragraph, so it lies over the fields table's first value, its words
over the value's own. The fields ``plan_docx_narrowstep``'s table, the steps
``plan_docx_confidentiel``'s (black grids).

Only the layout comes from here: every value is the seed's (the stamp's words are not).
"""

from __future__ import annotations

from itertools import count
from xml.sax.saxutils import escape

from tests.generators.docx_textbox import shape_anchor

STAMP_X_CM = 11.0
STAMP_Y_CM = 0.7
STAMP_WIDTH_CM = 5.4
STAMP_HEIGHT_CM = 1.5
INSET_X_CM, INSET_Y_CM = 0.2, 0.1
RED = "C00000"
OUTLINE_EMU = 28_575  # 2.25 pt
STAMP_LINES = (("FICHE VALIDÉE", True, 24), ("Comité de pilotage du 14/10/2021", False, 16))
_IDS = count(1)


def _stamp_paragraph(text: str, bold: bool, half_points: int) -> str:
    """One centred red paragraph of the stamp."""
    weight = "<w:b/>" if bold else ""
    return (
        '<w:p><w:pPr><w:spacing w:before="0" w:after="0"/><w:jc w:val="center"/></w:pPr>'
        f'<w:r><w:rPr>{weight}<w:color w:val="{RED}"/><w:sz w:val="{half_points}"/></w:rPr>'
        f"<w:t>{escape(text)}</w:t></w:r></w:p>"
    )


def stamp(par: object) -> None:
    """The stamp anchored in a run of its own at the end of paragraph ``par``."""
    shape_id = next(_IDS)
    drawing = shape_anchor(
        shape_id,
        251_660_000 + shape_id,
        (STAMP_X_CM, STAMP_Y_CM, STAMP_WIDTH_CM, STAMP_HEIGHT_CM),
        (INSET_X_CM, INSET_Y_CM),
        ("wrapNone", 0, 1),  # in front of the text
        (OUTLINE_EMU, RED),
        name="Tampon",
        geometry="roundRect",
        fill="<a:noFill/>",
        paragraphs="".join(_stamp_paragraph(*line) for line in STAMP_LINES),
        text_anchor="ctr",
        autofit="noAutofit",
    )
    par.add_run()._r.append(drawing)  # type: ignore[attr-defined]
