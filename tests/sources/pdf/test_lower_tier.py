"""A steps table whose detail columns are SPLIT two by two (plan_odt_mezzanine: Writer's
« Scinder les cellules › Horizontalement » in a narrow template): « Planification » over
« Ressources à mobiliser », « Porteur » over « Partenaires envisagés », the step and its
description merged down over each step's two grid rows. Each lower row is read into the step
above (sources.pdf.lower_tier), also when a page break falls between a step's two rows or
inside its lower row. Negative: an ordinary one-row header over body rows. Drawn by hand with
reportlab; the whole plan read with the parser."""

from __future__ import annotations

from sources.action_plan import parse_action_plan
from sources.pdf.lower_tier import is_lower_row, lacks_lower, lower_tier, lower_values
from tests.sources.pdf.hand_pages import HEIGHT, HandPages

XS = (57.0, 150.0, 330.0, 430.0, 538.0)
UPPER = ("Etape", "Descriptif", "Planification", "Porteur")
LOWER = ("Ressources à mobiliser", "Partenaires envisagés")
# name, description, planning, owner, resources, partners
STEPS = (
    ("Lancer une phase test", "Rencontres annuelles", "2019", "GACdG", "18000 (financé)", "CCI"),
    ("Définir une stratégie", "Sur la base du test", "2020", "GACdG", "interne", "CCI du Gers"),
    ("Suivre le réseau", "Animer et faire vivre", "2021", "Trigone", "5000", "Communes"),
)


def _line(pages: HandPages, x0: float, x1: float, y: float) -> None:
    pages.c.line(x0, HEIGHT - y, x1, HEIGHT - y)


def _column_rules(pages: HandPages, top: float, bottom: float) -> None:
    for x in XS:
        pages.c.line(x, HEIGHT - top, x, HEIGHT - bottom)


def _header(pages: HandPages, top: float) -> float:
    """The two header rows, « Etape » and « Descriptif » merged down over both."""
    pages.c.setLineWidth(0.5)
    _line(pages, XS[0], XS[-1], top)
    _line(pages, XS[2], XS[-1], top + 16.0)  # the split columns' inner rule only
    _line(pages, XS[0], XS[-1], top + 32.0)
    _column_rules(pages, top, top + 32.0)
    for x, label in zip(XS, UPPER, strict=False):
        pages.text(x + 3.0, top + 4.0, label, bold=True)
    for x, label in zip(XS[2:], LOWER, strict=False):
        pages.text(x + 3.0, top + 20.0, label, bold=True, size=8.0)
    return top + 32.0


def _upper(pages: HandPages, top: float, step: tuple[str, ...], merged_end: float) -> None:
    """A step's first grid row: name and description (their cells merged down to
    ``merged_end``), planning and owner."""
    _line(pages, XS[2], XS[-1], top + 18.0)
    _column_rules(pages, top, merged_end)
    for x, cell in zip(XS, step[:4], strict=False):
        pages.text(x + 3.0, top + 4.0, cell, size=8.0)


def _lower(pages: HandPages, top: float, step: tuple[str, ...]) -> None:
    """A step's second grid row: resources and partners beside the merged cells."""
    _line(pages, XS[0], XS[-1], top + 18.0)
    _column_rules(pages, top, top + 18.0)
    for x, cell in zip(XS[2:], step[4:], strict=False):
        pages.text(x + 3.0, top + 4.0, cell, size=8.0)


def _plan(*, break_between: bool) -> bytes:
    """Fiche 1.1.1 with the three steps; the page breaks after step 2's first grid row
    (``break_between``) or after step 2 whole, the header repeated on the next page."""
    pages = HandPages()
    pages.fiche_head()
    y = _header(pages, 150.0)
    for step in STEPS[:2]:
        _upper(pages, y, step, y + (18.0 if break_between and step is STEPS[1] else 36.0))
        if break_between and step is STEPS[1]:
            _line(pages, XS[0], XS[2], y + 18.0)  # the merged cells cut by the page break
            break
        _lower(pages, y + 18.0, step)
        y += 36.0
    pages.c.showPage()
    y = _header(pages, 60.0)
    if break_between:
        _lower(pages, y, STEPS[1])
        y += 18.0
    _upper(pages, y, STEPS[2], y + 36.0)
    _lower(pages, y + 18.0, STEPS[2])
    pages.next_fiche(y + 36.0)
    pages.c.showPage()
    return pages.save()


def test_split_columns_read_into_each_step() -> None:
    for break_between in (False, True):
        doc = parse_action_plan(_plan(break_between=break_between), "plans/m.pdf", "0" * 64)
        assert [s.step for s in doc.steps] == [r[0] for r in STEPS], break_between
        assert [s.start_year for s in doc.steps] == [2019, 2020, 2021]
        assert [s.budget_eur for s in doc.steps] == [18000.0, 0.0, 5000.0]
        assert [s.owner for s in doc.steps] == ["GACdG", "GACdG", "Trigone"]
        assert [s.partners for s in doc.steps] == [["CCI"], ["CCI du Gers"], ["Communes"]]


def test_second_header_row_names_the_lower_halves() -> None:
    keys = ["step", "description", "planning", "owner"]
    row = [None, None, "Ressources à\nmobiliser", "Partenaires envisagés"]
    assert lower_tier(row, keys) == [None, None, "budget", "partners"]
    # a body row (its step filled), a header row repeated, a row of values: no second row
    assert lower_tier(["Lancer", "Texte", "2019", "GACdG"], keys) is None
    assert lower_tier([None, None, "Planification", "Porteur"], keys) is None
    assert lower_tier([None, None, "18000", "CCI"], keys) is None
    assert lower_tier(["Etape", None, "Ressources", "Partenaires"], keys) is None
    # a group row spanning the grid (« Planification : 2019 » over the steps of that year)
    grouped = ["step", "description", "budget", "owner"]
    assert lower_tier(["Planification : 2019", None, None, None], grouped) is None


def test_lower_rows_and_their_values() -> None:
    keys = ["step", "description", "planning", "owner"]
    lower: list[str | None] = [None, None, "budget", "partners"]
    assert is_lower_row([None, None, "interne", "CCI"], lower)
    assert is_lower_row([None, None, "interne", ""], lower)
    assert not is_lower_row(["Définir", "Texte", "2020", "GACdG"], lower)
    assert not is_lower_row([None, None, None, None], lower)
    cells = {"step": "données", "description": "la suite", "planning": "5000", "owner": ""}
    assert lower_values(cells, keys, lower) == {
        "step": "données",
        "description": "la suite",
        "planning": "",
        "budget": "5000",
        "owner": "",
        "partners": "",
    }
    assert lacks_lower({"step": "a", "planning": "2019"}, lower)
    assert not lacks_lower({"step": "a", "planning": "2019", "budget": "", "partners": ""}, lower)
