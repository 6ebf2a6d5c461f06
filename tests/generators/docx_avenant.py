"""A plan OPENED BY ITS VERSION HISTORY (two-hundred-and-forty-fourth held-out set,
``plan_docx_avenant``): :func:`add_avenant` takes ``plan_docx_grid``'s .docx and puts before
its first paragraph (« Axe 1 : ») a heading :data:`HEADING` — a copy of the first
« Modalités de mise en oeuvre » paragraph, its text replaced — and A DEEP COPY OF THE FIRST
STEPS TABLE (widths, borders, header format, repeated header; its vertically merged cells
split, an empty one given a copy of a « Descriptif » value's run) whose header reads
:data:`HEADER` and whose body rows are :data:`ROWS`, then an empty paragraph: a look-alike
table, the steps' shape, not steps.

Only the layout comes from here: every value of the seed is unchanged (the version history
is document furniture, no part of any fiche).
"""

from __future__ import annotations

import copy
from pathlib import Path

from tests.generators.seed001 import IMPL_TITLE

HEADING = "Suivi des versions du document"  # not in the seed
HEADER = ("Version", "Objet de la modification", "Date", "Rédaction", "Validation", "Diffusion")
ROWS = (
    (
        "V0.1",
        "Première rédaction des fiches actions à partir des ateliers de concertation",
        "12/03/2019",
        "Chargée de mission PCAET",
        "Comité technique",
        "Services",
    ),
    (
        "V0.2",
        "Intégration des avis des partenaires et de l'évaluation environnementale stratégique",
        "28/06/2019",
        "Chargée de mission PCAET",
        "Comité de pilotage",
        "Partenaires",
    ),
    (
        "V1.0",
        "Version soumise à l'avis de l'Autorité environnementale et à la consultation du public",
        "15/10/2019",
        "Pôle Climat Energie",
        "Conseil communautaire",
        "Public",
    ),
)
STEPS_HEADER = (
    "Etape",
    "Descriptif",
    "Planification",
    "Ressources à mobiliser",
    "Porteur",
    "Partenaires envisagés",
)


def _set_text(cell: object, value: str, model: object) -> None:
    """``cell``'s first paragraph's first run holding ``value``, every other run and
    paragraph of the cell removed; a cell without a run (a merged cell's continuation in
    the copied steps table) given a copy of the run element ``model``."""
    pars = cell.paragraphs  # type: ignore[attr-defined]
    for par in pars[1:]:
        par._p.getparent().remove(par._p)  # noqa: SLF001
    if not pars[0].runs:
        pars[0]._p.append(copy.deepcopy(model))  # noqa: SLF001
    runs = pars[0].runs
    for run in runs[1:]:
        run._r.getparent().remove(run._r)  # noqa: SLF001
    runs[0].text = value


def add_avenant(path: Path) -> Path:
    """The .docx at ``path`` opened by the version history (see the module); saved in
    place."""
    from docx import Document

    doc = Document(str(path))
    steps = [t for t in doc.tables if tuple(c.text for c in t.rows[0].cells) == STEPS_HEADER]
    impl = [p for p in doc.paragraphs if p.text == IMPL_TITLE]
    if not steps or not impl:
        raise ValueError("no steps table or no implementation heading")
    heading = copy.deepcopy(impl[0]._p)  # noqa: SLF001
    table_el = copy.deepcopy(steps[0]._tbl)  # noqa: SLF001
    for merge in table_el.xpath(".//w:vMerge"):  # the copied steps' merged cells split
        merge.getparent().remove(merge)
    first = doc.paragraphs[0]._p  # noqa: SLF001
    first.addprevious(heading)
    first.addprevious(table_el)
    empty = copy.deepcopy(heading)
    for child in list(empty):
        if not child.tag.endswith("}pPr"):
            empty.remove(child)
    first.addprevious(empty)
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    par = Paragraph(heading, first.getparent())
    if len(par.runs) != 1:
        raise ValueError("a one-run heading expected")
    par.runs[0].text = HEADING
    table = Table(table_el, doc._body)  # noqa: SLF001
    body = list(table.rows)[1:]
    while len(body) < len(ROWS):
        row = copy.deepcopy(body[-1]._tr)  # noqa: SLF001
        body[-1]._tr.addnext(row)  # noqa: SLF001
        body = list(table.rows)[1:]
    for extra in body[len(ROWS) :]:
        extra._tr.getparent().remove(extra._tr)  # noqa: SLF001
    model = copy.deepcopy(table.rows[1].cells[1].paragraphs[0].runs[0]._r)  # noqa: SLF001
    for cell, value in zip(table.rows[0].cells, HEADER, strict=True):
        _set_text(cell, value, model)
    for row, values in zip(list(table.rows)[1:], ROWS, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            _set_text(cell, value, model)
    doc.save(str(path))
    return path


__all__ = ["HEADER", "HEADING", "ROWS", "add_avenant"]
