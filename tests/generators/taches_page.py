"""A PROJECT-MANAGEMENT SaaS's « Liste » view printed from the browser (eighty-fourth
held-out set, ``plan_html_taches``): the plan kept as one project, each steps table a TASK
LIST WITHOUT ANY COLUMN LABEL.

The seed flows as ``plan_html_manchette``'s page without its margin, the fields a
``table.kv``; each steps block is a grey « n tâches » line (not in the seed), then one
``div.task`` a step: an empty checkbox, the step name bold, then on the same line one rounded
badge per non-empty « Planification », « Ressources à mobiliser », « Porteur », « Partenaires
envisagés » value, each told only by a symbol (:data:`SYMBOLS`) and its colours — the
porteur's opening with an avatar of its initials (not in the seed) —, the column label only
in the badge's ``title``; under that line the « Descriptif » value in grey. Only the layout
comes from here: every value is the seed's (the counts, symbols and initials are not).
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, _h, _kv_fields
from tests.generators.seed001 import Block, _paragraphs
from tests.generators.site_body import br_paragraphs, flowing_css

_CSS = (
    flowing_css("15mm", "#1E1E1E")
    + """\
div.count { font-size: 7.5pt; color: #8A8F98; margin: 2px 0 2px; }
div.tasks { margin: 0 0 10px; border-top: 1px solid #E6E8EB; }
div.task { border-bottom: 1px solid #E6E8EB; padding: 4px 0; break-inside: avoid; }
span.cb { display: inline-block; width: 11px; height: 11px; border: 1.5px solid #9AA5B1;
  border-radius: 2px; vertical-align: -2px; margin-right: 6px; box-sizing: border-box; }
span.name { font-weight: bold; font-size: 9pt; }
span.badge { display: inline-block; font-size: 7.5pt; padding: 1px 6px; border-radius: 8px;
  margin-left: 5px; vertical-align: top; max-width: 45%; }
span.badge::before { font-family: 'DejaVu Sans', sans-serif; }
span.plan { color: #0B5394; background: #E3F2FD; }
span.plan::before { content: "◷ "; }
span.res { color: #1E6B34; background: #E6F4EA; }
span.res::before { content: "⛁ "; }
span.part { color: #5F6B7A; background: #EEF0F3; }
span.part::before { content: "⚭ "; }
span.owner { color: #3B2E7E; background: #EEEBFF; }
span.avatar { display: inline-block; width: 12px; height: 12px; border-radius: 50%;
  background: #7B61FF; color: #FFFFFF; font-weight: bold; font-size: 6pt; line-height: 12px;
  text-align: center; margin-right: 4px; vertical-align: top; }
div.desc { color: #5F6B7A; font-size: 8.5pt; margin: 2px 0 0 20px; }
"""
)

# the badges' columns (0-based seed columns), their CSS classes and their labels' order
BADGES = ((2, "plan"), (3, "res"), (4, "owner"), (5, "part"))
SYMBOLS = {"plan": "◷", "res": "⛁", "part": "⚭"}  # drawn by the CSS, listed here for reading


def initials(value: str) -> str:
    """The avatar's letters: the first letters of ``value``'s first two words, or its first
    two letters for a one-word value, in capitals."""
    words = (_paragraphs(value) or [value])[0].split()
    if not words:
        return ""
    if len(words) == 1:
        return words[0][:2].upper()
    return (words[0][0] + words[1][0]).upper()


def _badge(kind: str, label: str, value: str) -> str:
    """A rounded badge of ``value`` (its paragraphs ``<br>``-separated), ``label`` only in
    its ``title``."""
    avatar = f"<span class='avatar'>{_h(initials(value))}</span>" if kind == "owner" else ""
    return f"<span class='badge {kind}' title='{_h(label)}'>{avatar}{br_paragraphs(value)}</span>"


def _impl(block: Block) -> list[str]:
    n = len(block.rows)
    out = [f"<div class='count'>{n} tâche{'s' if n > 1 else ''}</div>", "<div class='tasks'>"]
    for row in block.rows:
        values = [row[c] if c < len(row) else "" for c in range(len(block.header))]
        line = f"<span class='cb'></span><span class='name'>{br_paragraphs(values[0])}</span>"
        for c, kind in BADGES:
            if c < len(values) and values[c].strip():
                line += _badge(kind, block.header[c], values[c])
        task = f"<div class='task'><div class='line'>{line}</div>"
        if len(values) > 1 and values[1].strip():
            task += f"<div class='desc'>{br_paragraphs(values[1])}</div>"
        out.append(task + "</div>")
    out.append("</div>")
    return out


def plan_html_taches() -> str:
    """The seed as a project tool's list view: each steps table a task list with badges."""
    return _flowing_page(_CSS, _kv_fields, _impl)
