"""A web page whose FIXED top bar and cookie banner Chromium prints on every page OVER the content
flowing beneath them: the lines under their opaque fills are hidden on paper but still in the
PDF's text, in their reading order. Read as they were, the bar's and the banner's words mixed
with the content (a steps row's hidden lines, a field's last line) and their fills cut the
tables. The layer painted last over hidden text is set aside by both engines
(sources.pdf.overlays); the hidden text stays, it is the document's own flow."""

from __future__ import annotations

import pytest

from sources.action_plan import parse_action_plan
from sources.pdf.engine import ENGINE_ENV, ENGINES
from tests.sources.pdf.hand_pages import HEADER, HEIGHT, HandPages, page_texts

LEFT, RIGHT = 33.7, 561.0  # the printable area inside 12 mm margins
EDGE = LEFT + 2.0
COLUMNS = tuple(LEFT + (RIGHT - LEFT) * f for f in (0, 0.17, 0.52, 0.63, 0.75, 0.87, 1.0))
BAR = (33.7, 65.2)  # the top bar's top and bottom
BANNER = (750.0, 807.0)  # the banner's
NAVY, PALE, TEAL = (0.114, 0.208, 0.341), (0.945, 0.945, 0.945), (0.165, 0.616, 0.561)
GRID = (0.733, 0.733, 0.733)
LINE = 11.0  # pt between a cell's lines


class _Intranet(HandPages):
    """Pages of a flowing web print; :meth:`overlays` paints the fixed bar and banner."""

    def fill(self, x0: float, top: float, x1: float, bottom: float, rgb: tuple[float, ...]) -> None:
        self.c.setFillColorRGB(*rgb)
        self.c.rect(x0, HEIGHT - bottom, x1 - x0, bottom - top, stroke=0, fill=1)
        self.c.setFillColorRGB(0.133, 0.133, 0.133)

    def overlays(self, *, buttons: bool) -> None:
        """The fixed top bar and cookie banner, painted after (over) the page's content."""
        self.fill(LEFT, BAR[0], RIGHT, BAR[1], NAVY)
        self.c.setFillColorRGB(1, 1, 1)
        self.c.setFont("Helvetica-Bold", 10.0)
        self.c.drawString(45.0, HEIGHT - 54.0, "Portail des agents — Intranet")
        self.c.setFont("Helvetica", 8.0)
        self.c.drawString(400.0, HEIGHT - 53.0, "Accueil · Annuaire · Déconnexion")
        self.fill(LEFT, BANNER[0], RIGHT, BANNER[1], PALE)
        self.fill(LEFT, BANNER[0], RIGHT, BANNER[0] + 0.75, (0.6, 0.6, 0.6))
        self.text(
            45.0, 760.0, "Ce portail mesure son audience pour améliorer la navigation.", size=8
        )
        if buttons:
            self.fill(45.0, 772.5, 111.7, 789.0, TEAL)
            self.c.setFillColorRGB(1, 1, 1)
            self.c.drawString(52.0, HEIGHT - 784.0, "Tout accepter")
        self.text(190.0, 776.0, "Personnaliser", size=8)
        self.c.showPage()

    def field(self, top: float, label: str, lines: list[str]) -> float:
        """A label beside its value's lines, a rule under the pair; returns its bottom."""
        self.text(EDGE, top + 3.0, label, bold=True)
        for k, line in enumerate(lines):
            self.text(150.0, top + 3.0 + LINE * k, line)
        bottom = top + 6.0 + LINE * len(lines)
        self.fill(LEFT, bottom, RIGHT, bottom + 0.75, (0.867, 0.867, 0.867))
        return bottom + 0.75

    def header_row(self, top: float) -> float:
        """The steps table's (repeated) header row, pale green, gridded; returns its bottom."""
        self.fill(LEFT, top, RIGHT, top + 16.0, (0.914, 0.961, 0.953))
        for x, label in zip(COLUMNS, HEADER, strict=False):
            self.text(x + 3.0, top + 4.0, label, bold=True, size=8.0)
        self.grid(top, top + 16.0, closed=True)
        return top + 16.0

    def row(self, top: float, cells: tuple[list[str], ...], bottom: float | None = None) -> float:
        """A body row of multi-line cells, its grid down to ``bottom`` (the page's foot for a
        row going on over the page, then no rule under it); returns its bottom."""
        for x, lines in zip(COLUMNS, cells, strict=False):
            for k, line in enumerate(lines):
                self.text(x + 3.0, top + 3.0 + LINE * k, line, size=8.0)
        closed = bottom is None
        end = top + 6.0 + LINE * max(len(lines) for lines in cells) if closed else bottom
        assert end is not None
        self.grid(top, end, closed=closed)
        return end

    def grid(self, top: float, bottom: float, *, closed: bool) -> None:
        self.c.setStrokeColorRGB(*GRID)
        self.c.setLineWidth(0.75)
        for x in COLUMNS:
            self.c.line(x, HEIGHT - top, x, HEIGHT - bottom)
        self.c.line(LEFT, HEIGHT - top, RIGHT, HEIGHT - top)
        if closed:
            self.c.line(LEFT, HEIGHT - bottom, RIGHT, HEIGHT - bottom)


