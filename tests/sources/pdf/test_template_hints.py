"""A template's bracketed guidance left in the filled document (sources.pdf.template_hints):
a whole bracketed run in a smaller or grey italic is set aside, a bracketed note typed in
the body's type, a reference and a short aside stay."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pdfplumber

from sources.pdf.template_hints import hint_chars

GREY, BLACK = (0.502, 0.502, 0.502), (0.0, 0.0, 0.0)
FIXTURE = Path(__file__).parents[2] / "fixtures" / "producers" / "plan_odt_maquette.pdf"


def _run(
    text: str, top: float, size: float = 10.0, colour: Any = BLACK, font: str = "Serif"
) -> list[dict[str, Any]]:
    return [
        {"text": ch, "x0": 60.0 + 0.5 * size * k, "x1": 60.0 + 0.5 * size * (k + 1),
         "top": top, "bottom": top + size, "size": size, "fontname": font,
         "non_stroking_color": colour, "upright": True}
        for k, ch in enumerate(text)
    ]  # fmt: skip


def _text(chars: list[dict[str, Any]], drop: set[int]) -> str:
    return "".join(c["text"] for c in chars if id(c) not in drop)


def test_a_small_grey_italic_bracketed_run_is_the_templates_hint() -> None:
    label = _run("Contexte", 100.0, font="Serif-Bold")
    hint = _run("[Décrire ici la situation de départ]", 112.0, 8.0, GREY, "Serif-Italic")
    value = _run("L'agglomération mène une opération test.", 100.0)
    chars = [*label, *hint, *value, *_run("Un autre texte courant du corps.", 140.0)]
    drop = hint_chars(chars)
    assert drop == {id(c) for c in hint}
    assert _text(chars, drop) == (
        "ContexteL'agglomération mène une opération test.Un autre texte courant du corps."
    )


def test_bracketed_text_in_the_bodys_type_or_too_short_stays() -> None:
    body = _run("Un texte courant du corps de la fiche.", 100.0)
    typed = _run("[à confirmer par le bureau]", 112.0, font="Serif-Italic")  # body size, black
    roman = _run("[Montant prévisionnel hors taxes]", 124.0, 8.0, GREY)  # grey but roman
    reference = _run("[1]", 136.0, 8.0, GREY, "Serif-Italic")  # a reference
    aside = _run("[sic]", 148.0, 8.0, GREY, "Serif-Italic")  # one word
    open_ = _run("[Décrire ici la situation de départ", 160.0, 8.0, GREY, "Serif-Italic")
    chars = [*body * 3, *typed, *roman, *reference, *aside, *open_]
    assert hint_chars(chars) == set()


def test_a_grey_italic_hint_at_the_body_size_and_a_smaller_black_one_are_hints() -> None:
    body = _run("Versement de 75 000 euros", 100.0, font="Serif-Bold")
    grey = _run(" [Indiquer le montant en € HT]", 100.0, 10.0, GREY, "Serif-Oblique")
    small = _run("[Objectifs du SRADDET, de la SNBC]", 120.0, 8.0, BLACK, "Serif-Italic")
    chars = [*body * 3, *grey, *small]
    # the blank before « [ » goes with the figure's run and stays
    assert hint_chars(chars) == {id(c) for c in [*grey[1:], *small]}


def test_the_maquette_fiches_seventy_two_hints_and_no_value() -> None:
    dropped: list[str] = []
    kept = ""
    with pdfplumber.open(FIXTURE) as pdf:
        for page in pdf.pages:
            chars = page.chars
            drop = hint_chars(chars)
            text = "".join(c["text"] if id(c) in drop else "\n" for c in chars)
            dropped += [t for t in text.split("\n") if t.strip()]
            kept += _text(chars, drop)
    assert len(dropped) == 72
    assert all(t.startswith("[") and t.endswith("]") for t in dropped)
    assert dropped[0].startswith("[Décrire ici la situation de départ : diagnostic")
    assert "[" not in kept and "Décrire ici" not in kept
    assert "L'agglomération mène une opération test d'économie circulaire" in kept
    assert "Entreprises, Associations, Collectivités" in kept
