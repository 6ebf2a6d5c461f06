"""Back matter after the last fiche: a heading set larger than the fiche's heading ranks
above it and ends the fiche (sources.action_plan.parser._Parser._outranks_fiche), so a
glossary's « Indicateurs : définition » lines are no fields of it; at the top of the page a
steps table ran onto, such a heading opens a new section, never the table's rest
(sources.pdf.geometry_tables.section_heading)."""

from __future__ import annotations

from sources.pdf.content import Line, Segment


def _line(top: float, texts: list[tuple[float, str, bool]], size: float = 8.9) -> Line:
    segs = [Segment(x, x + 5.0 * len(t), t, b) for x, t, b in texts]
    return Line(9, top, top + size, segs[0].x0, segs[-1].x1, size, all(s.bold for s in segs), segs)


def _fields(
    glossary_size: float, glossary: str = "Glossaire", x: float = 43.0
) -> tuple[list[tuple[str, str]], bool]:
    from sources.action_plan.parser import _Parser
    from sources.records import ActionPlanDocument

    parser = _Parser("p.pdf", "a" * 64)
    heading = "FICHE 1.4.2 Objectif opérationnel : Mettre en œuvre une quantification carbone"
    parser.line(_line(100.0, [(43.0, heading, True)], size=11.4))
    parser.line(_line(120.0, [(43.0, "Contexte", True), (160.0, "Le critère Carbone.", False)]))
    parser.line(_line(140.0, [(43.0, "Indicateurs", True), (160.0, "t eq CO2 évitées", False)]))
    parser.line(_line(340.0, [(x, glossary, True)], size=glossary_size))
    parser.line(_line(370.0, [(43.0, "ABiC :", True), (155.0, "Atlas de la biodiversité", False)]))
    parser.line(_line(385.0, [(43.0, "Indicateurs :", True), (155.0, "Données chiffrées.", False)]))
    parser.line(_line(400.0, [(43.0, "Porteur :", True), (155.0, "Structure responsable.", False)]))
    ended = parser.sheet is None
    doc = ActionPlanDocument(None, "PLAN", 9)
    parser.finish(doc)
    sheet = parser.sheets[0]
    return [(f.key, " ".join(p.text for p in f.parts)) for f in sheet.fields], ended


def test_a_heading_larger_than_the_fiches_ends_it() -> None:
    fields, ended = _fields(glossary_size=13.9)
    assert ended
    assert fields == [("context", "Le critère Carbone."), ("indicators", "t eq CO2 évitées")]


def test_a_bold_line_in_the_fiches_type_does_not_end_it() -> None:
    fields, ended = _fields(glossary_size=11.4)
    assert not ended
    assert ("indicators", "t eq CO2 évitées") in fields
    assert len(fields) > 2  # (read as the fiche's, as before: nothing tells it is no field)


def test_a_drop_cap_does_not_end_it() -> None:
    """A paragraph's first letter set large and bold alone on its line (plan_html_dropcap's
    « L » of 28.6 pt over 11.4 pt fiche headings) is no heading: the fiche goes on."""
    for cap in ("L", "D'"):
        fields, ended = _fields(glossary_size=28.6, glossary=cap)
        assert not ended, cap
        assert len(fields) > 2, cap


def test_a_figures_title_beside_the_body_does_not_end_it() -> None:
    """A chart's title set beside the fiche's body (plan_xlsx_javelot: « Ressources à » at
    7.2 pt on a sheet shrunk to fit, its fiche headings 4.4 pt) is no outline heading: it
    does not start at the outline's left edge, and the fiche goes on."""
    fields, ended = _fields(glossary_size=13.9, x=380.0)
    assert not ended
    assert len(fields) > 2


def test_a_larger_bold_line_alone_opens_a_section_not_a_table_rest() -> None:
    from sources.pdf.geometry_tables import section_heading

    heading = _line(59.2, [(57.0, "Liste des sigles", True)], size=16.0)
    rows = [
        _line(89.0, [(60.0, "Sigle", True), (145.0, "Signification", True)], size=10.0),
        _line(110.0, [(60.0, "ABiC", True), (145.0, "Atlas de la biodiversité", False)], 10.0),
        _line(131.0, [(60.0, "ADEME", True), (145.0, "Agence de l'environnement", False)], 10.0),
    ]
    assert section_heading(heading, rows)
    band = _line(59.2, [(57.0, "Année 2021", True)], size=10.0)  # a table's band row
    assert not section_heading(band, rows)
    plain = _line(59.2, [(57.0, "Liste des sigles", False)], size=16.0)
    assert not section_heading(plain, rows)
    drop_cap = _line(43.4, [(57.0, "L", True)], size=28.6)  # a paragraph's first letter
    assert not section_heading(drop_cap, rows)
