"""Word's and LibreOffice's standard content-control placeholder texts: an EMPTY value.

A fiche-action form template (« modèle ») built with content controls (Word's Développeur
tab, LibreOffice's content controls) shows, in every control the pilot left empty, a grey
prompt written by the application itself — « Cliquez ou appuyez ici pour entrer du texte. ».
Printed to PDF the prompt is text like any value, but it says the blank was NOT filled in:
read as data it would put that sentence among a fiche's porteurs and partenaires, and turn
the template's unused pre-drawn step rows (every cell showing the prompt) into steps.

A site's or a template's « not filled in » marker (« Non renseigné » in italic grey in every
empty value, « À renseigner ») says the same and is read the same way.

Only the applications' own default prompts and those markers are listed (French and English,
Word 2013 and later, Word 2007/2010, LibreOffice), each matched against a WHOLE value (folded: case,
accents, punctuation and line breaks ignored): a value that merely contains such words, or a
prompt an author wrote himself, stays as written.
"""

from __future__ import annotations

from dataclasses import dataclass

from sources.pdf.content import TableRow
from sources.values import fold

PLACEHOLDERS: tuple[str, ...] = (
    # Word 2013 and later (« Texte de l'espace réservé » / « Placeholder Text » style)
    "Cliquez ou appuyez ici pour entrer du texte.",
    "Cliquez ou appuyez ici pour entrer une date.",
    "Choisissez un élément.",
    "Click or tap here to enter text.",
    "Click or tap to enter a date.",
    "Choose an item.",
    # Word 2007 / 2010
    "Cliquez ici pour taper du texte.",
    "Cliquez ici pour entrer du texte.",
    "Cliquez ici pour choisir une date.",
    "Click here to enter text.",
    "Click here to enter a date.",
    # LibreOffice's content controls (no final stop)
    "Click here to enter text",
    # a site's or a template's marker printed in every value left empty
    "Non renseigné",
    "Non renseignée",
    "Non renseignés",
    "Non renseignées",
    "À renseigner",
)
_FOLDED = frozenset(fold(p) for p in PLACEHOLDERS)
_MARKERS = frozenset(fold(p) for p in PLACEHOLDERS if "renseign" in p)  # no control: a marker


def is_placeholder(text: str | None) -> bool:
    """Is ``text``, as a whole, one of the standard placeholder prompts?"""
    return bool(text) and len(text) < 120 and fold(text) in _FOLDED


_LINES = 8  # a prompt wrapped in a narrow cell takes a few lines at most
_WORDS = ("cliquez", "click", "choisissez", "choose", "renseign")


def strip_placeholders(text: str | None) -> tuple[str | None, int]:
    """``text`` without its placeholder prompts, and how many were taken out. A prompt is
    taken out only when it fills WHOLE LINES (a value of several paragraphs, one of them an
    empty control: « Lancer l'étude. » then the prompt); None when nothing else is left."""
    if not text or not any(w in text.lower() for w in _WORDS):
        return text, 0
    if is_placeholder(text):
        return None, 1
    lines = text.split("\n")
    kept: list[str] = []
    found, i = 0, 0
    while i < len(lines):
        end = next(
            (
                j
                for j in range(i + 1, min(i + _LINES, len(lines)) + 1)
                if is_placeholder("\n".join(lines[i:j]))
            ),
            None,
        )
        if end is None:
            kept.append(lines[i])
            i += 1
        else:
            found, i = found + 1, end
    rest = "\n".join(kept).strip()
    return (rest or None) if found else text, found


def unfilled_row(row: TableRow) -> bool:
    """A steps-table row whose every cell is empty or placeholders, one at least a
    placeholder: a template's pre-drawn row the pilot did not use — no step. (A row with no
    text at all is left to the table rules: a wrapped line, the rest of a cut row…)"""
    if row.group:
        return False
    values = [v for v in row.cells.values() if v and v.strip()]
    return bool(values) and all(strip_placeholders(v)[0] is None for v in values)


@dataclass
class Tally:
    """The placeholders of one fiche read as empty: unused rows dropped, values emptied."""

    rows: int = 0
    values: int = 0
    text: str | None = None  # the first prompt met, as printed

    def value(self, text: str | None) -> str | None:
        """``text`` without its placeholders (counted); None when nothing else is left."""
        rest, found = strip_placeholders(text)
        if found:
            self.values += found
            self.text = self.text or _prompt(text or "")
        return rest

    def drop_unfilled(self, rows: list[TableRow]) -> list[TableRow]:
        """``rows`` without the template's unused rows (:func:`unfilled_row`), counted."""
        kept = [r for r in rows if not unfilled_row(r)]
        for row in rows:
            if unfilled_row(row):
                self.rows += 1
                prompt = next(v for v in row.cells.values() if v and v.strip())
                self.text = self.text or _prompt(prompt)
        return kept

    def blank(self, cells: dict[str, str | None]) -> set[str]:
        """Takes, in place, the placeholders out of a step's cells; returns the keys of the
        cells left empty (written empty on purpose: never given the value of the cell
        above)."""
        emptied: set[str] = set()
        for key, text in cells.items():
            rest = self.value(text)
            if rest != text:
                cells[key] = rest or ""
                if not rest:
                    emptied.add(key)
        return emptied

    def note(self, code: str) -> str | None:
        """A French info for the fiche's issues, or None when no placeholder was met."""
        said = []
        if self.values and fold(self.text or "") in _MARKERS:
            said.append(f"{self.values} valeur(s) marquée(s) « {self.text} » lue(s) comme vide(s)")
        elif self.values:
            said.append(f"{self.values} contrôle(s) de contenu lu(s) comme vide(s)")
        if self.rows:
            said.append(f"{self.rows} ligne(s) d'étape du modèle non remplie(s) ignorée(s)")
        if not said:
            return None
        return (
            f"Fiche {code} : texte d'exemple du modèle (« {self.text} ») laissé en place, "
            f"jamais lu comme une valeur : {' ; '.join(said)}"
        )


def _prompt(text: str) -> str:
    """The first prompt of ``text``, on one line (for a message)."""
    lines = text.split("\n")
    for i in range(len(lines)):
        for j in range(i + 1, min(i + _LINES, len(lines)) + 1):
            if is_placeholder("\n".join(lines[i:j])):
                return " ".join(" ".join(lines[i:j]).split())
    return " ".join(text.split())
