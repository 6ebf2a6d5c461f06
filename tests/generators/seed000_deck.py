"""Seed 000 (COT CAE/ECI deck) drawn as slides: :func:`seed000_pdf`.

The tables of :mod:`tests.generators.seed000_content` are read through this module's globals,
so a test may patch one (``monkeypatch.setattr(seed000_deck, "_CAE_ROWS", ...)``).
"""

from __future__ import annotations

from typing import Any

from tests.generators.seed000_content import (
    _CAE_AUDIT_POINTS,
    _CAE_ROWS,
    _ECI_AUDIT_POINTS,
    _ECI_ROWS,
    _ORIENTATIONS,
    _SCORE_TARGETS,
)
from tests.generators.seed_slides import (
    _BLACK,
    _BLUE,
    _GREY,
    _LIGHT,
    _RED,
    _TEAL,
    _WHITE,
    _Slides,
)

# --------------------------------------------------------------------------- seed 000 deck


def _table_ppt(
    s: _Slides, title: str, header: str, rows: list[tuple], eci: bool, anchor: str = "top"
) -> None:
    """No ruling line: coloured header row, alternating fills, right-aligned numbers; labels
    wrap inside a narrow first column. ``anchor="top"`` keeps the numbers on the label's first
    line (PowerPoint default), ``"middle"`` centres them on the wrapped label."""
    s.slide()
    y = s.title(title) - 6
    size = 7.5
    rights = [470.0, 584.0, 700.0]
    label_x, label_w = 22.0, (240.0 if not eci else 420.0 if anchor == "top" else 310.0)
    s.rect(14, y, 692, 15, (0.0, 0.45, 0.7))
    s.text(label_x, y + 10.5, header, 8, "bold", _WHITE)
    for right, name in zip(rights, ("Points restants", "% Réalisé", "% Programmé"), strict=True):
        s.text(right, y + 10.5, name, 8, "bold", _WHITE, "right")
    y += 15
    for index, (marker, code, label, points, done, prog) in enumerate(rows):
        axis = marker == "▼"
        x = label_x + (0.0 if axis else 12.0) + (22.0 if code else 0.0)
        text_x = x + 11
        lines = s.wrap(label, size, label_w - (text_x - label_x), bold=axis)
        height = 2.6 + len(lines) * size * 1.15
        if index % 2 == 0:
            s.rect(14, y, 692, height, _LIGHT)
        base = y + 1.3 + size * 0.92
        middle = base + (len(lines) - 1) * size * 1.15 / 2 if anchor == "middle" else base
        if code:
            s.text(label_x, base, code, size)
        s.text(x, base, marker, size * 0.8, "symbol", _BLUE)
        for n, line in enumerate(lines):
            s.draw_line(text_x, base + n * size * 1.15, line, size, _BLACK)
        font = "bold" if axis and eci else "regular"
        for right, value in zip(rights, (points, done, prog), strict=True):
            s.text(right, middle, value, size, font, anchor="right")
        y += height


def _table_keynote(
    s: _Slides, title: str, header: str, rows: list[tuple], eci: bool, split: int
) -> None:
    for chunk in (rows[:split], rows[split:]):
        s.slide()
        y = s.title(title) + 2
        size = 7.2
        centres = [470.0, 565.0, 655.0]
        s.text(30, y + 9, header, 7.5, "bold", _TEAL)
        for centre, (a, b) in zip(
            centres, (("Points", "restants"), ("%", "réalisé"), ("%", "programmé")), strict=True
        ):
            s.text(centre, y + 4, a, 7, "bold", _TEAL, "center")
            s.text(centre, y + 13, b, 7, "bold", _TEAL, "center")
        y += 18
        s.line(30, y, 690, y, _TEAL, 1.0)
        y += 3
        row_h = 14.5
        for marker, code, label, points, done, prog in chunk:
            axis = marker == "▼"
            base = y + row_h / 2 + size * 0.35
            if code:
                s.text(30, base, code, size, "regular", _GREY)
            tri_x = 30 if axis else 48
            s.triangle(tri_x, base - 0.5, size * 0.7, axis, _TEAL)
            s.text(tri_x + 9, base, label, size, "bold" if axis else "regular")
            for centre, value in zip(centres, (points, done, prog), strict=True):
                s.text(centre, base, value, size, "bold" if axis else "regular", anchor="center")
            y += row_h
            s.line(30, y, 690, y, (0.85, 0.85, 0.85), 0.3)


