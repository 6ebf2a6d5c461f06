"""Steps tables whose header cannot be read (sources.action_plan.headless_steps): the rows under
a fiche's « Modalités de mise en œuvre » heading read as a steps table, each column named by
what its cells hold (years → planning, amounts → budget, the longest texts → description, the
text column before it → step, those after it → owner, partners). Hand-built lines and pages
drawn with reportlab (a header drawn with no label, or with « Etape » only and garbled words),
and tables that must NOT be read as steps: numbers with no period column, a period column
beside two amount columns, two period columns (reported, left unread)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from sources.action_plan import parse_action_plan
from sources.action_plan.headless_steps import _kind, cell_line, partial_header, read_headless
from sources.pdf.content import Line
from sources.pdf.engine import ENGINE_ENV
from tests.sources.pdf.hand_lines import hand_line
from tests.sources.pdf.hand_pages import HandPages

# column starts of a six-column steps table (step, description, planning, budget, owner,
# partners), as on a scanned page
X = (55.0, 141.0, 313.0, 368.0, 429.0, 484.0)


def _row(top: float, *cells: tuple[int, str]) -> Line:
    """One text line: each ``(column, text)`` at that column's start, 4.4 pt a letter."""
    words = [(X[col], X[col] + 4.4 * len(text), text) for col, text in cells]
    return hand_line(top, *words, size=8.0, bold=False)


ROWS = [  # two steps of fiche 1.1.1, each row's lines 11.5 pt apart, 16 pt between rows
    _row(143.0, (0, "Lancer une phase"), (1, "Les actions à développer sont les"), (2, "2019"),
         (3, "18000"), (4, "GACdG"), (5, "Chambre du")),
    _row(154.5, (0, "test"), (1, "suivantes : rencontres annuelles"), (3, "(financé)"),
         (5, "Commerce")),
    _row(166.0, (1, "entre entreprises engagées."), (5, "du Gers")),
    _row(190.0, (0, "Définir une"), (1, "Choisir le format de l'intervention"),
         (2, "2020 et +"), (3, "interne (0,2"), (4, "GACdG"), (5, "chambres")),
    _row(201.5, (0, "stratégie"), (1, "et l'ampleur du soutien."), (3, "ETP)"), (5, "consulaires")),
]  # fmt: skip
WANT = [
    {
        "step": "Lancer une phase test",
        "description": "Les actions à développer sont les suivantes : rencontres annuelles "
        "entre entreprises engagées.",
        "planning": "2019",
        "budget": "18000 (financé)",
        "owner": "GACdG",
        "partners": "Chambre du Commerce du Gers",
    },
    {
        "step": "Définir une stratégie",
        "description": "Choisir le format de l'intervention et l'ampleur du soutien.",
        "planning": "2020 et +",
        "budget": "interne (0,2 ETP)",
        "owner": "GACdG",
        "partners": "chambres consulaires",
    },
]


def _cells(lines: list[Line]) -> list[dict[str, str | None]]:
    found = read_headless(lines)
    assert found is not None and found.blocks, found and found.reason
    return [dict(r.cells) for b in found.blocks for r in b.rows]


def test_a_cell_is_told_by_what_it_holds() -> None:
    assert [_kind(t) for t in ("2019", "2020 et +", "2021-2022", "2019 - 2020", "fin 2021")] == [
        "period"
    ] * 5
    assert [_kind(t) for t in ("18000 (financé)", "50 000", "interne (0,2 ETP)", "15 k€")] == [
        "amount"
    ] * 4
    assert [_kind(t) for t in ("à définir", "NC")] == ["unknown"] * 2
    assert _kind("3") == "number"
    # a step named with a small number, a share, an owner, a sentence holding a year: text
    assert [_kind(t) for t in ("Phase 2", "25 %", "GACdG", "D'ici 2030 la trame verte")] == [
        "text"
    ] * 4


def test_rows_with_no_header_read_by_their_cells() -> None:
    found = read_headless(ROWS)
    assert found is not None
    assert found.keys == ["step", "description", "planning", "budget", "owner", "partners"]
    assert _cells(ROWS) == WANT
    assert [b.page for b in found.blocks] == [1]
    assert found.lines == ROWS


