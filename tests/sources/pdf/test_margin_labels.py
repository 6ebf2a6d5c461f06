"""Field labels set in the LEFT MARGIN beside their values (a Word template's « titres en
marge », each label a frame level with its value's first line): the labels, found on most
pages at one left edge with no other text in their strip, are no site sidebar
(sources.pdf.pages._side_strip), and a page with three labels and one before it moves the
block's left edge, never the value column (sources.action_plan.parser page_shift)."""

from __future__ import annotations

from sources.action_plan.line_kinds import _is_stop
from sources.action_plan.parser import _Parser
from sources.pdf.content import Line, Segment
from sources.pdf.pages import _recurring_lines, _side_strip

LABELS = [
    "Objectifs et résultats",
    "attendus",
    "Indicateurs",
    "Publics cibles",
    "Prise en compte de l'EES",
    "Liens avec les objectifs",
    "réglementaires",
]
TOPS = [149.0, 160.9, 186.0, 210.5, 235.0, 260.2, 272.1]


def _line(top: float, *segs: tuple[float, float, str]) -> Line:
    parts = [Segment(a, b, t, False, [(a, b, t)]) for a, b, t in segs]
    return Line(2, top, top + 9.5, parts[0].x0, parts[-1].x1, 9.5, False, parts)


def _page(labels: list[str]) -> list[Line]:
    lines = [
        _line(top, (22.8, 110.0, t), (141.9, 520.0, f"valeur {i}"))
        for i, (top, t) in enumerate(zip(TOPS, labels, strict=True))
    ]
    lines.append(_line(124.4, (141.9, 196.0, "déploiement.")))
    return lines


def test_labels_in_the_margin_are_no_sidebar() -> None:
    recurring = _recurring_lines(["\n".join([*LABELS, "Accueil", "Diagnostic"])] * 4)
    assert _side_strip(_page(LABELS), recurring, 595.3, _is_stop) is None
    # negative: a site's navigation in the same strip stays a sidebar (and without the
    # labels' test, the labels would be one)
    nav = ["Accueil", "Diagnostic", "Accueil", "Diagnostic", "Accueil", "Diagnostic", "Accueil"]
    assert _side_strip(_page(nav), recurring, 595.3, _is_stop) == (22.8, 110.0)
    assert _side_strip(_page(LABELS), recurring, 595.3) == (22.8, 110.0)


def test_margin_labels_move_no_value_column() -> None:
    parser = _Parser("p.pdf", "a" * 64)
    parser.kv_x = 141.9
    page = _page(LABELS)
    parser.page_shift(22.8 - 141.9, page)  # three labels set the page's left edge
    assert parser.kv_x == 141.9
    # negative: a page whose whole block moved (mirrored margins) moves the column
    moved = [
        _line(ln.top, *[(s.x0 + 20.0, s.x1 + 20.0, s.text) for s in ln.segments]) for ln in page
    ]
    parser.page_shift(20.0, moved)
    assert parser.kv_x == 161.9
