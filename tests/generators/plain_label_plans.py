"""Small action plans whose field labels are set in the values' own face (NOT bold), and whose
lists are one-line items of similar length, laid out by real producers (Chromium « Imprimer en
PDF » from HTML, LibreOffice Writer from a .docx).

Test-only (issue 13), next to :mod:`tests.generators.page_break_plans` (same helpers, PDFs
cached in ``tests/fixtures/page_breaks/``; regenerate with
``python -m tests.generators.plain_label_plans``).

Layouts:

``plain_panel_html``  Chromium, A4 portrait, the fields as a CSS grid of two EQUAL columns
                      (labels left in a regular face, values right, no rule, no fill), so the
                      panel reads as two text columns as wide as each other.
``plain_panel_docx``  Writer, the same fields as a borderless 2-column table of equal widths,
                      labels in a regular face.
``prose_columns_html`` Chromium, negative case: a « Contexte » value in two CSS text columns
                      whose lines start with field words (« Indicateurs de suivi… », « Publics
                      cibles… », « Contexte… »): still read column by column.
``list_items_html``   Chromium, bold labels beside values in a narrow value column (9 cm): the
                      indicators one a paragraph, of similar length, the longest NOT the last
                      (non-final items reach the column's right edge); a wrapped context whose
                      lines go on before a name (« … de la » / « Région »).
``list_items_docx``   Writer, the same fields in a ruled 2-column table (4.5 cm / 8 cm).
``empty_label_html``  Chromium, a bold « Contexte » label whose next line opens on a « Contexte
                      historique : … » sentence (a label met again, its first value empty).
``label_again_html``  Chromium, bold labels over values opening on their own label followed by
                      words of their own (« Contexte historique : … »), and, negative, whole
                      « Label : … » fields of the vocabulary met inside a value.
``justified_columns_html`` Chromium, a « Contexte » value in two narrow justified text columns
                      whose paragraphs open on field words (« Partenaires… », « Budget… »):
                      the wide justified spaces cut no line, the columns read one by one.
``justified_columns_docx`` Writer, the same justified paragraphs in a continuous 2-column
                      section.
``aside_break_html``  Chromium, A4 landscape, a narrow LEFT column of fields (no fill, no rule)
                      whose labels are in a regular face over their values, beside the steps
                      table; the column runs over the page break (its indicators go on at the
                      next page's top, the last fields there), so does the table.
"""

from __future__ import annotations

from pathlib import Path

from tests.generators.page_break_plans import (
    _ASIDE_CSS,
    _CSS,
    _PLACES,
    FIXTURES,
    _h,
    _page,
    _table,
    cached,
    produce,
    regenerate,
    steps,
)

PLAIN_CONTEXT = (
    "Le patrimoine public de la communauté de communes est ancien et consomme beaucoup "
    "d'énergie ; les petites communes manquent de moyens techniques pour engager des travaux "
    "de rénovation sans un accompagnement du syndicat."
)
PLAIN_INDICATORS = [
    "Consommation annuelle des bâtiments (MWh)",
    "Nombre de bâtiments audités",
    "Part des bâtiments publics rénovés sur l'ensemble du territoire intercommunal",
]
PLAIN_FIELDS = [
    ("Contexte", [PLAIN_CONTEXT]),
    ("Objectifs et résultats attendus", ["Réduire de 40 % les consommations d'ici 2030."]),
    ("Indicateurs", PLAIN_INDICATORS),
    ("Publics cibles", ["Communes et intercommunalité"]),
    ("Liens avec les objectifs réglementaires", ["Réduction des consommations d'énergie"]),
]

_PLAIN_PANEL_CSS = """
.side { display: grid; grid-template-columns: 1fr 1fr; column-gap: 0.8cm; row-gap: 8px;
        margin-bottom: 10px; }
.side p { margin: 0; }
"""


def _grid(fields: list[tuple[str, list[str]]]) -> list[str]:
    out = ["<div class='side'>"]
    for label, values in fields:
        out.append(f"<div class='k'>{_h(label)}</div><div class='v'>")
        out += [f"<p>{_h(v)}</p>" for v in values]
        out.append("</div>")
    return [*out, "</div>"]