def test_a_row_cut_by_a_page_break_goes_on_on_the_next_page() -> None:
    # a header repeated as a picture holds no text: the next page opens on the rest of the
    # last row's description, no step name beside it — that row's rest, no step of its own
    rest = replace(_row(60.0, (1, "Bilan annuel.")), page=2)
    found = read_headless([*ROWS, rest])
    assert found is not None and [b.page for b in found.blocks] == [1]
    cells = [dict(r.cells) for b in found.blocks for r in b.rows]
    assert cells[1]["description"] == (
        "Choisir le format de l'intervention et l'ampleur du soutien. Bilan annuel."
    )
    assert cells[0] == WANT[0] and len(cells) == 2
    # a row opening the next page WITH a step name is a step of its own
    step = replace(
        _row(60.0, (0, "Suivre"), (1, "Bilan annuel des actions."), (2, "2021"), (4, "GACdG")),
        page=2,
    )
    found = read_headless([*ROWS, step])
    assert found is not None and [b.page for b in found.blocks] == [1, 2]
    assert [r.cells["step"] for b in found.blocks for r in b.rows][-1] == "Suivre"


def test_a_word_alone_in_an_inner_cell_is_the_cells_line_not_a_heading() -> None:
    # « enjeux » alone on a description cell's line reads like the « Enjeux » heading; right
    # under the region's last line and at one of its inner columns' starts, it is the cell's
    under = _row(177.5, (1, "enjeux"))
    assert cell_line(under, ROWS[:3])
    # at the region's left, where headings start; far below; on another page: a heading
    assert not cell_line(_row(177.5, (0, "Enjeux")), ROWS[:3])
    assert not cell_line(_row(230.0, (1, "enjeux")), ROWS[:3])
    assert not cell_line(replace(under, page=2), ROWS[:3])
    assert not cell_line(under, [])
    # not at a column's start (a centred heading): no cell line
    centred = hand_line(177.5, (200.0, 226.4, "Enjeux"), size=8.0, bold=False)
    assert not cell_line(centred, ROWS[:3])


def test_a_header_row_read_in_part_is_no_step() -> None:
    # « Etape » read, the other labels garbled: the header's row, dropped; its one label
    # stands over the column named step
    header = _row(120.0, (0, "Etape"), (1, "Enworipisf"), (2, "Plarrefentren"))
    assert partial_header(header)
    assert _cells([header, *ROWS]) == WANT
    # garbled labels with no label read: words where periods and amounts stand
    junk = _row(120.0, (1, "Dencripiit"), (2, "atiitiir"), (3, "tel: ei"), (5, "els):"))
    assert _cells([junk, *ROWS]) == WANT


def test_a_line_of_text_under_the_table_is_no_step() -> None:
    note = _row(230.0, (0, "* montants HT"))
    found = read_headless([*ROWS, note])
    assert found is not None and [dict(r.cells) for b in found.blocks for r in b.rows] == WANT
    assert note not in found.lines  # left to the page's text


def test_a_header_label_over_another_column_leaves_the_table_unread() -> None:
    header = _row(120.0, (0, "Porteur"), (1, "Enworipisf"), (2, "Plarrefentren"))
    found = read_headless([header, *ROWS])
    assert found is not None and not found.blocks
    assert found.reason == "un libellé d'en-tête lu ne correspond pas au contenu de sa colonne"


def test_one_row_with_no_partners_column() -> None:
    lines = [
        _row(625.0, (0, "Identifier des"), (1, "Identifier des référents garants de"),
             (2, "2019"), (3, "interne (0,1"), (4, "élus,")),
        _row(636.5, (0, "référents"), (1, "la conformité des projets."),
             (3, "ETP)"), (4, "services de")),
        _row(648.0, (4, "l'agglomération")),
    ]  # fmt: skip
    assert _cells(lines) == [
        {
            "step": "Identifier des référents",
            "description": "Identifier des référents garants de la conformité des projets.",
            "planning": "2019",
            "budget": "interne (0,1 ETP)",
            "owner": "élus, services de l'agglomération",
        }
    ]


def test_tables_of_numbers_are_no_steps() -> None:
    # indicators: a label, then values with no period column
    indicators = [
        _row(150.0, (0, "Consommation"), (2, "1 250"), (3, "1 180"), (4, "950")),
        _row(166.0, (0, "Emissions GES"), (2, "320"), (3, "300"), (4, "250")),
        _row(182.0, (0, "Part des ENR"), (2, "12 %"), (3, "18 %"), (4, "32 %")),
    ]
    found = read_headless(indicators)
    assert found is None or not found.blocks
    # years beside two amount columns and a source: a statistics table
    series = [
        _row(150.0, (0, "Bilan"), (2, "2015"), (3, "1 250"), (4, "320"), (5, "OREO")),
        _row(166.0, (0, "Bilan"), (2, "2020"), (3, "1 180"), (4, "300"), (5, "OREO")),
    ]
    found = read_headless(series)
    assert found is not None and not found.blocks
    assert found.reason == "plusieurs colonnes de montants"
    # a paragraph: no columns
    prose = [hand_line(150.0, (55.0, 530.0, "Le réseau ainsi constitué comprend les chambres"))]
    assert read_headless(prose) is None


