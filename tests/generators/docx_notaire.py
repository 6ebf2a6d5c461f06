"""A plan « rendu exécutoire », STAMPED WITH THE PREFECTURE'S ACKNOWLEDGEMENT ON EVERY PAGE
(two-hundred-and-forty-seventh held-out set, ``plan_docx_notaire``): :func:`add_receipt`
takes ``plan_docx_grid``'s .docx and puts in its section header, in a run of its own after
the running header's text, the ACTES transmission's « Accusé de réception en préfecture »
stamp: a DrawingML text box (:func:`tests.generators.docx_textbox.shape_anchor`) anchored to
the PAGE (``relativeFrom="page"`` both ways), in front of the text, :data:`BOX_CM`, white,
a thin navy outline, holding :data:`STAMP_LINES` in 7.5 pt navy. Writer prints it on every
page's top-right corner, as the throwaway probe showed.

Only the layout comes from here: every value is the seed's (the stamp's words, identifier
and dates are page furniture, no part of any label or value).
"""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from tests.generators.docx_textbox import shape_anchor

BOX_CM = (13.4, 0.5, 6.6, 2.0)  # x, y from the page's top-left corner, width, height
INSET_CM = (0.15, 0.1)
NAVY = "1F3864"
OUTLINE_EMU = 9_525  # 0.75 pt
HALF_POINTS = 15  # 7.5 pt
STAMP_LINES = (
    ("Accusé de réception en préfecture", True),
    ("032-200066926-20220315-DEL2022_045-DE", False),
    ("Date de télétransmission : 16/03/2022", False),
    ("Date de réception préfecture : 16/03/2022", False),
)


def _line(text: str, bold: bool) -> str:
    """One navy 7.5 pt paragraph of the stamp, no spacing."""
    weight = "<w:b/>" if bold else ""
    return (
        '<w:p><w:pPr><w:spacing w:before="0" w:after="0"/></w:pPr>'
        f'<w:r><w:rPr>{weight}<w:color w:val="{NAVY}"/><w:sz w:val="{HALF_POINTS}"/></w:rPr>'
        f'<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'
    )


def receipt_stamp() -> object:
    """The stamp's ``w:drawing``, anchored to the page."""
    from docx.oxml.ns import qn

    drawing = shape_anchor(
        1,
        251_661_001,
        BOX_CM,
        INSET_CM,
        ("wrapNone", 0, 1),  # in front of the text
        (OUTLINE_EMU, NAVY),
        name="Accusé de réception",
        geometry="rect",
        fill='<a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill>',
        paragraphs="".join(_line(*line) for line in STAMP_LINES),
        text_anchor="t",
        autofit="noAutofit",
    )
    for position in drawing.iter(qn("wp:positionH"), qn("wp:positionV")):
        position.set("relativeFrom", "page")
    return drawing


def add_receipt(path: Path) -> Path:
    """The .docx at ``path`` with the receipt stamp in its (one) section header; saved in
    place."""
    from docx import Document

    doc = Document(str(path))
    if len(doc.sections) != 1:
        raise ValueError(f"{len(doc.sections)} sections, one expected")
    header = doc.sections[0].header.paragraphs[0]
    if not header.text.startswith("PCAET"):
        raise ValueError(f"unexpected running header {header.text!r}")
    header.add_run()._r.append(receipt_stamp())  # noqa: SLF001
    doc.save(str(path))
    return path


__all__ = ["BOX_CM", "STAMP_LINES", "add_receipt", "receipt_stamp"]
