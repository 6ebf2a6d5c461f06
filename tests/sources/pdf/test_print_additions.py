"""A web page printed with its site's PRINT STYLESHEET (Bootstrap 3, HTML5 Boilerplate):
``a[href]:after`` prints « (address) » after every link's text, ``abbr[title]:after`` prints
« (expansion) » after every abbreviation, both inside the element, wrapped in a narrow cell
(the address broken after its hyphens, no space). Read as text they made every step name and
owner wrong. The address is told by the link annotation the browser keeps over the anchor,
the expansion by the abbreviation's dotted underline and its initials; both are set aside by
both engines (sources.pdf.print_additions). Parentheses a user wrote stay: outside a link,
inside a link but holding other text than its address, or after an abbreviation with no
dotted underline."""

from __future__ import annotations

import pytest

from sources.action_plan import parse_action_plan
from sources.pdf.engine import ENGINE_ENV, ENGINES
from sources.pdf.print_additions import abbreviates
from tests.sources.pdf.hand_pages import HEADER, HEIGHT, HandPages
from tests.sources.pdf.test_page_ground import COLUMNS, EDGE

SIZE, LEAD = 8.0, 10.0  # body text and its line height
SITE = "https://www.pcaet-exemple.fr/plan/fiche-"

# each cell a list of printed lines; a line is (text, mark): "link" (inside the anchor,
# underlined), "abbr" (inside the abbr element, dotted underline) or "" (plain text)
Cell = list[tuple[str, str]]


def _step(name: str, code: str, rank: int) -> Cell:
    """The step name, then its address broken after its hyphens, all inside the link."""
    address = f"({SITE}{code.replace('.', '-')}#etape-{rank})"
    pieces = address.replace("-", "-\n").replace("fr/", "fr/\n").split("\n")
    lines, line = [], ""
    for piece in pieces:
        if line and len(line + piece) > 19:
            lines.append(line)
            line = ""
        line += piece
    return [(name, "link"), *((x, "link") for x in [*lines, line])]


GACDG: Cell = [
    ("GACdG", "abbr"),
    ("(Grand", "abbr"),
    ("Auch Cœur", "abbr"),
    ("de", "abbr"),
    ("Gascogne)", "abbr"),
]
ROWS: list[list[Cell]] = [
    [
        _step("Créer un réseau", "1.1.2", 1),
        [("Deux rencontres par", ""), ("an (voir annexe).", "")],
        [("2021", "")],
        [("30000", "")],
        GACDG,
        [("CMA (Chambre", ""), ("de métiers et de", ""), ("l'artisanat)", "")],
    ],
    [
        _step("Animer le réseau", "1.1.2", 2),
        [("Une lettre (https://", ""), ("lettre.fr) par", ""), ("trimestre.", "")],
        [("2022", "")],
        [("interne", "")],
        [*GACDG[:-1], ("Gascogne):", "abbr"), ("service", ""), ("déchets", "")],
        [("CAUE (site)", "link"), ("(https://", "link"), ("caue32.fr)", "link")],
    ],
]


class _Printed(HandPages):
    """A ruled steps table drawn as Chromium prints it: link lines underlined and covered by
    the link's annotation, abbreviation lines dotted-underlined, the ``:after`` text inside."""

    def dotted(self, x0: float, x1: float, top: float) -> None:
        x = x0
        while x + 0.75 <= x1:
            self.c.rect(x, HEIGHT - top - 0.75, 0.75, 0.75, stroke=0, fill=1)
            x += 1.5

    def steps(self, top: float, rows: list[list[Cell]]) -> float:
        self.c.setLineWidth(0.5)
        heights = [max(len(cell) for cell in row) * LEAD + 6.0 for row in rows]
        tops = [top, top + 16.0]
        for h in heights:
            tops.append(tops[-1] + h)
        for y in tops:
            self.c.line(COLUMNS[0], HEIGHT - y, COLUMNS[-1], HEIGHT - y)
        for x in COLUMNS:
            self.c.line(x, HEIGHT - tops[0], x, HEIGHT - tops[-1])
        for x, label in zip(COLUMNS, HEADER, strict=False):
            self.text(x + 3.0, top + 4.0, label, bold=True)
        for row, y in zip(rows, tops[1:], strict=False):
            for x, cell in zip(COLUMNS, row, strict=False):
                self.cell(x + 3.0, y + 3.0, cell)
        return tops[-1]

    def cell(self, x: float, top: float, lines: Cell) -> None:
        url = "".join(t for t, mark in lines[1:] if mark == "link")[1:-1]
        for k, (text, mark) in enumerate(lines):
            line_top = top + k * LEAD
            right = self.text(x, line_top, text, size=SIZE)
            baseline = line_top + SIZE
            if mark == "link":  # underlined, inside the link's annotation
                self.c.rect(x, HEIGHT - baseline - 1.5, right - x, 0.5, stroke=0, fill=1)
                box = (x, HEIGHT - line_top - LEAD, right, HEIGHT - line_top)
                self.c.linkURL(url, box, relative=0, thickness=0)
            elif mark == "abbr":
                self.dotted(x, right, baseline + 1.0)


