"""A template label is known by its typography and place, not by its words alone.

TeT's fiche template sets its section labels in bold (« OBJECTIFS : », « FINANCEURS : »,
« BUDGET D’INVESTISSEMENT : »), the rows of its actors card as « icon + Label : + badges »
inside that card, the dates in the small info row under the title and the status / priority as
bold badges above it. A user's paragraph line that starts with the same words (r45 of
``tests/fixtures/tet_fiche_renders``) is text: it neither ends a section, nor fills a list, a
budget, a funder, a date or a status.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from sources.tet_fiche import (
    _FUNDERS,
    _INVEST,
    _actor_rows,
    _badge_list,
    _header_rows,
    _Line,
    _look_alikes,
    _moyens_sections,
    _section,
    parse_tet_fiche,
)

RENDERS = Path(__file__).resolve().parents[1] / "fixtures" / "tet_fiche_renders"
BOLD, REGULAR = "LiberationSans-Bold", "LiberationSans"


def _line(page: int, top: float, text: str, x0: float, size: float, font: str) -> _Line:
    """One visual line of words 2 pt apart, as pdfplumber gives them."""
    words = []
    for token in text.split():
        width = 4.0 * len(token)
        words.append({"text": token, "x0": x0, "x1": x0 + width, "size": size, "fontname": font})
        x0 += width + 2.0
    return _Line(page, top, words)


def _with_badges(label: _Line, badges: str, x0: float) -> _Line:
    return _Line(label.page, label.top, label.words + _line(1, 0, badges, x0, 7.2, BOLD).words)


def test_bold_label_versus_paragraph_line() -> None:
    """« FINANCEURS : » in bold is the label; the same words in the regular face are text."""
    assert _line(1, 10, "FINANCEURS : ADEME", 25, 7.8, BOLD).label(_FUNDERS) == 2
    assert _line(1, 10, "FINANCEURS : ADEME", 25, 7.8, REGULAR).label(_FUNDERS) == 0
    # no font information (another engine): not judged, the words decide as before
    unjudged = _line(1, 10, "FINANCEURS : ADEME", 25, 7.8, BOLD)
    for word in unjudged.words:
        del word["fontname"]
    assert unjudged.label(_FUNDERS) == 2


def test_moyens_block_ignores_label_like_paragraphs() -> None:
    """A description line « Budget d’investissement : 640 000 € … » opens no budget part."""
    text_invest = _line(
        1, 180, "Budget d’investissement : 640 000 € sur trois ans", 38, 7.8, REGULAR
    )
    text_funders = _line(1, 190, "FINANCEURS : Agence de l’eau et Département", 38, 7.8, REGULAR)
    real_invest = _line(2, 60, "BUDGET D’INVESTISSEMENT :", 25, 7.8, BOLD)
    real_funders = _line(2, 300, "FINANCEURS :", 25, 7.8, BOLD)
    parts = _moyens_sections([text_invest, text_funders, real_invest, real_funders])
    assert parts[_INVEST] == [real_invest]
    assert parts[_FUNDERS] == [real_funders]
    # without the real labels, nothing is a budget nor a funder
    assert _moyens_sections([text_invest, text_funders]) == {}


def test_actor_rows_are_rows_of_the_actors_card() -> None:
    """« Structures pilotes : … » in a description is no list; the card's row is."""
    description = _line(1, 170, "Structures pilotes : la ville et le CAUE", 38, 7.8, REGULAR)
    card = _line(1, 290, "ACTEURS DU PROJET :", 38, 8.4, BOLD)
    pilots = _with_badges(_line(1, 310, "Structures Pilotes :", 50.5, 7.8, REGULAR), "SIEML", 130)
    objectives = _line(1, 500, "OBJECTIFS : 8 cours", 25, 7.8, BOLD)
    partners = _line(1, 512, "Partenaires : parents d’élèves, enseignants.", 25, 7.8, REGULAR)
    lines = [description, card, pilots, objectives, partners]
    rows = _actor_rows(lines)
    assert rows == {2}
    assert _badge_list(lines, "Structures Pilotes", rows) == ["SIEML"]
    # « Partenaires : » only in the objectives: no partner (not a text fallback either)
    assert _badge_list(lines, "Partenaires", rows) == []
    assert _badge_list(lines, "Cibles", rows) is None
    # a row at the card title's left edge (no icon before it) is not one of its rows
    flush = _with_badges(_line(1, 310, "Structures Pilotes :", 38, 7.8, REGULAR), "SIEML", 130)
    assert _actor_rows([card, flush]) == set()
    # nor a row below the card's end (the next bold label)
    assert _actor_rows([card, objectives, pilots]) == set()
    assert _look_alikes(lines, rows) == {
        "structures pilotes la ville et le caue",
        "partenaires parents d eleves enseignants",
    }