def _fiche(code: str, title: str, fields: list[str], rows: list[list[str]]) -> list[str]:
    return [
        f"<h2>FICHE {code} {_h(title)}</h2>",
        *fields,
        "<h3>Modalités de mise en oeuvre</h3>",
        *_table(rows),
    ]


def plain_panel_html() -> str:
    """Labels in the values' face beside them, the two grid columns as wide as each other."""
    body = _fiche("2.1.1", "Rénover les bâtiments publics", _grid(PLAIN_FIELDS), steps(3, 2))
    body += ["<div class='next'></div>"]
    body += _fiche("2.1.2", "Accompagner les communes", _grid(PLAIN_FIELDS[1:]), steps(2, 1))
    return _page(body, _CSS + _PLAIN_PANEL_CSS)


# two text columns whose lines open on field words: prose, never labels beside values
PROSE = [
    "Contexte historique du territoire, engagé dès 2012 dans une politique de sobriété dans ses "
    "bâtiments, suivie par un comité de pilotage réunissant les maires des communes rurales.",
    "Indicateurs de suivi publiés chaque année par le syndicat départemental, consultables en "
    "ligne et présentés au conseil communautaire lors du débat d'orientation budgétaire.",
    "Publics cibles des campagnes passées, les écoles, les associations sportives et les "
    "agents techniques chargés de l'entretien courant des chaudières municipales.",
    "Partenaires historiques de la démarche, les chambres consulaires ont financé plusieurs "
    "diagnostics thermiques de commerces de centre-bourg entre 2015 et 2019.",
    "Calendrier indicatif révisé chaque automne après le bilan des consommations de l'hiver "
    "précédent et des travaux réalisés par les communes volontaires.",
    "Budget consolidé des opérations passées, hors subventions, tel que présenté dans le "
    "rapport annuel sur le développement durable de la collectivité.",
]

_PROSE_CSS = """
.cols { columns: 2; column-gap: 1cm; margin-bottom: 16px; }
.cols p { margin: 0 0 6px; }
"""


def prose_columns_html() -> str:
    """Bold labels over their values; the context in two text columns of paragraphs opening
    on field words."""
    fields = ["<p><b>Contexte</b></p>", "<div class='cols'>"]
    fields += [f"<p>{_h(p)}</p>" for p in PROSE]
    fields += ["</div>", "<p><b>Indicateurs</b></p>", "<p>Nombre de bâtiments audités</p>"]
    fields += ["<p><b>Publics cibles</b></p>", "<p>Communes et intercommunalité</p>"]
    body = _fiche("2.1.1", "Rénover les bâtiments publics", fields, steps(3, 2))
    return _page(body, _CSS + _PROSE_CSS)


def plain_panel_docx(path: Path) -> Path:
    """Writer: the fields as a borderless 2-column table of equal widths, plain labels."""
    from docx import Document
    from docx.shared import Cm, Pt

    from tests.generators.page_break_plans import _docx_table
    from tests.generators.plan_docx import _no_table_borders

    doc = Document()
    doc.styles["Normal"].font.name = "Liberation Sans"
    doc.styles["Normal"].font.size = Pt(10)
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.0)
    for code, title, fields in (
        ("2.1.1", "Rénover les bâtiments publics", PLAIN_FIELDS),
        ("2.1.2", "Accompagner les communes", PLAIN_FIELDS[1:]),
    ):
        if code != "2.1.1":
            doc.add_page_break()
        run = doc.add_paragraph().add_run(f"FICHE {code} {title}")
        run.bold, run.font.size = True, Pt(13)
        table = doc.add_table(rows=0, cols=2)
        _no_table_borders(table)
        for label, values in fields:
            cells = table.add_row().cells
            cells[0].width = cells[1].width = Cm(8.5)
            cells[0].paragraphs[0].add_run(label)
            for i, value in enumerate(values):
                par = cells[1].paragraphs[0] if i == 0 else cells[1].add_paragraph()
                par.add_run(value)
        run = doc.add_paragraph().add_run("Modalités de mise en oeuvre")
        run.bold = True
        _docx_table(doc, steps(3, 2), head=True, repeat=True, grid=True)
    doc.save(str(path))
    return path


