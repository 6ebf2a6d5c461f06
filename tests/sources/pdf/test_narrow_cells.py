"""Words cut INSIDE a narrow cell (issue 13, rules drawn from ``plan_html_notion``), each rule
shown on a PDF printed by a real producer (:mod:`tests.generators.narrow_cell_plans`,
Chromium with ``word-break: break-word``) and by hand-made cases, with negative cases.

1. A word wider than its column cut anywhere over several lines, with no hyphen (« GA » /
   « Cd » / « G », « opé » / « rate » / « ur », « (0,25E » / « TP) »): rejoined when every
   line but the last reached the cell's right edge, the next starts at its left edge, and the
   joined letters make a word — of the word list, at least as frequent there as the first
   piece, or written whole in the document while the first piece is no word
   (sources.pdf.cells ``_narrow_cut``); or when the line before holds one piece that is no
   word of the list and the next starts with 1–3 lower-case letters that are no short
   French word (« (stagiai » / « re) », ``_short_end``); at a page break, with no geometry across the pages,
   when neither piece is a word of the list (sources.pdf.cells ``join_page_cut``).
2. A header label cut inside its words the same way (« Port » / « eur », « Partenair » /
   « es »): the page triage on the fast text joins the last word of a line to the first of
   the next (sources.pdf.columns ``text_has_table_header``).
"""

from __future__ import annotations

from sources.action_plan import parse_action_plan
from sources.pdf.cells import (
    _clean_cell,
    document_vocabulary,
    document_words,
    join_page_cut,
    join_wrapped,
    vocabulary,
)
from sources.pdf.columns import text_has_table_header
from tests.generators import narrow_cell_plans as plans

# --------------------------------------------------------------------------- 1. cut words


def _join(parts: list[str], edges: list[bool] | None, *texts: str) -> str:
    with vocabulary(document_vocabulary(texts), document_words(texts)):
        return join_wrapped(parts, edges)


def test_word_cut_over_three_lines_of_a_narrow_cell_is_rejoined() -> None:
    doc = "La communauté GACdG pilote l'action avec un opérateur."
    assert _join(["GA", "Cd", "G"], [False, True, True], doc) == "GACdG"
    assert _join(["GACd", "G"], [False, True], doc) == "GACdG"
    assert _join(["opé", "rate", "ur"], [False, True, True], doc) == "opérateur"
    # the word list knows the joined word: no need for the document to write it
    assert _join(["service", "commu", "nicatio", "n"], [False, True, True, True]) == (
        "service communication"
    )
    assert _join(["Servic", "es"], [False, True]) == "Services"
    # the first piece a word, less frequent than the joined one
    assert _join(["Commun", "es,", "AUaT"], [False, True, False]) == "Communes, AUaT"
    # letters glued to a number: only the letters make the word (« ETP »)
    assert _join(["interne", "(0,25E", "TP)"], [False, True, True]) == "interne (0,25ETP)"


def test_short_word_end_after_a_piece_that_is_no_word() -> None:
    # « (stagiai » fills its line: no word of the list, the next line its last letters
    assert _join(["3000", "(stagiai", "re)"], [False, False, True]) == "3000 (stagiaire)"
    # negative: the line stopped short of the edge
    assert _join(["3000", "(stagiai", "re)"], [False, False, False]) == "3000 (stagiai re)"
    # negative: a short French word goes on after a name filling the line
    assert _join(["AUaT", "et CAUE"], [False, True]) == "AUaT et CAUE"
    # negative: the piece before is a word (« démarche » / « vis à vis »)
    assert _join(["démarche", "vis à vis"], [False, True]) == "démarche vis à vis"


