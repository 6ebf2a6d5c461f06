"""The ``ilots`` .odt (hundred-and-tenth held-out set, ``plan_odt_ilots``): the ``twotier``
document typed by an agent whose template's steps table has NO BORDER (« Aucune bordure »)
and who shaded its header and every other step with « Format › Paragraphe › Arrière-plan »,
the cursor in the cells, so the colour went to the PARAGRAPHS, not to the cells: every steps
table on ``twotier``'s columns, one repeated header row of the seed labels, then one row a
step; no border and no cell background anywhere; cells padded 0.1 cm, top-aligned; every
header paragraph's background #1F4E79 (bold 9.5 pt white text), every paragraph of the
first, third… step's cells (empty ones included) #DDEBF7, the second, fourth… step's
paragraphs without background; 0.1 cm after each paragraph. Writer prints each coloured
paragraph as a band hugging its own lines, white gaps between cells and paragraphs.

Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_odt import _cell, header_table

HEAD_FILL = "#1F4E79"
STEP_FILL = "#DDEBF7"  # the first, third… step's paragraphs


def _paragraph_style(name: str, fill: str | None, colour: str, bold: bool) -> str:
    background = f' fo:background-color="{fill}"' if fill else ""
    weight = ' fo:font-weight="bold"' if bold else ""
    return (
        f'<style:style style:name="{name}" style:family="paragraph">'
        '<style:paragraph-properties fo:text-align="start" fo:margin-top="0cm" '
        f'fo:margin-bottom="0.1cm"{background}/><style:text-properties fo:font-size="9.5pt" '
        f'fo:color="{colour}"{weight}/></style:style>'
    )


STYLES = (
    '<style:style style:name="IlotCell" style:family="table-cell">'
    '<style:table-cell-properties fo:border="none" fo:padding="0.1cm" '
    'style:vertical-align="top"/></style:style>'
    + _paragraph_style("PIlotHead", HEAD_FILL, "#FFFFFF", True)
    + _paragraph_style("PIlot0", STEP_FILL, "#000000", False)
    + _paragraph_style("PIlot0B", STEP_FILL, "#000000", True)
    + _paragraph_style("PIlot1", None, "#000000", False)
    + _paragraph_style("PIlot1B", None, "#000000", True)
)


def islet_steps(header: list[str], rows: list[list[str]], n: int) -> str:
    """One repeated header row and a row a step, no border nor cell fill: the header's and
    every other step's paragraphs shaded by their own background."""
    head = "".join(_cell("IlotCell", "PIlotHead", label) for label in header)
    body = []
    for r, row in enumerate(rows):
        cells = "".join(
            _cell(
                "IlotCell", f"PIlot{r % 2}{'B' if c == 0 else ''}", row[c] if c < len(row) else ""
            )
            for c in range(len(header))
        )
        body.append(f"<table:table-row>{cells}</table:table-row>")
    return header_table(f"Etapes{n}", "Steps", "cS", len(header), head, "".join(body))
