"""A plan whose FIGURES ARE MARKED WITH WORD'S TEXT HIGHLIGHTER (two-hundred-and-thirty-eighth
held-out set, ``plan_docx_crayon``): :func:`add_crayon` goes over ``plan_docx_balise``'s .docx
as an agent marks the figures to be checked before a steering committee: in every value
paragraph of the fields tables (their second column, not the labels) and of every body cell
of the steps tables (not the header row), each figure (:func:`figures`: a run of digits with
its inner thousands space, decimal comma and a « % » after it, at least two digits or holding
a comma or a « % ») is cut into a run of its own with the run's properties and
``<w:highlight w:val="yellow"/>`` (:data:`HIGHLIGHT`), the text around it runs of their own
as they were. Writer 7.4 prints each such run on a filled yellow rectangle behind its glyphs.

The document ``plan_docx_balise``'s (``narrowstep``'s fields tables, ``echo``'s steps grid
without its footer row), without its PDF/UA export. Only the layout comes from here: every
value is the seed's.
"""

from __future__ import annotations

import copy
import re
from pathlib import Path

from tests.generators.seed001 import FIELD_LABELS

HIGHLIGHT = "yellow"  # Word's « Couleur de surbrillance du texte »
FIGURE = re.compile(r"\d+(?:[ \u00a0]\d{3})*(?:,\d+)?(?: ?%)?")
STEPS_HEADER = "Etape"  # the steps table's first header label


def figures(text: str) -> list[tuple[int, int]]:
    """The spans of ``text``'s figures: :data:`FIGURE` matches of at least two digits or
    holding a comma or a « % » (not a list's « 1 », nor the « 2 » of « CO2 »)."""
    spans = []
    for match in FIGURE.finditer(text):
        value = match.group()
        if sum(c.isdigit() for c in value) >= 2 or "," in value or "%" in value:
            spans.append(match.span())
    return spans


def _highlight_run(run: object, value: str) -> object:
    """A copy of the ``w:r`` ``run`` holding ``value``, highlighted."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    new = copy.deepcopy(run)
    for t in new.findall(qn("w:t")):  # type: ignore[attr-defined]
        new.remove(t)  # type: ignore[attr-defined]
    t = OxmlElement("w:t")
    t.text = value
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    new.append(t)  # type: ignore[attr-defined]
    rpr = new.get_or_add_rPr()  # type: ignore[attr-defined]
    mark = OxmlElement("w:highlight")
    mark.set(qn("w:val"), HIGHLIGHT)
    rpr.append(mark)
    return new


def _mark_paragraph(par: object) -> int:
    """Each figure of the paragraph's runs (one ``w:t`` each) cut into a highlighted run of
    its own; returns how many."""
    from docx.oxml.ns import qn

    count = 0
    for run in list(par.findall(qn("w:r"))):  # type: ignore[attr-defined]
        texts = run.findall(qn("w:t"))
        if len(texts) != 1 or len(run) - (run.find(qn("w:rPr")) is not None) != 1:
            continue  # only plain text runs
        text = texts[0].text or ""
        spans = figures(text)
        if not spans:
            continue
        pieces: list[tuple[str, bool]] = []
        start = 0
        for a, b in spans:
            if a > start:
                pieces.append((text[start:a], False))
            pieces.append((text[a:b], True))
            start = b
        if start < len(text):
            pieces.append((text[start:], False))
        for value, marked in pieces:
            if marked:
                new = _highlight_run(run, value)
                count += 1
            else:
                new = copy.deepcopy(run)
                t = new.find(qn("w:t"))
                t.text = value
                t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            run.addprevious(new)
        par.remove(run)  # type: ignore[attr-defined]
    return count


def _cells(table: object, rows: range) -> list[object]:
    """The distinct ``w:tc`` of ``table``'s rows ``rows`` (a merged cell once)."""
    seen: list[object] = []
    for r in rows:
        for cell in table.rows[r].cells:  # type: ignore[attr-defined]
            if all(cell._tc is not s for s in seen):  # noqa: SLF001
                seen.append(cell._tc)  # noqa: SLF001
    return seen


def add_crayon(path: Path) -> Path:
    """``path``'s .docx with every figure of the fields' values and the steps' body cells
    highlighted (see the module); saved in place."""
    from docx import Document
    from docx.oxml.ns import qn

    doc = Document(str(path))
    fields = steps = 0
    marked = 0
    for table in doc.tables:
        n_rows = len(table.rows)
        if len(table.columns) == 2:
            labels = [row.cells[0].text for row in table.rows]
            if not set(labels) <= set(FIELD_LABELS):
                continue  # a sommaire table
            fields += 1
            tcs = [row.cells[1]._tc for row in table.rows]  # noqa: SLF001
        elif len(table.columns) == 6:
            steps += 1
            body = [r for r in range(n_rows) if table.rows[r].cells[0].text != STEPS_HEADER]
            tcs = [tc for r in body for tc in _cells(table, range(r, r + 1))]
        else:
            continue
        for tc in tcs:
            for par in tc.iter(qn("w:p")):
                marked += _mark_paragraph(par)
    if (fields, steps) != (12, 12):
        raise ValueError(f"{fields} fields and {steps} steps tables, 12 and 12 expected")
    doc.save(str(path))
    return path


__all__ = ["FIGURE", "HIGHLIGHT", "add_crayon", "figures"]
