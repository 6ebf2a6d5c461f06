"""A DATA-GRID PLUG-IN's furniture around a steps table (:mod:`sources.pdf.grid_widgets`): the
stacked sort arrows « ▲ » / « ▼ » in every header cell, the length menu and search box above
the table, the info line and pagination under it (jQuery DataTables and its French or English
language file). They are set aside; the cells under the arrows, the steps and any line that
merely uses the same words elsewhere stay. Pages drawn by hand (the arrows in DejaVu Sans)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sources.action_plan import parse_action_plan
from sources.pdf.content import Line
from sources.pdf.engine import ENGINE_ENV, ENGINES
from sources.pdf.grid_widgets import sort_arrow_chars, widget_kind, without_widget_lines
from tests.sources.pdf.hand_lines import hand_line
from tests.sources.pdf.hand_pages import HEIGHT, HandPages

DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def _char(text: str, x0: float, top: float, size: float = 7.6) -> dict[str, object]:
    return {"text": text, "x0": x0, "x1": x0 + 0.99 * size, "top": top, "bottom": top + size,
            "size": size}  # fmt: skip


def _word(text: str, x0: float, top: float, size: float = 9.5) -> list[dict[str, object]]:
    return [_char(ch, x0 + 5.0 * k, top, size) for k, ch in enumerate(text)]


# --------------------------------------------------------------------------- sort arrows
def test_a_stacked_up_and_down_arrow_pair_is_a_sort_indicator() -> None:
    """DataTables' two arrows at a header cell's right edge: the up arrow's bottom under the
    down arrow's top (they overlap), both at one x, each a word of its own."""
    chars = [*_word("Etape", 41.0, 52.5), _char("▲", 97.5, 45.0), _char("▼", 97.5, 51.8),
             *_word("Porteur", 120.0, 52.5), _char("▲", 200.0, 45.0), _char("▼", 200.0, 51.8)]  # fmt: skip
    found = sort_arrow_chars(chars)
    assert sorted(chars[i]["text"] for i in found) == ["▲", "▲", "▼", "▼"]
    assert all(chars[i]["text"] in "▲▼" for i in found)


def test_arrows_that_are_text_stay() -> None:
    # a « ▼ » marking an axis row (a COT deck), alone: no pair
    assert not sort_arrow_chars([_char("▼", 40.0, 100.0), *_word("Axe 1", 52.0, 100.0)])
    # trend arrows in two rows of a column: a whole line apart, not one indicator
    assert not sort_arrow_chars([_char("▲", 300.0, 100.0), _char("▼", 300.0, 112.0)])
    # a down arrow ABOVE an up arrow: no sort indicator's shape
    assert not sort_arrow_chars([_char("▼", 300.0, 45.0), _char("▲", 300.0, 51.8)])
    # two arrows at different places across
    assert not sort_arrow_chars([_char("▲", 300.0, 45.0), _char("▼", 320.0, 51.8)])
    # glued to a word (« ▲x » typed in a cell): part of the text
    assert not sort_arrow_chars(
        [_char("▲", 300.0, 45.0), _char("x", 307.6, 45.0), _char("▼", 300.0, 51.8)]
    )


# --------------------------------------------------------------------------- widget lines
def _line(top: float, *segments: tuple[float, float, str]) -> Line:
    return hand_line(top, *segments, size=9.5, bold=False)


@pytest.mark.parametrize(
    ("segments", "kind"),
    [
        ([(34, 70, "Afficher"), (80, 92, "10"), (110, 150, "éléments"), (470, 520, "Rechercher :")],
         "top"),
        ([(34, 60, "Show"), (66, 76, "25"), (80, 110, "entries"), (470, 500, "Search:")], "top"),
        ([(470, 520, "Rechercher :")], "top"),
        ([(34, 90, "Afficher 10 éléments")], "top"),
        ([(34, 250, "Affichage de l'élément 1 à 5 sur 5 éléments"), (450, 490, "Précédent"),
          (500, 505, "1"), (520, 560, "Suivant")], "bottom"),
        ([(34, 200, "Showing 1 to 12 of 12 entries"), (450, 490, "Previous 1 Next")], "bottom"),
        ([(34, 250, "Affichage de l'élément 1 à 10 sur 24 éléments (filtré à partir de 40 "
          "éléments au total)")], "bottom"),
        ([(450, 490, "Précédent"), (500, 505, "1"), (510, 515, "2"), (520, 560, "Suivant")],
         "bottom"),
        ([(34, 120, "+ Ajouter une étape")], "bottom"),  # an edit form's add-row button
        ([(34, 80, "Add row")], "bottom"),
    ],
)  # fmt: skip
def test_widget_wording(segments: list[tuple[float, float, str]], kind: str) -> None:
    assert widget_kind(_line(100.0, *segments)) == kind


