"""Steps printed as a TASK LIST whose values are BADGES told by an icon (plan_html_taches: a
project tool's « Liste » view): the step's name, then on its line « ◷ 2020 », « ⛁ 5 000 », an
avatar « GA » before the owner, « ⚭ » before the partners, badges wrapping onto the next
line and a long value wrapping inside its badge, then the description indented under the
task. Read into steps (sources.action_plan.badge_tasks), the list going on at the next
page's top. Negatives: initials that are not the owner's, a line with a plain segment after
the name. Drawn by hand with reportlab; the whole plan read with the parser."""

from __future__ import annotations

from sources.action_plan import parse_action_plan
from sources.action_plan.badge_tasks import _badges, _initials
from sources.pdf.content import Segment
from tests.sources.pdf.hand_pages import HandPages

FONT = "DejaVuSans"


def _font(pages: HandPages) -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont(FONT, "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))


def _say(pages: HandPages, x: float, top: float, text: str, size: float = 7.5) -> float:
    pages.c.setFont(FONT, size)
    pages.c.drawString(x, 842.0 - top - size, text)
    return x + pages.c.stringWidth(text, FONT, size)


def _task(pages: HandPages, top: float, name: str, badges: list[str], more: list[str],
          description: str) -> float:  # fmt: skip
    """A task's line (name then badges 8 pt apart), its further badge lines, its
    description under it; returns the next task's top."""
    x = pages.text(56.0, top, name, bold=True)
    for badge in badges:
        x = _say(pages, x + 8.0, top + 1.0, badge)
    y = top + 12.0
    for line in more:
        _say(pages, 51.0, y, line)
        y += 9.0
    _say(pages, 58.0, y + 2.0, description, size=8.5)
    return y + 20.0


def _plan() -> bytes:
    pages = HandPages()
    _font(pages)
    pages.fiche_head()
    pages.text(57.0, 160.0, "Contexte : une opération test d'économie circulaire.")
    pages.text(57.0, 760.0, "Modalités de mise en oeuvre", bold=True)
    pages.c.showPage()
    _say(pages, 43.0, 40.0, "3 tâches")  # the tool's count: no step
    y = 56.0
    y = _task(pages, y, "Lancer une phase test", ["• ◷ 2019", "• ⛁ 18000 (financé)", "GA GACdG"],
              ["⚭ Chambre du Commerce et de", "l'Industrie du Gers"], "Rencontres annuelles.")  # fmt: skip
    y = _task(pages, y, "Définir une stratégie", ["• ◷ 2020", "• ⛁ interne", "ÉS élus, services",
              "⚭ CCI"], [], "Sur la base du test.")  # fmt: skip
    y = _task(pages, y, "Suivre le réseau", ["• ◷ 2021 et +", "TR Trigone"], [], "Animer.")
    pages.next_fiche(y)
    pages.c.showPage()
    return pages.save()


def test_a_task_list_with_icon_badges_is_read_into_steps() -> None:
    doc = parse_action_plan(_plan(), "plans/taches.pdf", "0" * 64)
    assert [s.step for s in doc.steps] == [
        "Lancer une phase test",
        "Définir une stratégie",
        "Suivre le réseau",
    ]
    assert [s.description for s in doc.steps] == [
        "Rencontres annuelles.",
        "Sur la base du test.",
        "Animer.",
    ]
    assert [s.start_year for s in doc.steps] == [2019, 2020, 2021]
    assert [s.budget_eur for s in doc.steps] == [18000.0, 0.0, None]
    assert [s.owner for s in doc.steps] == ["GACdG", "élus, services", "Trigone"]
    assert [s.partners for s in doc.steps] == [
        ["Chambre du Commerce et de l'Industrie du Gers"],
        ["CCI"],
        [],
    ]


def _seg(x: float, text: str) -> Segment:
    return Segment(x, x + 5.0 * len(text), text, False)


def test_what_is_a_badge() -> None:
    assert "GA" in _initials("GACdG") and "G:" in _initials("GACdG : Service prévention")
    assert _badges([_seg(300, "• ◷ 2020"), _seg(350, "GA GACdG")]) == [
        ("planning", "2020", 300),
        ("owner", "GACdG", 350),
    ]
    assert _badges([_seg(300, "SC"), _seg(315, "service communication")]) == [
        ("owner", "service communication", 300)
    ]
    assert _badges([_seg(300, "XY GACdG")]) is None  # initials that are not the owner's
    assert _badges([_seg(300, "• ◷ 2020"), _seg(350, "Un texte")]) is None
