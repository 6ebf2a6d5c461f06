"""Small action plans whose steps tables have columns too NARROW for their words, printed by a
real producer (Chromium « Imprimer en PDF » from HTML, cells told ``word-break:
break-word``), with negative cases (issue 13, the rules drawn from ``plan_html_notion``).

Test-only, next to :mod:`tests.generators.page_break_plans` (same helpers); the PDFs are cached
in ``tests/fixtures/narrow_cells/`` (regenerate with ``python -m tests.generators.narrow_cell_plans``).

Layouts:

``break_word_html``  Chromium, A4 portrait, one fiche whose steps table (thin full grid) has a
                     « Porteur » column 1 cm wide and a « Ressources à mobiliser » column 1.3
                     cm wide: the browser cuts the words wider than these columns anywhere,
                     with no hyphen (« GACdG » over three lines, « opérateur », « (0,25ETP) »),
                     header labels too (« Port » / « eur »); owners of two short words (« Pôle
                     Eau ») wrap at their space. The owners' names are written whole in the
                     fiche's context.
"""

from __future__ import annotations

from pathlib import Path

from tests.generators.page_break_plans import _h, _page, cached, produce, regenerate

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "narrow_cells"

HEADER = ["Etape", "Descriptif", "Planification", "Ressources à mobiliser", "Porteur"]
HEADER += ["Partenaires envisagés"]
CONTEXT = (
    "La communauté GACdG confie le suivi à un opérateur choisi après un appel d'offres ; "
    "le Pôle Eau apporte ses relevés."
)
# name, description, planning, budget, owner, partners
ROWS = [
    [
        "Recenser les bâtiments",
        "Dresser la liste des bâtiments publics et de leurs consommations annuelles.",
        "2020",
        "12000",
        "GACdG",
        "communes",
    ],
    [
        "Choisir l'opérateur",
        "Rédiger le cahier des charges et choisir l'opérateur du suivi.",
        "2021",
        "interne (0,25ETP)",
        "opérateur",
        "ADEME",
    ],
    [
        "Relever les compteurs",
        "Relever chaque mois les compteurs d'eau des bâtiments recensés.",
        "2022",
        "4000",
        "Pôle Eau",
        "communes",
    ],
]

_CSS = """
@page { size: A4; margin: 15mm; }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10pt; color: #111; }
h2 { font-size: 13pt; margin: 0 0 8px; }
h3 { font-size: 11pt; margin: 10px 0 5px; }
p { margin: 0 0 4px; }
table.steps { border-collapse: collapse; width: 100%; font-size: 8.5pt; table-layout: fixed; }
table.steps th, table.steps td { border: 1px solid rgb(233, 233, 231); padding: 3px 6px;
  text-align: left; vertical-align: top; white-space: pre-wrap; word-break: break-word; }
table.steps th { font-weight: normal; font-size: 8pt; color: rgba(55, 53, 47, 0.65); }
col.name { width: 3.2cm; } col.plan { width: 1.8cm; } col.budget { width: 1.3cm; }
col.owner { width: 1cm; } col.partners { width: 2.2cm; }
"""


def break_word_html() -> str:
    """One fiche, its steps table with columns narrower than some words."""
    body = [
        "<h2>FICHE 3.1.1 Suivre les consommations des bâtiments publics</h2>",
        "<p><b>Contexte</b></p>",
        f"<p>{_h(CONTEXT)}</p>",
        "<p><b>Objectifs et résultats attendus</b></p>",
        "<p>Réduire de 30 % les consommations d'eau et d'énergie d'ici 2030.</p>",
        "<h3>Modalités de mise en oeuvre</h3>",
        "<table class='steps'><colgroup><col class='name'><col><col class='plan'>"
        "<col class='budget'><col class='owner'><col class='partners'></colgroup>",
        "<thead><tr>" + "".join(f"<th>{_h(h)}</th>" for h in HEADER) + "</tr></thead><tbody>",
    ]
    body += ["<tr>" + "".join(f"<td>{_h(c)}</td>" for c in row) + "</tr>" for row in ROWS]
    return _page([*body, "</tbody></table>"], _CSS)


HTML_LAYOUTS = {"break_word_html": break_word_html}
LAYOUTS = tuple(HTML_LAYOUTS)


def build(layout: str, out_dir: Path = FIXTURES) -> Path:
    """Produce ``out_dir/<layout>.pdf`` with Chromium."""
    return produce(layout, HTML_LAYOUTS, {}, out_dir)


def fixture(layout: str) -> bytes:
    """The cached PDF of ``layout``, produced on first use when the producers are there."""
    return cached(layout, build, FIXTURES)


def main(argv: list[str] | None = None) -> int:  # pragma: no cover - regeneration helper
    return regenerate(argv, LAYOUTS, build)


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
