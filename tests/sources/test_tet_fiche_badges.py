"""A badge list is read badge by badge: a badge's words may look like another badge's.

TeT's template draws funders as pairs of badges (name, then « 60 000 € HT » or « Non
renseigné ») and actor lists as rows of badges (7,2 pt bold text, a wide gap between two
badges). A funder's name may hold figures, « € » and « HT » of its own (r50 of
``tests/fixtures/tet_fiche_renders``: « Prime « 100 € par vélo » de l’État »), and a
citizen-participation comment in paragraph text may sit under a row of badges (r49): neither is
a badge of another kind.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from sources.tet_fiche import _badge_list, _funders, _Line, parse_tet_fiche

RENDERS = Path(__file__).resolve().parents[1] / "fixtures" / "tet_fiche_renders"
BOLD, REGULAR = "LiberationSans-Bold", "LiberationSans"


def _words(text: str, x0: float, size: float, font: str) -> tuple[list[dict], float]:
    """Words of one text, 2 pt apart (a space), and the x where they end."""
    words = []
    for token in text.split():
        width = 4.0 * len(token)
        words.append({"text": token, "x0": x0, "x1": x0 + width, "size": size, "fontname": font})
        x0 += width + 2.0
    return words, x0


def _row(top: float, label: str, badges: list[str], x0: float = 25.0) -> _Line:
    """A line: an optional label (7,8 pt bold), then badges (7,2 pt bold) 10 pt apart."""
    words: list[dict] = []
    if label:
        words, x0 = _words(label, x0, 7.8, BOLD)
        x0 += 8
    for badge in badges:
        more, x0 = _words(badge, x0, 7.2, BOLD)
        words += more
        x0 += 10
    return _Line(1, top, words)


def _pairs(part: list[_Line]) -> list[tuple[str, float | None]]:
    return [(name, amount) for name, amount, _text, _page in _funders(part)]


def test_funder_names_holding_amounts() -> None:
    """The amount badge holds an amount and nothing else: the name badge keeps its « € »."""
    part = [
        _row(10, "FINANCEURS :", ["Prime « 100 € par vélo » de l'État", "60 000 € HT"]),
        _row(22, "", ["Fonds vert 2026 - axe 2", "45 000,75 € HT", "Région - 50 € HT par vélo"]),
        _row(34, "", ["25 000 € HT", "CEE « Objectif 2 000 vélos »", "Non renseigné"]),
    ]
    assert _pairs(part) == [
        ("Prime « 100 € par vélo » de l'État", 60_000),
        ("Fonds vert 2026 - axe 2", 45_000.75),
        ("Région - 50 € HT par vélo", 25_000),
        ("CEE « Objectif 2 000 vélos »", None),
    ]


def test_funder_badges_plain_names_and_wrapped_ht() -> None:
    """Plain pairs read as before; a « HT » wrapped alone after its amount is no name."""
    part = [
        _row(10, "FINANCEURS :", ["ADEME", "120 000 € HT", "Région Pays de la Loire"]),
        _row(22, "", ["50 000 €", "HT", "FEDER", "Non renseigné"]),
    ]
    assert _pairs(part) == [
        ("ADEME", 120_000),
        ("Région Pays de la Loire", 50_000),
        ("FEDER", None),
    ]


def test_funder_row_without_badge_gaps_read_as_text() -> None:
    """Negative case: words all a space apart (no badge to split) are read pair by pair."""
    part = [_row(10, "FINANCEURS :", ["ADEME 120 000 € HT Région 50 000,5 € HT"])]
    assert _pairs(part) == [("ADEME", 120_000), ("Région", 50_000.5)]


def test_funder_names_left_on_the_page_before() -> None:
    """Name badges a page break left behind pair with the amounts opening the label's row."""
    left = _Line(1, 800, _row(0, "", ["ADEME", "Banque des Territoires"]).words)
    label = _row(60, "FINANCEURS :", ["10 000 € HT", "20 000 € HT", "FEDER", "30 000 € HT"])
    part = [left, _Line(2, label.top, label.words)]
    assert [(n, a, p) for n, a, _t, p in _funders(part)] == [
        ("ADEME", 10_000, 1),
        ("Banque des Territoires", 20_000, 1),
        ("FEDER", 30_000, 2),
    ]


def _actor_row(top: float, label: str, badges: list[str]) -> _Line:
    """A row of the actors card: the label in the regular face, then badges."""
    words, x0 = _words(label, 50.5, 7.8, REGULAR)
    for badge in badges:
        more, x0 = _words(badge, x0 + 10, 7.2, BOLD)
        words += more
    return _Line(1, top, words)


def test_paragraph_text_under_a_badge_row_is_no_badge() -> None:
    """A participation comment (7,8 pt) under the partners row ends the list."""
    comment, _ = _words("Deux ateliers publics en 2026.", 196.4, 7.8, REGULAR)
    lines = [
        _actor_row(361, "Partenaires :", ["Département de la Vendée", "Vélo Vendée"]),
        _Line(1, 380, comment),
        _actor_row(392, "Participation Citoyenne :", ["Concertation"]),
    ]
    assert _badge_list(lines, "Partenaires") == ["Département de la Vendée", "Vélo Vendée"]
    # words of paragraph size on the row itself (the comment set beside it) are no badge
    beside, _ = _words("Partenaires : associations d'usagers.", 196.4, 7.8, REGULAR)
    lines[2] = _Line(1, 392, lines[2].words + beside)
    assert _badge_list(lines, "Participation Citoyenne") == ["Concertation"]


def test_wrapped_badge_row_is_still_read() -> None:
    """Negative case: a wrapped row of badge text (7,2 pt) goes on with the list."""
    wrapped, _ = _words("Syndicat mixte du littoral", 103.2, 7.2, BOLD)
    lines = [
        _actor_row(361, "Partenaires :", ["Département de la Vendée", "Vélo Vendée"]),
        _Line(1, 372, wrapped),
    ]
    assert _badge_list(lines, "Partenaires") == [
        "Département de la Vendée",
        "Vélo Vendée",
        "Syndicat mixte du littoral",
    ]


def _parse(name: str):  # noqa: ANN202 - ActionPlanDocument
    data = (RENDERS / name).read_bytes()
    return parse_tet_fiche(data, name, hashlib.sha256(data).hexdigest())


def test_r49_participation_comment_and_r50_funder_names() -> None:
    """The two renders whose misses led to these rules (round 10)."""
    action = _parse("r49_participation_commentaire_version_d.pdf").actions[0]
    assert action.partners == ["Département de la Vendée", "Vélo Vendée"]
    assert action.owners == ["Pays de Saint-Gilles-Croix-de-Vie Agglomération"]
    doc = _parse("r50_financeurs_chiffres.pdf")
    assert [(f.funder, f.amount_eur) for f in doc.funders] == [
        ("Prime « 100 € par vélo » de l'État", 60_000),
        ("Fonds vert 2026 - axe 2", 45_000.75),
        ("CEE programme « Objectif 2 000 vélos »", None),
        ("Région - 50 € HT par vélo", 25_000),
    ]
