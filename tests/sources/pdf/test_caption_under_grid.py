"""A line UNDER a ruled steps grid (a table caption « Source : … », centred under the table,
as a CMS's table block prints it) is no row of the grid: its words fall inside the columns, so
the geometry reading would take it for one more row (one step more, or the last description
run on), and it would win over the ruled reading by its row count. The geometry tables are cut
at the bottom border of a ruled grid shut there (sources.pdf.pages._within_closed_grids).
End to end with a Chromium print; negative cases by hand-placed rules: column rules going on
below the border, no rule along it, a ruled header alone over rows without rules, filled
row boxes (zebra) whose edges are no drawn rules."""

from __future__ import annotations

import tempfile
from html import escape
from pathlib import Path
from types import SimpleNamespace

import pytest

from sources.action_plan import parse_action_plan
from sources.pdf.content import TableBlock, TableRow
from sources.pdf.pages import _within_closed_grids
from tests.generators.producer_corpus import chromium, convert_html

HEADER = ["Etape", "Descriptif", "Planification", "Ressources à mobiliser", "Porteur"]
HEADER += ["Partenaires envisagés"]
ROWS = [
    ["Inventorier le patrimoine", "Relevé des bâtiments communaux.", "2021", "5000", "Mairie"],
    ["Isoler les toitures", "Travaux sur les écoles publiques.", "2022", "interne", "SDE 32"],
]
ROWS[0].append("ADEME")
ROWS[1].append("Région Occitanie")
CAPTION = "Source : service Transition écologique"

_CSS = """
@page { size: A4; margin: 12mm; }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9.5pt; color: #333; }
h2 { font-size: 12pt; } h3 { font-size: 10.5pt; }
figure { margin: 0 0 12px; }
table { border-collapse: collapse; width: 100%; font-size: 8.5pt; }
th, td { border: 1px solid #ddd; padding: 0.4em; text-align: left; vertical-align: top; }
thead th { border-bottom: 3px solid #333; }
figcaption { text-align: center; font-style: italic; font-size: 8pt; color: #555; }
"""


def _fiche(code: str, title: str, rows: list[list[str]]) -> str:
    def h(text: str) -> str:
        return escape(text, quote=False)

    out = [f"<h2>FICHE {code} Objectif opérationnel : {h(title)}</h2>"]
    out += ["<p><strong>Contexte</strong><br>Le patrimoine public consomme beaucoup.</p>"]
    out += ["<p><strong>Indicateurs</strong><br>Consommation annuelle (MWh)</p>"]
    out += ["<h3>Modalités de mise en oeuvre</h3>", "<figure><table><thead><tr>"]
    out += ["".join(f"<th>{h(x)}</th>" for x in HEADER), "</tr></thead><tbody>"]
    out += ["<tr>" + "".join(f"<td>{h(c)}</td>" for c in row) + "</tr>" for row in rows]
    out += [f"</tbody></table><figcaption>{h(CAPTION)}</figcaption></figure>"]
    return "\n".join(out)


@pytest.mark.skipif(chromium() is None, reason="Chromium absent")
def test_caption_under_a_ruled_grid_is_no_row() -> None:
    html = "<!doctype html><html lang='fr'><head><meta charset='utf-8'><title>PCAET</title>"
    html += f"<style>{_CSS}</style></head><body>"
    html += _fiche("2.1.1", "Rénover les bâtiments publics", ROWS)
    html += _fiche("2.1.2", "Former les agents", [["Former les agents", "Deux sessions.", "2023"]])
    html = html.replace(
        "<td>2023</td></tr>", "<td>2023</td><td>800</td><td>CNFPT</td><td>-</td></tr>"
    )
    html += "</body></html>"
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "plan.html"
        source.write_text(html, encoding="utf-8")
        target = convert_html(source, Path(tmp) / "plan.pdf")
        data = target.read_bytes()
    doc = parse_action_plan(data, "plan.pdf", "0" * 64)
    by_action: dict[str, list[tuple[str, str | None]]] = {}
    for step in doc.steps:
        by_action.setdefault(step.action_id.split(":")[-1], []).append(
            (step.step, step.description)
        )
    assert by_action["2.1.1"] == [(r[0], r[1]) for r in ROWS]
    assert by_action["2.1.2"] == [("Former les agents", "Deux sessions.")]
    assert all(CAPTION not in (step.description or "") for step in doc.steps)


