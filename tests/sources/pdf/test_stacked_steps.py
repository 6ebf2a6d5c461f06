"""Steps typed one under the other in a template's last row (sources.pdf.stacked_steps): the
row's cells each hold as many paragraphs, an empty paragraph between two steps' values, not
level across the row: read as that many rows. A row whose cells hold different numbers of
paragraphs (a description in two paragraphs beside one step) stays one row. Drawn with
reportlab as Writer prints a ruled table."""

from __future__ import annotations

import io

from sources.pdf.ruled_tables import _ruled_tables

HEIGHT = 842.0
XS = (51.0, 131.0, 289.0, 346.0, 408.0, 465.0, 533.0)
HEADER = ("Etape", "Descriptif", "Planification", "Ressources", "Porteur", "Partenaires")
TOPS = (100.0, 122.0, 160.0, 330.0)  # header, row 1, the stacked row, the table's foot
SIZE = 8.0
PITCH = 9.6


def _cell(c, x: float, top: float, paragraphs: list[list[str]]) -> None:
    y = top + 10
    for n, lines in enumerate(paragraphs):
        if n:
            y += PITCH  # the empty paragraph between two steps' values
        for line in lines:
            c.drawString(x + 3, HEIGHT - y, line)
            y += PITCH


def _page(stacked: dict[int, list[list[str]]]) -> bytes:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=(595.0, HEIGHT))
    c.setLineWidth(0.5)
    for y in TOPS:
        c.line(XS[0], HEIGHT - y, XS[-1], HEIGHT - y)
    for x in XS:
        c.line(x, HEIGHT - TOPS[0], x, HEIGHT - TOPS[-1])
    c.setFont("Helvetica-Bold", SIZE)
    for i, label in enumerate(HEADER):
        c.drawString(XS[i] + 3, HEIGHT - TOPS[0] - 12, label)
    c.setFont("Helvetica", SIZE)
    first = ("Faire connaître", "Communications.", "2020", "5 000", "GACdG", "chambres")
    for i, text in enumerate(first):
        c.drawString(XS[i] + 3, HEIGHT - TOPS[1] - 12, text)
    for i, paragraphs in stacked.items():
        _cell(c, XS[i], TOPS[2], paragraphs)
    c.save()
    return buffer.getvalue()


STACKED = {
    0: [["Créer et animer un", "réseau"], ["Créer un outil"], ["Accompagner la", "création"]],
    1: [["Les participations", "sont variables.", "Un réseau est créé."], ["Recenser les", "besoins."],
        ["Favoriser les", "services."]],
    2: [["2020 et +"], ["2021"], ["2021"]],
    3: [["10000"], ["à définir"], ["à définir"]],
    4: [["GACdG"], ["GACdG"], ["GACdG"]],
    5: [["chambres", "consulaires"], ["opérateur"], ["chambres"]],
}  # fmt: skip


def _rows(data: bytes) -> list[dict]:
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        blocks = _ruled_tables(pdf.pages[0], 1, None)
    return [r.cells for b in blocks for r in b.rows]


def test_stacked_steps_are_read_as_rows() -> None:
    rows = _rows(_page(STACKED))
    assert [r["step"] for r in rows] == [
        "Faire connaître",
        "Créer et animer un réseau",
        "Créer un outil",
        "Accompagner la création",
    ]
    assert [r["planning"] for r in rows] == ["2020", "2020 et +", "2021", "2021"]
    assert [r["budget"] for r in rows] == ["5 000", "10000", "à définir", "à définir"]
    assert rows[1]["description"] == "Les participations sont variables. Un réseau est créé."
    assert rows[3]["partners"] == "chambres"


def test_a_row_of_one_step_with_two_paragraphs_stays_one_row() -> None:
    one = {
        0: [["Créer et animer un", "réseau"]],
        1: [["Les participations", "sont variables."], ["Un réseau est créé."]],
        2: [["2020 et +"]],
        3: [["10000"]],
        4: [["GACdG"]],
        5: [["chambres"]],
    }
    rows = _rows(_page(one))
    assert [r["step"] for r in rows] == ["Faire connaître", "Créer et animer un réseau"]


def test_a_footer_of_labels_read_into_the_last_row_is_no_step() -> None:
    """The table's labels repeated as a footer row with no rule above it: the last row's
    second paragraph reads as a header: the row is not split."""
    footer = {
        0: [["Créer et animer un", "réseau"], ["Etape"]],
        1: [["Les participations", "sont variables."], ["Descriptif"]],
        2: [["2020 et +"], ["Planification"]],
        3: [["10000"], ["Ressources"]],
        4: [["GACdG"], ["Porteur"]],
        5: [["chambres"], ["Partenaires"]],
    }
    rows = _rows(_page(footer))
    assert len(rows) == 2 and rows[1]["step"].startswith("Créer et animer un réseau")
