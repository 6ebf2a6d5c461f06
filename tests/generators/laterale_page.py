"""A town's « rapport sur la situation en matière de développement durable » web page in a
long-read CMS template with TUFTE-STYLE NUMBERED SIDENOTES (ninety-fifth held-out set,
``plan_html_laterale``): the seed in a 128 mm main column, a 46 mm margin column at its
right; in every fiche a raised call after the « Indicateurs » label and after the
« Modalités de mise en oeuvre » heading, each note a ``span.sidenote`` floated right into
the margin column (``margin-right: -52mm``), level with its call: the second one beside the
steps table's header and first rows.

The seed flows as ``plan_html_inlabel``'s page, the fields bold label paragraphs over their
values, each steps table a ``table.etapes``. Only the layout comes from here: every value is
the seed's (the title line, the calls and the notes are not).
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, _h
from tests.generators.seed001 import IMPL_TITLE, Block, _paragraphs
from tests.generators.site_body import ETAPES_PAGE_CSS, etapes_table

_CSS = (
    ETAPES_PAGE_CSS
    + """\
main { margin-right: 52mm; }
p.rapport { font-size: 8pt; color: #7F7F7F; margin: 0 0 8px; padding-bottom: 3px;
  border-bottom: 1px solid #BFBFBF; }
p.lbl { font-weight: bold; color: #1F4E79; margin: 5px 0 2px; }
sup.call { font-size: 6.5pt; color: #A0522D; font-weight: normal; line-height: 0; }
span.sidenote { float: right; clear: right; width: 46mm; margin-right: -52mm;
  font-size: 7.5pt; line-height: 1.25; color: #555555; font-weight: normal;
  text-align: left; }
"""
)

TITLE = "Rapport développement durable 2020 — Annexe 2 : programme d'actions du PCAET"
NOTES = {
    "Indicateurs": (
        "Valeurs de référence 2019 et cibles 2026 : voir le tableau de bord en annexe 3 "
        "du présent rapport."
    ),
    IMPL_TITLE: (
        "Calendrier prévisionnel, révisé chaque année en comité de pilotage ; montants en "
        "euros HT, hors subventions ; ETP : équivalent temps plein."
    ),
}


def plan_html_laterale() -> str:
    """The seed as the report's page: a main column, numbered sidenotes in the margin."""
    count = 0

    def noted(text: str) -> str:
        """``text`` escaped, then its note's call and the note itself when it has one."""
        nonlocal count
        if text not in NOTES:
            return _h(text)
        count += 1
        call = f"<sup class='call'>{count}</sup>"
        return f"{_h(text)}{call}<span class='sidenote'>{call} {_h(NOTES[text])}</span>"

    def fields(block: Block) -> list[str]:
        out = []
        for label, value in block.fields:
            out.append(f"<p class='lbl'>{noted(label)}</p>")
            out += [f"<p>{_h(part)}</p>" for part in _paragraphs(value)]
        return out

    def impl(block: Block) -> list[str]:
        return [f"<h4>{noted(IMPL_TITLE)}</h4>", *etapes_table(block)]

    page = _flowing_page(_CSS, fields, impl, impl_heading=False)
    head, sep, rest = page.partition("</head><body>")
    assert sep and rest.endswith("</body></html>")
    body = rest.removesuffix("</body></html>")
    return f"{head}{sep}\n<p class='rapport'>{_h(TITLE)}</p>\n<main>{body}</main>\n</body></html>"
