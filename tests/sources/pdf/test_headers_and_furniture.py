"""A steps-table header on two grid rows (sources.pdf.ruled_tables) and page footers taller
than the margin band (sources.pdf.pages), on hand-made values."""

from __future__ import annotations

from sources.pdf.content import Line, Segment
from sources.pdf.pages import _edge_furniture
from sources.pdf.ruled_tables import _two_row_header
from sources.pdf.running import _running_key


def test_group_labels_over_a_second_header_row_give_the_columns() -> None:
    """« Mise en œuvre » / « Acteurs » span two columns each, the seed labels sit under them
    (one cut by Writer: « Planificatio » / « n »), « Etape » and « Descriptif » are merged over
    both rows (their second-row cell empty)."""
    data = [
        ["Etape", "Descriptif", "Mise en œuvre", "", "Acteurs", ""],
        ["", "", "Planificatio\nn", "Ressources à\nmobiliser", "Porteur", "Partenaires\nenvisagés"],
        ["Lancer", "Les actions", "2019", "18000", "GACdG", "CCI"],
    ]
    assert _two_row_header(data) == [
        "step",
        "description",
        "planning",
        "budget",
        "owner",
        "partners",
    ]
    # an ordinary one-row header followed by a body row: not a two-row header
    one_row = [
        ["Etape", "Descriptif", "Planification", "Ressources", "Porteur", "Partenaires"],
        ["Lancer", "Les actions", "2019", "18000", "GACdG", "CCI"],
        ["Définir", "Sur la base", "2020", "interne", "GACdG", "CCI"],
    ]
    assert _two_row_header(one_row) is None
    # a title row above a whole header: the header row alone is read as before
    titled = [["Modalités", "", "", "", "", ""], one_row[0], one_row[1]]
    assert _two_row_header(titled) is None
    # a first row naming no column over a body row: no header at all
    assert _two_row_header([["a", "b", "c"], ["Lancer", "2019", "GACdG"], ["x", "y", "z"]]) is None
    # a body text in a second-row cell under a column-less first-row cell: no header
    mixed = [
        ["Etape", "Descriptif", "Mise en œuvre", "", "Acteurs", "Note"],
        ["", "", "Planification", "Ressources", "Porteur", "voir annexe"],
        ["Lancer", "Les actions", "2019", "18000", "GACdG", "x"],
    ]
    assert _two_row_header(mixed) is None


def _line(top: float, text: str) -> Line:
    seg = Segment(100.0, 100.0 + 5 * len(text), text, False, [])
    return Line(1, top, top + 9, seg.x0, seg.x1, 9.0, False, [seg])


def test_footer_above_the_band_dropped_only_below_the_body() -> None:
    """« Suite page suivante » over « Page 3 » on a 595 pt high page: the note is 70 pt above
    the bottom edge (beyond the 9 % band) and dropped, being followed only by a page number;
    the same running text with a body line below it is content and stays."""
    running = {_running_key("Suite page suivante")}
    body = _line(480.0, "Chambre du Commerce et de l'Industrie du Gers")
    note = _line(516.0, "Suite page suivante")
    page_no = _line(543.0, "Page 3")
    dropped = _edge_furniture([body, note, page_no], running, 595.0)
    assert dropped == {id(note), id(page_no)}
    below = _line(530.0, "une ligne du corps")
    assert _edge_furniture([body, note, below], running, 595.0) == set()
    # a running text in the middle of the page is never furniture
    middle = _line(300.0, "Suite page suivante")
    assert _edge_furniture([middle, body], running, 595.0) == set()
    # from the top edge: a running header then the body
    header = _line(40.0, "Suite page suivante")
    assert _edge_furniture([header, body], running, 595.0) == {id(header)}
