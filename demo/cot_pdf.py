"""Deterministic renderer of French COT slide decks (PDF), in three layouts.

Two deck kinds, modelled on the seed documents: ``"cae_eci"`` (audit scores, CAE and ECI
progress tables, strategic orientations, calendar; seed 000) and ``"tri"`` (COT TRI steering
committee: period, funding, quantified contractual objectives, priority zooms; seed 003).
Three visual layouts exercise the parser: ``"ruled"`` (grid lines, ▼/▶ markers, bullet list of
targets), ``"boxes"`` (no ruling, bold axes and indented sub-axes, big numbers in coloured
boxes) and ``"alt"`` (held out: other column order, ``%`` as separate words, targets as an
``Objectif | Cible`` list). The spec dataclasses (:mod:`demo.cot_spec`) are the truth the tests
compare against; :func:`build_cot_pdf` fills in the 1-based page where each item was drawn.
"""

from __future__ import annotations

import random
from pathlib import Path

from demo.cot_deck import PAGE_H, PAGE_W, _Deck, _wrapped_rich
from demo.cot_spec import KINDS, CotSpec, RefRowSpec, _fr, _thousands, random_cot_spec

LAYOUTS = ("ruled", "boxes", "alt")


# --------------------------------------------------------------------------- CAE / ECI deck


def _pct(value: float) -> str:
    return f"{_fr(value)} %"


def _draw_table(deck: _Deck, title: str, header: str, rows: list[RefRowSpec], layout: str) -> None:
    per_page = 15 if layout != "boxes" else 14
    chunks = [rows[i : i + per_page] for i in range(0, len(rows), per_page)]
    for chunk_no, chunk in enumerate(chunks):
        if chunk_no:
            deck.new_page()
        deck.title(title + (" (suite)" if chunk_no else ""))
        top = PAGE_H - 100
        row_h = 24 if layout != "boxes" else 26
        x_label, x_end = 40.0, 920.0
        if layout == "alt":
            cols = [
                ("% Réalisé", "pct_done"),
                ("% Programmé", "pct_programmed"),
                ("Points restants", "points_remaining"),
            ]
            centres = [600.0, 720.0, 850.0]
        else:
            cols = [
                ("Points restants", "points_remaining"),
                ("% Réalisé", "pct_done"),
                ("% Programmé", "pct_programmed"),
            ]
            centres = [620.0, 730.0, 850.0] if layout == "ruled" else [640.0, 750.0, 860.0]
        size = 10.5
        # header
        if layout == "ruled":
            deck.rect(x_label, top - 8, x_end - x_label, row_h, fill=(0.82, 0.88, 0.95))
        deck.text(x_label + 6, top, header, size, True)
        for (name, _), cx in zip(cols, centres, strict=True):
            deck.text(cx, top, name, size, True, anchor="center")
        y = top - row_h
        for row in chunk:
            row.page = deck.page
            is_axis = row.level == "axis"
            values = {
                "points_remaining": _fr(row.points_remaining),
                "pct_done": _pct(row.pct_done),
                "pct_programmed": _pct(row.pct_programmed),
            }
            if layout == "ruled":
                deck.rect(
                    x_label,
                    y - 8,
                    x_end - x_label,
                    row_h,
                    fill=(0.93, 0.95, 0.98) if is_axis else None,
                )
                for cx in centres:
                    deck.vline(cx - 55, y - 8, y - 8 + row_h)
                marker = "▼ " if is_axis else "▶ "
                prefix = f"{row.code} " if row.code else ""
                deck.text(
                    x_label + 6 + (0 if is_axis else 4),
                    y,
                    prefix + marker + row.label,
                    9.5,
                    is_axis,
                )
            elif layout == "boxes":
                if is_axis:
                    deck.rect(
                        x_label,
                        y - 9,
                        x_end - x_label,
                        row_h - 2,
                        fill=(0.85, 0.93, 0.86),
                        stroke=False,
                    )
                indent = 0 if is_axis else 22
                prefix = f"{row.code}  " if row.code else ""
                deck.text(x_label + 6 + indent, y, prefix + row.label, 9.5, is_axis)
            else:  # alt: dash before sub-axes, bold axes, no indentation
                label = row.label if is_axis else "– " + ((row.code + " ") if row.code else "")
                if not is_axis:
                    label += row.label
                deck.text(x_label + 6, y, label, 9.5, is_axis)
                deck.hline(x_label, x_end, y - 8)
            for (_, key), cx in zip(cols, centres, strict=True):
                shown = values[key]
                if layout == "alt" and shown.endswith(" %"):
                    deck.text(
                        cx + 12, y, shown[:-2], 10, is_axis and layout != "ruled", anchor="right"
                    )
                    deck.text(cx + 26, y, "%", 10)
                else:
                    deck.text(cx, y, shown, 10, is_axis and layout != "ruled", anchor="center")
            y -= row_h


