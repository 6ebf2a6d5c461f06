"""Each fiche its own Word section whose UNLINKED PAGE HEADER CARRIES THE FICHE'S HEADING
(hundred-and-third held-out set, ``plan_docx_courant``), as a template prints the current
fiche's title as a running head (« titre courant »): before every fiche's heading a section
break « Page suivante », the new section's header unlinked from the previous one and holding
``plan_docx``'s running line, then the fiche's heading lines joined by a space (bold
:data:`TITLE_PT` pt #1F4E79 over a 0.5 pt rule). The fields ``plan_docx_narrowstep``'s table,
the steps ``plan_docx_confidentiel``'s (black grids).

Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_docx import _bottom_rule

RUNNING_LINE = "PCAET Grand Auch Cœur de Gascogne — Programme d'actions"
RUNNING_PT = 8
TITLE_PT = 8.5
BLUE = "1F4E79"


def fiche_section(doc: object, lines: list[str]) -> None:
    """A new « Page suivante » section for the fiche headed ``lines``, its own header: the
    running line, then ``lines`` joined over a rule."""
    from docx.enum.section import WD_SECTION
    from docx.shared import Pt, RGBColor

    section = doc.add_section(WD_SECTION.NEW_PAGE)  # type: ignore[attr-defined]
    header = section.header
    header.is_linked_to_previous = False
    running = header.paragraphs[0]
    running.add_run(RUNNING_LINE).font.size = Pt(RUNNING_PT)
    title = header.add_paragraph()
    run = title.add_run(" ".join(lines))
    run.bold = True
    run.font.size = Pt(TITLE_PT)
    run.font.color.rgb = RGBColor.from_string(BLUE)
    _bottom_rule(title, 4, BLUE)