def test_pieces_not_rejoined_without_the_geometry_or_a_word() -> None:
    doc = "La communauté GACdG pilote l'action."
    # the line before stopped short of the edge (a normal wrap), or no geometry at all
    assert _join(["GA", "Cd", "G"], [False, False, False], doc) == "GA Cd G"
    assert _join(["GA", "Cd", "G"], None, doc) == "GA Cd G"
    # the document never writes the joined word, the word list does not know it
    assert _join(["GA", "Cd", "G"], [False, True, True]) == "GA Cd G"
    assert _join(["Pôle", "Eau"], [False, True]) == "Pôle Eau"
    # two words whose join is a rarer word (« environnementaux »): a normal wrap
    assert _join(["environnement", "aux"], [False, True]) == "environnement aux"
    # an elided word starting the next line (« étape » / « s'appuie »: never « étapes »)
    assert _join(["Cette étape", "s'appuie sur"], [False, True]) == "Cette étape s'appuie sur"
    # a number ending the line: no letters to join (« (0,1 » / « ETP) »)
    assert _join(["interne (0,1", "ETP)"], [False, True]) == "interne (0,1 ETP)"


def test_word_cut_inside_a_narrow_cell_at_a_page_break() -> None:
    doc = ["La communauté GACdG pilote l'action."]
    with vocabulary(document_vocabulary(doc), document_words(doc)):
        assert join_page_cut("GACd", "G") == "GACdG"
        assert join_page_cut("service GACd", "G") == "service GACdG"
        # negative: a joined word the document never writes, pieces that are words
        assert join_page_cut("GACd", "X") == "GACd X"
        assert join_page_cut("Pôle", "Eau") == "Pôle Eau"
        assert join_page_cut("des communes", "voisines") == "des communes voisines"
        # a word cut at its hyphen still rejoined as before
        assert join_page_cut("éco-", "responsables") == "éco-responsables"
    # no document words: the pieces stay apart
    assert join_page_cut("GACd", "G") == "GACd G"


def test_frequent_first_piece_joined_when_the_rest_is_no_word() -> None:
    # « commun » is more frequent than « communales », but « ales » means nothing alone:
    # with the geometry telling a cut, the pieces are one word (not without it)
    assert _join(["Consolider à l'échelle commun", "ales"], [False, True]) == (
        "Consolider à l'échelle communales"
    )
    assert _join(["commun", "ales"], [False, False]) == "commun ales"
    # a word cut at its hyphen, then again at the edge (« éco- » / « responsa » / « bles »):
    # the edges are asked by the printed lines
    assert _join(["éco-responsa", "bles"], [False, True]) == "éco-responsables"
    assert _clean_cell("critères\néco-\nresponsa\nbles", lambda k: k == 3) == (
        "critères éco-responsables"
    )
    assert _clean_cell("critères\néco-\nresponsa\nbles", lambda k: False) == (
        "critères éco-responsa bles"
    )


def test_page_cut_piece_that_is_no_word_joins_a_rare_word() -> None:
    # « architect » at a page's foot, « es, » on the next page: no word at all before, a
    # word of the list (however rare) joined
    assert join_page_cut("communes, architect", "es, opérateurs") == (
        "communes, architectes, opérateurs"
    )
    # a word before the break stays apart (« es » is a word too)
    assert join_page_cut("commun", "es") == "commun es"


def test_page_cut_long_ending_that_is_no_word_joins() -> None:
    """plan_docx_galon (sixtieth pass): a ribbon column narrows the partners' column; Writer
    cuts « professionnelles » with no hyphen, « profession » at a page's foot and « nelles
    du bâtiment » on the next page. « profession » is a word, but « nelles » none."""
    assert join_page_cut("organisations profession", "nelles du bâtiment") == (
        "organisations professionnelles du bâtiment"
    )
    # an ending the document writes whole elsewhere joined too (« GACdG » never in the list)
    doc = ["La communauté GACdGxyz pilote l'action."]
    with vocabulary(document_vocabulary(doc), document_words(doc)):
        assert join_page_cut("service GACdG", "xyz") == "service GACdGxyz"
    # an ending that is a word, or a join nobody writes: apart
    assert join_page_cut("organisations profession", "libérale") == (
        "organisations profession libérale"
    )
    assert join_page_cut("des communes", "voisines") == "des communes voisines"