def _fiche_heading(pages: _Intranet, top: float, code: str, title: str) -> float:
    pages.text(EDGE, top, f"FICHE {code} Objectif opérationnel : {title}", bold=True, size=11.0)
    return top + 20.0


def _plan() -> bytes:
    """Two fiches over two pages: the second fiche's steps row breaks under the page-1 banner
    (two lines of its step and description hidden there) and goes on on page 2 under the
    table's repeated header row, itself hidden under the bar."""
    p = _Intranet()
    p.text(EDGE, 80.0, "Axe 1 : Un territoire sobre", bold=True, size=14.0)
    top = _fiche_heading(p, 110.0, "1.1.1", "Expérimenter l'économie circulaire")
    top = p.field(top, "Contexte", ["Une opération test auprès des entreprises."])
    top = p.field(top, "Publics cibles", ["Entreprises, Collectivités"])
    p.text(EDGE, top + 10.0, "Modalités de mise en oeuvre", bold=True, size=10.0)
    top = p.header_row(top + 28.0)
    top = p.row(top, (["Lancer une phase", "test"], ["Auditer vingt entreprises."], ["2019"],
                      ["18000"], ["GACdG"], ["CCI"]))  # fmt: skip
    top = p.row(top, (["Définir une stratégie"], ["Choisir les filières."], ["2020"], ["5000"],
                      ["GACdG"], ["ADEME"]))  # fmt: skip
    heading = BANNER[0] - 2 * LINE - 3.0 - 92.75  # the header row ends two lines above it
    assert heading > top + 24.0, top
    top = _fiche_heading(p, heading, "1.1.2", "Etendre l'expérimentation")
    top = p.field(top, "Contexte", ["Mobiliser les acteurs du territoire autour de la",
                                    "démarche engagée avec les entreprises."])  # fmt: skip
    p.text(EDGE, top + 10.0, "Modalités de mise en oeuvre", bold=True, size=10.0)
    top = p.header_row(top + 28.0)
    assert abs(top + 3.0 + 2 * LINE - BANNER[0]) < 0.01, top  # two lines show, then hidden
    lines = int((BANNER[1] - top - 3.0) // LINE)
    described = ["Réunir les entreprises", "deux fois par an et", "publier une lettre",
                 "trimestrielle sur les", "gisements disponibles", "et les besoins des",
                 "acteurs, puis tenir", "un atelier annuel", "de bilan."]  # fmt: skip
    assert lines == 7  # seven lines on page 1 (five hidden), two on page 2
    p.row(top, (["Créer un réseau", "d'acteurs locaux", "du territoire"], described[:lines],
                ["2021"], ["30000"], ["GACdG"], ["CAUE,", "Chambres", "consulaires"]),
          bottom=BANNER[1] + 0.7)  # fmt: skip
    p.overlays(buttons=True)
    top = p.header_row(BAR[0])  # repeated, under the bar
    top = p.row(top, ([], described[lines:], [], [], [], []))
    top = p.row(top, (["Animer le réseau"], ["Une lettre par trimestre."], ["2022"],
                      ["interne"], ["Mairie"], ["CMA"]))  # fmt: skip
    top = _fiche_heading(p, top + 24.0, "1.1.3", "Evaluer la démarche")
    top = p.field(top, "Contexte", ["Un bilan partagé chaque année."])
    p.text(EDGE, top + 10.0, "Modalités de mise en oeuvre", bold=True, size=10.0)
    top = p.header_row(top + 28.0)
    p.row(top, (["Publier le bilan"], ["Un rapport en ligne."], ["2023"], ["2000"], ["GACdG"],
                ["Région"]))  # fmt: skip
    p.overlays(buttons=False)
    return p.save()


Read = list[tuple[str, str | None, list[tuple[str, str | None, str | None, str | None, list[str]]]]]


def _read(data: bytes) -> Read:
    """Each fiche's code, context and steps (step, description, planning, owner, partners)."""
    doc = parse_action_plan(data, "plans/intranet.pdf", "0" * 64)
    return [
        (
            action.action_code,
            action.context,
            [
                (s.step, s.description, s.planning_label, s.owner, s.partners)
                for s in doc.steps
                if s.action_id == action.action_id
            ],
        )
        for action in doc.actions
    ]


EXPECTED: Read = [
    (
        "1.1.1",
        "Une opération test auprès des entreprises.",
        [
            ("Lancer une phase test", "Auditer vingt entreprises.", "2019", "GACdG", ["CCI"]),
            ("Définir une stratégie", "Choisir les filières.", "2020", "GACdG", ["ADEME"]),
        ],
    ),
    (
        "1.1.2",
        "Mobiliser les acteurs du territoire autour de la démarche engagée avec les entreprises.",
        [
            (
                "Créer un réseau d'acteurs locaux du territoire",
                "Réunir les entreprises deux fois par an et publier une lettre trimestrielle sur"
                " les gisements disponibles et les besoins des acteurs, puis tenir un atelier"
                " annuel de bilan.",
                "2021",
                "GACdG",
                ["CAUE", "Chambres consulaires"],
            ),
            ("Animer le réseau", "Une lettre par trimestre.", "2022", "Mairie", ["CMA"]),
        ],
    ),
    (
        "1.1.3",
        "Un bilan partagé chaque année.",
        [("Publier le bilan", "Un rapport en ligne.", "2023", "GACdG", ["Région"])],
    ),
]


@pytest.mark.parametrize("engine", ENGINES)
def test_a_fixed_bar_and_banner_over_the_flow_are_set_aside_and_the_hidden_rows_read(
    engine: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENGINE_ENV, engine)
    assert _read(_plan()) == EXPECTED


@pytest.mark.parametrize("engine", ENGINES)
def test_only_the_layer_painted_over_text_goes_and_what_it_hid_stays(
    engine: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENGINE_ENV, engine)
    p = _Intranet()
    p.text(EDGE, 80.0, "Budget 2024 : 18000 euros", size=9.0)
    p.text(EDGE, 770.0, "Porteur : GACdG", size=9.0)  # under the banner
    p.overlays(buttons=True)
    # the short last page: the same bands over NOTHING, overlays since page 1 showed them so
    p.text(EDGE, 80.0, "Budget 2025 : 5000 euros", size=9.0)
    p.overlays(buttons=False)
    # a wide pale band at the banner's place painted FIRST, under the page's only text: kept
    p.fill(LEFT, 750.0, RIGHT, 807.0, PALE)
    p.text(EDGE, 770.0, "Partenaires : CAUE", size=9.0)
    p.c.showPage()
    assert page_texts(p.save()) == [
        "Budget 2024 : 18000 euros Porteur : GACdG",
        "Budget 2025 : 5000 euros",
        "Partenaires : CAUE",
    ]
    # the same bands painted last over nothing in a document where they never hide text: a
    # coloured header and footer, kept
    p = _Intranet()
    p.text(EDGE, 80.0, "Budget 2025 : 5000 euros", size=9.0)
    p.overlays(buttons=False)
    (text,) = page_texts(p.save())
    assert text.startswith("Portail des agents") and "5000 euros" in text
    assert text.endswith("Personnaliser")


@pytest.mark.parametrize("engine", ENGINES)
def test_a_box_painted_last_over_a_page_number_is_no_overlay(
    engine: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A strip of labels drawn last at the page's foot, its fill over the page number drawn
    first: a few characters hidden, not a layer over the flow; the labels stay."""
    monkeypatch.setenv(ENGINE_ENV, engine)
    p = _Intranet()
    p.text(EDGE, 810.0, "Page 1 / 2", size=7.5)
    p.text(EDGE, 80.0, "Budget 2024 : 18000 euros", size=9.0)
    p.fill(LEFT, 795.0, RIGHT, 818.0, PALE)
    p.text(EDGE, 800.0, "Planification", bold=True, size=7.5)
    p.text(200.0, 800.0, "Porteur", bold=True, size=7.5)
    p.c.showPage()
    (text,) = page_texts(p.save())
    assert text.startswith("Budget 2024 : 18000 euros Planification Porteur"), text


@pytest.mark.parametrize("engine", ENGINES)
def test_a_bar_over_a_web_editors_last_sheet_is_the_layer(
    engine: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An online editor's tab printed: white sheets on a grey backdrop, the last sheet with
    its text on it also ends the paint order, then the fixed status bar over its last line.
    The layer is the bar (the sheet and its text stay, the hidden line too)."""
    monkeypatch.setenv(ENGINE_ENV, engine)
    p = _Intranet()
    p.fill(LEFT - 10.0, 20.0, RIGHT + 10.0, 820.0, (0.855, 0.855, 0.855))  # backdrop
    p.fill(LEFT, 30.0, RIGHT, 400.0, (1, 1, 1))  # a sheet
    p.text(EDGE, 60.0, "Budget 2024 : 18000 euros", size=9.0)
    p.fill(LEFT, 420.0, RIGHT, 830.0, (1, 1, 1))  # the last sheet, cut by the page
    p.text(EDGE, 450.0, "Porteur : GACdG", size=9.0)
    p.text(EDGE, 808.0, "Partenaires : chambres consulaires", size=9.0)
    p.fill(LEFT - 10.0, 805.0, RIGHT + 10.0, 818.0, (0.961, 0.961, 0.961))  # the status bar
    p.text(EDGE, 808.0, "Page 1 sur 11 · Français (France) · 85 %", size=7.0)
    p.c.showPage()
    (text,) = page_texts(p.save())
    assert text == "Budget 2024 : 18000 euros Porteur : GACdG Partenaires : chambres consulaires"
