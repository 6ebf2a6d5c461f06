"""A plan with a TABLE OF CONTENTS in front (sources.pdf.contents_table,
sources.action_plan.contents_sheets): its entries are navigation, not sheets. Drawn with
reportlab and read with both engines: a Word-style « Sommaire » (dot leaders, a wrapped entry,
page numbers right-aligned at the margin) and a two-page one without leaders (numbers alone
at a right tab stop). The body's sheets keep their pages, steps and fields; a fiche the table
lists and the body never holds stays a summary entry with its warning."""

from __future__ import annotations

import pytest

from sources.action_plan import parse_action_plan
from sources.pdf.engine import ENGINE_ENV
from tests.sources.pdf.hand_pages import HandPages

EDGE, RIGHT = 57.0, 538.0
FICHES = (
    (
        "1.1.1",
        "Expérimenter un projet d'économie circulaire auprès des entreprises",
        "Une opération test d'économie circulaire sur le territoire.",
        (
            (
                "Lancer une phase test",
                "Auditer vingt entreprises.",
                "2019",
                "18000",
                "GACdG",
                "CCI",
            ),
            ("Définir une stratégie", "Choisir les filières.", "2020", "5000", "GACdG", "ADEME"),
        ),
    ),
    (
        "1.1.2",
        "Etendre l'expérimentation aux autres acteurs",
        "Les associations et les collectivités rejoignent la démarche.",
        (("Ouvrir le réseau", "Deux réunions par an.", "2021", "3000", "GACdG", "Région"),),
    ),
)
ABSENT = ("1.1.3", "Mettre en place un réseau favorisant l'économie circulaire")


class _Contents(HandPages):
    def entry(
        self, x: float, top: float, text: str, number: int, *, dots: bool, size: float = 10.0
    ) -> None:
        """``text`` at ``x``, then ``number`` right-aligned at the margin, dots between."""
        end = self.text(x, top, text, size=size)
        label = str(number)
        start = RIGHT - self.c.stringWidth(label, "Helvetica", size)
        if dots:
            dot = self.c.stringWidth(".", "Helvetica", size)
            self.text(end, top, "." * int((start - end) / dot), size=size)
        self.text(start, top, label, size=size)

    def body(self) -> None:
        """The axis and objective over the two fiches, one fiche a page."""
        self.text(EDGE, 60.0, "Axe 1 : Aménager un territoire résilient", bold=True, size=14.0)
        self.text(EDGE, 85.0, "1.1 Objectif stratégique : Dynamiser l'économie circulaire",
                  bold=True, size=12.0)  # fmt: skip
        top = 115.0
        for code, title, context, rows in FICHES:
            self.text(EDGE, top, f"FICHE {code} Objectif opérationnel : {title}", bold=True)
            self.text(EDGE, top + 25.0, "Contexte", bold=True)
            self.text(EDGE, top + 38.0, context)
            self.text(EDGE, top + 60.0, "Modalités de mise en oeuvre", bold=True)
            self.steps_table(top + 76.0, rows)
            self.c.showPage()
            top = 60.0


def _dotted_plan() -> bytes:
    """Page 1 a « Sommaire » with dot leaders (the first fiche's entry wrapped); pages 2, 3
    the fiches."""
    pages = _Contents()
    pages.text(EDGE, 60.0, "Sommaire", bold=True, size=16.0)
    pages.entry(EDGE, 95.0, "Axe 1 : Aménager un territoire résilient", 2, dots=True)
    pages.entry(71.0, 111.0, "1.1 Objectif stratégique : Dynamiser l'économie circulaire", 2,
                dots=True)  # fmt: skip
    pages.text(85.0, 127.0, "FICHE 1.1.1 Objectif opérationnel : Expérimenter un projet", size=10.0)
    pages.entry(85.0, 140.0, "d'économie circulaire auprès des entreprises", 2, dots=True)
    pages.entry(85.0, 156.0, "FICHE 1.1.2 Objectif opérationnel : Etendre l'expérimentation", 3,
                dots=True)  # fmt: skip
    pages.entry(85.0, 172.0, f"FICHE {ABSENT[0]} Objectif opérationnel : {ABSENT[1]}", 4,
                dots=True)  # fmt: skip
    pages.c.showPage()
    pages.body()
    return pages.save()