# one-line items of similar length, the longest in the middle of the list
LIST_INDICATORS = [
    "Foyers accompagnés dans leurs travaux de rénovation",
    "Logements sociaux rénovés chaque année sur le territoire",
    "Communes engagées dans le conseil en énergie partagé",
    "Ménages ayant engagé une rénovation performante",
    "Conseils délivrés par l'espace info énergie",
]
LIST_AUDIENCES = ["Communes rurales du territoire", "Bailleurs sociaux", "Ménages modestes"]
# a wrapped sentence whose lines end on a function word before a capital (a name)
LIST_CONTEXT = (
    "Le programme est financé depuis 2021 par la Région Occitanie, par l'Agence de "
    "l'environnement et de la maîtrise de l'énergie et par le Syndicat départemental "
    "d'énergies du Gers dans le cadre du contrat de relance et de transition écologique."
)
LIST_FIELDS = [
    ("Contexte", [LIST_CONTEXT]),
    ("Indicateurs", LIST_INDICATORS),
    ("Publics cibles", LIST_AUDIENCES),
]

_LIST_CSS = """
.side { display: grid; grid-template-columns: 4.5cm 9cm; column-gap: 0.6cm; row-gap: 8px;
        margin-bottom: 10px; }
.side .k { font-weight: bold; }
.side p { margin: 0; }
"""


def list_items_html() -> str:
    body = _fiche("2.1.1", "Rénover les bâtiments publics", _grid(LIST_FIELDS), steps(3, 2))
    return _page(body, _CSS + _LIST_CSS)


def list_items_docx(path: Path) -> Path:
    """Writer: the fields in a ruled 2-column table, the indicators one a paragraph."""
    from docx import Document
    from docx.shared import Cm, Pt

    from tests.generators.page_break_plans import _docx_table
    from tests.generators.plan_docx import _set_cell_borders

    doc = Document()
    doc.styles["Normal"].font.name = "Liberation Sans"
    doc.styles["Normal"].font.size = Pt(10)
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.0)
    run = doc.add_paragraph().add_run("FICHE 2.1.1 Rénover les bâtiments publics")
    run.bold, run.font.size = True, Pt(13)
    table = doc.add_table(rows=0, cols=2)
    table.autofit = False
    for label, values in LIST_FIELDS:
        cells = table.add_row().cells
        cells[0].width, cells[1].width = Cm(4.5), Cm(8.0)
        cells[0].paragraphs[0].add_run(label).bold = True
        for i, value in enumerate(values):
            par = cells[1].paragraphs[0] if i == 0 else cells[1].add_paragraph()
            par.add_run(value)
        for cell in cells:
            _set_cell_borders(cell, top="single", bottom="single", left="single", right="single")
    run = doc.add_paragraph().add_run("Modalités de mise en oeuvre")
    run.bold = True
    _docx_table(doc, steps(3, 2), head=True, repeat=True, grid=True)
    doc.save(str(path))
    return path


_ASIDE_PLACES = [*_PLACES, "La halle", "Le théâtre", "La caserne", "Le foyer rural"]
# a side column long enough to go on past the page break, each line its own words: the
# indicators start on the first page and go on at the second's top, beside the table's rows
BREAK_CONTEXT = " ".join(
    f"{place} de la commune {n} doit rénover son chauffage."
    for n, place in enumerate(_ASIDE_PLACES[:6], start=1)
)
BREAK_INDICATORS = [
    f"{noun} ({place[0].lower()}{place[1:]})"
    for place in _ASIDE_PLACES
    for noun in ("Chauffage", "Fenêtres", "Toiture")
]
BREAK_FIELDS = [
    ("Contexte", [BREAK_CONTEXT]),
    ("Objectifs et résultats attendus", ["Réduire de 40 % les consommations d'ici 2030."]),
    ("Indicateurs", BREAK_INDICATORS),
    ("Publics cibles", ["Communes et intercommunalité"]),
    ("Liens avec les objectifs réglementaires", ["Réduction des consommations d'énergie"]),
]