# ----------------------------------------------------------------- hand-placed rules (negative)

LEFT, RIGHT, TOP, BOTTOM = 40.0, 400.0, 100.0, 300.0
XS = (LEFT, 120.0, 200.0, 280.0, RIGHT)


def _page(vertical_bottom: float, border: bool, filled: bool = False) -> SimpleNamespace:
    """Column rules and row borders drawn as thin rectangles (as Chromium prints 1 px cell
    borders), or, ``filled``, the same edges as those of filled row boxes (zebra rows)."""
    if filled:
        rows = [(TOP, 150.0), (150.0, BOTTOM)]
        rects = [{"x0": LEFT, "x1": RIGHT, "top": a, "bottom": b} for a, b in rows]
        return SimpleNamespace(rects=rects, lines=[])
    rects = [{"x0": x, "x1": x + 0.75, "top": TOP, "bottom": vertical_bottom} for x in XS]
    rules_at = [TOP, 150.0] + ([BOTTOM] if border else [])
    rects += [
        {"x0": a, "x1": b, "top": y, "bottom": y + 0.75}
        for y in rules_at
        for a, b in zip(XS, XS[1:], strict=False)  # drawn cell by cell, as browsers do
    ]
    return SimpleNamespace(rects=rects, lines=[])


def _tables() -> tuple[list[TableBlock], list[TableBlock]]:
    keys = ["step", "description", "planning", "budget"]
    ruled = TableBlock(page=1, top=TOP, bottom=BOTTOM, keys=keys, has_header=True)
    ruled.rows = [TableRow(1, 160.0, {"step": "Étape 1", "description": "Un relevé"})]
    rows = [
        TableRow(1, 160.0, {"step": "Étape 1", "description": "Un relevé"}),
        TableRow(1, 310.0, {"step": None, "description": "Source : service"}),
    ]
    unruled = TableBlock(page=1, top=TOP + 4, bottom=320.0, keys=keys, has_header=True, rows=rows)
    return ruled, [unruled]


def test_rows_under_a_shut_grid_are_cut_off() -> None:
    ruled, unruled = _tables()
    out = _within_closed_grids(_page(BOTTOM, border=True), unruled, [ruled])
    assert [r.top for r in out[0].rows] == [160.0]
    assert out[0].bottom == BOTTOM


def test_rows_kept_where_the_column_rules_go_on_below() -> None:
    ruled, unruled = _tables()  # a last row the grid finder dropped: its rules go on
    out = _within_closed_grids(_page(330.0, border=True), unruled, [ruled])
    assert [r.top for r in out[0].rows] == [160.0, 310.0]
    assert out[0].bottom == 320.0


def test_rows_kept_where_no_rule_shuts_the_grid() -> None:
    ruled, unruled = _tables()  # column rules stopping, but no border along their ends
    out = _within_closed_grids(_page(BOTTOM, border=False), unruled, [ruled])
    assert [r.top for r in out[0].rows] == [160.0, 310.0]


def test_rows_kept_under_a_ruled_header_alone() -> None:
    ruled, unruled = _tables()  # a ruled header band over rows without rules (cards)
    ruled.rows = []
    out = _within_closed_grids(_page(BOTTOM, border=True), unruled, [ruled])
    assert [r.top for r in out[0].rows] == [160.0, 310.0]


def test_rows_kept_under_filled_rows_without_drawn_rules() -> None:
    ruled, unruled = _tables()  # zebra rows: box edges, no drawn rule
    out = _within_closed_grids(_page(BOTTOM, border=True, filled=True), unruled, [ruled])
    assert [r.top for r in out[0].rows] == [160.0, 310.0]