def _two_page_plan() -> bytes:
    """Pages 1 and 2 a table of contents without leaders (numbers alone at the right margin):
    page 1 its title and four entries (« Préambule », listed and never a heading of the
    body), page 2 the last two entries only (the table going on); pages 3, 4 the fiches."""
    pages = _Contents()
    pages.text(EDGE, 60.0, "Table des matières", bold=True, size=16.0)
    pages.entry(EDGE, 95.0, "Préambule", 3, dots=False)
    pages.entry(EDGE, 111.0, "Axe 1 : Aménager un territoire résilient", 3, dots=False)
    pages.entry(71.0, 127.0, "1.1 Objectif stratégique : Dynamiser l'économie circulaire", 3,
                dots=False)  # fmt: skip
    entries = [(c, t) for c, t, _, _ in FICHES] + [ABSENT]
    pages.entry(85.0, 143.0, f"FICHE 1.1.1 Objectif opérationnel : {entries[0][1]}", 3,
                dots=False, size=9.0)  # fmt: skip
    pages.c.showPage()
    for top, (code, title), number in zip((60.0, 76.0), entries[1:], (4, 5), strict=True):
        pages.entry(85.0, top, f"FICHE {code} Objectif opérationnel : {title}", number,
                    dots=False, size=9.0)  # fmt: skip
    pages.c.showPage()
    pages.body()
    return pages.save()


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
@pytest.mark.parametrize(("plan", "first"), [(_dotted_plan, 2), (_two_page_plan, 3)])
def test_the_plan_after_its_table_of_contents_reads_whole(
    plan, first: int, engine: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENGINE_ENV, engine)
    doc = parse_action_plan(plan(), "plans/sommaire.pdf", "0" * 64)
    assert [(a.action_code, a.has_body, a.page) for a in doc.actions] == [
        ("1.1.1", True, first),
        ("1.1.2", True, first + 1),
        ("1.1.3", False, first - 1),
    ]
    one, two, absent = doc.actions
    assert one.title == FICHES[0][1] and two.title == FICHES[1][1] and absent.title == ABSENT[1]
    assert {a.strategic_objective_code for a in doc.actions} == {"1.1"}
    assert one.strategic_objective == "Dynamiser l'économie circulaire"
    assert one.axis == "Axe 1 : Aménager un territoire résilient"
    assert one.context == FICHES[0][2] and two.context == FICHES[1][2]
    assert [(s.step, s.planning_label, s.budget_eur, s.page) for s in doc.steps] == [
        ("Lancer une phase test", "2019", 18000.0, first),
        ("Définir une stratégie", "2020", 5000.0, first),
        ("Ouvrir le réseau", "2021", 3000.0, first + 1),
    ]
    assert (one.total_budget_eur, two.total_budget_eur, absent.total_budget_eur) == (
        23000.0,
        3000.0,
        None,
    )
    warnings = [i.message for i in doc.issues if i.severity == "warning"]
    assert warnings == ["Fiche 1.1.3 listée au sommaire mais absente du document"]


def _headings_plan() -> bytes:
    """Page 1 a « Sommaire » repeating the fiches' headings whole, without page numbers (no
    table of contents to find): pages 2, 3 the fiches."""
    pages = _Contents()
    pages.text(EDGE, 60.0, "Sommaire", bold=True, size=16.0)
    for k, (code, title, _, _) in enumerate(FICHES):
        pages.text(EDGE, 95.0 + 16.0 * k, f"FICHE {code} Objectif opérationnel : {title}")
    pages.c.showPage()
    pages.body()
    return pages.save()


def test_headings_listed_ahead_of_their_sheets_are_no_sheets() -> None:
    """Each listed heading holds nothing down to the next one: the sheet of its code is the
    one holding the fiche, with no « présente deux fois » warning."""
    doc = parse_action_plan(_headings_plan(), "plans/sommaire.pdf", "0" * 64)
    assert [(a.action_code, a.has_body, a.page, a.title) for a in doc.actions] == [
        ("1.1.1", True, 2, FICHES[0][1]),
        ("1.1.2", True, 3, FICHES[1][1]),
    ]
    assert [(s.step, s.page) for s in doc.steps] == [
        ("Lancer une phase test", 2),
        ("Définir une stratégie", 2),
        ("Ouvrir le réseau", 3),
    ]
    assert doc.actions[0].context == FICHES[0][2]
    assert [i.message for i in doc.issues if i.severity == "warning"] == []