def test_page_cut_compound_joins_its_last_piece() -> None:
    # « éco-responsable » at a page's foot, « s dans … » on the next page: the compound's last
    # piece is the word cut, its hyphen no word boundary
    assert join_page_cut("les critères éco-responsable", "s dans les politiques") == (
        "les critères éco-responsables dans les politiques"
    )
    # negative: a piece after the hyphen that makes no word stays apart
    assert join_page_cut("les critères anti-a", "s dans les") == "les critères anti-a s dans les"


# --------------------------------------------------------------------------- 2. header triage


def test_header_labels_cut_inside_words_found_by_the_triage() -> None:
    text = "Etape Descriptif Planification\nRessourc\nes à\nmobiliser\nPort\neur\nPartenair\nes"
    assert text_has_table_header(text)
    # negative: the same labels without their cut halves name one detail column only
    assert not text_has_table_header("Etape Descriptif Planification\nRessourc\nPort\nPartenair")
    # negative: words of two lines that make no label
    assert not text_has_table_header("Etape Descriptif\nPort\nde pêche\nPartenair")


# --------------------------------------------------------------------------- producer PDF


def test_chromium_break_word_table_read_whole() -> None:
    doc = parse_action_plan(plans.fixture("break_word_html"), "plans/narrow.pdf", "a" * 64)
    got = [(s.step, s.budget_label, s.etp, s.owner, s.partners, s.start_year) for s in doc.steps]
    assert got == [
        ("Recenser les bâtiments", "12000", None, "GACdG", ["communes"], 2020),
        ("Choisir l'opérateur", "interne (0,25ETP)", 0.25, "opérateur", ["ADEME"], 2021),
        # negative: two short words wrapped at their space stay two words
        ("Relever les compteurs", "4000", None, "Pôle Eau", ["communes"], 2022),
    ]
    assert [a.owners for a in doc.actions] == [["GACdG", "opérateur", "Pôle Eau"]]


def _listed_plan(indent: float) -> bytes:
    """A ruled steps table whose cells are numbered list items (« 1. » at the cell's text
    edge, the text and its next lines ``indent`` pt in): the owner « service communication »
    cut at the column's edge, « communi » / « cation »."""
    from tests.sources.pdf.hand_pages import BOUNDS, HandPages

    pages = HandPages()
    pages.fiche_head()
    c = pages.c
    rows = [("1. Lancer", "2. Auditer", "3. 2019", "4. 18000", ("5. service", "communi", "cation"), "6. CCI"),
            ("7. Définir", "8. Choisir", "9. 2020", "10. interne", ("11. Pôle", "eau", "GA"), "12. ADEME")]  # fmt: skip
    top = pages.steps_table(150.0, [tuple("" for _ in range(6)) for _ in rows])
    for k, row in enumerate(rows):
        y = 150.0 + 16.0 + 18.0 * k
        for x, cell in zip(BOUNDS, row, strict=False):
            lines = cell if isinstance(cell, tuple) else (cell,)
            for n, text in enumerate(lines):
                pages.text(x + 2.0 + (indent if n else 0.0), y + 1.0 + 5.5 * n, text, size=5.0)
    pages.text(57.0, top + 40.0, "FICHE 1.1.2", bold=True, size=12.0)
    c.showPage()
    return pages.save()


def test_a_word_cut_at_the_edge_of_a_cell_with_a_list_indent_is_rejoined() -> None:
    """A list's hanging indent: the lines after the first start at the indent, not at the
    column's left edge; a word cut at the right edge is still rejoined there
    (sources.pdf.ruled_tables._edge_finder's hanging indent)."""
    doc = parse_action_plan(_listed_plan(9.0), "plans/ordonne.pdf", "0" * 64)
    assert [(s.step, s.owner) for s in doc.steps] == [
        ("Lancer", "service communication"),
        ("Définir", "Pôle eau GA"),
    ]


def test_a_word_broken_at_an_invisible_opportunity_is_joined() -> None:
    # plan_html_secable: a CMS put a zero width space after every eighth letter of long words,
    # none in the text layer; « professi » / « onnelles » stop short of the cell's edge
    from sources.pdf.cells import _lexicon_join

    assert _lexicon_join("professi", "onnelles", False)
    # a line stopped short of the edge before a word of its own is a normal wrap
    assert not _lexicon_join("professionnel", "les", False)
