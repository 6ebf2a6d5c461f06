"""A plan whose author chose Word's PAGE COLOUR (two-hundred-and-eighth held-out set,
``plan_docx_ecru``), « Création › Couleur de page › Or, Accentuation 4, plus clair 80 % »,
for a « papier écru » look (:func:`page_colour`: ``w:document/w:background`` of
:data:`PAGE_COLOUR` and the setting ``w:displayBackgroundShape``): Writer fills every page
edge to edge behind its header, headings, grids and text.

The rest ``plan_docx_envers``'s document without its right-to-left mark: ``narrowstep``'s
fields tables, ``echo``'s steps grid without its footer row. Only the layout comes from
here: every value is the seed's.
"""

from __future__ import annotations

PAGE_COLOUR = "FFF2CC"


def page_colour(doc: object, colour: str = PAGE_COLOUR) -> None:
    """``doc`` given Word's page colour ``colour`` (``w:background`` first in
    ``w:document``, ``w:displayBackgroundShape`` first in the settings, as Word writes them)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    background = OxmlElement("w:background")
    background.set(qn("w:color"), colour)
    doc.element.insert(0, background)  # type: ignore[attr-defined]
    settings = doc.settings.element  # type: ignore[attr-defined]
    if settings.find(qn("w:displayBackgroundShape")) is None:
        settings.insert(0, OxmlElement("w:displayBackgroundShape"))


__all__ = ["PAGE_COLOUR", "page_colour"]
