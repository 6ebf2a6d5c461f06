"""Action-plan PDFs: every generated layout must come back exactly as specified.

"landscape" is treated as held-out: the parser was never tuned on it (different column order,
no repeated table header, label-above-value fields), so it checks the parser is general.
"""

from __future__ import annotations

import io
import random
from functools import cache

import pytest

from demo.action_plan_pdf import build_action_plan_pdf
from demo.plan_random import random_plan_spec
from demo.plan_spec import PlanSpec
from sources.action_plan import looks_like_action_plan, parse_action_plan
from sources.errors import InputRejected
from sources.pdf.content import Line, Segment
from sources.records import ActionPlanDocument

SHA = "0123456789abcdef" * 4
TERRITORY = "Communauté d'agglomération du Val de Lys"


@cache
def _case(layout: str, seed: int) -> tuple[PlanSpec, ActionPlanDocument, bytes]:
    spec = random_plan_spec(random.Random(seed), TERRITORY, 8)
    data = build_action_plan_pdf(spec, layout)
    return spec, parse_action_plan(data, f"plans/{layout}.pdf", SHA), data


def _assert_matches(spec: PlanSpec, doc: ActionPlanDocument) -> None:
    assert doc.territory_name == TERRITORY
    assert doc.plan_type == "PCAET"
    assert [a.action_code for a in doc.actions] == [a.code for a in spec.actions()]
    got = {a.action_code: a for a in doc.actions}
    for expected in spec.actions():
        action = got[expected.code]
        objective, axis = spec.objective_of(expected.code), spec.axis_of(expected.code)
        assert action.action_id == f"{SHA[:12]}:{expected.code}"
        assert action.title == expected.title
        assert action.has_body is expected.has_body
        assert action.strategic_objective_code == objective.code  # "1,4" is read as "1.4"
        assert action.axis == axis.title
        if not expected.has_body:
            assert action.context is None and action.indicators == []
            assert any(
                i.message == f"Fiche {expected.code} listée au sommaire mais absente du document"
                and i.severity == "warning"
                for i in doc.issues
            )
            continue
        assert action.page == expected.page
        assert action.strategic_objective == objective.label
        assert action.context == expected.context
        assert action.expected_results == expected.expected_results
        assert action.indicators == expected.indicators
        assert action.target_audiences == expected.target_audiences
        assert action.regulatory_links == expected.regulatory_links
        assert action.total_budget_eur == expected.total_budget_eur
        assert action.total_etp == expected.total_etp
        assert (action.start_year, action.end_year) == (expected.start_year, expected.end_year)
        assert action.owners == expected.owners
        steps = [s for s in doc.steps if s.action_id == action.action_id]
        assert len(steps) == len(expected.steps), [s.step for s in steps]
        assert [s.step_no for s in steps] == list(range(1, len(steps) + 1))
        for step, want in zip(steps, expected.steps, strict=True):
            assert step.step == want.step
            assert step.description == want.description
            assert step.planning_label == want.planning_label
            assert (step.start_year, step.end_year, step.open_ended) == (
                want.start_year,
                want.end_year,
                want.open_ended,
            )
            assert step.budget_label == want.budget_label
            assert step.budget_eur == want.budget_eur
            assert step.budget_eur_per_year == want.budget_eur_per_year  # « €/an » (issue 22)
            assert (step.funded, step.internal, step.etp) == (want.funded, want.internal, want.etp)
            assert step.owner == want.owner  # forward-filled from merged / blank cells
            assert step.partners == want.partners
            assert step.page >= action.page
            assert step.source_file == action.source_file


@pytest.mark.parametrize("layout", ["table", "paragraph", "grid"])
def test_layouts_round_trip(layout: str) -> None:
    spec, doc, _ = _case(layout, 3)
    _assert_matches(spec, doc)


def test_landscape_held_out() -> None:
    spec, doc, _ = _case("landscape", 4)
    _assert_matches(spec, doc)


