"""A plan FILLED IN FROM A WORD 97–2003 PROTECTED FORM (two-hundred-and-twenty-ninth held-out
set, ``plan_docx_bulletin``): :func:`add_bulletin` takes ``plan_docx_balise``'s .docx and puts
the service's legacy form fields in it, as the agents fill in a « fiche action » template made
with Word's « Outils hérités › Formulaires »:

* every value paragraph of the fields tables (:func:`is_fields_table`) and of the steps
  tables' body rows (:func:`is_steps_table`) the RESULT OF ONE LEGACY TEXT FORM FIELD
  (:func:`wrap_text_field`: ``w:fldChar`` begin holding ``w:ffData`` / ``w:textInput``, the
  instruction `` FORMTEXT ``, a separate mark, the paragraph's runs unchanged, an end mark);
  an empty steps cell the field's unfilled result, :data:`EMPTY_RESULT` (five en spaces);
* each « Prise en compte de l'EES » value cell — empty in every fiche of the seed — the
  template's :data:`OPTIONS` as LEGACY CHECK BOXES, NONE TICKED (:func:`check_boxes`: a
  ``FORMCHECKBOX`` field, a space and the option's word, three spaces before the next);
* the document protected for filling in forms (:func:`protect_forms`).

The template's own text (labels, the steps header, headings, paragraphs, sommaires and summary
tables) stays text. Writer 7.4 prints each check box as a drawn square, no character, and an
empty text field as its five en spaces, as the throwaway probe showed.

Only the layout comes from here: every value is the seed's (the option words and the unticked
boxes are the template's, where the seed has no value).
"""

from __future__ import annotations

import copy
from pathlib import Path

from tests.generators.seed001 import FIELD_LABELS, load_seed

EES = "Prise en compte de l'EES"
OPTIONS = ("Favorable", "Neutre", "Défavorable")  # the template's, not in the seed
EMPTY_RESULT = "\u2002" * 5  # Word's result of an unfilled text form field
OPTION_GAP = "   "  # three spaces between an option's word and the next box

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_NS = f'xmlns:w="{_W}"'


def _steps_header() -> list[str]:
    """The seed's steps table header (the same for every fiche)."""
    for block in load_seed():
        if block.kind == "impl":
            return list(block.header)
    raise ValueError("no steps table in the seed")


def _cell_texts(row: object) -> list[str]:
    return [cell.text.strip() for cell in row.cells]  # type: ignore[attr-defined]


def is_fields_table(table: object) -> bool:
    """A fiche's fields table: two columns, every row's label a seed field label."""
    rows = table.rows  # type: ignore[attr-defined]
    return len(table.columns) == 2 and all(  # type: ignore[attr-defined]
        _cell_texts(row)[0] in FIELD_LABELS for row in rows
    )


def is_steps_table(table: object, header: list[str]) -> bool:
    """A fiche's steps table: its first row the seed's steps header."""
    rows = table.rows  # type: ignore[attr-defined]
    return len(rows) > 1 and _cell_texts(rows[0]) == header


class _Fields:
    """The form's field runs, named as Word names them (« Texte1 », « CaseACocher1 » …)."""

    def __init__(self) -> None:
        self.texts = 0
        self.boxes = 0

    @staticmethod
    def _run(inner: str, rpr: object | None) -> object:
        from docx.oxml import parse_xml

        run = parse_xml(f"<w:r {_NS}>{inner}</w:r>")
        if rpr is not None:
            run.insert(0, copy.deepcopy(rpr))
        return run

    def text_begin(self, rpr: object | None) -> list[object]:
        self.texts += 1
        return [
            self._run(
                '<w:fldChar w:fldCharType="begin"><w:ffData>'
                f'<w:name w:val="Texte{self.texts}"/><w:enabled/>'
                '<w:calcOnExit w:val="0"/><w:textInput/></w:ffData></w:fldChar>',
                rpr,
            ),
            self._run('<w:instrText xml:space="preserve"> FORMTEXT </w:instrText>', rpr),
            self._run('<w:fldChar w:fldCharType="separate"/>', rpr),
        ]

    def end(self, rpr: object | None) -> object:
        return self._run('<w:fldChar w:fldCharType="end"/>', rpr)

    def check_box(self, rpr: object | None) -> list[object]:
        self.boxes += 1
        return [
            self._run(
                '<w:fldChar w:fldCharType="begin"><w:ffData>'
                f'<w:name w:val="CaseACocher{self.boxes}"/><w:enabled/>'
                '<w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/>'
                '<w:default w:val="0"/></w:checkBox></w:ffData></w:fldChar>',
                rpr,
            ),
            self._run('<w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText>', rpr),
            self.end(rpr),
        ]

    def words(self, text: str, rpr: object | None) -> object:
        from xml.sax.saxutils import escape

        return self._run(f'<w:t xml:space="preserve">{escape(text)}</w:t>', rpr)