def _stars_text(stars: int, layout: str) -> str:
    if layout == "alt":
        return f"{stars} étoile" + ("s" if stars > 1 else "")
    return {0: "0 ★", 1: "obtention d'une ★", 2: "obtention de deux ★★"}.get(stars, f"{stars} ★")


def _build_cae_eci(spec: CotSpec, layout: str) -> bytes:
    deck = _Deck(f"Contrat d'objectif territorial - {spec.territory_name}")
    cae = next(a for a in spec.audits if a.referential == "CAE")
    eci = next(a for a in spec.audits if a.referential == "ECI")
    # 1 title
    deck.text(60, 330, "Contrat d'objectif territorial", 34, True, (0.05, 0.25, 0.45))
    deck.text(60, 290, "Plan d'action pour la mise en œuvre de la transition écologique", 18)
    deck.text(60, 250, spec.territory_name, 16, True)
    # 2 audit CAE, 3 audit ECI
    for audit, title, points in (
        (
            cae,
            "Rappel des résultats de l'audit CAE",
            [
                "Plus de collaboration dans la mise en œuvre et l'animation avec les ressources "
                "techniques",
                "Approfondir le diagnostic de vulnérabilités climatiques",
                "Mettre en place une gouvernance technique transversale pour suivre le programme "
                "d'actions COT",
            ],
        ),
        (
            eci,
            "Résultat de l'audit Eci",
            [
                "Structuration de la politique Eci (gouvernance, pilotage...)",
                "Validation politique d'une feuille de route",
                "Déploiement des autres piliers de l'Eci",
            ],
        ),
    ):
        deck.new_page()
        audit.page = deck.page
        deck.title(title)
        if layout == "boxes":
            deck.rect(60, 330, 260, 110, fill=(0.99, 0.85, 0.55), stroke=False)
            deck.text(80, 415, "Score", 14, True)
            deck.text(80, 362, _pct(audit.score_pct), 40, True, (0.6, 0.2, 0.1))
            deck.text(80, 338, "★" * audit.stars if audit.stars else "0 ★", 16)
            deck.bullets(300, points)
        elif layout == "alt":
            name = "Climat Air Energie" if audit.referential == "CAE" else "Economie circulaire"
            deck.text(
                60,
                420,
                f"Audit {name} : {_pct(audit.score_pct)} - {_stars_text(audit.stars, layout)}",
                16,
                True,
            )
            deck.bullets(370, points)
        else:
            deck.text(
                60,
                420,
                f"Score {_pct(audit.score_pct)} et {_stars_text(audit.stars, layout)}",
                16,
                True,
            )
            deck.bullets(370, points)
    # 4 regional objectives and score targets
    deck.new_page()
    deck.title("Le Contrat d'objectif territorial - Score")
    deck.text(60, 430, "A atteindre au terme de l'opération", 16, True)
    y = 390.0
    for no, audit in enumerate((cae, eci), start=1):
        name = "Climat-Air-Energie" if audit.referential == "CAE" else "Économie circulaire"
        if layout == "alt":
            sentence = (
                f"Objectif {name} : +{_fr(audit.target_increase_pct)} points, soit "
                f"{_pct(audit.target_score_pct)} au terme du contrat (note initiale "
                f"{_pct(audit.score_pct)})."
            )
        else:
            sep = "." if no == 1 else ","
            score = f"{audit.score_pct:.1f}" if sep == "." else _fr(audit.score_pct)
            sentence = (
                f"{no}. L'Audit {name} de la phase 1 a validé une note de {score} %. "
                f"L'objectif de progression est fixé à +{_fr(audit.target_increase_pct)} %"
                f" soit une note de {_fr(audit.target_score_pct)} %."
            )
        for line in deck.wrap(sentence, 13, 820):
            deck.text(70, y, line, 13)
            y -= 19
        y -= 10
    deck.text(
        60,
        y - 20,
        "Il doit faciliter la gouvernance et le déploiement des actions de "
        "transition et être en cohérence avec le PCAET",
        12,
        True,
    )
    # tables
    deck.new_page()
    _draw_table(deck, "Le volet Climat Air Energie", "Les actions", spec.cae_rows, layout)
    deck.new_page()
    eci_title = (
        "Le volet Climat Air Energie" if layout == "ruled" else "Le volet Economie circulaire"
    )
    _draw_table(deck, eci_title, "Actions Economie circulaire", spec.eci_rows, layout)
    # orientations overview
    deck.new_page()
    deck.title("Les orientations stratégiques")
    y = 430.0
    for orient in spec.orientations:
        lines = deck.wrap(f"ORIENTATION {orient.no} : {orient.label}", 12, 820)
        for line in lines:
            deck.text(60, y, line, 12, line is lines[0])
            y -= 17
        y -= 12
    # one slide per orientation
    for orient in spec.orientations:
        deck.new_page()
        if layout == "boxes":
            deck.rect(40, PAGE_H - 110, 150, 70, fill=(0.05, 0.25, 0.45), stroke=False)
            deck.text(
                115, PAGE_H - 85, f"ORIENTATION {orient.no}", 14, True, (1, 1, 1), anchor="center"
            )
            y = PAGE_H - 62
            for line in deck.wrap(orient.label, 15, 700):
                deck.text(210, y, line, 15, True, (0.05, 0.25, 0.45))
                y -= 20
            y = min(y, PAGE_H - 110) - 30
        else:
            head = (
                f"Orientation n°{orient.no} – {orient.label}"
                if layout == "alt"
                else f"ORIENTATION {orient.no} : {orient.label}"
            )
            y = PAGE_H - 60
            for line in deck.wrap(head, 18, 870):
                deck.text(40, y, line, 18, True, (0.05, 0.25, 0.45))
                y -= 24
            y -= 20
        for obj in orient.objectives:
            obj.page = deck.page
            if layout == "boxes":
                deck.text(60, y, obj.code, 12, True, (0.6, 0.2, 0.1))
                y = _wrapped_rich(deck, 100, y, obj.label, obj.bold_words, 12, 560)
            elif layout == "alt":
                y = _wrapped_rich(deck, 60, y, f"{obj.code} - {obj.label}", 0, 12, 560)
            else:
                deck.text(50, y, "•", 12)
                deck.text(62, y, obj.code, 12)
                y = _wrapped_rich(deck, 90, y, obj.label, obj.bold_words, 12, 560)
            y -= 10
        deck.text(60, max(y - 10, 40), "Objectifs obligatoires", 10, color=(0.4, 0.4, 0.4))
    # calendar
    deck.new_page()
    deck.title("Le calendrier")
    deck.text(60, 420, f"Phase 1 – Octobre {spec.period_start} à mars {spec.period_start + 2}", 13)
    deck.text(380, 380, f"Période du COT : {spec.period_start}-{spec.period_end}", 15, True)
    deck.text(60, 340, f"Phase 2 – avril {spec.period_start + 2} à {spec.period_end}", 13)
    deck.bullets(
        290,
        [
            "Renseigner les référentiels CAE et ECI",
            "Elaborer un plan d'actions",
            f"Versement de {_thousands(spec.first_payment_eur)} euros",
        ],
    )
    deck.new_page()
    deck.text(PAGE_W / 2, PAGE_H / 2, "Merci de votre attention", 28, True, anchor="center")
    return deck.finish()


