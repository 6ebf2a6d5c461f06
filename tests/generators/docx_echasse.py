"""A plan whose author RAISED EVERY FIELD LABEL (hundred-and-ninety-ninth held-out set,
``plan_docx_echasse``): each run of each fields table's label cell carries Word's
« Position : Élevé de 3 pt » (Police › Paramètres avancés › Position, ``w:position`` of
:data:`RAISE` half-points, :func:`raised`), so Writer prints the bold label, its size kept,
above the baseline its value's first line sits on in the same row. The fields otherwise
``plan_docx_narrowstep``'s plain black grid (:func:`echasse_fields`); each steps table
``plan_docx_bossage``'s (``echo``'s six columns in a black grid, its header repeated, a row a
step, no footer row: :func:`tests.generators.docx_bossage.bossage_impl`); values, headings
and steps cells never raised.

The rest ``plan_docx_narrowstep``'s document. Only the layout comes from here: every value
is the seed's.
"""

from __future__ import annotations

RAISE = 6  # w:position's value, half-points: « Élevé de 3 pt »


def raised(run: object) -> None:
    """``run`` set « Élevé de 3 pt » (``w:position w:val="6"``)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    position = OxmlElement("w:position")
    position.set(qn("w:val"), str(RAISE))
    r_pr = run._r.get_or_add_rPr()  # type: ignore[attr-defined]
    size = r_pr.find(qn("w:sz"))  # the schema's order: w:position before w:sz
    if size is not None:
        size.addprevious(position)
    else:
        r_pr.append(position)


def echasse_fields(doc: object, fields: list[tuple[str, str]]) -> None:
    """``narrowstep``'s fields table, every run of its label column raised."""
    from tests.generators.docx_narrowstep import narrowstep_fields

    narrowstep_fields(doc, fields)
    table = doc.tables[-1]  # type: ignore[attr-defined]
    for row in table.rows:
        for par in row.cells[0].paragraphs:
            for run in par.runs:
                raised(run)


__all__ = ["RAISE", "echasse_fields", "raised"]
