"""A GRANTS PLATFORM's « Récapitulatif du dossier » printed from the browser (eighty-seventh
held-out set, ``plan_html_subvention``): the plan keyed in as a subsidy application, each
steps table the form's repeated « Étape » section printed read-only.

The seed flows as ``plan_html_taches``'s page, the fields a ``table.kv``; each steps block is
a grey notice on the required fields (:data:`NOTICE`, not in the seed), then one
``<fieldset>`` a step, its legend « Étape n sur N » (not in the seed), its fields on a
two-column grid (:data:`GRID`): the seed label with a red « * » when required, a grey hint
line (:data:`HINTS`, not in the seed), the value in a grey read-only box, and a « n / max
caractères » counter under it (:data:`MAXIMA`, not in the seed). Only the layout comes from
here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_html import _flowing_page, _h, _kv_fields
from tests.generators.seed001 import Block, _paragraphs
from tests.generators.site_body import br_paragraphs, flowing_css

_CSS = (
    flowing_css("15mm", "#1E1E1E")
    + """\
p.notice { font-size: 7.5pt; font-style: italic; color: #666666; margin: 2px 0 4px; }
fieldset.etape { border: 1px solid #CECECE; border-radius: 4px; padding: 4px 8px 6px;
  margin: 0 0 6px; break-inside: avoid; }
fieldset.etape legend { font-weight: bold; font-size: 8.5pt; color: #000091; padding: 0 4px; }
div.grille { display: grid; grid-template-columns: 1fr 1fr; gap: 4px 12px; }
div.champ { min-width: 0; }
div.champ.large { grid-column: 1 / 3; }
div.champ label { display: block; font-weight: bold; font-size: 8pt; }
span.requis { color: #CE0500; }
div.aide { font-size: 7pt; color: #666666; margin: 0 0 2px; }
div.saisie { background: #F2F2F2; border: 1px solid #B8B8B8; border-radius: 3px;
  padding: 3px 6px; font-size: 8.5pt; min-height: 1.2em; line-height: 1.2; }
div.compteur { font-size: 6.5pt; color: #666666; text-align: right; margin-top: 1px; }
"""
)

NOTICE = "Les champs marqués d'un astérisque (*) sont obligatoires."
REQUIRED = (0, 1, 2, 4)  # seed columns whose field is required
HINTS = (
    "Intitulé court de l'étape",
    "Décrivez les actions prévues",
    "Année ou période de réalisation",
    "Montant en euros ou moyens internes",
    "Structure responsable de l'étape",
    "Structures associées, une par ligne",
)
MAXIMA = (150, 1000, 50, 100, 100, 300)  # the counters' maxima, seed column order
GRID = ((0, True), (1, True), (2, False), (3, False), (4, False), (5, False))  # (column, wide)


def counter(value: str, column: int) -> str:
    """The counter under a box: the value's length, its paragraphs joined by a line break."""
    return f"{len(chr(10).join(_paragraphs(value)))} / {MAXIMA[column]} caractères"


def _field(label: str, value: str, column: int, wide: bool) -> str:
    star = " <span class='requis'>*</span>" if column in REQUIRED else ""
    return (
        f"<div class='champ{' large' if wide else ''}'>"
        f"<label>{_h(label)}{star}</label>"
        f"<div class='aide'>{_h(HINTS[column])}</div>"
        f"<div class='saisie'>{br_paragraphs(value)}</div>"
        f"<div class='compteur'>{_h(counter(value, column))}</div></div>"
    )


def _impl(block: Block) -> list[str]:
    out = [f"<p class='notice'>{_h(NOTICE)}</p>"]
    n = len(block.rows)
    for k, row in enumerate(block.rows, start=1):
        values = [row[c] if c < len(row) else "" for c in range(len(block.header))]
        out.append(f"<fieldset class='etape'><legend>Étape {k} sur {n}</legend>")
        out.append("<div class='grille'>")
        out += [_field(block.header[c], values[c], c, wide) for c, wide in GRID]
        out.append("</div></fieldset>")
    return out


def plan_html_subvention() -> str:
    """The seed as a grants platform's application summary: each step a read-only form
    section."""
    return _flowing_page(_CSS, _kv_fields, _impl)
