"""Small action plans holding the shapes a general PDF reading got wrong (issue 13, the
« left » list of the last pass), laid out by real producers (Chromium « Imprimer en PDF » from
HTML, LibreOffice Writer from a .docx), each with negative cases.

Test-only, next to :mod:`tests.generators.page_break_plans` (same helpers); the PDFs are cached
in ``tests/fixtures/left_shapes/`` (regenerate with ``python -m tests.generators.left_shape_plans``).

Layouts:

``narrow_columns_html``  Chromium, a « Contexte » value in two CSS text columns inside a box
                         of 9.5 cm on the left of a 18 cm text block (full-width paragraphs
                         above and below it, the steps table under it): the two columns are
                         narrow next to the page's text.
``narrow_pairs_html``    Chromium, negative: the same box holding a 2-column grid of short
                         « year | amount » pairs and of label/value rows: no text columns, read
                         row by row.
``wrapped_header_docx``  Writer, negative for the header rule: a borderless steps table whose
                         header, in the body's regular weight, wraps its labels on two and
                         three lines in narrow columns, the first body row right under it.
``widgets_html``         Chromium, a WordPress-like page: the fiche in a main column, a side
                         column of widgets (« Articles récents », « Catégories », « Archives »:
                         lists of links, no fill, no rule) printed beside it on the first page
                         only; the fiche ends on its fields, under the steps table.
``cot000_pptxpoints``    Impress, the seed 000 deck whose progress tables carry colour chips
                         (as ``cot000_pptxchips``) and, under each table, a legend whose
                         thresholds are in POINTS (« Écart à la cible : ● ≥ 12 pts ● 6 à
                         12 pts ● < 6 pts »), not in percent.
"""

from __future__ import annotations

from pathlib import Path

from tests.generators.page_break_plans import (
    _CSS,
    _h,
    _page,
    _table,
    cached,
    produce,
    regenerate,
    steps,
)

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "left_shapes"

# paragraphs of a context in two narrow columns: each opens on an ordinary word
NARROW = [
    "Le territoire compte quarante communes rurales dont les écoles ont été construites "
    "avant 1975 et chauffées au fioul.",
    "Une première campagne de mesures menée en 2019 a montré des pertes importantes par les "
    "toitures et les menuiseries.",
    "Les élus souhaitent mutualiser les achats d'énergie et confier le suivi des "
    "consommations à un conseiller partagé.",
    "Le syndicat départemental propose une aide technique gratuite aux communes de moins de "
    "deux mille habitants.",
]
WIDE = (
    "Ce paragraphe occupe toute la largeur du texte de la page : il précède le contexte "
    "présenté dans un encadré étroit à deux colonnes et rappelle le cadre général de la fiche."
)
OBJECTIVE = "Réduire de 40 % les consommations des bâtiments scolaires d'ici 2030."

_NARROW_CSS = """
.box { width: 9.5cm; margin: 0 0 10px; }
.cols { columns: 2; column-gap: 0.6cm; }
.cols p { margin: 0 0 6px; }
.pairs { display: grid; grid-template-columns: 1fr 1fr; column-gap: 0.6cm; row-gap: 3px; }
.pairs p { margin: 0; }
"""


def _fiche(fields: list[str]) -> str:
    body = ["<h2>FICHE 2.1.1 Rénover les bâtiments scolaires</h2>", f"<p>{_h(WIDE)}</p>"]
    body += fields
    body += [
        "<p><b>Objectifs et résultats attendus</b></p>",
        f"<p>{_h(OBJECTIVE)}</p>",
        "<h3>Modalités de mise en oeuvre</h3>",
        *_table(steps(3, 2)),
    ]
    return _page(body, _CSS + _NARROW_CSS)


def narrow_columns_html() -> str:
    """A bold « Contexte » label over a 9.5 cm box of two CSS text columns."""
    fields = ["<p><b>Contexte</b></p>", "<div class='box'><div class='cols'>"]
    fields += [f"<p>{_h(p)}</p>" for p in NARROW]
    return _fiche([*fields, "</div></div>"])


PAIRS = [
    ("2021", "12 000 €"),
    ("2022", "15 500 €"),
    ("2023", "18 000 €"),
    ("Financeur principal", "Région Occitanie"),
    ("Financeur associé", "Syndicat départemental"),
]


def narrow_pairs_html() -> str:
    """A bold « Budget prévisionnel » label over a 9.5 cm box of short pairs side by side."""
    fields = ["<p><b>Contexte</b></p>", f"<p>{_h(NARROW[0])}</p>"]
    fields += ["<p><b>Budget prévisionnel</b></p>", "<div class='box'><div class='pairs'>"]
    for left, right in PAIRS:
        fields += [f"<p>{_h(left)}</p>", f"<p>{_h(right)}</p>"]
    return _fiche([*fields, "</div></div>"])


WRAPPED_HEADER = [
    "Etape",
    "Descriptif",
    "Calendrier prévisionnel",
    "Ressources à mobiliser",
    "Porteur du projet",
    "Partenaires envisagés",
]


def _docx_start(title: str):  # noqa: ANN202 - a python-docx Document
    from docx import Document
    from docx.shared import Cm, Pt

    doc = Document()
    doc.styles["Normal"].font.name = "Liberation Sans"
    doc.styles["Normal"].font.size = Pt(10)
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.0)
    run = doc.add_paragraph().add_run(title)
    run.bold, run.font.size = True, Pt(13)
    return doc