def test_two_period_columns_are_ambiguous() -> None:
    lines = [
        _row(150.0, (0, "Lancer une phase test"), (2, "2019"), (3, "2020"), (4, "GACdG")),
        _row(166.0, (0, "Définir une stratégie"), (2, "2020"), (3, "2022"), (4, "GACdG")),
    ]
    found = read_headless(lines)
    assert found is not None and not found.blocks
    assert found.reason == "plusieurs colonnes d'années"


class _Faint(HandPages):
    """Header labels never printed (too light for the scanner's ink threshold)."""

    labels: tuple[str, ...] = ()

    def header_cell(self, x: float, top: float, label: str) -> None:
        if label in self.labels:
            self.text(x, top, label, bold=True)
        elif self.labels:  # the others read garbled
            self.text(x, top, "Xqzvw", bold=True)


STEPS = [
    ("Lancer une phase test", "Auditer vingt entreprises.", "2019", "18000 (financé)", "GACdG",
     "CCI du Gers"),
    ("Définir une stratégie", "Choisir le format du soutien.", "2020 et +", "interne (0,2 ETP)",
     "GACdG", "chambres"),
    ("Créer un réseau", "Animer un réseau d'acteurs.", "2021-2022", "10 000", "opérateur",
     "ADEME, Région"),
]  # fmt: skip


def _plan(page: HandPages, rows: list[tuple[str, ...]]) -> bytes:
    page.text(57.0, 50.0, "FICHE 1.1.1", bold=True, size=13.0)
    page.text(57.0, 70.0, "Objectif opérationnel : Expérimenter l'économie circulaire", bold=True)
    page.text(57.0, 95.0, "Contexte : Une opération test d'économie circulaire.")
    page.text(57.0, 120.0, "Modalités de mise en œuvre", bold=True, size=11.0)
    page.steps_table(145.0, rows)
    page.c.showPage()
    return page.save()


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
@pytest.mark.parametrize("labels", [(), ("Etape",)])
def test_a_drawn_table_whose_header_cannot_be_read(
    engine: str, labels: tuple[str, ...], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENGINE_ENV, engine)
    page = _Faint()
    page.labels = labels
    doc = parse_action_plan(_plan(page, STEPS), "plans/faint.pdf", "0" * 64)
    assert [a.action_code for a in doc.actions] == ["1.1.1"]
    got = [
        (s.step, s.description, s.planning_label, s.budget_label, s.owner, s.partners)
        for s in doc.steps
    ]
    assert got == [
        ("Lancer une phase test", "Auditer vingt entreprises.", "2019", "18000 (financé)",
         "GACdG", ["CCI du Gers"]),
        ("Définir une stratégie", "Choisir le format du soutien.", "2020 et +",
         "interne (0,2 ETP)", "GACdG", ["chambres"]),
        ("Créer un réseau", "Animer un réseau d'acteurs.", "2021-2022", "10 000", "opérateur",
         ["ADEME", "Région"]),
    ]  # fmt: skip
    assert [s.budget_eur for s in doc.steps] == [18000.0, 0.0, 10000.0]
    action = doc.actions[0]
    assert (action.total_budget_eur, action.total_etp) == (28000.0, 0.2)
    assert (action.start_year, action.end_year) == (2019, None)
    assert action.context == "Une opération test d'économie circulaire."
    assert any(
        i.severity == "info" and "colonnes reconnues à leur contenu" in i.message
        for i in doc.issues
    )


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_a_drawn_table_of_numbers_stays_unread(
    engine: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENGINE_ENV, engine)
    rows = [
        ("Consommation", "1 250 GWh", "1 180", "950", "OREO", "2019"),
        ("Emissions GES", "320 kteq", "300", "250", "OREO", "2019"),
    ]
    doc = parse_action_plan(_plan(_Faint(), rows), "plans/numbers.pdf", "0" * 64)
    assert [a.action_code for a in doc.actions] == ["1.1.1"]
    assert doc.steps == []
    messages = [i.message for i in doc.issues]
    assert "Fiche 1.1.1 : aucun tableau de mise en œuvre lu" in messages
    assert not any("colonnes reconnues" in m for m in messages)
    # the table's shape is reported, left unread
    assert (
        "Fiche 1.1.1 : tableau de mise en œuvre sans en-tête lisible dont les colonnes ne se "
        "reconnaissent pas à leur contenu (plusieurs colonnes de montants) : non lu"
    ) in messages
