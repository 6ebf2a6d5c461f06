"""TAB STRIPS (a web page's tabbed view printed with every panel open): the strip
« Présentation | Suivi et évaluation | Mise en œuvre » over the panels is navigation
(sources.pdf.tab_strips); a table's header row, a run of chips, a strip's look-alike whose
next line repeats none of its labels, all stay."""

from __future__ import annotations

from sources.pdf.content import Line, Segment
from sources.pdf.tab_strips import is_tab_strip, without_tab_strips


def _line(top: float, *texts: str, page: int = 1) -> Line:
    segments = [Segment(40.0 + 90.0 * k, 120.0 + 90.0 * k, t, False) for k, t in enumerate(texts)]
    return Line(page, top, top + 9.0, segments[0].x0, segments[-1].x1, 9.0, False, segments)


STRIP = ("• Présentation", "• Suivi et évaluation", "• Mise en œuvre")


def test_a_tab_strip_over_its_open_panel_is_set_aside() -> None:
    lines = [
        _line(100.0, "FICHE 1.1.1 Objectif opérationnel : Expérimenter"),
        _line(120.0, *STRIP),
        _line(139.0, "Présentation"),
        _line(156.0, "Contexte", "L'agglomération mène une opération test"),
    ]
    kept = without_tab_strips(lines)
    assert [ln.text for ln in kept] == [lines[0].text, "Présentation", lines[3].text]
    # the open tab need not be the first; no bullet read either
    assert is_tab_strip(_line(120.0, "Présentation", "Suivi"), _line(139.0, "Suivi"))
    # the panel heading is the next page's first line
    assert is_tab_strip(_line(780.0, *STRIP), _line(40.0, "Présentation", page=2))


def test_look_alikes_stay() -> None:
    heading = _line(139.0, "Présentation")
    # the next line repeats none of the labels, stands not alone, or is far below
    assert not is_tab_strip(_line(120.0, *STRIP), _line(139.0, "Contexte"))
    assert not is_tab_strip(_line(120.0, *STRIP), _line(139.0, "Présentation", "texte"))
    assert not is_tab_strip(_line(100.0, *STRIP), heading)
    # a table's header row over its first cell, a year or an amount among the labels
    assert not is_tab_strip(_line(120.0, "Etape", "Descriptif", "Planification"), heading)
    assert not is_tab_strip(_line(120.0, "Présentation", "2019"), heading)
    # a label of more than five words, a label given twice, a single segment
    long = "Présentation du projet et de ses enjeux"
    assert not is_tab_strip(_line(120.0, long, "Suivi"), _line(139.0, "Suivi"))
    assert not is_tab_strip(_line(120.0, "Présentation", "Présentation"), heading)
    assert not is_tab_strip(_line(120.0, "Présentation"), heading)
    # a table's middle-aligned cells cut into lines, a cell's line met again under them
    cut = _line(120.0, "l'Economie", "économique d'une structure", "ETP)")
    assert not is_tab_strip(cut, _line(130.0, "l'Economie"))
    cut = _line(120.0, "Sociale et", "(dont le format reste à")
    assert not is_tab_strip(cut, _line(130.0, "Sociale et"))
    assert not is_tab_strip(_line(120.0, "Solidaire", "Sociale et"), _line(130.0, "Solidaire"))