def test_long_tables_continue_across_pages_without_duplicates() -> None:
    spec, doc, _ = _case("grid", 3)
    long_actions = [a for a in spec.actions() if len(a.steps) >= 7]
    assert long_actions, "the seed must contain a table running over a page break"
    for expected in long_actions:
        steps = [s for s in doc.steps if s.action_id.endswith(":" + expected.code)]
        assert len(steps) == len(expected.steps)
        assert len({s.step for s in steps}) == len(steps)
        assert max(s.page for s in steps) > expected.page


def test_specific_values_table_layout() -> None:
    spec, doc, _ = _case("table", 3)
    missing = [a for a in doc.actions if not a.has_body]
    assert len(missing) == 1
    assert missing[0].total_budget_eur is None and missing[0].owners == []
    budgets = {s.budget_label: s.budget_eur for s in doc.steps}
    for label, value in budgets.items():
        if label and label.lower() in ("à définir", "a définir", "nc"):
            assert value is None
        if label and label.lower() == "interne":
            assert value == 0.0


def test_looks_like_action_plan() -> None:
    _, _, data = _case("table", 3)
    from sources.detect import pdf_head_text

    assert looks_like_action_plan(pdf_head_text(data)) >= 0.6
    assert looks_like_action_plan("Compte rendu du conseil municipal du 3 mars") < 0.3
    assert looks_like_action_plan("") == 0.0


def _pdf(draw: str, **kwargs: object) -> bytes:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, **kwargs)  # type: ignore[arg-type]
    if draw == "text":
        c.drawString(72, 720, "FICHE 1.1.1 Objectif opérationnel : test")
    else:
        c.rect(72, 500, 200, 200, fill=1)
    c.save()
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("data", "code", "words"),
    [
        (b"%PDF-1.4\n1 0 obj <<>> garbage", "corrupt_pdf", "illisible"),
        (b"not a pdf at all", "corrupt_pdf", "illisible"),
        (_pdf("text", encrypt="secret"), "encrypted", "mot de passe"),
        (_pdf("rect"), "no_text_layer", "sans couche texte"),
    ],
)
def test_rejections(data: bytes, code: str, words: str) -> None:
    with pytest.raises(InputRejected) as info:
        parse_action_plan(data, "plans/x.pdf", SHA)
    assert info.value.code == code
    assert words in info.value.reason


