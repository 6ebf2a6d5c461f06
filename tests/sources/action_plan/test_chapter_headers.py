"""A word processor's plan with a RUNNING CHAPTER HEADER (« Axe 1 : » and the document's name
on every page, as Writer's ``text:chapter`` field prints it), field labels as a BULLETED LIST
(« • Contexte », the value indented under it) and, in place of the steps heading, a numbered
CAPTION (« Tableau 1 : Modalités de mise en oeuvre ») above a ruled steps table that starts
on the next page and goes on over a page break under its repeated header
(sources.action_plan.running_heads, sources.action_plan.label_marks). Drawn with reportlab.
Negative cases: a bulleted value item stays a value, a caption naming another table stays
text, a new axis heading at a page's top is still a new axis."""

from __future__ import annotations

from sources.action_plan import parse_action_plan
from sources.action_plan.label_marks import caption_title, unbulleted_label
from sources.action_plan.line_kinds import _classify
from sources.action_plan.running_heads import RunningAxis
from sources.pdf.content import Line, Segment
from tests.sources.pdf.hand_pages import HEIGHT, HandPages

EDGE = 57.0
INDENT = 71.0
ROWS = (
    ("Lancer une phase test", "Auditer vingt entreprises.", "2019", "18000", "GACdG", "CCI"),
    ("Définir une stratégie", "Choisir les filières.", "2020", "5000", "GACdG", "ADEME"),
    ("Suivre la démarche", "Un bilan annuel.", "2021", "interne", "GACdG", "Région"),
)


def hand_line(text: str, top: float = 100.0) -> Line:
    """One segment of ``text``, its words 5 pt a letter apart, at ``top``."""
    words, x = [], EDGE
    for word in text.split():
        words.append((x, x + 5.0 * len(word), word))
        x += 5.0 * len(word) + 2.5
    seg = Segment(EDGE, x - 2.5, text, False, words)
    return Line(1, top, top + 9.0, seg.x0, seg.x1, 9.0, False, [seg])


class _Pages(HandPages):
    def __init__(self, total: int) -> None:
        super().__init__()
        self.total, self.number = total, 0

    def start(self, axis: str = "Axe 1 :") -> None:
        """A page with the running header (the axis in force, the document's name at the
        right, a rule under them) and the footer « Page n sur N »."""
        self.number += 1
        self.text(EDGE, 34.0, axis, size=8.0)
        self.text(430.0, 34.0, "PCAET — Programme d'actions", size=8.0)
        self.c.setLineWidth(0.5)
        self.c.line(EDGE, HEIGHT - 46.0, 538.0, HEIGHT - 46.0)
        self.text(EDGE, 806.0, "Grand Auch Cœur de Gascogne", size=8.0)
        self.text(480.0, 806.0, f"Page {self.number} sur {self.total}", size=8.0)

    def end(self) -> None:
        self.c.showPage()

    def label(self, top: float, label: str, bullet: str = "•") -> None:
        self.text(EDGE, top, bullet)
        self.text(INDENT, top, label, bold=True)

    def header_cell(self, x: float, top: float, label: str) -> None:
        self.text(x, top, label, bold=True, size=8.0)

    def table(self, top: float, rows: tuple[tuple[str, ...], ...]) -> float:
        """A ruled steps table: the header row, then one row per step; returns its bottom."""
        return self.steps_table(top, rows)


def _plan(
    caption: str = "Tableau 1 : Modalités de mise en oeuvre", new_axis: bool = False
) -> bytes:
    """Axis 1, objective 1.1, fiche 1.1.1: bulleted labels filling page 1, the caption and
    the steps table at the top of page 2, its last row on page 3 under the repeated header.
    ``new_axis``: page 3 then opens on a new axis (« Axe 2 : ») and its fiche 2.1.1."""
    pages = _Pages(3)
    pages.start()
    pages.text(EDGE, 64.0, "Axe 1 :", bold=True, size=15.0)
    pages.text(EDGE, 87.0, "Aménager un territoire résilient", bold=True, size=11.0)
    pages.text(EDGE, 110.0, "1.1 Objectif stratégique : Dynamiser l'économie", bold=True)
    pages.text(EDGE, 135.0, "FICHE 1.1.1 Objectif opérationnel : Expérimenter", bold=True)
    pages.label(160.0, "Contexte")
    top = 173.0
    for n in range(1, 41):
        pages.text(INDENT, top, f"Une opération test, paragraphe {n}.")
        top += 12.0
    pages.label(top + 4.0, "Indicateurs")
    pages.text(INDENT, top + 17.0, "• Nombre d'entreprises engagées")
    pages.label(top + 33.0, "Publics cibles")
    pages.text(INDENT, top + 46.0, "Entreprises, Associations")
    pages.end()
    pages.start()
    pages.text(EDGE, 62.0, caption)
    bottom = pages.table(78.0, ROWS[:2])
    pages.text(EDGE, bottom + 20.0, "Suite du programme :")
    for n in range(1, 46):
        pages.text(INDENT, bottom + 20.0 + 14.0 * n, f"Note de la fiche, ligne {n}.")
    pages.end()
    pages.start("Axe 2 :" if new_axis else "Axe 1 :")
    if new_axis:
        pages.text(EDGE, 64.0, "Axe 2 : Mobiliser les acteurs", bold=True, size=15.0)
        pages.text(EDGE, 90.0, "2.1 Objectif stratégique : Sensibiliser", bold=True)
        pages.text(EDGE, 115.0, "FICHE 2.1.1 Objectif opérationnel : Informer", bold=True)
        pages.label(140.0, "Contexte")
        pages.text(INDENT, 153.0, "Une campagne d'information.")
    else:
        pages.table(62.0, ROWS[2:])
    pages.end()
    return pages.save()