@pytest.mark.parametrize(
    "text",
    [
        "Rechercher et mettre en lumière les bonnes pratiques",  # a step's description
        "Rechercher",  # no colon: a word of a cell, not the search box's label
        "Afficher les résultats aux habitants",
        "Affichage de l'élément 5 à 3 sur 2 éléments",  # numbers that do not hold together
        "Précédent",  # one button alone: a word
        "Etape suivante",
        "2019 Suivant",
        "Ajouter une étape de concertation",  # a step's name
    ],
)
def test_other_lines_are_no_widgets(text: str) -> None:
    assert widget_kind(_line(100.0, (34, 300, text))) is None


def _header(top: float) -> Line:
    return hand_line(top, (34, 60, "Etape"), (120, 160, "Descriptif"), (240, 290, "Planification"),
                     (330, 380, "Ressources"), (410, 450, "Porteur"), (480, 530, "Partenaires"),
                     size=9.5)  # fmt: skip


def _stop(line: Line) -> bool:
    return line.text.startswith(("FICHE", "Contexte", "Modalités"))


def test_widget_lines_above_and_under_a_table_are_set_aside() -> None:
    top = _line(90.0, (34, 70, "Afficher"), (80, 92, "10"), (110, 150, "éléments"),
                (470, 520, "Rechercher :"))  # fmt: skip
    row = _line(130.0, (34, 90, "Créer le réseau"), (120, 200, "Rencontres"), (240, 260, "2020"))
    info = _line(160.0, (34, 250, "Affichage de l'élément 1 à 1 sur 1 éléments"),
                 (450, 490, "Précédent"), (500, 505, "1"), (520, 560, "Suivant"))  # fmt: skip
    head = _line(70.0, (34, 200, "Modalités de mise en oeuvre"))
    after = _line(190.0, (34, 200, "FICHE 1.1.2"))
    header = _header(110.0)
    lines = [head, top, header, row, info, after]
    assert without_widget_lines(lines, _stop, False) == [head, header, row, after]


def test_a_length_menu_at_the_page_foot_and_an_info_line_on_the_next_page() -> None:
    """The table starts on the next page: the menu is the page's last line. The info line
    opens a page inside the table going on from the page before."""
    menu = _line(780.0, (34, 150, "Afficher 10 éléments"), (470, 520, "Rechercher :"))
    field = _line(760.0, (34, 200, "Modalités de mise en oeuvre"))
    assert without_widget_lines([field, menu], _stop, False) == [field]
    info = _line(40.0, (34, 250, "Affichage de l'élément 1 à 3 sur 3 éléments"))
    nxt = _line(60.0, (34, 200, "FICHE 1.1.3"))
    assert without_widget_lines([info, nxt], _stop, True) == [nxt]
    # an edit form's add-row button alone at the top of the last page (plan_html_editform)
    button = _line(40.0, (34, 120, "+ Ajouter une étape"))
    assert without_widget_lines([button], _stop, True) == []
    assert without_widget_lines([button], _stop, False) == [button]  # under no table


def test_widget_words_out_of_place_stay() -> None:
    """The same wording where no plug-in puts it — a length menu over a paragraph, an info
    line after a heading that closed the table, or with no table on the page — stays."""
    menu = _line(90.0, (34, 150, "Afficher 10 éléments"))
    para = _line(110.0, (34, 400, "Le réseau compte 10 entreprises."))
    assert without_widget_lines([menu, para], _stop, False) == [menu, para]
    info = _line(160.0, (34, 250, "Affichage de l'élément 1 à 1 sur 1 éléments"))
    after = _line(140.0, (34, 200, "FICHE 1.1.2"))
    lines = [_header(110.0), after, info]
    assert without_widget_lines(lines, _stop, False) == lines
    assert without_widget_lines([para, info], _stop, False) == [para, info]


def test_a_cells_word_alone_reading_as_a_label_does_not_close_the_table() -> None:
    """« Enjeux » alone on a line of a narrow description column reads as a field label, but
    it stands right of the table's left edge: the info line under the table is still the
    plug-in's. A heading at the table's left edge closes it."""

    def stop(line: Line) -> bool:
        return _stop(line) or line.text == "Enjeux"

    header = _header(110.0)
    row = _line(130.0, (34, 90, "Créer le réseau"), (120, 200, "Rencontres"), (240, 260, "2020"))
    word = _line(142.0, (120, 150, "Enjeux"))
    info = _line(160.0, (34, 250, "Affichage de l'élément 1 à 1 sur 1 éléments"))
    assert without_widget_lines([header, row, word, info], stop, False) == [header, row, word]
    label = _line(142.0, (34, 70, "Enjeux"))
    lines = [header, row, label, info]
    assert without_widget_lines(lines, stop, False) == lines