THIRD = (
    "1.1.4",
    "Promouvoir l'Economie Sociale et Solidaire",
    "Un réseau d'acteurs de l'économie sociale.",
    (("Réunir les acteurs", "Un forum par an.", "2022", "2000", "GACdG", "CRESS"),),
)


def _linked_plan() -> bytes:
    """A browser's print of a web page (pandoc ``--toc``): page 1 the title and a table of
    contents WITHOUT page numbers (each heading a link, nested, the first fiche's entry
    wrapped); page 2 the axis, the objective, its « Enjeux stratégiques » and its sommaire
    (1.1.3 listed, never written); pages 3 to 5 the fiches 1.1.1, 1.1.2 and 1.1.4."""
    fiches = [*FICHES, THIRD]
    pages = _Contents()
    pages.text(EDGE, 60.0, "Programme d'actions du PCAET", bold=True, size=20.0)
    toc = [
        (EDGE, "Axe 1 : Aménager un territoire résilient"),
        (71.0, "1.1 Objectif stratégique : Dynamiser l'économie circulaire"),
        (85.0, "Enjeux stratégiques"),
        (85.0, "FICHE 1.1.1 Objectif opérationnel : Expérimenter un projet d'économie"),
        (85.0, "circulaire auprès des entreprises"),
        (99.0, "Modalités de mise en oeuvre"),
    ]
    for code, title, _, _ in fiches[1:]:
        toc += [(85.0, f"FICHE {code} Objectif opérationnel : {title}"),
                (99.0, "Modalités de mise en oeuvre")]  # fmt: skip
    for k, (x, text) in enumerate(toc):
        pages.text(x, 110.0 + 13.0 * k, text, size=10.0)
    pages.c.showPage()
    pages.text(EDGE, 60.0, "Axe 1 : Aménager un territoire résilient", bold=True, size=16.0)
    pages.text(EDGE, 90.0, "1.1 Objectif stratégique : Dynamiser l'économie circulaire",
               bold=True, size=14.0)  # fmt: skip
    pages.text(EDGE, 120.0, "Enjeux stratégiques", bold=True, size=12.0)
    pages.text(EDGE, 140.0, "L'économie circulaire structure la réflexion du territoire.")
    listed = [(c, t) for c, t, _, _ in FICHES] + [ABSENT, THIRD[:2]]
    for k, (code, title) in enumerate(listed):
        pages.text(70.0, 165.0 + 13.0 * k, f"FICHE {code} {title}")
    pages.c.showPage()
    for code, title, context, rows in fiches:
        pages.text(EDGE, 60.0, f"FICHE {code} Objectif opérationnel : {title}", bold=True)
        pages.text(EDGE, 85.0, "Contexte", bold=True)
        pages.text(EDGE, 98.0, context)
        pages.text(EDGE, 120.0, "Modalités de mise en oeuvre", bold=True)
        pages.steps_table(136.0, rows)
        pages.c.showPage()
    return pages.save()


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_a_table_of_contents_without_page_numbers_is_no_sheets(
    engine: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Its entries are set aside: the fiches come in the sommaire's order, the one it lists
    and the body never holds (1.1.3) in its place (read as sheets, the table's headings
    would put it after every fiche), each fiche on its page with its steps."""
    monkeypatch.setenv(ENGINE_ENV, engine)
    doc = parse_action_plan(_linked_plan(), "plans/toc.pdf", "0" * 64)
    assert [(a.action_code, a.has_body, a.page) for a in doc.actions] == [
        ("1.1.1", True, 3),
        ("1.1.2", True, 4),
        ("1.1.3", False, 2),
        ("1.1.4", True, 5),
    ]
    assert [a.title for a in doc.actions] == [FICHES[0][1], FICHES[1][1], ABSENT[1], THIRD[1]]
    assert doc.actions[0].axis == "Axe 1 : Aménager un territoire résilient"
    assert doc.actions[3].context == THIRD[2]
    assert [(s.step, s.page) for s in doc.steps] == [
        ("Lancer une phase test", 3),
        ("Définir une stratégie", 3),
        ("Ouvrir le réseau", 4),
        ("Réunir les acteurs", 5),
    ]
    warnings = [i.message for i in doc.issues if i.severity == "warning"]
    assert warnings == ["Fiche 1.1.3 listée au sommaire mais absente du document"]
