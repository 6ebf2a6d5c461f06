"""A steps « table » built as COLUMN STACKS (plan_html_widgets: a page builder's six column
widgets, each a filled heading over one text widget a step, a divider under each, no row
element): the k-th widgets of the columns stand at different heights and run on across the
page break independently; the k-th widget of every column is the k-th step
(sources.pdf.column_stacks). Drawn by hand with reportlab; the whole plan read with the parser."""

from __future__ import annotations

from sources.action_plan import parse_action_plan
from tests.sources.pdf.hand_pages import HEIGHT, HandPages

XS = ((46.0, 122.0), (127.0, 316.0), (321.0, 372.0), (378.0, 433.0), (439.0, 489.0), (495.0, 550.0))
LABELS = ("Etape", "Descriptif", "Planification", "Ressources", "Porteur", "Partenaires")
# each column's widgets: lines of text a step (an empty value: no line)
COLUMNS = (
    (["Lancer une phase", "test"], ["Définir une", "stratégie"], ["Suivre le réseau"]),
    (
        ["Rencontres annuelles"],
        ["Sur la base du test,", "fixer le niveau", "d'engagement"],
        ["Animer et faire vivre"],
    ),  # fmt: skip
    (["2019"], ["2020"], ["2021"]),
    (["18000 (financé)"], ["interne"], ["5000"]),
    (["GACdG"], ["GACdG"], []),  # an empty widget: an empty line and its divider
    (["CCI"], ["CCI du Gers"], ["Communes"]),
)
PITCH = 10.0


def _header(pages: HandPages, top: float) -> None:
    for (x0, x1), label in zip(XS, LABELS, strict=True):
        pages.c.setFillColorRGB(0.12, 0.31, 0.47)
        pages.c.rect(x0, HEIGHT - top - 14.0, x1 - x0, 14.0, stroke=0, fill=1)
        pages.c.setFillColorRGB(1, 1, 1)
        pages.text(x0 + 3.0, top + 3.0, label, bold=True, size=8.0)
    pages.c.setFillColorRGB(0, 0, 0)


def _widgets(pages: HandPages, n: int, top: float, widgets: list[list[str]]) -> None:
    """Column ``n``'s widgets from ``top``, a divider under each."""
    x0, x1 = XS[n]
    y = top
    for lines in widgets:
        for text in lines or [""]:
            pages.text(x0 + 2.0, y + 2.0, text, size=7.5)
            y += PITCH
        pages.c.setStrokeColorRGB(0.78, 0.78, 0.78)
        pages.c.line(x0, HEIGHT - y - 2.0, x1, HEIGHT - y - 2.0)
        y += 4.0


def _plan() -> bytes:
    """Fiche 1.1.1's steps as column stacks, the description column's second widget cut by
    the page break after its first line; fiche 1.1.2's heading under the stacks."""
    pages = HandPages()
    pages.fiche_head()
    top = 720.0
    _header(pages, top)
    rest: list[tuple[int, float, list[list[str]]]] = []
    for n, widgets in enumerate(COLUMNS):
        if n == 1:  # the description's second widget: one line on this page, two on the next
            _widgets(pages, n, top + 16.0, [widgets[0]])
            pages.text(XS[1][0] + 2.0, top + 16.0 + PITCH + 4.0 + 2.0, widgets[1][0], size=7.5)
            rest.append((n, 60.0, [widgets[1][1:]] + list(widgets[2:])))
            continue
        _widgets(pages, n, top + 16.0, list(widgets))
    pages.c.showPage()
    bottom = 60.0
    for n, top2, widgets in rest:
        _widgets(pages, n, top2, widgets)
        bottom = top2 + 60.0
    pages.next_fiche(bottom)
    pages.c.showPage()
    return pages.save()


def test_column_stacks_are_read_step_by_step() -> None:
    doc = parse_action_plan(_plan(), "plans/widgets.pdf", "0" * 64)
    assert [s.step for s in doc.steps] == [
        "Lancer une phase test",
        "Définir une stratégie",
        "Suivre le réseau",
    ]
    assert [s.description for s in doc.steps] == [
        "Rencontres annuelles",
        "Sur la base du test, fixer le niveau d'engagement",
        "Animer et faire vivre",
    ]
    assert [s.start_year for s in doc.steps] == [2019, 2020, 2021]
    assert [s.budget_eur for s in doc.steps] == [18000.0, 0.0, 5000.0]
    assert [s.owner for s in doc.steps][:2] == ["GACdG", "GACdG"]
    assert [s.partners for s in doc.steps] == [["CCI"], ["CCI du Gers"], ["Communes"]]
