"""Steps text PASTED FROM A PDF REPORT AND JUSTIFIED (sixty-seventh held-out set,
``plan_docx_etire``): ``plan_docx_grid``'s document whose every steps body paragraph is
aligned « Justifié » and cut into the source PDF's lines, 45 characters at most, by manual
line breaks (``w:br``, « Maj+Entrée ») taking the place of the spaces there. Those lines are
wider than the narrow cells, so Writer wraps each of them and, as Word does, STRETCHES the
piece before each manual break across the whole cell: a few words with huge gaps.

The .docx of ``plan_docx_grid`` is written first, then its steps body cells rewritten here.
Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

import copy
from pathlib import Path

LINE = 45  # characters, the source PDF's line at most
STEP_LABELS = ("Etape", "Descriptif", "Planification")


def pasted_lines(text: str, width: int = LINE) -> list[str]:
    """``text`` cut greedily at spaces into lines of ``width`` characters at most (a longer
    word a line of its own)."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    if current:
        lines.append(current)
    return lines


def _justify(p: object) -> None:
    """« Justifié »: ``w:jc="both"`` in the paragraph's properties."""
    from docx.oxml.ns import qn

    p.get_or_add_pPr().get_or_add_jc().set(qn("w:val"), "both")  # type: ignore[attr-defined]


def _paste(p: object) -> None:
    """The paragraph justified, its text one run of the pasted lines parted by ``w:br``."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    runs = p.findall(qn("w:r"))  # type: ignore[attr-defined]
    text = "".join(t.text or "" for r in runs for t in r.findall(qn("w:t")))
    if not text.strip():
        return
    _justify(p)
    lines = pasted_lines(text)
    if len(lines) < 2:
        return
    run = OxmlElement("w:r")
    r_pr = runs[0].find(qn("w:rPr"))
    if r_pr is not None:
        run.append(copy.deepcopy(r_pr))
    for index, line in enumerate(lines):
        if index:
            run.append(OxmlElement("w:br"))
        t = OxmlElement("w:t")
        t.set(qn("xml:space"), "preserve")
        t.text = line
        run.append(t)
    runs[0].addprevious(run)
    for old in runs:
        p.remove(old)  # type: ignore[attr-defined]


def add_etire(path: Path) -> Path:
    """Rewrite the .docx at ``path`` (``plan_docx_grid``'s): every steps body paragraph
    justified and cut by manual line breaks into a pasted PDF's lines; returns ``path``."""
    from docx import Document
    from docx.oxml.ns import qn

    doc = Document(str(path))
    for table in doc.tables:
        labels = [cell.text.strip() for cell in table.rows[0].cells]
        if not all(label in labels for label in STEP_LABELS):
            continue
        for row in table.rows[1:]:
            for tc in row._tr.findall(qn("w:tc")):
                for p in tc.findall(qn("w:p")):
                    _paste(p)
    doc.save(str(path))
    return path
