"""A responsive steps table printed at a « mobile » width (Tailwind UI's « stacked columns on
mobile »): three columns shown, « Etape | Descriptif | Planification », the three others
stacked as « Label : value » lines under each step name in the first cell, the rows parted by
rules only (the header's cells alone ruled as a grid), the header printed again on top of
every page. Drawn by hand with reportlab; the whole plan is read with the parser."""

from __future__ import annotations

from sources.action_plan import parse_action_plan
from sources.action_plan.child_rows import ChildRows
from sources.pdf.content import Line, Segment
from sources.pdf.pages import _column_labels
from tests.sources.pdf.hand_pages import HEIGHT, HandPages

X = (57.0, 230.0, 460.0, 538.0)  # the shown columns' rules (header cells), the frame's sides
STEPS = {
    "1.1.1": [
        (
            ("Lancer une phase test", "d'un projet"),
            ("Les actions à développer", "sont les suivantes", "et bien d'autres"),
            "2019",
            ("Ressources à mobiliser : 18000", "Porteur : GACdG"),
            ("Partenaires envisagés : Chambre du", "Commerce"),
        ),
        (
            ("Définir une stratégie",),
            ("Sur la base du test",),
            "2020",
            ("Ressources à mobiliser : interne", "Porteur : GACdG"),
            (),
        ),
    ],
    "1.1.2": [
        (
            ("Faire connaître", "auprès des acteurs"),
            ("Des communications ciblées",),
            "2020",
            ("Ressources à mobiliser : 5 000", "Porteur : GACdG"),
            ("Partenaires envisagés : chambres",),
        ),
    ],
    "1.1.3": [
        (
            ("Créer un réseau",),
            ("Un réseau d'acteurs locaux", "animé chaque année"),
            "2021",
            ("Ressources à mobiliser : 10000", "Porteur : opérateur"),
            (),
        ),
    ],
    "1.1.4": [
        (
            ("Animer le réseau",),
            ("Deux rencontres par an",),
            "2022",
            ("Ressources à mobiliser : interne", "Porteur : GACdG"),
            ("Partenaires envisagés : ADEME",),
        ),
    ],
}


def _line(c, x0: float, top: float, x1: float) -> None:
    c.line(x0, HEIGHT - top, x1, HEIGHT - top)


def _table(pages: HandPages, top: float, steps: list) -> None:
    """The header's three cells ruled as a grid, then each step a row ruled above and below
    across the frame, its name bold with the stacked lines under it."""
    c = pages.c
    c.setLineWidth(0.5)
    for x, label in zip(X, ("Etape", "Descriptif", "Planification"), strict=False):
        pages.text(x + 5.0, top + 4.0, label, bold=True, size=8.0)
    y = top + 16.0
    for x in X:  # the header's cells
        c.line(x, HEIGHT - top, x, HEIGHT - y)
    _line(c, X[0], top, X[-1])
    for names, description, planning, details, partners in steps:
        _line(c, X[0], y, X[-1])
        t = y + 6.0
        for k, name in enumerate(names):
            pages.text(X[0] + 5.0, t + 9.0 * k, name, bold=True, size=8.0)
        for k, text in enumerate(description):
            pages.text(X[1] + 5.0, t + 9.0 * k, text, size=8.0)
        pages.text(X[2] + 5.0, t, planning, size=8.0)
        d = t + 9.0 * len(names) + 2.0
        for k, text in enumerate(details):  # interleaved with the description's lines
            pages.text(X[0] + 5.0, d + 11.0 * k, text, size=8.0)
        d += 11.0 * len(details)
        for k, text in enumerate(partners):  # a value wrapped in the narrow first cell
            pages.text(X[0] + 5.0, d + 9.0 * k, text, size=8.0)
        bottom = max(d + 9.0 * len(partners), t + 9.0 * len(description)) + 8.0
        c.line(X[0], HEIGHT - y, X[0], HEIGHT - bottom)  # the frame's sides
        c.line(X[-1], HEIGHT - y, X[-1], HEIGHT - bottom)
        y = bottom
    _line(c, X[0], y, X[-1])


