"""A fiche's fields printed as a RIGHT-ALIGNED label / value grid (plan_html_calepin: a
notebook's ``fiches.loc[code].to_frame()``, every cell right-aligned, body cells centred
vertically): labels ending on one edge, values ending on another, ragged on the left, a label
wrapped on three lines with its value on the middle one, the frame's header « 1.1.1 » over the
values, a rule under it, and the same header printed again at the next page's top. Every
value is read whole into its field (sources.action_plan.parser: _kv_ragged, _right_labels,
_across_rule, the code alone repeated). Drawn by hand with reportlab; the whole plan read with
the parser."""

from __future__ import annotations

from sources.action_plan import parse_action_plan
from tests.sources.pdf.hand_pages import HEIGHT, HandPages

LABEL_END, VALUE_END = 167.0, 568.0
CONTEXT = (
    "L'agglomération mène une opération test d'économie circulaire sur le territoire.",
    "Une vingtaine d'entreprises représentatives sont auditées,",
    "par la Chambre du Commerce et de l'Industrie du Gers.",
)


def _right(pages: HandPages, end: float, top: float, text: str, *, bold: bool = False) -> None:
    font = "Helvetica-Bold" if bold else "Helvetica"
    pages.text(end - pages.c.stringWidth(text, font, 9.0), top, text, bold=bold)


def _rule(pages: HandPages, y: float) -> None:
    pages.c.setLineWidth(1.0)
    pages.c.line(90.0, HEIGHT - y, VALUE_END + 4.0, HEIGHT - y)


def _plan() -> bytes:
    pages = HandPages()
    pages.fiche_head()
    _right(pages, VALUE_END, 160.0, "1.1.1", bold=True)
    _rule(pages, 174.0)
    _right(pages, LABEL_END, 190.0, "Contexte", bold=True)
    for k, text in enumerate(CONTEXT):
        _right(pages, VALUE_END, 190.0 + 11.0 * k, text)
    _right(pages, LABEL_END, 240.0, "Objectifs et", bold=True)
    _right(pages, LABEL_END, 251.0, "résultats", bold=True)
    _right(pages, VALUE_END, 251.0, "Des démarches d'optimisations énergétiques d'ici 2030.")
    _right(pages, LABEL_END, 262.0, "attendus", bold=True)
    _right(pages, LABEL_END, 285.0, "Indicateurs", bold=True)
    _right(pages, VALUE_END, 285.0, "Nombre d'entreprises engagées")
    pages.c.showPage()
    _right(pages, VALUE_END, 40.0, "1.1.1", bold=True)
    _rule(pages, 54.0)
    _right(pages, LABEL_END, 70.0, "Publics cibles", bold=True)
    _right(pages, VALUE_END, 70.0, "Entreprises, Associations")
    pages.next_fiche(90.0)
    pages.c.showPage()
    return pages.save()


def test_right_aligned_fields_are_read_whole() -> None:
    doc = parse_action_plan(_plan(), "plans/calepin.pdf", "0" * 64)
    action = doc.actions[0]
    assert action.context == " ".join(CONTEXT)
    assert action.expected_results == "Des démarches d'optimisations énergétiques d'ici 2030."
    assert action.indicators == ["Nombre d'entreprises engagées"]
    assert action.target_audiences == ["Entreprises", "Associations"]