def _score_boxes_keynote(s: _Slides, score: str, stars: int, points: list[str]) -> None:
    s.rect(30, 90, 200, 110, (0.9, 0.96, 0.96), radius=8)
    s.text(130, 160, score, 40, "bold", _TEAL, "center")
    s.text(130, 186, "Score", 10, "regular", _GREY, "center")
    s.rect(30, 215, 200, 95, (0.99, 0.95, 0.85), radius=8)
    big = "★" * stars if stars else "0 ★"
    s.text(130, 270, big, 34, "symbol", (0.85, 0.6, 0.1), "center")
    s.text(130, 294, "étoile obtenue" if stars else "étoile", 10, "regular", _GREY, "center")
    s.bullets(260, 100, points, 9, 420, 6)


def seed000_pdf(layout: str, cell_anchor: str = "top", slides: Any = None) -> bytes:
    """Seed 000 (COT CAE/ECI of the CCPAL) in ``layout``; ``cell_anchor`` ("top" or
    "middle") is the vertical alignment of the PowerPoint table cells. ``slides``: another
    backend with the same drawing API (:mod:`tests.generators.producer_corpus`), whose ``finish()`` result
    is returned instead of PDF bytes."""
    s = slides or _Slides(layout, "Contrat d'objectif territorial - CCPAL", "CCPAL")
    ppt = layout == "powerpoint_export"
    # 1 cover
    s.slide()
    if ppt:
        s.rect(0, 120, 720, 150, _BLUE)
        s.text(360, 185, "Contrat d'objectif territorial", 30, "bold", _WHITE, "center")
        s.text(
            360,
            225,
            "Plan d'action pour la mise en œuvre de la transition écologique",
            15,
            "regular",
            _WHITE,
            "center",
        )
    else:
        s.text(40, 170, "Contrat d'objectif territorial", 36, "bold")
        s.text(40, 210, "Plan d'action pour la mise en œuvre de la transition écologique", 14)
        s.line(40, 228, 140, 228, _TEAL, 3)
    # 2 three points
    s.slide()
    y = s.title("Le contrat d'objectif territorial")
    s.text(30, y + 8, "En trois points", 13, "bold", _TEAL)
    s.bullets(
        40,
        y + 32,
        [
            "**Appui méthodologique** pour optimiser, et structurer le projet de transition "
            "écologique tout en s'inscrivant dans les politiques et stratégies déjà mis en œuvre "
            "sur le territoire",
            "**Mesurer nos résultats au fil du temps** et progresser de façon continue de manière "
            "transversale",
            "**Prioriser les actions**, mobiliser et fédérer les différents services de la CCPAL",
        ],
        11,
        620,
        8,
    )
    s.text(30, 300, "L'objectif", 13, "bold", _TEAL)
    s.paragraph(
        40,
        322,
        "**est d'accélérer les changements de pratiques internes de la CCPAL pour réduire son "
        "impact environnemental et pérenniser une animation territoriale qui va dans le même "
        "sens**",
        11,
        620,
    )
    # 3-4 audits
    for title, score, stars, points, vigilance in (
        (
            "Rappel des résultats de l'audit CAE",
            "23,3 %",
            1,
            _CAE_AUDIT_POINTS,
            "**Points de vigilance pour l'audit final** : planification des mobilités à structurer",
        ),
        ("Résultat de l'audit Eci", "15,1 %", 0, _ECI_AUDIT_POINTS, None),
    ):
        s.slide()
        y = s.title(title)
        if ppt:
            s.rect(20, y, 680, 30, (0.99, 0.9, 0.75))
            head = f"Score {score} et " + ("obtention d'une" if stars else "0")
            s.text(32, y + 20, head, 15, "bold", _RED)
            s.text(36 + s.width(head, 15, "bold"), y + 20, "★", 15, "symbol", _RED)
            y = s.bullets(30, y + 52, points, 10.5, 660, 5)
        else:
            _score_boxes_keynote(s, score, stars, points)
            y = 330
        if vigilance:
            s.paragraph(30, y + 12, vigilance, 9.5, 660)
    # 5 section
    s.slide()
    if ppt:
        s.rect(0, 130, 720, 130, _TEAL)
        s.text(360, 175, "Le Contrat d'objectif territorial,", 24, "bold", _WHITE, "center")
        s.text(
            360,
            205,
            "Un outil au service de la transition écologique",
            14,
            "italic",
            _WHITE,
            "center",
        )
        s.text(360, 240, "Démarrage de la Phase 2", 14, "bold", _WHITE, "center")
    else:
        s.text(40, 170, "Le Contrat d'objectif territorial,", 28, "bold")
        s.text(40, 200, "Un outil au service de la transition écologique", 14, "italic", _GREY)
        s.text(40, 240, "Démarrage de la Phase 2", 16, "bold", _TEAL)
    # 6 regional objectives and score targets
    s.slide()
    y = s.title("Le Contrat d'objectif territorial")
    s.text(30, y + 8, "Objectifs régionaux", 13, "bold", _TEAL)
    mandatory = [
        "Implication des territoires / **coopération** / valorisation",
        "**Adaptation** au changement climatique",
        "Evaluation financière du **budget climat** de la collectivité",
    ]
    chosen = [
        "Augmenter l'efficacité énergétique pour la chaleur et le refroidissement des bâtiments "
        "publics",
        "Développer l'**Economie de la fonctionnalité**",
    ]
    if ppt:
        yy = y + 30
        s.text(30, yy, "3 objectifs obligatoires :", 10.5, "bold")
        yy += 16
        for n, item in enumerate(mandatory, start=1):
            s.text(40, yy, f"{n}.", 10)
            yy = s.paragraph(55, yy, item, 10, 300) + 2
        yy += 8
        s.text(30, yy, "2 objectifs retenus (au choix) :", 10.5, "bold")
        yy += 16
        for n, item in enumerate(chosen, start=1):
            s.text(40, yy, f"{n}.", 10)
            yy = s.paragraph(55, yy, item, 10, 300) + 2
        # score block on the right half
        s.text(390, y + 30, "Score", 13, "bold", _TEAL)
        s.text(390, y + 48, "A atteindre au terme de l'opération", 10.5, "bold")
        yy = y + 68
        for n, sentence in enumerate(_SCORE_TARGETS, start=1):
            s.text(392, yy, f"{n}.", 9.5)
            yy = s.paragraph(405, yy, sentence, 9.5, 300) + 6
        s.paragraph(
            390,
            yy + 10,
            "**Il doit faciliter la gouvernance et le déploiement des actions de transition et "
            "être en cohérence avec le PCAET**",
            9.5,
            310,
        )
    else:
        for col, (head, items) in enumerate(
            (
                ("3 objectifs obligatoires :", mandatory),
                ("2 objectifs retenus (au choix) :", chosen),
            )
        ):
            x = 30 + col * 335
            s.text(x, y + 30, head, 9, "bold")
            yy = y + 46
            for n, item in enumerate(items, start=1):
                s.text(x, yy, f"{n}.", 8.5, "bold", _TEAL)
                yy = s.paragraph(x + 12, yy, item, 8.5, 300) + 2
        # score targets: two cards side by side (CAE left, ECI right)
        s.text(30, 196, "Score — A atteindre au terme de l'opération", 10, "bold", _TEAL)
        for col, sentence in enumerate(_SCORE_TARGETS):
            x = 30 + col * 335
            s.rect(x, 206, 325, 100, (0.93, 0.97, 0.97), radius=6)
            s.paragraph(x + 12, 226, sentence, 9.5, 300)
        s.paragraph(
            30,
            330,
            "**Il doit faciliter la gouvernance et le déploiement des actions de transition et "
            "être en cohérence avec le PCAET**",
            9,
            640,
        )
    # 7-8 tables (the ECI slide keeps the CAE title, as in the real deck)
    if ppt:
        title = "Le volet Climat Air Energie"
        if hasattr(s, "table"):  # a producer backend draws real tables
            s.table(title, "Les actions", _CAE_ROWS, False)
            s.table(title, "Actions Economie circulaire", _ECI_ROWS, True)
        else:
            _table_ppt(s, title, "Les actions", _CAE_ROWS, False, cell_anchor)
            _table_ppt(s, title, "Actions Economie circulaire", _ECI_ROWS, True, cell_anchor)
    else:
        _table_keynote(s, "Le volet Climat Air Energie", "Les actions", _CAE_ROWS, False, 14)
        _table_keynote(
            s, "Le volet Climat Air Energie", "Actions Economie circulaire", _ECI_ROWS, True, 12
        )
    # 9 orientations overview
    s.slide()
    y = s.title("Les orientations stratégiques")
    sections = ["Interne & gouvernance", "Auprès des partenaires et acteurs du territoire"]
    if ppt:
        for col in range(2):
            x = 24 + col * 350
            s.text(x, y + 10, sections[col], 12, "bold", _TEAL)
            yy = y + 34
            for no, label, _, _, _ in _ORIENTATIONS[col * 2 : col * 2 + 2]:
                if no == 2:  # inline, as on the real slide
                    yy = s.paragraph(x, yy, f"**ORIENTATION {no}** : {label}", 10.5, 320) + 14
                else:
                    s.text(x, yy, f"ORIENTATION {no}" + (" :" if no > 2 else ""), 10.5, "bold")
                    lead = ": " if no == 1 else ""
                    yy = s.paragraph(x, yy + 14, lead + label, 10.5, 320) + 14
    else:
        for row in range(2):
            s.text(30, y + 8 + row * 150, sections[row], 10, "bold", _TEAL)
            for col in range(2):
                no, label, _, _, _ = _ORIENTATIONS[row * 2 + col]
                x, top = 30 + col * 335, y + 16 + row * 150
                s.rect(x, top, 325, 120, (0.95, 0.95, 0.97), radius=6)
                s.text(x + 12, top + 26, f"ORIENTATION {no}", 15, "bold", _TEAL)
                s.paragraph(x + 12, top + 48, label, 9.5, 300)
    # 10-13 one slide per orientation
    for no, label, objectives, bulleted, tag_on_top in _ORIENTATIONS:
        s.slide()
        y = s.title(f"ORIENTATION {no} : {label}")
        if ppt:
            if tag_on_top:
                s.text(700, y + 4, "Objectifs obligatoires", 9, "italic", _GREY, "right")
                y += 14
            y += 10
            for code, markup in objectives:
                x = 30
                if bulleted:
                    s.text(x, y, "•", 11, "symbol", _BLUE)
                    x += 12
                s.text(x, y, code, 11)
                y = s.paragraph(x + 24, y, markup, 11, 600 - x) + 9
            if not tag_on_top:
                s.text(30, max(y + 12, 370), "Objectifs obligatoires", 9, "italic", _GREY)
        else:
            if tag_on_top:
                s.text(690, y - 2, "Objectifs obligatoires", 7.5, "italic", _GREY, "right")
            cols = 3 if len(objectives) > 4 else 2
            card_w = (660 - (cols - 1) * 10) / cols
            card_h = 82.0 if len(objectives) > 6 else 100.0
            for index, (code, markup) in enumerate(objectives):
                r, c = divmod(index, cols)
                x, top = 30 + c * (card_w + 10), y + 6 + r * (card_h + 8)
                s.rect(x, top, card_w, card_h, (0.94, 0.97, 0.97), radius=6)
                s.text(x + 10, top + 22, code, 17, "bold", _TEAL)
                s.paragraph(x + 10, top + 38, markup, 8, card_w - 20)
            if not tag_on_top:
                s.text(30, 372, "Objectifs obligatoires", 7.5, "italic", _GREY)
    # 14 calendar
    s.slide()
    y = s.title("Le calendrier")
    if ppt:
        s.rect(20, y + 10, 680, 26, (0.85, 0.92, 0.97))
        s.text(30, y + 27, "Phase 1 – Octobre 2022 à mars 2024", 10.5, "bold")
        s.text(360, y + 27, "Période du COT : 2022-2026", 10.5, "bold", _RED, "center")
        s.text(690, y + 27, "Phase 2 – avril 2024 à 2026", 10.5, "bold", anchor="right")
        cols_y = y + 60
    else:
        s.text(30, y + 20, "Période du COT : 2022-2026", 16, "bold", _TEAL)
        s.text(30, y + 42, "Phase 1 – Octobre 2022 à mars 2024", 9.5)
        s.text(250, y + 42, "Phase 2 – avril 2024 à 2026", 9.5)
        cols_y = y + 70
    columns = [
        (
            "Organisation et plan d'actions",
            [
                "Renseigner les référentiels CAE et ECI",
                "Compléter les diagnostics territoriaux",
                "Définir les objectifs en fonction des audits CAE/Eci",
                "Elaborer un plan d'actions",
                "**Versement de 75 000 euros**",
            ],
            "Avenant pour validation des objectifs",
        ),
        (
            "Mise en œuvre du plan d'action",
            [
                "Organiser/améliorer la gouvernance",
                "Rapports annuels des moyens de mise en œuvre et pilotage globale",
            ],
            None,
        ),
        (
            "Audits finaux",
            [
                "Progression mesurée entre « la photo initiale » et l'audit final",
                "Analyse des objectifs régionaux et de leur atteinte collective",
            ],
            "Nouveau mandat",
        ),
    ]
    for index, (head, items, note) in enumerate(columns):
        x = 24 + index * 228
        s.text(x, cols_y, head, 10, "bold", _TEAL)
        yy = s.bullets(x, cols_y + 18, items, 8.5, 205, 3)
        if note:
            s.text(x, yy + 10, note, 8.5, "italic", _GREY)
    # 15 thanks
    s.slide()
    s.text(360, 200, "Merci de votre attention", 26, "bold", _BLUE, "center")
    return s.finish()
