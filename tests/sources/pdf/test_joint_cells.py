"""A steps table whose first column holds each step's NAME OVER ITS DESCRIPTION in one cell
(plan_odt_jonction: the header cell « Etape » over « Descriptif », the name a bold paragraph,
the description regular paragraphs under it): each body cell is cut where its bold lines end
(sources.pdf.joint_cells), also for a row cut by a page break (its regular lines at the next
page's top are the description's rest). Negative: a header cell naming one column. Drawn by
hand with reportlab; the whole plan read with the parser."""

from __future__ import annotations

from sources.action_plan import parse_action_plan
from sources.pdf.joint_cells import joint_column
from tests.sources.pdf.hand_pages import HEIGHT, HandPages

XS = (57.0, 250.0, 320.0, 390.0, 460.0, 538.0)
LABELS = (("Etape", "Descriptif"), ("Planification",), ("Ressources",), ("Porteur",),
          ("Partenaires",))  # fmt: skip
STEPS = (
    (
        "Lancer une phase test",
        ["Rencontres annuelles entre", "entreprises engagées."],
        ("2019", "18000 (financé)", "GACdG", "CCI"),
    ),  # fmt: skip
    (
        "Définir une stratégie",
        ["Sur la base du test,", "fixer l'engagement."],
        ("2020", "interne", "GACdG", "CCI du Gers"),
    ),  # fmt: skip
)


def _grid(pages: HandPages, tops: list[float]) -> None:
    pages.c.setLineWidth(0.5)
    for y in tops:
        pages.c.line(XS[0], HEIGHT - y, XS[-1], HEIGHT - y)
    for x in XS:
        pages.c.line(x, HEIGHT - tops[0], x, HEIGHT - tops[-1])


def _header(pages: HandPages, top: float) -> float:
    for x, labels in zip(XS, LABELS, strict=False):
        for k, label in enumerate(labels):
            pages.text(x + 3.0, top + 3.0 + 11.0 * k, label, bold=True)
    return top + 26.0


def _plan() -> bytes:
    """Fiche 1.1.1's two steps, the second cut by the page break after its description's
    first line, the header repeated on the next page."""
    pages = HandPages()
    pages.fiche_head()
    top = 720.0
    body = _header(pages, top)
    name, lines, values = STEPS[0]
    pages.text(XS[0] + 3.0, body + 3.0, name, bold=True)
    for k, line in enumerate(lines):
        pages.text(XS[0] + 3.0, body + 14.0 + 11.0 * k, line)
    for x, value in zip(XS[1:], values, strict=False):
        pages.text(x + 3.0, body + 3.0, value)
    second = body + 40.0
    name, lines, values = STEPS[1]
    pages.text(XS[0] + 3.0, second + 3.0, name, bold=True)
    pages.text(XS[0] + 3.0, second + 14.0, lines[0])
    for x, value in zip(XS[1:], values, strict=False):
        pages.text(x + 3.0, second + 3.0, value)
    _grid(pages, [top, body, second, second + 28.0])
    pages.c.showPage()
    body = _header(pages, 60.0)
    pages.text(XS[0] + 3.0, body + 3.0, lines[1])
    _grid(pages, [60.0, body, body + 16.0])
    pages.next_fiche(body + 16.0)
    pages.c.showPage()
    return pages.save()


def test_name_over_description_in_one_cell_is_cut_apart() -> None:
    doc = parse_action_plan(_plan(), "plans/jonction.pdf", "0" * 64)
    assert [s.step for s in doc.steps] == ["Lancer une phase test", "Définir une stratégie"]
    assert [s.description for s in doc.steps] == [
        "Rencontres annuelles entre entreprises engagées.",
        "Sur la base du test, fixer l'engagement.",
    ]
    assert [s.start_year for s in doc.steps] == [2019, 2020]
    assert [s.partners for s in doc.steps] == [["CCI"], ["CCI du Gers"]]


def test_which_header_cell_names_two_columns() -> None:
    assert joint_column(["Etape\nDescriptif", "Planification", "Porteur"]) == 0
    assert joint_column(["Etape", "Descriptif", "Planification"]) is None
    assert joint_column(["Etape de\nla démarche", "Planification"]) is None
