"""ICON GLYPHS before labels (:mod:`sources.pdf.icons`): a web page's icon font or CSS
``::before`` prints a pictogram before each field label, steps header label and section
heading (« ℹ Contexte », « ⚑ Etape », « ⚙ Modalités de mise en oeuvre »), no space written
between icon and label. The icon is no part of the label; a label wider than its narrow
header column runs on over the next one; an icon wrapped onto a line of its own above its
label belongs to the header. Pages drawn by hand (the icons in DejaVu Sans)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sources.action_plan import parse_action_plan
from sources.action_plan.labels import _field_key
from sources.action_plan.line_kinds import _classify
from sources.pdf.columns import column_key
from sources.pdf.engine import ENGINE_ENV, ENGINES
from sources.pdf.geometry_tables import _by_cell, _icons_over, _under_cell
from sources.pdf.icons import icon_prefix, is_icon, without_icons
from tests.sources.pdf.hand_lines import hand_line
from tests.sources.pdf.hand_pages import HEIGHT, HandPages

DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def test_icons_are_pictographs_not_text_signs() -> None:
    for glyph in ("⚑", "☰", "◷", "⛁", "☺", "⚭", "⚙", "ℹ", "♻", "⚖", "📌", "\ue001", "✅\ufe0f"):
        assert is_icon(glyph), glyph
    # signs of ordinary text and list bullets are no icons
    for sign in ("°", "©", "+", "€", "%", "•", "-", "a", "2", "É"):
        assert not is_icon(sign), sign
    assert without_icons("◷ Planification") == "Planification"
    assert without_icons("ℹContexte") == "Contexte"  # glued: no space written
    assert without_icons("📌 ⚙ Modalités") == "Modalités"
    assert without_icons("2 °C en 2050") == "2 °C en 2050"
    assert icon_prefix("Contexte") == 0 and icon_prefix("⚑ Etape") == 2


def test_an_icon_is_no_part_of_a_field_or_column_label() -> None:
    # folded as it is, « ℹ » (a letter for Unicode) would read « i contexte »
    assert _field_key("ℹ Contexte") == "context"
    assert _field_key("⚖ Liens avec les objectifs réglementaires") == "regulatory_links"
    assert column_key("◷ Planification") == "planning"
    assert column_key("⛁ Ressources à mobiliser") == "budget"
    assert column_key("⚭ Partenaires envisagés") == "partners"


def test_field_lines_read_past_the_icon_before_their_label() -> None:
    """« ℹ Contexte » | value, « ◎ Objectifs et résultats » (wrapped: « attendus » below) |
    value, « ♻ Prise en compte de l'EES » alone (empty value): fields. A value item opening
    with a check mark stays a value."""
    context = hand_line(100.0, (43.0, 51.0, "ℹ"), (55.0, 90.0, "Contexte"),
                        (178.0, 300.0, "Une opération test"), size=9.0)  # fmt: skip
    kind = _classify(context)
    assert kind is not None and (kind.kind, kind.key, kind.rest) == (
        "field", "context", "Une opération test"
    )  # fmt: skip
    assert kind.value_x == 178.0
    wrapped = hand_line(120.0, (43.0, 51.0, "◎"), (55.0, 150.0, "Objectifs et résultats"),
                        (178.0, 290.0, "Réduire de 40 %"), size=9.0)  # fmt: skip
    kind = _classify(wrapped)
    assert kind is not None and (kind.key, kind.rest) == ("expected_results", "Réduire de 40 %")
    alone = hand_line(140.0, (43.0, 51.0, "♻"), (55.0, 160.0, "Prise en compte de l'EES"),
                      size=9.0)  # fmt: skip
    kind = _classify(alone)
    assert kind is not None and (kind.kind, kind.key, kind.rest) == ("field", "ees", "")
    checked = hand_line(160.0, (178.0, 186.0, "✓"), (190.0, 320.0, "Réduction des émissions"),
                        size=9.0, bold=False)  # fmt: skip
    assert _classify(checked) is None


def test_a_header_label_overflowing_its_column_is_no_line_of_the_next_label() -> None:
    """« ◷ Planification » wider than its column runs 6 pt over « Ressources »'s cell (its
    last letters over « à mobiliser »): the words stay two labels; the icon goes with the
    label after it."""
    ressources = ["budget", 368.0, 416.0, "Ressources"]
    assert not _under_cell(324.0, 374.5, ressources)  # « Planification »: mostly outside
    assert _under_cell(368.0, 413.0, ressources)  # « à mobiliser »
    assert _under_cell(360.0, 420.0, ressources)  # a wider second line, centred on the cell
    partenaires = ["partners", 490.0, 515.0, "Parte-"]  # a word cut by hand, centred
    assert _under_cell(468.0, 537.0, partenaires)  # « naires envisagés », wider both sides
    line = hand_line(70.0, (312.0, 321.5, "◷"), (324.0, 374.5, "Planification"),
                     (368.0, 373.0, "à"), (375.0, 413.0, "mobiliser"), size=8.5)  # fmt: skip
    assert [s.text for s in _by_cell(line.segments, [ressources])] == [
        "◷ Planification",
        "à mobiliser",
    ]


# --------------------------------------------------------------------------- a whole page
# Etape / Descriptif / Planification (too narrow for its label) / Ressources / Porteur /
# Partenaires, as a web page's ``table-layout: fixed`` sets them
COLS = (40.0, 128.0, 300.0, 358.0, 420.0, 482.0, 555.0)
FIELDS = (
    ("ℹ", "Contexte", ("La commune rénove ses écoles et son gymnase.",)),
    ("◎", "Objectifs et résultats attendus", ("Réduire de 40 % la consommation d'ici 2030.",)),
    ("▤", "Indicateurs", ("Nombre de bâtiments rénovés",)),
    ("☷", "Publics cibles", ("Collectivités, Associations",)),
    ("♻", "Prise en compte de l'EES", ()),
    ("⚖", "Liens avec les objectifs réglementaires", ("Maîtrise de la consommation d'énergie",)),
)
STEPS = (
    ("Auditer les bâtiments", "Un audit énergétique par bâtiment.", "2021", "12 000", "Mairie",
     "ADEME"),
    ("Rénover les écoles", "Isolation des combles et des murs.", "2022", "250 000", "Mairie",
     "Région"),
    ("Suivre les relevés", "Relevés mensuels publiés.", "2023", "interne", "SDE 32",
     "ALEC"),
)  # fmt: skip


class _IconPage(HandPages):
    def __init__(self) -> None:
        super().__init__()
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        pdfmetrics.registerFont(TTFont("DejaVuSans", str(DEJAVU)))

    def icon(self, x: float, top: float, glyph: str, size: float) -> float:
        """``glyph`` in DejaVu Sans, 1.1 times the label's size; returns the label's x (the
        icon's width and a 4 pt margin, no space character)."""
        self.c.setFont("DejaVuSans", 1.1 * size)
        self.c.drawString(x, HEIGHT - top - size, glyph)
        return x + self.c.stringWidth(glyph, "DejaVuSans", 1.1 * size) + 4.0

    def labelled(self, x: float, top: float, glyph: str, label: str, size: float) -> float:
        return self.text(self.icon(x, top, glyph, size), top, label, bold=True, size=size)

    def fill(self, x0: float, top: float, x1: float, bottom: float, grey: float) -> None:
        self.c.setFillColorRGB(grey, grey + 0.03, grey + 0.02)
        self.c.rect(x0, HEIGHT - bottom, x1 - x0, bottom - top, stroke=0, fill=1)
        self.c.setFillColorRGB(0, 0, 0)

    def header(self, top: float) -> float:
        """The header row, labels set at the bottom of their cells: « ⛁ » alone over
        « Ressources » / « à mobiliser », « ⚭ Partenaires » / « envisagés », the others on
        the last line; returns the header's bottom."""
        bottom = top + 38.0
        for x0, x1 in zip(COLS, COLS[1:], strict=False):
            self.fill(x0, top, x1, bottom, 0.9)
        self.fill(COLS[0], bottom, COLS[-1], bottom + 1.5, 0.1)
        x = lambda k: COLS[k] + 4.0  # noqa: E731
        self.icon(x(3), top + 3.0, "⛁", 8.5)
        self.text(x(3), top + 15.0, "Ressources", bold=True, size=8.5)
        self.labelled(x(5), top + 15.0, "⚭", "Partenaires", 8.5)
        for k, glyph, label in ((0, "⚑", "Etape"), (1, "☰", "Descriptif"),
                                (2, "◷", "Planification"), (4, "☺", "Porteur")):  # fmt: skip
            self.labelled(x(k), top + 27.0, glyph, label, 8.5)
        self.text(x(3), top + 27.0, "à mobiliser", bold=True, size=8.5)
        self.text(x(5), top + 27.0, "envisagés", bold=True, size=8.5)
        return bottom + 1.5


def _icon_plan(*, split: bool = False) -> bytes:
    """One fiche, its fields and its three steps; ``split``: the second step's name wraps,
    its last line going on at the top of a second page under the repeated header (« ⛁ » on
    its line of its own first, as a browser repeats a ``<thead>``)."""
    page = _IconPage()
    page.text(40.0, 50.0, "Axe 2 : Un patrimoine public sobre", bold=True, size=14.0)
    page.text(40.0, 80.0, "FICHE 2.1.1", bold=True, size=12.0)
    page.text(40.0, 98.0, "Objectif opérationnel : Rénover les bâtiments communaux", bold=True,
              size=12.0)  # fmt: skip
    y = 125.0
    for glyph, label, values in FIELDS:
        page.labelled(40.0, y, glyph, label, 9.0)
        for k, value in enumerate(values):
            page.text(230.0, y + 12.0 * k, value)
        y += 12.0 * max(1, len(values)) + 8.0
        page.fill(40.0, y - 4.0, 555.0, y - 3.2, 0.85)
    page.labelled(40.0, y + 10.0, "⚙", "Modalités de mise en oeuvre", 10.0)
    y = page.header(y + 34.0)
    for n, step in enumerate(STEPS):
        for x0, value in zip(COLS, step, strict=False):
            page.text(x0 + 4.0, y + 5.0, value, size=8.5)
        if split and n == 1:  # the page breaks inside the row: its name's last line on top
            page.c.showPage()
            y = page.header(40.0)
            page.text(COLS[0] + 4.0, y + 2.0, "et le gymnase", size=8.5)
            y -= 3.0
        y += 20.0
        page.fill(COLS[0], y - 1.0, COLS[-1], y, 0.85)
    page.c.showPage()
    return page.save()


@pytest.mark.skipif(not DEJAVU.exists(), reason="police DejaVu Sans absente")
@pytest.mark.parametrize("engine", ENGINES)
def test_a_page_with_icons_before_its_labels_reads_its_fields_and_steps(
    engine: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENGINE_ENV, engine)
    doc = parse_action_plan(_icon_plan(), "plans/icones.pdf", "1" * 64)
    (action,) = doc.actions
    assert action.action_code == "2.1.1"
    assert action.context == "La commune rénove ses écoles et son gymnase."
    assert action.expected_results == "Réduire de 40 % la consommation d'ici 2030."
    assert action.indicators == ["Nombre de bâtiments rénovés"]
    assert action.target_audiences == ["Collectivités", "Associations"]
    assert action.regulatory_links == ["Maîtrise de la consommation d'énergie"]
    got = [
        (s.step, s.description, s.planning_label, s.budget_eur, s.owner, s.partners)
        for s in doc.steps
    ]
    assert got == [
        ("Auditer les bâtiments", "Un audit énergétique par bâtiment.", "2021", 12000.0,
         "Mairie", ["ADEME"]),
        ("Rénover les écoles", "Isolation des combles et des murs.", "2022", 250000.0,
         "Mairie", ["Région"]),
        ("Suivre les relevés", "Relevés mensuels publiés.", "2023", 0.0, "SDE 32",
         ["ALEC"]),
    ]  # fmt: skip
    assert action.total_budget_eur == 262000.0
    assert (action.start_year, action.end_year) == (2021, 2023)


@pytest.mark.skipif(not DEJAVU.exists(), reason="police DejaVu Sans absente")
@pytest.mark.parametrize("engine", ENGINES)
def test_an_icon_alone_over_the_repeated_header_leaves_the_cut_row_whole(
    engine: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The header repeated on the next page opens with « ⛁ » alone on its line: part of the
    header, never a line of text between the two parts of the row the page break cut."""
    monkeypatch.setenv(ENGINE_ENV, engine)
    doc = parse_action_plan(_icon_plan(split=True), "plans/icones.pdf", "1" * 64)
    assert [(s.step, s.planning_label, s.owner) for s in doc.steps] == [
        ("Auditer les bâtiments", "2021", "Mairie"),
        ("Rénover les écoles et le gymnase", "2022", "Mairie"),
        ("Suivre les relevés", "2023", "SDE 32"),
    ]
    assert [s.page for s in doc.steps] == [1, 1, 2]


def test_an_icon_line_over_a_header_is_the_headers_a_text_line_is_not() -> None:
    header = hand_line(295.0, (362.0, 410.0, "Ressources"), size=8.5)
    cells = [("budget", 362.0, 410.0), ("partners", 486.0, 544.0)]
    assert _icons_over(hand_line(283.0, (362.0, 370.0, "⛁"), size=9.4), header, cells)
    # a word of text, an icon over no cell, or a line far above: no part of the header
    assert not _icons_over(hand_line(283.0, (362.0, 400.0, "Budget"), size=8.5), header, cells)
    assert not _icons_over(hand_line(283.0, (200.0, 208.0, "⛁"), size=9.4), header, cells)
    assert not _icons_over(hand_line(250.0, (362.0, 370.0, "⛁"), size=9.4), header, cells)