def aside_break_html() -> str:
    """A4 landscape: the fields column (regular-weight labels over values) beside the steps
    table, both running over the page break; a second fiche on its own page."""
    body = ["<h2>FICHE 2.1.1 Rénover les bâtiments publics</h2><div class='fiche'><div>"]
    for label, values in BREAK_FIELDS:
        body.append(f"<p class='lab'>{_h(label)}</p>")
        body += [f"<p class='val'>{_h(v)}</p>" for v in values]
    body += ["</div><div><h4>Modalités de mise en oeuvre</h4>", *_table(steps(16, 2))]
    body += ["</div></div>", "<div class='next'></div>"]
    body += ["<h2>FICHE 2.1.2 Accompagner les communes</h2><div class='fiche'><div>"]
    for label, values in BREAK_FIELDS[1:2] + BREAK_FIELDS[3:]:
        body.append(f"<p class='lab'>{_h(label)}</p>")
        body += [f"<p class='val'>{_h(v)}</p>" for v in values]
    body += ["</div><div><h4>Modalités de mise en oeuvre</h4>", *_table(steps(2, 1))]
    body += ["</div></div>"]
    return _page(body, _CSS + _ASIDE_CSS)


EMPTY_LABEL_SENTENCE = (
    "Contexte historique : le territoire a engagé dès 2012 une politique de sobriété."
)


def empty_label_html() -> str:
    fields = ["<p><b>Contexte</b></p>", f"<p>{_h(EMPTY_LABEL_SENTENCE)}</p>"]
    fields += ["<p><b>Indicateurs</b></p>", "<p>Nombre de bâtiments audités</p>"]
    body = _fiche("2.1.1", "Rénover les bâtiments publics", fields, steps(2, 1))
    return _page(body, _CSS)


# labels met again inside values: « Label autre : … » of the open field's own label keeps its
# words; a whole « Label : … » of the vocabulary, or another field's label, still opens a field
AGAIN_HISTORY = "Contexte historique : la commune a rénové sa mairie en 2015."
AGAIN_NOW = "Contexte actuel des écoles : trois chaudières au fioul restent à remplacer."
AGAIN_INDICATOR = "Indicateurs annuels du syndicat : nombre de chaudières remplacées"
AGAIN_OBJECTIVE = "Remplacer toutes les chaudières au fioul d'ici 2028."
AGAIN_EXACT = "Les travaux suivent le schéma directeur immobilier."


def label_again_html() -> str:
    """Bold labels over their values: values opening on their own label followed by other
    words (« Contexte historique : … », « Indicateurs annuels … : … »), beside whole labels
    of the vocabulary (« Objectifs de l'action : … », « Contexte : … »)."""
    fields = ["<p><b>Contexte</b></p>", f"<p>{_h(AGAIN_HISTORY)}</p>", f"<p>{_h(AGAIN_NOW)}</p>"]
    fields += ["<p><b>Indicateurs</b></p>", f"<p>{_h(AGAIN_INDICATOR)}</p>"]
    body = _fiche("2.1.1", "Rénover les écoles", fields, steps(2, 1))
    body += ["<div class='next'></div>"]
    fields = ["<p><b>Contexte</b></p>", f"<p>{_h(AGAIN_HISTORY)}</p>"]
    fields += [f"<p>Objectifs de l'action : {_h(AGAIN_OBJECTIVE)}</p>"]
    fields += [f"<p>Contexte : {_h(AGAIN_EXACT)}</p>"]
    body += _fiche("2.1.2", "Remplacer les chaudières", fields, steps(2, 1))
    return _page(body, _CSS)


# justified paragraphs in two narrow text columns: the justified lines' spaces grow wider than
# a label/value gap, each line's spaces alike
JUSTIFIED = [
    "Partenaires historiques de la démarche, les chambres consulaires ont financé plusieurs "
    "diagnostics thermiques des commerces de centre-bourg entre 2015 et 2019 avec l'appui "
    "constant de la région.",
    "Calendrier indicatif révisé chaque automne après le bilan des consommations de l'hiver "
    "précédent et des travaux réalisés par les communes volontaires du territoire rural.",
    "Budget consolidé des opérations passées, hors subventions, tel que présenté dans le "
    "rapport annuel sur le développement durable de la collectivité et de ses syndicats.",
    "Indicateurs historiques publiés chaque année par le syndicat départemental, consultables "
    "en ligne et présentés au conseil communautaire lors du débat d'orientation budgétaire.",
    "Publics concernés par les campagnes passées, les écoles, les associations sportives et "
    "les agents techniques chargés de l'entretien courant des chaudières municipales.",
    "Partenaires financiers sollicités pour la suite : la banque des territoires, l'agence de "
    "l'environnement et de la maîtrise de l'énergie, le département et les fonds européens.",
]