def _runs(par: object) -> list[object]:
    from docx.oxml.ns import qn

    return par._p.findall(qn("w:r"))  # type: ignore[attr-defined]


def _rpr(run: object | None) -> object | None:
    from docx.oxml.ns import qn

    return None if run is None else run.find(qn("w:rPr"))  # type: ignore[attr-defined]


def wrap_text_field(par: object, fields: _Fields) -> None:
    """``par``'s runs made the result of one legacy text form field; an empty paragraph
    gets the unfilled result :data:`EMPTY_RESULT`, in its (empty) run's properties."""
    runs = _runs(par)
    rpr = _rpr(runs[0] if runs else None)
    if not par.text:  # type: ignore[attr-defined]
        for run in runs:
            par._p.remove(run)  # type: ignore[attr-defined]
        runs = [fields.words(EMPTY_RESULT, rpr)]
        par._p.append(runs[0])  # type: ignore[attr-defined]
    first = runs[0]
    for element in fields.text_begin(rpr):
        first.addprevious(element)  # type: ignore[attr-defined]
    runs[-1].addnext(fields.end(rpr))  # type: ignore[attr-defined]


def check_boxes(cell: object, fields: _Fields) -> None:
    """The EES value cell (empty) as the template's :data:`OPTIONS`, each after an unticked
    legacy check box, in the cell's one paragraph and its run properties."""
    pars = cell.paragraphs  # type: ignore[attr-defined]
    if len(pars) != 1 or pars[0].text:
        raise ValueError("the EES value cell is expected empty")
    par = pars[0]
    runs = _runs(par)
    rpr = _rpr(runs[0] if runs else None)
    for run in runs:
        par._p.remove(run)
    for index, option in enumerate(OPTIONS):
        for element in fields.check_box(rpr):
            par._p.append(element)
        gap = OPTION_GAP if index < len(OPTIONS) - 1 else ""
        par._p.append(fields.words(f" {option}{gap}", rpr))


def protect_forms(doc: object) -> None:
    """« Restreindre la modification › Remplissage de formulaires », enforced."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn

    settings = doc.settings.element  # type: ignore[attr-defined]
    protection = parse_xml(f'<w:documentProtection {_NS} w:edit="forms" w:enforcement="1"/>')
    after = settings.find(qn("w:defaultTabStop"))
    if after is not None:
        after.addprevious(protection)
    else:
        settings.append(protection)


def add_bulletin(path: Path) -> Path:
    """The .docx at ``path`` with the form's legacy fields (see the module); saved in place."""
    from docx import Document

    doc = Document(str(path))
    header = _steps_header()
    fields = _Fields()
    ees = fields_tables = steps_tables = 0
    for table in doc.tables:
        if is_fields_table(table):
            fields_tables += 1
            for row in table.rows:
                label, cell = row.cells[0].text.strip(), row.cells[1]
                if label == EES and not cell.text.strip():
                    check_boxes(cell, fields)
                    ees += 1
                    continue
                for par in cell.paragraphs:
                    wrap_text_field(par, fields)
        elif is_steps_table(table, header):
            steps_tables += 1
            seen: list[object] = []  # a merged cell is listed once per grid column
            for row in table.rows[1:]:
                for cell in row.cells:
                    if any(cell._tc is tc for tc in seen):
                        continue
                    seen.append(cell._tc)
                    for par in cell.paragraphs:
                        wrap_text_field(par, fields)
    if (fields_tables, steps_tables, ees) != (12, 12, 12):
        raise ValueError(f"{fields_tables} fields, {steps_tables} steps tables, {ees} EES")
    protect_forms(doc)
    doc.save(str(path))
    return path


__all__ = [
    "EES",
    "EMPTY_RESULT",
    "OPTIONS",
    "add_bulletin",
    "check_boxes",
    "is_fields_table",
    "is_steps_table",
    "protect_forms",
    "wrap_text_field",
]
