"""The ``fond`` .odt (hundred-and-twenty-first held-out set, ``plan_odt_fond``): the
``twotier`` document and tables, but EACH FICHE, from its heading's first line to the foot of
its steps table, inside one Writer SECTION WITH A BACKGROUND COLOUR (« Format › Sections ›
Arrière-plan »), a pale #E8EEF7 over the text area's whole width, showing through every
unfilled cell; the section closed right under the steps table (the empty paragraph after
it, and whatever comes before the next fiche, on the page's white).

Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.seed001 import IMPL_TITLE, Block

FILL = "#E8EEF7"

STYLES = (
    '<style:style style:name="SectFond" style:family="section"><style:section-properties '
    f'fo:background-color="{FILL}" fo:margin-left="0cm" fo:margin-right="0cm" '
    'style:editable="false"><style:columns fo:column-count="1" fo:column-gap="0cm"/>'
    "</style:section-properties></style:style>"
)

CLOSE = "</text:section>"


def _in_fiche(block: Block) -> bool:
    """A fiche's part after its heading: its fields, its bold lines, « Modalités de mise en
    oeuvre », its steps."""
    if block.kind == "section":
        return block.lines[0] == IMPL_TITLE
    return block.kind in ("fields", "bold", "impl")


class FondSections:
    """The tinted sections of the document, one a fiche, opened and closed as the seed's
    blocks come."""

    def __init__(self) -> None:
        self.open = False
        self.count = 0

    def before(self, block: Block) -> str:
        """What goes before ``block``: the open section's end when the block is no part of
        its fiche, a new section's start before a fiche heading."""
        out = ""
        if self.open and (block.kind == "fiche" or not _in_fiche(block)):
            out += self.close()
        if block.kind == "fiche":
            self.count += 1
            self.open = True
            out += f'<text:section text:style-name="SectFond" text:name="Fiche{self.count}">'
        return out

    def close(self) -> str:
        """The open section's end (right under a steps table, or at the document's end)."""
        if not self.open:
            return ""
        self.open = False
        return CLOSE
