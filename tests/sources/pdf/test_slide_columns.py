"""A fiche made as a SLIDE (a presentation program's deck printed to PDF): each field a LABEL
SHAPE (a filled rectangle, the label centred in it) over a value text box, the fields in TWO
COLUMNS OF TEXT BOXES; a field that does not fit the left column goes to the right one, so
the right column may hold one short field beside a long left column. The right column is as
wide as its label shapes, however short its values: the page is read as two text columns,
the left one first (:func:`sources.pdf.flow.label_shapes_right`). A slide drawn by hand."""

from __future__ import annotations

import io

import pytest

from sources.action_plan import parse_action_plan
from sources.action_plan.line_kinds import _is_stop
from sources.pdf.engine import ENGINE_ENV, ENGINES
from sources.pdf.flow import label_shapes_right
from tests.sources.pdf.hand_lines import hand_line

WIDTH, HEIGHT = 960.0, 540.0
COLUMNS = (30.0, 495.0)  # the two columns of text boxes, 435 pt wide each
BOX = 435.0
LEFT = (
    ("Contexte", (
        "La commune compte quarante bâtiments publics, dont douze écoles construites",
        "avant 1975 et jamais isolées. Leurs consommations de chauffage pèsent sur le",
        "budget de fonctionnement et sur le bilan des émissions du territoire.",
        "Un premier audit a montré des gains rapides sur les combles et les menuiseries.",
    )),
    ("Objectifs et résultats attendus", (
        "Réduire de 40 % la consommation d'énergie des bâtiments communaux d'ici 2030.",
    )),
    ("Indicateurs", ("Nombre de bâtiments rénovés", "Consommation annuelle en MWh")),
    ("Publics cibles", ("Collectivités, Associations",)),
    ("Prise en compte de l'EES", ()),
)  # fmt: skip
RIGHT = (
    ("Liens avec les objectifs réglementaires", (
        "Réduction des émissions de GES",
        "Maîtrise de la consommation d'énergie",
        "Qualité de l'air",
        "Adaptation",
    )),
)  # fmt: skip


class _Slide:
    def __init__(self) -> None:
        from reportlab.pdfgen import canvas

        self.buffer = io.BytesIO()
        self.c = canvas.Canvas(self.buffer, pagesize=(WIDTH, HEIGHT))

    def text(self, x: float, top: float, s: str, *, bold: bool = False, size: float = 10.0) -> None:
        self.c.setFont("Helvetica-Bold" if bold else "Helvetica", size)
        self.c.drawString(x, HEIGHT - top - size, s)

    def fill(self, x0: float, top: float, x1: float, bottom: float, rgb: tuple[float, ...]) -> None:
        self.c.setFillColorRGB(*rgb)
        self.c.rect(x0, HEIGHT - bottom, x1 - x0, bottom - top, stroke=0, fill=1)
        self.c.setFillColorRGB(0, 0, 0)

    def title_bar(self, lines: tuple[str, ...]) -> float:
        bottom = 20.0 + 19.0 * len(lines)
        self.fill(0.0, 0.0, WIDTH, bottom, (0.12, 0.31, 0.47))
        self.c.setFillColorRGB(1, 1, 1)
        for k, line in enumerate(lines):
            self.text(30.0, 10.0 + 19.0 * k, line, bold=True, size=16.0)
        self.c.setFillColorRGB(0, 0, 0)
        return bottom

    def field(self, x: float, top: float, label: str, values: tuple[str, ...]) -> float:
        """A label shape (18 pt high, the label centred) over its value lines; returns the
        next field's top."""
        self.fill(x, top, x + BOX, top + 18.0, (0.87, 0.92, 0.96))
        width = self.c.stringWidth(label, "Helvetica-Bold", 10.0)
        self.text(x + (BOX - width) / 2, top + 4.0, label, bold=True)
        for k, value in enumerate(values):
            self.text(x, top + 22.0 + 12.0 * k, value)
        return top + 22.0 + 12.0 * len(values) + 8.0

    def save(self) -> bytes:
        self.c.save()
        return self.buffer.getvalue()


def _deck() -> bytes:
    slide = _Slide()
    slide.fill(0.0, 0.0, WIDTH, HEIGHT, (0.22, 0.34, 0.14))  # the axis divider
    slide.c.setFillColorRGB(1, 1, 1)
    slide.text(60.0, 150.0, "Axe 2 :", bold=True, size=32.0)
    slide.text(60.0, 195.0, "Un patrimoine public sobre", size=20.0)
    slide.c.showPage()
    top = (
        slide.title_bar(("FICHE 2.1.1", "Objectif opérationnel : Rénover les bâtiments communaux"))
        + 12.0
    )
    for columns, x in ((LEFT, COLUMNS[0]), (RIGHT, COLUMNS[1])):
        y = top
        for label, values in columns:
            y = slide.field(x, y, label, values)
    slide.c.showPage()
    return slide.save()


@pytest.mark.parametrize("engine", ENGINES)
def test_a_second_column_of_text_boxes_goes_on_with_the_fiche(
    engine: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENGINE_ENV, engine)
    doc = parse_action_plan(_deck(), "plans/diapos.pdf", "2" * 64)
    (action,) = doc.actions
    assert action.action_code == "2.1.1"
    assert action.context is not None and action.context.startswith(
        "La commune compte quarante bâtiments publics"
    )
    assert action.context.endswith("sur les combles et les menuiseries.")
    assert action.expected_results == (
        "Réduire de 40 % la consommation d'énergie des bâtiments communaux d'ici 2030."
    )
    assert action.indicators == ["Nombre de bâtiments rénovés", "Consommation annuelle en MWh"]
    assert action.target_audiences == ["Collectivités", "Associations"]
    assert action.regulatory_links == [
        "Réduction des émissions de GES",
        "Maîtrise de la consommation d'énergie",
        "Qualité de l'air",
        "Adaptation",
    ]


def test_only_a_label_centred_in_its_own_shape_gives_the_column_its_width() -> None:
    label = hand_line(77.0, (620.0, 805.0, "Liens avec les objectifs réglementaires"), size=10.0)
    value = hand_line(95.0, (495.0, 640.0, "Réduction des émissions de GES"), size=10.0,
                      bold=False)  # fmt: skip
    shape = (495.0, 73.0, 930.0, 91.0)
    assert label_shapes_right([label, value], [shape], 493.0, _is_stop) == 930.0
    # the same label set from the shape's left (a shaded paragraph), or a shape holding its
    # value too, or lying left of the gutter: no column width from it
    flush = hand_line(77.0, (497.0, 682.0, "Liens avec les objectifs réglementaires"), size=10.0)
    assert label_shapes_right([flush, value], [shape], 493.0, _is_stop) == 0.0
    assert label_shapes_right([label, value], [(495.0, 73.0, 930.0, 110.0)], 493.0, _is_stop) == 0.0
    assert label_shapes_right([label, value], [shape], 700.0, _is_stop) == 0.0
    # a centred text that is no label: no column width either
    other = hand_line(77.0, (640.0, 785.0, "Réalisé en partenariat"), size=10.0)
    assert label_shapes_right([other], [shape], 493.0, _is_stop) == 0.0
