"""MARKDOWN PIPE TABLES PRINTED AS TYPED (a CMS field in plain-text format): the steps read
from the text, rows cut by counting « | » however the lines wrapped, « <br> » a line break, a
row cut by the page break read whole on the next page (sources.pdf.pipe_tables). Lines opening
on « | » without a delimiter row, or under a header naming no steps table, stay lines."""

from __future__ import annotations

from sources.pdf.content import Line, Segment
from sources.pdf.pipe_tables import pipe_tables

HEADER = "| Etape | Descriptif | Planification | Ressources à mobiliser | Porteur | Partenaires |"


def _lines(*texts: str, page: int = 1, top: float = 100.0) -> list[Line]:
    return [
        Line(page, top + 12.0 * k, top + 12.0 * k + 9.0, 43.0, 43.0 + 4.0 * len(t), 9.0, False,
             [Segment(43.0, 43.0 + 4.0 * len(t), t, False)])
        for k, t in enumerate(texts)
    ]  # fmt: skip


def _cells(block: object) -> list[tuple[str, ...]]:
    return [tuple(r.cells.values()) for r in block.rows]  # type: ignore[attr-defined]


def test_a_typed_pipe_table_is_read_row_by_row() -> None:
    lines = _lines(
        "Modalités de mise en oeuvre",
        HEADER,
        "|---|---|---|---|---|---|",
        "| Lancer un test | Les actions :<br>1) auditer vingt entreprises | 2019 | 18000 | GACdG |",
        "CCI du Gers |",
        "| Définir une stratégie | sur la base du potentiel déterminé lors de la phase test, il",
        "convient de déterminer le niveau d'engagement | 2019 |  | GACdG | ADEME |",
        "FICHE 1.1.2",
    )
    kept, blocks = pipe_tables(lines, 1, None)
    assert [ln.text for ln in kept] == ["Modalités de mise en oeuvre", "FICHE 1.1.2"]
    (block,) = blocks
    assert block.keys == ["step", "description", "planning", "budget", "owner", "partners"]
    assert block.has_header and not block.open_at_bottom and block.pipe_rest is None
    assert _cells(block) == [
        ("Lancer un test", "Les actions :\n1) auditer vingt entreprises", "2019", "18000",
         "GACdG", "CCI du Gers"),
        ("Définir une stratégie", "sur la base du potentiel déterminé lors de la phase test, il "
         "convient de déterminer le niveau d'engagement", "2019", "", "GACdG", "ADEME"),
    ]  # fmt: skip
    assert [r.top for r in block.rows] == [136.0, 160.0]


def test_a_row_cut_by_the_page_break_is_read_whole_on_the_next_page() -> None:
    first = _lines(HEADER, "|---|---|---|---|---|---|", "| Lancer | Auditer | 2019 | 18000 |")
    kept, (block,) = pipe_tables(first, 1, None)
    assert kept == [] and block.rows == [] and block.open_at_bottom
    assert block.pipe_rest is not None
    rest = _lines("GACdG | CCI |", "| Définir | Choisir | 2020 | interne | GACdG | ADEME |",
                  "Indicateurs", page=2, top=40.0)  # fmt: skip
    kept, (going_on,) = pipe_tables(rest, 2, block)
    assert [ln.text for ln in kept] == ["Indicateurs"]
    assert not going_on.has_header and going_on.keys == block.keys
    assert _cells(going_on) == [
        ("Lancer", "Auditer", "2019", "18000", "GACdG", "CCI"),
        ("Définir", "Choisir", "2020", "interne", "GACdG", "ADEME"),
    ]


def test_other_lines_with_pipes_stay_lines() -> None:
    no_delimiter = _lines(HEADER, "| Lancer | Auditer | 2019 | 18000 | GACdG | CCI |")
    assert pipe_tables(no_delimiter, 1, None) == (no_delimiter, [])
    other = _lines("| Commune | Population |", "|---|---|", "| Auch | 22000 |")
    assert pipe_tables(other, 1, None) == (other, [])
    menu = _lines("Accueil | Plan climat | Contact")
    assert pipe_tables(menu, 1, None) == (menu, [])
