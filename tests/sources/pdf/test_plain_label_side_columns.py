"""A side column of fields marked by whitespace alone whose labels are NOT bold
(sources.pdf.flow.gutter_columns with ``is_label``): labels in the values' own face, named by
the plan's field vocabulary, over their values. On a Chromium print
(:mod:`tests.generators.page_break_plans` ``plain_aside_html``: A4 landscape, fields in a narrow
left column beside the steps table) and on hand-placed lines; negative cases: a label-looking
sentence is no label, a column of labels alone (values beside it, small capitals wrapped) or of
plain text is no side column, nor is any plain column without a label vocabulary. A band found
lower on the page goes on up over the lines leaving its gutter free (``_up_to_gutter_top``)."""

from __future__ import annotations

from sources.action_plan import parse_action_plan
from sources.action_plan.line_kinds import _is_stop
from sources.pdf.content import Line
from sources.pdf.flow import gutter_columns
from tests.generators import page_break_plans as plans
from tests.sources.pdf.test_side_columns import _line

CONTEXT = (
    "Le patrimoine public est ancien et consomme beaucoup d'énergie ; les communes manquent de "
    "moyens pour engager des travaux."
)


def test_fields_with_regular_weight_labels_beside_the_steps_table() -> None:
    """Both fiches: every field read from the left column, the label-looking sentence under
    the context stays in the context (no « Publics cibles » field of its own), and the steps
    of the right column keep their values."""
    doc = parse_action_plan(plans.fixture("plain_aside_html"), "plans/aside.pdf", "0" * 64)
    assert [a.action_code for a in doc.actions] == ["2.1.1", "2.1.2"]
    for action in doc.actions:
        assert action.context == f"{CONTEXT}\n{plans.ASIDE_SENTENCE}"
        assert action.expected_results == "Réduire de 40 % les consommations d'ici 2030."
        assert action.indicators == ["Consommation annuelle des bâtiments publics (MWh)"]
        assert action.target_audiences == ["Communes et intercommunalité"]
        assert action.regulatory_links == ["Réduction des consommations d'énergie"]
    steps = [
        (s.action_id[-5:], s.step, s.planning_label, s.budget_label, s.owner) for s in doc.steps
    ]
    assert steps[:4] == [
        ("2.1.1", "Étape 1 : Inventorier le patrimoine", "2021", "1500", "Direction énergie"),
        ("2.1.1", "Étape 2 : Auditer les écoles", "2022", "2500", "Service urbanisme"),
        ("2.1.1", "Étape 3 : Prioriser les travaux", "2023-2025", "3500", "Syndicat d'énergie"),
        ("2.1.1", "Étape 4 : Chiffrer le programme", "2024", "interne", "Service bâtiments"),
    ]
    assert [s[0] for s in steps[4:]] == ["2.1.2"] * 3
    assert [s.partners for s in doc.steps[:2]] == [["Région Occitanie"], ["CAUE du Gers"]]


def _page(labels: list[tuple[str, list[str]]], *, bold: bool = False) -> list[Line]:
    """A heading over the full width, then a left column (x 42–258) of labels over value
    lines, beside a steps table (x 298–760) one row per 10 pt."""
    lines = [_line(36.0, (34, 400, "FICHE 1.1.1 Un essai"), bold=True)]
    top = 54.0
    for label, values in labels:
        lines.append(_line(top, (42, 42 + 5 * len(label), label), bold=bold))
        top += 10.0
        for value in values:
            lines.append(_line(top, (42, 42 + 4.5 * len(value), value)))
            top += 10.0
        top += 4.0
    for n in range(int((top - 54.0) / 10.0)):
        lines.append(
            _line(
                54.0 + 10 * n, (298, 360, f"Étape {n}"), (383, 540, "Auditer"), (565, 585, "2019")
            )
        )
    return sorted(lines, key=lambda ln: ln.top)


FIELDS = [
    ("Contexte", ["Une opération test est menée sur", "le territoire avec vingt entreprises."]),
    ("Indicateurs", ["Nombre d'entreprises engagées"]),
    ("Publics cibles", ["Entreprises du territoire"]),
]


