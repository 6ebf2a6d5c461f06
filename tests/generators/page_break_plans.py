"""Small action plans whose steps tables, field panels and side columns meet PAGE BREAKS, laid out
by real producers (LibreOffice Writer from a .docx, Chromium « Imprimer en PDF » from HTML).

Test-only (issue 13): each layout is one or two fiches written here (not the seed), so that a
test can assert the step names, years, amounts and owners it reads. The PDFs are cached under
``tests/fixtures/page_breaks/`` (regenerate with ``python -m tests.generators.page_break_plans``).

Layouts (all sentences differ beyond their digits: lines equal once digits are masked would
read as running headers or footers):

``long_html_thead``   Chromium, A4 portrait, 16 steps over THREE pages: a ``<table>`` with a
                      ``<thead>`` repeated on each printed page, thin full grid.
``long_html_bare``    Chromium, the same 16 steps, the header a bold first row (no
                      ``<thead>``, not repeated), no rule.
``long_docx_bare``    Writer, A4 portrait, 16 steps, horizontal rules only, header NOT
                      repeated (the second and third pages open on body rows).
``tall_docx``         Writer, a row whose description (100 short paragraphs) runs over TWO
                      page breaks between a normal row above and rows below; header repeated.
``tall_html``         Chromium, the same tall row under a repeated ``<thead>``.
``suite_html``        Chromium, the steps table split BY HAND into three tables, each on a
                      new page under a « Modalités de mise en oeuvre (suite) » line and its
                      own header; one description holds « (suite) » inside its text.
``suite_docx``        Writer, the same split by hand under « Étapes (suite) » lines; the
                      continued tables repeat no header; one description cell has a
                      paragraph beginning « Étapes (suite) du diagnostic… ».
``plain_side_html``   Chromium, fields as labels in a regular (NOT bold) grey face BESIDE
                      their values (CSS grid, no rule); a label-looking sentence in a value and
                      a paragraph « Publics cibles des actions précédentes… » (no field).
``plain_aside_html``  Chromium, A4 landscape, fields in a narrow LEFT column (whitespace
                      only, no fill) as regular-weight labels OVER their values, beside the
                      steps table; a label-looking sentence under the context.
``panel_break_html``  Chromium, fields as a panel of bold labels BESIDE values (CSS grid, no
                      rule) whose long context runs over the page break.
``panel_list_html``   Chromium, the same panel whose « Indicateurs » value (40 lines) runs
                      over the page break, the next labels on the next page.
``panel_docx``        Writer, the fields as a borderless 2-column table as wide as its values
                      under a long introduction, its « Indicateurs » row broken over the page
                      break.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from html import escape
from pathlib import Path

from tests.generators.producer_corpus import convert_html, convert_office, producers_available

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "page_breaks"
HEADER = ["Etape", "Descriptif", "Planification", "Ressources à mobiliser", "Porteur"]
HEADER += ["Partenaires envisagés"]
OWNERS = ("Service bâtiments", "Direction énergie", "Service urbanisme", "Syndicat d'énergie")
PARTNERS = ("ADEME", "Région Occitanie", "CAUE du Gers", "Agence locale de l'énergie")
SUITE_IN_TEXT = "Le diagnostic (suite) de 2019 est repris avec les communes volontaires."
SUITE_LINE = "Étapes (suite) du diagnostic engagé en 2019 avec les communes."


_PLACES = ("L'école", "La mairie", "Le gymnase", "La médiathèque", "La piscine", "Le musée")
_PLACES += ("La crèche", "Le stade", "La salle des fêtes", "Le centre technique")
_WORKS = ("son chauffage", "ses fenêtres", "son éclairage", "sa toiture", "ses murs", "sa VMC")
_SEASONS = ("au printemps", "à l'automne")
STEP_NAMES = [
    "Inventorier le patrimoine",
    "Auditer les écoles",
    "Prioriser les travaux",
    "Chiffrer le programme",
    "Rechercher des financements",
    "Consulter les entreprises",
    "Isoler les toitures",
    "Remplacer les chaudières",
    "Moderniser l'éclairage",
    "Installer des sondes",
    "Former les agents",
    "Suivre les consommations",
    "Informer les usagers",
    "Évaluer les gains",
    "Étendre aux communes",
    "Publier le bilan",
]


def phrase(index: int) -> str:
    """The ``index``-th of 120 sentences that differ in their words, not only in their digits
    (lines equal once digits are masked would read as a running header or footer)."""
    place = _PLACES[index // 12 % 10]
    work = _WORKS[index // 2 % 6]
    return f"{place} rénove {work} {_SEASONS[index % 2]} avec les entreprises locales."


def steps(count: int = 16, lines: int = 5) -> list[list[str]]:
    """``count`` steps: name, a description of ``lines`` sentences, a year or a period, an
    amount (every fourth « interne »), an owner, partners."""
    rows = []
    for k in range(1, count + 1):
        sentences = [phrase((k - 1) * lines + j) for j in range(lines)]
        planning = f"{2020 + k % 6}" if k % 3 else f"{2020 + k % 6}-{2022 + k % 6}"
        budget = "interne" if k % 4 == 0 else str(1000 * k + 500)
        rows.append(
            [
                f"Étape {k} : {STEP_NAMES[k - 1]}",
                " ".join(sentences),
                planning,
                budget,
                OWNERS[k % 4],
                PARTNERS[k % 4],
            ]
        )
    return rows


FIELDS = [
    ("Contexte", "Le patrimoine public est ancien et consomme beaucoup d'énergie."),
    ("Objectifs et résultats attendus", "Réduire de 40 % les consommations d'ici 2030."),
    ("Indicateurs", "Consommation annuelle des bâtiments publics (MWh)"),
    ("Publics cibles", "Communes et intercommunalité"),
]


# --------------------------------------------------------------------------- HTML (Chromium)

_CSS = """
@page { size: A4; margin: 15mm; }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10pt; color: #111; }
h2 { font-size: 13pt; margin: 0 0 8px; }
h3 { font-size: 11pt; margin: 10px 0 5px; }
p { margin: 0 0 4px; }
table.kv { border-collapse: collapse; margin-bottom: 8px; }
table.kv th { text-align: left; vertical-align: top; padding: 2px 10px 2px 0; width: 5cm; }
table.kv td { vertical-align: top; padding: 2px 0; }
table.steps { border-collapse: collapse; width: 100%; font-size: 9pt; }
table.steps th, table.steps td { border: 0.5pt solid #444; padding: 3px; text-align: left;
                                 vertical-align: top; }
