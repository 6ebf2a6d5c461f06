"""A plan whose steps tables carry ONE WORD MULTI-LEVEL LIST RUNNING ACROSS THE CELLS
(two-hundred-and-twentieth held-out set, ``plan_docx_echelon``): :func:`add_echelon` gives
the .docx an abstract numbering of its own (:data:`ABSTRACT`, « Liste à plusieurs
niveaux »): level 1 upper roman « %1. », level 2 « %1.%2. » marked LEGAL STYLE
(``w:isLgl``, which Word prints « 2.1. » and Writer 7.4 ignores: « II.1. »); every steps
table (a table whose first row repeats as a header) a new instance of it restarted at 1; in
each body row the step name's first paragraph at level 1 and each non-empty paragraph of the
description (the next cell) at level 2, so the numbers run across the cells, row by row, and
restart at « I. » in each table.

The document ``plan_docx_balise``'s (``narrowstep``'s fields tables, ``echo``'s steps grid
without its footer row), without its PDF/UA export. Only the layout comes from here: every
value is the seed's.
"""

from __future__ import annotations

from pathlib import Path

ABSTRACT = 220  # the abstract numbering's id, clear of the template's
LEVEL1_TWIPS = 397  # 0.7 cm: level 1's left indent and hanging indent
LEVEL2_TWIPS = 567  # 1.0 cm: level 2's


def _w(tag: str) -> str:
    return "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}" + tag


def _abstract_xml() -> str:
    from docx.oxml.ns import nsdecls

    return (
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{ABSTRACT}">'
        '<w:multiLevelType w:val="multilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/>'
        '<w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>'
        f'<w:pPr><w:ind w:left="{LEVEL1_TWIPS}" w:hanging="{LEVEL1_TWIPS}"/></w:pPr></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:isLgl/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%1.%2."/><w:lvlJc w:val="left"/>'
        f'<w:pPr><w:ind w:left="{LEVEL2_TWIPS}" w:hanging="{LEVEL2_TWIPS}"/></w:pPr></w:lvl>'
        "</w:abstractNum>"
    )


def _number(p: object, num_id: int, level: int) -> None:
    """The paragraph ``p`` (a ``w:p``) made an item of instance ``num_id`` at ``level``."""
    num_pr = p.get_or_add_pPr().get_or_add_numPr()  # type: ignore[attr-defined]
    num_pr.get_or_add_ilvl().val = level
    num_pr.get_or_add_numId().val = num_id


def _text(p: object) -> str:
    return "".join(t.text or "" for t in p.iter(_w("t")))  # type: ignore[attr-defined]


def add_echelon(path: Path) -> Path:
    """The .docx at ``path`` with every steps table numbered by :data:`ABSTRACT`'s
    multi-level list, a new instance a table (see the module); saved in place."""
    from docx import Document
    from docx.oxml import parse_xml

    doc = Document(str(path))
    numbering = doc.part.numbering_part.numbering_definitions._numbering  # noqa: SLF001
    first_num = numbering.find(_w("num"))
    abstract = parse_xml(_abstract_xml())
    if first_num is not None:  # the schema's order: every abstractNum before the nums
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    for table in doc.tables:
        rows = table._tbl.findall(_w("tr"))  # noqa: SLF001
        trpr = rows[0].find(_w("trPr"))
        if trpr is None or trpr.find(_w("tblHeader")) is None:
            continue  # a fields table
        num = numbering.add_num(ABSTRACT)
        num.add_lvlOverride(ilvl=0).add_startOverride(1)
        for tr in rows[1:]:
            cells = tr.findall(_w("tc"))
            name = cells[0].findall(_w("p"))
            if name and _text(name[0]).strip():
                _number(name[0], num.numId, 0)
            for p in cells[1].findall(_w("p")) if len(cells) > 1 else []:
                if _text(p).strip():
                    _number(p, num.numId, 1)
    doc.save(str(path))
    return path


__all__ = ["ABSTRACT", "add_echelon"]