def test_truncated_pdf_is_rejected() -> None:
    _, _, data = _case("paragraph", 3)
    with pytest.raises(InputRejected) as info:
        parse_action_plan(data[: len(data) // 3], "plans/x.pdf", SHA)
    assert info.value.code == "corrupt_pdf"


def test_field_labels_in_capitals_small_capitals_or_letter_spaced() -> None:
    """A label is recognised whatever its case (capitals, small capitals read as capitals)
    and when letter-spaced (each letter read as a word); four letters that spell no label
    are no label."""
    from sources.action_plan.labels import _field_key

    assert _field_key("OBJECTIFS ET RÉSULTATS ATTENDUS") == "expected_results"
    assert _field_key("C O N T E X T E") == "context"
    assert _field_key("P U B L I C S  C I B L E S") == "target_audiences"
    assert _field_key("A B C D") is None


def test_steps_heading_naming_its_sheet_ends_the_fields() -> None:
    """A steps table's caption « Modalités de mise en oeuvre — FICHE 1.1.2 » (the heading
    followed by the sheet it belongs to) is the steps heading, as the heading alone is; the
    heading followed by other words is none (a field's text)."""
    from sources.action_plan.line_kinds import _classify
    from sources.pdf.content import Line, Segment

    def kind(text: str) -> str | None:
        seg = Segment(46.0, 300.0, text, True, [(46.0, 300.0, text)])
        found = _classify(Line(1, 100.0, 109.0, 46.0, 300.0, 9.0, True, [seg]))
        return found.kind if found else None

    assert kind("Modalités de mise en oeuvre") == "impl"
    assert kind("Modalités de mise en oeuvre — FICHE 1.1.2") == "impl"
    assert kind("Mise en œuvre (fiche action n° 3)") == "impl"
    assert kind("Modalités de mise en oeuvre : action 2.1") == "impl"
    assert kind("Modalités de mise en oeuvre du réseau") is None
    assert kind("Modalités de mise en oeuvre — FICHE 1.1.2 et suivantes") is None


def test_fields_as_two_label_value_pairs_per_row_are_read_pair_by_pair() -> None:
    """A fields table with two label/value pairs side by side (« Contexte | … | Objectifs et
    résultats | … »): each row read left pair then right pair (an empty left value included);
    a row cut by a page break keeps its right pair until the rest of the left cell, at the top
    of the next page, has been read. Other lines are left alone."""
    from sources.action_plan.line_kinds import PairedFields
    from sources.pdf.content import Line, Segment

    def line(page: int, top: float, band: int | None, *segs: tuple[float, str]) -> Line:
        parts = [Segment(x, x + 100, t, False, [(x, x + 100, t)]) for x, t in segs]
        return Line(page, top, top + 8, parts[0].x0, parts[-1].x1, 8.0, False, parts, band)

    page1 = [
        line(
            1,
            100,
            6,
            (36, "Contexte"),
            (167, "Sur la base"),
            (298, "Objectifs et résultats"),
            (428, "Des démarches"),
        ),
        line(1, 110, 6, (167, "du premier"), (298, "attendus"), (428, "d'ici 2030.")),
        line(1, 120, 6, (167, "travail.")),
        line(
            1,
            131,
            7,
            (36, "Prise en compte de l'EES"),
            (298, "Liens avec les objectifs"),
            (428, "Réduction des émissions de GES"),
        ),
        line(1, 141, 7, (298, "réglementaires"), (428, "Adaptation")),
    ]
    pairs = PairedFields()
    got = [(ln.top, ln.text) for ln in pairs(page1)]
    assert got == [
        (100, "Contexte Sur la base"),
        (110, "du premier"),
        (120, "travail."),
        (100, "Objectifs et résultats Des démarches"),
        (110, "attendus d'ici 2030."),
        (131, "Prise en compte de l'EES"),
    ]
    assert [ln.text for ln in pairs.flush()] == [
        "Liens avec les objectifs Réduction des émissions de GES",
        "réglementaires Adaptation",
    ]
    # a row cut by the page break: the left cell goes on at the top of the next page
    pairs = PairedFields()
    assert [ln.text for ln in pairs(page1[:2])] == ["Contexte Sur la base", "du premier"]
    page2 = [
        line(2, 40, 1, (167, "suite du contexte.")),
        line(
            2, 60, 2, (36, "Indicateurs"), (167, "Nombre"), (298, "Publics cibles"), (428, "Elus")
        ),
        line(2, 80, 3, (36, "Modalités de mise en oeuvre")),
    ]
    assert [ln.text for ln in pairs(page2)] == [
        "suite du contexte.",
        "Objectifs et résultats Des démarches",
        "attendus d'ici 2030.",
        "Indicateurs Nombre",
        "Publics cibles Elus",
        "Modalités de mise en oeuvre",
    ]
    # one label/value pair per line: unchanged
    plain = [
        line(1, 100, None, (36, "Contexte"), (167, "Sur la base")),
        line(1, 110, None, (167, "Objectifs et résultats")),
    ]
    assert PairedFields()(plain) == plain


def _line(page: int, top: float, *segs: tuple[float, str], size: float = 9.0) -> Line:
    """A line of hand-placed segments (each about 5 pt a letter wide)."""
    parts = [Segment(x, x + 5 * len(t), t, False, [(x, x + 5 * len(t), t)]) for x, t in segs]
    return Line(page, top, top + size, parts[0].x0, parts[-1].x1, size, False, parts)


def test_steps_printed_as_stacked_records_are_read_as_rows() -> None:
    """Steps printed as stacked records (a responsive table on a narrow page, a card
    template): each line « column label | value », the labels at one left edge and the values
    at one value edge, a value wrapping on lines at the value edge, an empty cell keeping its
    label alone. A label coming again starts the next step; the run becomes a steps table and
    the lines around it are left alone."""
    from sources.action_plan.stacked import StackedSteps

    label, value = 48.0, 247.0
    lines = [
        _line(1, 60, (43, "Modalités de mise en oeuvre")),
        _line(1, 80, (label, "Etape"), (value, "Faire connaître la démarche")),
        _line(1, 91, (value, "d'économie circulaire")),
        _line(1, 106, (label, "Descriptif"), (value, "Communications ciblées")),
        _line(1, 122, (label, "Planification"), (value, "2019")),
        _line(1, 138, (label, "Ressources à mobiliser"), (value, "50\u202f000")),
        _line(1, 154, (label, "Porteur :"), (value, "GACdG")),
        _line(1, 170, (label, "Partenaires envisagés")),  # empty cell, label kept
        _line(1, 190, (label, "Etape"), (value, "Définir une stratégie")),
        _line(1, 206, (label, "Descriptif")),
        _line(1, 222, (label, "Planification"), (value, "2020 et +")),
        _line(1, 238, (label, "Porteur"), (value, "opérateur")),
        _line(1, 260, (52, "FICHE 1.1.2")),
    ]
    left, blocks = StackedSteps()(lines, 1)
    assert [ln.text for ln in left] == ["Modalités de mise en oeuvre", "FICHE 1.1.2"]
    assert len(blocks) == 1 and blocks[0].top == 80 and not blocks[0].open_at_bottom
    assert [(r.top, r.cells) for r in blocks[0].rows] == [
        (
            80,
            {
                "step": "Faire connaître la démarche d'économie circulaire",
                "description": "Communications ciblées",
                "planning": "2019",
                "budget": "50\u202f000",
                "owner": "GACdG",
                "partners": "",
            },
        ),
        (
            190,
            {
                "step": "Définir une stratégie",
                "description": "",
                "planning": "2020 et +",
                "owner": "opérateur",
            },
        ),
    ]


def test_stacked_step_cut_by_a_page_break_is_completed_on_the_next_page() -> None:
    """A stacked step reaching the page bottom is kept until the next page: its value wrapped
    over the break and its other cells at the top of the next page complete it (one step, not
    two); a step ending right at the page bottom is given when the next page starts with
    something else, or at the end."""
    from sources.action_plan.stacked import StackedSteps

    label, value = 48.0, 247.0
    stacked = StackedSteps()
    page1 = [
        _line(1, 700, (label, "Etape"), (value, "Lancer une phase test")),
        _line(1, 716, (label, "Descriptif"), (value, "Les actions à développer")),
        _line(1, 727, (label, "Planification"), (value, "2019")),
        _line(1, 743, (label, "Porteur"), (value, "GACdG")),
        _line(1, 770, (label, "Etape"), (value, "Faire connaître")),
        _line(1, 786, (label, "Descriptif"), (value, "Communications ciblées quant")),
    ]
    left, blocks = stacked(page1, 1)
    assert left == []
    assert [b.open_at_bottom for b in blocks] == [True]
    assert [r.cells["step"] for r in blocks[0].rows] == ["Lancer une phase test"]
    page2 = [
        _line(2, 40, (value, "aux intérêts multiples")),
        _line(2, 56, (label, "Planification"), (value, "2020")),
        _line(2, 72, (label, "Porteur"), (value, "GACdG")),
        _line(2, 90, (label, "Etape"), (value, "Définir une stratégie")),
        _line(2, 106, (label, "Descriptif"), (value, "Sur la base du potentiel")),
    ]
    left, blocks = stacked(page2, 2)
    assert left == [] and [b.page for b in blocks] == [2]
    assert [(r.page, r.top, r.cells) for r in blocks[0].rows] == [
        (
            1,
            770,
            {
                "step": "Faire connaître",
                "description": "Communications ciblées quant aux intérêts multiples",
                "planning": "2020",
                "owner": "GACdG",
            },
        )
    ]
    # the last step, ending at the page bottom, comes with the next page's first line
    left, blocks = stacked([_line(3, 40, (52, "FICHE 1.1.4"))], 3)
    assert [ln.text for ln in left] == ["FICHE 1.1.4"]
    assert [(b.page, b.top, [r.cells["step"] for r in b.rows]) for b in blocks] == [
        (3, 0.0, ["Définir une stratégie"])
    ]
    assert stacked.flush() == []


def test_label_value_lines_that_are_no_stacked_steps_are_left_alone() -> None:
    """Lines starting with a column word are no stacked steps unless the run names a step
    and two detail columns (fields « Porteur | … » / « Calendrier | … » without a step), its
    labels stand at one edge with their values at one edge, and a label is short (a
    sentence starting with « Action » is text)."""
    from sources.action_plan.stacked import StackedSteps, record_label

    fields = [
        _line(1, 100, (48, "Porteur"), (247, "GACdG")),
        _line(1, 116, (48, "Calendrier"), (247, "2020")),
        _line(1, 132, (48, "Budget"), (247, "5 000 €")),
    ]
    assert StackedSteps()(fields, 1) == (fields, [])
    misaligned = [
        _line(1, 100, (48, "Etape"), (247, "Lancer")),
        _line(1, 116, (48, "Planification"), (300, "2020")),
        _line(1, 132, (48, "Porteur"), (247, "GACdG")),
    ]
    assert StackedSteps()(misaligned, 1)[1] == []
    assert (
        record_label(_line(1, 100, (48, "Action de sensibilisation des élus du territoire")))
        is None
    )
    assert record_label(_line(1, 100, (48, "Etape"), (60, "1"))) is None  # no gap: one text
    assert record_label(_line(1, 100, (48, "Ressources à mobiliser :"))) == "budget"
    assert record_label(_line(1, 100, (48, "FICHE 1.1.2"))) is None


def test_field_line_broken_at_the_space_before_a_comma_keeps_it() -> None:
    """A field line starting with « , » and a space under a line of several words in a wide
    column was broken at the space the author wrote before the comma: the space stays. A
    word too wide for a narrow column, cut before its glued bracket, is still rejoined."""
    from sources.action_plan.sheets import _join_parts, _Part

    wide = [
        _Part(1, 100, 43, 552, "identifier des critères environnementaux pertinents"),
        _Part(1, 110, 43, 275, ", hiérarchiser ces critères."),
    ]
    assert (
        _join_parts(wide)
        == "identifier des critères environnementaux pertinents , hiérarchiser ces critères."
    )
    narrow = [
        _Part(1, 100, 300, 362, "participatives"),
        _Part(1, 110, 300, 305, ")"),
    ]
    assert _join_parts(narrow) == "participatives)"
    cell = [
        _Part(1, 100, 300, 410, "actions participatives"),
        _Part(1, 110, 300, 380, ", suite du texte"),
    ]
    assert _join_parts(cell) == "actions participatives, suite du texte"


def test_stacked_label_wrapped_in_a_narrow_label_column() -> None:
    """A stacked label wrapped in a narrow label column (« Ressources à » / « mobiliser »,
    with or without the value going on beside it) stays one label of one cell; a line at
    the labels' edge that does not go on the label ends the run."""
    from sources.action_plan.stacked import StackedSteps

    label, value = 40.0, 120.0
    lines = [
        _line(1, 80, (label, "Etape"), (value, "Définir une stratégie")),
        _line(1, 96, (label, "Ressources à"), (value, "5 000 €")),
        _line(1, 107, (label, "mobiliser"), (value, "(financé)")),
        _line(1, 122, (label, "Partenaires"), (value, "communes,")),
        _line(1, 133, (label, "envisagés"), (value, "associations")),
        _line(1, 148, (label, "Porteur"), (value, "GACdG")),
        _line(1, 164, (label, "Mairie de la commune")),
    ]
    left, blocks = StackedSteps()(lines, 1)
    assert [ln.text for ln in left] == ["Mairie de la commune"]
    assert [r.cells for r in blocks[0].rows] == [
        {
            "step": "Définir une stratégie",
            "budget": "5 000 € (financé)",
            "partners": "communes, associations",
            "owner": "GACdG",
        }
    ]


def _text_line(
    page: int, top: float, *segs: tuple[float, str], size: float = 10.0, bold: bool = False
) -> Line:
    """A line of hand-placed segments, each word 5 pt a letter wide, a space 5 pt."""
    parts = []
    for x, text in segs:
        words, at = [], x
        for word in text.split():
            words.append((at, at + 5 * len(word), word))
            at += 5 * len(word) + 5
        parts.append(Segment(x, words[-1][1], text, bold, words))
    return Line(page, top, top + size, parts[0].x0, parts[-1].x1, size, bold, parts)


def test_steps_written_as_a_numbered_list_with_labelled_pairs() -> None:
    """Under the steps heading, a numbered item opens a step (its name the bold first line,
    wrapped or not), the lines at its text edge are its description (a numbered sub-list
    « 1) » included), and a paragraph of « Label : valeur » pairs naming steps columns gives
    its other cells: pairs cut at a dash, a semicolon or a bullet, a value or a label wrapped
    over two lines, an empty value, pairs in any order; a heading ends the list."""
    from sources.action_plan.step_list import ListedSteps

    num, text = 57.0, 78.0
    lines = [
        _text_line(1, 40, (num, "Modalités de mise en oeuvre"), size=11, bold=True),
        _text_line(1, 60, (num, "1."), (text, "Lancer une phase test"), bold=True),
        _text_line(1, 73, (text, "Les actions sont les suivantes :")),
        _text_line(1, 86, (text, "1) Organiser des rencontres")),
        _text_line(1, 99, (text, "2) Animer le réseau")),
        _text_line(
            1,
            112,
            (text, "Planification : 2019 - 2020 — Ressources à mobiliser : 18000 — Porteur :"),
            size=9,
        ),
        _text_line(1, 122, (text, "GACdG : Service déchets — Partenaires"), size=9),
        _text_line(1, 132, (text, "envisagés : Chambre du Commerce"), size=9),
        _text_line(1, 150, (num, "2."), (text, "Définir une stratégie pour le"), bold=True),
        _text_line(1, 163, (text, "territoire"), bold=True),
        _text_line(
            1, 176, (text, "Porteur : opérateur ; Partenaires : ; Planification : 2021"), size=9
        ),
        _text_line(1, 195, (num, "3."), (text, "Evaluer"), bold=True),
        _text_line(1, 208, (text, "Bilan des actions menées.")),
        _text_line(1, 221, (text, "Calendrier : 2022 • Budget : interne"), size=9),
        _text_line(1, 245, (num, "1.3"), size=13, bold=True),
    ]
    left, blocks = ListedSteps()(lines, 1)
    assert [ln.text for ln in left] == ["Modalités de mise en oeuvre", "1.3"]
    assert len(blocks) == 1 and (blocks[0].page, blocks[0].top) == (1, 60)
    assert [(r.page, r.top, r.cells) for r in blocks[0].rows] == [
        (
            1,
            60,
            {
                "step": "Lancer une phase test",
                "description": "Les actions sont les suivantes :\n1) Organiser des rencontres\n"
                "2) Animer le réseau",
                "planning": "2019 - 2020",
                "budget": "18000",
                "owner": "GACdG : Service déchets",
                "partners": "Chambre du Commerce",
            },
        ),
        (
            1,
            150,
            {
                "step": "Définir une stratégie pour le territoire",
                "description": "",
                "owner": "opérateur",
                "partners": "",
                "planning": "2021",
            },
        ),
        (
            1,
            195,
            {
                "step": "Evaluer",
                "description": "Bilan des actions menées.",
                "planning": "2022",
                "budget": "interne",
            },
        ),
    ]


def test_labelled_pairs_of_a_steps_line() -> None:
    """« Label : valeur » pairs: cut only where a steps-column label and its colon follow a
    separator or a line break (pairs on lines of their own), so a dash, a colon or a line
    break inside a value stays in it; a label alone or a sentence is no pair."""
    from sources.action_plan.step_list import labelled_pairs, pair_key

    assert labelled_pairs("Planification : 2020\nRessources : 5 000 €\nPorteur : GACdG") == [
        ("planning", "2020"),
        ("budget", "5 000 €"),
        ("owner", "GACdG"),
    ]
    assert labelled_pairs("Porteur : élus, services —\nPartenaires envisagés :") == [
        ("owner", "élus, services"),
        ("partners", ""),
    ]
    assert labelled_pairs("Partenaires : communes,\narchitectes – Délai : 2021-2022") == [
        ("partners", "communes, architectes"),
        ("planning", "2021-2022"),
    ]
    assert labelled_pairs("Les actions à développer sont les suivantes :") is None
    assert labelled_pairs("Sur la base du travail : Porteur : GACdG") is None
    assert pair_key("Ressources à mobiliser : 5000") == "budget"
    assert pair_key("Porteur") is None  # no colon
    assert pair_key("N° : 3") is None


def test_list_of_steps_cut_by_a_page_break_goes_on_on_the_next_page() -> None:
    """A list of steps reaching the page bottom is kept until the next page: the last
    step's description and pairs at the top of the next page complete it (one step); the
    list is given when the next page starts with something else, or at the end."""
    from sources.action_plan.step_list import ListedSteps

    num, text = 57.0, 78.0
    listed = ListedSteps()
    page1 = [
        _text_line(1, 700, (num, "Modalités de mise en oeuvre"), size=11, bold=True),
        _text_line(1, 720, (num, "1."), (text, "Elaborer la charte"), bold=True),
        _text_line(1, 733, (text, "Compiler les pratiques."), bold=False),
        _text_line(1, 746, (text, "Planification : 2020 — Porteur : GACdG"), size=9),
        _text_line(1, 778, (num, "2."), (text, "Suivre la charte"), bold=True),
    ]
    left, blocks = listed(page1, 1)
    assert [ln.text for ln in left] == ["Modalités de mise en oeuvre"] and blocks == []
    page2 = [
        _text_line(2, 42, (text, "La charte pourrait évoluer.")),
        _text_line(2, 78, (text, "Planification : 2022 et + — Ressources : 5000"), size=9),
        _text_line(2, 100, (num, "FICHE 1.2.4"), size=13, bold=True),
    ]
    left, blocks = listed(page2, 2)
    assert [ln.text for ln in left] == ["FICHE 1.2.4"]
    assert [(b.page, b.top) for b in blocks] == [(2, 0.0)]
    assert [(r.page, r.top, r.cells) for r in blocks[0].rows] == [
        (
            1,
            720,
            {
                "step": "Elaborer la charte",
                "description": "Compiler les pratiques.",
                "planning": "2020",
                "owner": "GACdG",
            },
        ),
        (
            1,
            778,
            {
                "step": "Suivre la charte",
                "description": "La charte pourrait évoluer.",
                "planning": "2022 et +",
                "budget": "5000",
            },
        ),
    ]
    last = [
        _text_line(3, 700, (num, "Mise en oeuvre"), size=11, bold=True),
        _text_line(3, 720, (num, "1."), (text, "Former"), bold=True),
        _text_line(3, 733, (text, "Délai : 2021 ; Pilote : ADEME"), size=9),
    ]
    assert listed(last, 3) == (last[:1], [])
    left, blocks = listed.flush()
    assert left == [] and [r.cells["step"] for r in blocks[0].rows] == ["Former"]


def test_numbered_lists_that_are_no_steps_are_left_alone() -> None:
    """A numbered list stays text when it is not under the steps heading (a context or an
    objective field), or when none of its items carries pairs naming two detail columns."""
    from sources.action_plan.step_list import ListedSteps

    num, text = 57.0, 78.0
    in_a_field = [
        _text_line(1, 40, (num, "Contexte"), size=10.5, bold=True),
        _text_line(1, 60, (num, "1."), (text, "Réduire les déchets")),
        _text_line(1, 73, (text, "Porteur : GACdG — Calendrier : 2020"), size=9),
        _text_line(1, 86, (num, "2."), (text, "Trier")),
    ]
    assert ListedSteps()(in_a_field, 1) == (in_a_field, [])
    without_pairs = [
        _text_line(1, 40, (num, "Modalités de mise en oeuvre"), size=11, bold=True),
        _text_line(1, 60, (num, "1."), (text, "Lancer une phase test"), bold=True),
        _text_line(1, 73, (text, "Les actions à développer : rencontres.")),
        _text_line(1, 86, (text, "Porteur : GACdG")),
        _text_line(1, 99, (num, "2."), (text, "Définir une stratégie"), bold=True),
        _text_line(1, 120, (num, "Indicateurs"), size=10.5, bold=True),
    ]
    listed = ListedSteps()
    assert listed(without_pairs, 1) == (without_pairs, [])
    assert listed.flush() == ([], [])