table.steps th { background: #dde6f0; }
table.steps thead { display: table-header-group; }
.suite { break-before: page; font-weight: bold; font-size: 11pt; margin: 0 0 5px; }
.next { break-before: page; }
"""


def _h(text: str) -> str:
    return escape(text, quote=False)


def _kv(fields: list[tuple[str, str]]) -> list[str]:
    out = ["<table class='kv'>"]
    out += [f"<tr><th>{_h(k)}</th><td>{_h(v)}</td></tr>" for k, v in fields]
    return [*out, "</table>"]


def _table(rows: list[list[str]], head: bool = True) -> list[str]:
    out = ["<table class='steps'>"]
    if head:
        out.append("<thead><tr>" + "".join(f"<th>{_h(h)}</th>" for h in HEADER) + "</tr></thead>")
    out.append("<tbody>")
    for row in rows:
        out.append("<tr>" + "".join(f"<td>{_h(c)}</td>" for c in row) + "</tr>")
    return [*out, "</tbody></table>"]


def _fiche_html(
    code: str, title: str, impl: list[str], fields: list[str] | None = None
) -> list[str]:
    out = [f"<h2>FICHE {code} {_h(title)}</h2>"]
    out += fields if fields is not None else _kv(FIELDS)
    return [*out, "<h3>Modalités de mise en oeuvre</h3>", *impl]


def _page(body: list[str], css: str = _CSS) -> str:
    head = "<!doctype html><html lang='fr'><head><meta charset='utf-8'>"
    head += f"<title>PCAET</title><style>{css}</style></head><body>"
    return head + "\n".join(body) + "</body></html>"


def _second_fiche(fields: list[str] | None = None) -> list[str]:
    rows = [["Lancer l'appel à projets", "Un appel annuel.", "2024", "8000", "Direction énergie"]]
    rows[0].append("ADEME")
    return ["<div class='next'></div>", *_fiche_html("2.1.2", "Accompagner", _table(rows), fields)]


def long_html_thead() -> str:
    body = _fiche_html("2.1.1", "Rénover les bâtiments publics", _table(steps()))
    return _page(body + _second_fiche())


def tall_html() -> str:
    """Chromium, ``<thead>`` repeated: the second row's description (100 paragraphs) runs
    over two page breaks."""
    rows = tall_rows()
    out = ["<table class='steps'><thead><tr>"]
    out.append("".join(f"<th>{_h(h)}</th>" for h in HEADER) + "</tr></thead><tbody>")
    for row in rows:
        cells = ["".join(f"<p>{_h(p)}</p>" for p in c.split("\n")) for c in row]
        out.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    out.append("</tbody></table>")
    body = _fiche_html("2.1.1", "Rénover les bâtiments publics", out)
    return _page(body + _second_fiche())


_BARE_CSS = """
table.steps th, table.steps td { border: none; }
table.steps tbody tr:nth-child(even) td { background: #eef2f6; }
"""


def long_html_bare() -> str:
    """Chromium, the 16 steps with their header as a plain bold first row (no ``<thead>``,
    not repeated), no rule, zebra rows."""
    table = _table([[f"<b>{h}</b>" for h in HEADER], *steps()], head=False)
    table = [row.replace("&lt;b&gt;", "<b>").replace("&lt;/b&gt;", "</b>") for row in table]
    body = _fiche_html("2.1.1", "Rénover les bâtiments publics", table)
    return _page(body + _second_fiche(), _CSS + _BARE_CSS)


def suite_html() -> str:
    rows = steps(12, 4)
    rows[4][1] = SUITE_IN_TEXT + " " + rows[4][1]
    impl = _table(rows[:4])
    for part in (rows[4:8], rows[8:]):
        impl += ["<p class='suite'>Modalités de mise en oeuvre (suite)</p>", *_table(part)]
    body = _fiche_html("2.1.1", "Rénover les bâtiments publics", impl)
    return _page(body + _second_fiche())


_SIDE_CSS = """
.side { display: grid; grid-template-columns: 4.5cm 1fr; column-gap: 0.6cm; row-gap: 6px;
        margin-bottom: 10px; }
.side .k { color: #555; font-weight: normal; }
"""

SIDE_FIELDS = [
    (
        "Contexte",
        "Le patrimoine public est ancien et consomme beaucoup d'énergie. Indicateurs "
        "de suivi : voir le tableau de bord annuel publié par le syndicat.",
    ),
    ("Objectifs et résultats attendus", "Réduire de 40 % les consommations d'ici 2030."),
    ("Indicateurs", "Consommation annuelle des bâtiments publics (MWh)"),
    ("Publics cibles", "Communes et intercommunalité"),
    ("Liens avec les objectifs réglementaires", "Réduction des consommations d'énergie"),
]


def _side(fields: list[tuple[str, str]]) -> list[str]:
    out = ["<div class='side'>"]
    for k, v in fields:
        out += [f"<div class='k'>{_h(k)}</div>", f"<div class='v'>{_h(v)}</div>"]
    return [*out, "</div>"]


def plain_side_html() -> str:
    rows = steps(3, 2)
    intro = [
        "<p>Publics cibles des actions précédentes et communes engagées dans la démarche",
        " sont rappelés dans le bilan.</p>",
    ]
    body = _fiche_html("2.1.1", "Rénover les bâtiments publics", _table(rows), _side(SIDE_FIELDS))
    body = body[:1] + ["".join(intro)] + body[1:]
    return _page(body + _second_fiche(_side(SIDE_FIELDS[2:4])), _CSS + _SIDE_CSS)


# lines that differ beyond their digits (identical ones would read as running headers)
PANEL_LONG = " ".join(
    f"{place} de la commune {n} doit rénover {work}."
    for n, (place, work) in enumerate(((p, w) for w in _WORKS for p in _PLACES), start=1)
)
PANEL_FIELDS = [
    ("Contexte", PANEL_LONG),
    ("Objectifs et résultats attendus", "Réduire de 40 % les consommations d'ici 2030."),
    ("Indicateurs", "Consommation annuelle des bâtiments publics (MWh)"),
    ("Publics cibles", "Communes et intercommunalité"),
    ("Liens avec les objectifs réglementaires", "Réduction des consommations d'énergie"),
]

_PANEL_CSS = """
.side { display: grid; grid-template-columns: 4.5cm 1fr; column-gap: 0.6cm; row-gap: 8px;
        margin-bottom: 10px; }
.side .k { font-weight: bold; color: #1f4e79; }
.spacer { height: 14cm; }
"""


def panel_break_html() -> str:
    rows = steps(3, 2)
    body = [
        "<h2>FICHE 2.1.1 Rénover les bâtiments publics</h2>",
        "<div class='spacer'><p>Présentation générale de l'axe et de ses enjeux.</p></div>",
        *_side(PANEL_FIELDS),
        "<h3>Modalités de mise en oeuvre</h3>",
        *_table(rows),
    ]
    return _page(body + _second_fiche(), _CSS + _PANEL_CSS)


_NOUNS = ("Chauffage", "Fenêtres", "Éclairage", "Toiture", "Murs", "Ventilation")
# one indicator a line, the last the longest (a line reaching the value column's right edge
# reads as wrapped on)
INDICATORS = [f"{noun} ({place[0].lower()}{place[1:]})" for place in _PLACES for noun in _NOUNS[:4]]
INDICATORS[-1] = "Part des bâtiments publics rénovés sur l'ensemble du territoire intercommunal"


def _side_lists(fields: list[tuple[str, list[str]]]) -> list[str]:
    out = ["<div class='side'>"]
    for k, values in fields:
        out.append(f"<div class='k'>{_h(k)}</div><div class='v'>")
        out += [f"<p>{_h(v)}</p>" for v in values]
        out.append("</div>")
    return [*out, "</div>"]


LIST_FIELDS = [
    ("Contexte", ["Le patrimoine public est ancien et consomme beaucoup d'énergie."]),
    ("Objectifs et résultats attendus", ["Réduire de 40 % les consommations d'ici 2030."]),
    ("Indicateurs", INDICATORS),
    ("Publics cibles", ["Communes et intercommunalité"]),
    ("Liens avec les objectifs réglementaires", ["Réduction des consommations d'énergie"]),
]


def panel_list_html() -> str:
    """Labels beside values; the « Indicateurs » value, one indicator a paragraph, runs
    over the page break; the next labels follow on the next page."""
    body = [
        "<h2>FICHE 2.1.1 Rénover les bâtiments publics</h2>",
        "<div class='spacer'><p>Présentation générale de l'axe et de ses enjeux.</p></div>",
        *_side_lists(LIST_FIELDS),
        "<h3>Modalités de mise en oeuvre</h3>",
        *_table(steps(3, 2)),
    ]
    return _page(body + _second_fiche(), _CSS + _PANEL_CSS)


_ASIDE_CSS = """
@page { size: A4 landscape; margin: 12mm; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 8.5pt; color: #222; }
.fiche { display: grid; grid-template-columns: 8.5cm 1fr; column-gap: 9mm; }
.fiche .lab { color: #34495e; font-size: 8pt; margin: 6px 0 1px; }
.fiche .val { margin: 0 0 2px; }
h4 { font-size: 10pt; margin: 0 0 5px; }
table.steps { font-size: 8pt; }
"""

ASIDE_FIELDS = [
    (
        "Contexte",
        "Le patrimoine public est ancien et consomme beaucoup d'énergie ; les "
        "communes manquent de moyens pour engager des travaux.",
    ),
    ("Objectifs et résultats attendus", "Réduire de 40 % les consommations d'ici 2030."),
    ("Indicateurs", "Consommation annuelle des bâtiments publics (MWh)"),
    ("Publics cibles", "Communes et intercommunalité"),
    ("Liens avec les objectifs réglementaires", "Réduction des consommations d'énergie"),
]
ASIDE_SENTENCE = "Publics cibles des actions précédentes et communes engagées, voir le bilan."


def plain_aside_html() -> str:
    """A4 landscape: under the full-width fiche heading, a narrow LEFT column (no fill, no
    rule) of fields, labels in a REGULAR (not bold) face over their values; the context's
    second paragraph a label-looking sentence; the steps table in the wide right column."""
    body: list[str] = []
    for code, title, rows in (
        ("2.1.1", "Rénover les bâtiments publics", steps(4, 2)),
        ("2.1.2", "Accompagner les communes", steps(3, 1)),
    ):
        if code != "2.1.1":
            body.append("<div class='next'></div>")
        body.append(f"<h2>FICHE {code} {_h(title)}</h2><div class='fiche'><div>")
        for label, value in ASIDE_FIELDS:
            body += [f"<p class='lab'>{_h(label)}</p>", f"<p class='val'>{_h(value)}</p>"]
            if label == "Contexte":
                body.append(f"<p class='val'>{_h(ASIDE_SENTENCE)}</p>")
        body += ["</div><div><h4>Modalités de mise en oeuvre</h4>", *_table(rows), "</div></div>"]
    return _page(body, _CSS + _ASIDE_CSS)


HTML_LAYOUTS = {
    "plain_aside_html": plain_aside_html,
    "long_html_thead": long_html_thead,
    "suite_html": suite_html,
    "long_html_bare": long_html_bare,
    "tall_html": tall_html,
    "plain_side_html": plain_side_html,
    "panel_break_html": panel_break_html,
    "panel_list_html": panel_list_html,
}


# --------------------------------------------------------------------------- Writer (.docx)


def _docx_table(doc: object, rows: list[list[str]], *, head: bool, repeat: bool, grid: bool):
    from docx.shared import Cm, Pt

    from tests.generators.plan_docx import _repeat_header, _set_cell_borders, _shade

    table = doc.add_table(rows=0, cols=6)  # type: ignore[attr-defined]
    table.autofit = False
    widths = (2.6, 5.6, 2.0, 2.0, 2.2, 2.6)
    for col, width in zip(table._tbl.tblGrid.gridCol_lst, widths, strict=True):
        col.w = Cm(width)
    body = ([HEADER] if head else []) + rows
    for r, values in enumerate(body):
        row = table.add_row()
        header = head and r == 0
        if header and repeat:
            _repeat_header(row)
        for c, value in enumerate(values):
            cell = row.cells[c]
            cell.width = Cm(widths[c])
            paragraphs = value.split("\n")
            for p, part in enumerate(paragraphs):
                par = cell.paragraphs[0] if p == 0 else cell.add_paragraph()
                par.paragraph_format.space_after = Pt(0)
                run = par.add_run(part)
                run.bold = header
                run.font.size = Pt(9)
            sides = {"top": "single", "bottom": "single"}
            if grid:
                sides |= {"left": "single", "right": "single"}
            _set_cell_borders(cell, **sides)
            if header:
                _shade(cell, "DDE6F0")
    return table


def _docx(path: Path, fiche_impl) -> Path:
    from docx import Document
    from docx.shared import Cm, Pt

    doc = Document()
    doc.styles["Normal"].font.name = "Liberation Sans"
    doc.styles["Normal"].font.size = Pt(10)
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.0)
    section.header.paragraphs[0].text = "PCAET — Programme d'actions"

    def bold(text: str, size: float = 11) -> None:
        run = doc.add_paragraph().add_run(text)
        run.bold = True
        run.font.size = Pt(size)

    bold("FICHE 2.1.1 Rénover les bâtiments publics", 13)
    for label, value in FIELDS:
        bold(label, 10)
        doc.add_paragraph(value)
    bold("Modalités de mise en oeuvre")
    fiche_impl(doc, bold)
    doc.add_page_break()
    bold("FICHE 2.1.2 Accompagner", 13)
    bold("Contexte", 10)
    doc.add_paragraph("Un appel annuel aux communes.")
    bold("Modalités de mise en oeuvre")
    row = ["Lancer l'appel à projets", "Un appel annuel.", "2024", "8000", "Direction énergie"]
    _docx_table(doc, [[*row, "ADEME"]], head=True, repeat=True, grid=True)
    doc.save(str(path))
    return path


def long_docx_bare(path: Path) -> Path:
    return _docx(
        path, lambda doc, bold: _docx_table(doc, steps(16, 3), head=True, repeat=False, grid=False)
    )


TALL_LINES = 100


def tall_paragraphs() -> list[str]:
    """``TALL_LINES`` short paragraphs, each its own words (« La mairie : sa toiture (bis) »)."""
    out = [f"{place} : {work}" for place in _PLACES for work in _WORKS]
    return (out + [f"{text} (bis)" for text in out])[:TALL_LINES]


def tall_rows() -> list[list[str]]:
    rows = steps(4, 3)
    rows[1][1] = "\n".join(tall_paragraphs())
    return rows


def tall_docx(path: Path) -> Path:
    return _docx(
        path, lambda doc, bold: _docx_table(doc, tall_rows(), head=True, repeat=True, grid=True)
    )


def suite_rows() -> list[list[str]]:
    rows = steps(12, 4)
    rows[5][1] = SUITE_LINE + "\n" + rows[5][1]
    return rows


def suite_docx(path: Path) -> Path:
    from docx.enum.text import WD_BREAK

    def impl(doc: object, bold) -> None:
        rows = suite_rows()
        _docx_table(doc, rows[:4], head=True, repeat=False, grid=True)
        for part in (rows[4:8], rows[8:]):
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)  # type: ignore[attr-defined]
            bold("Étapes (suite)", 10)
            _docx_table(doc, part, head=False, repeat=False, grid=True)

    return _docx(path, impl)


def panel_docx(path: Path) -> Path:
    """Writer: the fields as a borderless 2-column table (bold labels left, values right),
    after a long introduction, its « Indicateurs » row (40 paragraphs) broken across the
    page break; then the steps table."""
    from docx import Document
    from docx.shared import Cm, Pt

    from tests.generators.plan_docx import _no_table_borders

    doc = Document()
    doc.styles["Normal"].font.name = "Liberation Sans"
    doc.styles["Normal"].font.size = Pt(10)
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.0)
    section.header.paragraphs[0].text = "PCAET — Programme d'actions"
    run = doc.add_paragraph().add_run("FICHE 2.1.1 Rénover les bâtiments publics")
    run.bold, run.font.size = True, Pt(13)
    for n in range(1, 26):
        doc.add_paragraph(f"Présentation de l'axe, paragraphe {n} sur les enjeux.")
    table = doc.add_table(rows=0, cols=2)
    _no_table_borders(table)
    for label, values in LIST_FIELDS:
        cells = table.add_row().cells
        cells[0].width, cells[1].width = Cm(4.5), Cm(12.5)
        cells[0].paragraphs[0].add_run(label).bold = True
        for i, value in enumerate(values):
            par = cells[1].paragraphs[0] if i == 0 else cells[1].add_paragraph()
            par.add_run(value)
    run = doc.add_paragraph().add_run("Modalités de mise en oeuvre")
    run.bold = True
    _docx_table(doc, steps(3, 2), head=True, repeat=True, grid=True)
    doc.save(str(path))
    return path


DOCX_LAYOUTS = {
    "panel_docx": panel_docx,
    "long_docx_bare": long_docx_bare,
    "tall_docx": tall_docx,
    "suite_docx": suite_docx,
}
LAYOUTS = tuple(HTML_LAYOUTS) + tuple(DOCX_LAYOUTS)


def produce(layout: str, html_layouts: dict, docx_layouts: dict, out_dir: Path = FIXTURES) -> Path:
    """Produce ``out_dir/<layout>.pdf`` with Chromium (HTML layouts) or Writer (.docx ones);
    shared by the test-only generators that cache their PDFs in ``tests/fixtures/page_breaks``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"{layout}.pdf"
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        if layout in html_layouts:
            source = work / f"{layout}.html"
            source.write_text(html_layouts[layout](), encoding="utf-8")
            convert_html(source, target)
        else:
            source = docx_layouts[layout](work / f"{layout}.docx")
            shutil.move(convert_office(source, work), target)
    return target


def cached(layout: str, build_pdf, fixtures: Path = FIXTURES) -> bytes:  # noqa: ANN001
    """The cached PDF of ``layout`` in ``fixtures``, produced by ``build_pdf(layout)`` on first
    use when the producers are there."""
    path = fixtures / f"{layout}.pdf"
    if not path.exists():
        if not producers_available():  # pragma: no cover - depends on the machine
            import pytest

            pytest.skip("LibreOffice et Chromium requis")
        build_pdf(layout)
    return path.read_bytes()


def regenerate(argv: list[str] | None, layouts: tuple[str, ...], build_pdf) -> int:  # noqa: ANN001
    """Command line: produce the named layouts (all by default)."""
    for layout in (sys.argv[1:] if argv is None else argv) or layouts:
        print(f"{layout}: {build_pdf(layout)}")
    return 0


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