def wrapped_header_docx(path: Path) -> Path:
    """Writer: fields, then a borderless steps table whose header is in the body's regular
    weight, its labels wrapped in narrow columns (« Calendrier / prévisionnel », « Ressources
    / à / mobiliser »), the first row right under it (no spacing, no rule)."""
    from docx.shared import Cm, Pt

    from tests.generators.plan_docx import _no_table_borders

    doc = _docx_start("FICHE 2.1.1 Rénover les bâtiments scolaires")
    doc.add_paragraph().add_run("Contexte").bold = True
    doc.add_paragraph(NARROW[0])
    doc.add_paragraph().add_run("Modalités de mise en oeuvre").bold = True
    table = doc.add_table(rows=0, cols=6)
    table.autofit = False
    _no_table_borders(table)
    widths = (2.6, 6.4, 2.1, 1.7, 1.9, 2.3)
    for col, width in zip(table._tbl.tblGrid.gridCol_lst, widths, strict=True):
        col.w = Cm(width)
    for values in [WRAPPED_HEADER, *steps(3, 2)]:
        row = table.add_row()
        for c, value in enumerate(values):
            cell = row.cells[c]
            cell.width = Cm(widths[c])
            par = cell.paragraphs[0]
            par.paragraph_format.space_after = Pt(0)
            par.add_run(value).font.size = Pt(9)
    doc.save(str(path))
    return path


POINTS_LEGEND = {
    "Avancement : ": "Écart à la cible : ",
    " moins de 20 %   ": " ≥ 12 pts   ",
    " de 20 à moins de 40 %   ": " 6 à 12 pts   ",
    " 40 % et plus": " < 6 pts",
}


def cot000_pptxpoints(path: Path) -> Path:
    """Impress: the chips deck (:mod:`tests.generators.slides_office`) whose legend under each
    progress table gives its thresholds in points."""
    from tests.generators import seed_cot_pdf
    from tests.generators.seed_slides import _Slides
    from tests.generators.slides_office import _PptxChipsSlides

    class _PointsSlides(_PptxChipsSlides):
        def _run(self, par: object, text: str, size: float, bold: bool, color: tuple) -> None:
            super()._run(par, POINTS_LEGEND.get(text, text), size, bold, color)

    slides = _PointsSlides(_Slides("powerpoint_export", "deck", ""))
    prs = seed_cot_pdf.seed000_pdf("powerpoint_export", slides=slides)
    path = path.with_suffix(".pptx")
    prs.save(str(path))  # type: ignore[attr-defined]
    return path


WIDGETS = {
    "Articles récents": [
        "Bilan de la semaine de la mobilité",
        "Ouverture de la maison du vélo",
        "Réunion publique sur le plan climat",
    ],
    "Catégories": ["Actualités", "Énergie", "Mobilité", "Urbanisme"],
    "Archives": [f"{m} 2023" for m in ("décembre", "novembre", "octobre", "septembre", "août")]
    + [f"{m} 2023" for m in ("juillet", "juin", "mai", "avril", "mars", "février", "janvier")],
}

_WIDGETS_CSS = """
.site { display: grid; grid-template-columns: 1fr 4.5cm; column-gap: 1cm; }
.widgets h4 { font-size: 10pt; margin: 0 0 4px; }
.widgets ul { list-style: none; padding: 0; margin: 0 0 12px; font-size: 9pt; }
"""


def widgets_html() -> str:
    """A fiche in a main column beside a side column of blog widgets (first page only)."""
    main = ["<main>", "<h2>FICHE 2.1.1 Rénover les bâtiments scolaires</h2>"]
    main += ["<p><b>Contexte</b></p>", *(f"<p>{_h(p)}</p>" for p in NARROW)]
    main += ["<h3>Modalités de mise en oeuvre</h3>", *_table(steps(3, 2))]
    main += ["<p><b>Objectifs et résultats attendus</b></p>", f"<p>{_h(OBJECTIVE)}</p>"]
    main += ["<p><b>Publics cibles</b></p>", "<p>Communes et intercommunalité</p>", "</main>"]
    side = ["<aside class='widgets'>"]
    for title, items in WIDGETS.items():
        side += [f"<h4>{_h(title)}</h4>", "<ul>", *(f"<li>{_h(i)}</li>" for i in items), "</ul>"]
    body = ["<div class='site'>", *main, *side, "</aside>", "</div>"]
    return _page(body, _CSS + _WIDGETS_CSS)


HTML_LAYOUTS = {
    "narrow_columns_html": narrow_columns_html,
    "narrow_pairs_html": narrow_pairs_html,
    "widgets_html": widgets_html,
}
DOCX_LAYOUTS = {  # office sources converted by LibreOffice (.docx by Writer, .pptx by Impress)
    "wrapped_header_docx": wrapped_header_docx,
    "cot000_pptxpoints": cot000_pptxpoints,
}
LAYOUTS = tuple(HTML_LAYOUTS) + tuple(DOCX_LAYOUTS)


def build(layout: str, out_dir: Path = FIXTURES) -> Path:
    """Produce ``out_dir/<layout>.pdf`` with Chromium or Writer."""
    return produce(layout, HTML_LAYOUTS, DOCX_LAYOUTS, out_dir)


def fixture(layout: str) -> bytes:
    """The cached PDF of ``layout``, produced on first use when the producers are there."""
    return cached(layout, build, FIXTURES)


def main(argv: list[str] | None = None) -> int:  # pragma: no cover - regeneration helper
    return regenerate(argv, LAYOUTS, build)


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