def _plan() -> bytes:
    pages = _Printed()
    pages.text(EDGE, 60.0, "Axe 1 : Un territoire sobre", bold=True, size=14.0)
    pages.text(EDGE, 90.0, "FICHE 1.1.2", bold=True, size=12.0)
    pages.text(
        EDGE, 108.0, "Objectif opérationnel : Etendre l'expérimentation", bold=True, size=12.0
    )
    pages.text(EDGE, 134.0, "Contexte", bold=True)
    pages.text(EDGE, 148.0, "Mobiliser les acteurs du territoire.")
    pages.text(EDGE, 172.0, "Modalités de mise en oeuvre", bold=True, size=10.0)
    pages.steps(196.0, ROWS)
    pages.c.showPage()
    return pages.save()


@pytest.mark.parametrize("engine", ENGINES)
def test_addresses_and_expansions_printed_by_the_stylesheet_are_set_aside(
    monkeypatch: pytest.MonkeyPatch, engine: str
) -> None:
    monkeypatch.setenv(ENGINE_ENV, engine)
    doc = parse_action_plan(_plan(), "plans/imprime.pdf", "0" * 64)
    assert [a.action_code for a in doc.actions] == ["1.1.2"]
    assert [(s.step, s.description, s.planning_label, s.owner, s.partners) for s in doc.steps] == [
        (
            "Créer un réseau",
            "Deux rencontres par an (voir annexe).",  # written by the author: kept
            "2021",
            "GACdG",
            ["CMA (Chambre de métiers et de l'artisanat)"],  # no dotted underline: kept
        ),
        (
            "Animer le réseau",
            "Une lettre (https:// lettre.fr) par trimestre.",  # no link over it: kept
            "2022",
            "GACdG: service déchets",  # the colon glued after « ) » goes back to the word
            ["CAUE (site)"],  # linked text in parentheses, not the address: kept
        ),
    ]


def test_a_word_abbreviates_an_expansion_by_its_initials() -> None:
    assert abbreviates("GACdG", "Grand Auch Cœur de Gascogne")
    assert abbreviates("SCoT", "Schéma de cohérence territoriale")
    assert abbreviates("ADEME", "Agence de l'environnement et de la maîtrise de l'énergie")
    assert abbreviates("PCAET", "Plan climat-air-énergie territorial")
    assert not abbreviates("GACdG", "voir annexe")
    assert not abbreviates("CMA", "Chambre de commerce")  # « commerce » gives no « M »
    assert not abbreviates("CCI", "Chambre de commerce et d'industrie du Gers")  # « Gers » left
    assert not abbreviates("Mairie", "service technique")
    assert not abbreviates("A", "Agence")
    # prepositions give no initial; a place name may close the expansion; an article's elision
    # is no letter of the word
    assert abbreviates("AFB", "Agence française pour la biodiversité")
    assert abbreviates("AUaT", "Agence d'urbanisme et d'aménagement Toulouse aire métropolitaine")
    assert abbreviates("l'ABiC", "Atlas de la biodiversité intercommunale")
    assert not abbreviates("ABC", "Agence bretonne du climat et de la montagne")  # 3 letters: all


def test_an_expansion_cut_by_the_page_s_end_is_read_so_far() -> None:
    assert abbreviates("l'ABiC", "Atlas de la", partial=True)
    assert abbreviates("GACdG", "Grand Auch", partial=True)
    assert not abbreviates("l'ABiC", "Atlas de la", partial=False)
    assert not abbreviates("GACdG", "voir le", partial=True)