def test_plain_labels_named_by_the_vocabulary_make_a_side_column() -> None:
    split = gutter_columns(_page(FIELDS), [], _is_stop)
    assert split is not None and split.panel_left is True
    assert 208.0 < split.gutter < 298.0  # between the longest value and the table
    assert 36.0 + 8.0 < split.top <= 54.0  # the heading over both columns stays above


def test_without_a_label_vocabulary_plain_labels_are_text() -> None:
    assert gutter_columns(_page(FIELDS), []) is None


def test_label_looking_sentences_are_no_labels() -> None:
    """« Publics cibles des actions précédentes… » and « Indicateurs de suivi : voir… » open
    sentences of a plain column: no label, no side column."""
    sentences = [
        ("Publics cibles des actions précédentes", ["Une opération test est menée sur"]),
        ("Indicateurs de suivi : voir le bilan", ["Nombre d'entreprises engagées"]),
        ("Une remarque générale", ["Entreprises du territoire"]),
    ]
    assert not _is_stop(_line(0.0, (42, 200, sentences[0][0])))
    assert gutter_columns(_page(sentences), [], _is_stop) is None


def test_a_column_of_labels_alone_is_no_side_column() -> None:
    """Labels in small capitals wrapped on two lines, their values beside them (a fields
    table's label column): the line under a label is the rest of a label, not a value."""
    labels = [
        ("CONTEXTE", []),
        ("OBJECTIFS ET RÉSULTATS", ["ATTENDUS"]),
        ("LIENS AVEC LES OBJECTIFS", ["RÉGLEMENTAIRES"]),
        ("Partenaires", ["envisagés"]),
    ]
    assert gutter_columns(_page(labels), [], _is_stop) is None


def _cut_run_page() -> list[Line]:
    """Fields (x 40–272) beside a steps table (x 306–796) whose wrapped header leaves a wide
    gap (« beaucoup d'énergie… » 267 | « mobiliser » 596) on one line: the widest candidate
    gutter, narrowed by the « Modalités » heading, closes at the first body row, and the run
    starts again there, under the context already set beside the header."""
    lines = [
        _line(36.0, (34, 400, "FICHE 1.1.1 Un essai sur deux colonnes"), bold=True),
        _line(50.0, (306, 469, "Modalités de mise en oeuvre"), bold=True),
        _line(56.0, (40, 76, "Contexte"), bold=True),
        _line(66.0, (40, 279, "Le patrimoine public est ancien et consomme")),
        _line(
            68.0,
            (309, 335, "Etape"),
            (370, 414, "Descriptif"),
            (535, 655, "Planification Ressources à"),
            (670, 704, "Porteur"),
            (729, 781, "Partenaires"),
        ),
        _line(
            76.0,
            (40, 267, "beaucoup d'énergie ; les communes manquent"),
            (596, 638, "mobiliser"),
            (729, 774, "envisagés"),
        ),
        _line(86.0, (40, 131, "de moyens.")),
    ]
    top = 92.0
    for label, values in [
        ("Objectifs", ["Réduire de 40 % d'ici 2030."]),
        ("Indicateurs", ["Consommation annuelle", "des bâtiments"]),
        ("Publics cibles", ["Communes"]),
        ("Liens", ["Réduction des émissions"]),
    ]:
        lines.append(_line(top + 4, (40, 40 + 5 * len(label), label), bold=True))
        top += 14
        for value in values:
            lines.append(_line(top, (40, 272, value)))
            top += 10
    for n in range(12):
        lines.append(
            _line(
                95.0 + 12 * n,
                (309, 345, f"Étape {n}"),
                (370, 525, "Une action décrite ici"),
                (535, 555, "2021"),
                (596, 616, "1500"),
                (670, 706, "Service"),
                (729, 796, "ADEME"),
            )
        )
    return sorted(lines, key=lambda ln: ln.top)


def test_a_band_found_lower_goes_on_up_over_the_lines_leaving_its_gutter_free() -> None:
    """The band holds the context beside the header (it would otherwise be read as level
    lines glued to the header's words); the heading across both columns stays above."""
    split = gutter_columns(_cut_run_page(), [])
    assert split is not None and split.panel_left is True
    assert 279.0 < split.gutter < 306.0
    assert 36.0 + 8.0 < split.top <= 50.0
    assert split.bottom > 230.0
