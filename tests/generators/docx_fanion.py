"""A plan from a BILINGUAL FRENCH / OCCITAN TEMPLATE (two-hundred-and-forty-first held-out
set, ``plan_docx_fanion``): :func:`add_fanion` takes ``plan_docx_grid``'s .docx and follows
every template label — the six fields labels in the fields tables' first column, the six
steps header cells, the « Modalités de mise en oeuvre » and « Enjeux stratégiques »
headings — IN ITS OWN PARAGRAPH by the runs « / » and its Occitan (Gascon) label
(:data:`OCCITAN`), in the French run's size and weight but grey :data:`GREY`, as a
territory's bilingual charter sets the regional language beside French on every label.
Writer prints the slash on the French label's line and the translation after it, wrapped
where the cell or the page is too narrow, as the throwaway probe showed.

Only the layout comes from here: every value is the seed's (the translations are page
furniture, no part of any label or value).
"""

from __future__ import annotations

import copy
from pathlib import Path

from tests.generators.seed001 import FIELD_LABELS, IMPL_TITLE

GREY = "7F7F7F"
SLASH = " / "
OCCITAN = {
    "Contexte": "Contèxte",
    "Objectifs et résultats attendus": "Objectius e resultats esperats",
    "Indicateurs": "Indicadors",
    "Publics cibles": "Publics cibla",
    "Prise en compte de l'EES": "Presa en compte de l'AES",
    "Liens avec les objectifs réglementaires": "Ligams dab los objectius reglamentaris",
    "Etape": "Etapa",
    "Descriptif": "Descriptiu",
    "Planification": "Planificacion",
    "Ressources à mobiliser": "Ressorsas de mobilizar",
    "Porteur": "Portaire",
    "Partenaires envisagés": "Partenaris previstes",
    IMPL_TITLE: "Modalitats de mesa en òbra",
    "Enjeux stratégiques": "Enjòcs estrategics",
}
HEADINGS = (IMPL_TITLE, "Enjeux stratégiques")
STEPS_HEADER = (
    "Etape",
    "Descriptif",
    "Planification",
    "Ressources à mobiliser",
    "Porteur",
    "Partenaires envisagés",
)


def translate(par: object) -> None:
    """``par`` (a one-run label paragraph) followed by « / » and its Occitan label, each
    a copy of the French run with its text replaced and its colour :data:`GREY`."""
    from docx.shared import RGBColor

    runs = par.runs  # type: ignore[attr-defined]
    if len(runs) != 1:
        raise ValueError(f"label paragraph {par.text!r} of {len(runs)} runs")  # type: ignore[attr-defined]
    french = runs[-1]
    for text in (SLASH, OCCITAN[par.text]):  # type: ignore[attr-defined]
        element = copy.deepcopy(french._r)  # noqa: SLF001
        french._r.addnext(element)  # noqa: SLF001
        run = type(french)(element, french._parent)  # noqa: SLF001
        run.text = text
        run.font.color.rgb = RGBColor.from_string(GREY)
        french = run


def add_fanion(path: Path) -> Path:
    """The .docx at ``path`` with every template label translated (see the module); saved
    in place. Counts checked: 12 of each fields label and steps header cell, 12 « Modalités
    de mise en oeuvre » and 4 « Enjeux stratégiques » headings."""
    from collections import Counter

    from docx import Document

    doc = Document(str(path))
    done: Counter[str] = Counter()
    for par in doc.paragraphs:
        if par.text in HEADINGS:
            done[par.text] += 1
            translate(par)
    for table in doc.tables:
        rows = table.rows
        if [cell.text for cell in rows[0].cells] == list(STEPS_HEADER):
            for cell in rows[0].cells:
                translate(cell.paragraphs[0])
                done[cell.paragraphs[0].text.split(SLASH)[0]] += 1
        elif len(table.columns) == 2:
            for row in rows:
                label = row.cells[0]
                if label.text in FIELD_LABELS:
                    translate(label.paragraphs[0])
                    done[label.text.split(SLASH)[0]] += 1
    expected = Counter({label: 12 for label in (*FIELD_LABELS, *STEPS_HEADER, IMPL_TITLE)})
    expected["Enjeux stratégiques"] = 4
    if done != expected:
        raise ValueError(f"labels translated {dict(done)}, expected {dict(expected)}")
    doc.save(str(path))
    return path


__all__ = ["GREY", "OCCITAN", "add_fanion", "translate"]
