"""A plan whose author marked every heading line with Word's EMPHASIS MARK « • »
(hundred-and-ninety-sixth held-out set, ``plan_docx_grenetis``): each run of the axis,
objective, section, bold and fiche heading paragraphs carries ``w:em w:val="dot"`` (Police ›
Accent, :func:`emphasis_dot`), which Writer 7.4 prints on Latin text as one small filled disc
above each space of the line, not over its letters. The fields ``plan_docx_narrowstep``'s
plain black grid; each steps table ``plan_docx_bossage``'s (``echo``'s six columns in a
black grid, its header repeated, a row a step, no footer row:
:func:`tests.generators.docx_bossage.bossage_impl`).

The rest ``plan_docx_narrowstep``'s document. Only the layout comes from here: every value
is the seed's.
"""

from __future__ import annotations

EMPHASIS = "dot"  # w:em's value: Word's « • » emphasis mark


def emphasis_dot(run: object) -> None:
    """``run`` carrying Word's emphasis mark « • » (``w:em w:val="dot"``)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    mark = OxmlElement("w:em")
    mark.set(qn("w:val"), EMPHASIS)
    run._r.get_or_add_rPr().append(mark)  # type: ignore[attr-defined]


__all__ = ["EMPHASIS", "emphasis_dot"]
