"""A draft REVIEWED UNDER « SUIVI DES MODIFICATIONS » and printed with its changes shown
(sixty-fourth held-out set, ``plan_docx_rature``): ``plan_docx_grid``'s document whose steps
tables' early-draft placeholders were typed over with track changes on. In every non-empty
« Planification » and « Ressources à mobiliser » body cell, a tracked DELETION (``w:del``) of
the placeholder (« À définir », « À chiffrer »; not in the seed) right before the cell's seed
text as a tracked INSERTION (``w:ins``); Writer shows the deletion struck through, the
insertion underlined, both in the author's colour, a change bar in the margin.

The .docx of ``plan_docx_grid`` is written first, then its steps cells rewritten here. Only
the layout comes from here: every value is the seed's (the placeholders are not).
"""

from __future__ import annotations

import copy
from pathlib import Path

AUTHOR = "Chargée de mission PCAET"
DATE = "2019-11-05T10:00:00Z"
PLACEHOLDERS = {"Planification": "À définir", "Ressources à mobiliser": "À chiffrer"}


def _change(tag: str, ident: int) -> object:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    el = OxmlElement(tag)
    el.set(qn("w:id"), str(ident))
    el.set(qn("w:author"), AUTHOR)
    el.set(qn("w:date"), DATE)
    return el


def _deleted_run(text: str, like: object | None) -> object:
    """A run of ``text`` as deleted text (``w:delText``), with ``like``'s run properties."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    run = OxmlElement("w:r")
    if like is not None and like.rPr is not None:  # type: ignore[attr-defined]
        run.append(copy.deepcopy(like.rPr))  # type: ignore[attr-defined]
    text_el = OxmlElement("w:delText")
    text_el.set(qn("xml:space"), "preserve")
    text_el.text = text
    run.append(text_el)
    return run


def _retype(cell: object, placeholder: str, ident: int) -> int:
    """The placeholder deleted, then every run of the cell inserted; returns the next id."""
    runs = [run for par in cell.paragraphs for run in par.runs]  # type: ignore[attr-defined]
    first = cell.paragraphs[0]  # type: ignore[attr-defined]
    deletion = _change("w:del", ident)
    deletion.append(_deleted_run(placeholder, runs[0]._r if runs else None))  # type: ignore[attr-defined]
    ident += 1
    if first.runs:
        first.runs[0]._r.addprevious(deletion)
    else:
        first._p.append(deletion)
    for run in runs:
        insertion = _change("w:ins", ident)
        ident += 1
        run._r.addprevious(insertion)
        insertion.append(run._r)  # type: ignore[attr-defined]
    return ident


def add_ratures(path: Path) -> Path:
    """Rewrite the .docx at ``path`` (``plan_docx_grid``'s): the placeholders typed over
    under track changes, « Suivi des modifications » on; returns ``path``."""
    from docx import Document
    from docx.oxml import OxmlElement

    doc = Document(str(path))
    ident = 2000
    for table in doc.tables:
        labels = [cell.text for cell in table.rows[0].cells]
        columns = {
            labels.index(label): text for label, text in PLACEHOLDERS.items() if label in labels
        }
        if len(columns) != len(PLACEHOLDERS):
            continue
        for row in table.rows[1:]:
            cells = row.cells
            for c, placeholder in columns.items():
                if cells[c].text.strip():
                    ident = _retype(cells[c], placeholder, ident)
    doc.settings.element.append(OxmlElement("w:trackRevisions"))
    doc.save(str(path))
    return path
