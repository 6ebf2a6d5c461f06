"""A plan saved by a desk whose Word HYPHENATES (two-hundred-and-thirty-second held-out set,
``plan_docx_brisure``): :func:`add_brisures` takes ``plan_docx_narrowstep``'s .docx and
writes what such a desk's file carries: « Coupure de mots automatique » on
(``w:autoHyphenation`` in ``word/settings.xml``), French on every run (``w:lang`` =
:data:`LANG`), every paragraph without an alignment of its own or left-aligned JUSTIFIED
(``w:jc both``; centred and right-aligned ones kept) and, as the desk's hyphenation macro
leaves them, an OPTIONAL HYPHEN (Word's ``w:softHyphen``) at each syllable point of every
word of :data:`tests.generators.justifie_page.MIN_WORD` letters or more
(:func:`tests.generators.justifie_page.hyphenate`'s points). Writer 7.4 here has no French
hyphenation dictionary, so the automatic hyphenation does nothing, but it cuts a word at an
optional hyphen where a line is full, printing « - » there (the throwaway probe).

Only the layout comes from here: every value is the seed's (an optional hyphen is no
character; the runs' texts are the same letters in the same order).
"""

from __future__ import annotations

from pathlib import Path

from tests.generators.justifie_page import _WORD, SHY, hyphenate

LANG = "fr-FR"


def _pieces(text: str) -> list[str]:
    """``text`` cut at the syllable points of its long words (:func:`hyphenate`)."""
    return _WORD.sub(lambda m: hyphenate(m.group(0)), text).split(SHY)


def _hyphenate_run(run: object) -> int:
    """Each ``w:t`` of ``run`` replaced by its pieces with a ``w:softHyphen`` between two;
    returns the number of optional hyphens written."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    written = 0
    for t in list(run.findall(qn("w:t"))):  # type: ignore[attr-defined]
        pieces = _pieces(t.text or "")
        if len(pieces) < 2:
            continue
        at = t
        t.text = pieces[0]
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        for piece in pieces[1:]:
            soft = OxmlElement("w:softHyphen")
            at.addnext(soft)
            new = OxmlElement("w:t")
            new.text = piece
            new.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            soft.addnext(new)
            at = new
            written += 1
    return written


def _french(run: object) -> None:
    """``w:lang w:val=LANG`` in ``run``'s properties."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    rpr = run.get_or_add_rPr()  # type: ignore[attr-defined]
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), LANG)


def _justify(par: object) -> None:
    """``par`` justified unless centred or right-aligned."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    ppr = par.get_or_add_pPr()  # type: ignore[attr-defined]
    jc = ppr.find(qn("w:jc"))
    if jc is None:
        jc = OxmlElement("w:jc")
        ppr.append(jc)
    if jc.get(qn("w:val")) in (None, "left", "start", "both"):
        jc.set(qn("w:val"), "both")


def add_brisures(path: Path) -> Path:
    """The .docx at ``path`` as a hyphenating desk saves it (see the module); in place."""
    from docx import Document
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    doc = Document(str(path))
    settings = doc.settings.element
    if settings.find(qn("w:autoHyphenation")) is None:
        settings.append(OxmlElement("w:autoHyphenation"))
    body = doc.element.body
    written = 0
    for par in body.iter(qn("w:p")):
        _justify(par)
    for run in body.iter(qn("w:r")):
        _french(run)
        written += _hyphenate_run(run)
    if not written:
        raise ValueError("no optional hyphen written")
    doc.save(str(path))
    return path


__all__ = ["LANG", "add_brisures"]
