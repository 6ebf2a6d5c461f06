"""Steps whose rows, header included, fold onto two lines of three cells
(sources.action_plan.folded_rows: flex rows wrapped at the printed width). Lines are built by
hand; header lines that are no folded header are checked too."""

from __future__ import annotations

from dataclasses import replace

from sources.action_plan.folded_rows import FoldedRows, folded_header
from sources.pdf.content import Line
from tests.sources.pdf.hand_lines import hand_line

X = (47.0, 218.0, 388.0)


def _line(top: float, *cells: str, page: int = 1, band: int | None = None) -> Line:
    words = [(X[i], X[i] + 4.5 * len(t), t) for i, t in enumerate(cells) if t]
    return replace(hand_line(top, *words, size=8.0, bold=False), page=page, band=band)


H1 = _line(100.0, "Etape", "Descriptif", "Planification", band=1)
H2 = _line(113.5, "Ressources à mobiliser", "Porteur", "Partenaires envisagés", band=1)
BODY = [
    _line(127.5, "Faire connaître auprès", "Communications ciblées", "2020", band=2),
    _line(136.5, "des acteurs", "quant aux intérêts", band=2),
    _line(150.0, "5 000", "GACdG", "chambres consulaires", band=2),
    _line(164.5, "Réaliser les diagnostics", "Les matériaux", "2021", band=3),
    _line(178.0, "15000", "GACdG", "", band=3),
]


def _rows(pages: list[list[Line]]) -> list[dict[str, str | None]]:
    folded = FoldedRows()
    out = []
    for number, lines in enumerate(pages, start=1):
        _, blocks = folded(lines, number)
        out += [dict(r.cells) for b in blocks for r in b.rows]
    return out


def test_folded_rows_read_as_steps() -> None:
    rows = _rows([[H1, H2, *BODY]])
    assert [r["step"] for r in rows] == [
        "Faire connaître auprès des acteurs",
        "Réaliser les diagnostics",
    ]
    assert rows[0]["description"] == "Communications ciblées quant aux intérêts"
    assert [r["budget"] for r in rows] == ["5 000", "15000"]
    assert [r["partners"] for r in rows] == ["chambres consulaires", ""]
    assert [r["planning"] for r in rows] == ["2020", "2021"]


def test_a_header_ending_the_page_reads_its_rows_on_the_next() -> None:
    body = [replace(ln, page=2) for ln in BODY]
    rows = _rows([[H1, H2], body])
    assert [r["owner"] for r in rows] == ["GACdG", "GACdG"]


def test_other_header_lines_are_no_folded_header() -> None:
    whole = _line(100.0, "Etape", "Planification", "Porteur")  # a steps header on its own
    assert folded_header(whole, H2) is None
    assert folded_header(H2, H1) is None  # no step column in the first line
    shifted = replace(H2, segments=[replace(s, x0=s.x0 + 20) for s in H2.segments])
    assert folded_header(H1, shifted) is None  # columns not aligned
    far = replace(H2, top=140.0, bottom=148.0)
    assert folded_header(H1, far) is None  # not right under it