def _plan() -> bytes:
    pages = HandPages()
    pages.fiche_head()
    codes = list(STEPS)
    for k, code in enumerate(codes):
        # the first table under its heading on the first page; each later one on top of
        # its page, the header in the page's top band (as on every page of the table)
        _table(pages, 150.0 if k == 0 else 56.0, STEPS[code])
        if k + 1 < len(codes):
            nxt = codes[k + 1]
            pages.text(57.0, 700.0, f"FICHE {nxt}", bold=True, size=12.0)
            pages.text(57.0, 720.0, "Objectif opérationnel : Poursuivre", bold=True, size=12.0)
            pages.c.showPage()
            pages.text(57.0, 40.0, "Modalités de mise en oeuvre", bold=True)
    pages.c.showPage()
    return pages.save()


def test_steps_stacked_in_the_first_cell_of_a_three_column_table() -> None:
    doc = parse_action_plan(_plan(), "plans/tailwind.pdf", "0" * 64)
    assert [a.action_code for a in doc.actions] == ["1.1.1", "1.1.2", "1.1.3", "1.1.4"]
    got = [
        (
            s.action_id[-5:],
            s.step,
            s.description,
            s.planning_label,
            s.budget_label,
            s.owner,
            s.partners,
        )
        for s in doc.steps
    ]
    assert got == [
        (
            "1.1.1",
            "Lancer une phase test d'un projet",
            "Les actions à développer sont les suivantes et bien d'autres",
            "2019",
            "18000",
            "GACdG",
            ["Chambre du Commerce"],
        ),
        ("1.1.1", "Définir une stratégie", "Sur la base du test", "2020", "interne", "GACdG", []),
        (
            "1.1.2",
            "Faire connaître auprès des acteurs",
            "Des communications ciblées",
            "2020",
            "5 000",
            "GACdG",
            ["chambres"],
        ),
        (
            "1.1.3",
            "Créer un réseau",
            "Un réseau d'acteurs locaux animé chaque année",
            "2021",
            "10000",
            "opérateur",
            [],
        ),
        (
            "1.1.4",
            "Animer le réseau",
            "Deux rencontres par an",
            "2022",
            "interne",
            "GACdG",
            ["ADEME"],
        ),
    ]


def _seg(x0: float, text: str, *, bold: bool = False) -> Segment:
    words, x = [], x0
    for word in text.split():
        words.append((x, x + 4.0 * len(word), word))
        x += 4.0 * len(word) + 2.5
    return Segment(x0, words[-1][1], text, bold, words)


def _ln(top: float, *segs: Segment) -> Line:
    return Line(
        1, top, top + 7.0, segs[0].x0, segs[-1].x1, 8.0, all(s.bold for s in segs), list(segs)
    )


def test_a_bold_step_name_going_on_is_no_child_label() -> None:
    # « responsables dans les politiques » opens with an owner's synonym, lowercase: the bold
    # step name going on, never an empty « Responsables » child line
    lines = [
        _ln(
            40.0,
            _seg(40.0, "Etape", bold=True),
            _seg(170.0, "Descriptif", bold=True),
            _seg(460.0, "Planification", bold=True),
        ),
        _ln(
            60.0,
            _seg(40.0, "Prendre en compte les", bold=True),
            _seg(170.0, "Appliquer"),
            _seg(460.0, "2021"),
        ),
        _ln(69.0, _seg(40.0, "responsables dans les politiques", bold=True)),
        _ln(80.0, _seg(40.0, "Ressources à mobiliser : interne")),
        _ln(91.0, _seg(40.0, "Porteur : Service commande publique")),
        _ln(120.0, _seg(20.0, "FICHE 1.4.2", bold=True)),  # left of the table: its end
    ]
    _, (block,) = ChildRows()(lines, 1)
    (row,) = block.rows
    assert row.cells["step"] == "Prendre en compte les responsables dans les politiques"
    assert (row.cells["budget"], row.cells["owner"]) == ("interne", "Service commande publique")


def test_a_line_of_shown_column_labels_is_a_header_not_page_furniture() -> None:
    def labels(*texts: str) -> Line:
        return _ln(40.0, *(_seg(40.0 + 150.0 * i, t, bold=True) for i, t in enumerate(texts)))

    assert _column_labels(labels("Etape", "Descriptif", "Planification"))
    assert _column_labels(labels("Etape", "Descriptif", "Planification", "Porteur"))
    assert not _column_labels(labels("Descriptif", "Planification"))  # no step column
    assert not _column_labels(labels("Grand Auch", "Etape"))  # a title beside a label
    assert not _column_labels(labels("Etape", "Etape"))
