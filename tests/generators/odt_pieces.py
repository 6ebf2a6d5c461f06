"""The ``pieces`` .odt (hundred-and-seventy-sixth held-out set, ``plan_odt_pieces``): the
``twotier`` document as a PCAET report whose editor MOVED EVERY « MODALITÉS DE MISE EN
OEUVRE » TABLE TO AN ANNEX at the document's end, to keep the fiches short: in each fiche
the « Modalités de mise en oeuvre » heading is followed by one italic paragraph « Voir le
tableau des étapes en annexe, page N. », N a page cross-reference field
(``text:bookmark-ref text:reference-format="page"``) that Writer computes; after the seed's
last block, on a new page, the annex title (:data:`ANNEX_TITLE`, not in the seed) and, for
each fiche in seed order, its heading lines again (the bookmark round the first one), then
``twotier``'s two-row-header steps table unchanged and an empty paragraph.

Everything else as :func:`tests.generators.plan_odt.plan_odt` writes ``twotier``. Only the
layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from tests.generators.plan_odt import _p, _steps, _summary_table
from tests.generators.seed001 import IMPL_TITLE, load_seed

ANNEX_TITLE = "ANNEXE — Modalités de mise en oeuvre des fiches actions"
SEE = ("Voir le tableau des étapes en annexe, page ", ".")

STYLES = """
<style:style style:name="PVoir" style:family="paragraph"><style:paragraph-properties
 fo:margin-bottom="0.2cm"/><style:text-properties fo:font-size="10pt"
 fo:font-style="italic"/></style:style>
<style:style style:name="HAnnexe" style:family="paragraph"><style:paragraph-properties
 fo:break-before="page" fo:margin-bottom="0.3cm"/><style:text-properties fo:font-size="16pt"
 fo:font-weight="bold" fo:color="#385623"/></style:style>
<style:style style:name="HEntree" style:family="paragraph"><style:paragraph-properties
 fo:margin-top="0.4cm" fo:margin-bottom="0.1cm" fo:keep-with-next="always"/>
<style:text-properties fo:font-size="12pt" fo:font-weight="bold"
 fo:color="#1F4E79"/></style:style>
<style:style style:name="HEntreeN" style:family="paragraph"><style:paragraph-properties
 fo:margin-bottom="0.1cm" fo:keep-with-next="always"/><style:text-properties
 fo:font-size="12pt" fo:font-weight="bold" fo:color="#1F4E79"/></style:style>
"""


def _mark(code: str) -> str:
    return f"AnnexeFiche{code}"


def _see(code: str) -> str:
    """The fiche's line pointing to its table's page in the annex."""
    return (
        f'<text:p text:style-name="PVoir">{escape(SEE[0])}<text:bookmark-ref '
        f'text:reference-format="page" text:ref-name="{_mark(code)}">0</text:bookmark-ref>'
        f"{escape(SEE[1])}</text:p>"
    )


def _entry_heading(code: str, lines: list[str]) -> str:
    """An annex entry's heading: the fiche's heading lines, the bookmark round the first."""
    first = (
        f'<text:p text:style-name="HEntree"><text:bookmark-start text:name="{_mark(code)}"/>'
        f'{escape(lines[0])}<text:bookmark-end text:name="{_mark(code)}"/></text:p>'
    )
    return first + "".join(_p("HEntreeN", line) for line in lines[1:])


def pieces_odt(path: Path) -> Path:
    """Seed 001 as the .odt whose steps tables stand in an annex, at ``path``."""
    from tests.generators.plan_odt import _AUTO_STYLES, _FONTS, _STYLES, _write_odt

    out: list[str] = []
    annex: list[str] = []
    tables = 0
    heading: tuple[str, list[str]] | None = None  # the open fiche's code and heading lines
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
            if block.lines[0] == IMPL_TITLE:
                assert heading is not None
                out.append(_see(heading[0]))
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
            assert block.code
            heading = (block.code, block.lines)
            out += [_p("HFiche", line) for line in block.lines]
        elif kind == "fields":
            from tests.generators.plan_odt import _cell

            tables += 1
            rows = "".join(
                "<table:table-row>"
                + _cell("Label", "PLabel", label)
                + _cell("Value", "PValue", value)
                + "</table:table-row>"
                for label, value in block.fields
            )
            out.append(
                f'<table:table table:name="Champs{tables}" table:style-name="Fields">'
                '<table:table-column table:style-name="cLab"/>'
                f'<table:table-column table:style-name="cVal"/>{rows}</table:table>'
            )
        elif kind == "impl":
            assert heading is not None
            tables += 1
            annex.append(_entry_heading(*heading))
            annex.append(_steps(block.header, block.rows, tables))
            annex.append(_p("Standard", ""))
    body = "".join(out) + _p("HAnnexe", ANNEX_TITLE) + "".join(annex)
    auto = _AUTO_STYLES.replace("</office:automatic-styles>", STYLES + "</office:automatic-styles>")
    return _write_odt(path, _STYLES, _FONTS, auto, body)
