"""Orientation slides drawn as a mind map or as medallions (sources.cot.orientations): a
central « ORIENTATION n » topic is no second heading whose nearby text would take the
label; a code in a medallion centred beside a two-line text opens that text. Slides drawn
by hand with reportlab."""

from __future__ import annotations

from reportlab.pdfgen import canvas

from sources.cot.orientations import _parse_orientations
from sources.cot.pages import _open_pages
from tests.sources.cot.hand_decks import H, hand_slide


def _objectives(data: bytes) -> list[tuple[int, str, str | None, str | None]]:
    pages, _ = _open_pages(data)
    records = _parse_orientations(pages, set(), "CCPAL", "deck.pdf", "c" * 64)
    return [
        (r.orientation_no, r.orientation_label, r.objective_code, r.objective_label)
        for r in records
    ]


def test_a_mind_maps_central_topic_keeps_the_titles_label() -> None:
    def draw(c: canvas.Canvas) -> None:
        c.setFont("PptCalibri-Bold", 16)
        c.drawString(30, H - 60, "ORIENTATION 2 : Formalisation d'une politique Eci")
        c.setFont("PptCalibri-Bold", 12)
        c.drawString(314, H - 215, "ORIENTATION 2")
        c.setFont("PptCalibri", 9)
        c.drawString(474, H - 155, "2.1 Clarifier la gouvernance et la coordination Eci")
        c.drawString(474, H - 222, "2.2 Réaliser un diagnostic de l'économie")
        c.drawString(474, H - 231, "circulaire et des filières à enjeux sur le territoire")
        c.drawString(32, H - 228, "2.3 Contribuer à la structuration d'une boucle")
        c.drawString(
            32, H - 237, "vertueuse du champ à l'assiette et de retour au champ du territoire"
        )

    got = _objectives(hand_slide(draw))
    assert {label for _, label, _, _ in got} == {"Formalisation d'une politique Eci"}
    assert [(code, text) for _, _, code, text in got] == [
        ("2.1", "Clarifier la gouvernance et la coordination Eci"),
        (
            "2.2",
            "Réaliser un diagnostic de l'économie circulaire et des filières à enjeux sur le territoire",
        ),
        (
            "2.3",
            "Contribuer à la structuration d'une boucle vertueuse du champ à l'assiette et de retour au champ du territoire",
        ),
    ]


def test_a_medallions_code_opens_the_two_lines_beside_it() -> None:
    def draw(c: canvas.Canvas) -> None:
        c.setFont("PptCalibri-Bold", 16)
        c.drawString(30, H - 60, "ORIENTATION 1 : Mettre en œuvre une gouvernance")
        c.setFont("PptCalibri-Bold", 10)
        c.drawString(36, H - 112.3, "1.1")  # centred on its bar's middle, between two lines
        c.drawString(36, H - 153.5, "1.2")
        c.setFont("PptCalibri", 11)
        c.drawString(
            74, H - 106, "Caractériser les dépenses de la collectivité sur la base de critères"
        )
        c.drawString(74, H - 119.2, "environnementaux et communiquer sur cette démarche")
        c.drawString(74, H - 153, "Former et mobiliser les élus")

    got = _objectives(hand_slide(draw))
    assert [(code, text) for _, _, code, text in got] == [
        (
            "1.1",
            "Caractériser les dépenses de la collectivité sur la base de critères "
            "environnementaux et communiquer sur cette démarche",
        ),
        ("1.2", "Former et mobiliser les élus"),
    ]


def test_a_numbered_lists_item_number_is_no_part_of_the_code() -> None:
    """« 1. 1.1 Améliorer … »: a presenter's automatic numbering before each objective's code;
    a three-level code stays no objective."""

    def draw(c: canvas.Canvas) -> None:
        c.setFont("PptCalibri-Bold", 16)
        c.drawString(30, H - 60, "ORIENTATION 1 : Mettre en œuvre une gouvernance")
        c.setFont("PptCalibri", 11)
        for no, (y, text) in enumerate(
            [
                (100, "1.1 Améliorer la transversalité de l'information"),
                (130, "1.2 Former et mobiliser les élus"),
                (160, "1.2.3 Un sous-objectif hors liste"),
            ],
            start=1,
        ):
            c.setFillColorRGB(0, 0.32, 0.55)
            c.drawString(30, H - y, f"{no}.")
            c.setFillColorRGB(0.12, 0.12, 0.12)
            c.drawString(48, H - y, text)

    got = _objectives(hand_slide(draw))
    assert [(code, text) for _, _, code, text in got] == [
        ("1.1", "Améliorer la transversalité de l'information"),
        ("1.2", "Former et mobiliser les élus"),
    ]


def test_a_centred_objectives_wider_lines_go_on_its_text() -> None:
    # objectives centred in hexagons (a SmartArt « hexagones alternés »): a wider line of
    # the text starts well left of its first line, around the same middle
    def centred(c: canvas.Canvas, middle: float, top: float, lines: list[str]) -> None:
        for k, text in enumerate(lines):
            c.setFont("PptCalibri-Bold" if k == 0 else "PptCalibri", 10)
            width = c.stringWidth(text, "PptCalibri", 10)
            c.drawString(middle - width / 2, H - top - 12 * k, text)

    def draw(c: canvas.Canvas) -> None:
        c.setFont("PptCalibri-Bold", 13)
        c.drawString(24, H - 20, "ORIENTATION 1 : Mettre en œuvre une gouvernance")
        centred(c, 112.0, 95.0, ["1.1 Améliorer la", "transversalité de", "l'information"])
        centred(c, 236.0, 190.0, ["1.2 Former et", "mobiliser les élus et les", "techniciens"])

    got = [(code, text) for _, _, code, text in _objectives(hand_slide(draw))]
    assert got == [
        ("1.1", "Améliorer la transversalité de l'information"),
        ("1.2", "Former et mobiliser les élus et les techniciens"),
    ]


def test_honeycomb_boxes_lines_staggered_and_words_cut_in_a_box() -> None:
    # objectives in nested hexagons: a box's line stands level with its neighbour's, a few
    # points lower, close by — another run, never one text; a word too long for its box is
    # cut with no hyphen (« développemen » / « t des filières ») and is one word again
    def draw(c: canvas.Canvas) -> None:
        c.setFont("PptCalibri-Bold", 13)
        c.drawString(24, H - 20, "ORIENTATION 2 : Formalisation d'une politique Eci")
        c.setFont("PptCalibri", 8)
        c.drawString(446, H - 121, "2.6 Contribuer à")
        c.drawString(447, H - 131, "la structuration")
        c.setFont("PptCalibri", 10)
        c.drawString(512, H - 117, "2.7 Développer")
        c.drawString(512, H - 129, "le réemploi")
        c.setFont("PptCalibri", 8.5)
        c.drawString(368, H - 77, "2.5 Manager le")
        c.drawString(368, H - 87, "développemen")
        c.drawString(373, H - 97, "t des filières")

    got = [(code, text) for _, _, code, text in _objectives(hand_slide(draw))]
    assert got == [
        ("2.5", "Manager le développement des filières"),
        ("2.6", "Contribuer à la structuration"),
        ("2.7", "Développer le réemploi"),
    ]
