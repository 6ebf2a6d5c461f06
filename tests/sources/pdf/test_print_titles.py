"""A spreadsheet's PRINT TITLES (« Lignes à répéter en haut »): the steps header printed once
at the top of every page, each fiche's rows under its « Modalités de mise en oeuvre »
anywhere on the page with no header of their own, rows kept as tall as their tallest cell
(wide blank gaps between rows) — read under the page's header (sources.pdf.pages._print_titles,
sources.pdf.geometry_tables._row_shaped); two cells' texts set a point apart with no space
glyph between them are two words (sources.pdf.glyph_gaps). Drawn with reportlab."""

from __future__ import annotations

from sources.action_plan import parse_action_plan
from sources.pdf.glyph_gaps import split_wide_gaps
from tests.sources.pdf.hand_pages import HandPages

EDGE = 43.0
XS = (43.0, 132.0, 310.0, 355.0, 414.0, 473.0)
LABELS = ("Etape", "Descriptif", "Planification", "Ressources", "Porteur", "Partenaires")


def _glyphs(text: str, x0: float, size: float = 4.8, gap_after: int = -1) -> list[dict]:
    """One glyph dict a character, 0.56 em wide, edge to edge but a 1.2 pt gap after
    character ``gap_after``."""
    out, x = [], x0
    for k, ch in enumerate(text):
        w = 0.56 * size
        out.append(
            {"text": ch, "x0": x, "x1": x + w, "top": 10.0, "bottom": 10.0 + size, "size": size}
        )
        x += w + (1.2 if k == gap_after else 0.03)
    return out


def test_glyphs_a_gap_apart_are_two_words() -> None:
    chars = _glyphs("201918000", 300.0, gap_after=3)
    word = {
        "text": "201918000",
        "x0": chars[0]["x0"],
        "x1": chars[-1]["x1"],
        "top": 10.0,
        "bottom": 14.8,
        "size": 4.8,
    }
    assert [w["text"] for w in split_wide_gaps([word], chars)] == ["2019", "18000"]
    tight = _glyphs("Planification", 300.0)
    whole = {**word, "text": "Planification", "x0": tight[0]["x0"], "x1": tight[-1]["x1"]}
    assert [w["text"] for w in split_wide_gaps([whole], tight)] == ["Planification"]


def _row(pages: HandPages, top: float, cells: tuple[str, ...]) -> None:
    """A row of cells; the planning right-aligned against the budget column (a spreadsheet's
    number format), 2 pt from the budget's text: one run of words to the line builder."""
    for k, (x, text) in enumerate(zip(XS, cells, strict=False)):
        if k == 2:
            x = XS[3] - 2.0 - pages.c.stringWidth(text, "Helvetica", 7.0)
        pages.text(x, top, text, size=7.0)


def _plan() -> bytes:
    pages = HandPages()
    for k, label in enumerate(LABELS):  # the print titles
        pages.text(XS[k], 40.0, label, bold=True, size=7.0)
    pages.text(EDGE, 70.0, "FICHE 1.1.1", bold=True, size=10.0)
    pages.text(EDGE, 84.0, "Objectif opérationnel : Expérimenter", bold=True, size=10.0)
    pages.text(EDGE, 104.0, "Contexte", bold=True, size=7.0)
    pages.text(XS[1], 104.0, "Une opération test auprès des entreprises.", size=7.0)
    pages.text(EDGE, 124.0, "Modalités de mise en oeuvre", bold=True, size=7.0)
    _row(
        pages,
        134.0,
        ("Lancer un test", "Auditer vingt entreprises.", "2019", "18000", "GACdG", "CCI"),
    )
    _row(pages, 190.0, ("Définir", "Choisir les filières.", "2020", "interne", "GACdG", "ADEME"))
    pages.text(EDGE, 230.0, "FICHE 1.1.2", bold=True, size=10.0)
    pages.text(EDGE, 244.0, "Objectif opérationnel : Etendre", bold=True, size=10.0)
    pages.text(EDGE, 264.0, "Modalités de mise en oeuvre", bold=True, size=7.0)
    _row(pages, 274.0, ("Animer", "Deux rencontres.", "2021", "5000", "GACdG", ""))
    pages.c.showPage()
    for k, label in enumerate(LABELS):  # the print titles again on the next page
        pages.text(XS[k], 40.0, label, bold=True, size=7.0)
    pages.text(EDGE, 70.0, "FICHE 1.1.3", bold=True, size=10.0)
    pages.text(EDGE, 84.0, "Objectif opérationnel : Animer", bold=True, size=10.0)
    pages.text(EDGE, 104.0, "Modalités de mise en oeuvre", bold=True, size=7.0)
    _row(pages, 114.0, ("Réunir", "Une rencontre.", "2022", "interne", "GACdG", ""))
    pages.c.showPage()
    return pages.save()


def test_rows_under_the_page_top_steps_header() -> None:
    doc = parse_action_plan(_plan(), "plans/titres.pdf", "0" * 64)
    assert [a.action_code for a in doc.actions] == ["1.1.1", "1.1.2", "1.1.3"]
    assert [(s.action_id[-5:], s.step, s.planning_label, s.budget_label) for s in doc.steps] == [
        ("1.1.1", "Lancer un test", "2019", "18000"),
        ("1.1.1", "Définir", "2020", "interne"),
        ("1.1.2", "Animer", "2021", "5000"),
        ("1.1.3", "Réunir", "2022", "interne"),
    ]


def _word_of(glyphs: list[dict]) -> dict:
    text = "".join(g["text"] for g in glyphs)
    return {"text": text, "x0": glyphs[0]["x0"], "x1": glyphs[-1]["x1"], "top": 10.0,
            "bottom": 10.0 + glyphs[0]["size"], "size": glyphs[0]["size"]}  # fmt: skip


def test_a_capital_set_a_little_apart_after_a_small_letter_starts_a_word() -> None:
    """« Ressources à » then « Porteur » on a tab stop set by eye 1.5 pt further (8.5 pt
    labels, plan_docx_chapeau, no space glyph with pdfplumber): « àPorteur » is cut; the
    same gap spread over every glyph (letter-spaced text), or narrower, is no break."""
    glued = _glyphs("àPorteur", 400.0, size=8.5)
    for g in glued[1:]:
        g["x0"], g["x1"] = g["x0"] + 1.5, g["x1"] + 1.5
    assert [w["text"] for w in split_wide_gaps([_word_of(glued)], glued)] == ["à", "Porteur"]
    near = _glyphs("àPorteur", 400.0, size=8.5)
    for g in near[1:]:
        g["x0"], g["x1"] = g["x0"] + 0.8, g["x1"] + 0.8
    assert [w["text"] for w in split_wide_gaps([_word_of(near)], near)] == ["àPorteur"]
    spread, x = [], 400.0
    for ch in "GACdG":
        spread.append({"text": ch, "x0": x, "x1": x + 4.0, "top": 10.0, "bottom": 18.5,
                       "size": 8.5})  # fmt: skip
        x += 4.0 + 1.2
    assert [w["text"] for w in split_wide_gaps([_word_of(spread)], spread)] == ["GACdG"]
