"""The ``notule`` .odt (hundred-and-seventy-ninth held-out set, ``plan_odt_notule``): the
``twotier`` document as a PCAET report whose agent SOURCED EVERY INDICATOR WITH A REAL
WRITER ENDNOTE (« Insertion › Note de fin », ``text:note-class="endnote"``): at the end of
the last paragraph of each fiche's « Indicateurs » value, an endnote whose call Writer
numbers in its default endnote format, LOWER-CASE ROMAN (i, ii … xii; the
``text:notes-configuration`` written out in :data:`NOTES_CONFIGURATION`), superscript and
glued to the value's last word; the note bodies (:data:`NOTES`, not in the seed, in turn)
gathered by Writer after the document's last page, on an endnotes page of their own.

Everything else as :func:`tests.generators.plan_odt.plan_odt` writes ``twotier``. Only the
layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from tests.generators.plan_odt import _p, _steps, _summary_table
from tests.generators.seed001 import _paragraphs, load_seed

LABEL = "Indicateurs"  # the field whose value carries the endnote call
NOTES = (
    "Source : tableau de bord du service porteur, mis à jour chaque année au 31 décembre.",
    "Source : suivi annuel du PCAET, valeur de référence établie lors du diagnostic.",
    "Donnée à consolider avec les partenaires lors du bilan à mi-parcours du plan.",
)
NOTES_CONFIGURATION = (
    '<text:notes-configuration text:note-class="endnote" style:num-format="i" '
    'text:start-value="0"/>'
)

STYLES = """
<style:style style:name="PEndnote" style:family="paragraph"><style:paragraph-properties
 fo:margin-left="0.5cm" fo:text-indent="-0.5cm" fo:margin-bottom="0.15cm"/>
<style:text-properties fo:font-size="8pt"/></style:style>
"""


def _endnote(n: int) -> str:
    """Endnote ``n`` (from 1): its call here, its sentence after the last page."""
    return (
        f'<text:note text:id="edn{n}" text:note-class="endnote"><text:note-citation>'
        f"{_roman(n)}</text:note-citation><text:note-body>"
        f'<text:p text:style-name="PEndnote">{escape(NOTES[(n - 1) % len(NOTES)])}</text:p>'
        "</text:note-body></text:note>"
    )


def _roman(n: int) -> str:
    """Lower-case roman numeral of ``n`` (what Writer shows; it recomputes the call)."""
    out = ""
    for value, letters in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out += letters
            n -= value
    return out


def _value_cell(value: str, note: int) -> str:
    """The « Indicateurs » value cell, endnote ``note`` glued to its last paragraph."""
    parts = _paragraphs(value) or [""]
    body = "".join(
        f'<text:p text:style-name="PValue">{escape(part)}'
        f"{_endnote(note) if i == len(parts) - 1 else ''}</text:p>"
        for i, part in enumerate(parts)
    )
    return f'<table:table-cell table:style-name="Value">{body}</table:table-cell>'


def notule_odt(path: Path) -> Path:
    """Seed 001 as the .odt whose indicators carry roman-numbered endnotes, at ``path``."""
    from tests.generators.plan_odt import _AUTO_STYLES, _FONTS, _STYLES, _cell, _write_odt

    out: list[str] = []
    tables = notes = 0
    for block in load_seed():
        kind = block.kind
        if kind == "axis":
            out += [
                _p("H16" if n == 0 else "H12" if n == 1 else "H12n", line)
                for n, line in enumerate(block.lines)
            ]
        elif kind == "objective":
            out += [_p("HObj", line) for line in block.lines]
        elif kind == "section":
            out.append(_p("HSec", block.lines[0]))
        elif kind == "para":
            out.append(_p("Standard", block.lines[0]))
        elif kind == "bold":
            out += [_p("PBold", line) for line in block.lines]
        elif kind == "summary":
            out += [_p("Standard", line) for line in block.lines]
        elif kind == "summary_table":
            tables += 1
            out.append(_summary_table(block.rows, tables))
        elif kind == "fiche":
            out += [_p("HFiche", line) for line in block.lines]
        elif kind == "fields":
            tables += 1
            rows = []
            for label, value in block.fields:
                if label == LABEL:
                    notes += 1
                    cell = _value_cell(value, notes)
                else:
                    cell = _cell("Value", "PValue", value)
                rows.append(
                    f"<table:table-row>{_cell('Label', 'PLabel', label)}{cell}</table:table-row>"
                )
            out.append(
                f'<table:table table:name="Champs{tables}" table:style-name="Fields">'
                '<table:table-column table:style-name="cLab"/>'
                f'<table:table-column table:style-name="cVal"/>{"".join(rows)}</table:table>'
            )
        elif kind == "impl":
            tables += 1
            out.append(_steps(block.header, block.rows, tables))
    assert notes == 12, notes
    styles = _STYLES.replace("</office:styles>", NOTES_CONFIGURATION + "</office:styles>")
    auto = _AUTO_STYLES.replace("</office:automatic-styles>", STYLES + "</office:automatic-styles>")
    return _write_odt(path, styles, _FONTS, auto, "".join(out))