def test_running_chapter_header_bulleted_labels_and_caption() -> None:
    doc = parse_action_plan(_plan(), "plans/chapitre.pdf", "0" * 64)
    assert [a.action_code for a in doc.actions] == ["1.1.1"]
    assert doc.territory_name == "Grand Auch Cœur de Gascogne"  # not its footer's page number
    action = doc.actions[0]
    assert action.context is not None
    assert action.context.startswith("Une opération test, paragraphe 1.")
    assert action.context.endswith("paragraphe 40.")
    assert action.indicators == ["Nombre d'entreprises engagées"]
    assert action.target_audiences == ["Entreprises", "Associations"]
    assert [(s.step, s.planning_label, s.owner) for s in doc.steps] == [
        ("Lancer une phase test", "2019", "GACdG"),
        ("Définir une stratégie", "2020", "GACdG"),
        ("Suivre la démarche", "2021", "GACdG"),
    ]
    # the caption opens the steps: it is no part of the last field's value
    assert "Tableau" not in " ".join(action.target_audiences)


def test_a_caption_naming_another_table_is_text() -> None:
    assert caption_title("Tableau 3 : Modalités de mise en oeuvre") == "Modalités de mise en oeuvre"
    assert caption_title("Figure 2 - Répartition des émissions") == "Répartition des émissions"
    assert caption_title("Tableau de bord des émissions") is None
    line = hand_line("Tableau 2 : Répartition des émissions par secteur")
    assert _classify(line) is None
    kind = _classify(hand_line("Tableau 12 : Modalités de mise en oeuvre"))
    assert kind is not None and kind.kind == "impl"


def test_a_bullet_before_a_known_label_is_no_part_of_it() -> None:
    for bullet in ("■", "•", "▪"):
        line = hand_line(f"{bullet} Contexte")
        kind = _classify(line)
        assert kind is not None and (kind.kind, kind.key) == ("field", "context"), bullet
        assert unbulleted_label(line).text == "Contexte"
    kind = _classify(hand_line("■ Publics cibles : Entreprises"))
    assert kind is not None and (kind.key, kind.rest) == ("target_audiences", "Entreprises")
    # value items keep their bullet: not a label, or a label with words of its own
    for text in (
        "• Nombre d'entreprises engagées",
        "• Objectifs de réduction : 20 %",
        "- Contexte",
    ):
        line = hand_line(text)
        assert unbulleted_label(line) is line, text
    assert _classify(hand_line("• Nombre d'entreprises engagées")) is None


def test_a_new_axis_at_a_page_top_is_still_a_new_axis() -> None:
    doc = parse_action_plan(_plan(new_axis=True), "plans/chapitre2.pdf", "0" * 64)
    assert [a.action_code for a in doc.actions] == ["1.1.1", "2.1.1"]
    assert [(s.step, s.action_id[-5:]) for s in doc.steps] == [
        ("Lancer une phase test", "1.1.1"),
        ("Définir une stratégie", "1.1.1"),
    ]
    second = doc.actions[1]
    assert second.context == "Une campagne d'information."


def test_running_axis_drops_only_a_page_opening_heading_of_the_axis_in_force() -> None:
    heads = RunningAxis()
    first = [hand_line("Axe 1 : PCAET — Programme d'actions", top=34.0), hand_line("Axe 1 :")]
    assert heads(first, HEIGHT) == first  # no axis in force yet: both read
    header = hand_line("Axe 1 : PCAET — Programme d'actions", top=34.0)
    body = hand_line("FICHE 1.1.2", top=80.0)
    assert heads([header, body], HEIGHT) == [body]
    lower = hand_line("Axe 1 : rappel", top=300.0)  # not at the page's top: a heading
    assert heads([body, lower], HEIGHT) == [body, lower]
    other = hand_line("Axe 2 : Mobiliser", top=34.0)
    assert heads([other, body], HEIGHT) == [other, body]