# --------------------------------------------------------------------------- COT TRI deck


def _build_tri(spec: CotSpec, layout: str) -> bytes:
    deck = _Deck(f"COT TRI - {spec.territory_name}")
    upper = spec.territory_name.upper()
    start, end = spec.period_start, spec.period_end
    deck.text(
        PAGE_W / 2,
        330,
        "LANCEMENT ET ÉTAT D'AVANCEMENT DU COT TRI",
        26,
        True,
        (0.1, 0.3, 0.2),
        anchor="center",
    )
    deck.text(
        PAGE_W / 2,
        290,
        upper if layout != "alt" else spec.territory_name,
        22,
        True,
        anchor="center",
    )
    deck.text(PAGE_W / 2, 230, f"COMITE DE PILOTAGE DU 7 OCTOBRE {start}", 16, anchor="center")
    # agenda (numbers that are not targets)
    deck.new_page()
    deck.title("ORDRE DU JOUR")
    for i, item in enumerate(
        [
            "Présentation des modalités du COT TRI",
            f"Les {len(spec.targets)} objectifs contractuels",
            "Zoom sur les 3 objectifs prioritaires",
            "Le pilotage de la démarche",
        ]
    ):
        deck.text(80 + i * 210, 300, f"-{i + 1}-", 20, True, anchor="center")
        deck.text(80 + i * 210, 260, item, 10, anchor="center")
    # modalities
    deck.new_page()
    deck.title("1 - PRESENTATION DES MODALITES DU COT TRI")
    deck.bullets(
        440,
        [
            "Le Contrat d'objectifs territorial pour l'amplification de la Troisième Révolution "
            "Industrielle (COT TRI) est un dispositif d'accompagnement de l'ADEME, cofinancé par "
            "la Région",
            f"Constitue un document stratégique et opérationnel pour une durée de 3 ans. "
            f"(1/01/{start} – 31/12/{end})",
            "Convention finançant l'animation (ingénierie), la communication, les études et les AMO",
            f"1ère et 2ème année: aide forfaitaire de {_thousands(spec.first_payment_eur)} €",
            "3ème année: maximum 1€ hab, aide conditionnée à l'atteinte des objectifs contractuels:"
            " a minima, 60 % de chaque objectif doit être atteint",
            f".... Soit {_thousands(spec.amount_eur)} € sur 3 ans.",
        ],
    )
    # targets
    deck.new_page()
    n = len(spec.targets)
    deck.title(f"3 - LES {n} OBJECTIFS CONTRACTUELS DU COT TRI")
    deck.text(PAGE_W - 40, PAGE_H - 60, f"{start}/{end}", 14, True, anchor="right")
    if layout == "ruled":
        _targets_ruled(deck, spec)
    elif layout == "boxes":
        _targets_boxes(deck, spec)
    else:
        _targets_alt(deck, spec)
    # zoom slides for priorities (ruled and alt)
    if layout != "boxes":
        for target in [t for t in spec.targets if t.priority]:
            deck.new_page()
            deck.title(f"ZOOM - DOMAINE DE COOPÉRATION : {target.domain}", 18)
            deck.text(40, 440, "ETAT DES LIEUX", 12, True)
            deck.bullets(
                410,
                [
                    "Quelques expérimentations ciblées sur le territoire, encore "
                    "isolées et peu accompagnées."
                ],
                11,
            )
            deck.rect(560, 250, 340, 170, fill=(0.95, 0.9, 0.8), stroke=False)
            deck.text(580, 395, "OBJECTIF CONTRACTUEL PRIORITAIRE", 13, True)
            y = 370.0
            for line in deck.wrap(target.label, 12, 300):
                deck.text(580, y, line, 12)
                y -= 16
            deck.text(40, 200, "Liens DC 3, DC 4, DC 6", 10)
    deck.new_page()
    deck.title("5 - LE PILOTAGE DE LA DEMARCHE")
    deck.bullets(
        430,
        [
            "Mobilisation (dont les acteurs de la société civile), communication",
            f"Recherche d'efficacité pour atteindre les {n} objectifs contractuels sur la TEE/TRI",
            f"Des moyens financiers (de l'ordre de {_thousands(spec.amount_eur)} €)",
        ],
    )
    return deck.finish()


