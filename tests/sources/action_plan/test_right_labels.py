"""Field labels printed right of their values (a right-to-left sheet): put first."""

from __future__ import annotations

from sources.action_plan.right_labels import labels_at_right
from sources.pdf.content import Line, Segment


def _line(top: float, *cells: tuple[float, float, str, bool]) -> Line:
    segments = [Segment(x0, x1, text, bold) for x0, x1, text, bold in cells]
    return Line(
        page=2,
        top=top,
        bottom=top + 5,
        x0=segments[0].x0,
        x1=segments[-1].x1,
        size=4.8,
        bold=all(s.bold for s in segments),
        segments=segments,
    )


def _rtl_page() -> list[Line]:
    # as Calc prints plan_xlsx_rebours: values from x 49, the labels' column at x 464
    return [
        _line(71, (49, 81, "FICHE 1.1.4", True)),
        _line(
            89,
            (49, 457, "L'ESS privilégie l'utilité sociale.", False),
            (464, 485, "Contexte", True),
        ),
        _line(95, (49, 437, "économie...). Les initiatives territoriales.", False)),
        _line(
            131, (49, 110, "Nombre de structures créées", False), (464, 490, "Indicateurs", True)
        ),
        _line(136, (49, 100, "Nombre d'emplois créés", False)),
        _line(
            145, (49, 131, "Entreprises, Associations", False), (464, 496, "Publics cibles", True)
        ),
        _line(153, (464, 521, "Prise en compte de l'EES", True)),
        _line(
            161,
            (49, 120, "Réduction des émissions de GES", False),
            (464, 517, "Liens avec les objectifs", True),
        ),
        _line(166, (49, 97, "Séquestration carbone", False), (464, 498, "réglementaires", True)),
        _line(171, (49, 130, "Maîtrise de la consommation d'énergie", False)),
    ]


def test_labels_at_the_right_are_put_first_their_wrapped_lines_too() -> None:
    out = labels_at_right(_rtl_page())
    firsts = [ln.segments[0].text for ln in out]
    assert firsts == [
        "FICHE 1.1.4",
        "Contexte",
        "économie...). Les initiatives territoriales.",
        "Indicateurs",
        "Nombre d'emplois créés",
        "Publics cibles",
        "Prise en compte de l'EES",
        "Liens avec les objectifs",
        "réglementaires",
        "Maîtrise de la consommation d'énergie",
    ]
    indicators = out[3]
    assert [s.text for s in indicators.segments] == ["Indicateurs", "Nombre de structures créées"]
    label, value = indicators.segments
    assert label.x1 == 43 and label.x1 - label.x0 == 26  # its width kept, left of the values
    assert (value.x0, value.x1) == (49, 110)  # the value where it was printed
    assert indicators.x0 == label.x0
    assert [s.text for s in out[8].segments] == ["réglementaires", "Séquestration carbone"]


def test_ordinary_fiche_and_lone_labels_untouched() -> None:
    # labels first (the usual fiche): nothing moves
    usual = [
        _line(89, (49, 100, "Contexte", True), (120, 500, "L'ESS privilégie.", False)),
        _line(131, (49, 100, "Indicateurs", True), (120, 300, "Nombre de structures", False)),
        _line(145, (49, 100, "Publics cibles", True), (120, 300, "Entreprises", False)),
        _line(160, (300, 400, "Texte", False), (464, 490, "Indicateurs", True)),
    ]
    assert labels_at_right(usual) == usual
    # two labels at the right are not yet a column of labels
    page = _rtl_page()[:5]
    assert labels_at_right(page) == page
    # a bold word at the label column that continues no label stays where it is
    page = [*_rtl_page()[:6], _line(180, (49, 90, "Texte", False), (464, 500, "Adaptation", True))]
    assert [s.text for s in labels_at_right(page)[-1].segments] == ["Texte", "Adaptation"]


def test_a_mark_before_each_label_is_no_value() -> None:
    # plan_odt_chapter: « ■ » before each label (its list style), the value under it
    page = [
        _line(483, (57, 63, "■", False), (70, 110, "Contexte", True)),
        _line(495, (71, 518, "L'agglomération mène une opération test.", False)),
        _line(589, (57, 63, "■", False), (70, 180, "Objectifs et résultats attendus", True)),
        _line(601, (71, 478, "Des démarches d'optimisations énergétiques.", False)),
        _line(617, (57, 63, "■", False), (70, 120, "Indicateurs", True)),
        _line(645, (57, 63, "■", False), (70, 125, "Publics cibles", True)),
    ]
    assert labels_at_right(page) == page


def test_one_whole_label_at_a_page_foot_is_put_first() -> None:
    # plan_docx_envers: a fields table cut by a page break, its first row alone at the foot
    page = [
        _line(71, (49, 81, "FICHE 1.1.1", True)),
        _line(
            89,
            (49, 457, "L'agglomération mène une opération test.", False),
            (464, 485, "Contexte", True),
        ),
        _line(95, (49, 437, "Une vingtaine d'entreprises représentatives.", False)),
    ]
    out = labels_at_right(page)
    assert [s.text for s in out[1].segments] == [
        "Contexte",
        "L'agglomération mène une opération test.",
    ]
    # a label's first words only (a wrapped label) are no whole label: nothing moved
    cut = [
        page[0],
        _line(
            89,
            (49, 457, "Réduction des émissions.", False),
            (464, 517, "Liens avec les objectifs", True),
        ),
    ]
    assert labels_at_right(cut) == cut