_JUSTIFIED_CSS = """
.cols { columns: 2; column-gap: 1cm; font-size: 15pt; margin-bottom: 16px;
        text-align: justify; }
.cols p { margin: 0 0 6px; }
"""


def justified_columns_html() -> str:
    """Bold labels over their values; the context in two narrow JUSTIFIED text columns whose
    paragraphs open on field words (« Partenaires… », « Calendrier… », « Budget… »)."""
    fields = ["<p><b>Contexte</b></p>", "<div class='cols'>"]
    fields += [f"<p>{_h(p)}</p>" for p in JUSTIFIED]
    fields += ["</div>", "<p><b>Indicateurs</b></p>", "<p>Nombre de bâtiments audités</p>"]
    fields += ["<p><b>Publics cibles</b></p>", "<p>Communes et intercommunalité</p>"]
    body = _fiche("2.1.1", "Rénover les bâtiments publics", fields, steps(3, 2))
    return _page(body, _CSS + _JUSTIFIED_CSS)


def justified_columns_docx(path: Path) -> Path:
    """Writer: a bold « Contexte » label, then the same justified paragraphs in a continuous
    2-column section, then the other fields in one column again."""
    from docx import Document
    from docx.enum.section import WD_SECTION
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.oxml.parser import OxmlElement
    from docx.shared import Cm, Pt

    from tests.generators.page_break_plans import _docx_table

    doc = Document()
    doc.styles["Normal"].font.name = "Liberation Sans"
    doc.styles["Normal"].font.size = Pt(10)
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.0)
    run = doc.add_paragraph().add_run("FICHE 2.1.1 Rénover les bâtiments publics")
    run.bold, run.font.size = True, Pt(13)
    doc.add_paragraph().add_run("Contexte").bold = True
    cols = doc.add_section(WD_SECTION.CONTINUOUS)
    for text in JUSTIFIED:
        par = doc.add_paragraph()
        par.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        par.add_run(text).font.size = Pt(15)
    grid = OxmlElement("w:cols")
    grid.set(qn("w:num"), "2")
    grid.set(qn("w:space"), "567")
    cols._sectPr.append(grid)
    after = doc.add_section(WD_SECTION.CONTINUOUS)
    for copied in after._sectPr.findall(qn("w:cols")):  # the new section copies the columns
        copied.set(qn("w:num"), "1")
    for label, value in (
        ("Indicateurs", "Nombre de bâtiments audités"),
        ("Publics cibles", "Communes et intercommunalité"),
    ):
        doc.add_paragraph().add_run(label).bold = True
        doc.add_paragraph(value)
    run = doc.add_paragraph().add_run("Modalités de mise en oeuvre")
    run.bold = True
    _docx_table(doc, steps(3, 2), head=True, repeat=True, grid=True)
    doc.save(str(path))
    return path


HTML_LAYOUTS = {
    "plain_panel_html": plain_panel_html,
    "prose_columns_html": prose_columns_html,
    "list_items_html": list_items_html,
    "aside_break_html": aside_break_html,
    "empty_label_html": empty_label_html,
    "label_again_html": label_again_html,
    "justified_columns_html": justified_columns_html,
}
DOCX_LAYOUTS = {
    "plain_panel_docx": plain_panel_docx,
    "list_items_docx": list_items_docx,
    "justified_columns_docx": justified_columns_docx,
}
LAYOUTS = tuple(HTML_LAYOUTS) + tuple(DOCX_LAYOUTS)


def build(layout: str, out_dir: Path = FIXTURES) -> Path:
    """Produce ``out_dir/<layout>.pdf`` with Chromium or Writer."""
    return produce(layout, HTML_LAYOUTS, DOCX_LAYOUTS, out_dir)


def fixture(layout: str) -> bytes:
    """The cached PDF of ``layout``, produced on first use when the producers are there."""
    return cached(layout, build)


def main(argv: list[str] | None = None) -> int:  # pragma: no cover - regeneration helper
    return regenerate(argv, LAYOUTS, build)


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