def _targets_ruled(deck: _Deck, spec: CotSpec) -> None:
    """Seed-like: bullet sentences (figure in bold) with the domain caption on the right."""
    deck.text(40, PAGE_H - 90, "OBJECTIFS CONTRACTUELS DU TERRITOIRE A 3 ANS", 12, True)
    n = len(spec.targets)
    row_h = min(44.0, 410.0 / n)
    y = PAGE_H - 120
    for target in spec.targets:
        target.page = deck.page
        deck.hline(40, 920, y + row_h - 14)
        lines = deck.wrap(target.label, 10, 600)
        yy = y
        for i, line in enumerate(lines[:3]):
            if i == 0:
                deck.text(50, yy, "•", 10)
                if target.number_text and line.startswith(target.number_text):
                    deck.rich_line(
                        62,
                        yy,
                        [(target.number_text, True), (line[len(target.number_text) :], False)],
                        10,
                    )
                else:
                    deck.text(62, yy, line, 10)
            else:
                deck.text(62, yy, line, 10)
            yy -= 12.5
        cap = deck.wrap(target.domain, 9, 200, True)
        cy = y
        for line in cap:
            deck.text(690, cy, line, 9, True, (0.1, 0.35, 0.6))
            cy -= 11
        y -= row_h
    deck.hline(40, 920, y + row_h - 14)


