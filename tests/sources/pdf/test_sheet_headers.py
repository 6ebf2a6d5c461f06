"""A plan kept as ONE SHEET and printed by a spreadsheet with its grid AND its ROW AND COLUMN
HEADERS (Calc's « Imprimer : En-têtes de lignes et de colonnes »): a band of column letters
« A »… over the cells at the top of every page, a column of the sheet's row numbers at their
left (going on from page to page), both page furniture (sources.pdf.sheet_headers); the
sheet's fiches one after another in the same grid, each steps table ended by the next
fiche's rows and the next steps header starting a table of its own
(sources.pdf.ruled_tables._sheet_parts, sources.pdf.sheet_grid.end_at_stops). Drawn with
reportlab (tests.sources.pdf.hand_sheets); negative cases on hand-placed words: a steps
table's « N° » column, numbers or letters out of sequence, stay text."""

from __future__ import annotations

from typing import Any

import pytest

from sources.action_plan import parse_action_plan
from sources.pdf.engine import ENGINE_ENV, ENGINES
from sources.pdf.sheet_headers import column_index, sheet_headers
from tests.sources.pdf.hand_sheets import STEPS_HEADER, HandSheets, empty, field, heading, step

SHEET = "Programme d'actions"


def _sheet() -> bytes:
    """One sheet on three pages, rows numbered 1–22, 23–36, 37–40: objective 1.1, fiches
    1.1.1 and 1.1.2 (its last step at the top of page 2, under the headers only), objective
    1.2 and fiche 1.2.1 (its steps on page 3)."""
    book = HandSheets(3)
    book.page(
        SHEET,
        [
            heading("Axe 1 :"),
            heading("1.1 Objectif stratégique : Dynamiser l'économie circulaire", 2),
            empty(),
            heading("FICHE 1.1.1"),
            heading("Objectif opérationnel : Expérimenter un projet", 2),
            empty(),
            field("Contexte", "Une opération test est menée sur le territoire."),
            field("Indicateurs", "Nombre d'entreprises engagées"),
            empty(),
            heading("Modalités de mise en oeuvre", 1),
            step(STEPS_HEADER),
            step(
                (
                    "Lancer une phase test",
                    "Auditer vingt entreprises.",
                    "2019",
                    "18000",
                    "GACdG",
                    "CCI du Gers",
                )
            ),
            step(
                ("Définir une stratégie", "Choisir les filières.", "2020", "5000", "GACdG", "ADEME")
            ),
            empty(),
            heading("FICHE 1.1.2"),
            heading("Objectif opérationnel : Etendre l'expérimentation", 2),
            empty(),
            field("Contexte", "Un réseau des acteurs locaux."),
            empty(),
            heading("Modalités de mise en oeuvre", 1),
            step(STEPS_HEADER),
            step(
                (
                    "Faire connaître la démarche",
                    "Des communications ciblées.",
                    "2020",
                    "12",
                    "GACdG",
                    "Chambres consulaires",
                )
            ),
        ],
        first_row=1,
    )
    book.page(
        SHEET,
        [
            step(
                (
                    "Animer le réseau",
                    "Deux rencontres par an.",
                    "2021",
                    "7500",
                    "GACdG",
                    "CCI du Gers",
                )
            ),
            empty(),
            heading("1.2"),
            heading("Objectif stratégique : Inscrire les enjeux climat", 2),
            empty(),
            heading("FICHE 1.2.1"),
            heading("Objectif opérationnel : Finaliser l'Atlas", 2),
            empty(),
            field("Contexte", "L'Atlas recense la faune et la flore."),
            field("Publics cibles", "Communes et aménageurs"),
            empty(),
            heading("Modalités de mise en oeuvre", 1),
            step(STEPS_HEADER),
            step(("Impliquer les publics", "Des animations.", "2019", "50000", "GACdG", "LPO")),
        ],
        first_row=23,
    )
    book.page(
        SHEET,
        [
            step(("Créer un espace internet", "Un site dédié.", "2020", "3000", "GACdG", "")),
            empty(),
            heading("FICHE 1.2.2 Créer un observatoire", 2),
            empty(),
        ],
        first_row=37,
    )
    return book.save()


