"""A responsive table's hidden columns listed under each row as « Label value » child lines
(plan_html_childrows reads whole with them): rows, child values, an empty value, a wrapped
value, a row cut by the page's foot, and tables the rule leaves alone."""

from __future__ import annotations

from sources.action_plan.child_rows import ChildRows
from sources.pdf.content import Line, Segment


def _seg(x0: float, text: str, *, bold: bool = False, lead: int = 0) -> Segment:
    words, x = [], x0
    for word in text.split():
        words.append((x, x + 4.0 * len(word), word))
        x += 4.0 * len(word) + 2.5
    return Segment(x0, words[-1][1], text, bold, words, lead)


def _line(top: float, *segs: Segment, page: int = 1, size: float = 9.0) -> Line:
    bold = all(s.bold for s in segs)
    return Line(page, top, top + 7.0, segs[0].x0, segs[-1].x1, size, bold, list(segs))


def _header(top: float, page: int = 1) -> Line:
    return _line(
        top,
        _seg(40.0, "Etape", bold=True),
        _seg(170.0, "Descriptif", bold=True),
        _seg(460.0, "Planification", bold=True),
        page=page,
    )


def _child(top: float, label: str, value: str, page: int = 1) -> Line:
    n = len(label.split())
    return _line(top, _seg(40.0, f"{label} {value}".strip(), lead=n), page=page)


def _step(top: float, step: str, description: str, planning: str = "", page: int = 1) -> Line:
    segs = [_seg(52.0, step), _seg(170.0, description)]
    if planning:
        segs.append(_seg(460.0, planning))
    return _line(top, *segs, page=page)


def _row(top: float, step: str, description: str, *details: str) -> list[Line]:
    """A step row over its three child lines (budget, owner, partners), 24 pt apart."""
    labels = ("Ressources à mobiliser", "Porteur", "Partenaires envisagés")
    return [
        _step(top, step, description, "2020"),
        *(
            _child(top + 24.0 + 20.0 * i, k, v)
            for i, (k, v) in enumerate(zip(labels, details, strict=True))
        ),
    ]


def _widget(top: float) -> Line:
    return _line(top, _seg(33.0, "Affichage de l'élément 1 à 2 sur 2 éléments"))


def test_child_lines_give_the_hidden_columns_of_their_row() -> None:
    heading = _line(20.0, _seg(33.0, "Modalités de mise en oeuvre", bold=True))
    lines = [
        heading,
        _header(42.0),
        _step(66.0, "Lancer une phase test", "Les actions à développer", "2019"),
        _line(77.0, _seg(40.0, "d'un projet"), _seg(170.0, "sont les suivantes")),
        _child(100.0, "Ressources à mobiliser", "18000 (financé)"),
        _line(121.0, _seg(40.0, "Porteur", bold=True), _seg(100.0, "GACdG")),
        _child(141.0, "Partenaires envisagés", ""),  # an empty value keeps its label
        _step(170.0, "Définir une stratégie", "Sur la base du potentiel", "2020"),
        _child(194.0, "Ressources à mobiliser", "interne"),
        _child(215.0, "Porteur", "GACdG"),
        _child(235.0, "Partenaires envisagés", "Chambre du Commerce et de"),
        _line(245.0, _seg(40.0, "l'Industrie du Gers")),  # the value wrapped
        _widget(270.0),
    ]
    rest, blocks = ChildRows()(lines, 1)
    assert [ln.text for ln in rest] == [heading.text, lines[-1].text]
    assert len(blocks) == 1
    block = blocks[0]
    assert block.keys == ["step", "description", "planning", "budget", "owner", "partners"]
    assert [r.cells for r in block.rows] == [
        {
            "step": "Lancer une phase test d'un projet",
            "description": "Les actions à développer sont les suivantes",
            "planning": "2019",
            "budget": "18000 (financé)",
            "owner": "GACdG",
            "partners": "",
        },
        {
            "step": "Définir une stratégie",
            "description": "Sur la base du potentiel",
            "planning": "2020",
            "budget": "interne",
            "owner": "GACdG",
            "partners": "Chambre du Commerce et de l'Industrie du Gers",
        },
    ]


def test_a_row_cut_by_the_page_foot_goes_on_under_the_repeated_header() -> None:
    reader = ChildRows()
    page1 = [
        _header(42.0),
        *_row(66.0, "Réaliser les audits", "Les matériaux", "15000", "GACdG", "chambres"),
        _step(160.0, "Faire connaître auprès", "Communications ciblées", "2020"),
    ]
    _, first = reader(page1, 1)
    assert [r.cells["step"] for r in first[0].rows] == ["Réaliser les audits"]
    page2 = [
        _header(42.0, page=2),
        _line(60.0, _seg(40.0, "des acteurs économiques"), page=2),
        _child(84.0, "Ressources à mobiliser", "5 000", page=2),
        _child(104.0, "Porteur", "GACdG", page=2),
        _child(124.0, "Partenaires envisagés", "chambres consulaires", page=2),
        _step(150.0, "Créer un réseau", "Un réseau d'acteurs", "2021", page=2),
        _child(174.0, "Ressources à mobiliser", "10000", page=2),
        _child(194.0, "Porteur", "GACdG", page=2),
        _child(214.0, "Partenaires envisagés", "opérateur", page=2),
        _widget(240.0),
    ]
    rest, second = reader(page2, 2)
    assert [ln.text for ln in rest] == [page2[-1].text]
    rows = [r for b in second for r in b.rows]
    assert [(r.page, r.cells["step"], r.cells["budget"]) for r in rows] == [
        (1, "Faire connaître auprès des acteurs économiques", "5 000"),
        (2, "Créer un réseau", "10000"),
    ]
    assert second[0].top < 0  # read before any line of the page
    assert reader.flush() == []


def test_the_last_row_of_the_document_is_flushed() -> None:
    reader = ChildRows()
    lines = [
        _header(42.0),
        *_row(66.0, "Améliorer le tri", "Objectif", "interne", "GACdG", "Trigone"),
    ]
    _, blocks = reader(lines, 5)
    assert blocks[0].rows == []
    (last,) = reader.flush()
    assert last.rows[0].cells["partners"] == "Trigone" and last.page == last.rows[0].page == 1


def test_tables_without_child_lines_are_left_alone() -> None:
    # a three-column header over plain rows (no child line): no responsive table
    lines = [
        _header(42.0),
        _step(66.0, "Lancer une phase test", "Les actions à développer", "2019"),
        _line(90.0, _seg(40.0, "Porteur : GACdG")),
    ]
    rest, blocks = ChildRows()(lines, 1)
    assert rest == lines and blocks == []
    # a header naming enough columns itself is the table readers' (not a child-row table)
    full = _line(
        42.0,
        _seg(40.0, "Etape", bold=True),
        _seg(170.0, "Descriptif", bold=True),
        _seg(400.0, "Planification", bold=True),
        _seg(470.0, "Porteur", bold=True),
    )
    lines = [full, _child(66.0, "Ressources à mobiliser", "5 000")]
    assert ChildRows()(lines, 1) == (lines, [])


def test_a_plain_label_line_is_no_child_line() -> None:
    # « Porteur GACdG » not bold (no typography): a line of the row, not a child line
    lines = [
        _header(42.0),
        _step(66.0, "Lancer une phase test", "Les actions", "2019"),
        _line(90.0, _seg(40.0, "Porteur GACdG")),
    ]
    assert ChildRows()(lines, 1) == (lines, [])