def _targets_boxes(deck: _Deck, spec: CotSpec) -> None:
    """Coloured boxes with the big figure on top, label below, domain caption under the box."""
    deck.text(40, PAGE_H - 90, "OBJECTIFS CONTRACTUELS (ET ", 11, True)
    x = 40 + deck.width("OBJECTIFS CONTRACTUELS (ET ", 11, True)
    deck.text(x, PAGE_H - 90, "PRIORITAIRES", 11, True, (0.8, 0.1, 0.1))
    x += deck.width("PRIORITAIRES", 11, True)
    deck.text(x, PAGE_H - 90, ") DU TERRITOIRE A 3 ANS", 11, False)
    n = len(spec.targets)
    cols = 4 if n > 9 else 3
    rows = (n + cols - 1) // cols
    cell_w = 880.0 / cols
    cell_h = 410.0 / rows
    for index, target in enumerate(spec.targets):
        target.page = deck.page
        r, c = divmod(index, cols)
        x0 = 40 + c * cell_w
        top = PAGE_H - 110 - r * cell_h
        box_h = cell_h - 34
        deck.rect(x0 + 6, top - box_h, cell_w - 24, box_h, fill=(0.87, 0.93, 0.97), stroke=False)
        y = top - 26
        if target.number_text:
            deck.text(x0 + 16, y, target.number_text, 22, True, (0.05, 0.3, 0.55))
            y -= 16
        size = 8.5
        for line in deck.wrap(target.rest, size, cell_w - 44, target.priority)[:4]:
            deck.text(x0 + 16, y, line, size, target.priority)
            y -= size * 1.25
        cy = top - box_h - 12
        for line in deck.wrap(target.domain, 8, cell_w - 30, True)[:2]:
            deck.text(x0 + 8, cy, line, 8, True, (0.55, 0.25, 0.1))
            cy -= 9.5


def _targets_alt(deck: _Deck, spec: CotSpec) -> None:
    """Two columns ``Objectif | Cible`` with domain group rows."""
    size = 9.5
    x_obj, x_cib = 50.0, 700.0
    y = PAGE_H - 100
    deck.text(x_obj, y, "Objectif", 11, True)
    deck.text(x_cib, y, "Cible", 11, True)
    deck.hline(40, 920, y - 6)
    y -= 24
    for target in spec.targets:
        target.page = deck.page
        deck.text(x_obj, y, target.domain.title(), 9, True, (0.3, 0.3, 0.3))
        y -= 13
        text = target.rest[0].upper() + target.rest[1:]
        if target.priority:
            text += " (prioritaire)"
        lines = deck.wrap(text, size, 600)[:2]
        if target.number_text:
            cible = (
                f"{target.number_text} {target.unit}" if target.unit != "%" else target.number_text
            )
        else:
            cible = f"{_fr(target.value)} {target.unit}"
        deck.text(x_cib, y, cible, size, True)
        for line in lines:
            deck.text(x_obj + 10, y, line, size)
            y -= 12
        deck.hline(40, 920, y + 5)
        y -= 7


def build_cot_pdf(spec: CotSpec, layout: str = "ruled") -> bytes:
    """Render ``spec`` as a landscape 16:9 PDF deck; sets each item's ``page`` on the spec."""
    if layout not in LAYOUTS:
        raise ValueError(f"unknown COT layout {layout!r}")
    if spec.kind == "tri":
        return _build_tri(spec, layout)
    return _build_cae_eci(spec, layout)


def main() -> None:  # pragma: no cover - manual inspection helper
    """Write one deck per (kind, layout) in ``/tmp/cot_demo`` for eyeballing."""
    out = Path("/tmp/cot_demo")
    out.mkdir(exist_ok=True)
    for kind in KINDS:
        for layout in LAYOUTS:
            spec = random_cot_spec(random.Random(7), "Pays du Calaisis", kind)
            (out / f"{kind}_{layout}.pdf").write_bytes(build_cot_pdf(spec, layout))


if __name__ == "__main__":  # pragma: no cover
    main()
