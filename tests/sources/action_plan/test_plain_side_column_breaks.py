"""A side column of fields marked by whitespace alone, its labels in the values' own face (NOT
bold), going on past a page break beside a steps table that goes on too (Chromium, A4
landscape: :mod:`tests.generators.plain_label_plans` ``aside_break_html``): the indicators
begun at the first page's foot go on at the second page's top, unlabelled, beside the table's
rows, and the last fields follow there. A short column of three plain-label fields (the next
fiche's page) is found too: its labels open blocks though no wider gap sets them off
(sources.pdf.flow ``_beside_panel`` with ``label_tops``). Negative cases: without the
vocabulary the column is text; labels level with the rows beside them are a table's rows."""

from __future__ import annotations

from sources.action_plan import parse_action_plan
from sources.action_plan.line_kinds import _is_stop
from sources.pdf.content import Line
from sources.pdf.flow import gutter_columns
from tests.generators import plain_label_plans as plans
from tests.sources.pdf.test_side_columns import _line

OBJECTIVE = "Réduire de 40 % les consommations d'ici 2030."


def test_a_plain_label_side_column_going_on_past_the_page_break() -> None:
    doc = parse_action_plan(plans.fixture("aside_break_html"), "plans/aside.pdf", "0" * 64)
    assert [a.action_code for a in doc.actions] == ["2.1.1", "2.1.2"]
    first, second = doc.actions
    assert first.context == plans.BREAK_CONTEXT
    assert first.expected_results == OBJECTIVE
    assert first.indicators == plans.BREAK_INDICATORS  # 42, over both pages
    assert first.indicators[-1] == "Toiture (le foyer rural)"
    assert first.target_audiences == ["Communes et intercommunalité"]
    assert first.regulatory_links == ["Réduction des consommations d'énergie"]
    first_steps = [s for s in doc.steps if s.action_id.endswith("2.1.1")]
    assert len(first_steps) == 16
    assert [(s.page, s.planning_label, s.budget_label) for s in first_steps[8:10]] == [
        (1, "2023-2025", "9500"),
        (2, "2024", "10500"),
    ]
    assert first_steps[-1].step == "Étape 16 : Publier le bilan"
    assert (second.context, second.indicators) == (None, [])
    assert second.expected_results == OBJECTIVE
    assert second.target_audiences == ["Communes et intercommunalité"]
    assert second.regulatory_links == ["Réduction des consommations d'énergie"]
    assert [s.step for s in doc.steps if s.action_id.endswith("2.1.2")] == [
        "Étape 1 : Inventorier le patrimoine",
        "Étape 2 : Auditer les écoles",
    ]


FIELDS = [
    ("Objectifs et résultats attendus", "Réduire de 40 % les consommations."),
    ("Publics cibles", "Communes et intercommunalité"),
    ("Liens avec les objectifs réglementaires", "Réduction des consommations"),
]


def _short_column(level_rows: bool = False) -> list[Line]:
    """A heading, then three plain labels (x 40) each 10.9 pt over its value, a field every
    24 pt (a field's gap hardly wider than a label's), beside a steps table (x 309–780): its
    lines every 12 pt from 56 pt, or (``level_rows``) rows of two lines starting level with
    each label."""
    lines = [_line(36.0, (40, 340, "FICHE 2.1.2 Accompagner les communes"), bold=True)]
    for k, (label, value) in enumerate(FIELDS):
        top = 60.0 + 24 * k
        lines.append(_line(top, (40, 40 + 4.5 * len(label), label)))
        lines.append(_line(top + 10.9, (40, 40 + 4.5 * len(value), value)))
    tops = (
        [60.0 + 24 * k + d for k in range(3) for d in (0.0, 10.0)]
        if level_rows
        else [56.0 + 12 * n for n in range(7)]
    )
    for n, top in enumerate(tops):
        lines.append(
            _line(top, (309, 345, f"Étape {n}"), (370, 525, "Une action"), (735, 780, "2021"))
        )
    return sorted(lines, key=lambda ln: ln.top)


def test_a_short_plain_label_column_opens_a_block_at_each_label() -> None:
    split = gutter_columns(_short_column(), [], _is_stop)
    assert split is not None and split.panel_left is True
    assert 40 + 4.5 * len(FIELDS[2][0]) < split.gutter < 309.0


def test_without_the_vocabulary_the_short_column_is_text() -> None:
    assert gutter_columns(_short_column(), []) is None


def test_labels_level_with_the_rows_beside_them_are_a_table() -> None:
    assert gutter_columns(_short_column(level_rows=True), [], _is_stop) is None