# --------------------------------------------------------------------------- a whole page
COLS = (40.0, 135.0, 300.0, 372.0, 440.0, 490.0, 565.0)
STEPS = (
    ("Auditer les bâtiments", "Un audit énergétique par bâtiment public.", "2021", "12 000", "Mairie",
     "ADEME"),
    ("Rénover les écoles", "Isolation des combles et des murs.", "2022", "250 000", "Mairie",
     "Région"),
    ("Suivre les relevés", "Relevés mensuels publiés.", "2023", "interne", "SDE 32",
     "ALEC"),
)  # fmt: skip


class _GridPage(HandPages):
    def __init__(self) -> None:
        super().__init__()
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        pdfmetrics.registerFont(TTFont("DejaVuSans", str(DEJAVU)))

    def arrows(self, x: float, top: float) -> None:
        """« ▲ » over « ▼ » at ``x`` (0.8 of the label's size, overlapping a little)."""
        self.c.setFont("DejaVuSans", 7.0)
        self.c.drawString(x, HEIGHT - top - 7.0, "▲")
        self.c.drawString(x, HEIGHT - top - 13.0, "▼")

    def header(self, top: float) -> float:
        """Labels bold 8.5 pt, each cell's arrows 14 pt left of its right edge, over the end
        of the longest description (« public. »)."""
        labels = ("Etape", "Descriptif", "Planification", "Ressources", "Porteur", "Partenaires")
        for x0, x1, label in zip(COLS[:-1], COLS[1:], labels, strict=True):
            self.text(x0 + 4.0, top + 3.0, label, bold=True, size=8.5)
            self.arrows(x1 - 14.0, top)
        self.c.setLineWidth(0.5)
        self.c.line(COLS[0], HEIGHT - top - 16.0, COLS[-1], HEIGHT - top - 16.0)
        return top + 18.0


def _grid_plan(*, menu_at_foot: bool = False) -> bytes:
    """One fiche, its fields, its three steps in a DataTables grid; ``menu_at_foot``: the
    length menu and search box end the first page, the table on the second."""
    page = _GridPage()
    page.text(40.0, 50.0, "Axe 2 : Un patrimoine public sobre", bold=True, size=14.0)
    page.text(40.0, 80.0, "FICHE 2.1.1", bold=True, size=12.0)
    page.text(40.0, 98.0, "Objectif opérationnel : Rénover les bâtiments communaux", bold=True,
              size=12.0)  # fmt: skip
    page.text(40.0, 125.0, "Contexte", bold=True)
    page.text(200.0, 125.0, "La commune rénove ses écoles et son gymnase.")
    page.text(40.0, 145.0, "Indicateurs", bold=True)
    page.text(200.0, 145.0, "Nombre de bâtiments rénovés")
    y = 700.0 if menu_at_foot else 170.0
    page.text(40.0, y, "Modalités de mise en oeuvre", bold=True, size=10.0)
    page.text(40.0, y + 20.0, "Afficher", size=8.5)
    page.text(80.0, y + 20.0, "10", size=8.5)
    page.text(110.0, y + 20.0, "éléments", size=8.5)
    page.text(470.0, y + 20.0, "Rechercher :", size=8.5)
    if menu_at_foot:
        page.c.showPage()
        y = 20.0
    y = page.header(y + 40.0)
    for step in STEPS:
        for x0, value in zip(COLS, step, strict=False):
            page.text(x0 + 4.0, y + 5.0, value, size=8.5)
        y += 20.0
    page.text(40.0, y + 8.0, "Affichage de l'élément 1 à 3 sur 3 éléments", size=8.5)
    page.text(440.0, y + 8.0, "Précédent", size=8.5)
    page.text(490.0, y + 8.0, "1", size=8.5)
    page.text(510.0, y + 8.0, "Suivant", size=8.5)
    page.c.showPage()
    return page.save()


@pytest.mark.skipif(not DEJAVU.exists(), reason="police DejaVu Sans absente")
@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("menu_at_foot", [False, True])
def test_a_grid_plugin_table_reads_its_steps_whole(
    engine: str, menu_at_foot: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENGINE_ENV, engine)
    doc = parse_action_plan(_grid_plan(menu_at_foot=menu_at_foot), "plans/grille.pdf", "1" * 64)
    (action,) = doc.actions
    assert action.action_code == "2.1.1"
    assert action.indicators == ["Nombre de bâtiments rénovés"]
    got = [
        (s.step, s.description, s.planning_label, s.budget_eur, s.owner, s.partners)
        for s in doc.steps
    ]
    assert got == [
        ("Auditer les bâtiments", "Un audit énergétique par bâtiment public.", "2021", 12000.0,
         "Mairie", ["ADEME"]),
        ("Rénover les écoles", "Isolation des combles et des murs.", "2022", 250000.0,
         "Mairie", ["Région"]),
        ("Suivre les relevés", "Relevés mensuels publiés.", "2023", 0.0, "SDE 32",
         ["ALEC"]),
    ]  # fmt: skip
