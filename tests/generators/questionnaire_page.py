"""The plan as a LIMESURVEY « IMPRIMER VOS RÉPONSES » page (hundred-and-twenty-sixth held-out
set, ``plan_html_questionnaire``): the answers an intercommunality entered into the
questionnaire through which a region collects the territories' action plans, printed as
LimeSurvey prints them, question text | answer. The steps were an « array (texts) »
question: LimeSurvey prints ONE ROW PER STEP AND COLUMN, its question cell « Étapes de mise
en œuvre [Étape n][<column label>] », its answer cell the value; nothing else groups a
step's six rows.

The seed flows as ``plan_html_inlabel``'s page; the fields and the steps each a two-column
``table.printouttable``. Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, _h
from tests.generators.seed001 import Block
from tests.generators.site_body import ETAPES_PAGE_CSS, br_paragraphs

QUESTION = "Étapes de mise en œuvre"

_CSS = (
    ETAPES_PAGE_CSS
    + """\
table.printouttable { width: 100%; table-layout: fixed; border-collapse: collapse;
  margin: 0 0 8px; }
table.printouttable td { border: 1px solid #DDDDDD; padding: 4px 6px; font-size: 8.5pt;
  vertical-align: top; text-align: left; }
table.printouttable td.question { width: 42%; color: #555555; font-weight: normal;
  background: #F5F5F5; }
table.printouttable td.answer { width: 58%; color: #1E1E1E; background: #FFFFFF; }
table.printouttable tr { break-inside: avoid; }
"""
)


def _row(question: str, answer: str) -> str:
    return (
        f"<tr><td class='question'>{_h(question)}</td>"
        f"<td class='answer'>{br_paragraphs(answer)}</td></tr>"
    )


def answer_fields(block: Block) -> list[str]:
    """The fields as printed answers: a row a field, its label | its value."""
    rows = [_row(label, value) for label, value in block.fields]
    return ["<table class='printouttable'>", *rows, "</table>"]


def answer_steps(block: Block) -> list[str]:
    """The steps as an array question's printed answers: a row per step and column."""
    rows = []
    for n, step in enumerate(block.rows, start=1):
        for c, label in enumerate(block.header):
            value = step[c] if c < len(step) else ""
            rows.append(_row(f"{QUESTION} [Étape {n}][{label}]", value))
    return ["<table class='printouttable'>", *rows, "</table>"]


def plan_html_questionnaire() -> str:
    """The seed as LimeSurvey's printed answers, a row per step and column."""
    return _flowing_page(_CSS, answer_fields, answer_steps)
