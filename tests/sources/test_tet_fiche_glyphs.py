"""Characters the template's font lacks, and figures the template prints for nothing planned.

react-pdf draws a character that no font of the text's family has (TeT registers Marianne
only: emoji, « ₂ », « ➜ », a combining accent…) in its fallback font, Helvetica, one byte a
UTF-16 code unit: the PDF's text holds stray Latin-1 characters (🚲 → « =² ») set over the
next words. They are left out of the text read (r55 and r59 of
``tests/fixtures/tet_fiche_renders``, round 11). A budget row at 0 prints a bare « 0 » (TeT's
``{value && …}``): a planned 0 ETP is no planned ETP, as a 0 € row is no budget line (r56).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from sources.records import ActionPlanDocument
from sources.tet_fiche import _budget, _is_fallback_glyph, _Line, _substituted, parse_tet_fiche

RENDERS = Path(__file__).resolve().parents[1] / "fixtures" / "tet_fiche_renders"
BOLD, REGULAR = "CZZZZZ+LiberationSans-Bold", "DZZZZZ+LiberationSans"


def _chars(text: str, font: str, x0: float = 25.0) -> list[dict]:
    """One character dict a letter, 4 pt wide, on one line."""
    chars = []
    for ch in text:
        chars.append(
            {"text": ch, "fontname": font, "x0": x0, "x1": x0 + 4.0, "top": 80.0, "size": 13.5}
        )
        x0 += 4.0
    return chars


def test_standard_fonts_are_react_pdf_substitutes() -> None:
    """A standard PDF font (no subset tag) is the fallback; an embedded subset is not."""
    assert _is_fallback_glyph({"fontname": "Helvetica-Bold"})
    assert _is_fallback_glyph({"fontname": "Helvetica"})
    assert _is_fallback_glyph({"fontname": "ZapfDingbats"})
    assert not _is_fallback_glyph({"fontname": "CZZZZZ+LiberationSans-Bold"})
    assert not _is_fallback_glyph({"fontname": "UPGALL+Marianne-Bold"})
    assert not _is_fallback_glyph({"fontname": "ABCDEF+Helvetica"})  # embedded by the producer
    assert not _is_fallback_glyph({})


def test_substitute_glyphs_left_out_of_a_page() -> None:
    """« Vélo 🚲 et » drawn as « Vélo », « =² » (Helvetica) over « et »: the stray pair goes."""
    page = _chars("Vélo ", BOLD) + _chars("=²", "Helvetica-Bold", 45.0) + _chars(" et", BOLD, 45.0)
    kept = _substituted(page)
    assert kept is not None
    assert "".join(c["text"] for c in kept) == "Vélo  et"
    # negative cases: a page without substitute keeps everything (None: read as it is), and a
    # page set in Helvetica for most of its text (no font registered) is not emptied
    assert _substituted(_chars("Vélo et covoiturage", BOLD)) is None
    assert _substituted(_chars("Vélo et covoiturage", "Helvetica") + _chars("=²", BOLD)) is None
    assert _substituted([]) is None


def _parse(name: str) -> ActionPlanDocument:
    data = (RENDERS / name).read_bytes()
    return parse_tet_fiche(data, name, hashlib.sha256(data).hexdigest())


def test_r55_texts_and_badges_without_stray_glyphs(monkeypatch: pytest.MonkeyPatch) -> None:
    """r55: emoji and « ₂ » are not in the PDF; what is there is read, badges pair again.

    Before round 11 the title read « Vélo =2 et covoiturage =- : réduire le CO ‚ de 30 % », the
    structure « Estuaire et Sillon <? » and the two funders one name « Fonds vert <1 80 000 € HT
    CEE ¡ programme » (the stray glyphs, set over the next words, closed the gaps between badges).
    Read with pdfplumber: PDFium's reading of this page is shifted (see the test below).
    """
    title = "Vélo et covoiturage : réduire le CO de 30 % (≈ 12 kt)"
    assert _parse("r55_emoji_unicode_version_d.pdf").actions[0].title == title  # PDFium
    monkeypatch.setenv("COPDIAG_PDF_ENGINE", "pdfplumber")
    doc = _parse("r55_emoji_unicode_version_d.pdf")
    action = doc.actions[0]
    assert (action.action_code, action.title) == ("4.2", title)
    assert action.owners == ["Estuaire et Sillon"]
    assert action.partners == [
        "Ouest Covoit'",
        "Reseau Mobilite Pays de la Loire",  # U+0301 drawn by the fallback: accents not in the PDF
        "Σύλλογος Ποδηλάτων",
    ]
    assert [(f.funder, f.amount_eur) for f in doc.funders] == [
        ("Fonds vert", 80_000),
        ("CEE programme", 45_000.5),
    ]
    assert action.total_budget_eur == 460_000
    assert action.context == (
        "Objectif : 3 lignes de covoiturage gare de Savenay.\n"
        "Réduction Δ = -12 kt COe/an ; coût ≈ 1,2 M€ ; 10 usagers visés.\n"
        "Symboles puis fin du texte."
    )
    assert any("emoji" in issue.message and "page(s) 1" in issue.message for issue in doc.issues)
    assert not any("emoji" in issue.message for issue in _parse("r01_fiche81152.pdf").issues)
    monkeypatch.delenv("COPDIAG_PDF_ENGINE")
    second = _parse("r59_export_quatre_fiches_version_c.pdf").actions[1]
    assert (second.title, second.partners) == (
        "Jardins partagés à Rezé",
        ["Les Jardins d'Émile"],
    )


def test_r55_pdfium_reads_what_pdfplumber_reads(monkeypatch: pytest.MonkeyPatch) -> None:
    """The PDFium reading of r55 equals the pdfplumber one: a character of code 0 (☀ drawn by
    react-pdf's Helvetica fallback) does not shift the text of the characters after it."""

    def reading() -> tuple:
        doc = _parse("r55_emoji_unicode_version_d.pdf")
        action = doc.actions[0]
        funders = [(f.funder, f.amount_eur) for f in doc.funders]
        return action.expected_results, action.owners, action.total_budget_eur, funders

    monkeypatch.setenv("COPDIAG_PDF_ENGINE", "pdfplumber")
    reference = reading()
    monkeypatch.setenv("COPDIAG_PDF_ENGINE", "pdfium")
    assert reading() == reference


def _cells(top: float, cells: list[tuple[str, float]], size: float = 7.8) -> _Line:
    """A line of words, each text centred on its x, in the regular face."""
    words = []
    for text, centre in cells:
        x0 = centre - 2.0 * len(text)
        for token in text.split():
            width = 4.0 * len(token)
            words.append(
                {"text": token, "x0": x0, "x1": x0 + width, "size": size, "fontname": REGULAR}
            )
            x0 += width + 2.0
    return _Line(1, top, words)


def _operating_table(rows: list[list[tuple[str, float]]]) -> list[_Line]:
    label = _Line(
        1,
        100.0,
        [
            {"text": t, "x0": 25.0 + 40 * i, "x1": 60.0 + 40 * i, "size": 7.8, "fontname": BOLD}
            for i, t in enumerate(("BUDGET", "DE", "FONCTIONNEMENT", ":"))
        ],
    )
    header = _cells(
        115.0,
        [
            ("ANNÉE", 60.0),
            ("MONTANT PRÉVISIONNEL", 160.0),
            ("MONTANT DÉPENSÉ", 260.0),
            ("ETP PRÉVISIONNEL", 360.0),
            ("ETP RÉEL", 460.0),
        ],
    )
    lines = [_cells(130.0 + 12 * i, row) for i, row in enumerate(rows)]
    top = 130.0 + 12 * len(rows)
    total = _cells(top, [("Total", 60.0), ("0 € HT", 160.0), ("0 ETP", 360.0)])
    funders = _Line(  # the next label closes the table
        1,
        top + 20,
        [
            {"text": "FINANCEURS", "x0": 25.0, "x1": 70.0, "size": 7.8, "fontname": BOLD},
            {"text": ":", "x0": 72.0, "x1": 74.0, "size": 7.8, "fontname": BOLD},
        ],
    )
    return [label, header, *lines, total, funders]


def _totals(lines: list[_Line]) -> tuple[float | None, float | None, list[tuple]]:
    doc = ActionPlanDocument(None, "test", 1)
    total, etp, steps = _budget(lines, "a", "f.pdf", "0" * 64, doc)
    return total, etp, [(s.planning_label, s.budget_eur, s.etp) for s in steps]


def test_zero_etp_is_no_planned_etp() -> None:
    """r56: a row whose planned ETP is a bare « 0 » gives no ETP total, like a 0 € row."""
    lines = _operating_table([[("2026", 60.0), ("0", 360.0)]])
    assert _totals(lines) == (None, None, [])
    lines = _operating_table([[("2026", 60.0), ("0", 160.0), ("0", 360.0)]])
    assert _totals(lines) == (None, None, [])
    # negative cases: a 0 beside planned ETP adds nothing, a planned amount is still a line
    lines = _operating_table(
        [
            [("2026", 60.0), ("0", 360.0)],
            [("2027", 60.0), ("12 000 € HT", 160.0), ("0,5 ETP", 360.0)],
        ]
    )
    assert _totals(lines) == (12_000, 0.5, [("2027", 12_000, 0.5)])
    assert _parse("r56_sections_vides_partout.pdf").actions[0].total_etp is None


def _text(chars: list[dict] | None) -> str:
    assert chars is not None
    return "".join(c["text"] for c in chars)


def _drawn(*parts: str) -> list[dict]:
    """Characters as react-pdf draws them: ``[…]`` parts in the Helvetica fallback, of no width
    (set over the next character), the others in the embedded font, 4 pt a letter."""
    chars, x0 = [], 25.0
    for part in parts:
        fallback = part.startswith("[")
        inside = part[1:-1] if fallback else part
        for ch in [inside] if inside.startswith("(cid:") else inside:  # pdfplumber's « (cid:9) »
            font = "Helvetica" if fallback else BOLD
            width = 0.0 if fallback else 4.0
            chars.append(
                {"text": ch, "fontname": font, "x0": x0, "x1": x0 + width, "top": 80.0, "size": 9}
            )
            x0 += width
    return chars


def test_substitute_of_a_space_read_as_a_space() -> None:
    """A narrow no-break or thin space (U+202F, U+2009) the font lacks is drawn by react-pdf's
    fallback as one byte of its code, « / » or byte 9, of no width: read back as a space.

    r63 (round 12): « 1 500 m² » read « 1500 m² », « HT ; » « HT; », « « Soleil » » « «Soleil» ».
    """
    assert _text(_substituted(_drawn("1", "[/]", "500 m2"))) == "1 500 m2"
    assert _text(_substituted(_drawn("HT", "[/]", "; «", "[/]", "Soleil"))) == "HT ; « Soleil"
    assert _text(_substituted(_drawn("3", "[(cid:9)]", "200 m2"))) == "3 200 m2"  # pdfplumber
    assert _text(_substituted(_drawn("3", "[\t]", "200 m2"))) == "3 200 m2"  # a raw byte 9
    # the space stands before the next character, whatever the order of equal x
    kept = _substituted(_drawn("1", "[/]", "500 m2"))
    assert kept is not None and kept[0]["x0"] < kept[1]["x0"] < kept[2]["x0"]
    # negative cases: an emoji (two substitute glyphs) glued to digits leaves no space; a
    # substitute of another code is dropped; nothing is added beside a real space, at a line's
    # end, or for a glyph set on another line
    assert _text(_substituted(_drawn("1", "[=²]", "5 abc"))) == "15 abc"
    assert _text(_substituted(_drawn("CO", "[‚]", "e abcd"))) == "COe abcd"
    assert _text(_substituted(_drawn("Re", "[(cid:9)]", "seau"))) == "Reseau"  # U+0309 is byte 9
    assert _text(_substituted(_drawn("1", "[(cid:1)]", "500"))) == "1500"  # U+0301 or U+2001
    assert _text(_substituted(_drawn("an ", "[/]", "! abc"))) == "an ! abc"
    assert _text(_substituted(_drawn("la fin.", "[/]"))) == "la fin."
    page = _drawn("1", "[/]", "500 m2")
    page[1]["top"] = 120.0
    assert _text(_substituted(page)) == "1500 m2"


def test_hair_space_and_accent_bytes() -> None:
    """A hair space U+200A is drawn as byte 10 (« (cid:10) »), the code of the combining ring
    U+030A, as byte 9 is the hook U+0309's: read as a space after a letter only before a sign
    French typography spaces (« ! ? ; : » »), after any other character between two non-space
    ones. r67 (round 13): « désimperméabilisés ! » read « désimperméabilisés! »."""
    assert _text(_substituted(_drawn("sés", "[(cid:10)]", "! Budget"))) == "sés ! Budget"
    assert _text(_substituted(_drawn("été", "[(cid:9)]", "; 100"))) == "été ; 100"
    assert _text(_substituted(_drawn("oasis", "[(cid:10)]", "» :"))) == "oasis » :"
    assert _text(_substituted(_drawn("3", "[(cid:9)]", "°C"))) == "3 °C"
    assert _text(_substituted(_drawn("120", "[(cid:10)]", "000"))) == "120 000"
    assert _text(_substituted(_drawn("«", "[\n]", "Cours"))) == "« Cours"  # a raw byte 10
    # negative cases: after a letter, before a letter, a full stop, a comma, a digit or a
    # bracket, bytes 9 and 10 are the hook or ring over that letter (« på. », « Hà, »)
    assert _text(_substituted(_drawn("pa", "[(cid:10)]", "skeliljer"))) == "paskeliljer"
    assert _text(_substituted(_drawn("pa", "[(cid:10)]", ". abc"))) == "pa. abc"
    assert _text(_substituted(_drawn("Ha", "[(cid:9)]", ", abc"))) == "Ha, abc"
    assert _text(_substituted(_drawn("A", "[(cid:10)]", "1 abc"))) == "A1 abc"
    assert _text(_substituted(_drawn("a", "[(cid:10)]", ") abc"))) == "a) abc"
    # while « / » and « _ » (U+202F, U+205F) are no accent's code: a space after a letter
    assert _text(_substituted(_drawn("HT", "[/]", ". abc"))) == "HT . abc"


def test_amount_badge_with_glued_or_narrow_digit_groups() -> None:
    """An amount badge reads the same whether its digit groups are set apart by a space, a
    no-break, narrow or thin space, or glued (a space the PDF does not hold); names do not."""
    from sources.tet_fiche import _AMOUNT_ONLY_RE, _FUNDER_RE

    for badge in (
        "12 500 € HT", "12\u00a0500 € HT", "12\u202f500 € HT", "12\u2009500 € HT", "12500 € HT",
        "12500€", "1000000 € HT", "1250000,75 €", "320 000,5 € HT", "Non renseigné",
    ):  # fmt: skip
        assert _AMOUNT_ONLY_RE.fullmatch(badge), badge
    for name in ("Fonds vert 2025 : axe 1", "1 2500 €", "12 50 €", "Prêt 2025", "ADEME"):
        assert not _AMOUNT_ONLY_RE.fullmatch(name), name
    pair = _FUNDER_RE.fullmatch("Fonds vert 2025 : axe 1 180000 € HT")
    assert pair and (pair["name"], pair["amount"]) == ("Fonds vert 2025 : axe 1", "180000")
    pair = _FUNDER_RE.fullmatch("Prêt 2025 1 000 000 € HT")
    assert pair and (pair["name"], pair["amount"]) == ("Prêt 2025", "1 000 000")


def test_r63_narrow_spaces(monkeypatch: pytest.MonkeyPatch) -> None:
    """r63: every U+202F (drawn « / » by the fallback) is read as a space; the two U+2009 (a
    glyph of code 9) are too. PDFium's text page leaves that glyph out (« 3200 m² », « 1200
    foyers » until round 13): such a page is read by pdfplumber (``sources/pdf/
    pdfium_chars.py``), so both engines read it the same."""
    doc = _parse("r63_espaces_fines_version_d.pdf")
    action = doc.actions[0]
    assert action.title == "Installer 1 500 m2 de panneaux solaires sur les toits de Saumur"
    assert action.partners == ["Coopérative « Soleil d'Anjou »", "SIEML 49"]
    assert action.context.startswith(
        "Budget estimé : 2 450 000 € HT ; économies attendues : 180 000 kWh par an !\n"
        "Les toitures retenues (« gymnase Millocheau », « école Jean-Macé »)"
    )
    assert [(f.funder, f.amount_eur) for f in doc.funders] == [
        ("Région Pays de la Loire", 320_000.5),
        ("Banque des Territoires - prêt de 1 000 000 €", 1_000_000),
        ("Fonds vert 2025 : axe 1", 180_000),
    ]
    assert (action.total_budget_eur, action.total_etp) == (2_495_000, 0.8)
    for engine in ("pdfium", "pdfplumber"):
        monkeypatch.setenv("COPDIAG_PDF_ENGINE", engine)
        action = _parse("r63_espaces_fines_version_d.pdf").actions[0]
        assert action.context.endswith("totalisent 3 200 m2."), engine
        assert action.expected_results == (
            "Couvrir 35 % des besoins des bâtiments municipaux ; 1 200 foyers équivalents."
        ), engine


def test_r67_thin_and_hair_spaces(monkeypatch: pytest.MonkeyPatch) -> None:
    """r67 (round 13): thin spaces (code 9) in the title, in numbers and before « °C », a hair
    space (code 10) before « ! »: read as spaces with either engine. Its three round-12 misses
    (title, description, objectives) were these spaces left out."""
    for engine in ("pdfium", "pdfplumber"):
        monkeypatch.setenv("COPDIAG_PDF_ENGINE", engine)
        doc = _parse("r67_espaces_minces_version_b.pdf")
        action = doc.actions[0]
        assert action.title == "Planter 15 000 arbres dans les cours d'école du Mans", engine
        assert action.context == (
            "Programme « Cours oasis » : 48 écoles, 120 000 m2 désimperméabilisés !\n"
            "Budget total 2 400 000 € sur six ans."
        ), engine
        assert action.expected_results == (
            "Gagner 3 °C à l'ombre en été ; 100 % des écoles en 2031."
        ), engine
        assert action.partners == ["Collectif « Cours oasis 72 »", "ONF"], engine
        assert [(f.funder, f.amount_eur) for f in doc.funders] == [
            ("Agence de l'eau Loire-Bretagne", None),
            ("Fonds vert : renaturation", 600_000),
        ], engine