def test_sections_read_past_label_like_lines() -> None:
    """Look-alike lines neither open nor end a free-text section."""
    text = (
        "Description de l'action :\nFINANCEURS : Agence de l’eau.\nDébut : 01/09/2025.\n"
        "Instances de gouvernance :\nNon renseigné\n"
        "OBJECTIFS : OBJECTIFS : 8 cours.\nPartenaires : parents d’élèves.\nEFFETS ATTENDUS : x\n"
    )
    alikes = {"financeurs agence de l eau", "partenaires parents d eleves"}
    assert _section(text, "Description de l'action", alikes) == (
        "FINANCEURS : Agence de l'eau.\nDébut : 01/09/2025."
    )
    assert _section(text, "OBJECTIFS", alikes) == (
        "OBJECTIFS : 8 cours.\nPartenaires : parents d'élèves."
    )
    # without the layout's word, the words alone end the sections (as the reader did before)
    assert _section(text, "Description de l'action") is None
    assert _section(text, "OBJECTIFS") == "OBJECTIFS : 8 cours."
    text_first = "OBJECTIFS : 2 cours\nNOTES\nOBJECTIFS : 8 cours\nNOTES\n"
    assert _section(text_first, "OBJECTIFS", {"objectifs 2 cours"}) == "8 cours"


def test_dates_and_badges_from_the_header_rows_only() -> None:
    """Dates of the small info row; status and priority badges above the title."""
    badge = _line(1, 55, "EN COURS ÉLEVÉ", 42, 7.2, BOLD)
    title = _line(1, 69, "2.7 Végétaliser les cours", 25, 13.5, BOLD)
    info = _line(1, 104, "Créée le 01/06/2025 Début : 01/09/2024", 34, 5.4, REGULAR)
    tags = _line(1, 140, "EN PAUSE", 42, 7.2, BOLD)  # a tag below the title: no status
    text = _line(1, 212, "Début : 01/09/2025 – Fin prévisionnelle : 31/08/2028.", 38, 7.8, REGULAR)
    assert _header_rows([badge, title, info, tags, text], 1) == (
        "Créée le 01/06/2025 Début : 01/09/2024",
        "EN COURS ÉLEVÉ",
    )
    assert _header_rows([title, info, tags, text], 1) == (
        "Créée le 01/06/2025 Début : 01/09/2024",
        "",
    )


def test_r45_labels_in_the_text() -> None:
    """r45: description, objectives, calendar and steps whose lines look like labels."""
    name = "r45_libelles_dans_le_texte_version_c.pdf"
    data = (RENDERS / name).read_bytes()
    doc = parse_tet_fiche(data, name, hashlib.sha256(data).hexdigest())
    action = doc.actions[0]
    assert action.context.splitlines() == [
        "Structures pilotes : la ville et le CAUE (convention de 2025).",
        "Budget d'investissement : 640 000 € sur trois ans, soit 80 000 € par cour.",
        "FINANCEURS : Agence de l'eau Loire-Bretagne et Département de la Sarthe.",
        "Début : 01/09/2025 - Fin prévisionnelle : 31/08/2028.",
    ]
    assert action.expected_results.startswith("OBJECTIFS : 8 cours")
    assert action.expected_results.endswith("Partenaires : parents d'élèves, enseignants.")
    assert (action.owners, action.partners) == ([], [])
    assert (action.action_status, action.action_priority) == (None, None)
    assert [(s.planning_label, s.budget_eur, s.etp) for s in doc.steps] == [
        ("2026", 160_000, None),
        ("2027", 160_000, None),
        ("2028", 320_000, None),
    ]
    assert (action.total_budget_eur, action.total_etp) == (640_000, 0.6)
    assert [(f.funder, f.amount_eur) for f in doc.funders] == [
        ("Agence de l'eau Loire-Bretagne", 256_000),
        ("Département de la Sarthe", 64_000),
    ]