def test_row_numbers_and_column_letters_are_no_text(monkeypatch: pytest.MonkeyPatch) -> None:
    data = _sheet()
    for engine in ENGINES:
        monkeypatch.setenv(ENGINE_ENV, engine)
        doc = parse_action_plan(data, "plans/feuille_entetes.pdf", "e" * 64)
        actions = {a.action_code: a for a in doc.actions}
        assert sorted(actions) == ["1.1.1", "1.1.2", "1.2.1", "1.2.2"], engine
        assert actions["1.1.1"].title == "Expérimenter un projet", engine
        assert actions["1.1.2"].title == "Etendre l'expérimentation", engine
        assert actions["1.2.1"].strategic_objective_code == "1.2", engine
        assert actions["1.1.1"].context == "Une opération test est menée sur le territoire."
        assert actions["1.1.1"].indicators == ["Nombre d'entreprises engagées"], engine
        assert actions["1.2.1"].target_audiences == ["Communes et aménageurs"], engine
        steps = [
            (s.action_id.rsplit(":", 1)[-1], s.step, s.planning_label, s.budget_eur, s.owner)
            for s in doc.steps
        ]
        assert steps == [
            ("1.1.1", "Lancer une phase test", "2019", 18000.0, "GACdG"),
            ("1.1.1", "Définir une stratégie", "2020", 5000.0, "GACdG"),
            ("1.1.2", "Faire connaître la démarche", "2020", 12.0, "GACdG"),
            ("1.1.2", "Animer le réseau", "2021", 7500.0, "GACdG"),
            ("1.2.1", "Impliquer les publics", "2019", 50000.0, "GACdG"),
            ("1.2.1", "Créer un espace internet", "2020", 3000.0, "GACdG"),
        ], engine
        assert [s.partners for s in doc.steps][3] == ["CCI du Gers"], engine


def _word(x0: float, top: float, text: str, size: float = 7.0) -> dict[str, Any]:
    return {
        "x0": x0,
        "x1": x0 + 0.6 * size * len(text),
        "top": top,
        "bottom": top + size,
        "size": size,
        "text": text,
    }


class _Page:
    """A page drawing no rule: the headers are told by their words alone."""

    horizontal_edges: list[dict[str, Any]] = []
    vertical_edges: list[dict[str, Any]] = []


def _band(letters: str, top: float = 40.0) -> list[dict[str, Any]]:
    return [_word(80.0 + 90.0 * k, top, letter) for k, letter in enumerate(letters.split())]


def _numbers(values: list[int], x: float = 30.0) -> list[dict[str, Any]]:
    return [_word(x, 52.0 + 14.0 * k, str(v)) for k, v in enumerate(values)]


def _cells(rows: int) -> list[dict[str, Any]]:
    return [_word(60.0, 52.0 + 14.0 * k, "Texte", 9.0) for k in range(rows)]


def test_headers_need_a_band_of_consecutive_letters_and_consecutive_row_numbers() -> None:
    words = _band("A B C D") + _numbers([60, 61, 62, 63]) + _cells(4)
    found = sheet_headers(words, _Page())
    assert found is not None
    assert [w["text"] for w in found.letters] == ["A", "B", "C", "D"]
    assert [w["text"] for w in found.numbers] == ["60", "61", "62", "63"]
    assert 30.0 + 0.6 * 7.0 * 2 < found.left < 60.0  # between the numbers and the cells
    assert 47.0 <= found.top <= 52.0
    # a steps table's « N° » column under a row of labels, no letter band: kept
    labels = [_word(80.0 + 90.0 * k, 40.0, t) for k, t in enumerate(("Etape", "Porteur"))]
    assert (
        sheet_headers([_word(30.0, 40.0, "N°"), *labels, *_numbers([1, 2, 3]), *_cells(3)], _Page())
        is None
    )
    # numbers out of sequence (a column of amounts, of years), letters out of sequence: kept
    assert sheet_headers(_band("A B C D") + _numbers([1, 2, 4, 5]) + _cells(4), _Page()) is None
    assert sheet_headers(_band("A C D F") + _numbers([1, 2, 3, 4]) + _cells(4), _Page()) is None
    # letters set close together (a word spaced out, « A B C »): no band
    close = [_word(80.0 + 6.0 * k, 40.0, letter) for k, letter in enumerate("ABCD")]
    assert sheet_headers(close + _numbers([1, 2, 3, 4]) + _cells(4), _Page()) is None
    # other text in the numbers' column (a first column of the table holding text): kept
    mixed = _band("A B C") + _numbers([1, 2, 3]) + [_word(31.0, 59.0, "Total")] + _cells(3)
    assert sheet_headers(mixed, _Page()) is None


def test_column_letters_count_on_past_z() -> None:
    assert [column_index(c) for c in ("A", "I", "Z", "AA", "AB")] == [1, 9, 26, 27, 28]
    words = _band("Y Z AA AB") + _numbers([7, 8, 9]) + _cells(3)
    found = sheet_headers(words, _Page())
    assert found is not None and [w["text"] for w in found.letters] == ["Y", "Z", "AA", "AB"]
