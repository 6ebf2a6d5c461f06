"""An « Objectif stratégique : … » heading whose number was not read (a scan on which OCR lost
the « 1.4 » line over it): the fiches under it get its label with the objective number their
own code gives (sources.action_plan.parser ``_start_sheet``). Negative case: a fiche of
another objective, after them, does not inherit the label. Drawn with reportlab."""

from __future__ import annotations

import io

from sources.action_plan import parse_action_plan

HEIGHT = 842.0


def _plan(lines: list[tuple[str, bool, float]]) -> bytes:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=(595.0, HEIGHT))
    top = 60.0
    for text, bold, size in lines:
        c.setFont("Helvetica-Bold" if bold else "Helvetica", size)
        c.drawString(57.0, HEIGHT - top - size, text)
        top += size * 1.6 + (10.0 if bold else 0.0)
    c.showPage()
    c.save()
    return buffer.getvalue()


def _fiche(code: str, title: str) -> list[tuple[str, bool, float]]:
    return [
        (f"FICHE {code}", True, 12.0),
        (f"Objectif opérationnel : {title}", True, 12.0),
        ("Contexte : Un contexte de quelques mots.", False, 9.0),
        ("Indicateurs : Nombre de communes engagées", False, 9.0),
    ]


def test_an_objective_heading_without_its_number_labels_its_fiches() -> None:
    data = _plan(
        [("Axe 1 : Aménager", True, 14.0)]
        + [("Objectif stratégique : Renforcer la commande publique", True, 13.0)]
        + _fiche("1.4.1", "Intégrer les enjeux climat")
        + _fiche("1.4.2", "Quantifier le carbone")
        + [("1.5", True, 13.0), ("Objectif stratégique : Prévenir les risques", True, 13.0)]
        + _fiche("1.5.1", "Réduire la vulnérabilité")
        + _fiche("2.1.1", "Une fiche d'un autre axe")
    )
    doc = parse_action_plan(data, "plans/objectifs.pdf", "0" * 64)
    by_code = {a.action_code: a for a in doc.actions}
    assert by_code["1.4.1"].strategic_objective_code == "1.4"
    assert by_code["1.4.1"].strategic_objective == "Renforcer la commande publique"
    assert by_code["1.4.2"].strategic_objective == "Renforcer la commande publique"
    assert by_code["1.5.1"].strategic_objective == "Prévenir les risques"
    assert by_code["2.1.1"].strategic_objective_code == "2.1"
    assert by_code["2.1.1"].strategic_objective is None
